"""Signature blocks of administrative and Party documents: the signer's position over the name.

- rule ``signature``: a line holding only a title, maybe after ``KT.``/``TM.``/``TL.``/``T/M``
  (``KT. CHỦ TỊCH``, ``PHÓ CHỦ TỊCH``, ``BÍ THƯ``), then at most a few blank or ``(Đã ký)``
  lines (`[daky]`, `(Đã ký)`), then a line holding only a name: the name's official with that title, as written
  (``PHÓ CHỦ TỊCH`` over ``Nguyễn Văn Sơn``).  A line of the signing authority
  (``TM. ỦY BAN NHÂN DÂN``) is not a title: it names no position.
"""

from __future__ import annotations

import regex

from extractor.officials import names as nm
from extractor.officials import titles as tl
from extractor.officials.mentions import Hit

_SIGNING = r"(?:KT|TM|TL|TUQ|Q|K/T|T/M|T/L)\.?"
_SIGNED = r"[ ]*(?:\([^()\n]{0,30}\)|\[[^\[\]\n]{0,30}\]|(?i:đã[ ]ký)[^\n]{0,20})?[ ]*"
# What the block reads, one line at a time: a title line, up to six signed lines, a name line.
_TITLE_LINE = regex.compile(rf"[ ]*(?:{_SIGNING}[ ]+)?(?P<title>[^\n]+?)[ ]*", regex.X)
_SIGNED_LINE = regex.compile(_SIGNED, regex.X)
_MOST_SIGNED = 6


# rule ``columns``: two signers side by side (a joint document), columns apart by 2+ spaces
# (tabs are spaces after normalisation): `CHỦ TỊCH      BÍ THƯ` over `Lê Văn A      Trần Văn B`.
_CELL = regex.compile(r"\S+(?:[ ]\S+)*")
_SIGNING_CELL = regex.compile(rf"(?:{_SIGNING}[ ]+)?(?P<title>.+)")
_SIGNED_CELL = regex.compile(r"\([^()]{0,30}\)|\[[^\[\]]{0,30}\]|(?i:đã[ ]ký).{0,20}")


def find(text: str, found: list[nm.Name]) -> list[Hit]:
    """The signers of ``text``, given its name candidates."""
    if "\n" not in text:
        return []
    by_span = {(n.start, n.end): n for n in found}
    signed = []  # (start of the title line, hit): the order of the blocks in the text
    for name in found:
        line = _line_of(text, name)
        if line is not None:
            signed += _titles_over(text, line, name)
    hits = [hit for _, hit in sorted(signed, key=lambda s: s[0])]
    if "  " in text:
        hits += _columns(text, found, by_span)
    if "|" in text:
        hits += _table(text, by_span)
    return hits


def _line_of(text: str, name: nm.Name) -> tuple[int, int] | None:
    """The line holding ``name`` and nothing else but spaces, or None."""
    start = text.rfind("\n", 0, name.start) + 1
    end = text.find("\n", name.end)
    end = len(text) if end < 0 else end
    if text[start:name.start].strip(" ") or text[name.end:end].strip(" "):
        return None
    return start, end


def _titles_over(text: str, line: tuple[int, int], name: nm.Name) -> list[tuple[int, Hit]]:
    """Rule signature, read upwards from a name line: each line above it, across at most six
    signed lines, that holds a title and whose block ends at this name line."""
    out = []
    end = line[0] - 1  # the newline closing the line above
    for _ in range(_MOST_SIGNED + 1):
        if end < 0:
            break
        start = text.rfind("\n", 0, end) + 1
        title = _TITLE_LINE.fullmatch(text, start, end)
        if title is not None and _name_line(text, end + 1) == line and tl.is_title(title["title"]):
            out.append((start, Hit(name.name, name.start, name.end, titles=[tl.clean(title["title"])])))
        if not _SIGNED_LINE.fullmatch(text, start, end):
            break
        end = start - 1
    return out


def _name_line(text: str, pos: int) -> tuple[int, int] | None:
    """Where a block whose title line ends before ``pos`` finds its name: the line after as
    many signed lines as there are (six at most), or the last non-empty one of those."""
    lines = []
    while len(lines) < _MOST_SIGNED:
        end = text.find("\n", pos)
        if end < 0 or not _SIGNED_LINE.fullmatch(text, pos, end):
            break
        lines.append((pos, end))
        pos = end + 1
    end = text.find("\n", pos)
    lines.append((pos, len(text) if end < 0 else end))
    return next(((s, e) for s, e in reversed(lines) if e > s), None)


