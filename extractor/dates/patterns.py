"""The date grammar: one compiled pattern, built from named rules with examples.

Every rule below is a piece of one verbose pattern, ``MENTION``.  A mention is
optional *framing* (weekday, clock time, part of day, ``ngày``/``mùng``) around one
*core* (a numeric date, a word date, a month, a quarter, a half-year, a year, a
span; a span of clock times may stand before a day: ``7 giờ 30 đến 10 giờ 30 ngày 6/11/2025``), optionally followed by a time, a weekday in brackets, or ``âm lịch``.
Named groups carry the parts; ``parse.py`` turns them into values.  Patterns are
compiled once, at import.  The pass does not run ``MENTION`` along the text: it
finds cues (``DIGIT_CUE``: digits shaped like a date; ``WORD_CUES``: ``quý I``,
``tháng Giêng``, ``nửa đầu năm``), reads the framing before a cue backwards
(``PREFIX``), and matches ``MENTION`` once, from there; so its cost follows the
number of candidate places, not the length of the text.
"""

from __future__ import annotations

import regex

from extractor.data import load_lines, load_tsv
from extractor.text.patterns import LazyPattern


def _alt(words) -> str:
    """An alternation of lexicon words, longest first, spaces as ``\\s+``."""
    uniq = sorted({w.strip() for w in words if w.strip()}, key=len, reverse=True)
    return "(?:" + "|".join(regex.escape(w).replace(r"\ ", " ").replace(" ", r"\s+") for w in uniq) + ")"


WEEKDAYS = {r["word"]: int(r["iso"]) for r in load_tsv("dates_weekdays.tsv")}
PARTS_OF_DAY = {r["word"]: r["part_of_day"] for r in load_tsv("dates_part_of_day.tsv")}
LUNAR_MONTHS = {r["word"]: int(r["month"]) for r in load_tsv("dates_lunar_months.tsv")}
MONTH_WORDS = {r["word"]: int(r["month"]) for r in load_tsv("dates_month_words.tsv")}
# Solar month names in words ("tháng Tám", "tháng Mười hai"): the month words but Giêng and Chạp (lunar).
SOLAR_MONTH_WORDS = {w: m for w, m in MONTH_WORDS.items() if w not in LUNAR_MONTHS}
_CAN_CHI = load_tsv("dates_can_chi.tsv")
_STEMS = _alt(r["word"] for r in _CAN_CHI if r["kind"] == "stem")
_BRANCHES = _alt(r["word"] for r in _CAN_CHI if r["kind"] == "branch")
# A sexagenary year: stem index (giáp = 0) and branch index (tý = 0), the year modulo 10 and 12 less 4.
STEM_INDEX = {r["word"]: int(r["index"]) for r in _CAN_CHI if r["kind"] == "stem"}
BRANCH_INDEX = {r["word"]: int(r["index"]) for r in _CAN_CHI if r["kind"] == "branch"}

# --- numbers --------------------------------------------------------------------------
# Boundaries: a numeral in a date is not part of a longer numeral (``12.345.678``,
# ``0912-345-678``, ``1.234,5``), so nothing numeric may touch it on either side.
NB = r"(?<![\d.,/:-]|\d[.,/:-])"          # left: "ngày 7-4-2015" yes, "1.234.567" no
NE = r"(?!\d|[.,/:-]\d|/\p{L})"          # right: no more digits, no "/NĐ-CP" code
D = r"(?:0?[1-9]|[12]\d|3[01])"          # day: 1, 01 … 31
M = r"(?:0?[1-9]|1[0-2])"                # month: 1, 01 … 12
Y4 = r"(?:1[5-9]\d\d|20\d\d|21\d\d)"     # a four-digit year: 1930, 2024
Y2 = r"(?:\d\d)"                         # two-digit year, only in dd/mm/yy shapes
ROMAN_Q = r"(?:IV|I{1,3})"               # quarter in Roman numerals: I … IV

# --- framing words --------------------------------------------------------------------
WEEKDAY = (r"(?<!(?:lần|kỳ|phiên|đợt|khóa|khoá)\s)(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s+nhật|CN)")   # Thứ Tư, thứ 4, Chủ nhật
POD = _alt(PARTS_OF_DAY)                                                    # Sáng, chiều, buổi tối
# Clock time: 18:12, 8h30, 8h, 14 giờ 30, 14 giờ 30 phút, 14g30
TIME = r"(?:[01]?\d|2[0-3])(?::[0-5]\d|h(?:[0-5]\d)?(?!\p{L})|g[0-5]\d|\s?giờ(?:\s?[0-5]?\d(?:\s?phút)?)?)(?!\d)"


