"""The text layer's normalisation: matching form plus a faithful map back to the input."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor import extract
from extractor.text import clean, normalize

CASES = [
    # (name, original, expected normalised text)
    ("already NFC", "Nghị quyết 08-NQ/TU", "Nghị quyết 08-NQ/TU"),
    ("NFD composes", unicodedata.normalize("NFD", "Đồng chí Nguyễn Văn Ánh"), "Đồng chí Nguyễn Văn Ánh"),
    ("Ð U+00D0 to Đ", "\u00d0ảng ủy, \u00f0ồng chí", "Đảng ủy, đồng chí"),
    ("NBSP and thin spaces", "ngày\u00a028/12\u2009năm", "ngày 28/12 năm"),
    ("typographic dashes", "2020\u20132025 \u2014 Bộ\u2212GD", "2020-2025 - Bộ-GD"),
    ("CRLF to LF", "dòng một\r\ndòng hai\r\n", "dòng một\ndòng hai\n"),
    ("lone CR to LF", "a\rb", "a\nb"),
    ("zero-width space", "Tỉnh\u200bủy", "Tỉnh ủy"),
]


@pytest.mark.parametrize("name,original,expected", CASES, ids=[c[0] for c in CASES])
def test_normalised_text(name, original, expected):
    assert normalize(original).text == expected


@pytest.mark.parametrize("name,original,expected", CASES, ids=[c[0] for c in CASES])
def test_every_word_maps_back_to_its_original(name, original, expected):
    n = normalize(original)
    for word_start, word in _words(n.text):
        s, e = n.span_to_original(word_start, word_start + len(word))
        assert clean(original[s:e]) == clean(word)


def _words(text):
    pos = 0
    for w in text.split():
        i = text.index(w, pos)
        yield i, w
        pos = i + len(w)


def test_end_of_text_maps_to_end_of_original():
    original = unicodedata.normalize("NFD", "Tiếng Việt\r\n")
    n = normalize(original)
    assert n.to_original(len(n.text)) == len(original)


def test_identity_map_costs_nothing_on_clean_text():
    n = normalize("Chiều 28/12, Đảng ủy Khối tổ chức hội nghị.")
    assert n._norm_points == []


@given(st.text())
def test_any_text_maps_monotonically_into_bounds(s):
    n = normalize(s)
    mapped = [n.to_original(i) for i in range(len(n.text) + 1)]
    assert mapped == sorted(mapped)
    assert all(0 <= m <= len(s) for m in mapped)
    assert mapped[-1] == len(s)


REPORT = (
    "Chiều 28/12/2023, Đảng ủy Khối tổ chức hội nghị. Đồng chí Nguyễn Văn An, "
    "Tỉnh ủy viên, Bí thư Đảng ủy Khối phát biểu. Thực hiện Nghị quyết số 08-NQ/TU "
    "ngày 25/11/2021 của Tỉnh ủy, năm 2023 kết nạp 269 đảng viên, đạt 105% kế hoạch.\r\n"
)


@pytest.mark.parametrize("variant", ["NFD", "U+00D0", "CRLF"])
def test_same_values_and_valid_offsets_whatever_the_encoding_form(variant):
    original = {
        "NFD": unicodedata.normalize("NFD", REPORT),
        "U+00D0": REPORT.replace("Đ", "\u00d0"),
        "CRLF": REPORT.replace(". ", ".\r\n"),
    }[variant]
    base, other = extract(REPORT).to_dict(), extract(original).to_dict()
    for name in ("dates", "documents", "targets"):
        assert [_values(e) for e in other[name]] == [_values(e) for e in base[name]]
        for e in other[name]:
            assert original[e["start"]:e["end"]] == e["text"]
    assert [o["name"] for o in other["officials"]] == [o["name"] for o in base["officials"]]
    for o in other["officials"]:
        for m in o["mentions"]:
            assert original[m["start"]:m["end"]] == m["text"]


def _values(entity):
    return {k: v for k, v in entity.items() if k not in ("text", "start", "end")}