# rule ``table``: a signature block in a table (`| KT. CHỦ TỊCH |` over `| PHÓ CHỦ TỊCH |` over
# `| Nguyễn Văn A |`), read column by column like a block of lines.
_TABLE_ROWS = regex.compile(r"(?:^[^\n]*\|[^\n]*(?:\n|$)){2,}", regex.M)
_TABLE_CELL = regex.compile(r"[^|\n]+")


def _table(text: str, by_span: dict[tuple[int, int], nm.Name]) -> list[Hit]:
    hits: list[Hit] = []
    for block in _TABLE_ROWS.finditer(text):
        columns: dict[int, list[tuple[int, int]]] = {}
        pos = block.start()
        for line in block.group().split("\n"):
            at, pieces = pos, line.split("|")
            if not line.lstrip(" "):
                pos += len(line) + 1
                continue
            if line.strip(" ").startswith("|") and line.strip(" ").endswith("|"):
                at += len(pieces[0]) + 1  # `| A | B |`: bars around the row hold no cells
                pieces = pieces[1:-1]
            for col, piece in enumerate(pieces):
                lead = len(piece) - len(piece.lstrip(" "))
                columns.setdefault(col, []).append((at + lead, at + len(piece.rstrip(" "))))
                at += len(piece) + 1
            pos += len(line) + 1
        for cells in columns.values():
            hits += _signers(text, cells, by_span)
    return hits


def _signers(text: str, cells: list[tuple[int, int]], by_span) -> list[Hit]:
    """Rule signature over one column of cells: the last title, a few blank or signed cells,
    a name."""
    hits, title, gap = [], None, 0
    for a, b in cells:
        cell = text[a:b]
        m = _SIGNING_CELL.fullmatch(cell) if a < b else None
        if a >= b or _SIGNED_CELL.fullmatch(cell):
            gap += 1
            if gap > 6:
                title = None
        elif m and tl.is_title(m["title"]):
            title, gap = m["title"], 0
        else:
            name = by_span.get((a, b))
            if name is not None and title is not None:
                hits.append(Hit(name.name, name.start, name.end, titles=[tl.clean(title)]))
            title = None
    return hits


def _columns(text: str, found: list[nm.Name], by_span: dict[tuple[int, int], nm.Name]) -> list[Hit]:
    """Rule columns: a line of as many names as columns, and above it, within a few blank or
    `(Đã ký)` lines, lines of titles in the same columns; a lower title replaces the one of the
    column it stands nearest to (`KT. CHỦ TỊCH` over `PHÓ CHỦ TỊCH`).  Read upwards from the
    names, so lines of titles with no names under them cost nothing."""
    hits: list[Hit] = []
    for line in _lines_of_names(text, found):
        names = [by_span.get(c.span()) for c in _CELL.finditer(text, *line)]
        if len(names) < 2 or not all(names):
            continue
        rows: list[list[tuple[int, str]]] = []  # title rows above the names, nearest first
        end = line[0] - 1
        for _ in range(8):
            if end < 0:
                break
            start = text.rfind("\n", 0, end) + 1
            cells = [c.span() for c in _CELL.finditer(text, start, end)]
            titles = _title_cells(text, start, end) if cells else None
            if titles is not None:
                rows.append(titles)
            elif cells and not all(_SIGNED_CELL.fullmatch(text[a:b]) for a, b in cells):
                break
            end = start - 1
        if not rows or len(rows[-1]) != len(names):
            continue
        cols = list(rows[-1])
        for more in reversed(rows[:-1]):
            for at, title in more:
                k = min(range(len(cols)), key=lambda k: abs(cols[k][0] - at))
                cols[k] = (cols[k][0], title)
        hits += [Hit(n.name, n.start, n.end, titles=[tl.clean(t)]) for n, (_, t) in zip(names, cols)]
    return hits


def _lines_of_names(text: str, found: list[nm.Name]) -> list[tuple[int, int]]:
    """The lines holding two names or more, in order: the only lines where every cell of a
    row of columns can be a name."""
    lines: dict[tuple[int, int], int] = {}
    for n in found:
        end = text.find("\n", n.end)
        line = (text.rfind("\n", 0, n.start) + 1, len(text) if end < 0 else end)
        lines[line] = lines.get(line, 0) + 1
    return [line for line, count in lines.items() if count >= 2]


def _title_cells(text: str, s: int, e: int) -> list[tuple[int, str]] | None:
    """The cells of a line from s to e as (column, title), or None when one is no title."""
    line_start = text.rfind("\n", 0, s) + 1
    out = []
    for c in _CELL.finditer(text, s, e):
        m = _SIGNING_CELL.fullmatch(c.group())
        if not (m and tl.is_title(m["title"])):
            return None
        out.append((c.start() - line_start, m["title"]))
    return out
