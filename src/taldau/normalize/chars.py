"""Character-level language data for normalisation, as plain commented tables."""

# Invisible characters dropped from the normalised view (they stay in the original text):
# soft hyphen, zero-width space/joiners, word joiner, BOM, C0/C1 controls except tab and newlines.
INVISIBLE = (
    "\u00ad"  # soft hyphen
    "\u200b\u200c\u200d"  # zero-width space, non-joiner, joiner
    "\u2060\ufeff"  # word joiner, byte-order mark used as ZWNBSP
    "\u200e\u200f\u202a-\u202e"  # bidi marks and embeddings
    "\x00-\x08\x0e-\x1b\x7f\x80-\x84\x86-\x9f"  # control characters (not the ones that separate words)
)

# One-to-one replacements: quotes, apostrophes, dashes and spaces unified.
_SAME_AS = {
    "«": "“„‟",  # opening double quotes -> «
    "»": "”",  # closing double quote -> »
    "'": "’‘‛ʼʻ`´′",  # apostrophes and primes -> '
    "—": "–—―‒",  # dashes -> em dash (between digits they become a hyphen, see homoglyphs)
    "-": "‐‑−",  # hyphen, non-breaking hyphen, minus sign -> hyphen-minus
    " ": "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
    "\x1c\x1d\x1e\x1f",  # no-break and sized spaces; file, group, record and unit separators
    "\n": "\u2028\u2029\x85\x0b\x0c",  # line and paragraph separators, NEL, vertical tab, form feed
}
ONE_TO_ONE = str.maketrans({src: dst for dst, srcs in _SAME_AS.items() for src in srcs})

# Cyrillic letters of Kazakh (lowercase); used to tell a Cyrillic word from a Latin one.
CYRILLIC_LOWER = "абвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюяә"

# Latin (and IPA) look-alikes typed inside Cyrillic words, mapped to the Cyrillic letter they imitate.
LATIN_LOOKALIKES = {
    "a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "h": "һ",
    "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С", "X": "Х", "Y": "У", "I": "І", "H": "Н",
    "K": "К", "M": "М", "T": "Т", "B": "В",
}
# Look-alikes of Kazakh letters from other alphabets (these are different code points).
FOREIGN_LOOKALIKES = {
    "ə": "ә", "ǝ": "ә", "Ə": "Ә", "Ǝ": "Ә",  # Latin/IPA schwa (Azerbaijani, Tatar Latin)
    "ɵ": "ө", "Ɵ": "Ө",  # Latin barred o
    "ҡ": "қ", "Ҡ": "Қ",  # Bashkir qa
    "ӷ": "ғ", "Ӷ": "Ғ",  # ge with descender
    "ӈ": "ң", "Ӈ": "Ң", "ӊ": "ң", "Ӊ": "Ң",  # en with hook / tail (Khanty, Chukchi)
    "ҥ": "ң", "Ҥ": "Ң",  # en-ghe ligature (Mari, Altai)
    "ӯ": "ұ", "Ӯ": "Ұ",  # u with macron (Tajik), typed for ұ
    "ї": "і", "Ї": "І",  # yi typed for і
}
