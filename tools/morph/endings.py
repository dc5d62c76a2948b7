"""Compile the endings table: `python -m tools.morph.endings` writes taldau/morph/data/endings.marshal.gz,
read at run time instead of realising ~25k endings at every start (see taldau.morph.compiled_endings)."""
from __future__ import annotations

from taldau.morph import compiled_endings, endings


def main() -> None:
    table = endings.realised_table()
    compiled_endings.PATH.write_bytes(compiled_endings.dump(table))
    print(f"{sum(map(len, table.values()))} readings of {len(table)} endings -> {compiled_endings.PATH}")


if __name__ == "__main__":
    main()
