"""Language data for segmentation: abbreviations and punctuation, as plain commented sets.

Abbreviations are written lowercase and with their final period, as they appear in text. Words that are
also ordinary words at the end of a sentence (бет, том, мың, ауыл, ген) are left out on purpose.
"""

# Abbreviations that often end a sentence: after them an uppercase word starts a new sentence.
# "мұнай, газ т.б. Бұл..." -> two sentences.
SENTENCE_FINAL_ABBREVIATIONS = frozenset({
    "т.б.",  # тағы басқалар, "etc."
    "т.с.с.",  # тағы сол сияқты, "and so on"
    "т.с.",
    "т.т.",  # тағы тағылар
    "б.з.б.", "б.з.", "біз.з.",  # before / of our era
    "t.b.", "t.s.s.", "t.s.", "t.t.", "b.z.b.", "b.z.",  # the same in the 2021 Latin alphabet
    "etc.",
})

# Abbreviations that do not end a sentence even before an uppercase word:
# "1 млрд. АҚШ доллары", "1939 ж. Қ. Жұмалиев".
ABBREVIATIONS = frozenset({
    "ж.", "жж.",  # жыл, жылдар: year(s)
    "ғ.", "ғғ.",  # ғасыр: century
    "млн.", "млрд.", "трлн.",  # million, billion, trillion
    "тг.", "руб.", "долл.", "сом.",  # currencies
    "км.", "см.", "мм.", "кг.", "гр.", "га.", "мин.", "сек.", "сағ.",  # units
    "қ.", "обл.", "ауд.", "даң.", "көш.", "пр.",  # қала, облыс, аудан, даңғыл, көше, проспект
    "б.", "т.", "бөл.", "тар.",  # бет, том, бөлім, тарау: page, volume, section, chapter
    "мыс.", "қар.", "салыст.",  # e.g., see, compare
    "проф.", "акад.", "доц.", "д-р.", "м.ғ.к.", "т.ғ.д.", "ф.ғ.д.", "э.ғ.д.", "з.ғ.д.",  # titles, degrees
    "подп.", "полк.",  # ranks
    "j.", "jj.", "ğ.", "ğğ.", "mln.", "mlrd.", "trln.", "tg.", "obl.", "aud.", "köş.", "mys.",  # 2021 Latin alphabet
    "т.н.", "т.е.", "др.", "г.", "гг.", "им.", "ул.", "рис.", "стр.", "тыс.",  # Russian
    "mr.", "mrs.", "dr.", "prof.", "vs.", "e.g.", "i.e.", "no.", "inc.", "ltd.", "co.", "jr.", "st.",
})

# Closing punctuation that belongs to the sentence it follows: `... деді». Келесі`.
CLOSING = frozenset({"»", ")", "]", "}", '"', "'", "›"})
# Straight quotes open or close depending on the space around them.
AMBIGUOUS_QUOTES = frozenset({'"', "'"})
# Opening punctuation that may start a sentence before its first word: `«Біз ...`, `— Иә, ...`.
OPENING = frozenset({"«", "(", "[", "{", '"', "'", "‹", "—", "-", "–"})
# Tokens that end a sentence.
TERMINALS = frozenset({".", "!", "?", "…", "..."})
