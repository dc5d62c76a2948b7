"""Named entities: the 25 KazNERD classes, with canonical names and ISO 3166 links for places.

    >>> tag(["Ресейдің", "астанасы", "Мәскеу", "."])
    ['B-GPE', 'O', 'B-GPE', 'O']

The model is a CRF (python-crfsuite) trained by `tools.ner.train` and loaded on first use.
"""
from __future__ import annotations

import dataclasses
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from taldau.doc import Doc, Span, Token
from taldau.morph import names as person_names  # not taldau.ner.names, which this package holds
# canonical the module, not its function: taldau.ner.canonical stays patchable
from taldau.ner import abbreviations, canonical, foreign, gazetteer, heads, persons, rules, written
from taldau.ner import words as w
from taldau.ner.companies import LEGAL_FORMS
from taldau.ner.endings import split_hyphen, strip_case
from taldau.ner.features import CLOSE_QUOTES, OPEN_QUOTES, QUOTES, Word
from taldau.ner.labels import SEPARATORS, spans
from taldau.ner.model import bundled, tag_words

if TYPE_CHECKING:
    from taldau.crf import CrfModel

__all__ = ["LABELS", "tag", "recognize", "spans", "windows"]

NAMING = frozenset({"атты", "деген", "деп", "аталатын", "есімді"})  # «Ауылда» атты өлеңі: a title named so, as written;
# Айгүл есімді қызы: someone new named so
GOVERNED = frozenset({"Gen", "Ins", "Dat", "Abl", "Acc"})  # cases a quoted name takes from the sentence («Газпроммен»)
REPEATED = frozenset({"ORGANISATION", "PRODUCT", "PERSON"})  # Latin names found again alone
FORM_INITIALS = frozenset(form.translate(abbreviations.LETTER_BASES) for form in LEGAL_FORMS)  # МКК: no body's initials
LABELS = (
    "ADAGE", "ART", "CARDINAL", "CONTACT", "DATE", "DISEASE", "EVENT", "FACILITY", "GPE",
    "LANGUAGE", "LAW", "LOCATION", "MISCELLANEOUS", "MONEY", "NON_HUMAN", "NORP", "ORDINAL",
    "ORGANISATION", "PERCENTAGE", "PERSON", "POSITION", "PRODUCT", "PROJECT", "QUANTITY", "TIME",
)


def tag(words: Sequence[str]) -> list[str]:
    """IOB2 labels for one sentence of words."""
    return tag_words([Word(w) for w in words])


def recognize(doc: Doc, model: CrfModel | None = None, labels: Sequence[Span] = ()) -> tuple[Span, ...]:
    """Entities of a tokenised Doc, sentence by sentence (the whole Doc when it has no sentences).

    `model`: the CRF to tag with, the bundled one by default. `labels`: list items' labels (`numbers.item_labels`);
    a sentence that begins with one is read from the item's first word, which begins it as any sentence's first word
    does (2. Уәкілетті орган ...: a capital there is no name's)."""
    label_ends = {label.start: label.end for label in labels}
    groups: Iterable[tuple[tuple[Token, ...], str | None]] = (
        [(doc.sentence_tokens(s), s.lang) for s in doc.sentences] if doc.sentences else [(doc.tokens, None)]
    )
    found: list[Span] = []
    morph = (model or bundled()).meta().get("morph")  # readings are features only for a model trained with them
    surnames = persons.known_surnames((model or bundled()).model)  # as the CRF, the rules read its names table
    for sentence, lang in groups:
        if sentence and (cut := label_ends.get(sentence[0].start)) is not None:
            sentence = tuple(t for t in sentence if t.start >= cut)
        for start, end in windows(sentence):
            tokens = sentence[start:end]
            norms = [t.norm for t in tokens]
            if lang in foreign.FOREIGN and foreign.read_as_foreign(tokens):  # Казахстана: a place, not a Kazakh name
                found += [_place(doc.text, tokens[a:b], place) for a, b, place in foreign.places(norms)]
                continue
            words = [_word(t) for t in tokens] if morph else [Word(t.norm) for t in tokens]
            labels = rules.apply(norms, tag_words(words, model), surnames)
            found += [_span(doc.text, tokens, kind, *edges) for kind, first, last in spans(labels)
                      if (edges := trimmed(norms, first, last))]
    return _with_definitions(doc, found)


