r"""Run a `regex` pattern on the standard library's `re` where the text allows it.

`re` scans many patterns faster than `regex` (a character class, a word list written as a
trie), but it has no ``\p{…}`` properties and its ``\d``/``\w`` differ.  Over the characters
of ``SCRIPT`` (ASCII and Latin-1, the Vietnamese letters, combining marks, punctuation, and
U+E000 that masks names: nearly every text), ``to_re`` rewrites a pattern's classes as `re`
classes that match exactly what `regex` matches there; a pass checks ``in_script(text)`` once
and picks the `re` or the `regex` form of its scanners.

>>> in_script("Nghị quyết 08-NQ/TU"), in_script("Nghị quyết ☃")
(True, False)
>>> import re
>>> bool(re.fullmatch(to_re(r"\p{Lu}\p{Ll}+"), "Đảng"))
True
"""

from __future__ import annotations

import re
from functools import cache

import regex

# Over these characters the two engines also agree on letter case (they do not on `İ` and `ı`,
# left out) and on ``\s`` (`re` counts U+001C-U+001F as spaces and `regex` does not: left out).
SCRIPT = "".join(chr(c) for lo, hi in ((0, 0x1C), (0x20, 0x100), (0x300, 0x370), (0x1EA0, 0x1EFA),
                                       (0x2000, 0x2070), (0x20A0, 0x20D0), (0xE000, 0xE001))
                 for c in range(lo, hi)) + "ĂăĐđĨĩŨũƠơƯư"


@cache  # the passes spell the same few classes hundreds of times while compiling
def spelled(char_class: str) -> str:
    """The characters of ``SCRIPT`` that the `regex` class matches, as the body of a `re` class."""
    runs: list[list[int]] = []
    for c in sorted(ord(ch) for ch in regex.findall(char_class, SCRIPT)):
        if runs and runs[-1][1] == c - 1:
            runs[-1][1] = c
        else:
            runs.append([c, c])
    return "".join(_literal(a) if a == b else f"{_literal(a)}-{_literal(b)}" for a, b in runs)


def _literal(code: int) -> str:
    """A character as written in a class: itself (escaped in ASCII), or its code if unprintable."""
    char = chr(code)
    if not char.isprintable() or char.isspace():
        return f"\\u{code:04x}"
    return re.escape(char) if code < 0x80 else char


def to_re(pattern: str) -> str:
    """A `regex` pattern for `re`, to be run on text of SCRIPT only: ``\\p{…}``, ``\\d`` and ``\\w``
    (`re`'s leaves out combining marks) spelled out, in a class or alone (no other `regex` feature
    may be in it, nor a look-behind of varying width)."""
    return _TOKEN.sub(lambda m: _spelled_token(m[0], inside=False), pattern)


# A character class (`[\p{L}\p{M}]`, `[^()\n]`), a property, `\d`, or any other escape.
_TOKEN = regex.compile(r"\[(?:\\.|[^\\\]])*\]|\\p\{\w+\}|\\.")
_IN_CLASS = regex.compile(r"\\p\{\w+\}|\\.")


def _spelled_token(token: str, inside: bool) -> str:
    if token.startswith("["):
        return _IN_CLASS.sub(lambda m: _spelled_token(m[0], inside=True), token)
    if token == r"\w":
        token = r"\p{Word}"
    elif not (token.startswith(r"\p") or token == r"\d"):
        return token
    return spelled(token) if inside else f"[{spelled(token)}]"


_OUTSIDE_SCRIPT = re.compile("[^" + spelled(r"(?s).") + "]")


def in_script(text: str) -> bool:
    return _OUTSIDE_SCRIPT.search(text) is None
