"""UD treebanks read as taldau sees text: surface tokens (a multiword token is one token), each with the
head and relation of the word that links it to the rest of the tree, and KTB cut into folds by document.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import NamedTuple

import conllu

KTB = ("ud_kazakh_ktb/kk_ktb-ud-train.conllu", "ud_kazakh_ktb/kk_ktb-ud-dev.conllu")
KTB_SUBTYPES = {"nmod:poss", "acl:relcl", "flat:name", "compound:lvc", "obl:own"}
KTB_UNIVERSAL = {  # the universal relations KTB train + dev use; a relative's others (mark, clf, list...) become dep
    "punct", "root", "nsubj", "amod", "obl", "obj", "advcl", "advmod", "nmod", "det", "cop", "conj", "aux", "case",
    "cc", "ccomp", "nummod", "compound", "csubj", "parataxis", "dep", "xcomp", "appos", "acl", "discourse", "vocative",
    "fixed", "iobj", "orphan"}
FICTION = ("kdt", "sholpan")  # KTB's tales and fiction; the other documents are news and Wikipedia


class Surface(NamedTuple):
    """A surface token of a gold sentence; `head` is 1-based among the sentence's surface tokens, 0 the root."""

    form: str
    space_after: bool
    head: int
    deprel: str


class Sentence(NamedTuple):
    sent_id: str
    document: str
    tokens: tuple[Surface, ...]
    words: conllu.TokenList  # the syntactic words, for scoring


def read(path: Path, relabel: bool = False) -> Iterator[Sentence]:
    """A treebank's sentences; `relabel`: a relative's relations moved to KTB's conventions (`ktb_relations`)."""
    with open(path, encoding="utf-8") as f:
        for n, tokenlist in enumerate(conllu.parse_incr(f)):
            if relabel:
                ktb_relations(tokenlist)
            sent_id = tokenlist.metadata.get("sent_id") or str(n)
            sent_id = f"{path.stem}:{sent_id}" if relabel else sent_id  # KTMU numbers its sentences 1, 2...
            yield Sentence(sent_id, sent_id.split(".")[0].split(":")[0], surface(tokenlist), tokenlist)


def ktb_relations(tokenlist: conllu.TokenList) -> None:
    """In place, the relations of Kyrgyz KTMU, Tatar and Turkish as KTB writes them: a possessor (genitive, or any
    noun before a possessed one) is nmod:poss, not nmod; a participle's clause acl:relcl; names flat:name;
    subtypes KTB lacks become their universal relation."""
    words = {row["id"]: row for row in tokenlist if isinstance(row["id"], int)}
    for row in words.values():
        rel, feats = row["deprel"] or "dep", row["feats"] or {}
        head_feats = (words.get(row["head"]) or {}).get("feats") or {}
        if rel == "nmod" and (feats.get("Case") == "Gen" or "Person[psor]" in head_feats):
            rel = "nmod:poss"
        elif rel == "acl":
            rel = "acl:relcl"
        elif rel == "flat":
            rel = "flat:name"
        elif ":" in rel and rel not in KTB_SUBTYPES:
            rel = rel.split(":")[0]
        if rel not in KTB_SUBTYPES and rel not in KTB_UNIVERSAL:
            rel = "dep"  # a label KTB never writes could only ever be a wrong guess on Kazakh
        row["deprel"] = rel


def linked_groups(tokenlist: conllu.TokenList) -> list[tuple[str, bool, list[int], dict]]:
    """Each surface token, a multiword range or a plain word: its form, whether a space follows, its word ids and
    the word that links it to the tree (the one whose head lies outside the range)."""
    groups: list[tuple[str, bool, list[int]]] = []
    inside: set[int] = set()
    for row in tokenlist:
        rid, space = row["id"], (row["misc"] or {}).get("SpaceAfter") != "No"
        if isinstance(rid, tuple) and rid[1] == "-":
            ids = list(range(rid[0], rid[2] + 1))
            inside.update(ids)
            groups.append((row["form"], space, ids))
        elif isinstance(rid, int) and rid not in inside:
            groups.append((row["form"], space, [rid]))
    words = {row["id"]: row for row in tokenlist if isinstance(row["id"], int)}
    return [(form, space, ids, next((words[i] for i in ids if words[i]["head"] not in ids), words[ids[0]]))
            for form, space, ids in groups]


def surface(tokenlist: conllu.TokenList) -> tuple[Surface, ...]:
    """One token per multiword range or plain word; its head is that of its linking word."""
    groups = linked_groups(tokenlist)
    position = {i: n for n, (_, _, ids, _) in enumerate(groups, 1) for i in ids}
    return tuple(Surface(form, space, position.get(outer["head"], 0) if outer["head"] else 0, outer["deprel"])
                 for form, space, _, outer in groups)


def ktb(data: Path) -> list[Sentence]:
    """KTB train+dev, every document's sentences together in their order, documents by name."""
    sentences = [s for part in KTB for s in read(data / part)]
    order = {s.sent_id: n for n, s in enumerate(sentences)}
    return sorted(sentences, key=lambda s: (s.document, order[s.sent_id]))


def folds(sentences: Sequence[Sentence], k: int = 10) -> list[list[Sentence]]:
    """`k` contiguous stretches of the documents in order: KTB has 8 documents, two of them 60 % of it,
    so a fold is a run of consecutive sentences of one or two documents, never a scatter of them."""
    size = len(sentences)
    return [list(sentences[i * size // k : (i + 1) * size // k]) for i in range(k)]
