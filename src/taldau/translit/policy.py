"""How the Russian-loan letters ц ч щ ё ю я э ъ ь cross between the scripts.

No Kazakh Latin alphabet has letters for them, so the Cyrillic -> Latin direction spells them
with ordinary letters (2021: ц ts, ч ch, щ şş, ё io, ю iu, я ia, э e, ъ and ь dropped) and loses
information; the way back has to guess them from context rules and a word list.
"""
from __future__ import annotations

from dataclasses import dataclass, fields

from taldau.translit.alphabets import LOAN_LETTERS, spellings


@dataclass(frozen=True, slots=True)
class Policy:
    """Spellings of the loan letters and how Latin -> Cyrillic restores them.

    A spelling left as None is the alphabet's own (see `alphabets._TABLE`); set one to keep
    information the official spelling drops, e.g. `Policy(soft="ʼ")` writes медаль as "medalʼ".
    Latin -> Cyrillic reads a non-default spelling back as its letter, so such a policy makes
    that letter round-trip. `lexicon=False` restores the letters from context rules alone
    (no word list is loaded: faster start-up, less exact on words such as процент, фестиваль, шаһар).
    """

    ts: str | None = None  # ц
    ch: str | None = None  # ч
    shch: str | None = None  # щ
    yo: str | None = None  # ё
    yu: str | None = None  # ю
    ya: str | None = None  # я
    e: str | None = None  # э
    hard: str | None = None  # ъ
    soft: str | None = None  # ь
    lexicon: bool = True

    def __post_init__(self) -> None:
        for f in fields(self):
            expected = (bool,) if f.name == "lexicon" else (str, type(None))
            if not isinstance(getattr(self, f.name), expected):
                names = " or ".join(t.__name__ for t in expected)
                raise TypeError(f"Policy.{f.name} must be {names}, got {getattr(self, f.name)!r}")

    def spellings(self, alphabet: str) -> dict[str, str]:
        """{lowercase Cyrillic letter: Latin spelling} for `alphabet` with this policy's overrides."""
        table = dict(spellings(alphabet))
        for letter, name in LOAN_LETTERS.items():
            if (spelling := getattr(self, name)) is not None:
                table[letter] = spelling
        return table

    def overrides(self, alphabet: str) -> dict[str, str]:
        """{Latin spelling: Cyrillic letter} for the spellings that differ from the alphabet's own,
        longest first so that a reader tries "şç" before "ş"."""
        default = spellings(alphabet)
        found = {
            spelling: letter
            for letter, name in LOAN_LETTERS.items()
            if (spelling := getattr(self, name)) and spelling != default[letter]
        }
        return dict(sorted(found.items(), key=lambda item: -len(item[0])))
