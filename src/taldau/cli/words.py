"""Commands on words and short texts: translit, langid, morph, generate, numbers."""
from __future__ import annotations

import json
import sys
from enum import Enum
from typing import Annotated, Optional

import typer

from taldau.cli import app
from taldau.cli.common import read_source, tsv
from taldau.console import error as _error


@app.command()
def translit(
    path: Annotated[str, typer.Argument(help="a file, or - for stdin")] = "-",
    to: Annotated[str, typer.Option("--to", help="latin or cyrillic")] = "latin",
    alphabet: Annotated[str, typer.Option("--alphabet", help="2021, 2018 or 2017")] = "2021",
) -> None:
    """Transliterate Kazakh between Cyrillic and Latin, line for line."""
    from taldau.translit import translit as convert

    text = read_source(path)
    try:
        sys.stdout.write(convert(text, to=to, alphabet=alphabet))
    except ValueError as error:
        raise typer.BadParameter(str(error))


@app.command()
def langid(source: Annotated[str, typer.Argument(help="a file, or - for stdin")] = "-") -> None:
    """Language and script of each line: kk-Cyrl, kk-Latn, ru-Cyrl, en-Latn, other-..., with confidence."""
    from taldau.langid import identify

    for line in read_source(source).splitlines():
        guess = identify(line)
        sys.stdout.write(tsv(guess.lang, guess.script, f"{guess.confidence:.2f}", line))


class WordFormat(str, Enum):
    jsonl = "jsonl"
    text = "text"


@app.command()
def morph(
    words: Annotated[Optional[list[str]], typer.Argument(help="words; - or nothing: one word per line on stdin")] = None,
    fmt: Annotated[WordFormat, typer.Option("--format", "-f")] = WordFormat.jsonl,
) -> None:
    """Every morphological reading of each word, one line per word."""
    from taldau.morph import analyze_many

    items = [w.strip() for w in (read_source("-").splitlines() if not words or words == ["-"] else words)]
    items = [w for w in items if w]
    for word, readings in zip(items, analyze_many(items)):
        if fmt is WordFormat.jsonl:
            record = {"word": word, "analyses": [a.as_dict() for a in readings]}
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            shown = "; ".join(
                f"{a.lemma} {a.upos} {a.feats or '_'} {'+'.join(m for m, _ in a.morphemes)}" + (" ?" if a.guessed else "")
                for a in readings
            )
            sys.stdout.write(tsv(word, shown))


@app.command()
def generate(
    source: Annotated[str, typer.Argument(help="- for stdin: lines of lemma<TAB>features")] = "-",
    fmt: Annotated[WordFormat, typer.Option("--format", "-f")] = WordFormat.jsonl,
) -> None:
    """Word forms from `lemma<TAB>features` lines; features in UD (Case=Gen|Number=Plur) or UniMorph (N;GEN;PL)."""
    from taldau.morph import generate as forms_of

    lines = read_source(source).splitlines()
    bad = 0
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        lemma, tab, features = line.strip().partition("\t")
        if not tab:
            _error(f"line {number}: expected lemma<TAB>features, got {line!r}")
            bad += 1
            continue
        try:
            forms = forms_of(lemma, features)
        except ValueError as error:
            _error(f"line {number}: {error}")
            bad += 1
            continue
        if fmt is WordFormat.jsonl:
            record = {"lemma": lemma, "features": features, "forms": forms}
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(tsv(lemma, features, ", ".join(forms)))
    raise typer.Exit(1 if bad else 0)


numbers_app = typer.Typer(help="Numbers both ways: text -> values, and values -> Kazakh words.", no_args_is_help=True)
app.add_typer(numbers_app, name="numbers")


@numbers_app.command("read")
def numbers_read(source: Annotated[str, typer.Argument(help="a file, or - for stdin")] = "-") -> None:
    """Quantities found in the text, one JSON line each: kind, text, value, unit, approx, bound, qualifier."""
    from taldau.pipeline import Pipeline, available

    stages = available()  # those of `analyze` up to the quantities: Latin text is read as its Cyrillic
    pipeline = Pipeline(stages[: stages.index("quantities") + 1])
    for quantity in pipeline(read_source(source)).quantities:
        record = {k: getattr(quantity, k) for k in ("kind", "start", "end", "text", "value", "unit", "approx", "bound",
                                                        "qualifier")}
        sys.stdout.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")


@numbers_app.command("spell")
def numbers_spell(
    values: Annotated[list[str], typer.Argument(help="numbers such as 215, 2,9 or 1 500 000")],
    ordinal: Annotated[bool, typer.Option("--ordinal", help="ordinal: бесінші")] = False,
    case: Annotated[Optional[str], typer.Option("--case", help="nom gen dat acc loc abl ins")] = None,
) -> None:
    """Kazakh words for each number, one per line."""
    from taldau.numbers import spell

    for value in values:
        try:
            sys.stdout.write(spell(value, ordinal=ordinal, case=case) + "\n")
        except ValueError as error:
            raise typer.BadParameter(str(error))

