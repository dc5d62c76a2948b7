"""Heads that grammar and KTB's conventions decide, kept after any parser.

The parser learns heads from a few hundred sentences, so a head that the words' readings settle (a genitive hangs
on the word bearing its person, quotation marks on the head of what they enclose) can still come out wrong. Each
rule is a function of one sentence: it gets the words' heads (0-based, a root its own head), relations and tokens,
moves heads in place and says whether it moved one; `rehang` runs them all on a tree and returns a tree. The
counts in the docstrings are of KTB's news and Wikipedia documents (train + dev).
"""
from __future__ import annotations

from collections.abc import Sequence

from taldau.doc import Token
from taldau.morph.endings import parse_feats
from taldau.syntax.features import attributive_locative, word
from taldau.syntax.names import names, titles
from taldau.syntax.tree import below, repair, root_of

NOMINAL = frozenset({"NOUN", "PROPN"})
CASED = frozenset({"NOUN", "PROPN", "PRON"})
DASHES = frozenset({"-", "–", "—"})
ENDS = frozenset(".!?…")  # the letters of a mark that ends a sentence
PAIRS = {"«": "»", "(": ")", "“": "”"}  # an opening mark and its closing one
ARGUMENTS = frozenset({"nsubj", "obj", "obl", "advcl", "ccomp", "xcomp"})
HUNG_SPEAKERS = frozenset({"nsubj", "nmod:poss"})  # a nominative "I" or "you" so hung: the subject of its predicate
CLAUSES = frozenset({"advcl", "ccomp", "parataxis"})  # clauses whose comma hangs on them
MODIFYING = frozenset({"ADJ", "ADV", "NUM", "DET"})  # words inside a nominal conjunct, before its head
INSIDE = frozenset({"nmod:poss", "nmod", "compound", "amod", "det", "nummod"})  # relations within a nominal phrase
NO_PREDICATES = frozenset({"ADV", "ADP", "DET", "X", "CCONJ", "SCONJ", "PUNCT"})  # words that head no subject
MODIFIED = frozenset({"NOUN", "PROPN", "PRON", "ADJ", "NUM"})  # the words an attributive -дағы may hang on


def bracketed_appositions(heads: list[int], deprels: list[str], tokens: Sequence[Token]) -> bool:
    """A noun's gloss in brackets, a nominative noun alone at the top of its group, hangs on that noun as `appos`
    (қан (бірінші топ)), as KTB draws all five such brackets; the few in its training data leave the parser
    unsure. `tokens`: the sentence's, with their readings. When the noun hung inside the brackets, it takes
    the gloss's head and relation. Changes `heads` and `deprels` in place and says whether it did (then `repair`)."""
    if not any(token.text == "(" for token in tokens):
        return False
    n, changed, words = len(heads), False, [word(token) for token in tokens]
    for opening in (i for i in range(1, n) if words[i][0] == "("):
        closing = next((j for j in range(opening + 1, n) if words[j][0] in ("(", ")")), None)
        if closing is None or words[closing][0] != ")" or words[opening - 1][1] not in NOMINAL:
            continue
        inside = range(opening + 1, closing)
        tops = [i for i in inside if heads[i] not in inside and words[i][1] != "PUNCT"]
        if len(tops) != 1 or words[tops[0]][1] not in NOMINAL or "Case=Nom" not in words[tops[0]][2].split("|"):
            continue  # a clause, a number or a word in another case: no gloss (үйге (кешке) келді)
        gloss, noun = tops[0], opening - 1
        if heads[gloss] == noun and deprels[gloss] == "appos" or heads[gloss] == gloss and heads[noun] not in inside:
            continue  # drawn so already; or the gloss is the root and the noun hangs on it from outside
        if heads[noun] in inside:
            heads[noun], deprels[noun] = (noun, "root") if heads[gloss] == gloss else (heads[gloss], deprels[gloss])
        heads[gloss], deprels[gloss], changed = noun, "appos", True
    return changed