def _dmy_numeric(p: str, year: str) -> str:
    """Day, month, year in digits: 28/12/2021, 7-4-2015, 09.01.2024, 10 / 01 / 2024, 28/12/23.

    ``year``: ``req`` (a year must follow), ``opt``, ``no`` (day and month only: 28/12, 7.8).
    """
    d, m, y = f"(?P<{p}d>{D})", f"(?P<{p}m>{M})", f"(?P<{p}y>{Y4})"
    y2 = f"(?P<{p}y2>{Y2})"
    full = (rf"{d}\s?/\s?{m}\s?/\s?(?:{y}|{y2}(?=\b))"    # 28/12/2021, 10 / 01 / 2024, 28/12/23
            rf"|{d}\s?-\s?{m}\s?-\s?{y}"                 # 7-4-2015, 20 - 8 - 2020
            rf"|{d}\.{m}\.(?:{y}|{y2}(?=\b))")           # 09.01.2024, 16.7.2009
    part = rf"{d}(?:/|-|\.)(?P<{p}m_>{M})"               # 28/12, 8-5, 25.6  (no spaces)
    if year == "req":
        return f"(?:{full}){NE}"
    if year == "opt":
        return f"(?:{full}|{part}){NE}"
    return f"(?:{part}){NE}"


# A month name in words in a date ("10 tháng Tám năm 2025", "ngày 19 tháng Tám").  "tháng năm" is also
# prose ("những tháng năm ấy") and "10 tháng năm 2025" may be the first ten months of 2025, so the month
# "năm" needs a capital ("tháng Năm"), a second "năm" ("tháng năm năm 2025") or a "ngày" before its day,
# and a year after it; another month word needs a year after it or a "ngày" before its day
# ("6 tháng một lần" is a frequency).
_MN_YEAR = rf"(?=\s*,?\s*(?:năm\s+)?{Y4}(?!\d))"
_MN_LEAD = rf"(?<=(?:ngày|mùng|mồng)\s+{D}\s+tháng\s+)"
_MN_OTHER = _alt(w for w in SOLAR_MONTH_WORDS if w != "năm")
MONTH_NAME = (rf"(?:(?:(?-i:Năm)|năm(?=\s+năm\s)|{_MN_LEAD}năm)(?!\p{{L}}){_MN_YEAR}"
              rf"|{_MN_OTHER}(?!\p{{L}}){_MN_YEAR}|{_MN_LEAD}{_MN_OTHER}(?!\p{{L}}))")


def _dmy_words(p: str, year: str) -> str:
    """Day and month in words: 9 tháng 1 năm 2024, 03 tháng 09 năm 2025, 14 tháng 10, 23 tháng Chạp,
    and the days of Tết (lunar month 1): mùng 1 Tết; a lunar month may name its year by stem and
    branch: mùng 1 Tết Ất Tỵ, 23 tháng Chạp năm Quý Mão, 13 tháng 9 năm Ất Tỵ (group ``cc``: a year
    so named makes the date lunar)."""
    cc = (rf"(?:(?:(?<=\p{{L}})\s+(?:năm\s+|nguyên\s+đán\s+)?|(?<=\d)\s*,?\s*năm\s+)"   # 13 tháng 9 năm Ất Tỵ
          rf"(?P<{p}cc>{_STEMS}\s+{_BRANCHES})(?!\p{{L}}|\s+{Y4}))?")
    base = (rf"(?P<{p}d>{D})\s+(?:tháng\s+(?:(?P<{p}m>{M})(?!\d)"
            rf"|(?P<{p}mw>{_alt(LUNAR_MONTHS)})(?!\p{{L}})"
            rf"|(?P<{p}mn>{MONTH_NAME})(?:\s+(?P<{p}yn>{Y4})(?!\d))?)"          # 10 tháng Năm 2025
            rf"|(?P<{p}mw>tết)(?!\p{{L}})){cc}")
    yr = rf"(?:\s*,?\s*năm\s+(?P<{p}y>{Y4})|\s?/\s?(?P<{p}y_>{Y4})|,\s*(?P<{p}y__>{Y4}))(?!\d)"
    if year == "req":
        return base + yr
    return base + f"(?:{yr})?"


