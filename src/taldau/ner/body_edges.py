"""Where a body's name ends and begins: at its head word, before the next phrase or its members (Ұлттық ядролық
орталық | мамандары), over the head word the CRF stopped before, and after a place in the locative before its own name
(Өзбекстандағы | Humans банкі). Each rule takes a sentence's words and IOB2 labels and returns new labels, as
`taldau.ner.rules` runs them.
"""
from __future__ import annotations

from collections.abc import Sequence

from taldau.morph import analyze
from taldau.ner import bodies, gazetteer, heads
from taldau.ner import words as w
from taldau.ner.features import CLOSE_QUOTES, NATIONALITY, OPEN_QUOTES
from taldau.ner.fields import BODIES, field_head, modifier, named_by_adjective
from taldau.ner.labels import spans_of
from taldau.ner.places import UNITS

# A head with -мен names a partner: inside the name a field begins (KazNERD's train + dev: a body's head in the
# instrumental after its capitalised first word inside it 6 of 6), not added to a name the CRF ended before it
# (КПРФ | командасымен, a team)
PARTNER = "Ins"
# Heads KazNERD leaves out of a body's name (Kaspi | компаниясы, «Хабар» | телеарнасы)
MAX_TASK, TASKED = 3, ("org", "fac")  # lowercase words of a field or task before a body's head, and the heads' kinds
NAMED_BEFORE = ("компания", "корпорация", "телеарна", "арнасы", "газеті", "баспасы")
# The units' nouns whose own bodies follow them (облыс әкімдігі), not their adjectives (облыстық филиалы: a branch)
LOCAL_UNITS = frozenset(unit for unit in UNITS if not unit.endswith(NATIONALITY))


def bodies_end_at_head(words: Sequence[str], labels: list[str]) -> list[str]:
    """Ресей Сыртқы істер министрлігі Батыстың санкцияларына: a capitalised genitive after a body's or a position's
    head word possessed and in the nominative (`heads.tsv`: министрлігі, төрағасы) begins the next phrase, not more of
    the name; the name ends at its head (KazNERD's train + dev never run a name on past such a head). A bare head word
    is a modifier: Парламент Сенатының төрағасы; a genitive that is a head itself goes on with the title: Республикасы
    Парламенті Сенатының Төрағасы, Президенті Әкімшілігінің Басшысы. Nor does an abbreviation in capitals after such a
    head go on with the name (Қаржы министрлігі | ҚҚС мөлшерлемесін: KazNERD's train has no body's head word followed
    by a word in capitals, inside a name or not)."""
    out = list(labels)
    if "B-ORGANISATION" not in labels and "B-POSITION" not in labels:  # most sentences
        return out
    for name in BODIES.values():
        for first, last in spans_of(out, name):
            k = next((k for k in range(first, last - 1)
                      if heads.head(words[k].lower()) in BODIES and w.possessed(words[k]) and not w.genitive(words[k])
                      and (_abbreviation(words[k + 1]) or words[k + 1][:1].isupper() and w.genitive(words[k + 1])
                           and not (heads.head(words[k + 1].lower()) in BODIES and k + 2 < last))), None)
            if k is not None:
                out[k + 1 : last] = ["O"] * (last - k - 1)
    return out


def listed_bodies_end(words: Sequence[str], labels: list[str]) -> list[str]:
    """Еуроодақ | Транскаспий бағытын: a body the table names in one word (`bodies.tsv`), first in an ORGANISATION that
    goes on into capitalised words, none of them a head word or possessed (a name of its own, not the body's part, as
    БҰҰ Қауіпсіздік Кеңесі is), is the body alone (KazNERD's train: 17 of 18 names begun by such a body are the body
    alone, the other goes on to its head word); not a word that begins a longer listed name."""
    out = list(labels)
    if "B-ORGANISATION" not in labels:  # most sentences
        return out
    for first, last in spans_of(labels, "ORGANISATION"):
        rest = words[first + 1 : last]
        if rest and bodies.canonical((words[first],)) and words[first] not in bodies.firsts() \
                and all(word[:1].isupper() and not heads.head(word.lower()) and not w.possessed(word) for word in rest):
            out[first + 1 : last] = ["O"] * len(rest)
    return out


def _abbreviation(word: str) -> bool:
    """A word in capitals of two letters or more, any ending after a hyphen or none: ҚҚС, ЖІӨ-нің, ЖОО-ларды (a plural
    before the case, which `persons.capitals`, by `split_hyphen`, does not take)."""
    short = word.split("-", 1)[0]
    return len(short) > 1 and short.isalpha() and short.isupper()


