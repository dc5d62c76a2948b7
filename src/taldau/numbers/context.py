"""Decisions that need the words around a match, applied after the grammars: small named checks.

Each check takes the draft, the tokens and the match's token span; `DROP` checks remove a match
(бір as an article), `IN_NAME` checks keep it as a quantity that is part of a name and so no numeric
entity (Boeing 737, Кодекстің 128-інші бабы); `numbers.relabel`'s checks change what it is (10 миллион адам
keeps адам as the unit of a cardinal).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from taldau.doc import Token
from taldau.numbers import calendar as c
from taldau.numbers import lexicon as lx
from taldau.numbers.dates import in_year_of
from taldau.numbers.legal import cited_label, in_law, item_label, law_article, law_number, whole_article
from taldau.numbers.one import article, distributive, fixed_phrase
from taldau.numbers.parts import ABLATIVE, Draft
from taldau.numbers.relabel import RELABEL
from taldau.numbers.timewords import GENITIVE
from taldau.numbers.words import read_word
from taldau.morph import analyze, suffixes

_LATIN = re.compile(r"[A-Za-z]")
_SENTENCE_START = frozenset({".", "!", "?", "«", "—", "–", ":", '"', "(", "…", ","})
_TITLE = 6  # tokens looked at on each side for a quoted title
# Words around an ordinal that make it part of a law's, a position's, an event's or a facility's name
# (KazNERD labels the whole name, not the ordinal): 128-інші бабы, бірінші орынбасары, Кодекстің 304-інші.
_NAME_AFTER = ("орынбасар", "сайлау", "съез", "форум", "дүниежүзілік", "вице", "клиника")
_NAME_BEFORE = ("кодекс", "төраға", "университет", "премьер", "ассамблея", "конституция", "партия")
# Words after an ordinal that name only with an owner before them: a law's part after its article (бабының 3-інші
# бөлігі: KazNERD 12 of 12 in the LAW; a film's or a street's екінші бөлімі, бөлігі is an ORDINAL, 6 of 6), a
# university's course and an assembly's session after their genitive (университетінің 3-інші курс, Ассамблеясының
# алпысыншы сессиясы: 6 of 6 in the name; 4-інші курс студенті, келесі үшінші сессияда ORDINAL, 2 of 2).
_OWNED_NAME_AFTER = {"бөлі": ("баб", "бап"), "курс": GENITIVE, "сессия": GENITIVE}
_OWNER_SPAN = 3  # tokens looked back for the owner, past a comma (бабы , 2-нші бөлігі)


def in_name(draft: Draft, tokens: Sequence[Token], start: int, end: int) -> bool:
    """Хабар 24, Boeing 737, COVID – 19, « Сухой Суперджет 100 »: the number belongs to a name."""
    if draft.kind not in ("cardinal", "ordinal"):
        return False
    j = start - 1
    if j > 0 and tokens[j].norm in lx.DASHES:
        j -= 1
    if j < 0:
        return False
    prev = tokens[j].norm
    nxt = tokens[end].norm if end < len(tokens) else ""
    if _LATIN.match(prev):
        return True
    if prev[:1].isupper() and nxt == "»":
        return True
    capital = prev[:1].isupper() and j > 0 and tokens[j - 1].norm not in _SENTENCE_START
    return capital and (nxt[:1].isupper() or bool(_LATIN.match(nxt)))


def in_title(draft: Draft, tokens: Sequence[Token], start: int, end: int) -> bool:
    """« 100 жаңа есім », « 111 »: a plain number inside a short quoted title is part of the title.

    A quote of more than `_TITLE` other tokens, or one followed by ", —" or деді, is speech, whose
    numbers count: « биыл 30 жаңа мұғалім келеді », — деді.
    """
    if draft.kind not in ("cardinal", "ordinal"):
        return False
    left = [t.norm for t in tokens[max(0, start - _TITLE) : start]]
    right = [t.norm for t in tokens[end : end + _TITLE]]
    if "«" not in left or "»" not in right:
        return False
    opened, closed = len(left) - 1 - left[::-1].index("«"), right.index("»")
    inside = left[opened + 1 :] + right[:closed]
    after = [t.norm.lower() for t in tokens[end + closed + 1 : end + closed + 3]]
    if after[:2] == [",", "—"] or after[:1] and after[0].startswith(lx.SAID):
        return False  # « Осы арқылы 50 миллиард кіріс түсіреміз », — деді: quoted speech, not a title
    last = tokens[end + closed - 1].norm.lower() if closed else tokens[end - 1].norm.lower()
    clause = after[:1] != [lx.NAMED] and _predicate(last)  # « 3 досым келеді » атты кітап: a title all the same
    return "»" not in inside and "«" not in inside and len(inside) <= _TITLE and not clause


def _predicate(word: str) -> bool:
    """саламыз, көбейеді, тиіс: a quotation that ends with a finite verb (any reading: саламыз is read "we are
    branches" first) or a predicate of need is a clause (speech, a rule quoted), whose numbers count; a title ends
    with its noun (« 100 жаңа есім ») or a question mark."""
    return word in lx.PREDICATES or any(r.upos in ("VERB", "AUX") and "Mood=Ind" in r.feats for r in analyze(word))


def in_code(draft: Draft, tokens: Sequence[Token], start: int, end: int) -> bool:
    """55 / 12, АК-159 / 20: numbers around a slash are a code; 75 жылдығы is an anniversary (an EVENT)."""
    if draft.kind not in ("cardinal", "ordinal"):
        return False
    before = tokens[start - 1].norm if start > 0 else ""
    after = tokens[end].norm.lower() if end < len(tokens) else ""
    return before == "/" or after == "/" or after.startswith("жылдығ")


_ANNIVERSARY = re.compile(c.ANNIVERSARY)
_NAME_CLOSERS = frozenset({"»", ")"})  # « Нұр Отан » партиясының 20 жылдығы: the owner's name ends before its noun


def anniversary(draft: Draft, tokens: Sequence[Token], start: int, end: int) -> bool:
    """Абайдың 175 жылдығы, Ұлы жеңістің 75 жылдығы: the anniversary of a named owner is an EVENT's name (a quantity
    inside it); мектептің 50 жылдығы stays a date, and so does one pointed to, Ассамблеясының алдағы 25 жылдығы
    "the Assembly's coming 25th anniversary" (calendar.ANNIVERSARY)."""
    if draft.kind != "duration" or draft.qualifier or start == 0 or not _ANNIVERSARY.fullmatch(tokens[end - 1].norm):
        return False
    owner = tokens[start - 1].norm
    if not owner.lower().endswith(GENITIVE):
        return False
    if owner.lower().startswith(c.NAMED_ANNIVERSARIES) or start > 1 and tokens[start - 2].norm in _NAME_CLOSERS:
        return True
    return _capitalised(tokens, start - 1) or start > 1 and _capitalised(tokens, start - 2)  # Қазақ хандығының


def _capitalised(tokens: Sequence[Token], i: int) -> bool:
    """The word at i begins with a capital as a name does: inside the sentence, or first with a name's reading."""
    word = tokens[i].norm
    if not word[:1].isupper():
        return False
    return i > 0 and tokens[i - 1].norm not in _SENTENCE_START or analyze(word.lower())[0].upos == "PROPN"