def _day(p: str, year: str) -> str:
    return f"(?:{_dmy_numeric(p, year)}|{_dmy_words(p, year)})"


# Days of one month: "7 và 8-5", "5, 6 và 7/10/2023", "28 và 29/12/2023", "28, 29/12", "07 đến 14-10-2010",
# "12 đến ngày 15 tháng 10 năm 2020".
DAY_PAIR = (rf"(?P<pd>{D})(?:\s*,\s*{D}(?!\d)){{0,5}}\s*(?:,|và|đến|tới|-)\s*(?:(?:ngày|mùng|mồng)\s+)?(?=\d)"
            rf"(?:{_dmy_numeric('b_', 'opt')}|{_dmy_words('b_', 'opt')})")

# A second date closing a range after a first one: "1/1 đến ngày 15/1/2024", "15/11 đến hết ngày 30/11/2023",
# "30/12/2024 - 3/1/2025".
RANGE_TAIL = rf"\s*(?:đến|tới|-)\s*(?:hết\s+)?(?:(?:ngày|mùng|mồng)\s+)?(?=\d){NB}{_day('b_', 'opt')}"

# A time after a full date: "28/12/2021 18:12", "13/03/2011 - 16:19", "08/04/2015, 08:11", "15/03/2024 | 10:30".
# The time stays on the date's line: "14 giờ 30 phút ngày 15/5/2025\nLúc 14 giờ …" is no time of that date.
TIME_AFTER = rf"(?:[ \t]*[,|-]?[ \t]*(?:lúc[ \t]+)?(?P<t2>{TIME}))"

# ISO: "2023-10-16", "2020-01-08T15:39", archive stamps "2022-07".
ISO = (rf"(?P<iy>{Y4})-(?P<im>0[1-9]|1[0-2])(?:-(?P<id>0[1-9]|[12]\d|3[01])"
       rf"(?:[T ](?P<it>(?:[01]\d|2[0-3]):[0-5]\d))?)?(?![\d-])")

EDGE = r"(?:(?P<edge>cuối|đầu|giữa|trung\s+tuần|thượng\s+tuần|hạ\s+tuần)\s+)"

# Month: "tháng 12/2023", "tháng 12 năm 2023", "tháng 3", "tháng Giêng", "cuối tháng 3/2024",
# and a range of months: "tháng 3 đến tháng 5/2024".
MONTH = (rf"{EDGE}?tháng\s+(?:(?P<mm>{M})(?!\d|[.,]\d)(?:\s?[/-]\s?(?P<my>{Y4})|\s*,?\s*năm\s+(?P<my_>{Y4}))?"
         # a second month closing a range: "tháng 3 đến tháng 5/2024", "tháng 10/2023 - tháng 2/2024"
         rf"(?P<mrange>\s*(?:đến|tới|-)\s*(?:hết\s+)?tháng\s+(?P<mm2>{M})(?!\d|[.,]\d)(?:\s?[/-]\s?(?P<my2>{Y4})|\s*,?\s*năm\s+(?P<my2_>{Y4}))?)?"
         rf"|(?P<mlunar>{_alt(LUNAR_MONTHS)})(?!\p{{L}})(?:\s+năm\s+(?P<mly>{Y4}))?"
         # a month named in words, with its year: "tháng Tám năm 1945", "tháng Mười 2024" (not "Cách mạng tháng Mười")
         rf"|(?P<mname>(?-i:Năm)|năm(?=\s+năm\s)|{_MN_OTHER})(?!\p{{L}})\s*,?\s*(?:năm\s+)?(?P<mny>{Y4})(?!\d)){NE}")

# The full moon of a lunar month, day 15: "Rằm tháng Giêng", "rằm tháng Bảy", "Rằm tháng 8 năm 2024".
RAM = (rf"rằm\s+tháng\s+(?:(?P<rm>{M})(?!\d|[.,/]\d)|(?P<rmw>{_alt(MONTH_WORDS)})(?!\p{{L}}))"
       rf"(?:\s+(?:âm\s+lịch\s+)?năm\s+(?P<ry>{Y4})(?!\d))?")

