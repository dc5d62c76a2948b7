"""How each real part of the stance gold set was picked from ../shared/data: `draw`, `draw_train`, `draw_official`,
`draw_other`, `draw_segmented`, `draw_lexicon`, `draw_kaznerd`, `draw_wider` and `draw_fifth`, with the stance-word
lists they look for. Each ranks its pool (bench.stance_gold's sources) by SHA-1 of a seed and the text; a part is the
list of hashes in its file, and tests/stances/test_sources.py draws the parts again.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from itertools import pairwise

from bench.stance_gold import (
    OFFICIAL_PARTS,
    hash_of,
    lexicon_texts,
    official_sentences,
    segmented_sentences,
    source_sentences,
    taken,
    words_key,
)
from taldau.morph.suffixes import surfaces


def ranked(seed: str, texts: Iterable[str]) -> list[str]:
    """`texts` in the order of a draw: by SHA-1 of the seed and the text."""
    return sorted(texts, key=lambda t: hashlib.sha1(f"{seed}:{t}".encode()).hexdigest())


# The second real part's draw: a broad list of stance stems written for the draw (wider than the reader's
# lexicon, so that a stance the reader does not know can be drawn), and the intentional future's endings.
DRAW_STEMS = ("мүдде", "ниет", "қызығушылық", "мақсат", "көзде", "жоспар", "ұмтыл", "тырыс", "қажет", "керек",
              "зәру", "мұқтаж", "ынтымақ", "келіс", "уағдалас", "әріптес", "серіктес", "қолда", "жақта", "қарсы",
              "тыйым", "теже", "шекте", "азайт", "талап", "ұсын", "дайын", "әзір", "көмек", "ниетт")
DRAW_ENDINGS = tuple(sorted(surfaces("PAQ")))  # the intentional future: -мақ/-мек/-бақ/-бек/-пақ/-пек
EXCLUDE3 = ("real.tsv", "real2.tsv")  # the parts the third draw leaves out, with their twins
EXCLUDE4 = (*EXCLUDE3, "real3.tsv")  # and the fourth


EXCLUDE_TRAIN = ("real.tsv", "real2.tsv", "real3.tsv", "real4.tsv", "realdev.tsv")  # the KazNERD parts drawn before realdev2
ALL_PARTS = (*EXCLUDE_TRAIN, "realdev2.tsv", "real6.tsv", "real8.tsv", "real10.tsv")  # the KazNERD parts before real13


def draw(seed: str, stance: int, any_: int, exclude: tuple[str, ...] = ("real.tsv",),
         twins: bool = False) -> list[tuple[str, str]]:
    """(hash, text) of KazNERD test-part sentences drawn by `ranked_draw`, twins by `group_key`.
    real2: draw("real2-20261204", 80, 30); real3: draw("real3-20261205", 80, 30, EXCLUDE3, twins=True).
    real4: draw("real4-20261205", 300, 0, EXCLUDE4, twins=True): all 118 stance-stem sentences left, none of the rest.
    These draws read the NER test part of their day (twins by `group_key`); the NER split now follows `twin_key`
    (251237a), so a draw today picks other sentences: each part is the list of hashes in its file."""
    from taldau.ner.data import group_key, load_split

    groups = {" ".join(words): group_key(words, labels) for words, labels in load_split()["test"]}
    return ranked_draw(seed, groups, stance, any_, exclude, twins)


def draw_train(seed: str, stance: int, any_: int, exclude: tuple[str, ...] = EXCLUDE_TRAIN,
               parts: tuple[str, ...] = ("train", "dev")) -> list[tuple[str, str]]:
    """(hash, text) of KazNERD sentences of the NER split's `parts` drawn by `ranked_draw`, one per twin group by
    `twin_key` (the NER split's key, so a group lies in one part). realdev2: draw_train("realdev2-20261205", 150, 0);
    real6: draw_train("real6-20261205", 500, 50, (*EXCLUDE_TRAIN, "realdev2.tsv")); real8: draw_train(
    "real8-20261205", 600, 50, (*EXCLUDE_TRAIN, "realdev2.tsv", "real6.tsv")); real13, every part and every
    sentence left with a stance word: draw_train("real13-20261205", 10_000, 50, ALL_PARTS, ("train", "dev", "test"))."""
    from taldau.ner.data import load_split, twin_key

    split = load_split()
    groups = {" ".join(words): twin_key(words, labels) for part in parts for words, labels in split[part]}
    return ranked_draw(seed, groups, stance, any_, exclude, twins=True)


def ranked_draw(seed: str, groups: dict[str, str], stance: int, any_: int, exclude: tuple[str, ...],
                twins: bool) -> list[tuple[str, str]]:
    """(hash, text) of the sentences of `groups` (text -> twin group) ranked by SHA-1 of seed + text: the first
    `stance` with a stance word, then the first `any_` of the rest whatever they say; the sentences of the `exclude`
    parts left out and, with `twins`, every sentence of their twin groups too, and one sentence per group."""
    keyed = _left(seed, groups, taken(*exclude), twins)
    chosen = [(k, t) for k, t in keyed if has_stance_word(t.lower().split())][:stance]
    picked = set(chosen)
    return chosen + [pair for pair in keyed if pair not in picked][:any_]


def _left(seed: str, groups: dict[str, str], left_out: set[str], twins: bool) -> list[tuple[str, str]]:
    """(hash, text) of `groups` ranked by `seed`, those named in `left_out` left out and, with `twins`, every sentence
    of their twin groups too, and one sentence per group (the first ranked)."""
    keyed = [(hash_of(t), t) for t in ranked(seed, groups)]
    if twins:
        seen = {groups[t] for k, t in keyed if k in left_out}
        keyed = [(k, t) for k, t in keyed if groups[t] not in seen and not seen.add(groups[t])]
    return [(k, t) for k, t in keyed if k not in left_out]


def has_stance_word(words: list[str], stems: tuple[str, ...] = DRAW_STEMS,
                    endings: tuple[str, ...] = DRAW_ENDINGS) -> bool:
    """A lower-case word with one of `stems`, or one of `endings` (by default: the intentional future's)."""
    return any(s in word for word in words for s in stems) or any(word.endswith(endings) for word in words)


def draw_official(seed: str, count: int, exclude: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """(hash, text) of the official sites' Kazakh sentences (`kazakh_words`) ranked by SHA-1 of seed + text, the first
    `count` with a stance word, the sentences of the `exclude` parts left out. real5: draw_official("real5-20261205",
    220); officialdev: draw_official("officialdev-20261205", 150, ("real5.tsv",)); real7: draw_official(
    "real7-20261205", 489, ("real5.tsv", "officialdev.tsv")), cut at the first sentence that brought it to at least
    40 relations (that sentence holds two: 41)."""
    left_out = taken(*exclude)
    texts = ranked(seed, (t for t in official_sentences() or () if hash_of(t) not in left_out))
    chosen = [t for t in texts if has_stance_word(kazakh_words(t))]
    return [(hash_of(t), t) for t in chosen[:count]]


def kazakh_words(text: str) -> list[str]:
    """The lower-case words of a sentence taldau.langid reads as Kazakh with 5 words or more (letters and digits,
    hyphenated ones kept whole), else none: the sentences the draws of other sources than KazNERD may pick."""
    from taldau.langid import identify

    words = re.findall(r"\w+(?:-\w+)*", text.lower())
    return words if len(words) >= 5 and identify(text).lang == "kk" else []


OFFICIAL_TAKEN = tuple(f"{name}.tsv" for name in OFFICIAL_PARTS)  # the official parts drawn before real11


def draw_other(seed: str, stance: int, any_: int, exclude: tuple[str, ...] = OFFICIAL_TAKEN) -> list[tuple[str, str]]:
    """(hash, text) of the Kazakh sentences (`kazakh_words`) of UD Kazakh-KTB, Apertium's Wikipedia articles and the
    official sites (`source_sentences`) ranked by SHA-1 of seed + text: the first `stance` with a stance word, then
    the first `any_` without one; the sentences of the `exclude` parts left out.
    real11: draw_other("real11-20261205", 10_000, 50), all the stance-word sentences and 50 decoys."""
    left_out = taken(*exclude)
    pool = [t for texts in (source_sentences() or {}).values() for t in texts if hash_of(t) not in left_out]
    return _stance_first(seed, pool, stance, any_)


def _stance_first(seed: str, pool: Iterable[str], stance: int, any_: int) -> list[tuple[str, str]]:
    """(hash, text) of the Kazakh sentences of `pool` ranked by `seed`: the first `stance` with a stance word, then
    the first `any_` without one (decoys)."""
    words = {t: kazakh_words(t) for t in ranked(seed, pool)}
    chosen = [t for t, w in words.items() if has_stance_word(w)][:stance]
    decoys = [t for t, w in words.items() if w and not has_stance_word(w)][:any_]
    return [(hash_of(t), t) for t in chosen + decoys]


def draw_segmented(seed: str, stance: int, any_: int) -> list[tuple[str, str]]:
    """(hash, text) of the Kazakh sentences (`kazakh_words`) of the segmentation corpus (`segmented_sentences`)
    ranked by SHA-1 of seed + text: the first `stance` with a stance word, then the first `any_` without one.
    real12: draw_segmented("real12-20261205", 10_000, 50)."""
    return _stance_first(seed, segmented_sentences() or (), stance, any_)


# real14's draw: real11 and real12 took every sentence of their sources with a DRAW_STEMS word, so real14 draws the
# sentences with a stance word of the reader's lexicon (src/taldau/stances/predicates.tsv) that DRAW_STEMS lacks:
# its single-word stems, its two-word predicates (first word's start, second's start), and the desiderative
# -ғысы/-гісі/-қысы/-кісі кел- ("wants to").
LEXICON_STEMS = ("талпын", "уәде", "серт", "ынта", "ықылас", "қызықтыр", "құлшын", "құштар", "үміт", "наразы",
                 "санкция", "вето", "қуатта", "құпта", "демеуші", "разы", "меморандум", "декларация", "бірлес",
                 "маңызды", "шектеу")  # at a word's start, as stems of a suffixing language
OTHER_WORDS = ("үміткер", "ынталандыр", "бірлестік", "бірлестіг", "сертификат")  # candidate, stimulate, association
LEXICON_PAIRS = (("бас", "тарт"), ("бел", "бу"), ("бел", "байла"), ("көз", "тік"), ("шешім", "қабылда"),
                 ("байланыс", "орнат"))
DESIDERATIVE = re.compile(r"(ғы|гі|қы|кі)(сы|сі|м|ң|мыз|міз|ңыз|ңіз)$")  # the verbal noun before кел-
ALL_REAL = ("real.tsv", "real2.tsv", "real3.tsv", "real4.tsv", "real5.tsv", "real6.tsv", "real7.tsv", "real8.tsv",
            "real9.tsv", "real10.tsv", "real11.tsv", "real12.tsv", "real13.tsv", "realdev.tsv", "realdev2.tsv",
            "officialdev.tsv")  # every real part before real14


def has_lexicon_word(words: list[str]) -> bool:
    """A lower-case word that starts with one of LEXICON_STEMS and none of OTHER_WORDS, or two words in a row of
    LEXICON_PAIRS or the desiderative."""
    pairs = list(zip(words, words[1:]))
    return (any(w.startswith(LEXICON_STEMS) and not w.startswith(OTHER_WORDS) for w in words)
            or any(a.startswith(x) and b.startswith(y) for a, b in pairs for x, y in LEXICON_PAIRS)
            or any(DESIDERATIVE.search(a) is not None and b.startswith("кел") for a, b in pairs))


def draw_lexicon(seed: str, stance: int, any_: int, exclude: tuple[str, ...] = ALL_REAL) -> list[tuple[str, str]]:
    """(hash, text) of the Kazakh sentences (`kazakh_words`) of draw_other's sources and the segmentation corpus
    (`lexicon_texts`) ranked by SHA-1 of seed + text, none of the `exclude` parts: the first `stance` with a
    `has_lexicon_word` word and no DRAW_STEMS word (those are all in real11 and real12), then the first `any_` with
    neither (decoys). real14: draw_lexicon("real14-20261206", 10_000, 50), all 199 such sentences and 50 decoys."""
    left_out = taken(*exclude)
    pool = [t for t in (lexicon_texts() or {}).values() if hash_of(t) not in left_out]
    return _lexicon_first(ranked(seed, pool), stance, any_)


def _lexicon_first(texts: list[str], stance: int, any_: int) -> list[tuple[str, str]]:
    """(hash, text) of the Kazakh sentences (`kazakh_words`) of `texts`, in their order, without a DRAW_STEMS word:
    the first `stance` with a `has_lexicon_word` word, then the first `any_` without one (decoys)."""
    words = {t: kazakh_words(t) for t in texts}
    plain = {t: w for t, w in words.items() if w and not has_stance_word(w)}
    chosen = [t for t, w in plain.items() if has_lexicon_word(w)][:stance]
    decoys = [t for t, w in plain.items() if not has_lexicon_word(w)][:any_]
    return [(hash_of(t), t) for t in chosen + decoys]


# real15's draw: real13 took every KazNERD sentence left with a DRAW_STEMS word, so real15 draws those of the NER
# split's train part with a stance word of the reader's lexicon (has_lexicon_word), as real14 did from other sources.
ASIDE = re.compile(r"\([^()]*\)")  # KazNERD's transcribed hesitations, ( ыы ), and other words in brackets


def draw_kaznerd(seed: str, stance: int, any_: int, exclude: tuple[str, ...] = (*ALL_REAL, "real14.tsv"),
                 parts: tuple[str, ...] = ("train",)) -> list[tuple[str, str]]:
    """(hash, text) of KazNERD sentences of the NER split's `parts` ranked by SHA-1 of seed + text, one per twin group,
    none of the `exclude` parts nor of their twin groups in any part, picked as draw_lexicon picks (`_lexicon_first`).
    Twins have the same `draw_twin_key`. real15: draw_kaznerd("real15-20261206", 10_000, 50), all 193 sentences left
    with a lexicon word and 50 decoys."""
    return _lexicon_first(_kaznerd_left(seed, exclude, parts), stance, any_)


def _kaznerd_left(seed: str, exclude: tuple[str, ...], parts: tuple[str, ...]) -> list[str]:
    """KazNERD sentences of the NER split's `parts` ranked by `seed`, one per twin group (`draw_twin_key`), none of
    the `exclude` parts nor of their twin groups in any part."""
    from taldau.ner.data import load_split

    split = load_split()
    keys = {" ".join(words): draw_twin_key(words, labels) for part in split.values() for words, labels in part}
    left_out = taken(*exclude)
    gone = {key for text, key in keys.items() if hash_of(text) in left_out}
    texts = (" ".join(words) for part in parts for words, _ in split[part])
    groups = {t: keys[t] for t in texts if keys[t] not in gone}
    return [t for _, t in _left(seed, groups, left_out, twins=True)]


def draw_twin_key(words: Sequence[str], labels: Sequence[str]) -> str:
    """The NER split's `twin_key` (numbers as digits or as words alike) with bracketed asides and punctuation left
    out: KazNERD also transcribes a sentence twice with a hesitation more or a dash of another kind."""
    from taldau.ner.data import twin_key

    return " ".join(words_key(ASIDE.sub(" ", twin_key(words, labels))))


# real16's draw: every sentence of KazNERD's train part and of draw_lexicon's sources with a DRAW_STEMS or lexicon word
# is in an earlier part, so real16 draws those with a stance word of neither list, written for this draw as DRAW_STEMS
# was (so that stances no earlier draw looked for are drawn): wishing, dreaming, resolving, envisaging, priorities,
# positions, targets, condemning, fighting, alliances, relations, treaties, peace, integration, helping, liking, wanting.
WIDER_STEMS = ("арманда", "аңса", "көксе", "дітте", "тілек", "тілей", "тіледі", "тілеп", "ұйғар", "қарастыр",
               "басымдық", "ұстаным", "нысана", "айыпта", "күрес", "одақтас", "қарым-қатынас", "жасас", "бітім",
               "татулас", "ықпалдас", "достас", "жәрдемдес", "қолғабыс", "септіг", "қоштап", "қоштай", "қоштады",
               "қызығ", "әуес", "ұнат", "пейіл", "қалайд", "қалайм", "қалайт", "қалаған")  # at a word's start
WIDER_OTHER = ("айыпталушы",)  # a defendant


def has_wider_word(words: list[str]) -> bool:
    """A lower-case word that starts with one of WIDER_STEMS and none of WIDER_OTHER."""
    return any(w.startswith(WIDER_STEMS) and not w.startswith(WIDER_OTHER) for w in words)


# real17's widening: real16 left 58 sentences with a WIDER_STEMS word, which held 9 relations with the decoys, so
# real17 also draws those with a word of a fourth list, written for that draw as WIDER_STEMS was: helping, caring,
# promoting, extolling, recognising, respecting, cherishing, being satisfied or passionate, admiring, liking, hobbies,
# hoping, intentions, targets, undertaking, disliking, hating, preventing, blocking, rebuffing, declaring war.
FURTHER_STEMS = ("жәрдем", "қамқор", "жанашыр", "қолұшын", "демеп", "демеу", "насихатта", "дәріпте", "мойында",
                 "құрметте", "қастерле", "риза", "құмар", "сүйсін", "ұнай", "ұнады", "ұнама", "ұнап", "қызықпа",
                 "зауқ", "зауық", "хобби", "дәмет", "пиғыл", "меже", "міндеттен", "жақтырма", "болдырма",
                 "тосқауыл", "тойтар")  # at a word's start
FURTHER_OTHER = ("жәрдемақы",)  # an allowance
FURTHER_PAIRS = (("жақсы", "көре"), ("жақсы", "көрд"), ("жақсы", "көріп"), ("жек", "көр"), ("жол", "берме"),
                 ("қол", "ұшын"), ("соғыс", "жария"))  # the first word whole, the second's start


def has_further_word(words: list[str]) -> bool:
    """A lower-case word that starts with one of FURTHER_STEMS and none of FURTHER_OTHER, or two words in a row of
    FURTHER_PAIRS."""
    return (any(w.startswith(FURTHER_STEMS) and not w.startswith(FURTHER_OTHER) for w in words)
            or any(a == x and b.startswith(y) for a, b in pairwise(words) for x, y in FURTHER_PAIRS))


def draw_wider(seed: str, stance: int, any_: int, exclude: tuple[str, ...] = (*ALL_REAL, "real14.tsv", "real15.tsv"),
               further: int = 0) -> list[tuple[str, str]]:
    """(hash, text) of the Kazakh sentences (`kazakh_words`) of KazNERD's train part (one per twin group, as
    draw_kaznerd) and of draw_lexicon's sources, none of the `exclude` parts, ranked by SHA-1 of seed + text, without a
    DRAW_STEMS or lexicon word: the first `stance` with a `has_wider_word` word, then the first `any_` without one,
    then the first `further` of the rest with a `has_further_word` word.
    real16: draw_wider("real16-20261207", 300, 50) (250 were planned: with the decoys they held 27 relations, fewer
    than 30, so the draw was widened). real17: draw_wider("real17-20261207", 300, 50, (*ALL_REAL, "real14.tsv",
    "real15.tsv", "real16.tsv"), 10_000): all 58 sentences left with a WIDER_STEMS word and 50 decoys (9 relations;
    a wider count draws the same 108), then all those left with a FURTHER_STEMS word."""
    plain = _wider_plain(seed, exclude)
    chosen = [t for t, w in plain.items() if has_wider_word(w)][:stance]
    decoys = [t for t, w in plain.items() if not has_wider_word(w)][:any_]
    drawn = set(decoys)
    more = [t for t, w in plain.items() if t not in drawn and not has_wider_word(w) and has_further_word(w)][:further]
    return [(hash_of(t), t) for t in chosen + decoys + more]


def _wider_plain(seed: str, exclude: tuple[str, ...]) -> dict[str, list[str]]:
    """The words (`kazakh_words`) of draw_wider's pool ranked by `seed`: KazNERD's train part (one per twin group, none
    of the `exclude` parts' twin groups) and draw_lexicon's sources, none of the `exclude` parts, without a DRAW_STEMS
    or lexicon word."""
    left_out = taken(*exclude)
    pool = [*_kaznerd_left(seed, exclude, ("train",)),
            *(t for t in (lexicon_texts() or {}).values() if hash_of(t) not in left_out)]
    words = {t: kazakh_words(t) for t in ranked(seed, pool)}
    return {t: w for t, w in words.items() if w and not has_stance_word(w) and not has_lexicon_word(w)}


# real18's draw: real16 and real17 took every sentence of draw_wider's pool left with a WIDER_STEMS or FURTHER_STEMS
# word, so real18 draws those with a word of a fifth list, written for it as those were, from the words' meanings and
# their counts in the pool: calling on, appealing, requesting, approving, criticising, protecting, complaining,
# satisfaction, pride, hindering, influencing, contributing, concern, attacking, rising up, contesting, conquering,
# subduing, coercing, seeking, undertaking.
FIFTH_STEMS = ("шақыр", "үндеу", "үндеді", "үндейді", "үндеп", "өтін", "мақұлда", "сынға", "сынады", "сынайды",
               "сынаған", "қорғау", "қорғай", "қорғап", "қорғады", "қорғаған", "шағымдан", "қанағаттан",
               "қанағаттандырма", "мақтан", "кедергі", "ықпал", "алаңдат", "алаңдау", "алаңдап", "шабуыл", "көтеріліс",
               "талас", "жаулап", "бағындыр", "бағынба", "мәжбүрле", "іздеп", "іздеу", "іздей", "іздеге",
               "іздед")  # at a word's start
FIFTH_OTHER = ("шақырым", "кедергісіз", "мақтанов")  # a kilometre, unhindered, a surname
FIFTH_PAIRS = (("қолға", "ал"), ("үлес", "қос"), ("көңілі", "толм"))  # the first word whole, the second's start


def has_fifth_word(words: list[str]) -> bool:
    """A lower-case word that starts with one of FIFTH_STEMS and none of FIFTH_OTHER, or two words in a row of
    FIFTH_PAIRS."""
    return (any(w.startswith(FIFTH_STEMS) and not w.startswith(FIFTH_OTHER) for w in words)
            or any(a == x and b.startswith(y) for a, b in pairwise(words) for x, y in FIFTH_PAIRS))


WIDER_TAKEN = (*ALL_REAL, "real14.tsv", "real15.tsv", "real16.tsv", "real17.tsv")  # every real part before real18


def draw_fifth(seed: str, stance: int, any_: int, exclude: tuple[str, ...] = WIDER_TAKEN) -> list[tuple[str, str]]:
    """(hash, text) of draw_wider's pool (`_wider_plain`: none of the `exclude` parts nor, for KazNERD, of their twin
    groups) ranked by SHA-1 of seed + text, without a word of the four earlier lists: the first `stance` with a
    `has_fifth_word` word, then the first `any_` without one (decoys).
    real18: draw_fifth("real18-20261207", 400, 50) (250 were planned: with the decoys they held 21 relations, fewer
    than 30, so the draw was widened; the first 250 and the decoys are the same either way)."""
    words = {t: w for t, w in _wider_plain(seed, exclude).items() if not has_wider_word(w) and not has_further_word(w)}
    chosen = [t for t, w in words.items() if has_fifth_word(w)][:stance]
    decoys = [t for t, w in words.items() if not has_fifth_word(w)][:any_]
    return [(hash_of(t), t) for t in chosen + decoys]
