"""List numbers misread by OCR, put back from their sequence (vnlegal.readers.ocr_lists); no
Tesseract needed: the pages are built from segments as the OCR page reader gives them."""

from __future__ import annotations

import pytest

from vnlegal.readers.ocr_lists import fix_list_numbers
from vnlegal.readers.pdf_layout import Page, Seg


def _pages(*pages: list[tuple[str, float]]) -> list[Page]:
    """Pages of (text, x0) lines, top to bottom, 12-point."""
    out = []
    for n, lines in enumerate(pages, 1):
        segs = [Seg(t, x0, x0 + 300, 700 - 20 * k, 12.0) for k, (t, x0) in enumerate(lines)]
        out.append(Page(n, segs))
    return out


def _texts(pages: list[Page]) -> list[str]:
    return [s.text for p in pages for s in p.segs]


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        # (pages of (line, x0)), the first line as repaired.
        # 37/2020/AL: "1." of a list of contracts read "I.", "2." read right.
        (
            [[("I. Hợp đồng bảo hiểm nồi hơi số P-15 ngày 24-03-2015, nội dung", 85), ("24-03-2015;", 57),
              ("2. Hợp đồng bảo hiểm trách nhiệm công cộng số P-15", 85)]],
            "1. Hợp đồng bảo hiểm nồi hơi số P-15 ngày 24-03-2015, nội dung",
        ),
        # "1." read "l." before a capital, bullets between it and "2.".
        (
            [[("l. Thời gian: 1,5 ngày", 70), ("- buổi sáng", 80), ("2. Địa điểm: Sở Công Thương", 71)]],
            "1. Thời gian: 1,5 ngày",
        ),
        # "1." read "|.", the list going on to the next page.
        (
            [[("|. Đối tượng: Người quản lý", 70), ("vật liệu nổ công nghiệp", 57)], [("2. Nội dung", 70)]],
            "1. Đối tượng: Người quản lý",
        ),
    ],
)  # fmt: skip
def test_a_stroke_before_two_is_one(lines: list[list[tuple[str, float]]], want: str) -> None:
    pages = _pages(*lines)
    fix_list_numbers(pages)
    assert _texts(pages)[0] == want


@pytest.mark.parametrize(
    "lines",
    [
        # A Roman section over its own Arabic items: "I." stays.
        [("I. MỤC ĐÍCH, YÊU CẦU", 57), ("1. Huấn luyện", 70), ("2. Đối tượng", 70)],
        # The next number is "2." but far to the right (another list, another indent).
        [("I. Quy định chung", 57), ("2. Khu vực", 200)],
        # The next number is a Roman "II.": a Roman list.
        [("I. Phạm vi", 57), ("a) điểm", 70), ("II. Đối tượng", 57)],
        # "2)" is another list than "I.".
        [("I. Phạm vi", 57), ("2) Đối tượng", 57)],
    ],
)  # fmt: skip
def test_a_real_roman_one_stays(lines: list[tuple[str, float]]) -> None:
    pages = _pages(lines)
    before = _texts(pages)
    fix_list_numbers(pages)
    assert _texts(pages) == before


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        # B06: "II." read "I.", "III." read "II.".
        (["I. MỤC ĐÍCH, YÊU CẦU", "1. Huấn luyện", "I. NỘI DUNG", "1. Thời gian", "II. TỔ CHỨC THỰC HIỆN"],
         ["I. MỤC ĐÍCH, YÊU CẦU", "1. Huấn luyện", "II. NỘI DUNG", "1. Thời gian", "III. TỔ CHỨC THỰC HIỆN"]),
        # Only "III." lost a stroke.
        (["I. CĂN CỨ", "II. MỤC TIÊU", "II. GIẢI PHÁP", "IV. KINH PHÍ"],
         ["I. CĂN CỨ", "II. MỤC TIÊU", "III. GIẢI PHÁP", "IV. KINH PHÍ"]),
        # "II." read "I." with nothing between the two sections.
        (["I. QUY ĐỊNH CHUNG", "I. QUY ĐỊNH CỤ THỂ"], ["I. QUY ĐỊNH CHUNG", "II. QUY ĐỊNH CỤ THỂ"]),
    ],
)  # fmt: skip
def test_a_roman_section_repeating_the_last_lost_a_stroke(lines: list[str], want: list[str]) -> None:
    pages = _pages([(t, 57) for t in lines])
    fix_list_numbers(pages)
    assert _texts(pages) == want


