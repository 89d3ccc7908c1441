"""The officials pass's lexicons, read once from ``extractor/data`` into sets and regex fragments.

Every fragment here is a string meant to be embedded in a bigger pattern (``titles.py``,
``names.py``, ``mentions.py``); words are joined by ``[ ]+`` so that patterns can run in
verbose mode, and alternations are sorted longest first so that ``Phó Bí thư Thường trực``
wins over ``Phó Bí thư``.
"""

from __future__ import annotations

import re

import regex

from extractor.data import load_lines, load_tsv

# A letter may not touch the phrase on either side.
NOT_AFTER_LETTER = r"(?<![\p{L}\p{M}\p{N}])"
NOT_BEFORE_LETTER = r"(?![\p{L}\p{M}\p{N}])"


def phrase(words: str) -> str:
    """``Bí thư`` -> ``Bí[ ]+thư``: a lexicon entry as a verbose-mode pattern."""
    return r"[ ]+".join(regex.escape(w) for w in words.split())


def alternation(entries, ignore_case: bool = False, after_first: str = "") -> str:
    """Longest entry first, so a longer phrase wins over its own prefix.

    Written as a trie (``Bí thư`` and ``Bí thư Thường trực`` share ``Bí[ ]+thư``), which tries
    the entries a text can match in the same order as a flat longest-first alternation, at a
    fraction of the cost to compile and to run.  ``ignore_case``: the caller wraps it in
    ``(?i:…)``; entries are lower-cased so that no two branches match one letter.
    ``after_first``: a zero-width test put after the first letter (a look-behind on what comes
    before the entry), so that every branch opens with a letter, which `re` can skip to."""
    trie: dict = {}
    for entry in entries:
        node = trie
        for ch in " ".join((entry.lower() if ignore_case else entry).split()):
            node = node.setdefault(ch, {})
        node[""] = {}
    if after_first:
        trie = {ch: {after_first: child} for ch, child in trie.items()}
    return "(?:" + _branches(trie) + ")"


def _branches(node: dict) -> str:
    arms = [("[ ]+" if ch == " " else regex.escape(ch) if len(ch) == 1 else ch) + _branches(child)
            for ch, child in node.items() if ch]
    if not arms:
        return ""
    body = arms[0] if len(arms) == 1 else "(?:" + "|".join(arms) + ")"
    if "" in node:  # an entry ends here: the longer ones are tried first
        return ("(?:" + body + ")" if len(arms) == 1 else body) + "?"
    return body


# Texts made only of these characters (ASCII and Latin-1, the Vietnamese letters, combining
# marks, punctuation, and U+E000 that masks names: nearly all texts) are scanned by the
# standard library's `re` where it is faster than `regex`, with the character classes of
# `regex` spelled out over them (``spelled``); a text with any other character is scanned by
# `regex` throughout.  Over these characters the two also agree on letter case (they do not on
# `İ` and `ı`, left out).
SCRIPT = "".join(chr(c) for lo, hi in ((0, 0x100), (0x300, 0x370), (0x1EA0, 0x1EFA), (0x2000, 0x2070),
                                       (0x20A0, 0x20D0), (0xE000, 0xE001)) for c in range(lo, hi)) + "ĂăĐđĨĩŨũƠơƯư"


def spelled(char_class: str) -> str:
    """The characters of ``SCRIPT`` that the `regex` class matches, as the body of a `re` class."""
    runs: list[list[int]] = []
    for c in sorted(ord(ch) for ch in regex.findall(char_class, SCRIPT)):
        if runs and runs[-1][1] == c - 1:
            runs[-1][1] = c
        else:
            runs.append([c, c])
    return "".join(_literal(a) if a == b else f"{_literal(a)}-{_literal(b)}" for a, b in runs)


def _literal(code: int) -> str:
    """A character as written in a class: itself (escaped in ASCII), or its code if unprintable."""
    char = chr(code)
    if not char.isprintable() or char.isspace():
        return f"\\u{code:04x}"
    return re.escape(char) if code < 0x80 else char


def to_re(pattern: str) -> str:
    """A `regex` pattern for `re`, to be run on text of SCRIPT only: ``\\p{…}`` and ``\\d``
    spelled out, in a class or alone (no other `regex` feature may be in it)."""
    return _TOKEN.sub(lambda m: _spelled_token(m[0], inside=False), pattern)


# A character class (`[\p{L}\p{M}]`, `[^()\n]`), a property, `\d`, or any other escape.
_TOKEN = regex.compile(r"\[(?:\\.|[^\\\]])*\]|\\p\{\w+\}|\\.")
_IN_CLASS = regex.compile(r"\\p\{\w+\}|\\.")


def _spelled_token(token: str, inside: bool) -> str:
    if token.startswith("["):
        return _IN_CLASS.sub(lambda m: _spelled_token(m[0], inside=True), token)
    if not (token.startswith(r"\p") or token == r"\d"):
        return token
    return spelled(token) if inside else f"[{spelled(token)}]"


_OUTSIDE_SCRIPT = re.compile("[^" + spelled(r"(?s).") + "]")


def in_script(text: str) -> bool:
    return _OUTSIDE_SCRIPT.search(text) is None


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
