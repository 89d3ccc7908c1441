"""Turn the bytes of an input file into text, or refuse it with a clear reason.

Accepted: UTF-8 with or without BOM, UTF-16 with BOM, and the legacy Vietnamese
code page cp1258 (which writes tones as combining marks; the text layer composes
them).  A leading BOM is not part of the text.  Refused: bytes with NUL (binary).

``decode`` takes a whole file; ``StreamDecoder`` decodes a very large one block by
block, choosing the encoding from its first block by the same rules.

>>> decode("Ngày 9/1".encode("utf-8")).text
'Ngày 9/1'
>>> decode(b"\\xef\\xbb\\xbfabc").text
'abc'
>>> decode("Đảng".encode("utf-16")).encoding
'utf-16'
>>> d = decode(b"Nghi\\xf2 quy\\xea\\xect")
>>> d.encoding, unicodedata.normalize("NFC", d.text)
('cp1258', 'Nghị quyết')
>>> decode(b"\\x00\\x01")
Traceback (most recent call last):
...
extractor.text.decode.InputError: binary file (NUL bytes), not text
"""

from __future__ import annotations

import codecs
import unicodedata  # noqa: F401  (used by the doctest)
from dataclasses import dataclass

BINARY = "binary file (NUL bytes), not text"


class InputError(Exception):
    """An input that cannot be turned into text; the message is one line for the user."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    warning: str | None = None


def decode(data: bytes) -> Decoded:
    if data.startswith(codecs.BOM_UTF8):
        return _utf8(data[len(codecs.BOM_UTF8):], "utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return Decoded(data.decode("utf-16"), "utf-16")
        except UnicodeDecodeError as e:
            raise InputError(f"invalid UTF-16 at byte {e.start}") from None
    if b"\x00" in data:
        raise InputError(BINARY)
    return _utf8(data, "utf-8")


def _utf8(data: bytes, name: str) -> Decoded:
    try:
        return Decoded(data.decode("utf-8"), name)
    except UnicodeDecodeError as e:
        if _looks_like_utf8(data):
            return Decoded(
                data.decode("utf-8", errors="replace"),
                name,
                f"invalid UTF-8 at byte {e.start}; undecodable bytes replaced with U+FFFD",
            )
    try:
        return Decoded(data.decode("cp1258"), "cp1258")
    except UnicodeDecodeError as e:
        raise InputError(f"not UTF-8, UTF-16 or cp1258 text (byte {e.start})") from None


def _looks_like_utf8(data: bytes) -> bool:
    """Mostly-valid UTF-8 with a few bad bytes, rather than a legacy code page."""
    good = data.decode("utf-8", errors="ignore")
    multibyte = sum(1 for ch in good if ord(ch) > 0x7F) if len(good) < 200_000 else _count_high(good)
    bad = len(data) - len(good.encode("utf-8"))
    return multibyte > 0 and bad <= max(4, multibyte // 10)


def _choose_stream_encoding(head: bytes) -> str:
    """The encoding of a file judged by its first block (the rules of ``decode``)."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if b"\x00" in head:
        raise InputError(BINARY)
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        return "utf-8" if _looks_like_utf8(head) else "cp1258"


class _BadBytes:
    """Error handler for UTF-8 streams: U+FFFD for bad bytes, remembering the first."""

    current: "StreamDecoder | None" = None

    @staticmethod
    def handle(e: UnicodeDecodeError) -> tuple[str, int]:
        owner = _BadBytes.current
        if owner is not None and owner.first_bad is None:
            owner.first_bad = owner.consumed + e.start
        return "\ufffd", e.end


codecs.register_error("extract.replace", _BadBytes.handle)


class StreamDecoder:
    """Decode a file block by block; the encoding is chosen from the first block.

    >>> d = StreamDecoder("Nghị quyết".encode("utf-8")[:4])
    >>> d.decode("Nghị quyết".encode("utf-8")[:4]) + d.decode("Nghị quyết".encode("utf-8")[4:], final=True)
    'Nghị quyết'
    """

    def __init__(self, head: bytes) -> None:
        self.encoding = _choose_stream_encoding(head)
        self._utf16 = self.encoding == "utf-16"
        errors = "strict" if self._utf16 or self.encoding == "cp1258" else "extract.replace"
        self._decoder = codecs.getincrementaldecoder(self.encoding)(errors=errors)
        self.consumed = 0
        self.first_bad: int | None = None

    def decode(self, block: bytes, final: bool = False) -> str:
        if not self._utf16 and b"\x00" in block:
            raise InputError(BINARY)
        _BadBytes.current = self
        try:
            text = self._decoder.decode(block, final)
        except UnicodeDecodeError as e:
            raise InputError(f"not {self.encoding} text (byte {self.consumed + e.start})") from None
        finally:
            _BadBytes.current = None
        self.consumed += len(block)
        return text

    @property
    def warning(self) -> str | None:
        if self.first_bad is None:
            return None
        return f"invalid UTF-8 at byte {self.first_bad}; undecodable bytes replaced with U+FFFD"


def _count_high(text: str) -> int:
    return len(text.encode("utf-8")) - len(text)
