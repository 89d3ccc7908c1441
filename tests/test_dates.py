"""Dates (GUIDE §2): a table of phrases with expected values, rules one by one, the dev set.

``tests/corpus/dates.tsv`` holds the phrases: each row names the mention expected in the
phrase and its value, grain and extra keys, or ``-`` when the phrase has no date at all
(value ``-``: that mention is not a date).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor import dates
from extractor.dates import infer
from extractor.text import normalize
from tests.conftest import DEV, needs_shared

TABLE = Path(__file__).parent / "corpus" / "dates.tsv"


def _rows() -> list[tuple[str, str, str, str, dict[str, str]]]:
    lines = [l.rstrip("\n") for l in TABLE.read_text(encoding="utf-8").splitlines()]
    lines = [l for l in lines if l.strip() and not l.startswith("#")][1:]
    rows = []
    for line in lines:
        cells = (line.split("\t") + [""] * 5)[:5]
        text, mention, value, grain, extra = cells
        extras = dict(kv.split("=", 1) for kv in extra.split(";") if "=" in kv)
        rows.append((text.replace("\\n", "\n"), mention, value, grain, extras))
    return rows


ROWS = _rows()


def _found(text: str):
    ds, doc = dates.find(normalize(text).text)
    return [(text[d.start:d.end], d) for d in ds], doc


def test_table_is_large_enough():
    assert len(ROWS) >= 200


@pytest.mark.parametrize("text,mention,value,grain,extras", ROWS, ids=[r[0][:50] for r in ROWS])
def test_phrase(text, mention, value, grain, extras):
    found, _ = _found(text)
    if mention == "-":
        assert found == [], f"no date expected in {text!r}"
        return
    if value == "-":     # this mention is no date (the phrase's other dates may be)
        assert mention not in [t for t, _ in found]
        return
    hits = [d for t, d in found if t == mention]
    assert hits, f"{mention!r} not found; got {[t for t, _ in found]}"
    d = hits[0]
    assert (d.value, d.grain) == (value, grain)
    for k, v in extras.items():
        got = d.part_of_day if k == "part_of_day" else d.extra.get(k)
        assert got == v, k
    if "weekday_conflict" not in extras:
        assert "weekday_conflict" not in d.extra


@pytest.mark.parametrize("text", [r[0] for r in ROWS], ids=[r[0][:50] for r in ROWS])
def test_fast_paths_agree_with_grammar(text):
    """The fast paths only ever shortcut: the grammar alone reads every phrase the same way."""
    t = normalize(text).text
    fast = [(r.start, r.end, infer.value_and_grain(r)) for r in dates.scan(t)]
    slow = [(r.start, r.end, infer.value_and_grain(r)) for r in dates.scan(t, use_fast=False)]
    assert fast == slow


# --- the text's own date (document_date) -------------------------------------------------

OWN = [
    # stamp_with_clock: a stamp with its time beats a dateline after it
    ("Tiêu đề bài báo\n\nThứ Năm, 16/05/2024, 07:15 (GMT+7)\n\nSáng 15/5, Tỉnh ủy tổ chức hội nghị.", "2024-05-16"),
    # dateline: a part of day opens the article; the year comes from the review formula
    ("Sáng 27/12, Đảng ủy tổng kết công tác năm 2022, triển khai nhiệm vụ năm 2023.", "2022-12-27"),
    ("Ngày 12/1, Đảng ủy tổng kết công tác năm 2022, triển khai nhiệm vụ năm 2023.", "2023-01-12"),
    # a document's header: place, date
    ("ỦY BAN NHÂN DÂN TỈNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 12/KH-UBND | Lâm Đồng, ngày 4 tháng 3 năm 2024 |\n"
     "Căn cứ Quyết định số 15/QĐ-TTg ngày 10 tháng 1 năm 2024 của Thủ tướng;", "2024-03-04"),
    # today_box: a site's date widget far from the dateline is not the text's date
    ("Thứ Hai,  05/08/2024\n\nTin hoạt động\n\nBTV-Ngày 14/11/2012, Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 11.", "2012-11-14"),
    # a source tag in brackets opens the dateline as well
    ("Tin tức\nThứ Hai,  05/08/2024\n\n(Chinhphu.vn) - Ngày 14/11/2012, Ban Thường vụ họp phiên thường kỳ.", "2012-11-14"),
    # a stamp on its own line close to the event is the publication date
    ("Thứ 3, Ngày 06 / 02 / 2024\n\nChiều 05/02/2024 tại hội trường, Đảng ủy tổ chức hội nghị sơ kết.", "2024-02-06"),
    # first_day: a cited document's date is not the text's date
    ("Thực hiện Kế hoạch số 45-KH/TU ngày 3/4/2023 của Ban Thường vụ, ngày 20/4/2023 Đảng ủy xã tổ chức quán triệt.", "2023-04-20"),
    # no year anywhere: no document_date
    ("Ngày 2/7, Ủy ban nhân dân tỉnh công bố các quyết định về công tác cán bộ.", None),
    # a month-only archive stamp is not a day
    (" date 2022-07 Tính đến hết tháng 6, cả nước có nhiều xã đạt chuẩn.", None),
    # a date deep in the body is not the text's own
    ("Tiêu đề\n" + "Nội dung dài của bài viết, không nêu ngày tháng nào cả trong đoạn mở đầu này. " * 5
     + "\n" + "Đoạn tiếp theo vẫn dài và không có ngày. " * 80 + "\nNgày 5/5/2020 sự kiện khác.", None),
    # an event's time in a notice is not a stamp; the place-and-date line is the document's date
    ("THÔNG BÁO\nVề việc tổ chức hội nghị\n1. Thời gian: bắt đầu lúc 7 giờ 30 phút, Thứ Sáu, ngày 22/3/2024.\n"
     "2. Địa điểm: Hội trường Thành ủy.\nĐà Lạt, ngày 18 tháng 3 năm 2024", "2024-03-18"),
    # a document with no date in its header: its legal bases are not its date
    ("NGHỊ QUYẾT\nVề kế hoạch phát triển kinh tế - xã hội\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 "
     "năm 2015;\nCăn cứ Nghị định số 15/2020/NĐ-CP ngày 3 tháng 2 năm 2020 của Chính phủ;\nQUYẾT NGHỊ:", None),
    # a birth date in an obituary's biography is not the text's own date
    ("Nguyên Bí thư Tỉnh ủy từ trần\nĐồng chí Nguyễn Văn A\nSinh ngày 12/5/1942\nQuê quán: xã Tân Lập\n"
     "Đồng chí đã từ trần hồi 10 giờ ngày 3/11, hưởng thọ 84 tuổi.", None),
    ("Ông Trần Văn B (sinh năm 1950, ngày sinh 03/4/1950) được khen thưởng.", None),
    # "phát sinh" is no birth: the date of the event dates the text
    ("Vụ việc phát sinh ngày 5/3/2024 tại xã Tân Lập.", "2024-03-05"),
    # the archive prefix gives the year of the dateline
    (" date 2025-01 Ngày 16/1, Đảng bộ xã tổ chức đại hội.", "2025-01-16"),
]


@pytest.mark.parametrize("text,expected", OWN, ids=[t[:40] for t, _ in OWN])
def test_document_date(text, expected):
    _, doc = _found(text)
    assert doc == expected


# --- year inference rules -----------------------------------------------------------------

def test_nearest_year_crosses_new_year():
    from extractor.dates.parse import Point
    assert infer.nearest_year(Point(None, 1, 3), Point(2024, 12, 30)) == 2025
    assert infer.nearest_year(Point(None, 12, 28), Point(2024, 1, 10)) == 2023
    assert infer.nearest_year(Point(None, 6, 1), Point(2024, 5, 20)) == 2024


def test_most_named_year_ignores_deadlines():
    found, _ = _found("Ngày 3/4, hội nghị bàn mục tiêu đến năm 2030, tới năm 2030 và trước năm 2030.")
    assert found[0][1].value == "--04-03"


def test_offsets_are_into_the_text():
    text = "Chiều 28/12, Đảng ủy họp; nhiệm kỳ 2020-2025; quý I/2024."
    for t, d in _found(text)[0]:
        assert text[d.start:d.end] == t


def test_ordered_and_disjoint():
    text = "Ngày 5/3/2024 và 7/3/2024; năm 2023; nhiệm kỳ 2020-2025; tháng 12/2023; quý I/2024; 6 tháng đầu năm 2023."
    found = [d for _, d in _found(text)[0]]
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


# --- the dev set (third-party texts; skipped when ../shared is absent) ---------------------

@needs_shared
def test_dev_document_dates_and_values():
    wrong = []
    for gold_path in sorted(DEV.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8-sig")
        norm = normalize(text)
        ds, doc = dates.find(norm.text)
        if doc != gold.get("document_date"):
            wrong.append((gold_path.name, "document_date", doc, gold.get("document_date")))
        values = {d.value for d in ds}
        for g in gold.get("dates", []):
            if not g.get("optional") and g["value"] not in values:
                wrong.append((gold_path.name, g["text"], None, g["value"]))
    assert wrong == []


def test_empty_text_compiles_the_grammar():
    """The grammar compiles on first use; ``find("")`` compiles it (a batch, before forking)."""
    from extractor.dates import patterns

    assert dates.find("") == ([], None)
    assert "MENTION" in vars(patterns) and "PREFIX" in vars(patterns)
