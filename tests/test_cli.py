import json
import sqlite3
from pathlib import Path

from typer.testing import CliRunner

from taldau.cli import app

runner = CliRunner()
ARTICLE = "АҚШ-тың үлесі 2,9 пайызға жетті. «Самұрық-Қазына» қоры 2001–2020 жылдары құрылды.\n"


def test_analyze_stdin_json() -> None:
    result = runner.invoke(app, ["analyze", "-", "--format", "json"], input=ARTICLE)
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert doc["text"] == ARTICLE and len(doc["sentences"]) == 2
    assert {"text", "start", "end", "lemma", "upos", "feats"} <= set(doc["tokens"][0])
    assert all(ARTICLE[t["start"] : t["end"]] == t["text"] for t in doc["tokens"])


def test_analyze_folder_jsonl_and_errors(tmp_path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Бұл екінші құжат.", encoding="utf-8")
    (tmp_path / "sub" / "empty.txt").write_bytes(b"")
    (tmp_path / "image.bin").write_bytes(b"\x89PNG\x00\x00\x01" * 10)
    result = runner.invoke(app, ["analyze", str(tmp_path), "--format", "jsonl"])
    assert result.exit_code == 1  # one input failed, the others were processed
    assert "image.bin" in result.stderr and "binary" in result.stderr
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted(d["source"].rsplit("/", 1)[-1] for d in docs) == ["a.txt", "b.txt", "empty.txt"]
    assert [d["tokens"] for d in docs if d["source"].endswith("empty.txt")] == [[]]


def test_analyze_lines_mode_conllu() -> None:
    result = runner.invoke(app, ["analyze", "--lines", "--format", "conllu"], input="бірінші жол\nекінші жол\n")
    assert result.exit_code == 0
    assert result.stdout.count("# sent_id") == 2


def test_analyze_html_report(tmp_path) -> None:
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["analyze", "-", "--format", "html", "--output", str(out)], input=ARTICLE)
    assert result.exit_code == 0
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>") and "Самұрық-Қазына" in html and "<script" not in html


def test_missing_file_is_a_clear_error() -> None:
    result = runner.invoke(app, ["analyze", "no/such/file.txt"])
    assert result.exit_code == 1 and "no/such/file.txt" in result.stderr


def test_unknown_format_is_a_usage_error() -> None:
    assert runner.invoke(app, ["analyze", "--format", "pdf"], input="x").exit_code == 2


def test_translit_stdin_line_for_line() -> None:
    result = runner.invoke(app, ["translit", "--to", "latin"], input="Қазақстан\n\nАҚШ-тың үлесі\n")
    assert result.exit_code == 0
    assert result.stdout == "Qazaqstan\n\nAQŞ-tyñ ülesı\n"
    back = runner.invoke(app, ["translit", "-", "--to", "cyrillic"], input=result.stdout)
    assert back.stdout == "Қазақстан\n\nАҚШ-тың үлесі\n"


def test_translit_unknown_alphabet_is_a_usage_error() -> None:
    result = runner.invoke(app, ["translit", "--alphabet", "2019"], input="сөз")
    assert result.exit_code == 2 and "2017, 2018, 2021" in result.output


def test_morph_prints_one_line_per_word() -> None:
    result = runner.invoke(app, ["morph", "инвестициялармен", "АҚШ-тың"])
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["word"] for line in lines] == ["инвестициялармен", "АҚШ-тың"]
    first = lines[0]["analyses"][0]
    assert (first["lemma"], first["upos"], first["guessed"]) == ("инвестиция", "NOUN", False)
    assert {"lemma", "upos", "feats", "morphemes", "guessed"} <= set(first)


def test_generate_reads_ud_and_unimorph_features() -> None:
    result = runner.invoke(app, ["generate"], input="бала\tCase=Gen|Number=Plur\nбала\tN;DAT;PL\nбіреу\n")
    assert result.exit_code == 1 and "line 3" in result.stderr  # the malformed line is named, the rest done
    forms = [json.loads(line)["forms"] for line in result.stdout.splitlines()]
    assert forms == [["балалардың"], ["балаларға"]]


def test_analyze_fills_lemmas() -> None:
    result = runner.invoke(app, ["analyze", "--format", "json"], input="Инвестициялар өсті.")
    token = json.loads(result.stdout)["tokens"][0]
    assert token["lemma"] == "инвестиция" and token["analyses"]


def test_numbers_both_directions() -> None:
    spelled = runner.invoke(app, ["numbers", "spell", "215", "9", "--ordinal", "--case", "dat"])
    assert spelled.exit_code == 0 and spelled.stdout.splitlines() == ["екі жүз он бесіншіге", "тоғызыншыға"]
    read = runner.invoke(app, ["numbers", "read"], input="Экспорт 9,1 млрд долларға жетті.")
    record = json.loads(read.stdout)
    assert (record["kind"], record["value"], record["unit"]) == ("money", 9_100_000_000, "USD")
    bounded = runner.invoke(app, ["numbers", "read"], input="Инфляция 8 пайыздан астам болды.")
    analysed = runner.invoke(app, ["analyze"], input="Инфляция 8 пайыздан астам болды.")
    quantity = json.loads(analysed.stdout)["quantities"][0]
    record = json.loads(bounded.stdout)
    assert record["bound"] == "min" and all(record[k] == quantity[k] for k in ("bound", "qualifier"))


def test_analyze_fills_quantities_and_numeric_entities() -> None:
    result = runner.invoke(app, ["analyze"], input="Инфляция 8,6 пайызға жуық болды.")
    doc = json.loads(result.stdout)
    assert [(q["kind"], q["value"], q["approx"]) for q in doc["quantities"]] == [("percent", 8.6, True)]
    assert [e["label"] for e in doc["entities"]] == ["PERCENTAGE"]


