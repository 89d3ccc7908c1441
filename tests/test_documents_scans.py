"""The documents pass's `re` forms of its scans match exactly what their `regex` forms match.

On text of the script (``script.in_script``) the pass runs some scans on the standard library's
`re`; these tests run both forms over many generated strings (Vietnamese letters in both cases,
digits, ``/``, ``-``, ``.``, spaces, type words and codes) and compare every match.
"""

from __future__ import annotations

import random

import pytest

from extractor.documents import codes, numbered
from extractor.documents import lexicon as lx
from extractor.text import script

PIECES = [
    *lx.TYPE_WORDS, *(w.upper() for w in lx.TYPE_WORDS), *(w.title() for w in lx.TYPE_WORDS), *lx.TYPE_ABBREVIATIONS,
    "số", "Số", "SỐ", "sô", "của", "Tỉnh ủy", "Trung ương", "TW", "TƯ", "khóa XII", "hội nghị", "năm", "ngày",
    "08-NQ/TU", "1828/QĐ-UBND", "30/2020/NĐ-CP", "45/2019/QH14", "72-NQ-TW", "11-NQ/T.Ư", "2478/QĐ-UBND.VX",
    "12 / QĐ - ƯBND", "07/2021/TT - BLĐTBXH", "858CV/ĐUK", "30a/2008/NQ-CP", "25/11/2021", "Covid-19",
    "không", "quyền", "luật sư", "kỷ luật", "bộ luật", "thông báo kết luận", "điều lệ", "vănbản",
]
CHARS = ("aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXYáàảãạấầẩẫậếềểễệịỉốồổỗộớờởỡợứừửữựýỳ"
         "ÁẤẾỐỚỨĐỊỆỘƯỢ0123456789/-.,:;()  \t\n\u00a0\u2009&")


def _strings(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 12)):
            if rng.random() < 0.5:
                parts.append(rng.choice(PIECES))
            else:
                parts.append("".join(rng.choice(CHARS) for _ in range(rng.randint(1, 6))))
            parts.append(rng.choice(["", " ", "  ", "\n", "/", "-", ".", ", ", " \t"]))
        out.append("".join(parts))
    return [s for s in out if script.in_script(s)]


STRINGS = _strings(6000, 20261122)


def _spans(matches) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in matches]


@pytest.mark.parametrize("chunk", range(4))
def test_number_scan_in_re_matches_as_in_regex(chunk):
    for s in STRINGS[chunk::4]:
        assert _spans(codes.NUMBER_IN_SCRIPT.finditer(s)) == _spans(codes.NUMBER.finditer(s)), s


def test_type_word_match_in_re_matches_as_in_regex():
    for s in STRINGS:
        low = s.lower()
        for i in range(len(low)):
            new, old = numbered._TYPE_LOW_RE.match(low, i), numbered._TYPE_LOW_RX.match(low, i)
            assert (new and new.span()) == (old and old.span()), (s, i)


def test_type_starts_in_script_as_by_string_search():
    for s in STRINGS:
        low = s.lower()
        if len(low) == len(s):
            assert numbered.type_starts(s, low, True) == numbered.type_starts(s, low, False), s
