"""The command line's inputs: files, folders walked recursively and standard input, each read up to a
size limit, with an error that names the input instead of a silent skip."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from taldau.io import InputError, decode

MAX_MB = 200  # default --max-size: a larger input is refused before it fills the memory (/dev/zero)


def find(paths: list[str], problems: list[str] | None = None) -> list[tuple[str, Path | None]]:
    """(name, path) for each input; "-" is standard input (path None); folders are walked recursively,
    hidden files and folders (.git) skipped. A folder that cannot be read, or holds no file, is added to
    `problems` with the reason."""
    found: list[tuple[str, Path | None]] = []
    for raw in paths or ["-"]:
        if raw == "-":
            found.append(("<stdin>", None))
        elif Path(raw).is_dir():
            files = _walk(Path(raw), problems if problems is not None else [])
            if not files and problems is not None:
                problems.append(f"{raw}: folder has no files to read")
            found += [(str(p), p) for p in files]
        else:
            found.append((raw, Path(raw)))
    return found


def _walk(folder: Path, problems: list[str]) -> list[Path]:
    def unreadable(error: OSError) -> None:
        problems.append(f"{error.filename}: cannot read folder: {error.strerror}")

    files = []
    for root, dirs, names in os.walk(folder, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        files += [Path(root) / n for n in names if not n.startswith(".")]
    return sorted(files)


def read(name: str, path: Path | None, max_mb: float = MAX_MB) -> str:
    """Text of a file or of stdin (path None), refused beyond `max_mb` megabytes without reading the rest."""
    limit = int(max_mb * 1_000_000)
    try:
        if path is None:
            data = sys.stdin.buffer.read(limit + 1)
        else:
            with open(path, "rb") as source:
                data = source.read(limit + 1)
    except OSError as error:
        raise InputError(f"{name}: cannot read: {error.strerror}") from error
    if len(data) > limit:
        raise InputError(f"{name}: larger than {max_mb:g} MB; give --max-size {max_mb * 10:g} (MB) to read it")
    return decode(data, name)
