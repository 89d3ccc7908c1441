"""The officials pass piece by piece: names cut from runs, where titles end, merging."""

from __future__ import annotations

import pytest

from extractor.officials import merge, names, titles

NAME_CASES = [
    # text, names found
    ("Bí thư Đảng ủy Khối Trần Văn Lộc nhấn mạnh", ["Trần Văn Lộc"]),              # title word before
    ("Chủ tịch UBND tỉnh Gia Lai Võ Ngọc Thành dự", ["Võ Ngọc Thành"]),            # place before
    ("Chủ tịch UBND tỉnh Tây Ninh (mới) Lê Văn Út", ["Lê Văn Út"]),
    ("Đồng chí Lê Mạnh Hùng Tỉnh ủy viên", ["Lê Mạnh Hùng"]),                      # head after
    ("Chủ tịch UBND tỉnh PHẠM VĂN HIỆP:", ["Phạm Văn Hiệp"]),                      # capitals
    ("đồng chí Ksor Y Bét", ["Ksor Y Bét"]),                                         # ethnic, anchored
    ("Ông Trần Văn Kiên, Trưởng thôn", ["Trần Văn Kiên"]),                          # address opens run
    ("đường Lê Lợi, phường Hai Bà Trưng", []),
    ("tư tưởng Hồ Chí Minh", []),
    ("Chủ tịch Hồ Chí Minh", ["Hồ Chí Minh"]),
    ("Trường THPT Chu Văn An", []),
    ("tại Hà Nội và Đà Nẵng", []),
    ("Hội trường Trường Chính trị tỉnh", []),
    ("đồng chí Trưởng Ban Tổ chức", []),
    ("Đại tướng Lâm Vĩnh", ["Lâm Vĩnh"]),                                            # two syllables, bare head
    ("Bí thư Huyện ủy Lâm Hà", []),                                                  # two syllables, a place
    ("Bí thư Tỉnh ủy Nghệ An Thái Văn Quý", ["Thái Văn Quý"]),
    ("Ảnh: NGỌC HÀ", []),
    ("Chủ tịch UBND phường Lộc Nguyễn Văn Bình", ["Nguyễn Văn Bình"]),              # 1-syllable place
    ("đồng chí Lê Nguyễn Minh Tâm, Bí thư Chi bộ", ["Lê Nguyễn Minh Tâm"]),          # two surnames
    ("Bí thư Đảng ủy Khối Nguyễn Bá Thanh", ["Nguyễn Bá Thanh"]),
]


@pytest.mark.parametrize("text,expected", NAME_CASES)
def test_names(text, expected):
    assert [n.name for n in names.candidates(text)] == expected


TITLE_CASES = [
    # text starting with a title, the title read
    ("Bí thư Đảng ủy Khối phát biểu kết luận", "Bí thư Đảng ủy Khối"),
    ("Phó Chủ tịch UBND tỉnh dự và chỉ đạo", "Phó Chủ tịch UBND tỉnh"),
    ("Chủ tịch UBND tỉnh Hậu Giang nhiệm kỳ 2016-2021", "Chủ tịch UBND tỉnh Hậu Giang"),
    ("Phó Bí thư Huyện ủy khóa XX", "Phó Bí thư Huyện ủy"),
    ("Giám đốc Sở GD&ĐT cùng các đồng chí", "Giám đốc Sở GD&ĐT"),
    ("Trưởng Phòng Văn hóa - Xã hội xã, đại diện", "Trưởng Phòng Văn hóa - Xã hội xã"),
    ("Tỉnh ủy viên - Phó Chủ tịch UBND tỉnh", "Tỉnh ủy viên"),
    ("Phó Bí thư Thường trực Thành ủy và Trưởng Đoàn", "Phó Bí thư Thường trực Thành ủy"),
    ("Giám đốc Sở Tài nguyên và Môi trường báo cáo", "Giám đốc Sở Tài nguyên và Môi trường"),
    ("Phó Chủ tịch kiêm Chánh Văn phòng", "Phó Chủ tịch"),
    ("nguyên Phó Thủ tướng Chính phủ đến thăm", "nguyên Phó Thủ tướng Chính phủ"),
    ("Thiếu tướng, Giám đốc Công an tỉnh", "Thiếu tướng"),
    ("Tư lệnh Quân khu 7 trao", "Tư lệnh Quân khu 7"),
    ("TUV, Bí thư ĐUK", "TUV"),
    ("Chủ tịch UBND tỉnh tại hội nghị", "Chủ tịch UBND tỉnh"),
    ("Trưởng Ban Chỉ đạo của Thành ủy về thực hiện", "Trưởng Ban Chỉ đạo của Thành ủy"),
    ("Phó Giám đốc Sở đã kiểm tra", "Phó Giám đốc Sở"),
    ("Bí thư Tỉnh ủy cho biết", "Bí thư Tỉnh ủy"),
    ("Chủ tịch HĐND tỉnh tuyên truyền", "Chủ tịch HĐND tỉnh"),
    ("Thứ trưởng nhấn mạnh", "Thứ trưởng"),
]