# Institutions known by a number: 5512 әскери бөлімі, АК-159/20 колониясы, 167/11 тергеу изоляторы.
# (a word or, with a second word, exactly that word; the beginning of the word after it)
_NUMBERED_INSTITUTIONS = (("колония", ""), ("изолятор", ""), ("әскери", "бөлім"), ("тергеу", "изолятор"))
# A letter after a number names a technology: 5 G, бес Джи (5G), үш D (3D).
_TECH_LETTERS = frozenset({"джи", "ди", "жи"})


def numbered(draft: Draft, tokens: Sequence[Token], start: int, end: int) -> bool:
    """5512 әскери бөлімі, бес Джи желісі, үш D сканер: the number is part of a name, not a count."""
    if draft.kind != "cardinal" or end >= len(tokens):
        return False
    nxt = tokens[end].norm
    after = tokens[end + 1].norm.lower() if end + 1 < len(tokens) else ""
    if any(nxt.lower() == word and after.startswith(then) if then else nxt.lower().startswith(word)
           for word, then in _NUMBERED_INSTITUTIONS):
        return True
    return nxt.lower() in _TECH_LETTERS or len(nxt) == 1 and nxt.isupper() and bool(_LATIN.match(nxt))


def identifier(draft: Draft, tokens: Sequence[Token], start: int, end: int) -> bool:
    """Бостандық аудандық №2 сотында, 1424 нөміріне хабарласыңыз: a number after № or before its нөмірі ("the number
    1424", possessed, as taldau.morph reads it) names a court, a school, a hotline; not 120 нөмірі бар (rooms)."""
    if draft.kind != "cardinal":  # 51-інші нөмірлі автобус: KazNERD keeps the ordinal
        return False
    if start > 0 and tokens[start - 1].norm in lx.NUMBER_SIGNS:
        return True
    if end >= len(tokens) or not tokens[start].norm[:1].isdigit():
        return False
    reading = analyze(tokens[end].norm.lower())[0]
    after = tokens[end + 1].norm.lower() if end + 1 < len(tokens) else ""
    possessed = reading.lemma in lx.NUMBER_NOUNS and "Person[psor]=3" in reading.feats
    return possessed and not ("Case=Nom" in reading.feats and after in lx.HAS)