def closed_quotations(heads: list[int], deprels: list[str], tokens: Sequence[Token]) -> bool:
    """A word before a quotation «...» does not hang inside it: the speaker before the colon of `X: «Y
    қолдайды», - деді` is деді's subject, not a second subject of қолдайды (in KTB train + dev 130 of 131 words
    before a quotation hang outside it). Such a word hangs, with its relation, where the quotation hangs; left
    as it is when the quotation holds the root. Changes `heads` and `deprels` in place and says whether it did."""
    if not any(token.text == "«" for token in tokens):
        return False
    n, changed = len(heads), False
    for opening in (i for i in range(1, n) if tokens[i].text == "«"):
        closing = next((j for j in range(opening + 1, n) if tokens[j].text in ("«", "»")), None)
        if closing is None or tokens[closing].text != "»":
            continue
        inside = range(opening, closing + 1)
        tops = [i for i in inside if heads[i] not in inside and deprels[i] != "punct"]
        if len(tops) != 1 or heads[tops[0]] == tops[0]:
            continue
        for i in range(opening):
            if heads[i] in inside and deprels[i] != "punct":
                heads[i], changed = heads[tops[0]], True
    return changed


def possessors(heads: list[int], deprels: list[str], tokens: Sequence[Token]) -> bool:
    """A genitive hangs on a word that bears its person as the possessor's (Ауылдың ... мектебі, менің сапарым):
    when the parser hung it on a word that does not, it takes the first such word after it (in KTB's news and
    Wikipedia 116 of 148 possessors hang on the first, 8 on a word without the possessive). Changes `heads` in
    place and says whether it did."""
    changed = False
    for i, token in enumerate(tokens):
        feats = token.feats  # the genitive first: most words are in another case
        if not feats or "Case=Gen" not in feats or token.upos not in CASED:
            continue
        own = f"Person[psor]={_person(feats)}"  # a substring of no other feature
        if heads[i] == i or own in (tokens[heads[i]].feats or ""):
            continue
        found = next((k for k in range(i + 1, len(tokens)) if own in (tokens[k].feats or "")), None)
        if found is not None and not below(found, i, heads):
            heads[i], changed = found, True
    return changed


def speakers(heads: list[int], deprels: list[str], tokens: Sequence[Token]) -> bool:
    """"I" and "you" are the subject of the predicate that bears their person (Біз ... жазған ... алғыс айтамыз,
    Мен хат жазып отырмын): a first or second person pronoun in the nominative hung as a subject, or as the possessor
    of a word without its person (Біз елде ... сенеміз; KTB's news and Wikipedia: 49 subjects, 5 obliques, 2
    possessors of a word with its person), on a word that does not agree takes the first word after it that does, or
    the converb whose auxiliary does, as its subject. Changes `heads` and `deprels` in place and says
    whether it did."""
    changed = False
    for i, token in enumerate(tokens):
        if token.upos != "PRON" or deprels[i] not in HUNG_SPEAKERS or not token.feats or "Case=Nom" not in token.feats:
            continue
        own = [f for f in token.feats.split("|") if f.startswith(("Person=", "Number="))]
        if not any(f in ("Person=1", "Person=2") for f in own) or _agrees(heads[i], own, heads, tokens):
            continue
        if deprels[i] == "nmod:poss" and f"Person[psor]={_person(token.feats)}" in (tokens[heads[i]].feats or ""):
            continue  # the possessor of a noun bearing its person (Біз ... бірлігіміз)
        found = next((k for k in range(i + 1, len(tokens)) if _bears(tokens[k], own)), None)
        if found is None:
            continue
        target = heads[found] if tokens[found].upos == "AUX" and heads[found] > i else found
        if target != heads[i] and not below(target, i, heads):
            heads[i], deprels[i], changed = target, "nsubj", True
    return changed


def _bears(token: Token, person: list[str]) -> bool:
    """Whether a finite verb, an auxiliary or a predicate bears this person and number."""
    feats = token.feats.split("|") if token.feats else ()
    return all(f in feats for f in person) and ("VerbForm=Fin" in feats or token.upos in ("ADJ", "NOUN", "AUX"))


def _agrees(head: int, person: list[str], heads: Sequence[int], tokens: Sequence[Token]) -> bool:
    """Whether the head, or an auxiliary on it, bears the person."""
    return _bears(tokens[head], person) or any(
        heads[k] == head and tokens[k].upos == "AUX" and _bears(tokens[k], person) for k in range(len(tokens)))