@pytest.mark.parametrize("text,expected", TITLE_CASES)
def test_title_ends(text, expected):
    m = titles.TITLE_RE.match(text)
    assert m is not None and m.group() == expected


@pytest.mark.parametrize("text", ["tăng trưởng kinh tế", "Hội nghị tổng kết", "các cơ quan tỉnh"])
def test_not_a_title(text):
    assert titles.TITLE_RE.match(text) is None


EXPAND_CASES = [
    ("TUV", "Tỉnh ủy viên"),
    ("Bí thư ĐUK", "Bí thư Đảng ủy Khối"),
    ("Ủy viên Ban TVTU", "Ủy viên Ban Thường vụ Tỉnh ủy"),
    ("PCT UBND huyện", "Phó Chủ tịch Ủy ban nhân dân huyện"),
    ("Giám đốc Sở GD&ĐT", "Giám đốc Sở Giáo dục và Đào tạo"),
    ("Bí thư Tỉnh ủy", "Bí thư Tỉnh ủy"),
    ("CT HĐND huyện", "Chủ tịch Hội đồng nhân dân huyện"),      # ambiguous CT, in context
    ("Ủy viên BTV Huyện ủy", "Ủy viên Ban Thường vụ Huyện ủy"),  # ambiguous BTV, in context
    ("CT", "CT"),                                                # alone: left as written
]


@pytest.mark.parametrize("title,expected", EXPAND_CASES)
def test_expand(title, expected):
    assert titles.expand(title) == expected


MERGE_CASES = [
    (["Phó Giám đốc"], ["Phó Giám đốc Sở"], ["Phó Giám đốc Sở"]),
    (["Thứ trưởng"], ["Thứ trưởng", "Bí thư Đảng ủy Bộ"], ["Thứ trưởng", "Bí thư Đảng ủy Bộ"]),
    (["TUV", "Bí thư Đảng ủy Khối"], ["Tỉnh ủy viên", "Bí thư ĐUK"], ["TUV", "Bí thư Đảng ủy Khối"]),
    (["Chủ tịch UBND tỉnh"], ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"], ["Chủ tịch UBND tỉnh", "Phó Bí thư Tỉnh ủy"]),
    (["Bí thư Tỉnh uỷ"], ["Bí thư Tỉnh ủy"], ["Bí thư Tỉnh uỷ"]),
    (["Bí thư Huyện ủy"], ["Phó Bí thư Huyện ủy"], ["Bí thư Huyện ủy", "Phó Bí thư Huyện ủy"]),
]


@pytest.mark.parametrize("have,new,expected", MERGE_CASES)
def test_merge_titles(have, new, expected):
    assert merge.merge_titles(have, new) == expected


def test_any_mix_of_cues_gives_sound_spans():
    """Shuffled cue words (addresses, heads, names, separators) never break the pass."""
    import random

    from extractor import officials
    from extractor.text import normalize

    words = ("đồng chí|Đồng chí|ông|Ông|Bà|Bí thư|Chủ tịch|UBND|tỉnh|Nguyễn|Văn|Thị|Lê|Trần|A|Y|Ksor|"
             "H'Hen|,|-|(|)|:|;|\n|và|kiêm|là|làm|tái đắc cử|TUV|PBT|CT|HĐND|Phó|nguyên|từng là|"
             "miễn nhiệm|Hồ Chí Minh|Hà Nội|đường|THPT|ÔNG|NGUYỄN|VĂN|Đ/c|các|khác|Thứ trưởng|(mới)").split("|")
    rng = random.Random(5)
    for _ in range(500):
        text = normalize(" ".join(rng.choice(words) for _ in range(rng.randint(0, 30)))).text
        for o in officials.find(text):
            assert o.name == " ".join(o.name.split())
            for m in o.mentions:
                assert 0 <= m.start < m.end <= len(text)


SIGNATURE_CASES = [
    # a document's closing lines, the signer found
    ("Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n(Đã ký)\n\n\nNguyễn Văn Sơn\n",
     [("Nguyễn Văn Sơn", ["PHÓ CHỦ TỊCH"])]),
    ("T/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nTrần Thị Hoa", [("Trần Thị Hoa", ["BÍ THƯ"])]),
    ("GIÁM ĐỐC\n\nĐã ký\n\nLê Văn Hòa\n", [("Lê Văn Hòa", ["GIÁM ĐỐC"])]),
    ("TM. ỦY BAN NHÂN DÂN\n\nQuang cảnh hội nghị", []),
    ("Quang cảnh hội nghị\n\nNguyễn Văn Hùng", []),
]


@pytest.mark.parametrize("text,expected", SIGNATURE_CASES)
def test_signatures(text, expected):
    from extractor import officials

    assert [(o.name, o.titles) for o in officials.find(text)] == expected
