"""The targets pass reads several patterns in a faster form than the plain one (a scan that skips
to what it needs, a look at one character before a regex call, one scan for two patterns).  Each
test here checks a fast form against the plain pattern on seeded random strings made of the
characters and words that matter to it."""

from __future__ import annotations

import random
import re

import pytest
import regex

from extractor.targets import figures, lexicon, masks, status, subject
from extractor.text import script

ROUNDS = 3000


def _strings(atoms: list[str], seed: int, longest: int = 20):
    rnd = random.Random(seed)
    for _ in range(ROUNDS):
        yield "".join(rnd.choice(atoms) for _ in range(rnd.randrange(0, longest)))


def test_quotes_and_urls_as_one_scan():
    one_scan = re.compile(r"(?P<url>(?<![\w.-])(?:https?://|www\.)\S+)|(?P<short_quote>“[^”\n]{1,40}”|\"[^\"\n]{1,40}\")",
                          re.IGNORECASE)
    atoms = ["http://", "HTTPS://", "www.", "WWW.", "x", "a.", "-", "“", "”", '"', " ", "\n", "12", "/", "_www."]
    for s in _strings(atoms, 1):
        assert masks._quotes_and_urls(s) == [(m.start(), m.end(), m.lastgroup) for m in one_scan.finditer(s)], s


@pytest.mark.parametrize("scan, guard", [(status.PLAN_SCAN, status.NOT_PLAN_AFTER), (status.BEFORE_SCAN, ()),
                                         (status.AFTER_SCAN, ())])
def test_a_bounded_cue_scan_finds_what_the_whole_scan_finds(scan, guard):
    cues = [c for scope in ("plan", "before", "after") for c in status._BY_SCOPE[scope]]
    atoms = cues + ["x", "không ", "vượt ", "5", ".", ",", " ", "  ", "\n", "hóa", "xkết"]
    rnd = random.Random(2)
    for s in _strings(atoms, 3, 40):
        low = lexicon.lower(s)
        whole = [m.span() for m in status._scan(scan, low, guard)]
        start = rnd.randrange(-20, len(s) + 1)
        stop = rnd.randrange(max(start, 0), len(s) + 1)
        bounded = [m.span() for m in status._scan(scan, low, guard, status._scan_start(low, start), stop)]
        assert [c for c in bounded if start <= c[0] < stop] == [c for c in whole if start <= c[0] < stop], s


def test_change_and_at_least_looks():
    atoms = ["tăng", "giảm", "thêm", "được", "lên", "xuống", "còn", "TĂNG", "trở", "TRỞ", " ", "\n", "\x1c", "x", "5"]
    for s in _strings(atoms, 4, 10):
        for pos in range(len(s) + 1):
            plain, fast = figures.CHANGE.match(s, pos), figures.change_before(s, pos)
            assert (plain and plain.span(1)) == (fast and fast.span(1)), (s, pos)
            plain, fast = figures.AT_LEAST_AFTER.match(s, pos, pos + 20), figures.at_least_after(s, pos)
            assert (plain and plain.span(1)) == (fast and fast.span(1)), (s, pos)


def test_sentence_ends_and_clause_breaks_in_one_scan():
    sentence_end = re.compile(r"[.!?…\n](?:(?<=\n)|(?!\d)|(?<!\d.))")
    atoms = list("0123456789 ;:()\n“”\",.!?…ab")
    for s in _strings(atoms, 5, 30):
        ctx_starts, ctx_breaks = [0], []
        for m in status.SENTENCE_END_OR_BREAK.finditer(s):
            (ctx_breaks if m.group() in ";:" else ctx_starts).append(m.end())
        assert ctx_starts == [0] + [m.end() for m in sentence_end.finditer(s)], s
        assert ctx_breaks == [m.end() for m in re.finditer(r"[;:]", s)], s


