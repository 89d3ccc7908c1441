"""Personal names: runs of capitalised syllables, cut down to the person's name.

A run of 2+ capitalised syllables (``Khối Nguyễn Văn Kha``, ``Long An Nguyễn Văn Tám``,
``TRƯƠNG HẢI LONG``) may carry a place or organisation before the name and a title head
after it; ``candidates`` cuts each run:

- rule ``title_after``: a title head inside the run ends the name
  (``Nguyễn Mạnh Hùng Tỉnh ủy viên`` -> ``Nguyễn Mạnh Hùng``);
- rule ``place_before``: a known place opening the run is not part of the name
  (``Quảng Nam Phan Việt Cường`` -> ``Phan Việt Cường``), and after a place noun
  (``đường``, ``Trường THPT``, ``tư tưởng``) the run names a place (``đường Lê Lợi``);
- rule ``surname``: the name opens with a surname of ``officials_surnames.txt`` and has
  3-4 syllables (``Khối Nguyễn Văn Kha`` -> ``Nguyễn Văn Kha``); a 3-syllable name is
  preferred to a 4-syllable one when the run has words before it;
  a two-syllable name only right after a head with no organisation (``Đại tướng Tô Lâm``),
  since after ``Huyện ủy`` two syllables are mostly a place (``Bí thư Huyện ủy Lý Sơn``);
- rule ``anchored``: right after ``đồng chí``/``ông``/``bà`` the whole run of 2-5 syllables is
  the name (``đồng chí Ksor Phước Hà``, ``ông Y Thanh Hà Niê Kđăm``: the surname lexicon
  holds the openers of ethnic-minority names too), and a run of 3-4 syllables with no
  organisation word even when its surname is not listed (``ông Kră Jăn Dinh``);
- rule ``surname`` also reads ``Thị`` second of three or four syllables as a woman's middle name
  (``Văn Thị Hạnh``) and an opener written onto its syllable (``H'Lim``); after a national body
  two syllables are a name (``Bộ trưởng Bộ Công an Tô Lâm``);
- rule ``headline``: a run opened by a title (a headline in capitals or title case) holds the
  name after the title: the first surname outside an organisation word, up to a verb
  (``PHÓ CHỦ TỊCH NƯỚC HÀ THỊ LIÊN THĂM …``).

Names in capitals are written with each syllable capitalised (GUIDE §4).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import regex

from extractor.officials import lexicon as lx
from extractor.officials.titles import HEAD, HEAD_WORDS, head_at
from extractor.text import script

_B, _E = lx.NOT_AFTER_LETTER, lx.NOT_BEFORE_LETTER

# Title-case syllables (`Nguyễn`, `A`, `H'Hen`, `Kđăm`) or syllables in capitals.  The pattern
# opens with the capital, and what may not stand before it is looked at from there, so that a
# scanner skips to capitals (`re` does, fast).
_SYL_TAIL = r"(?:'\p{Lu})?[\p{Ll}\p{M}]*" + _E
_CAPS_TAIL = r"\p{Lu}*(?:'\p{Lu}+)?" + _E
_RUNS = (rf"\p{{Lu}}(?<![\p{{L}}\p{{M}}\p{{N}}&./'-].)"  # not in a word, nor the tail of `GD-ĐT`, `P.V`
         rf"(?:{_SYL_TAIL}(?:[ ]{{1,2}}\p{{Lu}}{_SYL_TAIL})+|{_CAPS_TAIL}(?:[ ]{{1,2}}\p{{Lu}}{_CAPS_TAIL})+)")
_SCRIPT_RUNS = re.compile(script.to_re(_RUNS))  # in a text of script.SCRIPT: half the cost


@lru_cache(maxsize=None)
def _runs() -> regex.Pattern:
    """For a text outside script.SCRIPT, compiled the first time one comes (few do)."""
    return regex.compile(_RUNS)
_SYLLABLE = re.compile(r"\S+")  # a run holds no other white space than ` `

_ADDRESS_BEFORE = regex.compile(
    rf"{_B}{lx.alternation(lx.COMRADE + lx.POLITE)}[ ]*:?[ ]*$")
_ADDRESS_OPENS = regex.compile(rf"{lx.alternation(lx.COMRADE + lx.POLITE)}[ ](?=\p{{Lu}})")
_ADDRESS_FIRST_WORDS = frozenset(a.split()[0] for a in lx.COMRADE + lx.POLITE)  # the syllable it opens a run with
_PLACE_NOUN_BEFORE = regex.compile(rf"{_B}{lx.PLACE_NOUNS}(?<!{_B}{lx.NOT_PLACE_NOUNS})[ ]+$")  # not `nông thôn`
# A head standing alone before the run (`Tổng Bí thư Tô Lâm`, `đồng chí Chủ tịch nước …`):
# no organisation, so no place name, can sit between the head and the run.
_BARE_HEAD_BEFORE = regex.compile(rf"(?:^|[^\p{{L}}\p{{M}} ][ ]*|\p{{Ll}}[ ]+){HEAD}[ ]+$", regex.X)
# A national body ends the title before the run: no place name follows it, so two syllables
# are a name (`Bộ trưởng Bộ Công an Tô Lâm`), unlike after `Huyện ủy` (`Bí thư Huyện ủy Lý Sơn`).
_NATIONAL_BEFORE = regex.compile(
    r"(?:Chính[ ]phủ|Quốc[ ]hội|Trung[ ]ương(?:[ ]Đảng)?|Bộ[ ]Chính[ ]trị|Ban[ ]Bí[ ]thư|Nhà[ ]nước"
    r"|Bộ[ ]\p{Lu}[\p{L}\p{M}]*(?:[ ][\p{L}\p{M}]+){0,5}(?<!tỉnh|huyện|xã|phường|quận|phố|thị[ ]trấn))[ ]+$")
_LOOKBEHIND = 40
_ADDRESS_ENDS = tuple({a.split()[-1] for a in lx.COMRADE + lx.POLITE})
_PLACE_NOUN_ENDS = tuple({w.split()[-1] for w in lx.PLACE_NOUN_ENTRIES})


@dataclass(slots=True, frozen=True)
class Name:
    start: int
    end: int
    name: str
    anchored: bool  # right after a form of address


def candidates(text: str, in_script: bool | None = None) -> list[Name]:
    """Every personal name the text may contain, in order (``in_script``: script.in_script(text))."""
    out = []
    scanner = _SCRIPT_RUNS if (script.in_script(text) if in_script is None else in_script) else _runs()
    for run in scanner.finditer(text):
        name = _cut(text, run, scanner is _SCRIPT_RUNS)
        if name is not None:
            out.append(name)
    return out


def _cut(text: str, run: re.Match | regex.Match, in_script: bool) -> Name | None:
    sylls = [(m.start() + run.start(), m.group()) for m in _SYLLABLE.finditer(run.group())]
    # `đồng chí Trưởng Ban Tổ chức`, `BÍ THƯ TỈNH ỦY NGUYỄN VĂN A`: a title opens the run,
    # so only a tail of it can be a name
    head = _head_at(text, sylls[0], in_script)
    titled = head is not None
    opening = _ADDRESS_OPENS.match(run.group()) if sylls[0][1] in _ADDRESS_FIRST_WORDS else None
    if opening and _place_prefix(tuple(_titlecase(w) for _, w in sylls)):
        opening = None  # `tỉnh Bà Rịa Vũng Tàu`: a place, not `bà`
    if opening:  # rule anchored: `Ông Nguyễn Thanh Hòa` at the start of a sentence
        sylls = sylls[len(opening.group().split()):]
    first = next((k for k, (s, _) in enumerate(sylls) if s >= head.end()), len(sylls)) if titled else 1
    sylls = sylls[:_title_after(text, sylls, max(first, 1), in_script)]
    words = tuple(_titlecase(w) for _, w in sylls)
    before = text[max(0, sylls[0][0] - _LOOKBEHIND):sylls[0][0]] if sylls else ""
    anchored = bool(opening or _ends_with(before, _ADDRESS_ENDS) and _ADDRESS_BEFORE.search(before))
    span = _headline(words, first) if titled else _choose(words, before, anchored)
    if span is None:
        return None
    i, j = span
    start, end = sylls[i][0], sylls[j - 1][0] + len(sylls[j - 1][1])
    return Name(start, end, " ".join(words[i:j]), anchored and i == 0)


def _title_after(text: str, sylls: list[tuple[int, str]], first: int, in_script: bool) -> int:
    """Rule ``title_after``: where a title head starts inside the run, the name stops
    (a run opened by a title is searched after that title: `PHÓ CHỦ TỊCH …`)."""
    for k in range(first, len(sylls)):
        if _head_at(text, sylls[k], in_script):
            return k
    return len(sylls)


def _head_at(text: str, syllable: tuple[int, str], in_script: bool):
    """``HEAD_AT.match`` at a syllable of a run, skipped where no head opens with its letters."""
    if syllable[1].split("'", 1)[0].casefold() not in HEAD_WORDS:
        return None
    return head_at(text, syllable[0], len(text), in_script)


def _ends_with(before: str, words: tuple[str, ...]) -> bool:
    """Whether ``before`` ends with one of ``words`` and spaces (a colon, a final newline
    aside): what the `…[ ]*$` patterns on it need, tested before they are run."""
    return before.rstrip("\n").rstrip(" ").rstrip(":").rstrip(" ").endswith(words)


def _choose(words: tuple[str, ...], before: str, anchored: bool) -> tuple[int, int] | None:
    """Which syllables of the run are the name: the whole run, or a tail of it."""
    if len(words) < 2:
        return None
    skip = _place_skip(words, before, anchored)
    whole = _whole_run(words, before, anchored) if skip == 0 else _after_place(words, skip)
    return whole or _tail(words, skip)


def _place_skip(words: tuple[str, ...], before: str, anchored: bool) -> int:
    """Rule place_before: how many syllables open the run as a place."""
    skip = _place_prefix(words)
    if (_ends_with(before, _PLACE_NOUN_ENDS) and _PLACE_NOUN_BEFORE.search(before)
            and not _BARE_HEAD_BEFORE.search(before)):
        skip = max(skip, 1)  # `đường Lê Lợi`, `tư tưởng Hồ Chí Minh`
    if skip == len(words) >= 3 and _is_surname_at(words, 0) and (anchored or _BARE_HEAD_BEFORE.search(before)):
        skip = 0  # `Chủ tịch Hồ Chí Minh`, `đồng chí Võ Nguyên Giáp`: a person after all
    return skip


def _whole_run(words: tuple[str, ...], before: str, anchored: bool) -> tuple[int, int] | None:
    k = _surname_length(words, 0)  # `Công Tằng Tôn Nữ` counts as one; `Rơ Mah Tuân` as three
    n = len(words) - (k - 1 if k > 1 and words[:k] not in lx.ETHNIC_OPENERS else 0)
    if anchored and (n <= 4 and _is_surname_at(words, 0) or n == 5 and words[:1] in lx.ETHNIC_OPENERS):
        return 0, len(words)  # rule anchored (`đồng chí Ban Thường vụ` is no name: no surname)
    if anchored and 3 <= n <= 4 and not _org_word_in(words):
        return 0, len(words)  # rule anchored: a surname the list lacks (`ông Kră Jăn Dinh`)
    if 3 <= n <= 4 and _is_surname_at(words, 0) and not _place_then_name(words):
        return 0, len(words)  # rule surname
    if n == 2 and _is_surname_at(words, 0) and (_BARE_HEAD_BEFORE.search(before) or _NATIONAL_BEFORE.search(before)):
        return 0, len(words)  # rule surname: two syllables after a bare head (`Đại tướng Tô Lâm`)
    if n == 5 and words[:1] in lx.ETHNIC_OPENERS and _is_surname_at(words, 3):
        return 0, len(words)  # `Y Giang Gry Niê Knơng`: an Ede name with its clan name
    return None


def _after_place(words: tuple[str, ...], skip: int) -> tuple[int, int] | None:
    """Rule place_before: after a known place, 3-4 syllables opening with a surname are the
    whole name, two surnames included (`Quảng Nam Lương Nguyễn Minh Triết`)."""
    rest = words[skip:]
    n = len(rest) - max(_surname_length(rest, 0) - 1, 0)
    if 3 <= n <= 4 and _surname_length(rest, 0):
        return skip, len(words)
    return None


def _tail(words: tuple[str, ...], skip: int) -> tuple[int, int] | None:
    """Rule surname: a 3-syllable tail opening with a surname, else a 4-syllable one; the
    4-syllable one first when it opens with two surnames, a common one first (`Lục Yên |
    Nguyễn Hoàng Minh Đức`, `Nguyễn Lê Bảo Ngọc`)."""
    n = len(words)
    i = n - 4
    if i >= max(skip, 1) and words[i] in lx.COMMON_SURNAMES and _surname_length(words, i + 1) == 1:
        return i, n
    for length in (3, 4):
        i = n - length
        if i >= max(skip, 1) and _is_surname_at(words, i):
            return i, n
    return None


def _org_word_in(words: tuple[str, ...]) -> bool:
    """A capitalised word of an organisation (`Ban`, `Hội`, `Sở`…): the run is no name."""
    return any(w in _ORG_WORDS for w in words)


_ORG_WORDS = frozenset({"Ban", "Hội", "Sở", "Bộ", "Ủy", "Uỷ", "Đảng", "Đoàn", "Phòng", "Tỉnh", "Huyện",
                        "Xã", "Trường", "Công", "Ty", "Viện", "Cục", "Tổng", "Liên", "Hiệp", "Mặt", "Trận",
                        "Nhà", "Nước", "Quốc", "Chính", "Phủ", "Thường", "Trực", "Vụ", "Mẹ", "Việt"})


def _headline(words: tuple[str, ...], first: int) -> tuple[int, int] | None:
    """Rule ``headline``: in a run opened by a title, a headline in capitals or with every word
    capitalised (`PHÓ CHỦ TỊCH NƯỚC HÀ THỊ LIÊN THĂM …`, `Bí Thư Tỉnh Ủy Trần Văn Bình Làm
    Việc …`), the name is the first surname after the title that opens no place, three
    syllables long, four when the fourth is no verb and the fifth is one or ends the line,
    two when the line ends there (`ĐẠI TƯỚNG TÔ LÂM`)."""
    n = len(words)
    for k in range(max(first, 1), n - 1):
        if not _is_surname_at(words, k) or _place_prefix(words[k:]) or _in_org_word(words, k):
            continue
        if k + 2 == n or _verb(words[k + 2]):
            return k, k + 2  # `TỔNG BÍ THƯ TÔ LÂM TIẾP …`
        if k + 4 <= n and not _verb(words[k + 3]) and (k + 4 == n or _verb(words[k + 4])):
            return k, k + 4
        return k, k + 3
    return None


_ORG_PAIRS = frozenset(w.casefold() for w in lx.TITLE_WORDS + lx.TITLE_SECTORS if len(w.split()) == 2)


def _in_org_word(words: tuple[str, ...], k: int) -> bool:
    """Syllable k belongs to a two-word organisation word (`LIÊN ĐOÀN`, `LAO ĐỘNG`), so no name
    starts there (`CHỦ TỊCH LIÊN ĐOÀN LAO ĐỘNG TỈNH LÊ VĂN CƯỜNG`)."""
    low = [w.casefold() for w in words]
    return (k > 0 and f"{low[k - 1]} {low[k]}" in _ORG_PAIRS
            or k + 1 < len(low) and f"{low[k]} {low[k + 1]}" in _ORG_PAIRS)


def _verb(word: str) -> bool:
    """A word that follows a name in a headline (`THĂM`, `TIẾP`, `DỰ`): the name ends before it."""
    return word.casefold() in lx.CHAIN_STOPS


def _place_then_name(words: tuple[str, ...]) -> bool:
    """`Lộc Nguyễn Văn Bình` (4 syllables): a common surname second, after a syllable that is
    not one, is where the name starts (`Lê Nguyễn Minh Tâm` keeps its two surnames)."""
    return len(words) == 4 and words[1] in lx.COMMON_SURNAMES and words[0] not in lx.COMMON_SURNAMES


def _place_prefix(words: tuple[str, ...]) -> int:
    for length in lx.PLACE_LENGTHS:
        if length <= len(words) and words[:length] in lx.PLACES:
            return length
    return 0


def _is_surname_at(words: tuple[str, ...], i: int) -> bool:
    return _surname_length(words, i) > 0 or _female_middle(words, i)


def _female_middle(words: tuple[str, ...], i: int) -> bool:
    """Rule surname: `Thị` second of three or four syllables is the middle name of a woman, so
    the syllable before it is a surname, listed or not (`Văn Thị Hạnh`, `Lò Thị Mai`);
    `Thị Xã`, `Thị Ủy`, `Thị Trấn` in capitals are places."""
    return (i + 2 < len(words) <= i + 4 and words[i + 1] == "Thị" and words[i + 2] not in _NOT_AFTER_THI
            and not words[i] in _NOT_BEFORE_THI)


_NOT_AFTER_THI = frozenset({"Xã", "Ủy", "Uỷ", "Trấn", "Trường", "Đội", "Ủy Viên"})
_NOT_BEFORE_THI = frozenset({"Thành", "Khu", "Ủy", "Uỷ", "Ban", "Huyện", "Tỉnh", "Bí"})


def _surname_length(words: tuple[str, ...], i: int) -> int:
    """Syllables of the surname opening ``words[i:]`` (compound ones first), 0 for none.
    An ethnic-minority opener may be written onto the next syllable (`H'Lim`, `K'Brơi`)."""
    for k in lx.SURNAME_LENGTHS:
        if i + k <= len(words) and words[i:i + k] in lx.SURNAMES:
            return k
    if i < len(words) and "'" in words[i]:
        head = words[i][:words[i].index("'") + 1]
        return int((head,) in lx.ETHNIC_OPENERS)
    return 0


def _titlecase(word: str) -> str:
    """``TRƯƠNG`` -> ``Trương``, ``H'HEN`` -> ``H'Hen``; title-case words stay as written."""
    if not word.isupper() or len(word) == 1:
        return word
    return "'".join(part[:1] + part[1:].lower() for part in word.split("'"))