def bodies_end_before_local_bodies(words: Sequence[str], labels: list[str]) -> list[str]:
    """Энергетика министрлігі | облыс әкімдігінің ұсынысын, Азия даму банкі | Алматы қаласы әкімдігімен: a body's name
    ends at its head word possessed in the nominative before a unit's word (облыс, қала, аудан; after a place's name
    or not) and a body's head right after it, the unit's own body (its akimat, its maslikhat), which is no part of
    any other body's name: a second name (after a place) or none (облыс әкімдігі, the region's, as KazNERD leaves it).
    KazNERD's train + dev join no name over such a unit; the nested names it joins (Біріккен Ұлттар Ұйымы Бас
    Ассамблеясының, партиясы Түркістан облыстық филиалы) go on with a capitalised word or a unit's adjective."""
    out = list(labels)
    for first, last in spans_of(labels, "ORGANISATION"):
        k = next((k for k in range(first, last - 2) if _nominative_head(words[k]) and _local_body(words, k + 1, last)),
                 None)
        if k is not None:
            placed = words[k + 1][:1].isupper()
            out[k + 1 : last] = ["B-ORGANISATION"] + ["I-ORGANISATION"] * (last - k - 2) if placed \
                else ["O"] * (last - k - 1)
    return out


def _nominative_head(word: str) -> bool:
    """A body's head word (`heads.tsv`), possessed and in the nominative: министрлігі, банкі, компаниясы."""
    return heads.head(word.lower()) == "org" and w.possessed(word) and not w.genitive(word) and not w.oblique(word)


def _local_body(words: Sequence[str], start: int, last: int) -> bool:
    """From `start` to before `last`: a place's capitalised name or none, a unit's word (`LOCAL_UNITS`: облыс,
    облысы, қаласының) and right after it a body's head word, in any case (әкімдігінің, мәслихатымен)."""
    unit = start + words[start][:1].isupper()
    return unit + 1 < last and words[unit].islower() and w.lemma(words[unit]) in LOCAL_UNITS \
        and heads.head(words[unit + 1].lower()) == "org"


def bodies_begun_by_adjectives(words: Sequence[str], labels: list[str]) -> list[str]:
    """Еуропалық инвестициялық банк, Азиялық инфрақұрылымдық инвестициялар банкіне: a capitalised adjective in -лық/-лік
    that may begin a body's name (`fields.named_by_adjective`) and that the CRF read alone as a people's (a NORP),
    then up to MAX_TASK lowercase words of a field and a body's head word, bare or possessed, is the body's name, one
    ORGANISATION, as KazNERD writes names so begun (train + dev: 61 of 65 such runs an ORGANISATION or inside one,
    two inside a post, one a building, one no name, none a NORP apart); not before компания (`NAMED_BEFORE`: Қазақстандық
    экспорттаушы компания, a company of that country's, KazNERD's NORP), nor with no field's word between them
    (Неміс үкіметі, Қытайлық компания: the country's government, a company)."""
    out = list(labels)
    if "B-NORP" not in labels:  # most sentences
        return out
    for first, last in spans_of(labels, "NORP"):
        if last - first > 1 or not words[first][:1].isupper():
            continue
        h = last
        while h < len(words) and h - last < MAX_TASK and labels[h] == "O" and words[h].islower() \
                and words[h].isalpha() and not heads.head(words[h]) and not w.oblique(words[h]) and modifier(words[h]):
            h += 1
        if last < h < len(words) and labels[h] == "O" and words[h].islower() \
                and named_by_adjective(words[first], words[h]) and not words[h].startswith(NAMED_BEFORE) \
                and not w.locative(words[h]) and not (h + 1 < len(labels) and labels[h + 1].startswith("I-")):
            out[first : h + 1] = ["B-ORGANISATION"] + ["I-ORGANISATION"] * (h - first)
    return out


def bodies_end_before_members(words: Sequence[str], labels: list[str]) -> list[str]:
    """Ұлттық ядролық орталық | мамандары, Үкімет | мүшелері: a body's name ends at its head word (`heads.tsv`, in no
    genitive, possessed or bare: орталық) before a lowercase noun in the plural and possessed that is no head word, the
    body's members or staff (KazNERD's train + dev: 36 of 36 such nouns after a body outside it)."""
    out = list(labels)
    if "I-ORGANISATION" not in labels:  # no body of two words or more: most sentences
        return out
    for first, last in spans_of(labels, "ORGANISATION"):
        k = next((k for k in range(first, last - 1) if _body_head(words[k].lower()) and not w.genitive(words[k])
                  and _members(words[k + 1])), None)
        if k is not None:
            out[k + 1 : last] = ["O"] * (last - k - 1)
    return out


