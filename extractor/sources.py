"""Inputs: files, folders walked recursively, and standard input; each read on its own.

A folder yields its matching files in sorted order, lazily (one folder listing at a
time, never a list of every path).  Reading never raises: a path that cannot be read
or decoded gives an ``Input`` with ``error`` set, so one bad file never costs the
results of the others.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import PurePath
from typing import BinaryIO

from extractor.text.decode import InputError, decode

STDIN = "-"


@dataclass(slots=True)
class Input:
    source: str
    text: str | None = None
    error: str | None = None
    warning: str | None = None


def expand(paths: list[str], glob: str = "*.txt") -> Iterator[str | Input]:
    """Each path as given; folders replaced by their matching files, recursively, sorted.

    A folder with no matching file, or a sub-folder that cannot be listed, yields an
    ``Input`` carrying the error.
    """
    for p in paths:
        if p != STDIN and os.path.isdir(p):
            yield from _walk(p, glob)
        else:
            yield p


def count(paths: list[str], glob: str = "*.txt") -> int:
    """How many inputs ``expand`` will yield (a second walk; used for the progress bar)."""
    return sum(1 for _ in expand(paths, glob))


def is_folder(path: str) -> bool:
    return path != STDIN and os.path.isdir(path)


def _walk(root: str, glob: str) -> Iterator[str | Input]:
    found = False
    unreadable: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable.append, followlinks=False):
        dirnames.sort()
        for name in sorted(filenames):
            if PurePath(name).match(glob):
                found = True
                yield os.path.join(dirpath, name)
        while unreadable:
            e = unreadable.pop(0)
            yield Input(e.filename or root, error=_os_message(e))
    for e in unreadable:
        yield Input(e.filename or root, error=_os_message(e))
    if not found:
        yield Input(root, error=f"no files matching {glob!r} in folder")


def open_binary(source: str) -> BinaryIO:
    """The raw bytes of an input, as a stream; raises ``InputError`` or ``OSError``."""
    if source == STDIN:
        return contextlib.nullcontext(sys.stdin.buffer)  # type: ignore[return-value]
    try:
        os.stat(source)
    except FileNotFoundError:
        if os.path.islink(source):
            raise InputError("broken symbolic link") from None
        raise
    if os.path.isdir(source):
        raise InputError("is a folder")
    return open(source, "rb")


def read(source: str | Input) -> Input:
    """A whole input decoded to text (small inputs; large ones go through ``extractor.batch``)."""
    if isinstance(source, Input):
        return source
    try:
        with open_binary(source) as f:
            decoded = decode(f.read())
    except InputError as e:
        return Input(source, error=str(e))
    except OSError as e:
        return Input(source, error=os_message(e))
    return Input(source, text=decoded.text, warning=decoded.warning)


def os_message(e: OSError) -> str:
    """A one-line reason for an ``OSError``, without the path (the caller names it)."""
    reason = e.strerror or type(e).__name__
    return reason[0].lower() + reason[1:] if reason else "cannot be read"


_os_message = os_message