def attributives(heads: list[int], deprels: list[str], tokens: Sequence[Token]) -> bool:
    """A word in the attributive locative -дағы (Павлодар ауданындағы емхана) modifies a nominal, never a verb: in
    KTB's news and Wikipedia 29 of 30 hang on a noun or pronoun (one on an adjective), 25 of them on the head of
    the noun phrase after them. One the parser hung on another word, a verb above all, takes that head, as amod.
    Changes `heads` and `deprels` in place and says whether it did."""
    changed = False
    for i, token in enumerate(tokens):
        if heads[i] == i or tokens[heads[i]].upos in MODIFIED or not attributive_locative(token):
            continue
        k = next((k for k in range(i + 1, len(tokens)) if tokens[k].upos in CASED), None)
        while k is not None and heads[k] > k and deprels[k] in INSIDE:  # up the phrase to its head
            k = heads[k]
        if k is not None and not below(k, i, heads):
            heads[i], deprels[i], changed = k, "amod", True
    return changed


def phrases(heads: list[int], deprels: list[str], tokens: Sequence[Token]) -> bool:
    """A word the tagger read as X opens a multi-word entry (назар аудар, жыл сайын) and hangs on the word after it
    as dep (37 of 38 in KTB's news and Wikipedia). Changes `heads` and `deprels` in place and says whether a head
    moved."""
    changed = False
    for i in range(len(tokens) - 1):
        if tokens[i].upos == "X" and (heads[i] == i + 1 or not below(i + 1, i, heads)):
            changed |= heads[i] != i + 1
            heads[i], deprels[i] = i + 1, "dep"
    return changed


def conjuncts(heads: list[int], deprels: list[str], tokens: Sequence[Token]) -> bool:
    """Two nominals joined by a conjunction (Асқар мен Айгүл келді) are one coordination headed by the first: the
    second is its conj and the first takes the place of the pair, the second's (тыныштық пен бейбітшілікті сақтау:
    the last conjunct alone bears the pair's case); a name of several words joins by its first (Б. Сейітов пен Айгүл).
    KTB draws 17 of 20 such pairs so in news and Wikipedia. Changes `heads` and `deprels` in place and says whether it
    did."""
    changed = False
    for i in range(1, len(tokens) - 1):
        if tokens[i].upos != "CCONJ" or tokens[i - 1].upos not in CASED:
            continue
        name = tokens[i - 1].upos == "PROPN" and deprels[i - 1] == "flat:name" and heads[i - 1] < i
        first = heads[i - 1] if name else i - 1  # a name's last word: its first
        second = _second_conjunct(i, heads, deprels, tokens)
        if second is not None and (heads[second], deprels[second]) != (first, "conj"):
            changed |= _coordinate(first, second, heads, deprels)
    return changed


def _second_conjunct(conjunction: int, heads: Sequence[int], deprels: Sequence[str],
                     tokens: Sequence[Token]) -> int | None:
    """The nominal after a conjunction that heads the second conjunct: the first one but a bare common noun that
    modifies a later word (өзара сенімге, бас прокурордың; a name or a genitive is the conjunct itself: Қазақстан мен
    Қытай арасында), in the nominative or the case of the word before the conjunction."""
    case = parse_feats(tokens[conjunction - 1].feats or "").get("Case")
    for k in range(conjunction + 1, min(conjunction + 4, len(tokens))):
        if tokens[k].upos not in CASED | MODIFYING:
            return None  # a verb, a mark or another conjunction: no nominal conjunct
        if tokens[k].upos not in CASED:
            continue
        feats = parse_feats(tokens[k].feats or "")
        bare = tokens[k].upos == "NOUN" and feats.get("Case") == "Nom" and "Person[psor]" not in feats
        if not (bare and heads[k] > k and deprels[k] in INSIDE):
            return k if case in ("Nom", feats.get("Case")) else None
    return None


def _coordinate(first: int, second: int, heads: list[int], deprels: list[str]) -> bool:
    """`second` the conj of `first`, `first` where the pair hangs (the second's head, outside the pair)."""
    if heads[second] == second or heads[first] == first:  # a root: the parser's own reading of the sentence
        return False
    pair = range(first, second + 1)
    head, deprel = (heads[second], deprels[second]) if heads[second] not in pair else (heads[first], deprels[first])
    if head in pair or below(head, first, heads) or below(head, second, heads):
        return False
    if heads[first] != head:
        heads[first], deprels[first] = head, deprel
    heads[second], deprels[second] = first, "conj"
    return True