def with_repeated_names(doc: Doc, found: tuple[Span, ...]) -> tuple[Span, ...]:
    """A name the document has found once is that entity wherever it is written again alone, outside every name: a
    Latin-script name (Chevron компаниясы ... Chevron 48 миллиард доллар жұмсады) and a person's last name (Елена
    Рыбакина ... Рыбакина жеңді; not a last name two people of the text bear, nor a name before a noun it possesses,
    Трамп мұнарасы), with the same class, canonical name (the person's full name, also where the CRF found the last name
    or the given name of one person alone) and link."""
    shared: dict[str, set[str]] = {}  # a last or given name -> the canonical names of the people who bear it
    names: dict[str, Span] = {}
    given: dict[str, Span] = {}  # a given name -> the one person named in full with it (Шоқан Уәлиханов ... Шоқан)
    for span in found:
        words = (span.canonical or span.text).split()
        if span.label == "PERSON" and len(words) > 1 and _last_name(words[-1]):
            shared.setdefault(words[-1], set()).add(span.canonical or span.text)
            names.setdefault(words[-1], span)
            if written.given_name(words[0]):  # one person by the last name, however fully named (Шоқан Уәлиханов,
                shared.setdefault(words[0], set()).add(words[-1])  # Шоқан Шыңғысұлы Уәлиханов)
                given.setdefault(words[0], span)
        elif span.label in REPEATED and len(words) == 1 and words[0].isascii() and words[0][:1].isupper():
            names.setdefault(words[0], span)
    names = {name: span for name, span in names.items() if len(shared.get(name, ())) < 2}  # Серена | Винус Уильямс
    given = {name: span for name, span in given.items() if len(shared[name]) < 2 and name not in names}
    if not names and not given:
        return found
    found = tuple(span if _introduced(doc, span) else _named_in_full(span, names | given) for span in found)
    if not names:
        return found
    starts, prefixes = [s.start for s in found], {name[:2] for name in names}
    added = []
    for i, token in enumerate(doc.tokens):
        if token.norm[:2] not in prefixes or not token.text[:1].isupper():
            continue
        named = next((names[form] for form in strip_case(token.norm) if form in names), None)
        after = doc.tokens[i + 1] if i + 1 < len(doc.tokens) else None
        owned = after is not None and after.norm.islower() and w.possessed(after.norm)  # Трамп мұнарасы
        if named is not None and _outside(found, starts, token) and not owned:
            added.append(Span(named.label, token.start, token.end, doc.text[token.start : token.end], named.canonical,
                              named.link))
    return tuple(sorted(found + tuple(added), key=lambda s: s.start)) if added else found


def _after_titles(tokens: Sequence[Token], last: int) -> Token | None:
    """The word after a quoted name's closing quote at `last`, past any quoted titles listed after it."""
    k = last + 1
    while k + 1 < len(tokens) and tokens[k].norm in written.LIST_JOINTS and tokens[k + 1].norm in OPEN_QUOTES:
        k = next((j for j in range(k + 2, len(tokens)) if tokens[j].norm in CLOSE_QUOTES), len(tokens) - 1) + 1
    return tokens[k] if k < len(tokens) else None


