"""Targets and figures (GUIDE §5): a table of phrases with the figures expected in them.

The table lives in ``tests/data/targets_phrases.tsv``: own phrases modelled on Vietnamese
reports, one row per expected figure, ``-`` for a phrase that holds none; ``\\n`` in a
phrase is a line break.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from extractor import extract
from extractor.targets import find
from extractor.text import normalize

TABLE = Path(__file__).parent / "data" / "targets_phrases.tsv"


def _load():
    rows = [l.rstrip("\n").split("\t") for l in TABLE.read_text(encoding="utf-8").splitlines()
            if l.strip() and not l.startswith("#")]
    phrases: dict[str, list] = defaultdict(list)
    order = []
    for group, phrase, figure, value, unit, qualifier, status, *extra in rows:
        phrase = phrase.replace("\\n", "\n")
        if phrase not in phrases:
            order.append((group, phrase))
        if figure != "-":
            phrases[phrase].append({
                "text": figure, "value": json.loads(value), "unit": unit or None, "qualifier": qualifier,
                "status": None if status == "null" else status, "extra": _extra(extra[0] if extra else ""),
            })
    return [pytest.param(phrase, phrases[phrase], id=f"{group}:{phrase[:40]}") for group, phrase in order]


def _extra(s: str) -> dict:
    return {k: json.loads(v) for k, v in (kv.split("=", 1) for kv in s.split(";") if kv)}


CASES = _load()


def test_table_is_large_enough():
    assert len(CASES) >= 200


@pytest.mark.parametrize("phrase,expected", CASES)
def test_phrase(phrase, expected):
    got = [t.to_dict() for t in extract(phrase, only=("targets",)).targets]
    assert [g["text"] for g in got] == [e["text"] for e in expected]
    for g, e in zip(got, expected):
        assert (g["value"], g["unit"], g["qualifier"]) == (e["value"], e["unit"], e["qualifier"]), g["text"]
        if e["status"] != "*":
            assert g["status"] == e["status"], g["text"]
        for k, v in e["extra"].items():
            assert g.get(k) == v, (g["text"], k)


def test_offsets_survive_normalisation():
    """NFD input, Ð for Đ and CRLF: the span still slices the input."""
    raw = "Ðảng bộ có trên 8.500 đa\u0309ng viên.\r\nKết nạp 269 đảng viên."
    got = extract(raw, only=("targets",)).targets
    assert [raw[t.start:t.end] for t in got] == [t.text for t in got]
    assert [t.value for t in got] == [8500, 269]


def test_find_works_on_normalised_text_alone():
    text = normalize("Phấn đấu 100% chi bộ đạt trong sạch, vững mạnh.").text
    (t,) = find(text)
    assert (text[t.start:t.end], t.value, t.status) == ("100%", 100, "planned")


SUBJECTS = [
    ("Phấn đấu đạt 100% đảng bộ trực thuộc được đánh giá, xếp loại.", "100%", "đảng bộ trực thuộc được đánh giá"),
    ("Trong đó, hơn 95% hoàn thành tốt nhiệm vụ.", "hơn 95%", "hoàn thành tốt nhiệm vụ"),
    ("Tỷ lệ điều tra, làm rõ đạt 78%.", "78%", "Tỷ lệ điều tra, làm rõ"),
    ("Kết nạp 269 đảng viên mới trong năm.", "269 đảng viên", "đảng viên mới trong năm"),
    # a subject never stops inside a numeral, nor takes a comparison or a rate for the subject
    ("Tỷ lệ hộ nghèo giảm từ 4,2% xuống còn 1,1%.", "4,2%", "Tỷ lệ hộ nghèo"),
    ("Tỷ lệ hộ nghèo giảm từ 4,2% xuống còn 1,1%.", "1,1%", "Tỷ lệ hộ nghèo giảm từ 4,2%"),
    ("Thu ngân sách tăng 8,4% so với cùng kỳ. Chi thường xuyên giảm.", "8,4%", "Thu ngân sách"),
    ("Tốc độ tăng trưởng GRDP bình quân đạt 8,5%/năm.", "8,5%", "Tốc độ tăng trưởng GRDP bình quân"),
    ("Giải ngân vốn đầu tư công đạt 92,3% kế hoạch.", "92,3%", "Giải ngân vốn đầu tư công"),
    ("- Tỷ lệ đô thị hóa đạt 45%.", "45%", "Tỷ lệ đô thị hóa"),
    # ... nor runs across a sentence; an aside in brackets belongs to it
    ("Tăng 5,3 triệu đồng so với năm 2023. Tổng chi giảm.", "5,3 triệu đồng", "triệu đồng so với năm 2023"),
    ("Tổng sản phẩm (GRDP) ước tăng 7,2%.", "ước tăng 7,2%", "Tổng sản phẩm (GRDP)"),
    # a bare number is of its label
    ("Kỷ luật 47 đảng viên, trong đó khiển trách 28, cảnh cáo 15.", "28", "khiển trách"),
    ("Kỷ luật 47 đảng viên, trong đó khiển trách 28, cảnh cáo 15.", "15", "cảnh cáo"),
    # ... and starts on a word boundary though its window opens mid-word
    ("Hoàn thành " + "giao nhiệm vụ kiểm tra giám sát đối với tổ chức đảng và đảng viên " * 3 + "đạt 90%.",
     "90%", "nhiệm vụ kiểm tra giám sát đối với tổ chức đảng và"),
]


def test_subject_is_whole_words():
    for n in range(150, 260, 7):  # windows opening at every offset of a word
        text = "x" * (n % 11) + " Hoàn thành " + "giao nhiệm vụ kiểm tra giám sát " * 8 + "đạt 90%."
        (t,) = extract(text, only=("targets",)).targets
        first = t.subject.split()[0]
        assert first in text.split(), first


@pytest.mark.parametrize("phrase,figure,subject", SUBJECTS)
def test_subject(phrase, figure, subject):
    (t,) = [t for t in extract(phrase, only=("targets",)).targets if t.text == figure]
    assert t.subject == subject


def test_every_phrase_output_matches_the_schema():
    """Extra keys (of, value_max, change, amount, base_unit, written) keep the GUIDE §1 shape."""
    import jsonschema
    from importlib.resources import files

    schema = json.loads(files("extractor").joinpath("schema/output.schema.json").read_text(encoding="utf-8"))
    text = "\n\n".join(case.values[0] for case in CASES)
    out = extract(text, only=("targets",)).to_dict()
    assert len(out["targets"]) > 200
    jsonschema.validate(out, schema)


def test_a_fine_bracket_written_with_its_unit_twice_is_the_laws_not_a_result():
    # the two ends are read as two figures for now; neither is a fine imposed (status null)
    got = extract("Phạt tiền từ 5.000.000 đồng đến 10.000.000 đồng đối với hành vi vi phạm.", only=("targets",)).targets
    assert [t.value for t in got] == [5000000, 10000000]
    assert [t.status for t in got] == [None, None]


@pytest.mark.parametrize("text", ["tổng 1.234,51.234,5 đồng", "đạt \U0001ccf0 người", "Chỉ tiêu | Kế hoạch\nThu | 1.234,51.234,5\nChi | 5"])
def test_a_numeral_no_parser_reads_is_no_figure_and_stops_nothing(text):
    # two numerals glued, and digits newer than Python's Unicode, made parse_digits raise ValueError
    got = find(normalize(text).text)
    assert all(t.value is not None for t in got)
