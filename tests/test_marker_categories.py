"""Markers by category, each with its variants: what opens a unit and what only looks like it."""

from __future__ import annotations

import pytest

import vnlegal
from vnlegal.lang.markers import classify


@pytest.mark.parametrize(
    ("text", "kind", "label"),
    [
        # capital-letter divisions above the Roman sections
        ("A. MỤC ĐÍCH, YÊU CẦU", "part", "A"),
        ("B. Nội dung thực hiện", "part", "B"),
        ("D.  TỔ CHỨC THỰC HIỆN", "part", "D"),
        # an item whose text starts with a short number
        ("2. 01 (một) bản sao giấy phép", "item", "2"),
        ("3. 15 ngày kể từ ngày nhận hồ sơ", "item", "3"),
        # inserted units and sub-points
        ("5a. Bổ sung khoản 5a", "item", "5a"),
        ("b1) Nội dung bổ sung", "point", "b1"),
        ("2.1. Rà soát văn bản", "subitem", "2.1"),
        # headings as they are printed
        ("Chương I", "chapter", "I"),
        ("CHƯƠNG II QUY ĐỊNH CHUNG", "chapter", "II"),
        ("Mục 1. QUY ĐỊNH CHUNG", "section", "1"),
        ("PHẦN THỨ HAI", "part", "2"),
        ("II - NỘI DUNG", "section", "II"),
        # the word touching its number, as a converter leaves "**Điều****11****. Hiệu lực**"
        ("Điều11. Hiệu lực thi hành", "article", "11"),
        ("ĐIỀU11: HIỆU LỰC", "article", "11"),
        ("Điều5a. Bổ sung", "article", "5a"),
        ("CHƯƠNGIV QUY ĐỊNH CHUNG", "chapter", "IV"),
        ("Mục2. Hồ sơ", "section", "2"),
    ],
)
def test_opens_a_unit(text: str, kind: str, label: str) -> None:
    m = classify(text)
    assert m is not None and (m.kind, m.label) == (kind, label)


@pytest.mark.parametrize(
    "text",
    [
        # legend lines of a formula
        "C: hệ số điều chỉnh theo vùng",
        "X: số lượng hồ sơ",
        "V: giá trị còn lại",
        # references a wrap put at a line start
        "Phần IV; Phần VI; Phần VII của Nghị định",
        "Chương V của Nghị định này quy định",
        "Mục 2 của Chương III",
        "IV) và tổ chức thực hiện",
        # numbers that are not items
        "1.000 đồng mỗi hồ sơ",
        "2020. Ủy ban nhân dân tỉnh ban hành",
        # words that start with a division's word
        "Điềuchỉnh 5 nội dung",
        "Chương trình 135 giai đoạn II",
        "Mục tiêu 1. Nâng cao",
        "Mụcđích: bảo đảm",
    ],
)
def test_looks_like_a_marker_but_is_not(text: str) -> None:
    m = classify(text)
    assert m is None or m.kind == "bullet"


def test_letter_divisions_hold_the_roman_sections() -> None:
    doc = vnlegal.parse_text(
        "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 12/KH-UBND\nLào Cai, ngày 5 tháng 3 năm 2026\nKẾ HOẠCH\nTriển khai công tác X\n"
        "A. MỤC ĐÍCH, YÊU CẦU\nI. Mục đích\n1. Bảo đảm.\nII. Yêu cầu\nB. NỘI DUNG\nI. Nhiệm vụ\n"
        "1. Rà soát.\nC. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ chủ trì.\n"
    )
    tree = [(n.kind, n.label, [(c.kind, c.label) for c in n.children]) for n in doc.body]
    assert tree == [
        ("part", "A", [("section", "I"), ("section", "II")]),
        ("part", "B", [("section", "I")]),
        ("part", "C", [("item", "1")]),  # "C." after "B." is the next division, not section 100
    ]


def test_roman_c_without_letter_divisions_stays_a_section() -> None:
    m = classify("C. KINH PHÍ THỰC HIỆN")
    assert m is not None and (m.kind, m.label) == ("section", "C")