def in_other_entity(draft: Draft, tokens: Sequence[Token], start: int, end: int) -> bool:
    """Кодекстің 128-інші бабы, бірінші орынбасары, Жетінші қалалық аурухана: a law, a position, a name
    (an ordinal with a capital letter inside a sentence begins a name)."""
    if draft.kind != "ordinal":
        return False
    nxt = tokens[end].norm.lower() if end < len(tokens) else ""
    if nxt == "-" and end + 1 < len(tokens):  # 5-бабының, split by the tokenizer as in UD: the word after the hyphen
        nxt = tokens[end + 1].norm.lower()
    prev = tokens[start - 1].norm.lower() if start > 0 else ""
    word = tokens[start].norm  # Жетінші қалалық аурухана; not a Roman numeral, all capitals (II дәрежелі)
    capital = word[:1].isupper() and not word.isupper() and prev != "" and prev not in _SENTENCE_START
    if law_article(nxt) or law_article(word.lower().partition("-")[2]):  # the number of an article or a point
        return in_law(tokens, start, end)
    if law_article(prev) and in_law(tokens, start, end):
        return True
    return capital or nxt.startswith(_NAME_AFTER) or prev.startswith(_NAME_BEFORE) or _owned_name(tokens, start, nxt)


def _owned_name(tokens: Sequence[Token], start: int, nxt: str) -> bool:
    """бабының 3-інші бөлігі, университетінің 1-інші курс: the word after the ordinal names a part of its owner."""
    owner = next((marks for word, marks in _OWNED_NAME_AFTER.items() if nxt.startswith(word)), None)
    if owner is None:
        return False
    before = [t.norm.lower() for t in tokens[max(0, start - _OWNER_SPAN) : start] if t.norm.isalpha()]
    if owner is GENITIVE:
        return bool(before) and before[-1].endswith(GENITIVE)
    return any(word.startswith(owner) for word in before)


_OF_A_QUARTER = frozenset({"бойынша", "ішінде", "бойы", "бойында", "сайын", "басында", "соңында", "қорытындысы",
                           "қорытындысында", "қорытындысымен"})  # тоқсан ішінде "within the quarter", not ninety


