"""Mentions: a name with the address and titles attached to it in one place (GUIDE §4).

Names are masked first (each becomes a run of U+E000 of the same length), so titles stop
where a name starts.  One scan then cuts the masked text into parts: ``name``, ``addr``
(``đồng chí``, ``ông``…), ``link`` (``tái đắc cử``, ``làm``, ``là``), ``relieved``
(``miễn nhiệm``, ``từng là``), ``title``, ``sep`` (``, ; : - ( ) kiêm và``), ``nl`` and ``word``.
Each name then reads its neighbours:

- rule ``address``: ``đồng chí``/``Đ/c``/``ông``/``bà`` right before the name, or before the
  titles before it (``đồng chí Phó Bí thư Thường trực Tỉnh ủy Lê Quốc Thịnh``);
- rule ``titles_before``: titles right before the name, chained by ``,`` ``kiêm`` ``và`` ``-``
  (``Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Trương Hải Đăng``), also across a short note in
  brackets (``Chủ tịch UBND tỉnh Long An (mới) Nguyễn Văn Tám``) or a colon, or before a comma
  and the address (``Bí thư Tỉnh ủy, đồng chí A``) unless someone acts for the title holder
  (``Thay mặt Thủ tướng Chính phủ, đồng chí A``);
- rule ``titles_after``: titles after the name, opened by ``,`` ``-`` ``(`` or a bare space
  and chained the same way (``Vũ Hữu Tâm - TUV, Bí thư ĐUK``); a title that runs straight
  into the next name is that name's title (``Thủ tướng A, Phó Thủ tướng B``), and so is the
  whole chain when the name had its own titles before it (``Bí thư Tỉnh ủy A, Phó Bí thư
  Tỉnh ủy, Chủ tịch UBND tỉnh B``);
- rule ``link``: ``A tái đắc cử Bí thư …``, ``bổ nhiệm ông A làm trợ lý …``, ``2 trợ lý là
  các ông A, B`` give the title without widening the mention; not after ``từng``, and
  not an ad hoc role (``làm trưởng đoàn``);
- rule ``chain_repair``: a title cut short by unknown words still chains to a title after the
  next comma, unless a stop word (`officials_stop_words.txt`: `phát biểu`, `chủ trì`…) intervenes;
- rule ``governed``: a title closing a short opening clause that ends in a preposition
  (``Báo cáo với Thủ tướng, Bí thư Tỉnh ủy A``) is the addressee's, not the name's;
- rule ``title_gap``: a title before a name cut short by up to five unknown lower-case words
  runs on to the name (``Giám đốc Bệnh viện đa khoa tỉnh A``), unless a stop word is among them;
- rule ``relieved``: titles after ``miễn nhiệm``/``thôi giữ chức``/``từng là`` are not reported;
- rule ``list``: in ``Phó Chủ tịch UBND tỉnh A, B`` and ``các ông A và B`` a name with nothing
  of its own takes the title and address of the name before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from extractor.officials import lexicon as lx
from extractor.officials import names as nm
from extractor.officials import titles as tl
from extractor.text import script

MASK = tl.MASK
_B, _E = lx.NOT_AFTER_LETTER, lx.NOT_BEFORE_LETTER


def _parts_pattern(letter: str, letter_no_mark: str, not_space: str) -> str:
    """The part scanner, given its character classes (`regex` properties, or spelled out).
    Addresses, links and relieved posts are tried only at a letter one of them opens with."""
    b, e = f"(?<![{letter}])", f"(?![{letter}])"
    cues = lx.COMRADE + lx.POLITE + lx.RELIEVED + lx.LINKS
    opening = "".join(sorted({re.escape(c[0]) for c in cues} | {"c", "C"}))  # `các`
    return (
        rf"(?P<name>{MASK}+)"
        rf"|(?=[{opening}]){b}(?:(?P<addr>(?:(?i:các)[ ]+)?{lx.alternation(lx.COMRADE + lx.POLITE)}{e})"
        rf"|(?P<relieved>{lx.alternation(lx.RELIEVED)}{e})|(?P<link>{lx.alternation(lx.LINKS)}{e}))"
        rf"|(?P<sep>[,;:()|-]|(?=[kv]){b}(?:kiêm|và){e})"
        r"|(?P<nl>\n)"
        rf"|(?P<word>[{letter}]+(?:[&'/][{letter_no_mark}]+)*)"
        rf"|(?P<other>{not_space})"
    )


@lru_cache(maxsize=None)
def _parts() -> regex.Pattern:
    """The parts scanner for a text outside script.SCRIPT, compiled the first time one comes (few do)."""
    return regex.compile(_parts_pattern(r"\p{L}\p{M}\p{N}", r"\p{L}\p{N}", r"\S"))

# The same parts, cut by the standard library's `re` in a text of script.SCRIPT (script.in_script): about
# half the cost of `regex`, which builds a heavier match object per part.
_SCRIPT_PARTS = re.compile(_parts_pattern(script.spelled(r"[\p{L}\p{M}\p{N}]"), script.spelled(r"[\p{L}\p{N}]"),
                                          "[" + script.spelled(r"\S") + "]"))

_COMRADE = regex.compile(rf"(?:(?i:các)[ ]+)?{lx.alternation(lx.COMRADE)}$")
_CHAIN_SEPS = frozenset({",", "-", "kiêm", "và"})
_OPEN_SEPS = frozenset({",", "-", "(", "|", "kiêm"})  # `|` between cells of a table row; `A kiêm B`
_ON_BEHALF = frozenset({"mặt", "quyền", "lệnh", "của"})  # thay mặt, thừa ủy quyền, thừa lệnh
_LINK_ADVERBS = frozenset({"đã", "vừa", "tiếp", "tục", "chính", "thức", "cũng", "lại"})
_TAKING_UP = regex.compile(r"\b(?:bầu|bổ nhiệm|chỉ định|điều động|phê chuẩn|giao)\b")
_BIO = frozenset({"sinh", "sn", "quê", "trú", "thường trú", "năm sinh", "dân tộc", "trình độ", "học vị", "học hàm"})
_TAKE_UP = frozenset(c for c in lx.LINKS if c not in ("là", "hiện là", "làm"))  # giữ chức, được bầu…
# Words of a transfer between a person's titles and the post taken up (`đến nhận công tác tại
# Ban Tổ chức Tỉnh ủy và giữ chức …`); any other stop word there starts another clause.
_TRANSFER = frozenset({"đến", "tới", "về", "sang", "nhận", "tại", "được", "đã", "vừa", "và", "bổ", "điều", "động"})
_ROMAN = regex.compile(r"[IVXL]+")
_SKIPPABLE = frozenset({"khác", "mới", "hiện"})  # `2 thư ký khác là các ông A, B`


@dataclass(slots=True)
class Part:
    kind: str
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Hit:
    """One mention: a name with what is attached to it in that place."""
    name: str
    start: int
    end: int
    titles: list[str] = field(default_factory=list)
    comrade: bool = False   # addressed as đồng chí (qualifies alone)
    addressed: bool = False  # any form of address


def mask(text: str, found: list[nm.Name]) -> str:
    pieces, last = [], 0
    for n in found:
        pieces += [text[last:n.start], MASK * (n.end - n.start)]
        last = n.end
    pieces.append(text[last:])
    return "".join(pieces)


def parts(masked: str, windows: list[tuple[int, int]] | None = None, in_script: bool | None = None) -> list[Part]:
    """The parts of ``masked``, or of the given windows of it, a newline part between windows.

    Titles are found first (``titles.find_titles``), the text between them is cut by ``_SCRIPT_PARTS`` (``_parts()``)."""
    out: list[Part] = []
    in_script = script.in_script(masked) if in_script is None else in_script
    scanner = _SCRIPT_PARTS if in_script else _parts()
    for s, e in windows if windows is not None else [(0, len(masked))]:
        if out:
            out.append(Part("nl", s, s, ""))
        last = s
        for ts, te in tl.find_titles(masked, s, e, in_script):
            out += _cut(scanner, masked, last, ts)
            out.append(Part("title", ts, te, masked[ts:te]))
            last = te
        out += _cut(scanner, masked, last, e)
    return out


def _cut(scanner, masked: str, s: int, e: int) -> list[Part]:
    return [Part(m.lastgroup, m.start(), m.end(), m.group()) for m in scanner.finditer(masked, s, e)]


def windows(text: str, found: list[nm.Name], before: int = 400, after: int = 600) -> list[tuple[int, int]]:
    """Where parts are worth cutting: the lines around names, at most ``before``/``after``
    characters away (titles and addresses never cross a line end)."""
    spans: list[tuple[int, int]] = []
    for n in found:
        s = max(text.rfind("\n", 0, n.start) + 1, n.start - before)
        e = text.find("\n", n.end)
        e = min(len(text) if e < 0 else e, n.end + after)
        if e == n.end and n.start - s <= 16 and e < len(text):
            # a name alone on its line (`1. Đồng chí A`): the next line may hold its titles,
            # after up to three lines of biography in an obituary (`Sinh ngày …`, `Quê quán: …`)
            nxt = e
            for _ in range(4):
                nxt = text.find("\n", nxt + 1)
                if nxt < 0:
                    nxt = len(text)
                    break
            e = min(nxt, n.end + after)
        if s > 0 and text[s - 1] != "\n":
            sp = text.find(" ", s, n.start)
            s = sp + 1 if sp >= 0 else n.start
        if spans and s <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(e, spans[-1][1]))
        else:
            spans.append((s, e))
    return spans


def find(text: str, found: list[nm.Name] | None = None, in_script: bool | None = None) -> list[Hit]:
    """Every mention of a name in ``text`` (``found``: its name candidates, when known;
    ``in_script``: script.in_script(text), when known; the masked text is then in it too)."""
    found = nm.candidates(text, in_script) if found is None else found
    by_start = {n.start: n for n in found}
    ps = parts(mask(text, found), windows(text, found), in_script)
    return _Reader(text, ps, by_start).read()


def _adhoc(title: str) -> bool:
    """Rule link: a bare `trưởng đoàn`/`trưởng nhóm` is a role for one trip, not a post
    (`Trưởng đoàn Đoàn đại biểu Quốc hội tỉnh` is a post)."""
    low = tl.clean(title).casefold()
    return low.removeprefix("phó ") in lx.ADHOC


class _Reader:
    """Reads each name's neighbours, left to right (a title used after one name is not
    reused before the next)."""

    def __init__(self, text: str, ps: list[Part], by_start: dict[int, nm.Name]):
        self.text, self.ps, self.by_start = text, ps, by_start
        self.used: set[int] = set()
        self.hits: dict[int, Hit] = {}   # part index of the name -> hit
        self.has_after: set[int] = set()

    def read(self) -> list[Hit]:
        for i, p in enumerate(self.ps):
            if p.kind == "name":
                self.hits[i] = self._hit(i)
        return list(self.hits.values())

    # -- helpers --------------------------------------------------------------------------
    def _adjacent(self, a: int, b: int) -> bool:
        """Only spaces between parts a and b (a < b)."""
        return not self.text[self.ps[a].end:self.ps[b].start].strip(" ")

    def _is(self, i: int, kind: str, *texts: str) -> bool:
        if not 0 <= i < len(self.ps):
            return False
        p = self.ps[i]
        return p.kind == kind and (not texts or p.text in texts)

    def _title_runs_into_name(self, i: int) -> bool:
        """Title i is written straight before a name (maybe across `(mới)` or `:`)."""
        j = self._skip_note_forward(i + 1)
        return self._is(j, "name") and (j != i + 1 or self._adjacent(i, j))

    def _skip_note_forward(self, j: int, colon: bool = True) -> int:
        if colon and self._is(j, "sep", ":"):
            return j + 1
        if self._is(j, "sep", "("):
            # after a name, a longer note with commas (`(thứ 2, từ trái sang)`, `(SN 1990, trú tại …)`)
            most = 4 if colon else 9
            k = j + 1
            while k < len(self.ps) and k - j <= most and (self.ps[k].kind == "word" or not colon and self._is(k, "sep", ",")):
                k += 1
            if self._is(k, "sep", ")"):
                return k + 1
        return j

    def _skip_note_backward(self, j: int) -> int:
        if self._is(j, "sep", ":"):
            return j - 1
        if self._is(j, "sep", ")"):
            k = j - 1
            while k >= 0 and j - k <= 4 and self.ps[k].kind == "word":
                k -= 1
            if self._is(k, "sep", "("):
                return k - 1
        return j

    # -- one name -------------------------------------------------------------------------
    def _hit(self, i: int) -> Hit:
        p = self.ps[i]
        name = self.by_start[p.start]
        hit = Hit(name.name, p.start, p.end)
        self._before(i, hit)
        self._after(i, hit)
        return hit

    def _before(self, i: int, hit: Hit) -> None:
        j = self._skip_note_backward(i - 1)
        addr = j if self._is(j, "addr") else None
        if addr is not None:
            j -= 1
        chain = self._chain_backward(j)
        if not chain and addr is not None and self._is(j, "sep", ","):
            chain = self._chain_backward(j - 1)  # `Bí thư Tỉnh ủy, đồng chí A`
            if chain and self._is(chain[0] - 1, "word") and self.ps[chain[0] - 1].text in _ON_BEHALF:
                chain = []  # `Thay mặt Thủ tướng Chính phủ, đồng chí A`
        gap_end = None
        if not chain and addr is None and (t := self._gap_before(j)) is not None:
            chain, gap_end = self._chain_backward(t), self.ps[j - 2 if self._term(j) else j].end
        if chain and self._relieved_before(chain[0]):
            chain = []
        if len(chain) > 1 and self._governed(chain[0]) and not self._is(i + 1, "sep", ","):
            chain = chain[1:]  # `Báo cáo với Thủ tướng, Bí thư Tỉnh ủy A cho biết`
        if chain:
            hit.titles[:0] = [tl.clean(self.ps[k].text) for k in chain]
            if gap_end is not None:  # the words of the gap finish the last title
                hit.titles[len(chain) - 1] = tl.clean(self.text[self.ps[chain[-1]].start:gap_end])
            self.used.update(chain)
            hit.start = self.ps[chain[0]].start
            if addr is None and self._is(chain[0] - 1, "addr"):
                addr = chain[0] - 1
        else:
            self._linked_before(j, hit)
            if not hit.titles:
                self._office_for(j, hit)
        if addr is None and not hit.titles:
            addr = self._address_before_colon(i)
            if addr is not None:
                hit.addressed = True
                hit.comrade = bool(_COMRADE.search(self.ps[addr].text))
                addr = None
        if addr is not None:
            self._set_address(hit, addr)
        if not (hit.titles or hit.addressed):
            self._inherit(i, hit)

    def _address_before_colon(self, i: int) -> int | None:
        """Rule address: `các đồng chí lãnh đạo tỉnh: A, B`, `các đồng chí trong Ban Thường vụ
        Tỉnh ủy: A, B` (up to eight words; the mention stays on the name)."""
        if not self._is(i - 1, "sep", ":"):
            return None
        k = i - 2
        while self._is(k, "word") and i - 2 - k < 8:
            k -= 1
        return k if k < i - 2 and self._is(k, "addr") else None

    def _set_address(self, hit: Hit, j: int) -> None:
        p = self.ps[j]
        hit.addressed = True
        hit.comrade = hit.comrade or bool(_COMRADE.search(p.text))
        words = p.text.split()
        skip = len(p.text) - len(" ".join(words[1:])) if words[0].casefold() == "các" else 0
        hit.start = min(hit.start, p.start + skip)

    def _chain_backward(self, j: int) -> list[int]:
        if not self._is(j, "title") or j in self.used:
            return []
        chain = [j]
        while (self._is(j - 1, "sep") and self.ps[j - 1].text in _CHAIN_SEPS
               and self._is(j - 2, "title") and j - 2 not in self.used):
            j -= 2
            chain.insert(0, j)
        return chain

    def _gap_before(self, j: int) -> int | None:
        """Rule title_gap: a title cut short by lower-case words the title lists lack still
        runs into the name after them (`Giám đốc Bệnh viện | đa khoa tỉnh | A`), across at most
        five words (six parts when one is capitalised), none a stop word but `các` (`Chủ tịch
        UBND tỉnh | tặng | A` is no title of A's; `Ban Quản lý | các khu công nghiệp tỉnh | A` is).
        Returns the title's part, or None."""
        k = j
        if self._term(k):  # `Đại biểu Quốc hội | khóa XV | A`: the term is no part of the title
            k -= 2
        while ((self._is(k, "word") and (not self._stop(k) or self.ps[k].text == "các")
                and (j - k < 5 or self._capitalised_between(k, j))
                or self._is(k, "sep", "và", "-") and k < j) and j - k < 7 and self._adjacent(k, k + 1)):
            k -= 1
        if k < j and self._is(k, "title") and self._adjacent(k, k + 1) and k not in self.used:
            return k
        return None

    def _capitalised_between(self, k: int, j: int) -> bool:
        """Parts k..j hold a capitalised word: the words go on naming an organisation
        (`Cục Trồng | trọt và Bảo vệ thực vật | A`), not a run of lower-case prose."""
        return any(self.ps[x].text[:1].isupper() for x in range(k, j + 1))

    def _term(self, k: int) -> bool:
        """Parts k-1, k are a term of office: `khóa XV`."""
        return (self._is(k, "word") and _ROMAN.fullmatch(self.ps[k].text) is not None
                and self._is(k - 1, "word") and self.ps[k - 1].text.casefold() in ("khóa", "khoá"))

    def _governed(self, j: int) -> bool:
        """Rule governed: title j closes a short opening clause that ends in a preposition or
        a verb of address (`Báo cáo với | Thủ tướng`, `Theo đề nghị của | Chủ tịch UBND tỉnh`,
        `Trả lời | Phó Thủ tướng`), so it names the person addressed; the comma after it ends
        the clause.  A clause with a subject of its own (`Thủ tướng làm việc với Bí thư Tỉnh ủy,
        Chủ tịch UBND tỉnh A`) or a long one is left alone, and so is one that the comma after
        the name closes (`Theo Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh A, …`: both are A's)."""
        g = j - 2 if self._is(j - 1, "addr") else j - 1  # `Báo cáo với đồng chí Bí thư Tỉnh ủy, …`
        if not (self._is(j + 1, "sep", ",") and self._is(g, "word") and self.ps[g].text.casefold() in lx.GOVERNS):
            return False
        k = g
        while self._is(k, "word") and g - k <= 4:
            k -= 1
        return k < 0 or self.ps[k].kind in ("nl", "sep", "other") and self.ps[k].text not in ("-", "và", "kiêm")

    def _relieved_before(self, j: int) -> bool:
        k = j - 1
        while k >= 0 and self.ps[k].kind == "word" and j - k <= 3:  # `miễn nhiệm chức vụ`
            k -= 1
        return self._is(k, "relieved")

    def _linked_before(self, j: int, hit: Hit) -> None:
        """Rule link, before the name: `2 trợ lý Thủ tướng là (các ông) A`."""
        if not self._is(j, "link", "là"):
            return
        k = j - 1
        if self._is(k, "word") and self.ps[k].text in _SKIPPABLE:
            k -= 1
        if self._is(k, "title") and not self._relieved_before(k) and not _adhoc(self.ps[k].text):
            hit.titles.insert(0, tl.clean(self.ps[k].text))  # not `Trưởng đoàn là đồng chí A`

    def _office_for(self, j: int, hit: Hit) -> None:
        """Rule link, before the name: `kết quả bầu chức vụ Chủ tịch UBND tỉnh (nhiệm kỳ …)
        đối với ông A`, `bổ nhiệm Phó Giám đốc Sở đối với bà B` - the office elected or appointed
        to, found before `đối với`; not one relieved of (`miễn nhiệm chức vụ …`)."""
        if not (self._is(j, "word", "với") and self._is(j - 1, "word", "đối")):
            return
        k = j - 2
        while (k >= 0 and j - k <= 10 and (self.ps[k].kind in ("word", "other") or self._is(k, "sep", "-"))
               and self.ps[k].text not in ".;"):
            k -= 1
        if not self._is(k, "title") or k in self.used or self._relieved_before(k):
            return
        before = " ".join(p.text.casefold() for p in self.ps[max(0, k - 5):k] if p.kind == "word")
        if _TAKING_UP.search(before):
            hit.titles.append(tl.clean(self.ps[k].text))
            self.used.add(k)

    def _inherit(self, i: int, hit: Hit) -> None:
        """Rule list: `các Phó Chủ tịch UBND tỉnh A, B`, `các ông A và B`."""
        j = i - 1
        if not (self._is(j, "sep", ",", "và", ";") and self._is(j - 1, "name")):
            return
        if self.ps[j].text == ";" and not self._colon_list(j - 1):
            return  # `;` parts a list only after a colon: `các Phó Thủ tướng: A; B; C`
        prev = self.hits.get(j - 1)
        if prev is None or (j - 1) in self.has_after:
            return
        hit.titles = [t for t in prev.titles]
        hit.addressed, hit.comrade = prev.addressed, prev.comrade

    def _alone_on_line(self, i: int) -> bool:
        """Name i fills its line but for a list number or dash and a form of address."""
        k = i - 1
        if self._is(k, "addr"):
            k -= 1
        while k >= 0 and i - k <= 4 and (self._is(k, "other") or self._is(k, "sep", "-")
                                         or self._is(k, "word") and self.ps[k].text.isdigit()):
            k -= 1
        return k < 0 or self._is(k, "nl")

    def _title_line_after_bio(self, j: int) -> int | None:
        """From newline part j: the next line holds titles alone, maybe after up to three lines
        that open with a biography word (`Sinh ngày 12/5/1942`, `Quê quán: …`); its first part."""
        for _ in range(4):
            if self._title_line(j + 1):
                return j + 1
            first = self.ps[j + 1].text.casefold() if self._is(j + 1, "word") else ""
            two = f"{first} {self.ps[j + 2].text.casefold()}" if self._is(j + 2, "word") else first
            if not (first in _BIO or two in _BIO):
                return None
            j += 1
            while j < len(self.ps) and not self._is(j, "nl"):
                j += 1
        return None

    def _title_line(self, k: int) -> bool:
        """The line from part k is titles alone (`Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh`)."""
        while self._is(k, "title"):
            k += 1
            if self._is(k, "sep", ","):
                k += 1
            elif self._is(k, "other") and self.ps[k].text in ".;" or self._is(k, "sep", ";"):
                k += 1
                break
            else:
                break
        return self._is(k - 1, "title") or self._is(k - 2, "title") if k >= len(self.ps) or self._is(k, "nl") else False

    def _colon_list(self, k: int) -> bool:
        """Name k is in a list of bare names opened by a colon (`…: A; B`)."""
        while self._is(k, "name") and self._is(k - 1, "sep", ",", ";", "và"):
            k -= 2
        return self._is(k, "name") and self._is(k - 1, "sep", ":")

    def _after(self, i: int, hit: Hit) -> None:
        j = self._skip_note_forward(i + 1, colon=False)  # `Nguyễn Văn A (bìa trái), Phó Bí thư …`
        j = self._skip_bio(j)
        if self._is(j, "title") and self._adjacent(j - 1, j):
            pass  # `Nguyễn Mạnh Hùng Tỉnh ủy viên, …`
        elif self._is(j, "sep") and self.ps[j].text in _OPEN_SEPS and self._is(j + 1, "title"):
            j += 1
        elif j == i + 1 and self._is(j, "nl") and self._alone_on_line(i) and (k := self._title_line_after_bio(j)):
            j = k  # `1. Đồng chí A` / `Phó Bí thư Tỉnh ủy`: a list with each title on the next line
        else:
            self._linked_after(j, hit)
            return
        if hit.titles and self._chain_runs_into_name(j):
            return  # `Bí thư Tỉnh ủy A, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh B`: all B's
        while self._is(j, "title") and j not in self.used and not self._title_runs_into_name(j):
            self.used.add(j)
            self.has_after.add(i)
            if not _adhoc(self.ps[j].text):
                hit.titles.append(tl.clean(self.ps[j].text))
                hit.end = self.ps[j].end
                if self._is(j + 1, "sep", ")"):
                    hit.end = self.ps[j + 1].end
            if self._is(j + 1, "sep", ")"):
                return
            if self._is(j + 1, "sep") and self.ps[j + 1].text in _CHAIN_SEPS:
                j += 2
            elif (k := self._repair(j + 1)) is not None:
                if hit.titles and hit.end == self.ps[j].end:  # the words skipped finish the title
                    hit.titles[-1] = tl.clean(self.text[self.ps[j].start:self.ps[k - 2].end])
                    hit.end = self.ps[k - 2].end
                j = k
            else:
                self._linked_after(j + 1, hit)
                self._taken_up_later(j + 1, hit)
                return
        self._taken_up_later(j, hit)

    def _taken_up_later(self, k: int, hit: Hit) -> None:
        """Rule link, after the titles: `bổ nhiệm ông A, Phó Giám đốc Sở Y tế, giữ chức Giám đốc
        Sở Y tế`, `… đến nhận công tác và giữ chức …` - a post taken up, named within a few
        words of the same clause, with no other person in between."""
        for x in range(k, min(k + 16, len(self.ps) - 1)):  # `đến nhận công tác tại Ban Tổ chức Tỉnh ủy và giữ chức …`
            p = self.ps[x]
            if p.kind in ("name", "addr", "nl", "relieved") or p.kind == "other" and p.text in ".;!?" or p.text == ";":
                return
            if p.kind == "word" and p.text.casefold() not in _TRANSFER and self._stop(x):
                return  # `A, Giám đốc Sở, cho biết … bổ nhiệm giữ chức …`: another clause
            if p.kind == "link" and self._is(x - 1, "word", "bầu", "cử"):
                return  # `giới thiệu A, … để bầu giữ chức …`: a post A may take up, not one taken
            if p.kind == "link" and p.text in _TAKE_UP and self._is(x + 1, "title") and x + 1 not in self.used:
                title = tl.clean(self.ps[x + 1].text)
                if not _adhoc(title) and title not in hit.titles:
                    hit.titles.append(title)
                    self.used.add(x + 1)
                return

    def _skip_bio(self, j: int) -> int:
        """Rule titles_after: a short biography between a name and its titles or link
        (`A, sinh năm 1945, quê quán xã B, nguyên Phó Bí thư …`, `ông A sinh năm 1975, quê Hà
        Tĩnh, hiện là …`): up to three segments opened by a word of `_BIO`, each running to the
        next comma; returns where the titles start (the comma before them), or j."""
        k, skipped = j, False
        for _ in range(3):
            first = k + 1 if self._is(k, "sep", ",") else k
            two = " ".join(p.text.casefold() for p in self.ps[first:first + 2] if p.kind == "word")
            if not (self._is(first, "word") and (self.ps[first].text.casefold() in _BIO or two in _BIO
                                                  or self.ps[first].text.isdigit() and self._is(first + 1, "word", "tuổi"))):
                break  # `sinh năm 1945`, `quê …`, `56 tuổi`
            e = first
            while e < len(self.ps) and e - first < 12 and (self.ps[e].kind == "word" or self._is(e, "sep", "-", "(", ")")):
                e += 1
            if not self._is(e, "sep", ","):
                break
            k, skipped = e, True
        if not skipped:
            return j
        if self._is(k + 1, "link") or self._is(k + 1, "word") and self.ps[k + 1].text in _LINK_ADVERBS:
            return k + 1  # `…, hiện là Phó Giám đốc Sở`
        return k

    def _chain_runs_into_name(self, j: int) -> bool:
        """Rule titles_after: the chain of titles starting at part j ends straight before a
        name.  After a name whose titles were written before it, such a chain is the next
        name's, as the text writes titles before names there."""
        while self._is(j, "title") and self._is(j + 1, "sep") and self.ps[j + 1].text in _CHAIN_SEPS:
            if self.ps[j + 1].text == "và":
                return False  # `A, Chính ủy … và Trung tá B`: `và` parts two persons
            j += 2
        return self._is(j, "title") and self._title_runs_into_name(j)

    def _repair(self, j: int) -> int | None:
        """Rule chain_repair: a title cut short by words the title lists do not know
        (`Trưởng Ban Quản lý | dự án đầu tư xây dựng tỉnh, Phó Chủ tịch …`) still chains to the
        next title after a comma, across at most eight words none of which is a stop word."""
        k = j
        while self._is(k, "word") and k - j < 8 and not self._stop(k):
            k += 1
        if k > j and self._is(k, "sep", ",", "-") and self._is(k + 1, "title"):
            return k + 1
        return None

    def _stop(self, k: int) -> bool:
        word = self.ps[k].text.casefold()
        if word not in lx.CHAIN_STOPS:
            return False
        pair = f"{word} {self.ps[k + 1].text.casefold()}" if self._is(k + 1, "word") else word
        return pair not in lx.CHAIN_NOT_STOPS

    def _linked_after(self, j: int, hit: Hit) -> None:
        """Rule link, after the name: `A tái đắc cử Bí thư Huyện ủy …`, `ông A làm trợ lý …`,
        also after `đã`, `vừa`, `tiếp tục`, `chính thức` (`ông A đã được bầu giữ chức …`)."""
        name = j - 1
        former = False
        while self._is(j, "word") and (self.ps[j].text in _LINK_ADVERBS or self.ps[j].text == "nguyên") and j - name <= 3:
            former = former or self.ps[j].text == "nguyên"
            j += 1
        j = self._past_relieved(j)
        if not (self._is(j, "link") and self._is(j + 1, "title")):
            return
        head = self.ps[j + 1].text
        if self.ps[j].text.split()[-1] in ("làm", "cử") and _adhoc(head):
            return
        if former and not head.casefold().startswith("nguyên"):
            head = "nguyên " + head  # `ông A nguyên là Phó Chủ tịch …`: a post held, kept with nguyên
        hit.titles.append(tl.clean(head))
        self.used.add(j + 1)
        self._link_back(name, tl.clean(head))

    def _past_relieved(self, j: int) -> int:
        """Rule link: `A thôi giữ chức Phó Giám đốc Sở Nội vụ để giữ chức Giám đốc Sở Tư pháp`
        - past the post left (and `để`), where the post taken up is linked; else j."""
        if not self._is(j, "relieved"):
            return j
        k = j + 1
        while self._is(k, "word") and k - j <= 2 and self.ps[k].text != "để":  # `chức vụ`
            k += 1
        if not self._is(k, "title"):
            return j
        while self._is(k + 1, "sep") and self.ps[k + 1].text in _CHAIN_SEPS and self._is(k + 2, "title"):
            k += 2
        if self._is(k + 1, "word", "để"):
            self.used.update(range(j + 1, k + 1))
            return k + 2
        return j

    def _link_back(self, i: int, title: str) -> None:
        """Rule list: `các đồng chí A, B được bầu giữ chức Phó Bí thư` - the names before the
        last one, with no title of their own, take the linked title too."""
        while self._is(i, "name"):
            k = i - 2 if self._is(i - 1, "addr") else i - 1  # `ông A và bà B`
            if not (self._is(k, "sep", ",", "và") and self._is(k - 1, "name")):
                return
            prev = self.hits.get(k - 1)
            if prev is None or prev.titles:
                return
            prev.titles.append(title)
            i = k - 1
