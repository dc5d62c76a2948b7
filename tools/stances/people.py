"""Build src/taldau/stances/people.tsv: Kazakh nouns that name people or groups of people, who can hold a
stance (маман, азамат, науқас, адамзат, министр, әкім), read from the Apertium lexicon's English glosses.

A noun counts when the first sense of its gloss is a person word: one of PERSON_WORDS, or an English agent
noun in -ist/-ian/-man/-eer (economist, chairman). Kazakh agent nouns without a gloss count by their
derivational ending (-шы/-ші: сарапшы, -кер/-гер: кәсіпкер, -паз: өнерпаз).

    python -m tools.stances.people [LEXICON]
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LEXICON = ROOT.parent / "shared" / "data" / "apertium_kaz_lexicon" / "kaz_lexicon.tsv"
OUT = ROOT / "src" / "taldau" / "stances" / "people.tsv"
PERSON_WORDS = frozenset("""
person people boss man men woman women citizen citizens mankind humanity worker workers employee staff member
leader head chief expert specialist doctor physician teacher student pupil minister governor mayor president
official officer deputy senator director manager chairman resident inhabitant population farmer peasant
patient sick volunteer activist soldier parent parents mother father child children youth elder veteran pensioner
businessman entrepreneur merchant trader investor owner producer buyer consumer customer client participant
candidate voter representative delegate envoy ambassador diplomat judge lawyer prosecutor policeman scientist
scholar researcher journalist writer author poet artist singer musician actor athlete sportsman player coach
engineer builder driver miner herdsman shepherd craftsman master apprentice colleague partner ally neighbour
neighbor opponent rival enemy friend fan relative public society community nation tribe crowd audience team crew
king khan tsar sultan emperor ruler hero
""".split())
AGENT_ENGLISH = re.compile(r"^[a-z]+(ist|ian|man|men|eer)$")
AGENT_KAZAKH = ("шы", "ші", "кер", "гер", "паз")
NOT_PEOPLE = frozenset({"head", "master"})  # glossed first as a body part or a thing often: kept only with a second person word


def person_gloss(gloss: str) -> bool:
    """A sense that is a person word (its last word: "sick person"), "head of committee", or an English agent
    noun; "head" and "master" alone count only beside another person sense (head: a body part too)."""
    senses = [s.strip().lower().split() for s in re.split(r"[,;/]", gloss)]
    words = [s for s in senses if s]
    person = [s for s in words if s[-1] in PERSON_WORDS or AGENT_ENGLISH.match(s[-1]) or s[0] in ("head", "chief")
              and len(s) > 1]
    return any(s[-1] not in NOT_PEOPLE or len(s) > 1 for s in person) or len(person) > 1


def build(lexicon: Path) -> list[str]:
    found = set()
    with lexicon.open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            lemma, gloss = row["lemma"], row["gloss_en"] or ""
            if row["upos"] != "NOUN" or not lemma.isalpha() and "-" not in lemma or lemma[:1].isupper():
                continue
            if person_gloss(gloss) or (not gloss and lemma.endswith(AGENT_KAZAKH) and len(lemma) > 5):
                found.add(lemma)
    return sorted(found)


def main() -> int:
    lexicon = Path(sys.argv[1]) if len(sys.argv) > 1 else LEXICON
    if not lexicon.is_file():
        print(f"Apertium lexicon not found at {lexicon}", file=sys.stderr)
        return 1
    people = build(lexicon)
    header = ("# Nouns that name people or groups of people (actors that can hold a stance), derived by\n"
              "# `python -m tools.stances.people` from apertium_kaz_lexicon (GPL-3.0; lemmas only) by their English\n"
              "# glosses and agent-noun endings. One lemma a line.\n")
    OUT.write_text(header + "".join(f"{p}\n" for p in people), encoding="utf-8")
    print(f"{len(people)} nouns -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
