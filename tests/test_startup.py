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