@pytest.mark.parametrize(
    "lines",
    [
        # An appendix starts its sections again.
        ["I. MỤC ĐÍCH", "PHỤ LỤC", "I. DANH MỤC"],
        # Not in capitals: a list item's "I." is no section to count.
        ["I. MỤC ĐÍCH", "I. Nội dung"],
        # "IV" repeated: a stroke lost cannot explain it (no "V" is made of strokes).
        ["IV. KINH PHÍ", "IV. TỔ CHỨC"],
        # "III" repeated: there is no fourth stroke to have lost.
        ["III. KINH PHÍ", "III. TỔ CHỨC"],
    ],
)
def test_other_repeats_stay(lines: list[str]) -> None:
    pages = _pages([(t, 57) for t in lines])
    fix_list_numbers(pages)
    assert _texts(pages) == lines


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        # 101/2015/QH13: "g)" read "8)", "i)" read "1)".
        (["a) Cơ quan", "đ) Người bị buộc tội", "e) Người thân thích", "8) Đương sự", "h) Tự thú",
          "1) Đầu thú", "k) Áp giải"],
         ["a) Cơ quan", "đ) Người bị buộc tội", "e) Người thân thích", "g) Đương sự", "h) Tự thú",
          "i) Đầu thú", "k) Áp giải"]),
        # 100/2015/QH13: "g)" read "ø)"; 23/VBHN-VPQH: "c)" read "©)".
        (["e) Gây thương tích", "ø) Gây rối loạn", "1. Phạm tội", "a) Dự án", "b) Dự án", "©) Dự án"],
         ["e) Gây thương tích", "g) Gây rối loạn", "1. Phạm tội", "a) Dự án", "b) Dự án", "c) Dự án"]),
        # 101/2015/QH13 P3: "d)" read "đ)" right after "c)".
        (["c) Trường hợp xác định được nửa", "đ) Trường hợp xác định được năm", "e) Trường hợp"],
         ["c) Trường hợp xác định được nửa", "d) Trường hợp xác định được năm", "e) Trường hợp"]),
    ],
)  # fmt: skip
def test_a_point_letter_read_as_a_look_alike(lines: list[str], want: list[str]) -> None:
    pages = _pages([(t, 57) for t in lines])
    fix_list_numbers(pages)
    assert _texts(pages) == want


@pytest.mark.parametrize(
    "lines",
    [
        # "đ)" after "d)" is right; "1)" opening a list is a number.
        ["c) Một", "d) Hai", "đ) Ba", "1) Bốn"],
        # "8)" after "e)" of an earlier item's points: a new item starts at "a)".
        ["e) Năm", "2. Khoản hai", "8) Tám"],
        # a look-alike of another letter than the expected one stays ("©)" after "d)").
        ["d) Một", "©) Hai"],
    ],
)
def test_other_point_labels_stay(lines: list[str]) -> None:
    pages = _pages([(t, 57) for t in lines])
    fix_list_numbers(pages)
    assert _texts(pages) == lines


@pytest.mark.parametrize(
    ("lines", "want", "marks"),
    [
        # 23/VBHN-VPQH (B10, two imagings): "3.²" read "3.2" and "3.?".
        (["2. Bộ luật, luật", "3.2 Pháp lệnh, nghị quyết"], ["2. Bộ luật, luật", "3. Pháp lệnh, nghị quyết"],
         [(2, "2")]),
        (["2. Bộ luật, luật", "3.? Pháp lệnh, nghị quyết"],
         ["2. Bộ luật, luật", "3. Pháp lệnh, nghị quyết"], []),
        # a mark read as a star, after item 4.
        (["4. Một", "a) Hai", "5.* Ba"], ["4. Một", "a) Hai", "5. Ba"], []),
    ],
)  # fmt: skip
def test_a_note_mark_after_an_items_stop(
    lines: list[str], want: list[str], marks: list[tuple[int, str]]
) -> None:
    pages = _pages([(t, 57) for t in lines])
    fix_list_numbers(pages)
    assert _texts(pages) == want
    assert pages[0].segs[-1].marks == marks


@pytest.mark.parametrize(
    "lines",
    [
        # a real sub-item: "3." came before it, or another sub-item did.
        ["2. Hai", "3. Ba", "3.2 Ba hai"],
        ["2.1 Hai một", "2.2 Hai hai", "3.1 Ba một"],
        # "3.2" after "1.": no item 2 to follow.
        ["1. Một", "3.2 Ba hai"],
    ],
)
def test_real_sub_items_stay(lines: list[str]) -> None:
    pages = _pages([(t, 57) for t in lines])
    fix_list_numbers(pages)
    assert _texts(pages) == lines