# Quarter: "quý I/2024", "quý 3 năm 2023", "quý IV".
QUARTER = (rf"{EDGE}?quý\s+(?:(?P<qr>{ROMAN_Q})(?![\p{{L}}\d])|(?P<qn>[1-4])(?!\d|[.,]\d))"
           rf"(?:\s?[/-]\s?(?P<qy>{Y4})|\s*,?\s*năm\s+(?P<qy_>{Y4}))?{NE}")

# Half-years and first months: "6 tháng đầu năm 2023", "sáu tháng cuối năm", "nửa đầu năm 2024",
# "9 tháng năm 2023", "9 tháng đầu năm", "3 tháng đầu năm".
HALF = (rf"(?:(?P<hn>[369]|sáu|ba|chín)\s+tháng(?:\s+(?P<hw>đầu|cuối))?|nửa\s+(?P<hw_>đầu|cuối))"
        rf"\s+năm(?:\s+(?P<hy>{Y4}))?(?!\d)")

# Year spans: "nhiệm kỳ 2020-2025", "giai đoạn 2021 - 2025", "năm học 2023-2024", "năm 2016 – 2017",
# "năm 2020 đến năm 2025", bare "2016 - 2020".
SPAN_WORD = r"(?:nhiệm\s+k[ỳì]|giai\s+đoạn|năm\s+học|niên\s+khó[aá]|niên\s+khoá|thời\s+kỳ|(?<!\d\s)năm)"
YEAR_SPAN = (rf"(?:(?P<sw>{SPAN_WORD})\s+(?:\(\s*)?)?(?P<sy1>{Y4})\s*(?:-|đến(?:\s+năm)?|tới(?:\s+năm)?)\s*"
             rf"(?P<sy2>{Y4}){NE}")

# Years: "năm 2023", "cuối năm 2021", "cùng kỳ 2022", "cùng kỳ năm 2022", "Nhâm Dần 2022",
# and a bare year after a cue word ("Cương lĩnh 1991", "kế hoạch nhiệm vụ 2018", "SN 1990", "Năm sinh: 1990").
# After a number, "năm" opens a year only when no span follows ("số 12 năm 2024", but "5 năm 2016 - 2020"
# is a duration and a span).
YEAR = (rf"(?:{EDGE}?(?:(?<!\d\s)năm|năm(?!\s+{Y4}\s*(?:-|đến|tới)))|cùng\s+kỳ(?:\s+năm)?|(?P<canchi>{_STEMS}\s+{_BRANCHES}))\s+(?P<yy>{Y4}){NE}"
        rf"|(?<=(?<![\p{{L}}])(?:{_alt(load_lines('dates_year_cues.txt'))})\s*:?\s+)(?P<by>(?:19|20)\d\d){NE}"
        # the year closing a law's title: "Luật Đất đai 2013", "Bộ luật Lao động 2019"
        rf"|(?<=(?-i:Luật|Bộ\s+luật|Điều\s+lệ|Hiến\s+pháp)(?:\s+\p{{L}}+){{1,8}}\s)(?P<by>(?:19|20)\d\d){NE}")

