"""One entry per person (GUIDE §4): every mention of a name merges into one official.

- rule ``qualifies``: a person is an official when some mention gives a title or the
  address ``đồng chí``; ``ông``/``bà`` alone does not qualify (GUIDE §4);
- rule ``same_person``: mentions with the same name (letter case aside) are one person;
  a bare mention of an official's name, and ``ông``/``đồng chí`` + the last syllable of the
  name (``ông Lực`` after ``ông Cao Xuân Lực``), are more mentions of that person;
- rule ``titles``: the union of the titles in order of first appearance; two forms of one
  title are one (``TUV`` = ``Tỉnh ủy viên``), and a shorter form gives way to a longer form
  that starts with it (``Phó Giám đốc``, then ``Phó Giám đốc Sở``: the longer one, in the
  place of the first).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from itertools import accumulate

import regex

from extractor.model import Official, Span
from extractor.officials import lexicon as lx
from extractor.officials import titles as tl
from extractor.officials.mentions import Hit
from extractor.text import script

# `ông Lực`: a form of address, then one capitalised word; the letter before the address is
# tested after its first letter, so that the scanner skips to those letters (`re` does, fast).
_NOT_IN_WORD = r"(?<![\p{L}\p{M}\p{N}].)"
_SHORT_PATTERN = (rf"{lx.alternation(lx.COMRADE + lx.POLITE, after_first=_NOT_IN_WORD)}"
                  rf"[ ]+(?P<given>\p{{Lu}}[\p{{Ll}}\p{{M}}]+){lx.NOT_BEFORE_LETTER}(?![ ]+\p{{Lu}})")
_SCRIPT_SHORT = re.compile(script.to_re(_SHORT_PATTERN))  # in a text of script.SCRIPT


@lru_cache(maxsize=None)
def _short() -> regex.Pattern:
    """For a text outside script.SCRIPT, compiled the first time one comes (few do)."""
    return regex.compile(_SHORT_PATTERN)


def officials(text: str, hits: list[Hit], in_script: bool | None = None) -> list[Official]:
    """One entry per person (``in_script``: script.in_script(text), when known)."""
    people: dict[str, Official] = {}
    qualified: set[str] = set()
    for hit in hits:
        key = hit.name.casefold()
        if hit.titles or hit.comrade:
            qualified.add(key)
    reach: dict[str, int] = {}  # per person, the furthest end of a mention so far
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        key = hit.name.casefold()
        if key not in qualified:
            continue
        o = people.setdefault(key, Official(name=hit.name))
        if hit.end > reach.get(key, -1):  # earlier mentions start no later: none holds this one
            o.mentions.append(Span(hit.start, hit.end))
            reach[key] = hit.end
        o.titles = merge_titles(o.titles, hit.titles)
    _short_mentions(text, people, script.in_script(text) if in_script is None else in_script)
    for o in people.values():
        o.extra["expanded"] = [tl.expand(t) for t in o.titles]
    return list(people.values())


def merge_titles(have: list[str], new: list[str]) -> list[str]:
    """Rule titles.

    >>> merge_titles(["Phó Giám đốc", "báo cáo viên cấp tỉnh"], ["Phó Giám đốc Sở"])
    ['Phó Giám đốc Sở', 'báo cáo viên cấp tỉnh']
    >>> merge_titles(["TUV"], ["Tỉnh ủy viên", "Bí thư ĐUK"])
    ['TUV', 'Bí thư ĐUK']
    """
    out = list(have)
    for t in new:
        k = tl.key(t)
        if not k:
            continue
        for i, o in enumerate(out):
            ko = tl.key(o)
            if ko == k or _starts(ko, k):
                break
            if _starts(k, ko):
                out[i] = t
                break
        else:
            out.append(t)
    return _dedupe(out)


def _starts(long: str, short: str) -> bool:
    return long.startswith(short + " ")


def _dedupe(titles: list[str]) -> list[str]:
    seen, out = set(), []
    for t in titles:
        if tl.key(t) not in seen:
            seen.add(tl.key(t))
            out.append(t)
    return out


def _short_mentions(text: str, people: dict[str, Official], in_script: bool) -> None:
    """Rule same_person: `ông Lực` after `ông Cao Xuân Lực`."""
    if not people:
        return
    by_given: dict[str, list[Official]] = {}
    for o in people.values():
        by_given.setdefault(o.name.split()[-1].casefold(), []).append(o)
    taken = sorted((s.start, s.end) for o in people.values() for s in o.mentions)
    starts = [s for s, _ in taken]
    reach = list(accumulate((e for _, e in taken), max))  # the furthest end of the spans so far
    for m in (_SCRIPT_SHORT if in_script else _short()).finditer(text):
        found = by_given.get(m["given"].casefold(), [])
        if len(found) != 1:
            continue
        k = bisect_left(starts, m.end())  # spans starting before the match ends
        inside = k > 0 and reach[k - 1] > m.start()  # `Trần Anh Dũng` holds `Anh Dũng`
        titled = tl.head_at(text, m.start("given"), len(text), in_script) is not None  # `đồng chí Thường trực …`
        if not (inside or titled) and found[0].mentions[0].start < m.start():
            found[0].mentions.append(Span(m.start(), m.end()))