def quarter(draft: Draft, tokens: Sequence[Token], start: int, end: int) -> bool:
    """тоқсан бойынша бағалау "marks by the (school) quarter", өткен тоқсан ішінде "in the last quarter", тоқсанына
    бір рет "once a quarter" (as айына екі рет): тоқсан alone before бойынша or a word of time within it (ішінде,
    қорытындысы), тоқсанына before a count of times, is no ninety (тоқсан жыл ішінде, тоқсан адам: ninety)."""
    after = [t.norm.lower() for t in tokens[end : end + 2]]
    word = tokens[start].norm.lower() if end - start == 1 else ""
    return word == "тоқсан" and bool(after) and after[0] in _OF_A_QUARTER or word == "тоқсанына" and len(after) == 2 \
        and read_word(after[0]) is not None and after[1] in ("рет", "мәрте")


def horde(draft: Draft, tokens: Sequence[Token], start: int, end: int) -> bool:
    """Ұлы жүз бен Орта жүз, Кіші жүздің руы: жүз after Ұлы, Орта or Кіші written with a capital is a horde, no 100."""
    before = tokens[start - 1].norm if start > 0 else ""
    return end - start == 1 and before[:1].isupper() and before.lower() in lx.HORDES \
        and any(a.lemma == "жүз" for a in analyze(tokens[start].norm.lower())[:1])


def swam(draft: Draft, tokens: Sequence[Token], start: int, end: int) -> bool:
    """Балалар өзенде жүзді.: жүзді alone before a clause's end is "swam", no hundred."""
    return end - start == 1 and tokens[start].norm.lower() == lx.SWAM \
        and (end == len(tokens) or not tokens[end].norm[:1].isalnum())


def suspended(draft: Draft, tokens: Sequence[Token], start: int, end: int) -> bool:
    """Екі-, үшқабатты үйлер "two- and three-storey houses": a number cut off by a hyphen before a list's next word
    is the first half of that word's compound (үшқабатты), no count, as KazNERD leaves екіқабатты, үшқабатты (0 of 11);
    more halves may come first (екі-, үш- және төртқабатты); a number word is no compound (Бес-, алтыншы; екі-, үшеуі)."""
    i = _after_hyphen(tokens, end)
    while i is not None and i + 1 < len(tokens) and tokens[i].norm.lower() in suffixes.coordinators() | _LIST_WORDS:
        word = tokens[i + 1].norm.lower()
        if read_word(word) is None:
            return any(word.startswith(n) and len(word) > len(n) + 2 for n in (*lx.UNITS, *lx.TENS))
        i = _after_hyphen(tokens, i + 2)  # another half: the үш- of екі-, үш- және төртқабатты
    return False


def _after_hyphen(tokens: Sequence[Token], end: int) -> int | None:
    """Where the tokens go on after a hyphen glued to the word that ends at `end` (екі- or екі -), or None."""
    glued = end < len(tokens) and tokens[end].norm == "-" and tokens[end].start == tokens[end - 1].end
    return end if tokens[end - 1].norm.endswith("-") else end + 1 if glued else None


IN_NAME = (in_name, in_title, in_code, anniversary, numbered, identifier, law_number, in_other_entity)
DROP = (article, distributive, quarter, horde, swam, suspended, cited_label)  # and item_label, which asks where lines start


def decide(draft: Draft, tokens: Sequence[Token], start: int, end: int,
           line_starts: frozenset[int] = frozenset()) -> Draft | None:
    """The draft after the context checks, or None when one of them drops it; `line_starts`: the indices of the
    tokens that begin a line of the text."""
    if fixed_phrase(draft, tokens, start, end):  # before the article, which would drop it
        return replace(draft, named=True)
    if any(check(draft, tokens, start, end) for check in DROP) or item_label(draft, tokens, start, end,
                                                                              start in line_starts):
        return None
    draft = whole_article(draft, tokens, start, end)
    if any(check(draft, tokens, start, end) for check in IN_NAME):
        return replace(draft, named=True)
    for change in RELABEL:
        draft = change(draft, tokens, start, end)
    return draft


