"""Lexicons shipped with the package, loaded once per process.

Tab-separated files with a header row (``load_tsv``) and one-entry-per-line lists
(``load_lines``; ``#`` starts a comment).  Both are cached: each file is read at
most once, whatever the number of extractions.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files


def _read(name: str) -> str:
    return files(__package__).joinpath(name).read_text(encoding="utf-8")


@cache
def load_tsv(name: str) -> tuple[dict[str, str], ...]:
    lines = [l for l in _read(name).splitlines() if l.strip() and not l.startswith("#")]
    header = lines[0].split("\t")
    return tuple(dict(zip(header, (c.strip() for c in l.split("\t")))) for l in lines[1:])


@cache
def load_lines(name: str) -> tuple[str, ...]:
    out = []
    for line in _read(name).splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return tuple(out)