def _body_head(low: str) -> bool:
    """An organisation's head word, possessed (орталығы) or bare (орталық, the table's орталығ- unvoiced)."""
    return heads.head(low) == "org" or heads.of_lemma(low) == "org"


def bodies_reach_their_head(words: Sequence[str], labels: list[str]) -> list[str]:
    """Түркі кеңесінің Ақсақалдар | кеңесі, Ұлттық ғылым | академиясы: a body the CRF ended right before the head word
    of its kind (`heads.tsv`, possessed, in no case of a place or a partner) holds it, as KazNERD writes a body's name
    (train + dev: 216 bodies end in such a head, 17 stop before one); not a company's or a channel's name, which KazNERD
    writes without компаниясы or телеарнасы (`NAMED_BEFORE`), nor a quoted or a Latin name, nor a word that only begins
    like a head (банкноттары, ұйымдастырушысы: its lemma is no head word)."""
    out = list(labels)
    for first, last in spans_of(labels, "ORGANISATION"):
        if last < len(words) and labels[last] == "O" and heads.head(words[last]) == "org" and field_head(words[last]) \
                and PARTNER not in w.cases(words[last]) and heads.of_lemma(w.lemma(words[last])) == "org" \
                and not words[last].startswith(NAMED_BEFORE) and words[last - 1] not in CLOSE_QUOTES \
                and not words[last - 1].isascii():
            out[last] = "I-ORGANISATION"
    return out



def positions_of_members(words: Sequence[str], labels: list[str]) -> list[str]:
    """Қазақстан стратегиялық зерттеулер институтының (ҚСЗИ) сарапшылары, Ақкөңілділер клубының мүшелері: a body in
    the genitive before its members in the plural is an ORGANISATION, the members no part of it, as KazNERD writes it
    (train + dev: such nouns in the plural never end a POSITION; a title in the singular does, институтының
    директоры); so is a POSITION the CRF ended at the body's genitive, with no title in it, and the abbreviation
    defined in brackets after it (ҚСЗИ)."""
    out = list(labels)
    for first, last in spans_of(labels, "POSITION"):
        end = last
        if last - first > 1 and _members(words[last - 1]):
            end = last - 1
        elif any(heads.head(word.lower()) == "pos" for word in words[first:last]):
            continue
        if heads.head(words[end - 1].lower()) == "org" and w.genitive(words[end - 1]):
            out[first:last] = ["B-ORGANISATION"] + ["I-ORGANISATION"] * (end - first - 1) + ["O"] * (last - end)
            if last + 2 < len(words) and words[last] == "(" and words[last + 2] == ")" and out[last + 1] == "B-POSITION":
                out[last + 1] = "B-ORGANISATION"
    return out


def _members(word: str) -> bool:
    """A lowercase noun in the plural with a possessive, no title of `heads.tsv`: сарапшылары, мүшелері, мамандары."""
    readings = analyze(word)
    return word.islower() and bool(readings) and readings[0].upos == "NOUN" and "Number=Plur" in readings[0].feats \
        and "Person[psor]=3" in readings[0].feats and heads.head(word) != "pos"


def places_before_names(words: Sequence[str], labels: list[str]) -> list[str]:
    """Өзбекстандағы Humans банкі, Франциядағы Лувр мұражайы: a place in the attributive locative that begins an
    ORGANISATION or a FACILITY before a name of its own (a capitalised or quoted word) is a GPE apart, as KazNERD
    writes it; not before a country (Түркиядағы Қазақстан елшілігі is one body), nor in a name without one of its
    own (Алматыдағы төртінші клиникалық аурухана, Оралдағы жылу электр станциясы stay whole). So is a country in the
    genitive before a name in Latin letters or quotes (АҚШ-тың | Microsoft корпорациясы, a company of the country's,
    not Қазақстанның Парламенті, its own body)."""
    out = list(labels)
    if "B-ORGANISATION" not in labels and "B-FACILITY" not in labels:  # most sentences
        return out
    for name in ("ORGANISATION", "FACILITY"):
        for first, last in spans_of(labels, name):
            after = words[first + 1] if first + 1 < last else ""
            own_name = (after[:1].isupper() or after in OPEN_QUOTES) and not w.country([after])
            foreign = after in OPEN_QUOTES or after.isascii() and after[:1].isalpha()
            if own_name and gazetteer.match((words[first],)) \
                    and (w.attributive(words[first]) or foreign and w.genitive(words[first]) and w.country(words[first:first + 1])):
                out[first] = "B-GPE"
                out[first + 1] = f"B-{name}"
    return out


