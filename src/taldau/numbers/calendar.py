"""Calendar words: months, weekdays, seasons, periods, deictic dates and parts of the day.

Keys are lower-case stems (endings are matched by the grammar) unless said otherwise. Relative
dates are signed ISO 8601 durations from the document's date: кеше -> "-P1D", биыл -> "+P0Y".
"""
from __future__ import annotations

from taldau.morph import suffixes

MONTHS = {
    "қаңтар": 1, "ақпан": 2, "наурыз": 3, "сәуір": 4, "мамыр": 5, "маусым": 6,
    "шілде": 7, "тамыз": 8, "қыркүйек": 9, "қыркүйег": 9, "қазан": 10, "қараша": 11, "желтоқсан": 12,
    # Russian names, common in speech: январь, май
    "январь": 1, "январ": 1, "февраль": 2, "март": 3, "апрель": 4, "май": 5, "июнь": 6, "июль": 7,
    "август": 8, "сентябрь": 9, "октябрь": 10, "ноябрь": 11, "декабрь": 12,
}
NOT_MONTHS = ("маусымдық", "май*", "қазаны", "қазанға", "қазанда", "қазанның", "наурызкөже", "мартен*", "қазандық*")
# A month name before these is a name: Тамыз конференциясы (the August conference).
MONTH_NAMED = ("конференция", "кеңесі", "оқуы", "оқулары")
# ... and before these a common word: қараша халық, қараша жұрт "the common people".
MONTH_COMMON = ("халық", "халқ", "жұрт")
# маусым is also "season" (of sport, television, harvest, heating, rest): beside these stems in its sentence it is the
# season, even after өткен, келесі, биыл (келер маусымда жарыстарға қатысамын, өткен маусымда клуб чемпион атанды).
SEASON_CUES = ("жарыс", "команда", "клуб", "ойыншы", "ойынд", "лига", "чемпион", "турнир", "матч", "гол", "ұпай", "бапкер",
               "спорт", "кубок", "көрермен", "телехикая", "шоу", "маусымаралық", "егін", "егіс", "астық",
               "жиын-терім", "жылыту", "отын", "турист", "демалыс", "тынығу", "жайылым", "аңшылық")
# Before a month these point to a year (өткен қазанда, келесі наурызда, биылғы маусымда): its shift in years, or
# "last" / "next": the last such month before the document's date, the next one after it (өткен қазанда written in
# December is this year's October, in March last year's). A name that is also a word (қазан "cauldron") is the month
# after them, not after осы or сол (осы қазанда ет пісті).
YEAR_SHIFTS = {"өткен": "last", "былтырғы": -1, "келесі": "next", "келер": "next", "алдағы": "next", "биылғы": 0,
               "ағымдағы": 0, "үстіміздегі": 0}
NEAREST_YEARS = {"last": "-PY", "next": "+PY"}  # the year of the nearest such month before or after the document's date
# Month names that are also common words or names: қазан "cauldron, Kazan", май "oil",
# маусым "season", наурыз "the Nauryz holiday", март/август names. Alone they need a date context.
AMBIGUOUS_MONTHS = frozenset({"қазан", "май", "маусым", "наурыз", "март", "август"})
# A day of the month written without the month takes the possessive: 31-і күні, 24-інде (on the 24th).
DAY_POSSESSIVES = suffixes.endings("PX3")
DAY_LOCATIVES = frozenset({"інде", "ында", "сінде", "сында"})
# Words between the items of a list: қазан мен қараша, қаңтар, наурыз және маусым.
LIST_JOINTS = frozenset({",", "мен", "бен", "пен", "және", "–", "-"})
WEEKDAYS = {"дүйсенбі": 1, "сейсенбі": 2, "сәрсенбі": 3, "бейсенбі": 4, "жұма": 5, "сенбі": 6, "жексенбі": 7}
# көз жұмады "passed away", сенбілік "a voluntary Saturday work day".
NOT_WEEKDAYS = ("жұмады", "сенбілі*")
# EDTF seasons (level 1): 21 spring, 22 summer, 23 autumn, 24 winter.
SEASONS = {"көктем": 21, "жаз": 22, "күз": 23, "қыс": 24, "қыстыгүні": 24}
SEASON_ADJECTIVES = {"көктемгі": 21, "жазғы": 22, "күзгі": 23, "қысқы": 24, "күздік": 23, "күздегі": 23,
                     "қыстағы": 24, "жаздағы": 22, "көктемдегі": 21}
