"""Titles: a position head and the organisation written after it (GUIDE §4).

``TITLE`` is a verbose-mode pattern for one title (``find_titles`` finds titles as it does,
``is_title`` tells whether a line is one; in text of script.SCRIPT both read it by `re`, head first):

- rule ``head``: a position from ``officials_titles.tsv`` (``Bí thư``, ``Thứ trưởng``,
  ``Thiếu tướng``, ``trợ lý``), or a title abbreviation read off the abbreviation table
  (``TUV``, ``PBT``, ``TBT``), optionally after ``nguyên`` (held before, kept: GUIDE §4),
  ``Quyền`` (acting) and ``Phó`` (deputy): ``nguyên Phó Thủ tướng``;
- rule ``organisation``: after the head, capitalised words and abbreviations
  (``Đảng ủy Khối``, ``Sở GD&ĐT``, ``Ban TVTU``), the lower-case words of
  ``officials_title_words.txt`` (``tỉnh``, ``các cơ quan``, ``đại biểu``), a short number
  (``Quân khu 7``), ``tại`` and a place right before a name (``Đại sứ Việt Nam tại Lào A``),
  ``Văn hóa - Xã hội`` and ``Giáo dục và Đào tạo`` joins, and the one comma
  of a three-sector name (``Sở Văn hóa, Thể thao và Du lịch``);
- rule ``before_name``: the sector words of ``officials_title_sectors.txt`` (``giáo dục``,
  ``tổ chức``, ``kiểm tra``), which double as verbs, continue a title only when it runs
  straight into a name (``Trưởng phòng giáo dục Lê Văn A``);
- rule ``title_end``: any other word ends the title, so verbs and connectors stay out
  (``Bí thư Đảng ủy Khối | phát biểu``, ``Chủ tịch UBND tỉnh | nhiệm kỳ 2016-2021``), and so
  do a comma, a newline, and ``- Phó …`` / ``và Trưởng …`` / ``kiêm …``, which start the next title.

The scanner masks names before it runs, so a title never runs into the name after it.
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from extractor.officials import lexicon as lx
from extractor.text import script

_B, _E = lx.NOT_AFTER_LETTER, lx.NOT_BEFORE_LETTER

# A head with its own words only: `Bí thư`, `TUV`, `CT` (the latter before UBND/HĐND…).
HEAD_CORE = (
    rf"(?:(?i:{lx.alternation(lx.HEADS_ANY, ignore_case=True)})|{lx.alternation(h for h in lx.HEADS_CAP if ' ' in h)}"
    rf"|{lx.alternation(h for h in lx.HEADS_CAP if ' ' not in h)}(?=[ ]+\p{{Lu}})"  # `Trưởng Đoàn …`, not `Lê Văn Trưởng,`
    rf"|{lx.alternation(lx.TITLE_ABBREVIATIONS)}"
    rf"|{lx.alternation(lx.SHORT_TITLE_ABBREVIATIONS)}(?=[ ]+(?:\p{{Lu}}\p{{Lu}}|Sở|Bộ|Công|Hội|Ban)))"
    + _E
)
_NOT_AFTER_UY = r"(?<!(?i:ủy|uỷ)[ ]+)"  # `Ủy quyền` is no acting head
_ACTING = rf"(?:{_NOT_AFTER_UY}(?i:quyền)[ ]+)?"
HEAD_FULL = rf"(?:(?i:nguyên)[ ]+)?{_ACTING}(?:(?i:phó)[ ]+)?{HEAD_CORE}"
HEAD = _B + HEAD_FULL

# A capitalised word or abbreviation: `Khối`, `GD&ĐT`, `ThUV`, `TP.HCM`, `GD-ĐT`.
# `.` `,` `-` join only after a capital (`TP.HCM`, `VH,TT&DL`, `GD-ĐT`), not `Khối.Đồng chí`.
CAPTOK = r"\p{Lu}[\p{L}\p{M}]*(?:(?:&|/|(?<=\p{Lu})[.,-])\p{Lu}[\p{L}\p{M}]*)*" + _E
MASK = "\ue000"  # what a name is replaced with before titles are read (mentions.py)
# A capitalised syllable with the lower-case syllable that finishes its word: `Văn hóa`;
# any lower-case syllable will do right before a name (`Sở Văn hóa, Thể thao và Du lịch A`).
# A lower-case phrase of the word lists is read whole, not cut by a syllable (`Sở giáo dục`).
# Only a phrase opening with the first syllable of a title syllable can stand where one does
# (both are whole syllables), so the others are left out: the pattern, written six times
# into the organisation, is smaller.
_SYLLABLE_OPENERS = frozenset(s.split()[0] for s in lx.TITLE_SYLLABLES)
_LOWER_PHRASES = lx.alternation(w for w in lx.TITLE_WORDS + lx.TITLE_SECTORS
                                if " " in w and w[0].islower() and w.split()[0] in _SYLLABLE_OPENERS)
CAPWORD = (rf"{CAPTOK}(?:[ ]+(?!{_LOWER_PHRASES}{_E}){lx.alternation(lx.TITLE_SYLLABLES)}{_E}"
           rf"|[ ]+\p{{Ll}}[\p{{Ll}}\p{{M}}]*(?=[ ]+{MASK}))?")
_SECTOR = rf"{CAPTOK}(?:[ ]+\p{{Ll}}[\p{{Ll}}\p{{M}}]*{_E})?"  # `Thể thao`, `Du lịch`
_WORD = rf"(?:{lx.alternation(lx.TITLE_WORDS)}{_E}|{CAPWORD})"
_SECTORS = rf"{lx.alternation(lx.TITLE_SECTORS)}{_E}"
_BEFORE_NAME = rf"(?=(?:[ ]+(?:và[ ]+)?(?:{_WORD}|{_SECTORS}))*[ ]+{MASK})"
_ADDRESS = lx.alternation(lx.COMRADE + lx.POLITE)  # `ông`, `TS.`: the next person starts


# The words of the organisation not joined by `-`, `&`, `và` or a comma.
_ORG_NOT_SECTOR = rf"(?:{HEAD_CORE}|{_WORD}|\d{{1,3}}(?!\d|[/.,:-]\d|[ ]*%))"
_SECTOR_BEFORE_NAME = rf"{_SECTORS}{_BEFORE_NAME}"
_ORG_WORD = rf"[ ]+(?:{_ORG_NOT_SECTOR}|{_SECTOR_BEFORE_NAME})"
_ORG_AT = rf"[ ]+tại(?=(?:[ ]+{CAPTOK})+[ ]+{MASK})"  # `Đại sứ Việt Nam tại Lào A`, before a name only
_ORG_SOME = rf"[ ]+các(?=[ ]+{_WORD})"
_AFTER_AND = rf"(?:{CAPWORD}|{_SECTOR_BEFORE_NAME})"
_NOT_ADDRESS = rf"(?!{_ADDRESS}(?:[ ]|$))"  # not `… và TS. A`


def _org(head_full: str) -> str:
    """One word or join of the organisation after a head (rule ``organisation``)."""
    return (
        rf"(?:{_ORG_WORD}"
        rf"|[ ]*[-&][ ]*(?!{head_full}){CAPWORD}"
        rf"|{_ORG_AT}"
        rf"|{_ORG_SOME}"
        rf"|[ ]+và[ ]+(?!{head_full}){_NOT_ADDRESS}{_AFTER_AND}"
        rf"|,[ ]+(?!{head_full}){_SECTOR}[ ]+và[ ]+(?!{head_full}){_SECTOR})"
    )


_ORG = _org(HEAD_FULL)
TITLE = rf"{HEAD}{_ORG}*+"



@lru_cache(maxsize=None)
def _head_regex() -> regex.Pattern:
    """HEAD compiled by `regex`, the first time a text outside script.SCRIPT needs it (``HEAD_AT``)."""
    return regex.compile(HEAD, regex.X)


@lru_cache(maxsize=None)
def title_pattern() -> regex.Pattern:
    """TITLE compiled, the first time it is needed (it takes half a second): for the signature
    rule, and for a text outside script.SCRIPT."""
    return regex.compile(TITLE, regex.X)


@lru_cache(maxsize=None)
def _head_ends() -> regex.Pattern:
    """Matches wherever a head opening the string may end (a head may end in several places)."""
    return regex.compile(rf"(?<=^{HEAD})", regex.X)


def is_title(line: str) -> bool:
    """Whether ``line`` is one title whole: ``TITLE_RE.fullmatch(line)``.  TITLE may read the
    head opening it in any of its ways, each followed by as many organisation words as follow;
    read so in a line of script.SCRIPT, which leaves TITLE_RE uncompiled."""
    if not script.in_script(line):
        return title_pattern().fullmatch(line) is not None
    return any(script_org_end(line, head.end(), len(line)) == len(line) for head in _head_ends().finditer(line))


@lru_cache(maxsize=None)
def prepare() -> None:
    """Compile what script.SCRIPT text needs and is not compiled at import: on the pass's first call,
    so that a batch, which makes that call before it forks its workers, hands them compiled."""
    _script_org_patterns()
    _head_ends()


def __getattr__(name: str):
    if name == "TITLE_RE":  # compiled on first use
        return title_pattern()
    if name == "HEAD_AT":
        return _head_regex()
    raise AttributeError(name)


def script_org_end(text: str, pos: int, end: int) -> int:
    """Where the organisation after a head ending at ``pos`` ends, in a text of script.SCRIPT:
    what ``_org(…)*+`` matches, read by `re` one word at a time.  A join (`-`, `&`, `và`, a
    comma) is read by Python, which tests once for the head that may not follow it, so that the
    head pattern is not written out four more times into the organisation pattern (which made
    compiling it the pass's largest start-up cost).  The joins and the words start apart
    (the words with a space and a letter), so trying the words first keeps the order of ``_org``;
    a sector word is tried last, out of that order, which no other word opens with (`tại`, `các`),
    so that one pattern of it serves after `và` too."""
    words, joins = _script_org_patterns()
    while True:
        if word := words.word.match(text, pos, end) or _sector_after_spaces(text, pos, end):
            pos = word.end()
        elif (join := joins.match(text, pos, end)) and (after := _after_join(text, join, end)) is not None:
            pos = after
        else:
            return pos


def _after_join(text: str, join: re.Match, end: int) -> int | None:
    """The end of the word after ``join``, or None if no word may follow it there."""
    words = _script_org_patterns()[0]
    at = join.end()
    if _SCRIPT_HEAD.match(text, at, end):  # `- Phó …`, `và Trưởng …` start the next title
        return None
    if join.lastgroup == "dash":
        word = words.capword.match(text, at, end)
    elif join.lastgroup == "and":
        word = None if words.address.match(text, at, end) else (
            words.capword.match(text, at, end) or words.sector_before_name.match(text, at, end))
    else:  # a comma: `Sở Văn hóa, Thể thao và Du lịch`; only one way of reading it reaches its `và`
        first = words.sector_and.match(text, at, end)
        word = first and not _SCRIPT_HEAD.match(text, first.end(), end) and words.sector.match(text, first.end(), end)
    return word.end() if word else None


def _sector_after_spaces(text: str, pos: int, end: int) -> re.Match | None:
    spaces = _SPACES.match(text, pos, end)
    return spaces and _script_org_patterns()[0].sector_before_name.match(text, spaces.end(), end)


_SPACES = re.compile("[ ]+")


class _OrgWords:
    """The `re` patterns ``script_org_end`` reads with."""

    def __init__(self) -> None:
        def compiled(pattern: str) -> re.Pattern:
            return re.compile(script.to_re(pattern), re.X)
        self.word = compiled(f"(?:[ ]+{_ORG_NOT_SECTOR}|{_ORG_AT}|{_ORG_SOME})")
        self.sector_before_name = compiled(_SECTOR_BEFORE_NAME)
        self.capword = compiled(CAPWORD)
        self.address = compiled(rf"{_ADDRESS}(?:[ ]|$)")
        self.sector_and = compiled(rf"{_SECTOR}[ ]+và[ ]+")
        self.sector = compiled(_SECTOR)


@lru_cache(maxsize=None)
def _script_org_patterns() -> tuple[_OrgWords, re.Pattern]:
    """Compiled on first use (see ``prepare``)."""
    return _OrgWords(), re.compile(r"(?P<dash>[ ]*[-&][ ]*)|(?P<and>[ ]+và[ ]+)|(?P<comma>,[ ]+)")


# The letters opening every head, case-folded: a word whose letters are none of these opens no
# title, so HEAD_AT need not run there (`Bí` of `Bí thư`, `ubnd`… of abbreviations, `phó`).
HEAD_WORDS = frozenset(regex.match(r"[\p{L}\p{M}]*", h).group().casefold() for h in (
    lx.HEADS_ANY + lx.HEADS_CAP + lx.TITLE_ABBREVIATIONS + lx.SHORT_TITLE_ABBREVIATIONS + ["nguyên", "quyền", "phó"]))


# HEAD read by `re` in a text of script.SCRIPT, the `Ủy quyền` look-behind left out (`re` cannot
# write it, its width varies): head_at tests it.
_SCRIPT_HEAD = re.compile(script.to_re(HEAD.replace(_NOT_AFTER_UY, "")), re.X)
_QUYEN = re.compile(r"(?i:quyền)")
_UY = frozenset({"ủy", "uỷ"})


def head_at(text: str, pos: int, end: int, in_script: bool = False):
    """``HEAD_AT.match(text, pos, end)``; by `re` in a text of script.SCRIPT (``in_script``).
    The look-behind can only fail where `quyền` opens the head (after `nguyên` it stands after
    no `ủy`); there HEAD reads as if it had no acting `quyền`."""
    if not in_script:
        return _head_regex().match(text, pos, end)
    if text[pos:pos + 1] in "qQ" and _QUYEN.match(text, pos, end) and _after_uy(text, pos):
        return _script_head_not_acting().match(text, pos, end)
    return _SCRIPT_HEAD.match(text, pos, end)


def _after_uy(text: str, pos: int) -> bool:
    """Whether `(?i:ủy|uỷ)[ ]+` ends at ``pos``."""
    start = pos
    while start and text[start - 1] == " ":
        start -= 1
    return start < pos and text[max(start - 2, 0):start].lower() in _UY


@lru_cache(maxsize=None)
def _script_head_not_acting() -> re.Pattern:
    """HEAD without its acting `quyền`, for a head after `Ủy` (`thừa ủy quyền`): on first use."""
    assert _ACTING in HEAD
    return re.compile(script.to_re(HEAD.replace(_ACTING, "")), re.X)


def _word_opening(words, letter: str, letter_or_digit: str) -> str:
    """`re`: one of ``words`` (any case) standing whole, in a text of script.SCRIPT.  Each branch opens
    with a letter, what may not stand before it tested after it, so that `re` skips to them."""
    rests: dict[str, list[str]] = {}
    for w in words:
        rests.setdefault(w[0], []).append(w[1:])
    arms = [f"{re.escape(case)}(?<![{letter_or_digit}].)(?i:{lx.alternation(rest)})"
            for first, rest in sorted(rests.items())
            for case in sorted(set(re.findall("(?i)" + re.escape(first), script.SCRIPT)))]
    return f"(?:{'|'.join(arms)})(?![{letter}])"


# Where a head may start in a text of script.SCRIPT: a word of HEAD_WORDS.
_HEAD_WORD = re.compile(_word_opening(HEAD_WORDS, script.spelled(r"[\p{L}\p{M}]"), script.spelled(r"[\p{L}\p{M}\p{N}]")))


def find_titles(text: str, start: int, end: int, in_script: bool = False):
    """The (start, end) of every title in ``text[start:end]``, as ``TITLE_RE.finditer`` finds them.

    A title matches exactly where its head does (the organisation part may be empty),
    so the small head pattern scans and the full pattern runs only where a head stands."""
    starts = (w.start() for w in _HEAD_WORD.finditer(text, start, end)) if in_script else None
    pos = start
    while (head := _next_head(text, pos, end, starts)) is not None:
        if in_script:
            pos = script_org_end(text, head.end(), end)
        else:
            pos = title_pattern().match(text, head.start(), end).end()
        yield head.start(), pos


def _next_head(text: str, pos: int, end: int, starts):
    """``HEAD_AT.search(text, pos, end)``; given ``starts``, every place a head may start in a
    text of script.SCRIPT, in order, the head is read at those from ``pos`` on only."""
    if starts is None:
        return _head_regex().search(text, pos, end)
    for at in starts:
        if at >= pos and (head := head_at(text, at, end, in_script=True)) is not None:
            return head
    return None

# --- expansion -----------------------------------------------------------------------------
_EXPAND_PATTERN = rf"{_B}(?P<a>{lx.alternation(lx.ABBREVIATIONS)}){_E}"
_SCRIPT_EXPAND = re.compile(script.to_re(_EXPAND_PATTERN), re.X)  # for a title of script.SCRIPT: cheaper


@lru_cache(maxsize=None)
def _expand_outside_script() -> regex.Pattern:
    """For a title outside script.SCRIPT, compiled the first time one comes (few do)."""
    return regex.compile(_EXPAND_PATTERN, regex.X)


@lru_cache(maxsize=4096)  # titles recur within a text and across texts; merging compares every pair
def expand(title: str) -> str:
    """``Bí thư ĐUK`` -> ``Bí thư Đảng ủy Khối``: unambiguous abbreviations written out.

    >>> expand("Ủy viên Ban TVTU")
    'Ủy viên Ban Thường vụ Tỉnh ủy'
    >>> expand("TUV")
    'Tỉnh ủy viên'
    """
    pattern = _SCRIPT_EXPAND if script.in_script(title) else _expand_outside_script()
    return pattern.sub(lambda m: lx.ABBREVIATIONS[" ".join(m["a"].split())], title)


# Old and new tone placement are one spelling (`Uỷ`/`Ủy`, `hoá`/`hóa`).
_OLD_TONES = {
    "uỷ": "ủy", "uý": "úy", "uỳ": "ùy", "uỹ": "ũy", "uỵ": "ụy",
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
}
_OLD_TONE = re.compile("|".join(_OLD_TONES))  # plain letters: `re` reads them as `regex` does, faster


@lru_cache(maxsize=4096)
def key(title: str) -> str:
    """What two forms of one title share: expanded, case-folded, single-spaced."""
    return " ".join(_OLD_TONE.sub(lambda m: _OLD_TONES[m.group()], expand(title).casefold()).split())


def clean(title: str) -> str:
    """The title as written, single-spaced, without a dangling separator; in capitals, where
    case cannot tell a verb from an organisation, it ends before a stop word after its head
    (`CHỦ TỊCH UBND TỈNH | PHÁT BIỂU`)."""
    title = " ".join(title.split()).strip(" -,&")
    if title.isupper():
        title = _caps_cut(title)
    elif title.startswith("Nguyên "):
        title = "n" + title[1:]  # `Nguyên Phó Chủ tịch …` opening a line: `nguyên` as GUIDE writes it
    return title


_CAPS_KEEP = frozenset({"và", "các"})
_SECOND_SYLLABLES = frozenset(w.casefold() for w in lx.TITLE_SYLLABLES)  # inside organisations: `THÔNG TIN VÀ TRUYỀN THÔNG`


def _caps_cut(title: str) -> str:
    head = head_at(title, 0, len(title), script.in_script(title))
    if head is None:
        return title
    words = title[head.end():].split()
    for i, w in enumerate(words):
        low = w.casefold()
        pair = f"{low} {words[i + 1].casefold()}" if i + 1 < len(words) else low
        if (low in lx.CHAIN_STOPS and low not in _CAPS_KEEP and pair not in lx.CHAIN_NOT_STOPS
                and not (i and low in _SECOND_SYLLABLES)):  # `TRUYỀN THÔNG`, `LAO ĐỘNG`
            return " ".join([title[:head.end()]] + words[:i]).strip(" -,&")
    return title
