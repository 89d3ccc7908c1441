"""Inputs: files, folders walked recursively, and standard input; each read on its own.

A folder yields its matching files in sorted order, lazily.  Reading never raises:
a path that cannot be read or decoded gives an ``Input`` with ``error`` set, so one
bad file never costs the results of the others.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from extractor.text.decode import InputError, decode

STDIN = "-"
MAX_BYTES = 1 << 30  # larger inputs are refused rather than exhausting memory


@dataclass(slots=True)
class Input:
    source: str
    text: str | None = None
    error: str | None = None
    warning: str | None = None


def expand(paths: list[str], glob: str = "*.txt") -> Iterator[str | Input]:
    """Each path as given; folders replaced by their matching files, recursively, sorted.

    A folder with no matching file yields an ``Input`` carrying the error.
    """
    for p in paths:
        if p != STDIN and os.path.isdir(p):
            yield from _walk(Path(p), glob)
        else:
            yield p


def _walk(root: Path, glob: str) -> Iterator[str | Input]:
    found = False
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames.sort()
        for name in sorted(filenames):
            if Path(name).match(glob):
                found = True
                yield os.path.join(dirpath, name)
    if not found:
        yield Input(str(root), error=f"no files matching {glob!r} in folder")


def read(source: str | Input) -> Input:
    if isinstance(source, Input):
        return source
    try:
        data = sys.stdin.buffer.read() if source == STDIN else _read_file(source)
        decoded = decode(data)
    except InputError as e:
        return Input(source, error=str(e))
    except OSError as e:
        return Input(source, error=_os_message(e))
    return Input(source, text=decoded.text, warning=decoded.warning)


def _read_file(path: str) -> bytes:
    if os.path.islink(path) and not os.path.exists(path):
        raise InputError("broken symbolic link")
    if os.path.isdir(path):
        raise InputError("is a folder")
    size = os.path.getsize(path)
    if size > MAX_BYTES:
        raise InputError(f"file too large ({size} bytes; the limit is {MAX_BYTES})")
    with open(path, "rb") as f:
        return f.read()


def _os_message(e: OSError) -> str:
    reason = e.strerror or type(e).__name__
    return reason[0].lower() + reason[1:] if reason else "cannot be read"
