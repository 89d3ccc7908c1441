"""Normalisation for matching, with a map back to the original offsets.

Every pass matches against one normalised string; every entity reports offsets
into the text as decoded, before normalisation (GUIDE §1).  The normalised form:

- NFC (NFD input composes, so a syllable can shrink from three code points to one);
- ``Ð``/``ð`` (U+00D0/U+00F0, a common misspelling) become ``Đ``/``đ``;
- NBSP and other Unicode spaces become a plain space, zero-width characters a space;
- typographic dashes and the minus sign become ``-``;
- CRLF becomes LF (a lone CR becomes LF as well).

Length-preserving replacements are ``str.replace`` calls, one per odd character
the text holds (a stdlib ``re`` class scan finds them at ~250 MB/s, where
``str.translate`` with a table of non-ASCII characters runs at ~10 MB/s); only NFC
composition and CRLF change lengths, and only those places are recorded, as
breakpoints, so already-NFC text costs two scans and nothing more.

>>> n = normalize("Ð/c Nguye\u0302\u0303n\\r\\n28\u201312")
>>> n.text
'Đ/c Nguyễn\\n28-12'
>>> n.span_to_original(4, 10)
(4, 12)
>>> n.span_to_original(11, 16)
(14, 19)
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field

import re

import regex

_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\u200b\u200c\u200d\u2060\ufeff\t\v\f"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d"

_REPLACEMENTS = {**{c: " " for c in _SPACES}, **{c: "-" for c in _DASHES}, "\u00d0": "\u0110", "\u00f0": "\u0111"}
_ODD = re.compile("[" + "".join(_REPLACEMENTS) + "]")

# A run that NFC may shorten (a base and its combining marks), or a line end with CR.
_LENGTH_CHANGING = regex.compile(r"\r\n?|\P{M}?\p{M}+")


@dataclass(slots=True)
class NormalizedText:
    """The normalised text plus breakpoints mapping its offsets to the original."""

    original: str
    text: str
    _norm_points: list[int] = field(default_factory=list)
    _orig_points: list[int] = field(default_factory=list)

    def to_original(self, i: int) -> int:
        """Map an offset in ``text`` to an offset in ``original``."""
        if not self._norm_points:
            return i
        k = bisect_right(self._norm_points, i) - 1
        if k < 0:
            return i
        return self._orig_points[k] + (i - self._norm_points[k])

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        return self.to_original(start), self.to_original(end)


def _replace_odd_characters(text: str) -> str:
    for odd in set(_ODD.findall(text)):
        text = text.replace(odd, _REPLACEMENTS[odd])
    return text


def _is_identity(text: str) -> bool:
    return "\r" not in text and unicodedata.is_normalized("NFC", text)


def normalize(original: str) -> NormalizedText:
    translated = _replace_odd_characters(original)
    if _is_identity(translated):
        return NormalizedText(original, translated)
    pieces: list[str] = []
    norm_points: list[int] = []
    orig_points: list[int] = []
    last = 0
    norm_len = 0
    for m in _LENGTH_CHANGING.finditer(translated):
        s, e = m.span()
        chunk = m.group()
        replacement = "\n" if chunk[0] == "\r" else unicodedata.normalize("NFC", chunk)
        if len(replacement) == e - s and replacement == chunk:
            continue
        pieces.append(translated[last:s])
        norm_len += s - last
        pieces.append(replacement)
        norm_len += len(replacement)
        norm_points.append(norm_len)
        orig_points.append(e)
        last = e
    pieces.append(translated[last:])
    text = "".join(pieces)
    # Rare leftovers (e.g. singletons NFC rewrites without marks) keep their length.
    if not unicodedata.is_normalized("NFC", text):
        composed = unicodedata.normalize("NFC", text)
        if len(composed) == len(text):
            text = composed
    return NormalizedText(original, text, norm_points, orig_points)


def clean(value: str) -> str:
    """A normalised value for output: NFC, Đ for Ð, single spaces, trimmed."""
    return " ".join(unicodedata.normalize("NFC", _replace_odd_characters(value)).split())
