"""Vietnamese number parsing, shared by every pass: a table of cases."""

from __future__ import annotations

import pytest

from extractor.text import parse_digits, parse_number, parse_roman, parse_words

DIGITS = [
    ("8.500", 8500), ("7,5", 7.5), ("1.234,5", 1234.5), ("03", 3), ("0", 0), ("100", 100),
    ("189.26", 189.26), ("1.234.567", 1234567), ("1,234,567", 1234567), ("12.000.000", 12000000),
    ("0,5", 0.5), ("99,99", 99.99), ("2.5", 2.5), ("10.5", 10.5), ("1.000", 1000),
    ("007", 7), ("3,14", 3.14), ("1.234.567,89", 1234567.89), ("1,234.5", 1234.5),
    ("", None), ("abc", None), ("1..2", None), ("1.2.3", None),
]

ROMAN = [
    ("I", 1), ("IV", 4), ("IX", 9), ("XII", 12), ("XIII", 13), ("XIV", 14), ("XIX", 19),
    ("XX", 20), ("XL", 40), ("XC", 90), ("xiii", 13), ("MMXXIV", 2024), ("VII", 7),
    ("IIII", None), ("IC", None), ("", None), ("ABC", None),
]

WORDS = [
    ("một", 1), ("hai", 2), ("ba", 3), ("bốn", 4), ("năm", 5), ("sáu", 6), ("bảy", 7), ("tám", 8),
    ("chín", 9), ("mười", 10), ("mười một", 11), ("mười lăm", 15), ("hai mươi", 20),
    ("hai mươi mốt", 21), ("hai mươi tư", 24), ("hai mươi lăm", 25), ("ba mươi", 30),
    ("chín mươi chín", 99), ("một trăm", 100), ("một trăm linh năm", 105), ("một trăm lẻ một", 101),
    ("hai trăm năm mươi", 250), ("ba trăm hai mươi mốt", 321), ("một nghìn", 1000), ("hai ngàn", 2000),
    ("ba nghìn năm trăm", 3500), ("mười vạn", 100000), ("hai triệu", 2000000), ("một tỷ", 1000000000),
    ("hai triệu rưỡi", 2500000), ("một nửa", 0.5), ("hai phần ba", 0.6667), ("ba phần tư", 0.75),
    ("Ba mươi", 30), ("", None), ("đảng viên", None), ("mười hai đảng", None),
]

NUMBERS = [
    ("11 vạn", 110000), ("2,5 triệu", 2500000), ("1,2 tỷ", 1200000000), ("3 nghìn", 3000),
    ("2,5 nghìn tỷ", 2500000000000), ("8.500", 8500), ("hai mươi", 20), ("7,5", 7.5), ("", None),
]


CASES = (
    [(parse_digits, t, v) for t, v in DIGITS]
    + [(parse_roman, t, v) for t, v in ROMAN]
    + [(parse_words, t, v) for t, v in WORDS]
    + [(parse_number, t, v) for t, v in NUMBERS]
)


@pytest.mark.parametrize("parse,text,value", CASES, ids=[f"{p.__name__}:{t}" for p, t, _ in CASES])
def test_parses_to(parse, text, value):
    assert parse(text) == value