def _last_name(word: str) -> bool:
    """A person's last word that names no place (not Мельбурн, Торғай the CRF ran into a person) and is no given name
    (Қ.Жұмалиев Махамбет, Березин Шоқан: a surname first, and Махамбет alone is the other person, Махамбет Өтемісұлы)."""
    tags = gazetteer.word_tags(word)
    if "sur" in tags or person_names.names(word):
        return True
    return "topo" not in tags and not gazetteer.match((word,)) and not written.given_name(word)


def _named_in_full(span: Span, names: dict[str, Span]) -> Span:
    """A person named by a last name alone takes the full name as canonical (Рыбакина -> Елена Рыбакина), and so does
    one the recogniser found by the given name alone (Шоқан -> Шоқан Уәлиханов, as encyclopedias name people)."""
    full = names.get(span.canonical or "") if span.label == "PERSON" else None
    return dataclasses.replace(span, canonical=full.canonical) if full is not None and full.label == "PERSON" else span


def _introduced(doc: Doc, span: Span) -> bool:
    """A name before a word of naming introduces someone new (Айгүл есімді қызы, Ахмет атты ұлы: a child named so),
    not the person the text named in full with it."""
    at = bisect_left(doc.tokens, span.end, key=lambda t: t.start)
    return at < len(doc.tokens) and doc.tokens[at].norm.lower() in NAMING


def _outside(found: Sequence[Span], starts: list[int], token: Token) -> bool:
    """Whether the token lies outside every span of `found` (in text order, not overlapping; `starts` theirs)."""
    k = bisect_right(starts, token.start) - 1
    return (k < 0 or found[k].end <= token.start) and (k + 1 >= len(found) or found[k + 1].start >= token.end)


def _definitions(text: str, found: Sequence[Span]) -> dict[str, list[tuple[int, Span]]]:
    """The abbreviations a document defines in brackets right after a name of the same class, each with where it is
    defined and that name's span: Халықаралық валюта қоры (ХВҚ) -> {"ХВҚ": [(23, Халықаралық валюта қоры)]}."""
    out: dict[str, list[tuple[int, Span]]] = {}
    for name, short in zip(found, found[1:]):
        key = split_hyphen(short.text)[0]  # as written: a body's table may give it a canonical name of its own
        between = text[name.end : short.start].strip(' »"”')  # «Қазақстан темір жолы» (ҚТЖ)
        if name.label == short.label != "PERSON" and key.isupper() and between == "(" \
                and text[short.end : short.end + 1] == ")" and abbreviations.abbreviates(key, [name.canonical or name.text]):
            out.setdefault(key, []).append((short.start, name))
    bracketed = set(out)
    for name in found:  # Каспий құбыр консорциумы ... ҚҚК-ның: a body named in full gives its initials, where no
        # brackets define them (as written: ЕЭК's table name is another body's), each time it is named (Азия даму
        # банкі, Африка даму банкі ... АДБ: the nearest before); not a legal form's (МКК: a state enterprise)
        key = abbreviations.initials(name.text.split()) if name.label == "ORGANISATION" else ""
        if key and key not in bracketed and key not in FORM_INITIALS:
            out.setdefault(key, []).append((name.start, name))
    return out


def _with_definitions(doc: Doc, found: list[Span]) -> tuple[Span, ...]:
    """A defined abbreviation names its name wherever the document uses it (ХВҚ-ның, ХВҚ first in a sentence, which
    the CRF left out), and so do a body's initials in capitals (Каспий құбыр консорциумы ... ҚҚК-ның): the same
    class, canonical name and link, so that actors and search see one organisation. Where a document defines one
    abbreviation twice, each use is the latest definition's before it (a use before any, the first definition's)."""
    defined = _definitions(doc.text, found)
    if not defined:
        return tuple(found)

    def name(key: str, at: int) -> Span | None:
        definitions = defined.get(key) or key.isalpha() and key.isupper() \
            and defined.get(key.translate(abbreviations.LETTER_BASES))  # ҚҚК for the initials ККК
        if not definitions:
            return None
        return next((span for start, span in reversed(definitions) if start <= at), definitions[0][1])

    out = [dataclasses.replace(s, label=d.label, canonical=d.canonical, link=d.link)
           if (d := name(split_hyphen(s.text)[0], s.start)) else s for s in found]
    covered = {i for s in found for i in range(s.start, s.end)}
    for token in doc.tokens:
        d = name(split_hyphen(token.norm)[0], token.start)
        if d and token.start not in covered:
            out.append(Span(d.label, token.start, token.end, doc.text[token.start : token.end], d.canonical, d.link))
    return tuple(sorted(out, key=lambda s: s.start))