# Inflected forms that are other words: қысқа "short", қысым "pressure", жазы "write it".
# ... and жаздады "nearly did", ала жаздап "nearly taking".
# ... and жазған(дай) "(as) written", жазсын "let him write", қыстады "wintered", жазыңыз "write (please)", far more
# often than "your (polite) summer" (жазың stays: "your summer", the imperative only in speech); the past of жаз- in
# every person but the second singular (жаздың is also "of summer").
NOT_SEASONS = ("қысқа*", "қысым*", "жаза*", "жазы", "жазын", "жазар", "жазба*", "күзет*", "жазды", "жаздым", "жаздық",
               "жаздыңыз*", "жаздыңдар", "жаздад*", "жаздап", "жазған*", "жазса*", "жазсын", "қыстады", "қыстап*",
               "жазыңыз", "жазыңдар", "жазық*", "жазығ*")  # жазық "a plain", жазықсыз "innocent": no summer
# қысқа is "to winter" before дайын (ready) or a word that governs its dative: қысқа дайындық, күз бен қысқа дайын,
# қысқа дейін, алдағы қысқа сақадай сай, өткен қысқа қарағанда ("short" is no dative: қысқа мерзімде)
WINTER_AFTER = ("дайын", "дайындық", "дайындалу", "дайындау", "әзір", "әзірлік", "дейін", "шейін", "қарай", "таман",
                "қарағанда", "сақадай")  # қысқа таман "towards winter", as күзге таман

# Periods: ISO 8601 designators, and TIMEX3's CE century, DE decade, ML millennium.
# жұма is also "week" in speech (екі жұма); тоқсан "quarter" only after an ordinal (бірінші тоқсан).
PERIODS = {
    "жыл": "Y", "ай": "M", "апта": "W", "жұма": "W", "күн": "D", "тәулік": "D", "сутки": "D", "сутка": "D",
    "ғасыр": "CE", "онжылдық": "DE", "мыңжылдық": "ML",
    "жеті": "W",  # in speech "week" after a count it cannot join: екі жеті, 1 жетіден (он жеті is seventeen)
}
NOT_PERIODS = ("айна*", "айта*", "айт", "күнә*", "күнті*", "жылу*", "жылы-жұмсақ", "жұмаға", "жұмады", "апталап",
               "жылқы*", "жылдығ*", "жетім*", "жетіңіз", "жетіп", "жетіс*")  # жылқы "horse"; 175 жылдығы: `ages.ANNIVERSARY`
# күн is also "the sun": before these stems possessed (күн панелі, күн сәулесі, күннің көзі, күн энергиясы,
# күн шуағы, күн тұтылуы) it is no day; bare or otherwise inflected they follow a day (2 күн көз ілмедік, 30 күн көзделген).
BIRD = "құс"  # жыл құсы "a migratory bird" (literally "a year bird")
SUN_WORDS = ("панель", "панел", "батарея", "сәуле", "көз", "энергия", "шуағ", "тұтылу")
# Endings a period takes after осы, өткен, әрбір in a date: осы жылы, өткен айда, келесі жылдан, келесі айдағы.
SHIFTED_ENDINGS = "({})".format("|".join(sorted(
    set().union(*(suffixes.endings(g) for g in ("PX3", "LOC", "GEN", "ABL"))) | suffixes.surfaces("Mен")
    | suffixes.surfaces("DAGI"), key=len, reverse=True)))
DAY_PERIODS = {"сағат": "H", "минут": "M", "секунд": "S", "сағ": "H", "мин": "M"}
# One-word periods with their count: біркүндік, үшжылдық (KazNERD writes them as one word).
_COUNTS = "бір екі үш төрт бес алты жеті сегіз тоғыз он жүз мың".split()
COMPOUND_PERIOD = rf"(?i)({'|'.join(_COUNTS)})(күндік|жылдық|айлық|апталық)\w*"  # Үшжылдық opening a sentence too
COMPOUND_HEADS = frozenset(w[:2] for w in _COUNTS)

