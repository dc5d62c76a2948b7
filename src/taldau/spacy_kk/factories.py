"""taldau's components as spaCy factories: `nlp.add_pipe("taldau_morph")`, "taldau_quantities", "taldau_ner",
"taldau_parser".

Each factory runs taldau components over the taldau `Doc` behind the spaCy doc (`doc._.taldau`, made
by the `kk` tokenizer, or built from another tokenizer's tokens) and writes what they found into
spaCy's own attributes: `lemma_`, `pos_`, `morph`, `head`/`dep_`, `doc.ents` (with `span._.canonical`
and `span._.link`), `doc._.quantities`, `token._.readings`. Requirements are taldau's: `taldau_ner` and
`taldau_parser` after `taldau_morph`, or a clear error.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence

import numpy
from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token as SpacyToken
from spacy.util import filter_spans

from taldau.doc import Doc, Sentence, Token
from taldau.normalize import normalize
from taldau.pipeline import factory

Writer = Callable[[SpacyDoc, Doc], None]


def register_extensions() -> None:
    """`doc._.taldau`, `doc._.quantities`, `token._.readings`, `span._.canonical`, `span._.link`."""
    if SpacyDoc.has_extension("taldau"):
        return
    SpacyDoc.set_extension("taldau", default=None)
    SpacyDoc.set_extension("quantities", getter=lambda doc: doc._.taldau.quantities if doc._.taldau else ())
    SpacyToken.set_extension("readings", getter=_readings)
    SpacySpan.set_extension("canonical", getter=lambda span: _entity(span, "canonical"))
    SpacySpan.set_extension("link", getter=lambda span: _entity(span, "link"))


def _readings(token: SpacyToken) -> tuple:
    """The taldau token at the same offset (tokens are in text order: a binary search, not a scan)."""
    ours = token.doc._.taldau
    tokens = ours.tokens if ours else ()
    i = bisect_left(tokens, token.idx, key=lambda t: t.start)
    return tokens[i].analyses if i < len(tokens) and tokens[i].start == token.idx else ()


def _entity(span: SpacySpan, field: str) -> str | None:
    ours = span.doc._.taldau
    entities = ours.entities if ours else ()
    i = bisect_left(entities, span.start_char, key=lambda e: e.start)
    found = entities[i] if i < len(entities) and entities[i].end == span.end_char else None
    return getattr(found, field) if found else None


def taldau_doc(doc: SpacyDoc) -> Doc:
    """The taldau Doc behind `doc`: the `kk` tokenizer's, or one built from another tokenizer's tokens."""
    register_extensions()
    if doc._.taldau is not None:
        return doc._.taldau
    words = [t for t in doc if not t.is_space]
    tokens = tuple(Token(t.text, t.idx, t.idx + len(t), normalize(t.text).text, bool(t.whitespace_)) for t in words)
    index = {t.i: n for n, t in enumerate(words)}
    spans = doc.sents if doc.has_annotation("SENT_START") else [doc[:]]
    sentences = []
    for s in spans:
        inside = [index[t.i] for t in s if t.i in index]
        if inside:
            first, last = inside[0], inside[-1] + 1
            sentences.append(Sentence(tokens[first].start, tokens[last - 1].end, first, last))
    return Doc(doc.text, tokens, tuple(sentences))


class TaldauStage:
    """A spaCy component running some of taldau's components, then writing their results into spaCy."""

    def __init__(self, name: str, components: Sequence[str], write: Writer, needs_readings: bool) -> None:
        self.name = name
        self.components = [factory(c)() for c in components]
        self.write = write
        self.needs_readings = needs_readings

    def __call__(self, doc: SpacyDoc) -> SpacyDoc:
        ours = taldau_doc(doc)
        if self.needs_readings and ours.tokens and not ours.tokens[0].analyses:
            raise ValueError(f"{self.name!r} needs morphological readings: add 'taldau_morph' before it")
        for component in self.components:
            ours = component(ours)
        doc._.taldau = ours
        self.write(doc, ours)
        return doc


def write_readings(doc: SpacyDoc, ours: Doc) -> None:
    by_start = {t.idx: t for t in doc}
    for token in ours.tokens:
        target = by_start[token.start]
        if token.analyses:
            target.lemma_, target.pos_ = token.lemma, token.upos
            target.set_morph(token.feats or "")


def write_entities(doc: SpacyDoc, ours: Doc) -> None:
    spans = (doc.char_span(e.start, e.end, label=e.label, alignment_mode="expand") for e in ours.entities)
    doc.ents = filter_spans([s for s in spans if s is not None])


def write_syntax(doc: SpacyDoc, ours: Doc) -> None:
    """Heads and relations; a whitespace token between words hangs on the word before it, as spaCy's parser does."""
    index = {t.idx: t.i for t in doc}
    heads = list(range(len(doc)))
    deps = ["dep"] * len(doc)
    words = {index[t.start] for t in ours.tokens}
    for t in doc:
        if t.i not in words:
            before = [i for i in range(t.i - 1, -1, -1) if i in words][:1]
            after = [i for i in range(t.i + 1, len(doc)) if i in words][:1]
            heads[t.i] = (before or after or [t.i])[0]
    for token in ours.tokens:
        if token.head is not None:
            i = index[token.start]
            heads[i] = index[ours.tokens[token.head].start]
            deps[i] = "ROOT" if token.deprel == "root" else token.deprel or "dep"
    rows = [[numpy.uint64(numpy.int64(h - i)), doc.vocab.strings.add(d)] for i, (h, d) in enumerate(zip(heads, deps))]
    doc.from_array([HEAD, DEP], numpy.array(rows, dtype="uint64").reshape(len(doc), 2))


def write_nothing(doc: SpacyDoc, ours: Doc) -> None:
    """`doc._.quantities` reads the taldau Doc."""


@Language.factory("taldau_morph", assigns=["token.lemma", "token.pos", "token.morph"])
def make_morph(nlp: Language, name: str) -> TaldauStage:
    """Language and script, Cyrillic norms for Latin-script Kazakh, readings, the reading chosen in context."""
    return TaldauStage(name, ["langid", "cyrillic", "morph", "tagger"], write_readings, needs_readings=False)


@Language.factory("taldau_quantities", assigns=["doc._.quantities"])
def make_quantities(nlp: Language, name: str) -> TaldauStage:
    """Numbers, money, percentages, dates, durations and times with their values."""
    return TaldauStage(name, ["quantities"], write_nothing, needs_readings=False)


@Language.factory("taldau_ner", assigns=["doc.ents"], requires=["token.lemma"])
def make_ner(nlp: Language, name: str) -> TaldauStage:
    """The 25 KazNERD classes with canonical names and ISO links (numeric ones from taldau_quantities)."""
    return TaldauStage(name, ["ner"], write_entities, needs_readings=True)


@Language.factory("taldau_parser", assigns=["token.head", "token.dep"], requires=["token.pos"])
def make_parser(nlp: Language, name: str) -> TaldauStage:
    """Heads and UD relations as UD Kazakh-KTB annotates them, from taldau's parser."""
    return TaldauStage(name, ["parser"], write_syntax, needs_readings=True)
