"""Document references (GUIDE §3), as tables of phrases with expected decodes.

``tests/corpus/documents.tsv`` holds the positive table (one expected reference per row);
the negative table below holds things shaped like numbers that are not references.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.documents import find
from extractor.documents.codes import decode
from extractor.pipeline import extract
from extractor.text import normalize
from tests.conftest import DEV, SHARED, needs_shared

CORPUS = Path(__file__).parent / "corpus" / "documents.tsv"


def _cell(s: str):
    return None if s == "-" else s


def _extra(s: str) -> dict:
    out = {}
    for item in filter(None, s.split(";")):
        k, v = item.split("=", 1)
        out[k] = int(v) if v.isdigit() else v
    return out


def _rows():
    lines = [l for l in CORPUS.read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")]
    header = lines[0].split("\t")
    for line in lines[1:]:
        row = dict(zip(header, line.split("\t")))
        yield pytest.param(row, id=row["mention"][:60])


def _refs(phrase: str):
    norm = normalize(phrase)
    return norm.text, find(norm.text)


def test_table_is_big_enough():
    assert sum(1 for _ in _rows()) >= 150


@pytest.mark.parametrize("row", list(_rows()))
def test_reference_table(row):
    text, refs = _refs(row["phrase"].replace("\\n", "\n"))
    mention = " ".join(normalize(row["mention"]).text.split())
    got = [r for r in refs if " ".join(text[r.start:r.end].split()) == mention]
    assert got, f"no reference {mention!r}; found {[text[r.start:r.end] for r in refs]}"
    ref = got[0]
    assert ref.number == _cell(row["number"])
    assert ref.type == _cell(row["type"])
    assert ref.issuer == _cell(row["issuer"])
    assert ref.date == _cell(row["date"])
    for k, v in _extra(row["extra"]).items():
        assert ref.extra.get(k) == v, (k, ref.extra)
    if ref.number:
        a, b = ref.number_span
        assert "".join(text[a:b].split()).startswith(ref.number.split("-")[0].split("/")[0])


def test_no_mention_ends_on_a_connector():
    """``Luật Tổ chức chính quyền địa phương và Nghị định …``: the law ends before ``và``."""
    phrases = [row.values[0]["phrase"].replace("\\n", "\n") for row in _rows()]
    phrases += [p.read_text(encoding="utf-8") for p in (CORPUS.parent.parent / "data" / "documents_heldout").glob("*.txt")]
    ends = []
    for phrase in phrases:
        text, refs = _refs(phrase)
        ends += [text[r.start:r.end] for r in refs if text[r.start:r.end].split()[-1] in ("và", "của", "hoặc", ",")
                 or text[r.start:r.end].rstrip()[-1] in ",;:"]
    assert ends == []


# Things shaped like numbers, and type words that identify nothing: no reference at all.
NEGATIVES = [
    "Ngày 25/11/2021, Ban Thường vụ họp phiên thường kỳ.",
    "Có 21/25 đảng bộ hoàn thành xuất sắc nhiệm vụ.",
    "Điểm trung bình đạt 8,5/10, xếp loại giỏi.",
    "Đường dây nóng 0912-345-678 hoạt động 24/7.",
    "Công tác phòng, chống dịch Covid-19 được chú trọng.",
    "Xem chi tiết tại https://tinhuy.vn/van-ban/08-NQ-TU.html và www.site.vn/12/QD-UBND.",
    "Sản phẩm mã SP-2023/AB được bày bán; biển số 29A-123.45.",
    "Giai đoạn 2021-2025 và năm 2024, tăng 12,5% so với 2023.",
    "Kế hoạch 5 năm 2021 - 2025 đề ra nhiều chỉ tiêu.",
    "Thông báo 3 trường hợp vi phạm; hướng dẫn 2 lần.",
    "Đồng chí đã báo cáo Hội nghị lần thứ 8 Ban Chấp hành Trung ương về tình hình.",
    "Thi hành kỷ luật 28 đảng viên vi phạm kỷ luật Đảng.",
    "Ông là Luật sư, giảng viên Trường Đại học Luật Hà Nội, Khoa Luật Kinh tế.",
    "Hệ Thống Pháp Luật Việt Nam cung cấp văn bản.",
    "Những nghị quyết, kết luận của Ban Chấp hành Đảng bộ tỉnh khóa XX đã được thể chế hóa.",
    "Nghị quyết của Tỉnh ủy và HĐND tỉnh đi vào cuộc sống.",
    "Chương trình hành động của Chính phủ được thực hiện nghiêm.",
    "quy hoạch Ban Chấp hành Đảng bộ huyện khóa XXI, nhiệm kỳ 2030-2035",
    "9 Chương trình công tác của Ban Chấp hành Đảng bộ thành phố khóa XV.",
    "Hội nghị Trung ương 8 khóa XIII đã bế mạc; Đại hội XIII của Đảng thành công.",
    "chương trình “Xuân yêu thương” và dự án “Cầu nông thôn” năm nay.",
    "Tỷ lệ 3/4 số xã; lớp 10/A1; phòng 12/3B.",
    "Kế hoạch năm 2024 và Nghị quyết 2024 của ngành.",
    "Xử lý kỷ luật Đảng, tuân thủ pháp luật Nhà nước và luật Đảng.",
    "Tổ 12/KP3, lớp 12/A3, ISO 9001:2015, TCVN 5574/2018.",
    "Tòa án xem xét tính hợp hiến pháp lý của văn bản; quyền hiến pháp định.",
    "Kế hoạch 5 năm, 10 năm đều được rà soát; chương trình 3, 4 tháng.",
    "Lập Kế hoạch 5 - 10 năm tới; Quy hoạch 3 - 5 khu công nghiệp.",
    "Xây dựng Kế hoạch 3, 5 năm; đơn vị đã báo cáo 2, 3 lần; kế hoạch 1, 2 tháng.",
]


@pytest.mark.parametrize("phrase", NEGATIVES)
def test_no_reference(phrase):
    text, refs = _refs(phrase)
    assert [text[r.start:r.end] for r in refs] == []


# Code decoding, including the ambiguous codes decided by the numbering system.
CODES = [
    ("08-NQ/TU", "party", "Nghị quyết", "Tỉnh ủy"),
    ("03-TT/TW", "party", "Thông tri", "Trung ương"),
    ("01/2021/TT-BGDĐT", "law", "Thông tư", "Bộ Giáo dục và Đào tạo"),
    ("05-HD/BTC", "party", "Hướng dẫn", "Ban Tổ chức"),
    ("4114/QĐ-BTC", "state", "Quyết định", "Bộ Tài chính"),
    ("01/2026/TT-BCT", "law", "Thông tư", "Bộ Công Thương"),
    ("12/HĐ-UBND", "state", "Hợp đồng", "Ủy ban nhân dân"),
    ("05/NQ-HĐ", "state", "Nghị quyết", "Hội đồng"),
    ("12-TB/TW", "party", "Thông báo", "Trung ương"),
    ("08-QĐi/TW", "party", "Quy định", "Trung ương"),
    ("12/QyĐ-UBND", "state", "Quy định", "Ủy ban nhân dân"),
    ("5973/UBND-KT", "state", "Công văn", "Ủy ban nhân dân"),
    ("45/2019/QH14", "law", "Luật", "Quốc hội"),
    ("101/2025/UBTVQH15", "law", "Nghị quyết", "Ủy ban Thường vụ Quốc hội"),
    ("12/CĐ-TTG", "state", "Công điện", "Thủ tướng Chính phủ"),
    ("45/CV-ƯBND", "state", "Công văn", "Ủy ban nhân dân"),
]


@pytest.mark.parametrize("number,system,kind,issuer", CODES)
def test_decode(number, system, kind, issuer):
    code = decode(number)
    assert (code.system, code.type, code.issuer) == (system, kind, issuer)


@pytest.mark.parametrize("number", ["21/25", "25/11/2021", "12/ABC", "Covid-19", "3/4", "29A-123"])
def test_not_a_number(number):
    assert decode(number) is None


def test_context_decides_ocr_tu():
    """``TƯ`` after a slash is Trung ương, unless the text shows OCR reading U as Ư."""
    plain = find("Nghị quyết số 19-NQ/TƯ về nông nghiệp; TRƯỜNG Chính trị tổ chức học tập.")
    ocr = find("ƯBND tỉnh thực hiện Kết luận 445-KL/TƯ.")
    ocr_code = find("Công văn 12-CV/BTCTƯ gửi các huyện; Kết luận 445-KL/TƯ được quán triệt.")
    assert plain[0].issuer == "Trung ương" and ocr[0].issuer == "Tỉnh ủy"
    assert ocr_code[1].issuer == "Tỉnh ủy" and ocr_code[0].issuer == "Ban Tổ chức Tỉnh ủy"


def test_code_decides_when_words_disagree():
    refs = find("Nghị quyết 08-NQ/TU của Đảng ủy Khối về chuyển đổi số.")
    assert refs[0].issuer == "Tỉnh ủy"


def test_offsets_map_back_through_the_pipeline():
    text = "Theo Nghị quyết 15/2020/N\u00d0-CP ng\u0300ay 03/02/2020 của Chi\u0301nh phủ."
    result = extract(text, only=("documents",))
    (ref,) = result.documents
    assert text[ref.start:ref.end] == ref.text and ref.number == "15/2020/NĐ-CP"


def test_numbers_block_dates_and_figures():
    result = extract("Thực hiện Nghị định 15/2020/NĐ-CP và Nghị quyết 08-NQ/TU.")
    inside = [(d.start, d.end) for d in result.documents]
    assert not any(s < e2 and s2 < e for s, e in [(d.start, d.end) for d in result.dates] for s2, e2 in inside)


@needs_shared
def test_dev_set_documents_f1():
    """The scorer's documents row on ../shared/dev stays at the target."""
    score = SHARED / "eval" / "score"
    cmd = f"{sys.executable} -c 'from extractor.cli import run; run()' --json"
    out = subprocess.run([sys.executable, str(score), "--gold", str(DEV), "--cmd", cmd, "--json"],
                         capture_output=True, text=True, timeout=300)
    row = json.loads(out.stdout)["lists"]["documents"]
    assert row["f1"] >= 0.97
    assert all(v >= 0.95 for v in row["attributes"].values())


def test_empty_text_compiles_every_pattern():
    """Patterns compile on first use; ``find("")`` compiles them all (a batch, before forking)."""
    from extractor.documents.lexicon import LazyPattern

    assert find("") == []
    assert all("match" in p.__dict__ for p in LazyPattern._ALL)
