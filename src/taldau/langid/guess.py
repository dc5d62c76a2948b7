"""The answer of `identify`."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LangGuess:
    """Language and script of a text; `rule` names the rule that decided (see rules.py)."""

    lang: str  # "kk", "ru", "en" or "other"
    script: str  # "Cyrl", "Latn", "mixed", "other" (Arabic, Greek, CJK, ... letters) or "none" (no letters)
    confidence: float  # model probability of `lang`; for a letter or word rule, the share of evidence; 0.0 for no letters
    scores: tuple[tuple[str, float], ...] = ()  # (lang, probability) from the n-gram model, best first
    rule: str = ""

    @property
    def tag(self) -> str:
        """BCP 47 style tag: 'kk-Latn' for Latin Kazakh, 'ru-Cyrl', or just the language for mixed/none."""
        return f"{self.lang}-{self.script}" if self.script in ("Cyrl", "Latn") else self.lang