def test_subject_clause_marks_as_alternations():
    mark = r"(?:[.!?…](?:(?!\d)|(?<!\d.)))"
    plain = {subject.CLAUSE_END: re.compile(r"[;:()\n“”\"]|[,.!?…](?:(?!\d)|(?<!\d.))"),
             subject.CLAUSE_START: re.compile(r"[;:\n“”\"]|\((?![^()\n]*\))|" + mark),
             subject.LABEL_START: re.compile(r"[,;:()\n“”\"]|" + mark)}
    atoms = list("0123456789 ;:()\n“”\",.!?…ab")
    rnd = random.Random(6)
    for s in _strings(atoms, 7, 30):
        a = rnd.randrange(len(s) + 1)
        b = rnd.randrange(a, len(s) + 1)
        for fast, slow in plain.items():
            assert [m.span() for m in fast.finditer(s, a, b)] == [m.span() for m in slow.finditer(s, a, b)], s


def test_own_year_in_two_scans():
    one_scan = re.compile(r"(?<!\d)\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*((?:19|20)\d{2})(?!\d)"
                          r"|[nN]gày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+((?:19|20)\d{2})", re.IGNORECASE)
    atoms = ["1", "2", "0", "9", "19", "20", "/", ".", "-", " ", "ngày ", "NGÀY ", "tháng ", "năm ", "x", "\n", "2021", "12"]
    for s in _strings(atoms, 8, 25):
        assert status.own_year(s) == max((int(a or b) for a, b in one_scan.findall(s[:400])), default=None), s


# Text of script.SCRIPT: Vietnamese letters of both cases, digits, marks and spaces (among them
# some that only one engine's own \w or \d would hold), and the words the scans read.  (U+001C,
# a space to `re` only, is outside the script: such a text is scanned by `regex`.)
_SCRIPT_ATOMS = (list("0123456789012345 ../,,--+%()“”:;\n\t\u00a0\u2003aAđĐươƯỨứhH\u0301µ\u0345")
                 + ["năm ", "Năm học ", "ngày ", "sáng ", "giờ ", "h", "phút", "trên ", "mỗi ", "/", " dân", "người dân",
                    "vạn", "nghìn", "và", "từ ", "TỪ  ", "từ\n", "đến", "tới", "triệu", "tỷ", "đồng", "km", "ha", "NQ", "QĐ",
                    "19", "20", "2024", "1.000", "0912", "4.0", "x"])


# The same as whole words and numerals between spaces, where dates, list markers and rates form.
_SCRIPT_WORDS = [" ", " ", "  ", "\n", "\n ", "\t", "12", "5", "30", "03", "2024", "1999", "1.000", "10.000", "100", "-", " - ",
                 "/", ".", ")", "(", ":", ",", "%", "năm ", "nhiệm kỳ ", "ngày ", "Sáng ", "giờ", "h", "phút", "trên ", "Mỗi ",
                 "dân", "người dân", "vạn", "nghìn", "và", "từ", "đến", "đ", "NQ", "0", "\u00a0", "ư",
                 " trên 1.000 dân", "/1 vạn dân", " ngày 30-6", " 7 và 8-5", " 12/2023", " 28/12/2021", " 1. ", "\n2) ",
                 " (0258) 3 822 123"]


@pytest.mark.parametrize("atoms, seed", [(_SCRIPT_ATOMS, 9), (_SCRIPT_WORDS, 11)])
def test_mask_in_re_matches_mask(atoms, seed):
    for s in _strings(atoms, seed, 25):
        assert script.in_script(s)
        plain = [(m.span(), m.lastgroup) for m in masks.MASK.finditer(s)]
        assert [(m.span(), m.lastgroup) for m in masks._script_masks(s, lexicon.numeral_starts(s))] == plain, s


@pytest.mark.parametrize("atoms, seed", [(_SCRIPT_ATOMS, 10), (_SCRIPT_WORDS, 12)])
def test_figure_in_re_matches_figure(atoms, seed):
    for s in _strings(atoms, seed, 25):
        plain = [(m.span(), figures.group_dict(m, s, False)) for m in figures.FIGURE.finditer(s)]
        assert [(m.span(), figures.group_dict(m, s, True)) for m in figures.script_figures(s, lexicon.numeral_starts(s))] == plain, s


def test_to_re_spells_regex_classes():
    for cls in (r"\s", r"\w", r"\d", r"[^\s\p{L}\d]", r"\p{LC}"):
        spelled = re.compile(script.to_re(cls))
        assert [c for c in script.SCRIPT if spelled.fullmatch(c)] == regex.findall(cls, script.SCRIPT), cls