def coordinators(heads: list[int], deprels: list[str], tokens: Sequence[Token]) -> bool:
    """A conjunction joins the conjunct after it to the one before it: `cc` hangs on that later conjunct, the first
    word after it that hangs as conj on a word before it (Асқар мен Айгүл). Changes `heads` in place and says
    whether it did."""
    changed = False
    for i, token in enumerate(tokens):
        if token.upos != "CCONJ":  # the tagger's conjunctions: their relation, cc, comes after these rules
            continue
        k = next((k for k in range(i + 1, len(tokens)) if deprels[k] == "conj" and heads[k] < i), None)
        if k is not None and heads[i] != k and not below(k, i, heads):
            heads[i], changed = k, True
    return changed


def dashed_predicates(heads: list[int], deprels: list[str], tokens: Sequence[Token]) -> bool:
    """A dash inside a sentence stands before its predicate (Астана – елдің жүрегі; ..., – деді ол): the root is
    after the first such dash in 38 of KTB's 39 news and Wikipedia sentences that have one. A root the parser put
    before it gives way to the last word after the dash that hung on it, and becomes its subject (a nominative) or
    its clause; the other words after the dash that hung on the old root follow the new one. Changes `heads` and
    `deprels` in place and says whether it did."""
    dash = next((i for i in range(1, len(tokens)) if tokens[i].text in DASHES), None)
    root = root_of(heads) if dash else None
    if dash is None or root is None or root > dash:
        return False
    after = [k for k in range(dash + 1, len(tokens)) if heads[k] == root and tokens[k].upos != "PUNCT"]
    if not after:
        return False
    new = after[-1]
    for k in range(dash + 1, len(tokens)):
        if heads[k] == root and k != new:
            heads[k] = new
    nominative = tokens[root].upos in CASED and "Case=Nom" in (tokens[root].feats or "")
    heads[new], deprels[new] = new, "root"
    heads[root], deprels[root] = new, "nsubj" if nominative else "ccomp"
    return True


def openers(heads: list[int], deprels: list[str], tokens: Sequence[Token]) -> bool:
    """A word that opens a sentence to tie it to the text before (Алайда, Сондай-ақ, Енді; Сондықтан, Бірақ) modifies
    the whole sentence and hangs on its root: an adverb the parser made advmod in 19 of 20 such openers of KTB's
    news and Wikipedia, a conjunction in 9 of 9. Changes `heads` in place and says whether it did."""
    first, root = next((i for i, token in enumerate(tokens) if token.upos != "PUNCT"), None), root_of(heads)
    if first is None or root is None or first == root or heads[first] == root:
        return False
    if heads[first] == first + 1 and tokens[first + 1].upos in ("ADJ", "ADV"):
        return False  # an adverb of degree on the word after it (Өте үлкен үй)
    upos = tokens[first].upos
    if upos in ("CCONJ", "SCONJ") or upos == "ADV" and deprels[first] == "advmod":
        heads[first] = root
        return True
    return False


def arguments(heads: list[int], deprels: list[str], tokens: Sequence[Token]) -> bool:
    """A subject, object, oblique or clause is a predicate's (in KTB's news and Wikipedia a verb's, a nominal's or
    a numeral's: 321 of 325 subjects, all 531 of the others): one the parser hung on a word that
    predicates nothing (an adverb, a postposition, a determiner, a conjunction) hangs on the root after it.
    Changes `heads` in place and says whether it did."""
    changed, root = False, root_of(heads)
    for i in range(root or 0):
        if deprels[i] in ARGUMENTS and tokens[heads[i]].upos in NO_PREDICATES:
            heads[i], changed = root, True
    return changed


def enclosing_marks(heads: list[int], deprels: list[str], tokens: Sequence[Token]) -> bool:
    """Quotation marks and brackets around a phrase hang on its head («Береке» базары; қан (бірінші топ)): 19 of 19
    pairs in KTB's news and Wikipedia. Changes `heads` in place and says whether it did."""
    changed, n = False, len(tokens)
    for opening in range(n):
        closing_mark = PAIRS.get(tokens[opening].text)
        if closing_mark is None:
            continue
        closing = next((j for j in range(opening + 1, n) if tokens[j].text in (closing_mark, tokens[opening].text)), None)
        if closing is None or tokens[closing].text != closing_mark or closing == opening + 1:
            continue
        inside = range(opening + 1, closing)
        tops = [j for j in inside if heads[j] not in inside or heads[j] == j]
        if len(tops) != 1:
            continue
        for mark in (opening, closing):
            if heads[mark] != tops[0] and not below(tops[0], mark, heads):
                heads[mark], deprels[mark], changed = tops[0], "punct", True
    return changed


