"""Units of measure, currencies and the words that qualify an amount: plain data.

Keys are lower-case stems; the `stem(...)` predicate accepts them with any Kazakh ending
(долларға, тоннадан, пайызын). Values are ISO 4217 codes for currencies and short unit names
(SI symbols where there is one) for measures.
"""
from __future__ import annotations

PERCENT_WORDS = frozenset({"пайыз", "процент"})
# After пайыздық: percentage points (пайыздық тармақ, проценттік пункт).
POINT_WORDS = frozenset({"тармақ", "пункт"})
PERCENT_SIGNS = frozenset({"%", "％"})

CURRENCIES = {
    "доллар": "USD", "цент": "USD", "теңге": "KZT", "тиын": "KZT",
    "евро": "EUR", "еуро": "EUR", "рубль": "RUB", "рубл": "RUB", "сом": "KGS", "сум": "UZS",
    "юань": "CNY", "иена": "JPY", "йена": "JPY", "фунт": "GBP", "лира": "TRY", "манат": "AZN",
    "франк": "CHF", "вон": "KRW", "рупия": "INR", "дирхам": "AED", "риал": "SAR", "лари": "GEL",
    "гривна": "UAH", "драм": "AMD", "биткоин": "XBT",
}
CURRENCY_SIGNS = {"$": "USD", "₸": "KZT", "€": "EUR", "₽": "RUB", "£": "GBP", "¥": "CNY"}
# Written short after an amount, with or without a period: 1500 тг., 300 руб, 20 долл.
CURRENCY_ABBREVIATIONS = {"тг": "KZT", "руб": "RUB", "долл": "USD"}
# ISO 4217 codes as the business press writes them, after an amount (1 USD, 500 EUR-ға, 1,2 трлн KZT) or, in a line
# of exchange rates, before it (USD 270.69 RUB 4.09); not KGS, TRY, which are also English words (5 kgs, try).
CURRENCY_CODES = ("USD", "EUR", "KZT", "RUB", "CNY", "GBP", "JPY", "CHF")
# Written before the currency word and kept in the span: АҚШ доллары, Ресей рублі.
CURRENCY_COUNTRIES = frozenset({"ақш", "америка", "ресей", "қытай", "жапон", "түрік", "қырғыз", "өзбек"})
# Fractional units: 17 теңге 29 тиын is one amount.
SUBUNITS = frozenset({"тиын", "цент"})

UNITS = {
    # mass
    "тонна": "t", "килограмм": "kg", "кило": "kg", "келі": "kg", "грамм": "g",
    "миллиграмм": "mg", "центнер": "q", "пұт": "pood",
    "килограм": "kg", "грам": "g", "миллиграм": "mg",  # килограмнан, грамға: the double м written once before an ending
    # length
    "метр": "m", "километр": "km", "шақырым": "km", "сантиметр": "cm",
    "миллиметр": "mm", "дециметр": "dm", "миля": "mi", "дюйм": "in", "фут": "ft",
    # area
    "гектар": "ha", "сотық": "are", "сотығ": "are", "акр": "acre",
    # volume
    "литр": "l", "баррель": "bbl", "баррел": "bbl", "куб": "m3", "текше": "m3",
    # energy, power (мегаватқа, мегаваттық: the double т is written once before an ending)
    "ватт": "W", "киловатт": "kW", "мегаватт": "MW", "гигаватт": "GW", "ват": "W", "киловат": "kW",
    "мегават": "MW", "гигават": "GW",
    "вольт": "V", "киловольт": "kV", "байт": "B", "килобайт": "kB", "мегабайт": "MB", "гигабайт": "GB",
    "терабайт": "TB", "петабайт": "PB", "бит": "bit", "градус": "°", "балл": "point", "ұпай": "point",
    "балдық": "point",  # бес балдық жер сілкінісі: the double л written once before -дық (not бал, "honey", бала)
    "калория": "cal", "килокалория": "kcal", "децибел": "dB", "герц": "Hz", "мегагерц": "MHz",
}
# What a match's score counts: 9 – 8 ұпаймен, 3 – 2 голмен are a score, not a vague count as 3 – 2 адам is.
SCORED = frozenset({"ұпай", "гол", "очко", "балл", "шайба", "есеп"})
# Words a unit's stem would take: келіңіз "come" (not келі "kilo" + ңіз).
NOT_UNITS = ("келіңіз*", "келіңдер*")
# Abbreviations, matched whole (a one-letter stem would take тігін, міні, легі): 5 т, 40 GB, 65 км/сағ; ц a centner, as
# yields are written (25 ц/га).
UNIT_SYMBOLS = {
    "т": "t", "тн": "t", "ц": "q", "кг": "kg", "г": "g", "мг": "mg", "м": "m", "км": "km", "см": "cm",
    "мм": "mm", "га": "ha",
    "л": "l", "квт": "kW", "мвт": "MW", "гвт": "GW", "gb": "GB", "mb": "MB", "tb": "TB", "kg": "kg", "km": "km",
    "°c": "°C", "°с": "°C", "℃": "°C", "°": "°",  # °С with a Cyrillic С, as Kazakh keyboards type it
    "гб": "GB", "мб": "MB", "тб": "TB", "пб": "PB", "pb": "PB",  # жады 1,5 ПБ: memory
    "тфлопс": "TFLOPS", "пфлопс": "PFLOPS", "tflops": "TFLOPS", "pflops": "PFLOPS",  # қуаты 2 ПФлопс: computing power
}
# Areas and volumes written with a power: 50 м², 2,7 млн км², 300 м³ (or м2, м3 where ² is not at hand).
UNIT_SYMBOLS |= {f"{symbol}{power}": f"{unit}{digit}" for symbol, unit in (("м", "m"), ("км", "km"), ("см", "cm"), ("мм", "mm"))
                 for digit, powers in (("2", "²2"), ("3", "³3")) for power in powers}
