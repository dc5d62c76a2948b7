"""Command-line findings of issue 15, each a case that went wrong before: sizes, folders, progress,
error lines, TSV records, numbers read, document dates."""
from __future__ import annotations

import json
import os

import pytest
from typer.testing import CliRunner

from taldau import console
from taldau.cli import app

runner = CliRunner()


def test_one_html_file_for_several_inputs_is_refused(tmp_path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Мәтін.", encoding="utf-8")
    target = tmp_path / "single.html"
    result = runner.invoke(app, ["analyze", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "-f", "html", "-o", str(target)])
    assert result.exit_code == 2 and "give a folder" in result.stderr and not target.exists()


def test_an_input_over_the_size_limit_is_refused_unread(tmp_path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("мұнай " * 400_000, encoding="utf-8")  # 4.4 MB
    result = runner.invoke(app, ["analyze", str(big), "--max-size", "1"])
    assert result.exit_code == 1 and "larger than 1 MB" in result.stderr and "--max-size" in result.stderr


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_an_endless_input_stops_at_the_limit() -> None:
    result = runner.invoke(app, ["analyze", "/dev/zero", "--max-size", "2"])
    assert result.exit_code == 1 and "larger than 2 MB" in result.stderr


def test_a_long_input_shows_its_stages(monkeypatch) -> None:
    monkeypatch.setattr(console, "LONG_INPUT", 10)
    result = runner.invoke(app, ["analyze", "-"], input="Қазақстан мұнайды Ресейге сатады.")
    assert result.exit_code == 0 and "morph (" in result.stderr and "<stdin>: 33 characters" in result.stderr


def test_an_empty_folder_is_an_error(tmp_path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "a.txt").write_text("Мәтін.", encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(tmp_path / "empty"), str(tmp_path / "full"), "-f", "jsonl"])
    assert result.exit_code == 1 and "has no files" in result.stderr
    assert len(result.stdout.splitlines()) == 1  # the readable input is still analysed


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads every folder")
def test_an_unreadable_subfolder_is_an_error(tmp_path) -> None:
    locked = tmp_path / "news" / "locked"
    locked.mkdir(parents=True)
    (tmp_path / "news" / "a.txt").write_text("Мәтін.", encoding="utf-8")
    locked.chmod(0)
    try:
        result = runner.invoke(app, ["analyze", str(tmp_path / "news"), "-f", "jsonl"])
    finally:
        locked.chmod(0o755)
    assert result.exit_code == 1 and "cannot read folder" in result.stderr


def test_a_folder_the_walk_cannot_open_is_reported(tmp_path) -> None:
    from taldau.inputs import _walk

    problems: list[str] = []
    (tmp_path / "gone").mkdir()
    (tmp_path / "gone").rmdir()  # vanished between listing and reading, as an unreadable folder does
    assert _walk(tmp_path / "gone", problems) == [] and "cannot read folder" in problems[0]


def test_errors_are_one_line_each_in_a_log(tmp_path) -> None:
    missing = str(tmp_path / ("a-very-long-folder-name-" * 4) / "missing-file.txt")
    result = runner.invoke(app, ["analyze", missing])
    assert any(missing in line and "cannot read" in line for line in result.stderr.splitlines())
    usage = runner.invoke(app, ["analyze", "--format", "pdf"], input="x")
    assert usage.exit_code == 2 and "╭" not in usage.stderr
    assert any("'pdf'" in line and "'html'" in line for line in usage.stderr.splitlines())


@pytest.mark.parametrize("args", [
    ["morph", "-f", "text", "мұнай\nгаз", "нарық\rбағасы"],
    ["generate", "-f", "text"],
])
def test_tsv_records_stay_one_line(args: list[str]) -> None:
    result = runner.invoke(app, args, input="мұнай\tCase=Gen\nүй\u2028жай\tCase=Dat\n")
    lines = result.stdout.splitlines()
    assert lines and all(line.count("\t") == lines[0].count("\t") for line in lines)
    assert len(lines) == 2


def test_numbers_read_shares_the_pipeline_with_analyze() -> None:
    text = "Eksport 30 paiyzğa juyq östı."
    read = [json.loads(line) for line in runner.invoke(app, ["numbers", "read"], input=text).stdout.splitlines()]
    analysed = json.loads(runner.invoke(app, ["analyze", "-"], input=text).stdout)["quantities"]
    assert [(q["kind"], q["value"]) for q in read] == [(q["kind"], q["value"]) for q in analysed] == [("percent", 30)]


def test_the_documents_date_resolves_deictic_dates() -> None:
    result = runner.invoke(app, ["analyze", "-", "--date", "2024-03-15"], input="Былтыр экспорт өсті.")
    assert [q["value"] for q in json.loads(result.stdout)["quantities"]] == ["2023"]
    bad = runner.invoke(app, ["analyze", "-", "--date", "15/03/2024"], input="Былтыр.")
    assert bad.exit_code == 2 and "2024-03-15" in bad.stderr
