"""Figures written in words: ``ba mươi đảng viên``, ``hai phần ba số đại biểu``, ``một nửa``.

Number words are common words too (``năm`` is "year", ``một`` "a", ``ba`` a name,
``tư`` "private"), so the rules are strict:

- ``word_number``: a run of number words that ``parse_words`` reads as a number;
- ``strong``: it holds a word that is only a numeral (``hai``, ``ba``, ``bốn``, ``sáu``, ``bảy``,
  ``tám``, ``chín``, ``mười``, ``mươi``, ``trăm``) or is a fraction (``hai phần ba``, ``một nửa``):
  a lone ``năm`` or ``một`` is never a figure;
- ``counted``: it is followed by a percent, a measure or a listed counted noun (``units.py``
  rules ``percent``/``measure``/``head``); a fraction may take any noun (``hai phần ba số đại biểu``) or none after ``tăng``/``giảm`` (``giảm một nửa``);
- ``exact``: it opens with a digit word (``hàng trăm hộ``, ``nghìn người`` are vague) and does not
  follow ``hàng``/``vài``/``mấy``/``dăm`` (``vài ba đơn vị``);
- ``not_name``: a capitalised number word straight after another word is part of a name
  (``xã Bình Ba tổ chức``);
- ``not_ordinal``: not after a label (``thứ hai``, ``lần thứ ba``, ``khóa mười``), not before a
  time noun (``ba năm``), not inside a short quoted name (“Chi bộ bốn tốt”).
"""

from __future__ import annotations

import re

import regex

from extractor.data import load_lines
from extractor.model import Target
from extractor.targets import figures as fg
from extractor.targets import lexicon as lx
from extractor.targets import masks
from extractor.targets.units import find_unit
from extractor.text.numbers import DIGITS, MULTIPLIERS, parse_words

_WORDS = "(?:" + lx.alternation([*DIGITS, *MULTIPLIERS, "mươi", "trăm", "rưỡi", "phần", "nửa"]) + ")"
WORD_NUMBER = regex.compile(r"(?<![\p{L}])(?P<num>" + _WORDS + r"(?:\s+" + _WORDS + r")*)(?![\p{L}])", regex.IGNORECASE)
# A count in words opens with a digit word or "nửa"; "trăm", "nghìn" … alone are vague.
OPENING = regex.compile(r"(?:một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười|nửa)(?![\p{L}])", regex.IGNORECASE)
VAGUE_BEFORE = regex.compile(r"(?<=(?<![\p{L}])(?:" + lx.alternation(load_lines("targets_vague.txt")) + r")\s+)", regex.IGNORECASE)
STRONG = regex.compile(r"(?<![\p{L}])(?:hai|ba|bốn|sáu|bảy|bẩy|tám|chín|mười|mươi|trăm|phần|nửa)(?![\p{L}])", regex.IGNORECASE)
PERCENT_WORDS = regex.compile(r"\s+phần\s+trăm$", regex.IGNORECASE)
FRACTION = regex.compile(r"(?<![\p{L}])(?:phần|nửa)(?![\p{L}])", regex.IGNORECASE)


# The scan looks for the strong words only (stdlib ``re`` on lower-cased text: most of a text is
# skipped on its first character), then reads the whole run of number words around each.
STRONG_SCAN = re.compile(r"(?:" + lx.trie(["hai", "ba", "bốn", "sáu", "bảy", "bẩy", "tám", "chín", "mười", "mươi", "trăm",
                                              "phần", "nửa"]) + r")(?!" + lx.LETTER + r")")
RUN_BEFORE = regex.compile(r"(?<=(?<![\p{L}])(?P<run>" + _WORDS + r"(?:\s+" + _WORDS + r")*)\s+)", regex.IGNORECASE)


def find(text: str, quoted: list[tuple[int, int]], low: str | None = None) -> list[Target]:
    low = lx.lower(text) if low is None else low
    out, done = [], 0
    for hit in STRONG_SCAN.finditer(low):
        i = hit.start()
        if i < done or (i and low[i - 1].isalpha()):
            continue
        before = RUN_BEFORE.match(text, i)
        m = WORD_NUMBER.match(text, before.start(1) if before else i)  # group 1: the run (by number: fast)
        if m is None:
            continue
        done = m.end()
        t = _figure(text, m, quoted)
        if t:
            out.append(t)
    return out


def _inside_name(text: str, start: int, num: str) -> bool:
    """``xã Bình Ba tổ chức``: a capitalised number word right after a word is part of a name."""
    before = text[max(0, start - 2):start]
    return num[0].isupper() and len(before) == 2 and before[1] == " " and before[0].isalpha()


def _figure(text: str, m: regex.Match, quoted) -> Target | None:
    num, s, e = m.group(1), *m.span(1)  # group 1: the number words
    pct = PERCENT_WORDS.search(num)
    if pct:  # "ba mươi phần trăm": the number, then its unit (not the fraction 30/100)
        num, e = num[:pct.start()], s + pct.start()
    if not STRONG.search(num) or not OPENING.match(num):
        return None
    if num.lower() == "nửa":
        return None  # "nửa chặng đường": half of something, no count
    value = parse_words(num)
    if value is None or value == 0:
        return None
    if any(a <= s < b for a, b in quoted) or _inside_name(text, s, num):
        return None
    if masks.context_rule(text, s, e) or VAGUE_BEFORE.match(text, s):
        return None
    unit = find_unit(text, e)
    change = fg.CHANGE.match(text, s) if FRACTION.search(num) else None
    if unit.rule not in ("percent", "measure", "head") and not (FRACTION.search(num) and (unit.text or change)):
        return None  # a fraction counts before any noun, or after tăng/giảm alone ("giảm một nửa")
    q = fg.QUAL_BEFORE.match(text, s)
    start = q.start(1) if q else s  # group 1: the qualifier words
    qualifier = lx.qualifier(fg.last_qualifier(q.group(1))) if q else "="
    extra = {"written": "words"}
    if change and not unit.text:
        extra["change"] = "increase" if change.group(1).lower() == "tăng" else "decrease"
    return Target(start=start, end=unit.end, value=value, unit=unit.text, qualifier=qualifier, extra=extra)
