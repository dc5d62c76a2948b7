"""A fresh process analyses its first sentence from compiled tables, rebuilding none of them, and imports
only what analysis needs (issue 15: one sentence through `taldau analyze` in <= 0.8 s)."""
from __future__ import annotations

import json
import subprocess
import sys

FIRST_SENTENCE = r'''
import json, resource, sys
from taldau.langid import model
from taldau.morph import endings, guesser, lexicon

def rebuilt(*_):
    raise AssertionError("a compiled table was rebuilt from its sources at start-up")

lexicon.stem_rows = endings.realised_table = guesser.stem_models = model.table_ratios = rebuilt
from taldau.pipeline import Pipeline, available

doc = Pipeline([n for n in available() if n != "parser"])("Біз Жапониямен ынтымақтасуға келістік. Блогерлермен сөйлестік.")
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"lemmas": [t.analyses[0].lemma for t in doc.tokens],
                  "guessed": [t.text for t in doc.tokens if t.analyses[0].guessed], "cpu": usage.ru_utime + usage.ru_stime,
                  "modules": sorted(sys.modules)}))
'''
HEAVY = {"spacy", "pandas", "pyarrow", "dask", "distributed", "fastapi", "torch", "rich"}


def _run(code: str) -> dict:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_a_fresh_process_reads_compiled_tables_and_imports_nothing_heavy() -> None:
    found = _run(FIRST_SENTENCE)
    assert found["lemmas"][:3] == ["біз", "Жапония", "ынтымақтас"]
    assert found["guessed"] == ["Блогерлермен"]  # the guesser's models were read too
    assert not HEAVY & {m.split(".")[0] for m in found["modules"]}
    assert found["cpu"] < 5.0  # about 0.4 s on a quiet machine: a bound for a rebuilt table, not a benchmark


def test_the_command_line_imports_no_analysis_before_a_command_runs() -> None:
    found = _run("import json, sys, taldau.cli; print(json.dumps({'modules': sorted(sys.modules)}))")
    loaded = {m.split(".")[0] for m in found["modules"]} | set(found["modules"])
    assert not loaded & (HEAVY | {"taldau.pipeline", "taldau.morph", "taldau.ner", "taldau.export"})


ONE_SENTENCE_COMMAND = r'''
import atexit, json, sys
import taldau.pipeline

taldau.pipeline.FACTORIES.pop("parser")  # the parser's start-up is its own
atexit.register(lambda: sys.stderr.write(json.dumps(sorted(sys.modules))))
sys.argv = ["taldau", "analyze", "-"]
from taldau.cli import app

app()
'''


def test_one_sentence_through_the_command_line_shows_no_progress_and_imports_no_rich() -> None:
    done = subprocess.run([sys.executable, "-c", ONE_SENTENCE_COMMAND], input="Біз келістік.\n", capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert [t["text"] for t in json.loads(done.stdout)["tokens"]] == ["Біз", "келістік", "."]
    assert not {m for m in json.loads(done.stderr) if m.split(".")[0] == "rich"}


COMMAND = r'''
import atexit, gc, json, runpy, sys

atexit.register(lambda: sys.stderr.write(json.dumps({"modules": sorted(sys.modules), "frozen": gc.get_freeze_count()})))
sys.argv = ["taldau", *sys.argv[1:]]
runpy.run_module("taldau.cli", run_name="__main__")  # the `taldau` program, as its entry point runs it
'''
SERVICE_AND_CLUSTER = {"fastapi", "uvicorn", "starlette", "dask", "distributed", "pyarrow", "spacy", "sqlite3"}


def _command(*args: str, stdin: str) -> tuple[str, dict]:
    done = subprocess.run([sys.executable, "-c", COMMAND, *args], input=stdin, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout, json.loads(done.stderr)


def test_the_command_line_module_imports_no_argument_validation_and_no_service() -> None:
    found = _run("import json, sys, taldau.cli; print(json.dumps({'modules': sorted(sys.modules)}))")
    loaded = {m.split(".")[0] for m in found["modules"]}
    assert not loaded & (SERVICE_AND_CLUSTER | {"pydantic", "conllu", "numpy"})  # typer imports pydantic for a command's options


def test_a_light_command_imports_no_analysis_service_or_report() -> None:
    out, found = _command("translit", "-", stdin="Қазақстан\n")
    assert out == "Qazaqstan\n"
    loaded = {m.split(".")[0] for m in found["modules"]} | set(found["modules"])
    assert not loaded & (SERVICE_AND_CLUSTER | {"rich", "numpy", "conllu", "taldau.pipeline", "taldau.export"})


def test_json_from_the_program_imports_no_other_format_and_leaves_its_tables_to_the_exit() -> None:
    out, found = _command("analyze", "-", stdin="Біз келістік.\n")
    assert [t["text"] for t in json.loads(out)["tokens"]] == ["Біз", "келістік", "."]
    loaded = set(found["modules"])
    assert "taldau.export.json" in loaded
    assert not loaded & {"conllu", "taldau.export.conll", "taldau.export.html", "taldau.export.text"}
    assert not {m.split(".")[0] for m in loaded} & SERVICE_AND_CLUSTER
    assert found["frozen"] > 10_000  # the interpreter's collections at exit skip what the command loaded
