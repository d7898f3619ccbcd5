"""Header.title_display: titles printed in capitals in sentence case, proper names kept."""

from __future__ import annotations

from pathlib import Path

import pytest

import vnlegal
from vnlegal.data import Place, load_table
from vnlegal.header.display import title_display

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "texts"


@pytest.mark.parametrize(
    ("title", "shown"),
    [
        # titles of the dev corpus printed in capitals
        ("CÔNG TÁC THÔNG TIN ĐỐI NGOẠI TỈNH BÌNH DƯƠNG NĂM 2021",
         "Công tác thông tin đối ngoại tỉnh Bình Dương năm 2021"),
        ("TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 13/CT-TTG NGÀY 02 THÁNG 5 NĂM 2024 CỦA THỦ TƯỚNG CHÍNH PHỦ",
         "Triển khai thực hiện Chỉ thị số 13/CT-TTg ngày 02 tháng 5 năm 2024 của Thủ tướng Chính phủ"),
        ("GIÁM SÁT, ĐÁNH GIÁ THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG GIAI ĐOẠN"
         " 2021 - 2025 TRÊN ĐỊA BÀN TỈNH CAO BẰNG",
         "Giám sát, đánh giá thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn"
         " 2021 - 2025 trên địa bàn tỉnh Cao Bằng"),
        ("VỀ VIỆC TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 37-CT/TW NGÀY 03/9/2019 CỦA BAN BÍ THƯ",
         "Về việc triển khai thực hiện Chỉ thị số 37-CT/TW ngày 03/9/2019 của Ban Bí thư"),
        ("BAN HÀNH QUY CHẾ QUẢN LÝ NHÀ NƯỚC VỀ THÔNG TIN ĐỐI NGOẠI TRÊN ĐỊA BÀN TỈNH BÌNH DƯƠNG",
         "Ban hành Quy chế quản lý nhà nước về thông tin đối ngoại trên địa bàn tỉnh Bình Dương"),
        ("VỀ VIỆC THÀNH LẬP BAN CHỈ ĐẠO PHÒNG, CHỐNG TỘI PHẠM VÀ XÂY DỰNG PHONG TRÀO TOÀN DÂN BẢO VỆ"
         " AN NINH TỔ QUỐC",
         "Về việc thành lập Ban Chỉ đạo phòng, chống tội phạm và xây dựng phong trào toàn dân bảo vệ"
         " an ninh Tổ quốc"),
        ("KẾT LUẬN CUỘC HỌP VỀ ĐỀ ÁN PHÁT TRIỂN THỊ TRƯỜNG CÁC-BON TẠI VIỆT NAM",
         "Kết luận cuộc họp về đề án phát triển thị trường các-bon tại Việt Nam"),
        ("BÃI BỎ MỘT SỐ NGHỊ ĐỊNH CỦA CHÍNH PHỦ", "Bãi bỏ một số nghị định của Chính phủ"),
        ("BẢO HIỂM TIỀN GỬI", "Bảo hiểm tiền gửi"),
        # places with and without a level word, abbreviations, laws, symbols
        ("KẾ HOẠCH THỰC HIỆN LUẬT ĐẤT ĐAI TẠI THÀNH PHỐ HỒ CHÍ MINH VÀ TỈNH BÀ RỊA - VŨNG TÀU",
         "Kế hoạch thực hiện Luật Đất đai tại thành phố Hồ Chí Minh và tỉnh Bà Rịa - Vũng Tàu"),
        ("BẢO VỆ HÒA BÌNH VÀ PHÁT TRIỂN TỈNH HÒA BÌNH", "Bảo vệ hòa bình và phát triển tỉnh Hòa Bình"),
        ("PHÊ DUYỆT DỰ ÁN TẠI HUYỆN BẾN CÁT, TỈNH BÌNH DƯƠNG",
         "Phê duyệt dự án tại huyện Bến Cát, tỉnh Bình Dương"),
        ("TRÌNH UBND TỈNH VỀ NGHỊ ĐỊNH SỐ 72/2015/NĐ-CP", "Trình UBND tỉnh về Nghị định số 72/2015/NĐ-CP"),
        ("KIỂM TRA HỆ THỐNG PHÒNG CHÁY TẠI HÀ NỘI", "Kiểm tra hệ thống phòng cháy tại Hà Nội"),
    ],
)  # fmt: skip
def test_capitals_become_sentence_case(title: str, shown: str) -> None:
    assert title_display(title) == shown


def test_titles_in_normal_case_are_kept() -> None:
    assert title_display(None) is None
    assert title_display("báo cáo nhanh tình hình thiệt hại") == "Báo cáo nhanh tình hình thiệt hại"
    t = 'Treo cờ tổ quốc Chào mừng"Mekong Festival 2006"'
    assert title_display(t) == t


def test_parse_fills_title_display() -> None:
    doc = vnlegal.parse(FIXTURES / "000_ke-hoach_1560-kh-ubnd_binhduong_ttdn_2021.txt")
    assert doc.header.title == "CÔNG TÁC THÔNG TIN ĐỐI NGOẠI TỈNH BÌNH DƯƠNG NĂM 2021"
    assert doc.header.title_display == "Công tác thông tin đối ngoại tỉnh Bình Dương năm 2021"
    for path in sorted(FIXTURES.glob("*.txt")):
        h = vnlegal.parse(path).header
        assert (h.title is None) == (h.title_display is None)
        if h.title:
            assert h.title_display is not None and h.title_display.lower() == h.title.lower()


def test_places_table() -> None:
    rows = load_table(Place)
    assert len(rows) > 700
    levels = {"tỉnh", "thành phố", "quận", "huyện", "thị xã"}
    for r in rows:
        assert r.name and r.level in levels and r.name in r.example
        assert (r.province == "") == (
            r.level in ("tỉnh", "thành phố") and f"{r.level} {r.name}" == r.example[16:]
        )
    provinces = {r.name for r in rows if not r.province}
    assert {"Bình Dương", "Lào Cai", "Hà Nội", "Hồ Chí Minh", "Bà Rịa - Vũng Tàu"} <= provinces