# бал "point" only in these forms: as a stem it would take бала "child".
UNIT_SYMBOLS |= {form: "point" for form in ("бал", "балды", "балдан", "балға", "балмен", "балы", "балын")}
# Abbreviations a quantity may end on whose period the tokenizer splits off: 2 сағ. созылды, 20 мың тг. құрады;
# the period is theirs before a lower-case word (not т, whose т. б. is "and so on").
PERIOD_ABBREVIATIONS = frozenset({"сағ", "мин", "сек", "тг", "руб", "долл", "млн", "млрд", "трлн", "км", "кг", "см",
                                  "мм", "га"})
# Two-word units: шаршы метр m2, текше метр m3.
UNIT_PREFIXES = {"шаршы": "2", "текше": "3", "куб": "3"}
# A monthly calculation index (айлық есептік көрсеткіш) is a QUANTITY in KazNERD.
MCI_WORDS = ("айлық", "есептік", "көрсеткіш")
# Two units of one measure: 1 метр 20 сантиметр = 1.2 m, 6 тонна 600 килограмм = 6.6 t.
SUBUNITS_OF = {("m", "cm"): 0.01, ("m", "mm"): 0.001, ("t", "kg"): 0.001, ("kg", "g"): 0.001, ("km", "m"): 0.001}
# Horse power: 1700 аттың күшіне.
HORSEPOWER = ("ат", "күш")
# Counted nouns: the number stays a CARDINAL (KazNERD), the noun becomes the unit.
COUNTED = {"адам": "person", "тұрғын": "person", "бала": "child", "оқушы": "pupil", "бас": "head"}
# Temperature sides: 20 градус суық (below zero), ыстық (heat).
TEMPERATURE_SIDES = {"суық": -1, "аяз": -1, "ыстық": 1, "жылы": 1}
TIMES = "есе"  # 2 есе "twice", a CARDINAL with its word
# Ranks numbered in Roman numerals: II дәрежелі диплом, III санатты, I топтағы мүгедектер.
ROMAN_RANKS = ("дәреже", "санат", "топ", "разряд")

# Words before an amount: шамамен 5, кем дегенде 10. Value: (approx, bound).
BEFORE = {
    "шамамен": (True, None), "шамасы": (True, None), "шамамен-ақ": (True, None), "тура": (False, None),
    "дәл": (False, None), "нақ": (False, None), "кемінде": (False, "min"), "кемі": (False, "min"),
    "көбі": (False, "max"), "тең": (False, None),
}
# Two-word forms: кем дегенде, аз дегенде, ең кемі, көп дегенде.
BEFORE_PAIRS = {("кем", "дегенде"): "min", ("аз", "дегенде"): "min", ("көп", "дегенде"): "max"}
# Words after an amount (their stems, any ending): 30-ға жуық, мыңнан астам, 2020-ға дейін.
AFTER = {
    "жуық": (True, None), "жуығы": (True, None), "жуығын": (True, None), "тарта": (True, None),
    "таман": (True, None), "шақты": (True, None), "шамасында": (True, None), "шамасына": (True, None),
    "жақын": (True, None), "таяу": (True, None),  # мыңға таяу "close to a thousand"
    "төңірегінде": (True, None), "шамалы": (True, None),
    "астам": (False, "min"), "аса": (False, "min"), "артық": (False, "min"), "жоғары": (False, "min"),
    "кем": (False, "max"), "төмен": (False, "max"), "дейін": (False, "max"), "шейін": (False, "max"),
    "дейінгі": (False, "max"), "дейн": (False, "max"),
}
# KazNERD keeps жоғары, төмен in the span (2 есе жоғары) but not көп (2 есе көп), as its guidelines list.
COMPARATIVES = frozenset({"жоғары", "төмен", "кем", "артық"})
# Words of AFTER that KazNERD's guidelines (section V) keep out of some classes.
AFTER_EXCLUDED = {
    "DATE": frozenset({"жақын", "жоғары", "таман", "тарта", "төмен", "төңірегінде", "шақты", "аса", "таяу"}),
    "MONEY": frozenset({"шақты"}),
    "TIME": frozenset({"шақты", "таяу"}),  # түске таяу: KazNERD leaves таяу out
}
# AFTER words said between an amount and its unit, which the span then takes whole: он шақты жыл, жиырмадан
# астам жыл, мыңнан аса тонна, елуге тарта километр; the case they ask of the number before them (шақты: none);
# ғана "only" as well, which qualifies nothing: екі ғана жылда "in only two years" (as бес-ақ жылда, guidelines V)
INNER_CASES = {"жуық": "DAT", "жуығы": "DAT", "тарта": "DAT", "таман": "DAT", "астам": "ABL", "аса": "ABL",
               "артық": "ABL", "шақты": None, "ғана": None}
INNER = {word: AFTER.get(word, (False, None)) for word in INNER_CASES}
# Stems of AFTER words that take endings: астамы, астамын, жуығына, артығы, шақтысы.
AFTER_STEMS = {"астам": (False, "min"), "жуық": (True, None), "жуығ": (True, None), "шақты": (True, None),
               "кемі": (False, "max")}
# ... but not these: жуықта "recently"; кемінде "at least", which opens the next amount (2024 жылы кемінде 12 млн тонна);
# кеміді, the past of кемі- "decrease" (200 грамға кеміді "fell by 200 g"), a verb outside the span
NOT_AFTER = ("жуықта*", "кемінде", "кеміді*")