def _from_to(a: Draft, b: Draft, tokens: Sequence[Token], a_end: int) -> Draft | None:
    """5 жылдан 10 жылға дейін, 3 жастан 6 жасқа дейінгі: one range date (KazNERD labels it whole).

    Only for dates: "800 тоннадан 7000 тоннаға дейін артқан" is a change from one amount to
    another, and KazNERD labels the two amounts apart.
    """
    same = a.kind == b.kind in ("date", "duration") and a.chars is None and (
        a.unit == b.unit or _months_old(a) and b.unit == "age")  # 6 айдан 3 жасқа дейінгі: a baby's age in months
    if not same or b.bound != "max" or not tokens[a_end - 1].norm.lower().endswith(ABLATIVE):
        return None
    end = in_year_of(a.value, b.value) if isinstance(a.value, str) and isinstance(b.value, str) else b.value
    return replace(b, value=[a.value, end], approx=a.approx or b.approx)  # 2026 жылдың 1 қаңтарынан 30 наурызына: 2026


def _months_old(a: Draft) -> bool:
    """A duration in months or weeks (6 айдан, алты айлықтан), how the youngest ages are told."""
    return a.kind == "duration" and a.unit is None and isinstance(a.value, str) and re.fullmatch(r"P\d+[MW]", a.value) is not None


_SHARING = frozenset({"percent", "money", "quantity"})  # kinds whose unit a bare number listed before them shares
_LIST_WORDS = frozenset({"және", "немесе", "не"}) | suffixes.comitatives()


def _shares_unit(a: Draft, b: Draft, tokens: Sequence[Token], a_span: tuple[int, int], b_span: tuple[int, int],
                 comma: bool) -> bool:
    """3 және 5 пайызға, 2 немесе 3 тоннаға: a bare number joined by "and", "or" (or a comma, `comma`, before a number
    that shares so) to an amount with its unit counts in that unit; not one with an ending (30-ы және 5 пайызы) nor before an amount scaled by a word it lacks (3 және 5
    млн теңге: 3 million or 3 tenge)."""
    if a.kind != "cardinal" or a.unit or a.named or b.kind not in _SHARING or b.named \
            or b_span[0] != a_span[1] + 1 or tokens[a_span[1]].norm.lower() not in (_LIST_WORDS | {","} if comma else _LIST_WORDS):
        return False
    words = [read_word(t.norm) for t in tokens[a_span[0] : a_span[1]]]
    if any(w is None or w.ending or w.role not in ("digits", "unit", "ten", "hundred", "scale") for w in words):
        return False
    if len(words) == 1 and words[0].role == "digits" and tokens[a_span[0]].norm.isdigit() \
            and 1000 <= int(tokens[a_span[0]].norm) <= 2100:
        return False  # 1990 және 5 пайыз: a year beside a share, not 1990 per cent
    scaled = any((w := read_word(t.norm)) and w.role == "scale" for t in tokens[b_span[0] : b_span[1]])
    return not scaled or any(w.role == "scale" for w in words)


def join(found: list[tuple[int, int, Draft]], tokens: Sequence[Token]) -> list[tuple[int, int, Draft]]:
    """Adjacent drafts that make one quantity together (a from-to range), joined; a bare number listed before an
    amount takes its unit (`_shares_unit`), the last of a list first."""
    out: list[tuple[int, int, Draft]] = []
    for start, end, draft in found:
        if out and out[-1][1] == start and (both := _from_to(out[-1][2], draft, tokens, start)):
            out[-1] = (out[-1][0], end, both)
        else:
            out.append((start, end, draft))
    shared = False  # the draft after this one took its unit so: a comma lists too (2, 3 және 4 пайызға)
    for k in range(len(out) - 2, -1, -1):
        (a_start, a_end, a), (b_start, b_end, b) = out[k], out[k + 1]
        shared = _shares_unit(a, b, tokens, (a_start, a_end), (b_start, b_end), shared)
        if shared:
            out[k] = (a_start, a_end, replace(a, kind=b.kind, unit=b.unit))
    return out
