"""Dates on held-out texts: short texts written for generalisation (never copied from the dev set),
in genres the dev set may underrepresent: news with site furniture, administrative documents, year-end
and mid-year reviews across the year boundary, congress news, anniversaries, lunar dates, clock times and
non-dates.  Each text lists every date it must yield (text, value) and its ``document_date``; no other
mention may appear (optional vague phrases are not written in these texts)."""

from __future__ import annotations

import pytest

from extractor import dates
from extractor.text import normalize

TEXTS = [
    (
        "Trang chủ | Thời sự | Chính trị\nCập nhật: 08:15 | 02/01/2025\nĐảng bộ tỉnh tổng kết công tác xây dựng Đảng năm 2024\nSáng 2/1, Ban Thường vụ Tỉnh ủy tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2024, triển khai nhiệm vụ năm 2025.\nNăm 2024, từ ngày 15/3 đến ngày 20/4, Tỉnh ủy tổ chức 12 đoàn kiểm tra. Trong quý IV, các chi bộ hoàn thành việc đánh giá, xếp loại. Ngày 2/9, tỉnh tổ chức lễ kỷ niệm Quốc khánh trang trọng.\nDịp Tết Nguyên đán Ất Tỵ, từ mùng 1 Tết đến mùng 5 Tết, các cơ quan bố trí trực 24/7. Trước ngày 15/1, các chi bộ gửi báo cáo về Ban Tổ chức.\nHotline: 0912.345.678\n",
        "2025-01-02",
        [
            ("08:15 | 02/01/2025", "2025-01-02T08:15"),
            ("năm 2024", "2024"),
            ("Sáng 2/1", "2025-01-02"),
            ("năm 2024", "2024"),
            ("năm 2025", "2025"),
            ("Năm 2024", "2024"),
            ("ngày 15/3 đến ngày 20/4", "2024-03-15/2024-04-20"),
            ("quý IV", "2024-Q4"),
            ("Ngày 2/9", "2024-09-02"),
            ("mùng 1 Tết đến mùng 5 Tết", "2025-01-01/2025-01-05"),
            ("ngày 15/1", "2025-01-15"),
        ],
    ),
    (
        "Thứ Hai, 06/01/2025 - 10:20 (GMT+7)\nKỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2025)\nChiều 5/1, tại Hà Nội, Ban Tuyên giáo Trung ương tổ chức họp báo về các hoạt động kỷ niệm 95 năm Ngày thành lập Đảng. Nhiều đảng viên được trao Huy hiệu 30 năm tuổi Đảng, 40 năm tuổi Đảng. Lễ mít tinh chính thức diễn ra lúc 8h30 sáng 3/2 tại Trung tâm Hội nghị Quốc gia.\nTrong 5 năm qua, 3/4 số đảng viên được bồi dưỡng lý luận chính trị, 21/25 đảng bộ trực thuộc hoàn thành tốt nhiệm vụ.\n",
        "2025-01-06",
        [
            ("Thứ Hai, 06/01/2025 - 10:20", "2025-01-06T10:20"),
            ("3/2/1930 - 3/2/2025", "1930-02-03/2025-02-03"),
            ("Chiều 5/1", "2025-01-05"),
            ("8h30 sáng 3/2", "2025-02-03T08:30"),
        ],
    ),
    (
        "ỦY BAN NHÂN DÂN\nTỈNH BÌNH PHƯỚC\nSố: 25/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBình Phước, ngày 05 tháng 01 năm 2025\nKẾ HOẠCH\nTriển khai thực hiện Nghị định số 15/2020/NĐ-CP\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nCăn cứ Nghị định số 15/2020/NĐ-CP ngày 03 tháng 02 năm 2020 của Chính phủ;\n1. Các sở, ngành báo cáo kết quả trước ngày 15/3.\n2. Kế hoạch có hiệu lực từ ngày 1/7/2025.\n3. Tổng hợp báo cáo 6 tháng đầu năm trước ngày 20 tháng 6; báo cáo năm trước ngày 15 tháng 12.\nĐiện thoại: 0271.3879.123\n",
        "2025-01-05",
        [
            ("ngày 05 tháng 01 năm 2025", "2025-01-05"),
            ("ngày 19 tháng 6 năm 2015", "2015-06-19"),
            ("ngày 03 tháng 02 năm 2020", "2020-02-03"),
            ("ngày 15/3", "2025-03-15"),
            ("ngày 1/7/2025", "2025-07-01"),
            ("6 tháng đầu năm", "2025-H1"),
            ("ngày 20 tháng 6", "2025-06-20"),
            ("ngày 15 tháng 12", "2025-12-15"),
        ],
    ),
    (
        "Đảng ủy Khối sơ kết 6 tháng đầu năm 2024\nNgày 12/7/2024, Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024.\nTrong 6 tháng đầu năm, toàn Đảng bộ kết nạp 45 đảng viên. Ngày 20/5, Đảng ủy tổ chức hội nghị chuyên đề. Tháng 3, các chi bộ sinh hoạt chuyên đề. Dự kiến tháng 10, Đảng ủy tổ chức hội thi.\nTính đến ngày 30/6, 1/5 dân số của xã đã tham gia; điểm trung bình đạt 8,5/10. Chỉ tiêu 9 tháng năm 2024 sẽ được đánh giá vào quý III.\n",
        "2024-07-12",
        [
            ("6 tháng đầu năm 2024", "2024-H1"),
            ("Ngày 12/7/2024", "2024-07-12"),
            ("6 tháng đầu năm", "2024-H1"),
            ("6 tháng cuối năm 2024", "2024-H2"),
            ("6 tháng đầu năm", "2024-H1"),
            ("Ngày 20/5", "2024-05-20"),
            ("Tháng 3", "2024-03"),
            ("tháng 10", "2024-10"),
            ("ngày 30/6", "2024-06-30"),
            ("9 tháng năm 2024", "2024-01/2024-09"),
            ("quý III", "2024-Q3"),
        ],
    ),
    (
        "Đại hội đại biểu Đảng bộ tỉnh lần thứ XII, nhiệm kỳ 2025 - 2030\nCập nhật lúc 16:45, ngày 14/10/2025\nTrong các ngày từ 12 đến 14/10/2025, Đảng bộ tỉnh long trọng tổ chức Đại hội đại biểu lần thứ XII, nhiệm kỳ 2025 - 2030. Trước đó, các ngày 7 và 8-5-2025, Đảng bộ huyện đã tổ chức đại hội điểm.\nĐại hội lần thứ 11 đã được tổ chức thành công vào tháng 10/2020. Nhiệm kỳ 2020-2025, Đảng bộ đã lãnh đạo thực hiện thắng lợi 21/25 chỉ tiêu.\n",
        "2025-10-14",
        [
            ("nhiệm kỳ 2025 - 2030", "2025/2030"),
            ("16:45, ngày 14/10/2025", "2025-10-14T16:45"),
            ("các ngày từ 12 đến 14/10/2025", "2025-10-12/2025-10-14"),
            ("nhiệm kỳ 2025 - 2030", "2025/2030"),
            ("các ngày 7 và 8-5-2025", "2025-05-07/2025-05-08"),
            ("tháng 10/2020", "2020-10"),
            ("Nhiệm kỳ 2020-2025", "2020/2025"),
        ],
    ),
    (
        "Báo Tuyên Quang\nThứ Năm, 30/01/2025\nTưng bừng đón xuân Ất Tỵ\nSáng mùng 1 Tết Ất Tỵ (29/1/2025), lãnh đạo tỉnh đi chúc Tết các đơn vị trực Tết. Từ 23 tháng Chạp, các địa phương đã ra quân dọn vệ sinh. Rằm tháng Giêng năm nay, tỉnh tổ chức Lễ hội Thành Tuyên.\n",
        "2025-01-30",
        [
            ("Thứ Năm, 30/01/2025", "2025-01-30"),
            ("Sáng mùng 1 Tết Ất Tỵ", "2025-01-01"),
            ("29/1/2025", "2025-01-29"),
            ("23 tháng Chạp", "2024-12-23"),
            ("Rằm tháng Giêng", "2025-01-15"),
        ],
    ),
    (
        "Xây dựng Đảng - Ngày đăng : 27/12/2024\nChiều 26/12, Đảng ủy xã Tân Lập tổ chức hội nghị tổng kết công tác năm 2024, triển khai phương hướng nhiệm vụ năm 2025. Năm 2024, tháng 11, xã hoàn thành nông thôn mới nâng cao. Đầu tháng 1, xã sẽ tổ chức đại hội chi bộ. Đến quý I năm 2025, hoàn thành 100% chỉ tiêu. Bí thư Đảng ủy xã 35 năm công tác, nhận Huy hiệu 30 năm tuổi Đảng. Hội nghị kết thúc lúc 17 giờ cùng ngày.\n",
        "2024-12-27",
        [
            ("27/12/2024", "2024-12-27"),
            ("Chiều 26/12", "2024-12-26"),
            ("năm 2024", "2024"),
            ("năm 2025", "2025"),
            ("Năm 2024", "2024"),
            ("tháng 11", "2024-11"),
            ("Đầu tháng 1", "2025-01"),
            ("quý I năm 2025", "2025-Q1"),
        ],
    ),
    (
        "(Báo Đắk Lắk) - Ngày 8/1, Thường trực Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy về kết quả thực hiện nhiệm vụ năm 2024.\nTheo báo cáo, trong năm 2024, huyện thu ngân sách đạt 120% dự toán. Ngày 25/12, huyện tổ chức lễ đón nhận danh hiệu. Từ ngày 20/1 đến 25/1, huyện tổ chức thăm, tặng quà Tết.\n",
        "2024-01-08",
        [
            ("Ngày 8/1", "2024-01-08"),
            ("năm 2024", "2024"),
            ("năm 2024", "2024"),
            ("Ngày 25/12", "2023-12-25"),
            ("ngày 20/1 đến 25/1", "2024-01-20/2024-01-25"),
        ],
    ),
    (
        "TỈNH ỦY LÂM ĐỒNG\n*\nSố 120-TB/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nĐà Lạt, ngày 20 tháng 12 năm 2024\nTHÔNG BÁO\nKết luận của Ban Thường vụ Tỉnh ủy\nNgày 18/12/2024, Ban Thường vụ Tỉnh ủy họp, cho ý kiến về dự thảo báo cáo chính trị. Các cơ quan hoàn thiện dự thảo, gửi về Văn phòng Tỉnh ủy trước ngày 5/1 để tổng hợp; tổ chức hội nghị vào tháng 2. Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 25 dự kiến họp trong tháng 01/2025.\n",
        "2024-12-20",
        [
            ("ngày 20 tháng 12 năm 2024", "2024-12-20"),
            ("Ngày 18/12/2024", "2024-12-18"),
            ("ngày 5/1", "2025-01-05"),
            ("tháng 2", "2025-02"),
            ("tháng 01/2025", "2025-01"),
        ],
    ),
    (
        "Hôm nay: Thứ Bảy, 12/4/2025\nLượt truy cập: 1234567\nQuảng Ninh: Bồi dưỡng kết nạp đảng viên mới\n08/04/2025 14:32\nSáng 7/4, Đảng ủy Khối tổ chức lớp bồi dưỡng nhận thức về Đảng cho 120 quần chúng ưu tú. Lớp học kéo dài từ 7/4 đến 11/4. Trong quý I/2025, Khối đã kết nạp 56 đảng viên, đạt 35% kế hoạch năm. Số điện thoại đường dây nóng 0203.3835.111. Bệnh nhân COVID-19 được điều trị.\n",
        "2025-04-08",
        [
            ("Thứ Bảy, 12/4/2025", "2025-04-12"),
            ("08/04/2025 14:32", "2025-04-08T14:32"),
            ("Sáng 7/4", "2025-04-07"),
            ("7/4 đến 11/4", "2025-04-07/2025-04-11"),
            ("quý I/2025", "2025-Q1"),
        ],
    ),
    (
        "Tổng kết 9 tháng năm 2024, Huyện ủy Mường Khương đánh giá cao kết quả.\nMường Khương, 09:30 ngày 10/10/2024\nTrong 9 tháng năm 2024, huyện kết nạp 89 đảng viên. Quý IV, huyện tập trung cao điểm thi đua. Cuối năm 2024, hoàn thành 15 km đường giao thông. Đến năm 2030, 100% thôn có nhà văn hóa. Từ ngày 1/11, triển khai đợt cao điểm.\n",
        "2024-10-10",
        [
            ("9 tháng năm 2024", "2024-01/2024-09"),
            ("09:30 ngày 10/10/2024", "2024-10-10T09:30"),
            ("9 tháng năm 2024", "2024-01/2024-09"),
            ("Quý IV", "2024-Q4"),
            ("Cuối năm 2024", "2024"),
            ("năm 2030", "2030"),
            ("ngày 1/11", "2024-11-01"),
        ],
    ),
    (
        "Kỷ niệm 70 năm Ngày Thầy thuốc Việt Nam (27/2/1955 - 27/2/2025)\nTối 26/2, tại Nhà hát tỉnh, Sở Y tế tổ chức lễ kỷ niệm. Ngày Thầy thuốc Việt Nam 27/2 là dịp tôn vinh đội ngũ y bác sĩ. Năm 2025 cũng là năm bản lề. Chiều cùng ngày, Sở khen thưởng 30 tập thể.\n",
        "2025-02-26",
        [
            ("27/2/1955 - 27/2/2025", "1955-02-27/2025-02-27"),
            ("Tối 26/2", "2025-02-26"),
            ("27/2", "2025-02-27"),
            ("Năm 2025", "2025"),
        ],
    ),
    (
        "Chủ nhật, 05/01/2025, 06:00 (GMT+7)\nHôm qua (4/1), Ban Chỉ đạo tổng kết công tác phòng, chống tham nhũng năm 2024. Theo đó, 10/12 đoàn kiểm tra đã hoàn thành; đoàn còn lại kết thúc trước 31/1. Hạn chót 28/2 các địa phương gửi báo cáo. Giai đoạn 2021 - 2025, đã thu hồi nhiều tài sản. Kết quả được công bố trên trang 3/8 của báo cáo.\n",
        "2025-01-05",
        [
            ("Chủ nhật, 05/01/2025, 06:00", "2025-01-05T06:00"),
            ("4/1", "2025-01-04"),
            ("năm 2024", "2024"),
            ("31/1", "2025-01-31"),
            ("28/2", "2025-02-28"),
            ("Giai đoạn 2021 - 2025", "2021/2025"),
        ],
    ),
    (
        "TP. Hồ Chí Minh, 14 giờ 30 phút ngày 15/5/2025\nLúc 14 giờ 30 phút chiều nay, Thành ủy họp phiên thường kỳ tháng 5. Trung tuần tháng 6, Thành ủy sẽ sơ kết 6 tháng. Thượng tuần tháng 7/2025, tổ chức hội nghị Ban Chấp hành. Ngày 19/5 tới, thành phố kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2025).\n",
        "2025-05-15",
        [
            ("14 giờ 30 phút ngày 15/5/2025", "2025-05-15T14:30"),
            ("tháng 5", "2025-05"),
            ("Trung tuần tháng 6", "2025-06"),
            ("Thượng tuần tháng 7/2025", "2025-07"),
            ("Ngày 19/5", "2025-05-19"),
            ("19/5/1890 - 19/5/2025", "1890-05-19/2025-05-19"),
        ],
    ),
    (
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\nSố: 1520/QĐ-UBND\nQuảng Trị, ngày 12 tháng 6 năm 2025\nQUYẾT ĐỊNH\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025;\nĐiều 1. Các đơn vị nộp báo cáo chậm nhất ngày 30/9/2025; hằng năm, trước ngày 15 tháng 12 tổng hợp kết quả.\nĐiều 2. Quyết định này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2025 và thay thế Quyết định số 25/2019/QĐ-UBND. Từ năm 2026, kinh phí bố trí theo định kỳ hằng quý.\n",
        "2025-06-12",
        [
            ("ngày 12 tháng 6 năm 2025", "2025-06-12"),
            ("ngày 19 tháng 02 năm 2025", "2025-02-19"),
            ("ngày 30/9/2025", "2025-09-30"),
            ("ngày 15 tháng 12", "2025-12-15"),
            ("ngày 01 tháng 7 năm 2025", "2025-07-01"),
            ("năm 2026", "2026"),
        ],
    ),
    (
        "Thứ sáu, 10/1/2025 | 15:30 GMT+7\nCập nhật ngày: 10/01/2025\nNgười dân háo hức đón Tết\nNgày 9/1/2025, UBND thành phố tổ chức họp báo. Chương trình bắn pháo hoa sẽ diễn ra vào lúc 0 giờ ngày 29/1 (mùng 1 Tết Ất Tỵ). Từ 25 tháng Chạp đến hết mùng 5 tháng Giêng, các điểm du lịch mở cửa miễn phí. Tết Dương lịch 2025 vừa qua, lượng khách tăng 20%.\n",
        "2025-01-10",
        [
            ("Thứ sáu, 10/1/2025 | 15:30", "2025-01-10T15:30"),
            ("10/01/2025", "2025-01-10"),
            ("Ngày 9/1/2025", "2025-01-09"),
            ("0 giờ ngày 29/1", "2025-01-29T00:00"),
            ("mùng 1 Tết Ất Tỵ", "2025-01-01"),
            ("25 tháng Chạp đến hết mùng 5 tháng Giêng", "2024-12-25/2025-01-05"),
            ("2025", "2025"),
        ],
    ),
    (
        "Sơ kết công tác Đảng 6 tháng đầu năm 2024\n15/07/2024 09:12\nNgày 12/7, Đảng ủy xã tổ chức hội nghị sơ kết 6 tháng đầu năm 2024. Tháng 12/2023, Đảng ủy ban hành Nghị quyết chuyên đề. Từ tháng 1 đến tháng 6, kết nạp 12 đảng viên. Ngày 19/5, tổ chức kỷ niệm 134 năm Ngày sinh Bác Hồ. 6 tháng cuối năm, tập trung chuẩn bị đại hội.\n",
        "2024-07-15",
        [
            ("6 tháng đầu năm 2024", "2024-H1"),
            ("15/07/2024 09:12", "2024-07-15T09:12"),
            ("Ngày 12/7", "2024-07-12"),
            ("6 tháng đầu năm 2024", "2024-H1"),
            ("Tháng 12/2023", "2023-12"),
            ("tháng 1 đến tháng 6", "2024-01/2024-06"),
            ("Ngày 19/5", "2024-05-19"),
            ("6 tháng cuối năm", "2024-H2"),
        ],
    ),
    (
        "Đại hội Đảng bộ xã Tân Phú lần thứ XXV, nhiệm kỳ 2025-2030\nNgày 16/5/2025\nTrong 2 ngày 15 và 16/5, Đảng bộ xã Tân Phú tổ chức Đại hội lần thứ XXV. Phiên trù bị khai mạc từ 8h00 ngày 15/5. Đại hội quán triệt Nghị quyết Đại hội XIII của Đảng, mục tiêu giai đoạn 2021-2025 và tầm nhìn đến năm 2045.\n",
        "2025-05-16",
        [
            ("nhiệm kỳ 2025-2030", "2025/2030"),
            ("Ngày 16/5/2025", "2025-05-16"),
            ("ngày 15 và 16/5", "2025-05-15/2025-05-16"),
            ("8h00 ngày 15/5", "2025-05-15T08:00"),
            ("giai đoạn 2021-2025", "2021/2025"),
            ("năm 2045", "2045"),
        ],
    ),
    (
        "Tổng số 1.250/1.300 đảng viên tham gia học tập, tỷ lệ 96/100 đạt yêu cầu. Thực hiện Quyết định 1234/QĐ-UBND, bệnh nhân COVID-19 được chăm sóc. Mã hồ sơ 2024-001, điểm 9/10, hotline 1900 1234, lớp 10/2, số nhà 12/3 đường Lê Lợi, trực 24/24 giờ, quốc lộ 1A km 12+500.\n",
        None,
        [
        ],
    ),
    (
        "THÔNG BÁO\nLịch làm việc của Thường trực Huyện ủy\nHà Tĩnh, ngày 03 tháng 3 năm 2025\nThứ 2 (ngày 3/3): 8h00, họp giao ban. Từ ngày 4 đến ngày 6 tháng 3 năm 2025, làm việc tại các xã. Các đơn vị gửi báo cáo trước 17 giờ ngày 20/3/2025. Dịp 30/4 - 1/5, các cơ quan bố trí trực. Tuần đầu tháng 4, tổ chức kiểm tra. Năm học 2024-2025 kết thúc vào cuối tháng 5.\n",
        "2025-03-03",
        [
            ("ngày 03 tháng 3 năm 2025", "2025-03-03"),
            ("Thứ 2 (ngày 3/3)", "2025-03-03"),
            ("ngày 4 đến ngày 6 tháng 3 năm 2025", "2025-03-04/2025-03-06"),
            ("17 giờ ngày 20/3/2025", "2025-03-20T17:00"),
            ("30/4 - 1/5", "2025-04-30/2025-05-01"),
            ("đầu tháng 4", "2025-04"),
            ("Năm học 2024-2025", "2024/2025"),
            ("cuối tháng 5", "2025-05"),
        ],
    ),
    (
        "(Báo Nghệ An) - Sáng nay (6/1), Ban Thường vụ Tỉnh ủy làm việc với Đảng ủy Khối. Kế hoạch thực hiện từ ngày 01/01/2025 đến ngày 31/12/2025. Hai ngày 3 và 4/12/2024, Đảng ủy Khối đã tổ chức hội nghị. Đầu năm 2025, khối kết nạp 15 đảng viên. Từ nay đến cuối năm, phấn đấu hoàn thành 100% kế hoạch.\n",
        "2025-01-06",
        [
            ("Sáng nay (6/1)", "2025-01-06"),
            ("ngày 01/01/2025 đến ngày 31/12/2025", "2025-01-01/2025-12-31"),
            ("ngày 3 và 4/12/2024", "2024-12-03/2024-12-04"),
            ("Đầu năm 2025", "2025"),
        ],
    ),
]


@pytest.mark.parametrize("text,doc,expected", TEXTS, ids=[t[0][:40] for t in TEXTS])
def test_heldout_text(text, doc, expected):
    ds, got_doc = dates.find(normalize(text).text)
    assert [(text[d.start:d.end], d.value) for d in ds] == expected
    assert got_doc == doc


@pytest.mark.parametrize("text", [t[0] for t in TEXTS], ids=[t[0][:40] for t in TEXTS])
def test_heldout_fast_paths_agree_with_grammar(text):
    """The fast paths read every held-out text as the grammar alone does."""
    from extractor.dates import infer
    t = normalize(text).text
    fast = [(r.start, r.end, infer.value_and_grain(r), r.keyword) for r in dates.scan(t)]
    slow = [(r.start, r.end, infer.value_and_grain(r), r.keyword) for r in dates.scan(t, use_fast=False)]
    assert fast == slow
