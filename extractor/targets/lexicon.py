"""The targets lexicons (``extractor/data/targets_*``) as compiled alternations.

Every pattern here is built once, at import, from the data files; rules in the
other modules combine them.  Alternations are sorted longest first so that the
longest entry wins (``tổ chức cơ sở đảng`` before ``tổ chức``).
"""

from __future__ import annotations

import re

from extractor.data import load_lines, load_tsv
from extractor.text.patterns import alternation, trie  # noqa: F401  (trie: lx.trie in units, words, status)


def lower(text: str) -> str:
    """``text`` in lower case with every offset kept (a character whose lower case is longer stays)."""
    low = text.lower()
    return low if len(low) == len(text) else "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


# A letter, for the stdlib ``re`` patterns of the full-text scans (``\p{L}`` in ``regex``).
LETTER = r"[^\W\d_]"

# Where a digit run, a bracket or a sign stands after no digit: every place where figures.FIGURE or
# masks.MASK may match in a text of script.SCRIPT (``re`` skips to a class at memory speed, where it
# tries a pattern opening with a look-ahead at every character).
NUMERAL_START = re.compile(r"[0-9(+\-](?<![0-9].)")


def numeral_starts(text: str) -> list[int]:
    return [m.start() for m in NUMERAL_START.finditer(text)]


UNITS = {r["unit"]: r["kind"] for r in load_tsv("targets_units.tsv")}
MULTIPLIERS = {r["word"]: int(r["factor"]) for r in load_tsv("targets_multipliers.tsv")}
QUALIFIERS = {r["phrase"]: r["qualifier"] for r in load_tsv("targets_qualifiers.tsv")}
HEADS = load_lines("targets_heads.txt")
TIME_NOUNS = load_lines("targets_time_nouns.txt")
STOPWORDS = frozenset(load_lines("targets_stopwords.txt"))
AMOUNT_NOUNS = tuple(" ".join(w.lower().split()) for w in load_lines("targets_amount_nouns.txt"))


def amount_noun(noun: str) -> bool:
    """``vốn đầu`` (of ``400 tỷ vốn đầu tư``): a noun naming what a sum of money is, not a counted thing."""
    n = " ".join(noun.lower().split())
    return any(n == a or n.startswith(a + " ") for a in AMOUNT_NOUNS)


def _labels() -> tuple[list[str], dict[str, list[str]]]:
    labels, unless = [], {}
    for line in load_lines("targets_labels.txt"):
        word, *rest = line.split(" !")
        labels.append(word)
        if rest:
            unless[word] = rest
    return labels, unless


LABELS, LABEL_UNLESS = _labels()
DOC_LABELS = load_lines("targets_doc_labels.txt")
_furniture = load_lines("targets_furniture.txt")
FURNITURE_BEFORE = [f for f in _furniture if not f.startswith(">")]
FURNITURE_AFTER = [f[1:].strip() for f in _furniture if f.startswith(">")]

MULT_ALT = alternation(MULTIPLIERS)
UNIT_ALT = alternation(UNITS)
QUAL_ALT = alternation(QUALIFIERS)
HEAD_ALT = alternation(HEADS)
TIME_ALT = alternation(TIME_NOUNS)
FURNITURE_BEFORE_ALT = alternation(FURNITURE_BEFORE)
FURNITURE_AFTER_ALT = alternation(FURNITURE_AFTER)


def multiplier(word: str) -> int:
    return MULTIPLIERS[" ".join(word.lower().split())]


def qualifier(phrase: str) -> str:
    return QUALIFIERS[" ".join(phrase.lower().split())]


def unit_kind(unit: str) -> str | None:
    words = unit.split("/")[0].split()
    while len(words) > 1 and words[0].lower() in MULTIPLIERS:
        words = words[1:]
    base = " ".join(words)
    return UNITS.get(base) or next((k for u, k in UNITS.items() if u.lower() == base.lower()), None)
