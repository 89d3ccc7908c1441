"""The documents pass's `re` forms of its scans match exactly what their `regex` forms match.

On text of the script (``script.in_script``) the pass runs some scans on the standard library's
`re`; these tests run both forms over many generated strings (Vietnamese letters in both cases,
digits, ``/``, ``-``, ``.``, spaces, type words and codes) and compare every match.
"""

from __future__ import annotations

import random

import pytest

from extractor.documents import codes, named, numbered
from extractor.documents import lexicon as lx
from extractor.text import script

PIECES = [
    *lx.TYPE_WORDS, *(w.upper() for w in lx.TYPE_WORDS), *(w.title() for w in lx.TYPE_WORDS), *lx.TYPE_ABBREVIATIONS,
    "số", "Số", "SỐ", "sô", "của", "Tỉnh ủy", "Trung ương", "TW", "TƯ", "khóa XII", "hội nghị", "năm", "ngày",
    "08-NQ/TU", "1828/QĐ-UBND", "30/2020/NĐ-CP", "45/2019/QH14", "72-NQ-TW", "11-NQ/T.Ư", "2478/QĐ-UBND.VX",
    "12 / QĐ - ƯBND", "07/2021/TT - BLĐTBXH", "858CV/ĐUK", "30a/2008/NQ-CP", "25/11/2021", "Covid-19",
    "không", "quyền", "luật sư", "kỷ luật", "bộ luật", "thông báo kết luận", "điều lệ", "vănbản",
    "Trung ương 4", "TRUNG ƯƠNG", "TW4", "T.Ư", "Hội nghị", "HỘI NGHỊ", "lần thứ", "khóa XI và khóa XII",
    "(khoá XII)", "KHÓA", "4, 5 và 6", "(NQ)", "(Nq)", "số 08", "Sô:", "28", "30a", "5%", "2,5",
]
CHARS = ("aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXYáàảãạấầẩẫậếềểễệịỉốồổỗộớờởỡợứừửữựýỳ"
         "ÁẤẾỐỚỨĐỊỆỘƯỢ0123456789/-.,:;()  \t\n\u00a0\u2009\u200a\u2028\u205f\x85\x0b\x1c&")


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


def _phrases(count: int, seed: int) -> list[str]:
    """Type word, then the words the rules read after it, each part often left out or garbled."""
    rng = random.Random(seed)
    parts = [list(lx.TYPE_WORDS) + [w.upper() for w in lx.TYPE_WORDS] + [w.capitalize() for w in lx.TYPE_WORDS]
             + list(lx.TYPE_ABBREVIATIONS), ["", "", "", "", " (NQ)", " (Nq)", "(KL)", " (ABCDEF)"], [" ", "  ", "\n", " \t", ""],
             ["", "của ", "CỦA ", "hội nghị ", "Hội  Nghị ", "số ", "Số: ", "SÔ ", "so:"],
             ["Trung ương", "Trung  Ương", "TRUNG ƯƠNG", "TW", "TƯ", "T.Ư", "", "Tỉnh ủy"], ["", " ", "\n"],
             ["4", "4", "12", "8", "123", "XII", "IV", "30a", "08", "2024", "5đ", "x"],
             ["", ", 5 và 6", " và 7", ",8", " 5%", ".5", "/QĐ", " - Ab", "-Cd", ",2", " năm"],
             ["", " khóa XI", " (khoá XII)", ", KHÓA XI và XII", " khóa XI, khóa XII", "(khóa XIII", " của", ";"],
             ["", " ", ".", "\n", "a", "Ư"]]
    out = []
    for _ in range(count):
        text = "".join(rng.choice(options) if rng.random() < 0.9 else rng.choice(CHARS) for options in parts)
        out.append(rng.choice(["", "theo ", "a", "các ", "\n"]) + text)
    return [s for s in out if script.in_script(s)]


STRINGS = _strings(6000, 20261122) + _phrases(15000, 11)


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


@pytest.mark.parametrize("pair", [(named._PLENUM_IN_SCRIPT, named._PLENUM), (numbered._BARE_IN_SCRIPT, numbered._BARE)],
                         ids=["plenum", "bare"])
def test_rules_at_type_words_in_re_match_as_in_regex(pair):
    new_rx, old_rx = pair
    for s in STRINGS:
        for i in range(len(s)):
            new, old = new_rx.match(s, i), old_rx.match(s, i)
            assert (new and (new.span(), new.groupdict())) == (old and (old.span(), old.groupdict())), (s, i)