def inner_dashes(heads: list[int], deprels: list[str], tokens: Sequence[Token]) -> bool:
    """A dash inside a sentence right after a word hangs on that word (Астана – елдің жүрегі: 32 of 40 in KTB's
    news and Wikipedia); after a comma (..., – деді) it is left to the parser. Changes `heads` in place and says
    whether it did."""
    changed = False
    for i in range(1, len(tokens) - 1):
        if tokens[i].text not in DASHES or tokens[i - 1].upos == "PUNCT" or heads[i] == i - 1 or below(i - 1, i, heads):
            continue
        heads[i], deprels[i], changed = i - 1, "punct", True
    return changed


def final_marks(heads: list[int], deprels: list[str], tokens: Sequence[Token]) -> bool:
    """The mark that ends a sentence (. ! ? …) hangs on its root (329 of 338 in KTB's news and Wikipedia), or, where
    predicates after the root are its conjuncts, on the last of them (the other 9: Біз кітап оқимыз және хат
    жазамыз.). Changes `heads` in place and says whether it did."""
    last, root = len(tokens) - 1, root_of(heads)
    if root is None or last == root or tokens[last].upos != "PUNCT" or not set(tokens[last].text) <= ENDS:
        return False
    target = root
    while (after := _last_conjunct(target, last, heads, deprels)) is not None:  # a conjunct's own conjuncts too
        target = after
    if heads[last] == target:
        return False
    heads[last], deprels[last] = target, "punct"
    return True


def clause_commas(heads: list[int], deprels: list[str], tokens: Sequence[Token]) -> bool:
    """A comma that ends a clause hung on a later word (a converb's or a reported one: Ауылға барып, ...) hangs on that
    clause's head: in KTB's news and Wikipedia 22 of 25 commas after an advcl, ccomp or parataxis so attached. The
    clause is the top of the words before the comma, climbing their heads while they stay between it and the comma
    before. Changes `heads` in place and says whether it did."""
    changed, start = False, 0
    for i in range(1, len(tokens) - 1):
        if tokens[i].text != ",":
            continue
        top = i - 1
        while heads[top] != top and start <= heads[top] < i:
            top = heads[top]
        if heads[top] > i and deprels[top] in CLAUSES and heads[i] != top and not below(top, i, heads):
            heads[i], deprels[i], changed = top, "punct", True
        start = i + 1
    return changed


def _last_conjunct(word: int, end: int, heads: Sequence[int], deprels: Sequence[str]) -> int | None:
    """The last conj of `word` after it and before `end`, if any."""
    return max((k for k in range(word + 1, end) if heads[k] == word and deprels[k] == "conj"), default=None)


def opening_dashes(heads: list[int], deprels: list[str], tokens: Sequence[Token]) -> bool:
    """A dash opening a line of speech (– Біз келісеміз.) hangs on the sentence's root: 41 of 41 in KTB's news and
    Wikipedia. Changes `heads` in place and says whether it did."""
    root = root_of(heads)
    if root is None or root == 0 or tokens[0].text not in DASHES or heads[0] == root:
        return False
    heads[0], deprels[0] = root, "punct"
    return True


def _person(feats: str) -> str:
    """The person a possessor gives its possessee: a pronoun's own, any other word's the third."""
    return parse_feats(feats).get("Person", "3")


FIRST = (bracketed_appositions, closed_quotations)  # these may leave a cycle: mended before the others read
RULES = (possessors, speakers, names, titles, attributives, phrases, conjuncts, coordinators, dashed_predicates, openers, arguments,
         enclosing_marks, inner_dashes, final_marks, opening_dashes, clause_commas)  # each keeps a tree a tree


def rehang(heads: list[int], deprels: list[str], tokens: Sequence[Token]) -> tuple[list[int], list[str]]:
    """One sentence's tree (as `tree.repair` leaves it) with every rule applied in turn, again one tree."""
    moved = [rule(heads, deprels, tokens) for rule in FIRST]  # every rule runs
    if any(moved):
        heads, deprels = repair(heads, deprels)
    moved = [rule(heads, deprels, tokens) for rule in RULES]
    return repair(heads, deprels) if any(moved) else (heads, deprels)
