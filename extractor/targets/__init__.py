"""Targets and figures (GUIDE §5): counts, percentages, money, amounts, ratios.

``find(text)`` walks the numeric cores found by ``figures.FIGURE`` (digits) and
``words.WORD_NUMBER`` (numbers in words), drops the ones that ``masks`` marks as
not figures (dates, codes, labels, durations, page furniture, …), reads the unit
(``units``), the qualifier, range and ratio, then the status (``status``) and the
subject (``subject``).

Representation of multiplied amounts: before a measure unit the multiplier stays in
the unit and the value is the number as written (``2,5 nghìn tỷ đồng`` → value 2.5,
unit ``nghìn tỷ đồng``), with the full amount in the extra keys ``amount`` (2.5e12)
and ``base_unit`` (``đồng``); a measure that is no money follows the same rule (``1,2 triệu m3``
→ 1.2 ``triệu m3``, amount 1.2e6, base_unit ``m3``).  Before a counted noun, listed or not, the
multiplier scales the value (``11 vạn hộ`` → 110000 ``hộ``, ``87 triệu tài khoản`` → 87000000
``tài khoản``).  A multiplier with nothing after it, or before a noun naming a sum
(``targets_amount_nouns.txt``: ``400 tỷ vốn đầu tư``), is the unit (400 ``tỷ``, amount 4e11).
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

import re

import regex

from extractor.model import Target
from extractor.targets import figures as fg
from extractor.targets import lexicon as lx
from extractor.targets import masks, status, subject, tables, words
from extractor.targets.units import find_unit
from extractor.text import script

__all__ = ["find"]

MAX_CORE = 60  # characters of one numeric core, at most


def find(text: str) -> list[Target]:
    """All figures in normalised ``text`` (before the pipeline removes dates and numbers of documents)."""
    low = lx.lower(text)  # for the scans of cue words, in stdlib re without case folding
    in_script = script.in_script(text)  # most texts: the full-text scans run on re
    starts = lx.numeral_starts(text) if in_script else None
    spans = masks.masked_spans(text, starts)
    blocked = _Blocked(spans)
    cores = fg.FIGURE.finditer(text) if starts is None else fg.script_figures(text, starts)
    out = [t for m in cores if (t := _digits_figure(text, m, blocked, in_script))]
    taken = _Blocked([(t.start, t.end, "") for t in out])
    out += [t for t in words.find(text, masks.quoted_names(spans), low) if not taken.hit(t.start, t.end)]
    out.sort(key=lambda t: t.start)
    status.assign(text, out, low)
    for t in out:
        t.subject = subject.subject_of(text, t)
    cells = tables.find(text)
    if cells:  # a table's cells take their unit and status from its header, not from the words around
        inside = _Blocked([(t.start, t.end, "") for t in cells])
        out = sorted([t for t in out if not inside.hit(t.start, t.end)] + cells, key=lambda t: t.start)
    return out


class _Blocked:
    """Spans, sorted, for quick 'does this numeral fall in one' checks (against the spans on
    either side of it: they do not overlap)."""

    def __init__(self, spans):
        ordered = sorted((s, e) for s, e, _ in spans)
        self.starts = [s for s, _ in ordered]
        self.ends = [e for _, e in ordered]

    def hit(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, start)
        if i and start < self.ends[i - 1] and self.starts[i - 1] < end:
            return True
        return i < len(self.starts) and self.starts[i] < end and start < self.ends[i]


def _digits_figure(text: str, m: regex.Match | re.Match, blocked: _Blocked, in_script: bool) -> Target | None:
    """The figure of one ``FIGURE`` (or ``SCRIPT_FIGURE``) match, or None when it is no figure.  ``g``
    holds its groups (one ``groupdict`` call, not one ``group`` call per look) and ``from_start``."""
    s1, e1 = m.span(fg.N1)
    if blocked.hit(s1, e1):
        return None  # most numerals that are no figure: dates, document numbers, codes
    rule = masks.context_rule(text, s1, e1)
    if rule is not None and not (rule == "doc_label" and find_unit(text, m.end()).rule in ("head", "measure", "percent")):
        return None  # "Kết luận 14" names a document; "kết luận 5 tổ chức có vi phạm" counts
    g = fg.group_dict(m, text, in_script)
    if len(m.group()) > MAX_CORE:
        return None  # a run of digits no report writes as one number (a code, an ID, noise)
    low = fg.parse_numeral(g["n1"].replace(" ", ""))
    high = fg.parse_numeral(g["n2"]) if g["n2"] else None
    of = fg.parse_numeral(g["of"]) if g["of"] else None
    if low is None or (g["of"] and (of is None or blocked.hit(*m.span(fg.OF)))):
        return None
    if g["n1b"]:
        low = _compound(low, g)
    if g["n2"] and _not_a_number(text, m, blocked, fg.N2):
        return None  # "từ 3 đến 5 ngày", "2 - 3 ngày": a span of time
    core_end = m.end()
    if g["n2"] and not _is_range(g, low, high):
        core_end, high = _low_end(m, g), None
    unit = find_unit(text, core_end, percent_seen=bool(g["p1"]) and of is None and high is None)
    unit_text = unit.text if unit.text is not None or not g["p1"] else "%"
    mult = g["m3"] or (g["m2"] if high is not None else None) or g["m1"]
    end = unit.end
    if mult and unit.rule == "measure":
        unit_text = " ".join(mult.split()) + " " + unit_text  # "700 triệu đồng"
    elif mult and not g["p1"] and (unit.rule not in ("head", "abbreviation", "noun")
                                   or (unit.rule == "noun" and lx.amount_noun(unit.text))):
        unit_text, end = " ".join(mult.split()), m.end()  # a bare amount: "giải ngân 400 tỷ vốn đầu tư"
    else:
        low = _scale(low, g["m1"] or (g["m2"] if high is not None else None))
        high = _scale(high, g["m2"]) if high is not None else None
        of = _scale(of, g["m3"]) if of is not None else None
    if not _is_figure(text, m, g, low, of, unit_text, core_end) or _date_like_ratio(g, low, of, unit.rule):
        return None
    if unit.rule in ("noun", "none", "name") and not g["p1"] and fg.after_name(text, g["from_start"] if g["from"] else m.start()):
        return None  # "Vĩnh Tân 4 đi vào vận hành": a name's number, whatever follows
    return _target(text, m, g, low, high, of, unit_text, end)


def _compound(low, g: dict):
    """``1 tỷ 200 triệu`` → 1.2 (in tỷ): the smaller part added in the unit of the larger."""
    big, small = lx.multiplier(g["m1"]), lx.multiplier(g["m1b"])
    part = fg.parse_numeral(g["n1b"])
    if part is None or small >= big:
        return low
    v = round(low + part * small / big, 6)
    return int(v) if float(v).is_integer() else v


def _not_a_number(text: str, m: regex.Match, blocked: _Blocked, group: int) -> bool:
    """The numeral of ``group`` lies in a masked shape or has a context rule (``masks.py``)."""
    return blocked.hit(*m.span(group)) or masks.context_rule(text, *m.span(group)) is not None


def _is_range(g: dict, low, high) -> bool:
    """``5-7``, ``từ 3 đến 10``: a range needs its high end above its low end (``3-1`` is a score)."""
    return high is not None and _scale(high, g["m2"]) > _scale(low, g["m1"] or g["m2"])


def _low_end(m: regex.Match, g: dict) -> int:
    return m.end(fg.P1) if g["p1"] else m.end(fg.M1B) if g["m1b"] else m.end(fg.M1) if g["m1"] else m.end(fg.N1)


def _target(text: str, m: regex.Match, g: dict, low, high, of, unit: str | None, end: int) -> Target:
    start = g["from_start"] if g["from"] and high is not None else m.start(fg.SIGN) if g["sign"] else m.start(fg.N1)
    qual = fg.QUAL_BEFORE.match(text, start) if not (g["from"] and high is None) else None
    qual_words = qual.group(1) if qual else None  # its one group, the qualifier words
    if qual and (fg.margin(qual_words, unit, text, end) or fg.locative(qual_words, unit)):
        qual = None  # the margin of "vượt 13,1% chỉ tiêu", the "on" of "trên 3 tuyến đường": outside, "="
    if qual:
        start, qual_end = qual.span(1)
        verb_end = fg.VERB_IN_QUAL.search(text, start, qual_end)
        if verb_end and fg.QUALIFIER.match(text, verb_end.end()):
            start = verb_end.end()  # "ước tăng khoảng 8%": the verb stays out, "khoảng 8%"
    qualifier, extra = (lx.qualifier(fg.last_qualifier(qual_words)) if qual else "="), {}
    if high is not None:
        qualifier, extra["value_max"] = ">=", high
    after = fg.at_least_after(text, end)
    if after:
        qualifier, end = (">=" if after.group(1).lower() == "lên" else "<="), after.end()  # group 1: lên/xuống
        if g["from"]:
            start = min(start, g["from_start"])
    if of is not None:
        extra["of"] = of
    _money(unit, low, extra)
    change = fg.change_before(text, start)
    verb = change.group(1).lower() if change else None  # group 1: tăng/giảm
    if qual and not verb:  # "ước tăng 7,2%": the change inside the qualifier
        verb = next((w for w in qual_words.lower().split() if w in ("tăng", "giảm")), None)
    if g["sign"]:
        extra["change"] = "increase" if g["sign"] == "+" else "decrease"
    elif verb:
        extra["change"] = "increase" if verb == "tăng" else "decrease"
    return Target(start=start, end=end, value=low, unit=unit, qualifier=qualifier, extra=extra)


def _scale(value, mult: str | None):
    if value is None or not mult:
        return value
    v = round(value * lx.multiplier(mult), 6)
    return int(v) if float(v).is_integer() else v


def _is_figure(text: str, m: regex.Match, g: dict, value, of, unit: str | None, core_end: int) -> bool:
    """A numeral with a unit is a figure; a bare ratio unless it reads as a day/month; any other
    bare numeral as ``figures.bare_is_figure`` decides (``khiển trách 28`` yes, ``Quận 1`` no)."""
    if unit is not None:
        return True
    if of is not None:
        return not (value <= 31 and of <= 12) and not g["m1"]
    return fg.bare_is_figure(text, m.start(fg.N1), core_end)


def _date_like_ratio(g: dict, value, of, rule: str) -> bool:
    """``tính đến 30/9 tổng số …``: a d/m shape is a share only before a known counted noun or unit."""
    return (of is not None and isinstance(value, int) and isinstance(of, int) and 1 <= value <= 31 and 1 <= of <= 12
            and not g["p1"] and rule not in ("head", "measure", "percent", "abbreviation"))


def _money(unit: str | None, value, extra: dict) -> None:
    """``700 triệu đồng``: the multiplier lives in the unit; ``amount`` is the whole sum."""
    factor, base = _multiplied(unit)
    if factor == 1:
        return
    amount = round(value * factor, 6)
    extra["amount"] = int(amount) if float(amount).is_integer() else amount
    extra["base_unit"] = base or None


@lru_cache(maxsize=1024)  # units recur all through a text
def _multiplied(unit: str | None) -> tuple[int, str]:
    """``nghìn tỷ đồng`` → (10**12, ``đồng``): the multiplier words opening a money or measure unit,
    and the unit after them; factor 1 when there are none, or what follows is no listed unit."""
    words_ = unit.split() if unit else []
    factor = 1
    while words_ and words_[0].lower() in lx.MULTIPLIERS:
        factor *= lx.MULTIPLIERS[words_.pop(0).lower()]
    base = " ".join(words_)
    return (1, base) if base and not lx.unit_kind(base) else (factor, base)
