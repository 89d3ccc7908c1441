"""Vietnamese number notation, shared by every pass.

Digits: ``.`` groups thousands and ``,`` is the decimal mark (``8.500`` = 8500,
``7,5`` = 7.5, ``1.234,5`` = 1234.5).  A ``.`` followed by other than exactly
three digits is a decimal mark (``189.26`` = 189.26).  Leading zeros do not
count (``03`` = 3).  English grouping with several commas (``1,234,567``) is
read as thousands.  Values are ``int`` when whole, else ``float``.

>>> [parse_digits(s) for s in ("8.500", "7,5", "1.234,5", "03", "189.26", "1.234.567", "1,234,567")]
[8500, 7.5, 1234.5, 3, 189.26, 1234567, 1234567]

Roman numerals (congress, plenum and term ordinals):

>>> [parse_roman(s) for s in ("XIII", "IV", "xii", "MMXX", "IIII", "ABC")]
[13, 4, 12, 2020, None, None]

Number words, with ``mươi``, ``trăm``, ``linh``/``lẻ``, ``nghìn``/``ngàn``, ``vạn``,
``triệu``, ``tỷ``, and the spoken variants ``mốt``, ``tư``, ``lăm``/``nhăm``:

>>> [parse_words(s) for s in ("ba mươi", "hai mươi lăm", "một trăm linh năm", "mười",
...                           "hai mươi tư", "mười lăm", "ba nghìn", "hai triệu rưỡi", "một nửa")]
[30, 25, 105, 10, 24, 15, 3000, 2500000, 0.5]
>>> parse_words("hai phần ba")
0.6667
>>> parse_number("11 vạn"), parse_number("2,5 triệu"), parse_number("Hai mươi")
(110000, 2500000, 20)
"""

from __future__ import annotations

import regex

Number = int | float

DIGITS = {
    "không": 0, "linh": 0, "lẻ": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4,
    "năm": 5, "lăm": 5, "nhăm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9, "mười": 10,
}
MULTIPLIERS = {"nghìn": 1_000, "ngàn": 1_000, "vạn": 10_000, "triệu": 1_000_000, "tỷ": 1_000_000_000, "tỉ": 1_000_000_000}

_NUMERAL = regex.compile(r"\d+(?:[.,]\d+)*")
_ROMAN = regex.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})", regex.I)
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def _whole(x: float) -> Number:
    return int(x) if float(x).is_integer() else x


def parse_digits(s: str) -> Number | None:
    """Parse a numeral written with digits in Vietnamese notation."""
    s = s.strip()
    if not _NUMERAL.fullmatch(s):
        return None
    if "," in s and "." in s:
        # Whichever mark comes last is the decimal mark.
        if s.rfind(",") > s.rfind("."):
            return _whole(float(s.replace(".", "").replace(",", ".")))
        return _whole(float(s.replace(",", "")))
    if "." in s:
        groups = s.split(".")
        if all(len(g) == 3 for g in groups[1:]):
            return int("".join(groups))
        return _whole(float(s)) if len(groups) == 2 else None
    if "," in s:
        groups = s.split(",")
        if len(groups) > 2 and all(len(g) == 3 for g in groups[1:]):
            return int("".join(groups))
        return _whole(float(s.replace(",", "."))) if len(groups) == 2 else None
    return int(s)


def parse_roman(s: str) -> int | None:
    """Parse a Roman numeral (any case); None when ``s`` is not a canonical one."""
    if not s or not _ROMAN.fullmatch(s):
        return None
    total, prev = 0, 0
    for ch in reversed(s.upper()):
        v = _ROMAN_VALUES[ch]
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total


def parse_words(s: str) -> Number | None:
    """Parse a Vietnamese number written in words; None when it is not one."""
    words = s.lower().split()
    if not words:
        return None
    if "phần" in words:  # a fraction: "hai phần ba"
        i = words.index("phần")
        num, den = parse_words(" ".join(words[:i])), parse_words(" ".join(words[i + 1:]))
        if num is None or not den:
            return None
        return round(num / den, 4)
    if words == ["một", "nửa"] or words == ["nửa"]:
        return 0.5
    total, group, current = 0, 0, 0
    seen = False
    for w in words:
        if w in DIGITS:
            current = (current * 10 if current else 10) if w == "mười" else current + DIGITS[w]
            seen = True
        elif w == "mươi":
            current = (current or 1) * 10
        elif w == "trăm":
            group += (current or 1) * 100
            current = 0
        elif w == "rưỡi":
            return _rưỡi(total, group, current, words)
        elif w in MULTIPLIERS:
            total += (group + current or 1) * MULTIPLIERS[w]
            group = current = 0
        else:
            return None
    return total + group + current if seen or total else None


def _rưỡi(total: int, group: int, current: int, words: list[str]) -> Number:
    """``hai triệu rưỡi`` = 2.5 million: half of the last multiplier named."""
    last = next((MULTIPLIERS[w] for w in reversed(words) if w in MULTIPLIERS), 1)
    return _whole(total + group + current + last / 2)


def parse_number(s: str) -> Number | None:
    """Digits or words, optionally followed by a multiplier word (``11 vạn``, ``2,5 triệu``)."""
    parts = s.strip().split()
    if not parts:
        return None
    scale = 1
    while len(parts) > 1 and parts[-1].lower() in MULTIPLIERS:
        scale *= MULTIPLIERS[parts.pop().lower()]
    head = " ".join(parts)
    value = parse_digits(head) if head[0].isdigit() else parse_words(head)
    if value is None:
        return None
    return _whole(round(value * scale, 6))