def _word(token: Token) -> Word:
    """What the features see of a token: its norm and the reading chosen in context, read once (not once a field)."""
    if not token.analyses:
        return Word(token.norm)
    first = token.analyses[0]
    return Word(token.norm, first.lemma or "", first.upos or "", first.feats or "")


def trimmed(words: Sequence[str], first: int, last: int) -> tuple[int, int] | None:
    """The span [first, last) without a quote at its edges whose pair is not inside it («Самұрық-Қазына» қоры keeps
    its quotes, мұнай » loses its one; «Егемен Қазақстан» газетінің, begun inside the quotes, ends at the closing one,
    as KazNERD never has such a span), nor across a bracket whose pair is outside it (Момент ) т.б. is Момент), nor
    ending at a colon or comma (Ертіс: су бөлісу); None when no word is left: a name is made of words, however the
    tagger labelled a run of quotes."""
    while first < last and _stray_at_start(words, first, last):
        first += 1
    if first and words[first - 1] in OPEN_QUOTES:  # «Егемен Қазақстан» газетінің: the name ends at its quote
        last = _closing_quote(words, first, last)
    last = _before_stray_bracket(words, first, last)
    while last > first and (words[last - 1] in QUOTES and not any(w in OPEN_QUOTES for w in words[first : last - 1])
                            or words[last - 1] in SEPARATORS):
        last -= 1
    return (first, last) if any(ch.isalnum() for w in words[first:last] for ch in w) else None


def _stray_at_start(words: Sequence[str], first: int, last: int) -> bool:
    """Whether [first, last) starts with a quote or a bracket whose pair is not inside it (» or ) always)."""
    word = words[first]
    if word in QUOTES:
        return word not in OPEN_QUOTES or not any(w in CLOSE_QUOTES for w in words[first + 1 : last])
    return word in ("(", ")") and _before_stray_bracket(words, first, last) == first


def _closing_quote(words: Sequence[str], first: int, last: int) -> int:
    """Where the quote opened before `first` closes within [first, last) (quotes opened inside counted:
    «Қазақстан «Самұрық-Қазына» ұлттық қоры» closes at its last »); `last` when it does not."""
    depth = 0
    for k in range(first, last):
        if words[k] in CLOSE_QUOTES:
            if not depth:
                return k
            depth -= 1
        elif words[k] in OPEN_QUOTES:
            depth += 1
    return last


def _before_stray_bracket(words: Sequence[str], first: int, last: int) -> int:
    """Where [first, last) ends so that no bracket in it lacks its pair: Біріккен Ұлттар Ұйымы ( БҰҰ ) keeps its
    brackets, Момент ) т.б. ends before its ), a ( never closed ends it too."""
    opened: list[int] = []
    for k in range(first, last):
        if words[k] == "(":
            opened.append(k)
        elif words[k] == ")":
            if not opened:
                return k
            opened.pop()
    return opened[0] if opened else last


def _place(text: str, tokens: Sequence[Token], place) -> Span:
    start, end = tokens[0].start, tokens[-1].end
    return Span("GPE", start, end, text[start:end], place.name, place.code)


WINDOW = 300  # tokens tagged at once: text without sentence punctuation can be one "sentence" of millions


