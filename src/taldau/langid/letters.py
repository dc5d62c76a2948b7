"""Letter data: which letters tell Kazakh from Russian, and Kazakh Latin from English.

Lower-case only; callers lower-case first. Plain data, no logic, so it can be read and extended alone.
"""

# Cyrillic letters of Kazakh that Russian lacks: strong evidence for Kazakh in Cyrillic text.
KAZAKH_CYRL = "әғқңөұүһі"

# The 33 Russian letters; Kazakh Cyrillic = RUSSIAN + KAZAKH_CYRL. Any other Cyrillic letter (Ukrainian ї є ґ,
# Belarusian ў, Serbian ђ ј љ, Tatar җ) points to another language.
RUSSIAN = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"

# Letters of the 2021 Kazakh Latin alphabet beyond English a-z (ç for ч was in the 2021 draft).
KAZAKH_LATN_2021 = "äğıñöşūüç"

# Acute-accent letters of the 2018 Kazakh Latin alphabet, still seen in user text ("Óte jaqsy").
KAZAKH_LATN_2018 = "áǵíńóúý"

# Other accented letters seen for і, ү, ө, ғ, ш in Latin Kazakh reviews ("ìşì", "tùzetìp", "Õte", "Òte",
# "audarylģan", "aqśa").
KAZAKH_LATN_ADHOC = "ìùõòģś"

# Every Latin letter that English or some Kazakh Latin spelling uses; other Latin letters (ß é ł ő ø ...)
# point to another language.
KNOWN_LATN = "abcdefghijklmnopqrstuvwxyz" + KAZAKH_LATN_2021 + KAZAKH_LATN_2018 + KAZAKH_LATN_ADHOC

# Latin look-alikes typed inside Cyrillic words ("бiрi" with Latin i, "сəлем" with the Latin schwa):
# read as their Cyrillic twins.
HOMOGLYPHS = str.maketrans("aceiopxyhkə", "асеіорхуһкә")
