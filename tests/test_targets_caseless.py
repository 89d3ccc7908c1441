"""The two full-text scans of targets (figures.FIGURE, masks.MASK) hold IGNORECASE to their words,
``(?i:…)``; their classes name what the global flag added to them.  These check, over every code
point, that each such class matches exactly what it matched under the flag (a regex upgrade that
folds differently fails here)."""

from __future__ import annotations

import regex

from extractor.targets.figures import LETTER_OR_DIGIT

EVERY_CHARACTER = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)


def _matched(pattern: str) -> set[str]:
    return set(regex.findall(pattern, EVERY_CHARACTER))


def test_classes_match_as_under_ignorecase():
    assert _matched(LETTER_OR_DIGIT) == _matched(r"(?i)[\p{L}\d]")
    assert _matched(r"[\p{L}\d.,/+:\-\u0345]") == _matched(r"(?i)[\p{L}\d.,/+:\-]")
    assert _matched(r"\p{LC}") == _matched(r"(?i)\p{Lu}")


def test_other_classes_ignore_the_flag():
    for same in (r"[\p{L}]", r"\p{L}", r"\w", r"[\w/]", r"\d", r"\s", r"[\d+\-]", r"[(\s]", r"[\d(]", r"[\d%]"):
        assert _matched(same) == _matched("(?i)" + same), same


def test_no_upper_case_letter_is_lower_case_to_python():
    """units._noun tries ABBREVIATION (``\\p{Lu}{2,6}``) only on a word that is not ``str.islower()``."""
    assert not any(c.islower() for c in _matched(r"\p{Lu}"))
