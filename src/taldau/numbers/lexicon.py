"""Kazakh number words: plain data, read by `words` (parsing) and `spell` (generation).

Only bare stems are listed; inflected forms (бесінші, бесіншіге, жүзден, мыңдаған) are built
by `spell` with the suffixes of `taldau.morph` and recognised by `words`, so that each fact lives in
one place.
"""
from __future__ import annotations

ZERO = {"нөл": 0}
UNITS = {"бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8, "тоғыз": 9}
TENS = {
    "он": 10, "жиырма": 20, "отыз": 30, "қырық": 40, "елу": 50,
    "алпыс": 60, "жетпіс": 70, "сексен": 80, "тоқсан": 90,
}
HUNDRED = {"жүз": 100}
SCALES = {"мың": 10**3, "миллион": 10**6, "миллиард": 10**9, "триллион": 10**12, "квадриллион": 10**15}
# Written abbreviations of the scale words: 20 млрд долларға, 5 млн. теңге, 3 мың.
SCALE_ABBREVIATIONS = {
    "млн": 10**6, "млн.": 10**6, "млрд": 10**9, "млрд.": 10**9, "трлн": 10**12, "трлн.": 10**12,
}
# Spelling variants met in transcribed speech: мильон, милиард.
VARIANTS = {"мильон": "миллион", "милион": "миллион", "милиард": "миллиард", "миллард": "миллиард"}

# Stems that change before a vowel-initial ending: қырық + ыншы -> қырқыншы, қырық + ы -> қырқы.
VOWEL_STEMS = {"қырық": "қырқ"}
# Collectives (екеуі "the two of them"): the stem drops its last vowel before -еу/-ау.
COLLECTIVES = {
    "біреу": 1, "екеу": 2, "үшеу": 3, "төртеу": 4, "бесеу": 5,
    "алтау": 6, "жетеу": 7, "сегізеу": 8, "тоғызау": 9, "онау": 10,
}
HALF = "жарым"  # бір жарым 1.5, екі жарым мың 2500
HALF_NOUN = "жарты"  # жарты 0.5, жарты миллион 500000, жартысы
QUARTER = "ширек"  # ширек 0.25
POINT = "бүтін"  # бір бүтін оннан тоғыз 1.9
SIGNS = {"минус": -1, "плюс": 1}  # минус 35 градус, плюс жиырма
# Spoken decimals: үш те бес 3.5, бір де алпыс жеті 1.67.
DECIMAL_PARTICLES = frozenset({"да", "де", "та", "те"})
# Vague counts before a round number: бірнеше мың "several thousand" 2000..9000, бірер жүз "a hundred or two".
SEVERAL = {"бірнеше": (2, 9), "бірер": (1, 2)}

# Inflected forms that are other words: оның "his", үшін "for", бірақ "but", бірге "together".
NOT_NUMBERS = frozenset({
    "оның", "оны", "онда", "ондағы", "онымен", "оныңыз", "онша", "ондай", "ондағы", "оны-мұны",
    "үшін", "бірақ", "бірге", "бірден", "бірде", "бірдеңе", "біреуге", "біреудің", "біреуді", "біреу",
    "бірер", "бірнеше", "бірдей", "бірдейі", "біршама", "бірқатар", "бірқатары", "бірлік", "бірі-бірі",
    "бір-бір", "бір-біріне", "бір-бірімен", "бір-бірін", "бір-бірінен", "бір-бірінің", "бір-біріміз",
    "жүзеге", "жүзі", "жүзін", "жүзінде", "жүзіндегі", "жүзіне", "жүзінен", "жүзінің", "жүзімен",
    "жетім", "ондық",
    "қырқты",  # "cut" (forty in the accusative is қырықты)
})
# жүзді "swam" before the end of a clause (жүзді құрады, "made up a hundred", takes a verb after it)
SWAM = "жүзді"
# Whole families of other words: алтын "gold" (not алтыншы, nor алтының "of six": gold's is алтынның), бірлік "unity",
# бесік "cradle", бестік "top five", тоқсандық "quarterly" (as айлық "monthly", no count alone), қырқа "a ridge"
# (forty's forms are қырық, қырқы-: қырқалы "ridged").
NOT_NUMBER_FAMILIES = (r"алтын(?!шы|ың$|ы$)\w*|бірл(?!ер)\w*|бесі[гк]\w*|ондығ\w*|(үш|төрт|бес|жеті)ті[кг]\w*|екілі[кг]\w*"
                       r"|бірі[гк]\w*|тоқсанды[қғ]\w*|қырқа\w*")
# ... and those that are other words only at the start of a number: жер жүзінде "worldwide" but үш жүзін,
# біреулер "some people", ондағы "there", жүзеді "swims", алтыны "its gold" but қырық алтыны "forty-six (acc.)".
NOT_NUMBER_STARTS = r"жүзі(?!нші)\w*|жүзе\w*|онда(?!ған|р)\w+|біреу(?!і$|ін$|іне$|інде$|інен$)\w+|алтыны"

# Ұлы жүз, Орта жүз, Кіші жүз: the three Kazakh hordes (жүз "horde" after these written with a capital, no hundred).
HORDES = frozenset({"ұлы", "орта", "кіші"})
# Verbs of change: after them "дейін" marks the value reached (60 млрд долларға дейін өсті "grew to"), not a cap.
# So in a forecast of a fall (8-9 пайызға дейін баяулайды "will slow to 8-9 %") or a fall aimed at (8 пайызға дейін
# төмендетуге "to lower to 8 %"), but жет in the present states the top of a range: айыппұл 200 АЕК-ке дейін жетеді
# "the fine goes up to 200 MCI", a cap.
CHANGE_VERBS = frozenset({"өс", "арт", "төменде", "азай", "жет", "көтеріл", "түс", "көбей", "ұлғай", "қысқар", "кеми",
                          "төмендет", "арттыр", "азайт", "көтер", "көбейт", "ұлғайт", "қысқарт", "өсір", "шарықта",
                          "баяула", "жылдамда", "үде", "түсір"})
FALLING_VERBS = frozenset({"төменде", "азай", "түс", "кеми", "қысқар", "баяула", "төмендет", "азайт", "қысқарт", "түсір"})
LOWERING_VERBS = frozenset({"төмендет", "азайт", "қысқарт", "түсір"})  # what an agent lowers: by up to X, without a start
# Negated after a dative, an upper bound: 30 жасқа толмаған "under thirty", елуге жетпейтін "fewer than fifty".
SHORT_OF_VERBS = frozenset({"тол", "жет"})
DELAY_VERBS = frozenset({"кешіктір", "кешік"})  # 10-ынан кешіктірмей "no later than the 10th": an upper bound
TOWARDS = "қарай"  # 2027 жылға қарай "by 2027": after a date in the dative, a deadline as дейін is
CHANGE_GAP = 1  # words allowed between дейін and the verb (дейін күрт төмендеді)

# бір alone is "a" (бір күні, бір қызық оқиға) unless something says it counts: тағы бір "one more",
# тек бір "only one"; бір ғана, бір рет, бір мәрте, бір есе, бір емес (екі) "not one (but two)".
ONE = frozenset({"бір", "бір-ақ"})
EXACTLY = frozenset({"тура", "дәл", "нақ"})  # тура бір қиындық "a real difficulty": бір after them may be "a"
PARTICLES = frozenset({"да", "де", "қана"})  # тағы да бір, тек қана бір: looked through before бір
COUNT_BEFORE = frozenset({"тағы", "тек", "жалғыз", "әрбір", "небәрі", "бар-жоғы", "бары-жоғы"})
COUNT_AFTER = ("ғана", "рет", "мәрте", "есе", "емес", "дана")
NOT_COUNT_AFTER = ("реттік",)  # бір реттік төлем "a one-off payment": an adjective, no count
# Fixed phrases whose бір counts nothing: бір жақты "unilateral", бір ауыздан "unanimously", бір жола "once and for
# all" (KazNERD has none of them; their one-word kin біржақты, бірыңғай, бірлескен, бір-бірімен are never a number)
FIXED_AFTER_ONE = frozenset({"жақты", "жақтылы", "ауыздан", "жола", "жолата",
                             "мезгілде", "мезетте", "сәтте", "уақытта"})  # бір мезгілде "at the same time"
# бір before a text or a speech of someone's in the locative is "a" (бір сұхбатында "in an interview of his", бір
# мақаласында): where it was said, no count of them (KazNERD's train + dev hold none of these after бір)
TOLD = frozenset({"сұхбат", "мақала", "баяндама", "хат", "жазба", "сөз", "мәлімдеме", "үндеу", "жолдау", "хабарлама",
                  "лекция", "дәріс", "пост", "кітап", "еңбек", "шығарма", "өлең", "әңгіме"})
# ... but after these it is "a" all the same: сол бір адам "that one man", белгілі бір "a certain",
# үлкен бір әсері "a great effect".
ARTICLE_BEFORE = frozenset({"сол", "осы", "бұл", "белгілі", "қандай", "әлде", "сондай", "осындай", "үлкен", "жалпы",
                            "кешенді", "кішігірім", "каждый"})
# Words after a quotation that make it speech: « ... » деді (not деп: « 100 жаңа кітап » деп аталады is a title).
SAID = ("деді", "дейді")
# Predicates a quotation may end with that make it a clause, not a name: « ... 25 баладан аспауы тиіс » деген талап.
PREDICATES = frozenset({"тиіс", "керек", "қажет"})
NAMED = "атты"  # « ... » атты "named ...": what comes before is a title, whatever it ends with
# "One (of them) ...": бірі ..., енді бірі ...; бірінен соң бірі; бірімізді біріміз.
DISTRIBUTIVE = frozenset({"бірі", "біреуі", "бірін", "біріне", "бірінің", "бірінен", "біріміз", "бірімізді"})
# бір set against a second: бір жағынан ..., екінші жағынан; бір қаладан екіншісіне ("from one town to another")
SECOND = ("екінші", "2-ші", "2-нші")
# the other half: бірі келсе, басқалары кетті; бірі тоқтаса, қалғандары ... (бірі ..., екіншісі ... counts: one, two)
OTHERS = frozenset({"басқасы", "басқалары", "басқаларының", "басқасының", "қалғаны", "қалғандары", "қалғандарының"})
# A number's own name: №2 сотында, 1424 нөміріне хабарласыңыз; the number labels something, it counts nothing
# (but 120 нөмірі бар "it has 120 rooms": нөмір is also a hotel room, and бар, жоқ after it count them).
NUMBER_SIGNS = frozenset({"№"})
DASHES = frozenset({"–", "—", "-"})  # a dash or a hyphen between words, as the tokenizer leaves it
NUMBER_NOUNS = frozenset({"нөмір", "номер"})
HAS = frozenset({"бар", "жоқ"})
# Titles written after a name, before the years of a life or a reign: Әбілқайыр хан (1693–1748)
TITLES = frozenset({"хан", "би", "батыр", "сұлтан", "ақын", "патша", "әмір"})
