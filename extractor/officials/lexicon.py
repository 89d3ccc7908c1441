"""The officials pass's lexicons, read once from ``extractor/data`` into sets and regex fragments.

Every fragment here is a string meant to be embedded in a bigger pattern (``titles.py``,
``names.py``, ``mentions.py``); words are joined by ``[ ]+`` so that patterns can run in
verbose mode, and alternations are sorted longest first so that ``Phó Bí thư Thường trực``
wins over ``Phó Bí thư``.
"""

from __future__ import annotations

import regex

from extractor.data import load_lines, load_tsv
from extractor.text import patterns

# A letter may not touch the phrase on either side.
NOT_AFTER_LETTER = r"(?<![\p{L}\p{M}\p{N}])"
NOT_BEFORE_LETTER = r"(?![\p{L}\p{M}\p{N}])"


def phrase(words: str) -> str:
    """``Bí thư`` -> ``Bí[ ]+thư``: a lexicon entry as a verbose-mode pattern."""
    return r"[ ]+".join(regex.escape(w) for w in words.split())


def alternation(entries, ignore_case: bool = False, after_first: str = "") -> str:
    """The entries as one group, written as a trie (``patterns.trie``), spaces as ``[ ]+``.
    ``ignore_case``: the caller wraps it in ``(?i:…)``; entries are lower-cased so that no two
    branches match one letter.  ``after_first``: as in ``patterns.trie``."""
    words = (e.lower() for e in entries) if ignore_case else entries
    return "(?:" + patterns.trie(words, "[ ]+", after_first) + ")"


def syllables(entry: str) -> tuple[str, ...]:
    return tuple(entry.split())


# --- names -------------------------------------------------------------------------------
ETHNIC_OPENERS: frozenset[tuple[str, ...]] = frozenset(
    syllables(s) for s in load_lines("officials_surnames_ethnic.txt"))
# The sixteen commonest surnames (the head of officials_surnames.txt, commonest first).
COMMON_SURNAMES: frozenset[str] = frozenset(load_lines("officials_surnames.txt")[:16])
SURNAMES: frozenset[tuple[str, ...]] = ETHNIC_OPENERS | frozenset(
    syllables(s) for s in load_lines("officials_surnames.txt"))
SURNAME_LENGTHS = sorted({len(s) for s in SURNAMES}, reverse=True)
PLACES: frozenset[tuple[str, ...]] = frozenset(
    syllables(p) for p in load_lines("officials_places.txt") if "-" not in p.split())
PLACE_LENGTHS = sorted({len(p) for p in PLACES}, reverse=True)
PLACE_NOUN_ENTRIES = [w for w in load_lines("officials_place_nouns.txt") if not w.startswith("!")]
PLACE_NOUNS = alternation(PLACE_NOUN_ENTRIES)
NOT_PLACE_NOUNS = alternation(w[1:] for w in load_lines("officials_place_nouns.txt") if w.startswith("!"))

# --- titles ------------------------------------------------------------------------------
_TITLE_ROWS = load_tsv("officials_titles.tsv")
HEADS_ANY = [r["head"] for r in _TITLE_ROWS if r["case"] == "any"]
HEADS_CAP = [r["head"] for r in _TITLE_ROWS if r["case"] == "cap"]
TITLE_WORDS = [w for w in load_lines("officials_title_words.txt") if w != "và"]
TITLE_SYLLABLES = list(load_lines("officials_title_syllables.txt"))
TITLE_SECTORS = list(load_lines("officials_title_sectors.txt"))
CHAIN_STOPS = frozenset(w.casefold() for w in load_lines("officials_stop_words.txt") if not w.startswith("!"))
CHAIN_NOT_STOPS = frozenset(w[1:].casefold() for w in load_lines("officials_stop_words.txt") if w.startswith("!"))


def _abbreviations() -> tuple[dict[str, str], dict[str, str]]:
    plain, ambiguous = {}, {}
    for row in load_tsv("title_abbreviations.tsv"):
        abbr, exp = row.get("abbr", ""), row.get("expansion_vi", "")
        if abbr and exp and abbr != exp:
            (ambiguous if row.get("ambiguous") == "yes" else plain)[abbr] = exp
    return plain, ambiguous


ABBREVIATIONS, AMBIGUOUS_ABBREVIATIONS = _abbreviations()


def _is_position(expansion: str) -> bool:
    low = expansion.casefold()
    heads = [h.casefold() for h in HEADS_ANY + HEADS_CAP]
    return any(low == h or low.startswith(h + " ") or low.startswith("phó " + h) for h in heads)


# Abbreviations that name a position (`TUV`, `PBT`, `TBT`, `PCT`, `GĐ`), read off the table:
# an abbreviation is a title head when its expansion starts with a head.  Short ones and the
# ambiguous ones (`CT` = Chủ tịch or Chỉ thị) are heads only before an organisation in capitals.
TITLE_ABBREVIATIONS = sorted(a for a, e in ABBREVIATIONS.items() if _is_position(e) and len(a.replace(" ", "")) > 2)
SHORT_TITLE_ABBREVIATIONS = [r["head"] for r in _TITLE_ROWS if r["case"] == "context"]

# --- cues --------------------------------------------------------------------------------
_CUES = load_tsv("officials_cues.tsv")


def cues(kind: str) -> list[str]:
    return [r["cue"] for r in _CUES if r["kind"] == kind]


COMRADE = cues("comrade")
POLITE = cues("polite")
LINKS = cues("link")
RELIEVED = cues("relieved")
ADHOC = frozenset(c.casefold() for c in cues("adhoc"))
# A title right after one of these is the object of a preposition or verb (`Báo cáo với
# Thủ tướng, …`), the title of the person addressed, not of the name after the comma.
GOVERNS = frozenset(c.casefold() for c in cues("governs"))
