"""Very large inputs: extracted chunk by chunk, never held whole in memory.

The decoded text arrives in blocks.  It is cut into chunks of about ``size`` code
points at paragraph boundaries (else a line end, a sentence end, a space, and only
for text with none of these, anywhere).  Each chunk owns a *core* ``[core_start,
core_end)``; it is extracted together with ``overlap`` code points of context on
each side, so an entity that starts in the core near its end is still seen whole,
and one that starts in the context belongs to the neighbouring chunk.  An entity is
kept by the chunk whose core holds its start, with its offsets shifted by the
chunk's position, which makes every offset point into the whole input and avoids
duplicates from the overlap.

Merging: dates, documents and targets are concatenated (chunks come in order, so
each list stays ordered by ``start``); officials merge by name across chunks (every
mention, titles in order of first appearance, a short form dropped for a longer
one); ``document_date`` is the first chunk's.  What a chunk cannot see: a day
without a year far from any full date in its own text takes its year from its own
chunk only.

>>> text = "Ngày 1/1/2024.\\n\\n" * 4
>>> [(c.base, c.core_start, c.core_end) for c in chunks(iter([text]), size=20, overlap=5)]
[(0, 0, 16), (11, 16, 32), (27, 32, 48), (43, 48, 64)]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

# Cut preferences, best first: a paragraph, a line, a sentence, a word.
_SEPARATORS = ("\n\n", "\n", ". ", " ")


@dataclass(frozen=True, slots=True)
class Chunk:
    text: str
    base: int  # offset of text[0] in the whole input
    core_start: int
    core_end: int

    def owns(self, start: int) -> bool:
        """Whether an entity starting at ``start`` (offset in the whole input) is this chunk's."""
        return self.core_start <= start < self.core_end


def chunks(blocks: Iterable[str], size: int, overlap: int) -> Iterator[Chunk]:
    """Chunks of the text made of ``blocks``, holding at most about ``size + 4*overlap`` of it."""
    buf, buf_base, core_start = "", 0, 0
    blocks = iter(blocks)
    exhausted = False
    while True:
        wanted = core_start + size + 2 * overlap
        pieces = [buf]
        have = buf_base + len(buf)
        while not exhausted and have < wanted:
            block = next(blocks, None)
            if block is None:
                exhausted = True
            else:
                pieces.append(block)
                have += len(block)
        buf = "".join(pieces)
        end = buf_base + len(buf)
        last = exhausted and end <= core_start + size
        core_end = end if last else buf_base + _cut(buf, core_start + size - buf_base, size)
        left = _context_start(buf, core_start - buf_base, overlap)
        right = _context_end(buf, core_end - buf_base, overlap)
        if core_end > core_start or core_start == 0:
            yield Chunk(buf[left:right], buf_base + left, core_start, core_end)
        if last:
            return
        core_start = core_end
        drop = max(0, core_start - buf_base - 2 * overlap)
        buf, buf_base = buf[drop:], buf_base + drop


def _cut(buf: str, target: int, size: int) -> int:
    """A boundary at or before ``target``, within its last quarter chunk: just after a separator."""
    lo = max(0, target - max(1, size // 4))
    for sep in _SEPARATORS:
        i = buf.rfind(sep, lo, target)
        if i >= 0:
            return i + len(sep)
    return target


def _context_start(buf: str, core_start: int, overlap: int) -> int:
    """Where the left context begins: a line start near ``core_start - overlap``."""
    x = max(0, core_start - overlap)
    i = buf.rfind("\n", max(0, x - overlap), x)
    return i + 1 if i >= 0 else x


def _context_end(buf: str, core_end: int, overlap: int) -> int:
    """Where the right context ends: a line end near ``core_end + overlap``."""
    y = min(len(buf), core_end + overlap)
    i = buf.find("\n", y, y + overlap)
    return i if i >= 0 else y


class Merger:
    """Collects the entities of successive chunks as one extraction of the whole input.

    ``sink(name, entity_dict)`` receives each date, document and target as soon as its
    chunk is done (so they need not be kept); officials are kept until ``officials()``.
    """

    def __init__(self, lists: tuple[str, ...], sink) -> None:
        self.lists = lists
        self.sink = sink
        self.document_date: str | None = None
        self.counts = dict.fromkeys(lists, 0)
        self._officials: dict[str, dict[str, Any]] = {}
        self._first = True

    def add(self, chunk: Chunk, extraction) -> None:
        if self._first:
            self.document_date = extraction.document_date
            self._first = False
        for name in ("dates", "documents", "targets"):
            if name in self.lists:
                for entity in getattr(extraction, name):
                    if chunk.owns(entity.start + chunk.base):
                        self.counts[name] += 1
                        self.sink(name, _shifted(entity.to_dict(), chunk.base))
        if "officials" in self.lists:
            for official in extraction.officials:
                self._add_official(chunk, official.to_dict())

    def _add_official(self, chunk: Chunk, official: dict[str, Any]) -> None:
        mentions = [_shifted(m, chunk.base) for m in official["mentions"] if chunk.owns(m["start"] + chunk.base)]
        if not mentions:
            return
        known = self._officials.get(official["name"])
        if known is None:
            self._officials[official["name"]] = official | {"mentions": mentions, "titles": list(official["titles"])}
            return
        known["mentions"].extend(mentions)
        for title in official["titles"]:
            merge_title(known["titles"], title)

    def officials(self) -> list[dict[str, Any]]:
        found = list(self._officials.values())
        self.counts["officials"] = len(found)
        return found


def merge_title(titles: list[str], title: str) -> None:
    """Add ``title`` unless present; a longer form replaces a shorter one and not the reverse.

    >>> t = ["Phó Giám đốc"]; merge_title(t, "Phó Giám đốc Sở"); merge_title(t, "Phó Giám đốc"); t
    ['Phó Giám đốc Sở']
    """
    for i, known in enumerate(titles):
        if known == title or known.startswith(title + " "):
            return
        if title.startswith(known + " "):
            titles[i] = title
            return
    titles.append(title)


def _shifted(entity: dict[str, Any], base: int) -> dict[str, Any]:
    entity["start"] += base
    entity["end"] += base
    return entity