# Deictic words, all their forms (кеше + ending would also take кешені "its complex").
_DEICTIC_FORMS = {
    "+P0D": "бүгін бүгінде бүгінгі бүгінге бүгіннен бүгіннің бүгінгіге бүгінгідей бүгінгі-ақ бүгіні бүгінін бүгініне "
            "бүгініміз бүгінімізді бүгінімізге бүгініміздің бүгінімізден",  # елдің бүгіні мен ертеңі, as ертеңі
    "-P1D": "кеше кешегі кешеден кешегіні кешелі",
    "+P1D": "ертең ертеңгі ертеңге ертеңнен ертеңі ертеңіне бүгін-ертең",
    "+P2D": "бүрсігүні",
    "-P2D": "алдыңгүні",
    "+P0Y": "биыл биылғы биылдың биылдан биылға биылы биылғыдан биылдыққа",
    "-P1Y": "былтыр былтырғы былтырдан былтырдың былтырға былтырғыдан",
}
# In every case as well: the deictic nouns (бүгінмен, биылмен; not кеше, whose кешені, кешенің are also "its complex")
# and their -ғы/-гі adjectives used as nouns (былтырғымен салыстырғанда "compared with last year's", бүгінгіге дейін).
_DECLINED = {"бүгін": "+P0D", "ертең": "+P1D", "биыл": "+P0Y", "былтыр": "-P1Y", "бүгінгі": "+P0D", "кешегі": "-P1D",
             "ертеңгі": "+P1D", "биылғы": "+P0Y", "былтырғы": "-P1Y"}
DEICTIC = {form: value for value, forms in _DEICTIC_FORMS.items() for form in forms.split()} | {
    word + ending: value for word, value in _DECLINED.items() for ending in suffixes.case_forms(word)}
# биыл, былтыр in every form: after them a month name is the month (биыл наурызда).
THIS_OR_LAST_YEAR = frozenset(form for form, value in DEICTIC.items() if value.endswith("Y"))
# Attributive deictics take a following period word: бүгінгі таңда, биылғы жылы, ертеңгі күнді.
DEICTIC_ATTRIBUTIVES = frozenset({"бүгінгі", "биылғы", "былтырғы", "ертеңгі", "кешегі"})
FOLLOWING_PERIODS = frozenset({"күн", "таң", "жыл"})
# Repeated dates: күнделікті "daily", жылда "every year" (in speech), жылдағыдан "than in other years".
DAILY = {"күнделікті": "R/P1D", "күнбе-күн": "R/P1D", "күнде-күнде": "R/P1D", "жылдағыдан": "R/P1Y", "жылдағыдай": "R/P1Y",
         "жылда": "R/P1Y", "жылда-жылда": "R/P1Y", "күннен-күнге": "R/P1D", "жылдан-жылға": "R/P1Y"}
