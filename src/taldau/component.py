"""The component protocol: one shape for every stage of the pipeline, built-in or third-party.

A component has a `name`, declares the capabilities it `requires` (written by earlier components) and
those it `assigns`, is built with an optional model path (`None`: the bundled model, loaded on first
use), and turns one `Doc` into a new one (`__call__`) or a batch of them (`pipe`). `Pipeline` checks
the declarations, so a component never silently runs an earlier stage itself.

Capabilities: tokens, sentences, lang, cyrillic, readings, tagged, quantities, entities, keyterms,
syntax, relations.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import ClassVar

from taldau.doc import Doc

CAPABILITIES = (
    "tokens", "sentences", "lang", "cyrillic", "readings", "tagged",
    "quantities", "entities", "keyterms", "syntax", "relations",
)


class Component:
    """Base of pipeline components: subclass it, set the three class attributes, define `__call__`."""

    name: ClassVar[str] = ""
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ()

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = None if path is None else Path(path)

    @classmethod
    def from_disk(cls, path: str | Path) -> Component:
        """The component with the model stored at `path` instead of the bundled one."""
        if not Path(path).exists():
            raise FileNotFoundError(f"no model for component {cls.name!r} at {path}")
        return cls(path)

    def __call__(self, doc: Doc) -> Doc:
        raise NotImplementedError(f"component {self.name!r} does not define __call__")

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        """Each doc processed; components with a real batch operation override this."""
        for doc in docs:
            yield self(doc)

    def __repr__(self) -> str:
        where = f", path={str(self.path)!r}" if self.path else ""
        return f"{type(self).__name__}(name={self.name!r}{where})"
