"""Invariants of GUIDE §1 for any input: no crash, offsets hold, lists ordered."""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor import extract
from tests.test_contract import check

FRAGMENTS = [
    "Chiều 28/12", "ngày 9 tháng 1 năm 2024", "quý I/2024", "nhiệm kỳ 2020-2025", "năm 2023", "6 tháng đầu năm",
    "Nghị quyết số 08-NQ/TU", "Chỉ thị 05-CT/TW", "Nghị định 15/2020/NĐ-CP", "Nghị quyết Trung ương 4 khóa XII",
    "Quyết định số 1234/QĐ-UBND", "Điều lệ Đảng", "Kế hoạch số 08", "của Tỉnh ủy", "ngày 25/11/2021",
    "đồng chí Trương Văn Bình", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch UBND tỉnh", "ông Lê Hữu Phước",
    "Bí thư Đảng ủy Khối", "TUV", "Thứ trưởng", "–", " - ", ", ", "; ", ". ", "\n", "\r\n", "(", ")", ":", "/",
    "phấn đấu 100%", "hơn 95%", "trên 8.500 đảng viên", "kết nạp 269 đảng viên", "21/25 đảng bộ", "từ 3 - 10 cán bộ",
    "7,5%", "1.234,5 tỷ đồng", "ba mươi đảng viên", "khoảng", "vượt", "đạt", "XIII", "lần thứ 11", "Covid-19",
    "0:00 / 0:00", "08:11", "Thứ Tư,", "sáng", "đến", "và", "từ", "giai đoạn", "Ð", "\u00a0", "\ufeff",
]

report_like = st.lists(st.sampled_from(FRAGMENTS), max_size=40).map(" ".join)
forms = st.sampled_from(["NFC", "NFD"])

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.text(max_size=300))
def test_arbitrary_unicode_never_breaks_the_contract(text):
    check(extract(text).to_dict(), text)


@SETTINGS
@given(report_like, forms)
def test_report_like_text_never_breaks_the_contract(text, form):
    text = unicodedata.normalize(form, text)
    check(extract(text).to_dict(), text)