def windows(tokens: Sequence[Token]) -> Iterable[tuple[int, int]]:
    """Slices of at most WINDOW tokens covering `tokens`, each cut after punctuation (a comma, a
    quote) where there is some in the second half of the window, so that names stay whole."""
    start, n = 0, len(tokens)
    while start < n:
        end = min(start + WINDOW, n)
        if end < n:
            end = next((i + 1 for i in range(end - 1, start + WINDOW // 2, -1)
                        if not tokens[i].text[:1].isalnum()), end)
        yield start, end
        start = end


def _span(text: str, tokens: Sequence[Token], label: str, first: int, last: int) -> Span:
    """The Span of tokens[first:last], with its canonical name and link."""
    start, end = tokens[first].start, tokens[last - 1].end
    reading = tokens[last - 1].analyses[:1]
    morphemes = reading[0].morphemes if reading and not reading[0].guessed else ()
    quoted = (
        0 < first and last < len(tokens)
        and tokens[first - 1].norm in OPEN_QUOTES and tokens[last].norm in CLOSE_QUOTES
    )
    # «Әл-Кайда» ұйымы, «Ауылда», «Түнде» өлеңдері, «Ауылда» атты, «Самұрық» АҚ: before a possessed noun it modifies,
    # a name or a word of naming, after any other quoted titles listed with it, a quoted name keeps its ending;
    # elsewhere («Газпроммен» келісімге, «Газпроммен» әлі, «Қазатомөнеркәсіптің» акциялары: a genitive possesses the
    # noun, an instrumental, dative, ablative or accusative is the sentence's case, before a noun or not; «Қайратты»
    # 2:1 есебімен, «Абай жолын») the case ending inside the quotes is the sentence's
    after = _after_titles(tokens, last) if quoted else None
    named = quoted and after is not None and (
        after.norm in NAMING or _names_with(after) and not (reading and _case(reading[0].feats) in GOVERNED))
    own = named or label != "PERSON" and last < len(tokens) and _modifies_possessed(tokens[last - 1], tokens[last])
    name, link = canonical.canonical(_glued(tokens[first:last]), label, morphemes, own)
    return Span(label, start, end, text[start:end], name, link)


def _case(feats: str) -> str:
    """The case of a reading's features: "Case=Ins|..." -> "Ins"; "" for none."""
    return next((f[5:] for f in feats.split("|") if f.startswith("Case=")), "")


def _names_with(after: Token) -> bool:
    """A word a quoted name before it stands bare with: a possessed noun (ұйымы, өлеңдері), a name or an abbreviation
    (АҚ), a word of naming (атты); a word read in no context, by its likeliest reading."""
    if not after.analyses:
        return after.norm in NAMING or after.norm.isupper() or w.possessed(after.norm)
    return after.norm in NAMING or after.upos == "PROPN" or after.upos == "NOUN" and (
        "Person[psor]=3" in (after.feats or "") or after.norm.isupper())


def _modifies_possessed(word: Token, following: Token) -> bool:
    """Шарын шатқалына: a name right before the possessed head word of a place, body or facility (`heads.tsv`: X
    шатқалы, X көлі) is its bare modifier, so the accusative its reading found (Шар-ы-н) is no ending of the name's;
    a genitive (Қазақстанның экономикасы) still is one, and so is an object before other nouns (Абайды шығармалары
    арқылы білеміз)."""
    reading = word.analyses[:1]
    return bool(reading) and "Case=Acc" in (reading[0].feats or "") and following.upos == "NOUN" \
        and "Person[psor]=3" in (following.feats or "") and bool(heads.head(following.norm.lower()))


def _glued(tokens: Sequence[Token]) -> list[str]:
    """Norms of the tokens, those written without a space between them as one word: Қ.-Ж. Тоқаев, «Ауыл»."""
    words: list[str] = []
    for i, token in enumerate(tokens):
        if i and not tokens[i - 1].space_after:
            words[-1] += token.norm
        else:
            words.append(token.norm)
    return words