# After a word that qualifies it, жылда is "in a year": санаулы жылда "in a few years", жаңа жылда "at New Year".
IN_A_YEAR = ("жылда", "жылдағыдан", "жылдағыдай")
EVERY = ("әр", "әрбір", "әрқайсы")
# Words before a period: өткен жылы -1, келесі айда +1, алдағы жылы +1 (but алдағы жылдары, алдағы 5 жылда: a
# window, `WINDOWS`), осы аптада 0; сол күні "that day" is anaphoric.
SHIFTS = {
    "өткен": -1, "келесі": 1, "келер": 1, "ендігі": 1, "алдағы": 1, "осы": 0, "сол": "that", "бұл": 0,
    "ағымдағы": 0, "үстіміздегі": 0, "алдыңғы": -1, "бұрынғы": -1, "ана": -1, "биылғы": 0, "былтырғы": -1,
    "бұрнағы": -2, "арғы": -2,  # бұрнағы жылы, арғы жылы "the year before last", арғы күні "the day before yesterday"
}
# What an anaphoric period (сол жылы, сол күні) is, as EDTF: known to be a year, a day..., not which.
UNKNOWN_DATES = {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX", "D": "XXXX-XX-XX"}
# Spans of several periods: соңғы 5 жылда, алдағы 10 жылда, алғашқы айларда.
WINDOWS = {"соңғы": "last", "алдағы": "next", "алғашқы": "first", "кейінгі": "last", "өткен": "last",
           "алдыңғы": "last"}  # алдыңғы бес жылда "in the previous five years" (KazNERD's guidelines, section V)
SEVERAL = ("бірнеше", "бірер", "біраз", "әлденеше")
# After a period: бұрын "ago", бойы "for", ішінде "within", сайын "every".
PERIOD_AFTER = {
    "бұрын": "ago", "бұрынғы": "ago", "бойы": "for", "бойына": "for", "ішінде": "within",
    "ішіндегі": "within", "сайын": "every", "сайынғы": "every", "бері": "since", "кейін": "after",
    "аралығында": "within", "аралығындағы": "within",
    "соң": "after",
}
# Words closing a date, with the bound they give: 2020 жылға дейін (max), 2001 жылдан бері (min).
UNTIL = {
    "дейін": "max", "шейін": "max", "дейінгі": "max", "дейн": "max", "бері": "min",
    "кейін": "min", "соң": "min", "аралығында": "", "арасында": "", "аралығындағы": "", "ішінде": "",
    "бойы": "", "бойына": "", "ішіндегі": "",
}
BETWEEN = ("аралығында", "арасында", "аралығындағы", "арасындағы", "аралығы")
# Parts of a year or century, in possessive forms only: жыл басынан бері, ғасырдың ортасында.
PARTS = r"(бас|орта|соң|аяғ|аяқ)(ы|сы)(на|нда|нан|ндағы|нің|ның|н)?(-ақ)?"
PART_VALUES = {"бас": "early", "орта": "mid", "соң": "late", "аяғ": "late", "аяқ": "late"}
# Before the common era: б.з.б. 330 ж., біздің заманымыздан бұрын IV ғасырда (the words, then their last one).
BEFORE_ERA = ("б.з.б.", "б.з.д.")
BEFORE_ERA_WORDS = (("біздің",), ("заманымыздан", "дәуірімізден", "заманымызға", "дәуірімізге"),
                    ("бұрын", "дейін", "бұрынғы", "дейінгі"))  # ... заманымызға дейінгі VI ғасыр
# Of the common era: б.з. I ғасырында, біздің заманымыздың 330 жылы (the date as it is, the marker in its span).
COMMON_ERA = ("б.з.", "біз.з.")
COMMON_ERA_WORDS = (("біздің",), ("заманымыздың", "дәуіріміздің"))
# Twelve-year cycle: тышқан жылы, доңыз жылын.
ANIMAL_YEARS = frozenset({"тышқан", "сиыр", "барыс", "қоян", "ұлу", "жылан", "жылқы", "қой", "мешін", "тауық",
                          "ит", "доңыз"})
# Named eras (their dates are history, not arithmetic): кеңес дәуірінде, сақ дәуірінен.
ERAS = frozenset({"кеңес", "сақ", "тас", "қола", "темір", "совет"})
ERA_WORDS = frozenset({"дәуір", "заман", "кезең"})
# Age: 24 жастағы, үш жасар, 28 жасында (the bare жас is "young").
AGE = "жас"
# An anniversary, "the N-th year" of something (сексен жылдығына, 25 жылдығын): a date as KazNERD labels it (its dev
# part: 4 of 4 after a common noun or no owner) but an EVENT's name after a named owner (Абайдың 175 жылдығы, Ұлы жеңістің
# 75 жылдығы, « ... » партиясының жиырма жылдығы: 12 of 12); жеңіс "the Victory" names its day written in lower case too.
ANNIVERSARY = r"(?i)жылдығы\w*"
NAMED_ANNIVERSARIES = ("жеңіс",)
# Other words on the stem жас: жастар "the young", жасыл "green", жасау "to make", жасыру "to hide".
NOT_AGES = ("жас", "жастар*", "жастың", "жастық*", "жасыл*", "жасыр*", "жаса*", "жасақ*", "жасөспірім*", "жасанды*")
# The age as a subject, before its number: жасы 57-де, жасым 30-да.
NEARING = ("таяған", "таяп")  # отызға таяған "nearing thirty"
AGE_SUBJECTS = frozenset({"жасы", "жасым", "жасың", "жасыңыз", "жасымыз", "жастары"})
# Words between жасы and the number: жасы қазір 80-нен асқан, жас мөлшері 18-ге дейін.
AGE_BETWEEN = frozenset({"қазір", "мөлшері", "шамасы", "биыл"})
# Months of the Islamic calendar that news names: Рамазан (the fast), Шәууәл.
LUNAR_MONTHS = ("рамазан", "шәууәл")
# After жас "age": қырық жас шамасындағы "about forty years old".
ABOUT_AGE = frozenset({"шамасында", "шамасындағы", "мөлшерінде", "мөлшеріндегі"})
# An age told by асқан "past" and a word of the old: елуден асқан шағында, жетпістен асқан қариялар (not жүзден асқан
# адам, "over a hundred people"): KazNERD's span is the number alone, as after жасы (жасы 80-нен асқан).
OLD_AGE_WORDS = r"(?i)(шағ|қария|қарт|ақсақал|зейнеткер)\w*"
# An age as a summit reached, a round decade in the genitive before it: жетпістің жотасына шыққан, сексеннің
# сеңгіріне, алпыстың асқарына, елудің белесінен асқан, жетпістің желкенін керген (KazNERD: the number alone).
AGE_HEIGHT_WORDS = ("жота", "сеңгір", "асқар", "асу", "белес", "қырқа", "желкен")
AGE_HEIGHTS = rf"(?i)({'|'.join(AGE_HEIGHT_WORDS)})\w*"
AGE_HEIGHT_HEADS = frozenset(word[:2] for word in AGE_HEIGHT_WORDS)

# Parts of the day (TIMEX3 values), every form listed: as stems they would take түскен, кешен, таңдау.
_DAY_PART_FORMS = {
    "TMO": "таң таңға таңнан таңмен таңертең таңертеңнен таңертеңгі таңғы азанда азаннан ертеңгісін таңертеңгісін "
           "сәске сәскеде сәскеге сәскеден таңсәріде таңсәріден ертемен",
    "TDT": "күндіз күндізгі күндізі күндізгісін күні-түні күндіз-түні күн-түн",
    "T12:00": "түскі түсте",
    "TAF": "түстен екінті екінтіде екінтіге екінтіден",
    "TEV": "кешке кешкі кешкісін кешкілік кешкілікте кештен кешқұрым ымырт ымыртта ымыртқа",
    "TNI": "түн түнгі түні түнінде түнде түннің түнге түнімен түндер түндері түнделеткі түнделетіп түнгісін",
}
DAY_PARTS = {form: value for value, forms in _DAY_PART_FORMS.items() for form in forms.split()}
# Forms that are mostly other words, a day part only before дейін, қарай: түске "colour", кеш "late".
DAY_PARTS_BEFORE_UNTIL = {"түске": "T12:00", "кеш": "TEV", "түс": "T12:00"}
DAY_PART_MARKS = ("таяу", "қайта", "қарай", "кезінде", "мезгілінде")  # түске қарай: KazNERD leaves қарай out
# таң қалу "to be surprised": таң is no dawn before these.
NOT_DAWN_AFTER = ("қал",)
# After a plural hour: он екілер шамасында "at about twelve".
ABOUT_HOUR = frozenset({"шамасында", "шамасына", "шамасы", "кезінде"})
# Words that shift a clock time: таңғы 7 (a.m.), кешкі 8 -> 20:00
# (түнгі 12 is midnight, түнгі 2 is 02:00, түнгі 11 is 23:00).
CLOCK_PARTS = {"таңғы": 0, "таңертеңгі": 0, "түскі": 12, "күндізгі": 12, "кешкі": 12, "кешкісін": 12, "түнгі": "night"}
# Adverbs of a part of the day shift a clock time only with сағат after them: таңертең сағат 6-да is one time,
# but Түнде 35, күндіз 33 градус keep the part apart (KazNERD).
CLOCK_PART_ADVERBS = {"таңертең": 0, "ертеңгісін": 0, "таңертеңгісін": 0, "күндіз": 12, "кешке": 12, "түнде": "night"}
# Hours that are mostly other words, read only after сағат or a part of the day: түскі бірге, сағат онда.
AMBIGUOUS_HOURS = {"бірге": (1, 0), "бірде": (1, 0), "бірден": (1, 0), "онда": (10, 0)}
# The night between two days: жексенбіден дүйсенбіге қараған түні; of a period: айдың соңғы түнінде (possessed).
NIGHT_WORDS = ("түні", "түнде", "түн", "түнінде")
# Words that point to a night: өткен түні, осы түні, келесі түні, сол түні (one TIME, as KazNERD's өткен түні).
NIGHT_SHIFTS = ("өткен", "келесі", "алдағы", "осы", "сол", "бұл")
# Words closing a range of two clock times joined by мен: 14:00 мен 16:00 аралығында.
BETWEEN_CLOCKS = {"аралығында": "", "арасында": "", "аралығындағы": "", "арасындағы": ""}
# сағат тура 12-де, сағат дәл онда: "exactly", between сағат and the hour.
EXACTLY = ("тура", "дәл")
# Minutes past an hour (сағат бестен он минут өткенде) and to it (сағат үшке он бес минут қалғанда).
MINUTES_PAST = ("өткенде", "өтті", "өткен", "өтіп")
MINUTES_TO = ("қалғанда", "қалды", "қалған", "қалып")
# A race's time is told "with a time of": 2:05:30 уақытпен, 1:02:03 нәтижемен (h:mm:ss, no clock time).
RESULT_WORDS = ("уақытпен", "нәтижемен")
# түс ауа "as noon passes": early afternoon.
NOON_PASSING = ("ауа", "ауғанда", "ауғаннан", "ауып")
