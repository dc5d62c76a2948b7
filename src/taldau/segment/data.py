"""Language data for segmentation: abbreviations and punctuation, as plain commented sets.

Abbreviations are written lowercase and with their final period, as they appear in text. Words that are
also ordinary words at the end of a sentence (бет, том, мың, ауыл, ген, жел, қаз, орыс) are left out on
purpose. Those with a period in the Apertium lexicon's ABBR class are all here, but for май.
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
    "қ.", "обл.", "ауд.", "даң.", "көш.", "пр.",  # қала, облыс, аудан, даңғыл, көше, проспект
    "б.", "т.", "бөл.", "тар.",  # бет, том, бөлім, тарау: page, volume, section, chapter
    "мыс.", "қар.", "салыст.", "мөлш.", "шамам.",  # e.g., see, compare, approximately
    "реж.", "ред.", "құраст.", "авт.", "суретш.",  # director, editor, compiler, author, artist (ауд.: above)
    "оңт.", "солт.", "шығ.", "бат.", "с.", "ш.", "б.т.",  # south, north, east, west; latitude, longitude
    "биікт.", "тереңд.", "төм.", "ұзынд.",  # height, depth, lower, length
    "лат.", "ағыл.", "ағылш.", "парс.", "фр.",  # languages (орыс., араб. are also words: left out)
    "биол.", "геогр.", "геол.", "хим.", "физ.", "экон.", "тех.", "пед.", "мед.", "акцион.", "аум.",  # fields
    "янв.", "февр.", "апр.", "авг.", "сент.", "окт.", "нояб.", "дек.",  # months, Russian
    "б.з.д.", "б.э.д.",  # before our era (older spellings)
    "проф.", "акад.", "доц.", "д-р.", "м.ғ.к.", "т.ғ.д.", "ф.ғ.д.", "э.ғ.д.", "з.ғ.д.",  # titles, degrees
    "подп.", "полк.",  # ranks
    "j.", "jj.", "ğ.", "ğğ.", "mln.", "mlrd.", "trln.", "tg.", "obl.", "aud.", "köş.", "mys.",  # 2021 Latin alphabet
    "т.н.", "т.е.", "др.", "г.", "гг.", "им.", "ул.", "рис.", "стр.", "тыс.",  # Russian
    "mr.", "mrs.", "dr.", "prof.", "vs.", "e.g.", "i.e.", "no.", "inc.", "ltd.", "co.", "jr.", "st.",
})

# Units and currencies, written without their period: the period after them is a token of its own.
# After a number it does not end a sentence before a digit or an initial, but does before a capitalised
# word: "биіктігі 200 м. Шыңы ..." -> two sentences; "ұзындығы 5 км. 2 км. жолы" -> one.
UNITS = frozenset({
    "км", "см", "мм", "м", "кг", "г", "гр", "га", "л", "мин", "сек", "сағ", "ц", "шақ",
    "тг", "руб", "долл", "сом",
})

# Closing punctuation that belongs to the sentence it follows: `... деді». Келесі`.
CLOSING = frozenset({"»", ")", "]", "}", '"', "'", "›"})
# Straight quotes open or close depending on the space around them.
AMBIGUOUS_QUOTES = frozenset({'"', "'"})
# Opening punctuation that may start a sentence before its first word: `«Біз ...`, `— Иә, ...`.
OPENING = frozenset({"«", "(", "[", "{", '"', "'", "‹", "—", "-", "–"})
# Markers of a list item at a line start: "• ...", "– ...".
BULLETS = frozenset({"•", "●", "▪", "◦", "*", "-", "–", "—"})
# Tokens that end a sentence.
TERMINALS = frozenset({".", "!", "?", "…", "..."})