def test_langid_one_line_each() -> None:
    result = runner.invoke(app, ["langid"], input="Біз экономиканы дамытамыз\nЭкономика России растёт\n")
    assert [line.split("\t")[:2] for line in result.stdout.splitlines()] == [["kk", "Cyrl"], ["ru", "Cyrl"]]


def test_output_that_cannot_be_written_is_a_usage_error(tmp_path) -> None:
    result = runner.invoke(app, ["analyze", "--output", str(tmp_path)], input="Сөз.")
    assert result.exit_code == 2 and "cannot write" in result.output


def test_a_million_digit_number_is_not_a_crash() -> None:
    result = runner.invoke(app, ["analyze", "--format", "text"], input="9" * 1_000_000 + " теңге\n")
    assert result.exit_code == 0 and result.stdout.startswith("999")


def test_output_is_never_also_an_input(tmp_path) -> None:
    source = tmp_path / "article.txt"
    source.write_text("Мәтін жоғалмауы керек.", encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(source), "--output", str(source)])
    assert result.exit_code == 2 and source.read_text(encoding="utf-8") == "Мәтін жоғалмауы керек."
    out = tmp_path / "out.jsonl"
    for _ in range(2):  # the output inside the walked folder is not read back as an input
        assert runner.invoke(app, ["analyze", str(tmp_path), "-f", "jsonl", "-o", str(out)]).exit_code == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1


def test_several_inputs_need_jsonl_not_json(tmp_path) -> None:
    (tmp_path / "a.txt").write_text("Бір.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Екі.", encoding="utf-8")
    assert runner.invoke(app, ["analyze", str(tmp_path), "--format", "json"]).exit_code == 2


def test_hidden_folders_are_skipped_and_html_names_do_not_collide(tmp_path) -> None:
    for sub in ("x", "y", ".git"):
        (tmp_path / "in" / sub).mkdir(parents=True)
        (tmp_path / "in" / sub / "t.txt").write_text("Мәтін.", encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(tmp_path / "in"), "-f", "html", "-o", str(tmp_path / "out")])
    assert result.exit_code == 0
    assert len(list((tmp_path / "out").glob("*.html"))) == 2


def test_conllu_of_crlf_text_parses() -> None:
    import conllu

    result = runner.invoke(app, ["analyze", "-f", "conllu"], input="Бірінші жол\r\nекінші жол.\r\n")
    assert len(conllu.parse(result.stdout)) == 1


def test_index_then_search_and_mentions(tmp_path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("Қазақстан мұнайды Қытайға сатады. Ресейден газ келеді.", encoding="utf-8")
    (folder / "b.txt").write_text("Mūnai bağasy östı.", encoding="utf-8")
    (folder / "c.bin").write_bytes(b"\x00\x01" * 8)
    db = str(tmp_path / "news.db")
    first = runner.invoke(app, ["index", str(folder), "--db", db])
    assert first.exit_code == 1 and "2 added" in first.stderr and "c.bin" in first.stderr
    again = runner.invoke(app, ["index", str(folder / "a.txt"), "--db", db])
    assert again.exit_code == 0 and "1 already there" in again.stderr
    found = runner.invoke(app, ["search", "мұнайдың", "--db", db, "--format", "jsonl"])
    assert found.exit_code == 0
    assert sorted(json.loads(line)["marked"] for line in found.stdout.splitlines()) == [
        "[Mūnai] bağasy östı.", "Қазақстан [мұнайды] Қытайға сатады."
    ]
    actors = runner.invoke(app, ["mentions", "RU", "--db", db])
    assert actors.stdout.split("\t")[1:3] == ["GPE", "Ресейден"]


def test_search_without_a_corpus_says_how_to_make_one(tmp_path) -> None:
    result = runner.invoke(app, ["search", "мұнай", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "taldau index" in result.stderr


def test_index_on_two_workers_stores_what_one_does(tmp_path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    for i, text in enumerate(["Қазақстан мұнайды Қытайға сатады.", "Ресейден газ келеді.", "АҚШ-тың үлесі өсті.",
                              "Үкімет 2025 жылы 15 трлн теңге бөлді.", "Mūnai bağasy östı."]):
        (folder / f"{i}.txt").write_text(text, encoding="utf-8")
    tables = []
    for workers in ("1", "2"):
        db = tmp_path / f"{workers}.db"
        assert runner.invoke(app, ["index", str(folder), "--db", str(db), "--workers", workers]).exit_code == 0
        with sqlite3.connect(db) as con:
            tables.append([con.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
                           for table in ("documents", "sentences", "entities", "quantities")])
    assert tables[0] == tables[1] and len(tables[0][0]) == 5


def test_keyterms_one_tsv_line_per_term() -> None:
    text = "Мұнай бағасы төмендеді. Мұнайды экспорттау азайды. Ресей де мұнай сатады.\n"
    result = runner.invoke(app, ["keyterms", "-", "--top", "2"], input=text)
    assert result.exit_code == 0
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert len(rows) == 2 and rows[0][:4] == ["<stdin>", "1", "мұнай", "3"]


def test_keyterms_reports_an_unreadable_file_and_reads_the_others(tmp_path) -> None:
    (tmp_path / "a.bin").write_bytes(b"\x89PNG\x00\x00\x01" * 10)  # read first: the error does not stop the rest
    (tmp_path / "b.txt").write_text("Мұнай бағасы төмендеді. Мұнайды экспорттау азайды.", encoding="utf-8")
    result = runner.invoke(app, ["keyterms", str(tmp_path), "--top", "1"])
    assert result.exit_code == 1 and "a.bin" in result.stderr and "binary" in result.stderr
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert [(Path(row[0]).name, row[2]) for row in rows] == [("b.txt", "мұнай")]