def countries_own_bodies(words: Sequence[str], labels: list[str]) -> list[str]:
    """АҚШ-тың | Халықаралық даму агенттігі, Ресейдің | Мемлекеттік думасы: a country in the genitive alone right before
    a body named by common words and a body's head word possessed is the country's own body, one ORGANISATION, as
    KazNERD writes it (train + dev: 2 of 2 inside the name, none apart); not a body of its own name (Ресейдің Газпром
    компаниясы), nor a body of `bodies.tsv` or one in an oblique case, which the genitive's noun comes after
    (Қазақстанның Дүниежүзілік сауда ұйымына кіруі: Kazakhstan's joining)."""
    out = list(labels)
    if "B-ORGANISATION" not in labels or "B-GPE" not in labels:  # most sentences
        return out
    for first, last in spans_of(labels, "ORGANISATION"):
        body = words[first:last]
        if first and labels[first - 1] == "B-GPE" and w.genitive(words[first - 1]) \
                and w.country(words[first - 1 : first]) \
                and body[0][:1].isupper() and heads.head(body[-1].lower()) == "org" and w.possessed(body[-1]) \
                and not w.oblique(body[-1]) and bodies.canonical(tuple(body)) is None \
                and all(a.upos != "PROPN" and not a.guessed for word in body for a in analyze(word.lower())[:1]):
            out[first - 1 : last] = ["B-ORGANISATION"] + ["I-ORGANISATION"] * (last - first)
    return out


def places_begin_bodies(words: Sequence[str], labels: list[str]) -> list[str]:
    """Павлодар | мемлекеттік университеті, Қазақстан | коммунистік партиясы: a body or a facility the CRF began
    with a lowercase word right after a place of the gazetteer in the nominative begins at the place, as KazNERD writes
    it (folds 0, 3 and 4 of tools.ner.cv: 39 such names hold the place, none stands apart); not a place in a case
    (Алматыдағы | ұлттық университетте, Қазақстанның ...), which stands apart."""
    out = list(labels)
    for name in ("ORGANISATION", "FACILITY"):
        for first, _ in spans_of(labels, name):
            place = words[first - 1] if first else ""
            if words[first][:1].islower() and place[:1].isupper() and labels[first - 1] in ("O", "B-GPE") \
                    and w.cases(place) <= {"Nom"} and gazetteer.match((place,)):
                out[first - 1 : first + 1] = [f"B-{name}", f"I-{name}"]
    return out


def places_before_bare_heads(words: Sequence[str], labels: list[str]) -> list[str]:
    """Түркия университетті қаржыландырады: a body or a facility the CRF read as a place of the gazetteer and a
    lowercase head word with no possessive ending (`heads.tsv`) is the place alone, a GPE: a noun names its head word
    only with the head possessed (Түркия университеті), so the bare head is the sentence's own noun (KazNERD's train:
    such a head right after a place 4 times, never inside a name)."""
    out = list(labels)
    for name in ("ORGANISATION", "FACILITY"):
        for first, last in spans_of(labels, name):
            end = words[last - 1]
            if last - first > 1 and end.islower() and heads.head(end) in TASKED and not w.possessed(end) \
                    and words[first][:1].isupper() and gazetteer.match(tuple(words[first : last - 1])):
                out[first:last] = ["B-GPE"] + ["I-GPE"] * (last - first - 2) + ["O"]
    return out


def unfinished_bodies(words: Sequence[str], labels: list[str]) -> list[str]:
    """Алматы қалалық шұғыл | көмек көрсету ауруханасы: a body the CRF ended on a bare word that is no head word (an
    adjective, a field's noun) runs on over up to `MAX_TASK` lowercase words of its field or task to the head word of a
    body or a facility after them (`heads.tsv`), as KazNERD writes it (train + dev: 228 bodies hold such words before
    their head; the 9 that stand apart from them end in a head word, a case or Latin letters: Ұлттық банктің |
    базасына, Goldman Sachs | инвестициялық банкімен)."""
    out = list(labels)
    for first, last in spans_of(labels, "ORGANISATION"):
        end = words[last - 1]
        if heads.head(end.lower()) or w.cases(end) - {"Nom"} or w.possessed(end) or end.isascii():
            continue  # (a name in Latin letters is written without its head: Goldman Sachs | инвестициялық банкі)
        j = last
        while j < len(words) and j - last < MAX_TASK and labels[j] == "O" and words[j].islower() \
                and words[j].replace("-", "").isalpha() and not heads.head(words[j]) and modifier(words[j]):
            j += 1
        if last < j < len(words) and labels[j] == "O" and words[j].islower() and heads.head(words[j]) in TASKED \
                and heads.of_lemma(w.lemma(words[j])) in TASKED:
            out[last : j + 1] = ["I-ORGANISATION"] * (j + 1 - last)
    return out
