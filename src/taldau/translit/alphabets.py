"""The three official Kazakh Latin alphabets, letter by letter, as plain data.

Sources, checked against the published tables:
- 2017: Presidential Decree No. 569 of 26 October 2017 (apostrophes: a' g' i' n' o' s' c' u' y').
- 2018: amendment of 19 February 2018 (acute accents: á ǵ ń ó ú ý, dotless ı, digraphs sh ch).
- 2021: the revised alphabet presented on 28 January 2021 (ä ğ ı İ i ñ ö ş ū ü q).

None of them has letters for the Russian-loan letters ц ч щ ё ю я э ъ ь; the rows below spell
them with each alphabet's own letters, the way they are commonly written (2021: ts ch şş io iu
ia e, hard and soft signs dropped). `Policy` can override them.
"""
from __future__ import annotations

from collections import Counter
from functools import cache

ALPHABETS = ("2017", "2018", "2021")

# One row per lowercase Cyrillic letter: cyrillic, then its spelling in 2021, 2018, 2017.
# "-" means the letter is not written at all.
_TABLE = """
а   a    a     a      # ана
ә   ä    á     a'     # әке
б   b    b     b
в   v    v     v      # loans: вагон
г   g    g     g
ғ   ğ    ǵ     g'     # ғалым
д   d    d     d
е   e    e     e
ё   io   ıo    i'o    # loans: ёлка
ж   j    j     j      # жер
з   z    z     z
и   i    ı     i'     # ине; 2021 writes и and й alike
й   i    ı     i'     # үй
і   ı    i     i      # іс; 2021 dotless, 2018 and 2017 dotted
к   k    k     k
қ   q    q     q      # қала
л   l    l     l
м   m    m     m
н   n    n     n
ң   ñ    ń     n'     # таң
о   o    o     o
ө   ö    ó     o'     # өз
п   p    p     p
р   r    r     r
с   s    s     s
т   t    t     t
у   u    ý     y'     # су
ұ   ū    u     u      # ұл
ү   ü    ú     u'     # үй
ф   f    f     f
х   h    h     h      # хат; х and һ share h
һ   h    h     h      # шаһар
ц   ts   ts    ts     # loans: цирк
ч   ch   ch    c'     # loans: чай
ш   ş    sh    s'     # шаш
щ   şş   shsh  s's'   # ащы
ъ   -    -     -      # loans: объект
ы   y    y     y      # ыдыс
ь   -    -     -      # loans: медаль
э   e    e     e      # loans: экономика
ю   iu   ıý    i'y'   # аю
я   ia   ıa    i'a    # аяқ
"""

# Letters with no official Latin counterpart, named as `Policy` fields.
LOAN_LETTERS = {"ц": "ts", "ч": "ch", "щ": "shch", "ё": "yo", "ю": "yu", "я": "ya", "э": "e", "ъ": "hard", "ь": "soft"}


@cache
def spellings(alphabet: str) -> dict[str, str]:
    """{lowercase Cyrillic letter: its Latin spelling} for one alphabet."""
    column = ALPHABETS[::-1].index(alphabet)  # the table's columns are 2021, 2018, 2017
    rows = (line.split("#")[0].split() for line in _TABLE.strip().splitlines())
    return {cyr: "" if latin[column] == "-" else latin[column] for cyr, *latin in rows}


@cache
def to_2021(alphabet: str) -> dict[str, str]:
    """{a spelling of `alphabet`: the 2021 spelling of the same letter} where they differ (2018: ǵ -> ğ, sh -> ş,
    ı -> i and i -> ı), so that an earlier alphabet's text reads back into Cyrillic through the 2021 rules."""
    earlier, current = spellings(alphabet), spellings("2021")
    return {earlier[c]: current[c] for c in earlier if earlier[c] and earlier[c] != current[c]}


@cache
def own_letters(alphabet: str) -> frozenset[str]:
    """The lowercase letters only `alphabet` writes (2018: á ǵ ń ó ú ý), which tell its text from the others'."""
    others = {ch for a in ALPHABETS if a != alphabet for spelling in spellings(a).values() for ch in spelling}
    return frozenset(ch for spelling in spellings(alphabet).values() for ch in spelling if ch.isalpha()) - others


@cache
def own_marks(alphabet: str) -> tuple[str, ...]:
    """The spellings with a mark that only `alphabet` writes (2017: a' g' n' o' s' c' u' y' i')."""
    others = {spelling for a in ALPHABETS if a != alphabet for spelling in spellings(a).values()}
    return tuple(sorted({s for s in spellings(alphabet).values() if s and not s.isalpha() and s not in others}))


def marked(text: str, alphabet: str) -> bool:
    """Whether `text` has a spelling only `alphabet` writes (2018: shaǵyn, tyń; 2017: s'ag'yn), so it is that
    alphabet's."""
    low = text.lower()
    return not own_letters(alphabet).isdisjoint(low) or any(mark in low for mark in own_marks(alphabet))


def earlier(words: list[str]) -> str | None:
    """The earlier alphabet (2018 or 2017) a sentence's words show, None for 2021 or none (`written_in`)."""
    found = written_in(words)
    return found if found != "2021" else None


def written_in(words: list[str]) -> str | None:
    """The alphabet a sentence's own letters show: 2018 where one word has a letter only it writes (shaǵyn), 2021
    where one has a letter only 2021 writes (şağyn, büğın), 2017 where two words have its apostrophes (s'ag'yn
    u'kimet; one may be a foreign name: O'Brien); None where none does (Germanııa bul bastamany qoldaıdy: dotless ı
    is й in 2018, і in 2021)."""
    if any(marked(word, "2018") for word in words):
        return "2018"
    if any(marked(word, "2021") for word in words):  # Şon O'Nil, jäne O'zbekiston: 2021 letters, foreign names
        return "2021"
    if sum(marked(word, "2017") for word in words) >= min(2, len(words)):
        return "2017"
    return None


def usual(sentences: list[list[str]]) -> str:
    """The alphabet most lower-case words of a document's Latin sentences show (a name's letters may be its own
    spelling: Ramón), 2021 where none shows one: what a sentence that shows none is read in, as a writer keeps to one."""
    votes = Counter(found for words in sentences for word in words if word.islower() and (found := written_in([word])))
    return votes.most_common(1)[0][0] if votes else "2021"