# The whole mention.
_MENTION = (
    rf"""
    (?<![\p{{L}}\d])
    (?:(?=[tTcC])(?P<wd>{WEEKDAY})\s*[,-]?\s*(?:(?P<paren>\()\s*(?=\d|ngày)|(?=\d|ngày|{POD})))?  # Thứ Tư, / Thứ Hai (17/11)
    (?:(?=\d)(?:(?P<t0>{TIME})\s*(?:đến|tới|-|–)\s*(?=\d))?                    # từ 7 giờ 30 đến (10 giờ 30 ngày 6/11)
       (?P<t1>{TIME})[ \t]*[,|-]?[ \t]*                                # 06:00, / 14 giờ 30 / 8h00
        (?:(?P<wd2>{WEEKDAY})\s*,?\s*)?(?:(?P<pod2>{POD})\s+)?(?:ngày\s+)?(?=\d))?   # 9 giờ sáng ngày
    (?:(?=[sStTcCđĐkKbBrR])(?P<pod>{POD})(?:\s+(?P<nay>nay|qua|mai|hôm\s+nay|hôm\s+qua)\s*,?)?\s*  # Sáng nay, / Sáng nay (
        (?:(?P<paren>\()\s*)?(?:(?P<wd4>{WEEKDAY})\s*,?\s*                                      # (thứ Hai, 5/2)
        (?(paren)|(?:(?P<paren>\()\s*)?)(?=\d|ngày))?)?                                         # thứ Hai (17/11)
    (?:(?=[nNmMhHcC])(?P<lead>ngày|mùng|mồng|hôm|các\s+ngày(?:\s+từ)?)\s+(?=\d))?  # ngày / mùng / các ngày từ
    (?:
      (?=\d)(?:                          # cores that start with a digit
        {NB}(?P<day>{_day('', 'opt')})(?:(?P<range>{RANGE_TAIL})|{TIME_AFTER})?
      | (?P<pair>{DAY_PAIR})
      | {NB}(?P<iso>{ISO})
      )
    | (?P<ys>{YEAR_SPAN})                # cores that start with either (written once: none of
    | (?P<half>{HALF})                   # these three can match where another core of the same
    | (?P<year>{YEAR})                   # kind of start does, so one order serves both kinds)
    | (?=\p{{L}})(?:                      # cores that start with a word
        (?P<month>{MONTH})
      | (?P<quarter>{QUARTER})
      | (?P<ram>{RAM})
      )
    )
    (?(paren)\s*\))
    (?:\s*\((?P<wd3>{WEEKDAY})\))?
    (?P<lunar>\s*\(?\s*(?:âm\s+lịch|ÂL)\b\)?)?
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

# --- where to look ------------------------------------------------------------------
# ``DIGIT_CUE`` (ASCII digits: ``[0-9]`` scans twice as fast as ``\d``): digits that may belong to a date, never right after "2020-", "145/" or "15:" (the
# rest of a number): a year (2023; 1500-2199, not a document number's "1662/QĐ-TTg"); a day followed
# by a separator and a month (28/12, 7-4, 09.01; not the share 21/25, not a thousands group 8.500), a
# second day and a separator (15 - 20/10), or a time (08:11, 8h30); a number followed by a month or hour word
# (9 tháng, 14 giờ) or by a second day (7 và 8-5, 28, 29/12; not a decimal 70,2); or a number right
# after tháng/quý/ngày/mùng (Tháng 12/2023, quý 2).
DIGIT_CUE = regex.compile(   # starts with a bare digit: the scan then skips letters fast
    r"[0-9](?:(?<![0-9.,][0-9]|[0-9][-/:][0-9]|(?i:thứ)\s[0-9])(?:(?<=1)[5-9][0-9][0-9](?![0-9]|/\p{Lu})|(?<=2)[01][0-9][0-9](?![0-9]|/\p{Lu})|[0-9]?(?:\s?[/-]\s?(?:0?[1-9]|1[0-2])(?![0-9])|\s?[/-]\s?[0-9][0-9]?\s?[/.-]\s?[0-9]|[:hg][0-9]"
    r"|\.(?![0-9]{3}(?![0-9]))[0-9]|\s+(?:tháng|giờ|và|đến|tới)|,\s[0-9])"
    r"|(?<=(?i:tháng|quý|ngày|mùng|mồng)\s[0-9])))"
)
# ``WORD_CUES``: mentions with no digit where they start: quý I, tháng Giêng, nửa đầu năm, and
# "sáu tháng đầu năm" (its cue is "tháng đầu năm"; the mention starts a word earlier: group ``back``).
# Each pattern is case-sensitive and starts with a literal after its first letter (``back`` letters
# before the match), which lets the scan skip ahead fast; it also keeps "quý vị" out.
WORD_CUES = tuple((regex.compile(p), back, needle) for p, back, needle in (
    (r"(?<=[qQ])uý\s+[IV]", 1, "uý"),
    (r"(?<=Q)UÝ\s+[IV]", 1, "UÝ"),
    # tháng Giêng, tháng Chạp, tháng đầu năm; a month named in words before its year: tháng Tám năm
    # 1945, tháng Năm 2025, tháng năm năm 2025 (one scan: no two of these start with the same word)
    (r"(?<=[tT])háng\s+(?:[gG]iêng|[cC]hạp|(?P<back>(?:đầu|cuối)\s+năm)"
     r"|(?:[mM]ười(?:\s+(?:một|hai))?|[mM]ột|[hH]ai|[bB]a|[tT]ư|Năm|năm(?=\s+năm\s)|[sS]áu|[bB][ảẩ]y|[tT]ám"
     r"|[cC]hín)\s*,?\s*(?:năm\s+)?[12][0-9]{3}(?![0-9]))", 1, "háng"),
    (r"(?<=[nN])ửa\s+(?:đầu|cuối)", 1, "ửa"),
    (r"(?<=[rR])ằm\s+tháng\s", 1, "ằm"),
))   # (``needle``: a literal the match contains; a text without it is not scanned)

# ``PREFIX``: matched backwards from a cue, the framing and core words that may stand before its
# digits ("Thứ Tư, ", "Chiều ngày ", "tháng ", "quý I/", "cuối năm ", "nhiệm kỳ ", "Nhâm Dần ").
_CORE_WORDS = (rf"(?:cùng\s+kỳ(?:\s+năm)?\s+|(?:(?:sáu|ba|chín)\s+tháng(?:\s+(?:đầu|cuối))?|nửa\s+(?:đầu|cuối))\s+năm\s+"
               rf"|{EDGE}?(?:tháng|quý|năm\s+học|năm|nhiệm\s+k[ỳì]|giai\s+đoạn|niên\s+khoá|niên\s+khóa"
               rf"|thời\s+kỳ|{_STEMS}\s+{_BRANCHES})\s+(?:\(\s*)?|quý\s+{ROMAN_Q}\s?[/-]\s?)")
_PREFIX = (
    rf"""(?r)
    (?<![\p{{L}}\d])
    (?:{WEEKDAY}\s*[,-]?\s*(?:\(\s*)?)?
    (?:{POD}(?:\s+(?:nay|qua|mai|hôm\s+nay|hôm\s+qua)\s*,?)?\s*(?:\(\s*)?(?:{WEEKDAY}\s*,?\s*(?:\(\s*)?)?)?
    (?:(?:các\s+ngày(?:\s+từ)?|ngày|mùng|mồng|hôm)\s+)?   # longest first: read backwards
    {_CORE_WORDS}?
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

# ``MENTION`` and ``PREFIX`` are compiled on first use: compiling them takes most of the import
# time (about 10 ms per 1000 characters of case-insensitive pattern), which a program that imports
# the package without reading dates need not pay.
MENTION = LazyPattern(*_MENTION)
PREFIX = LazyPattern(*_PREFIX)


# The words a ``PREFIX`` can end with (the last word before a mention's digits).
PREFIX_ENDS = frozenset(
    {w.split()[-1] for w in PARTS_OF_DAY} | {w.split()[-1] for w in WEEKDAYS}
    | {r["word"] for r in _CAN_CHI if r["kind"] == "branch"}
    | {"nay", "qua", "mai", "ngày", "mùng", "mồng", "hôm", "từ", "tháng", "quý", "năm", "học", "kỳ", "kì",
       "đoạn", "khóa", "khoá", ""}
)

# ``counted``: a counted noun right after a bare "8/10" or "2000 - 2010" shows a share or a range of
# counts, not a date ("8/10 đảng viên", "3/4 số đảng viên", "2000 - 2010 hộ").
COUNT_NOUNS = {scope: frozenset(r["word"] for r in load_tsv("dates_count_nouns.tsv") if scope in r["blocks"])
               for scope in ("context", "chained", "span")}


def counted(text: str, end: int, scope: str) -> bool:
    after = text[end:end + 12].split(None, 1)
    return bool(after) and after[0].lower() in COUNT_NOUNS[scope]


# Every ``match`` is given an end (``SPAN_MAX`` past its start, or a little room for a tail): without one,
# the regex module first looks for the pattern's required literal through the whole rest of the text.
SPAN_MAX = 200   # longer than any mention ("Thứ Năm, 06:00, Chiều ngày 12 tháng 10 năm 2020 đến hết ngày …")
LOOKBACK = 60   # how far before its digits a mention may start ("Thứ Năm, 06:00, Chiều ngày ")

# ``YEAR_FAST_AFTER``: after "năm 2023", what could widen it (a span, a bracket, a separator and a
# digit, "âm lịch"): the fast path then leaves it to the grammar.
YEAR_FAST_AFTER = regex.compile(r"\s*(?:[-/.,:(]\s*\d|[-(/]|đến|tới|âm)|\d", regex.IGNORECASE)
