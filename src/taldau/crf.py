"""A committed crfsuite model beside its `meta.json`, opened on first use (taldau.ner, taldau.tagger).

crfsuite's tagger keeps per-call state, so each thread opens its own; `meta.json`'s format is
checked before the model is read, so an old artifact fails with a clear message.
"""
from __future__ import annotations

import json
import threading
from pathlib import Path


class CrfModel:
    def __init__(self, model: Path, meta: Path, format: int) -> None:
        self.model, self.meta_path, self.format = model, meta, format
        self._meta: dict | None = None
        self._local = threading.local()

    def meta(self) -> dict:
        if self._meta is None:
            info = json.loads(self.meta_path.read_text(encoding="utf-8"))
            if info.get("format") != self.format:
                raise ValueError(f"{self.meta_path} has format {info.get('format')}; "
                                 f"this taldau reads format {self.format}")
            self._meta = info
        return self._meta

    def tagger(self):
        """This thread's crfsuite tagger."""
        tagger = getattr(self._local, "tagger", None)
        if tagger is None:
            import pycrfsuite

            self.meta()
            tagger = pycrfsuite.Tagger()
            tagger.open(str(self.model))
            self._local.tagger = tagger
        return tagger


def attributes(model_file: Path) -> frozenset[str]:
    """Every attribute name the crfsuite model at `model_file` has weights for: crfsuite drops the other feature
    strings it is given, so a caller that drops them first (and caches what it keeps per word) hands it fewer."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    try:
        tagger.open(str(model_file))
    except ValueError as error:
        raise ValueError(f"{model_file} is not a crfsuite model") from error
    return frozenset(tagger.info().attributes)
