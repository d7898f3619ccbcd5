"""Vietnamese syllable repair of OCRed words (vnlegal.readers.ocr_words) and the symbol and
footnote repairs of OCRed pages (vnlegal.readers.ocr_pages); no Tesseract needed."""

from __future__ import annotations

import pytest

from vnlegal.readers.ocr_engine import Word, parse_tsv
from vnlegal.readers.ocr_pages import (
    drop_mark_lines,
    drop_received_stamp,
    drop_specks,
    drop_stray_stops,
    fix_confusions,
    fix_roman,
    fix_symbol,
    join_split_capitals,
    segments,
)
from vnlegal.readers.ocr_words import cost, repair_words

# (OCRed words, repaired words): one line each.
CASES = {
    # A non-syllable: the cheapest syllable with its letters, the most common where several tie.
    "capitals": [
        ("QUYÉT ĐỊNH", "QUYẾT ĐỊNH"),
        ("CỌNG HÒA", "CỘNG HÒA"),
        ("HỢP NHÁT", "HỢP NHẤT"),
        ("QUÓC HỘI", "QUỐC HỘI"),
    ],
    "lower case": [
        ("chêt", "chết"),
        ("câp giấy", "cấp giấy"),
        ("đât đai", "đất đai"),
        ("nhât", "nhất"),
    ],
    "mixed case": [
        ("Quyét định", "Quyết định"),
        ("Quóc hội", "Quốc hội"),
        ("Cọng hòa", "Cộng hòa"),
    ],
    # A valid but uncommon syllable that its neighbour shows wrong ("kế hoạch" is a word).
    "tone slip": [
        ("KÉ HOẠCH", "KẾ HOẠCH"),
        ("KIÊM TRA", "KIỂM TRA"),
        ("Điêu 5", "Điều 5"),
        ("ÁN LỆ SÓ 33/2020/AL", "ÁN LỆ SỐ 33/2020/AL"),
    ],
    "shape slip": [
        ("Cục Hóa chát", "Cục Hóa chất"),
        ("Chuong II", "Chương II"),
        ("ngay 10 thang 3 nam 2026", "ngày 10 tháng 3 năm 2026"),
        # The breve for the circumflex is one slip, not two.
        ("Văn bản hợp nhắt số", "Văn bản hợp nhất số"),
    ],
    # A tone mark dropped, leaving another real syllable: the neighbours in legal text decide
    # (readers/ocr_context.py), a run of neighbours at a time.
    "tone dropped": [
        ("Hội đông Thẩm phán", "Hội đồng Thẩm phán"),
        ("có thâm quyên giải quyết", "có thẩm quyền giải quyết"),
        ("cố ý điêu khiên phương tiện", "cố ý điều khiển phương tiện"),
        ("nhân dân tôi cao", "nhân dân tối cao"),
    ],
    # A mark swapped, leaving another real syllable never seen beside its neighbours in legal
    # text, where one variant makes a set phrase with one of them (Án lệ 33, 43, 48, 53; pass 5).
    "mark swapped": [
        ("trong trường họp bên mua", "trong trường hợp bên mua"),
        ("Tòa án nhân dán tối cao", "Tòa án nhân dân tối cao"),
        ("Vệ việc hủy kết hôn", "Về việc hủy kết hôn"),
        ("thu lợi bắt chính", "thu lợi bất chính"),
        # Seen as read ("cuộc họp"), or the variant makes no set phrase ("hợp này"): as read.
        ("tổ chức cuộc họp này", "tổ chức cuộc họp này"),
        ("bị cáo bị bắt giữ", "bị cáo bị bắt giữ"),
        ("bên bán nhà", "bên bán nhà"),
    ],
    "đ/d": [
        ("ĐINH", "ĐINH"),
        ("dươc", "dược"),
        ("TỈNH LAO CẢI", "TỈNH LÀO CAI"),
    ],
    # Nothing clear: left as read, never invented.
    "left alone": [
        ("UBND ĐKT 1105/KH-ĐKT", "UBND ĐKT 1105/KH-ĐKT"),
        ("Phan Đình Nguyễn", "Phan Đình Nguyễn"),
        ("VĂN BẢN", "VĂN BẢN"),
        ("hoà bình", "hoà bình"),
        ("Covid online", "Covid online"),
        ("tôi", "tôi"),
        # Court precedents: words the normative counts rarely hold are no evidence.
        ("là anh Nguyễn Văn A", "là anh Nguyễn Văn A"),
        ("bị cáo bị xử phạt", "bị cáo bị xử phạt"),
        ("bản án lệ", "bản án lệ"),
        # A tone is never taken away, nor swapped where the word as read is seen in context.
        ("Về việc", "Về việc"),
    ],
}


@pytest.mark.parametrize(
    ("read", "want"),
    [case for cases in CASES.values() for case in cases],
    ids=[f"{kind}: {read}" for kind, cases in CASES.items() for read, _ in cases],
)
def test_ocred_words_are_repaired_as_syllables(read: str, want: str) -> None:
    assert " ".join(repair_words(read.split())) == want


def test_punctuation_stays_and_cuts_neighbours() -> None:
    assert repair_words(["(Quyét", "định),"]) == ["(Quyết", "định),"]
    # "kế hoạch" is a word, but not across a comma.
    assert repair_words(["KÉ,", "HOẠCH"]) == ["KÉ,", "HOẠCH"]


def test_line_breaks_cut_neighbours() -> None:
    # "VIỆT NAM" ends one column, "TỈNH LÀO CAI" opens the other on the same text line: the
    # pair "nam tính" must not make "TỈNH" into "TÍNH".
    assert repair_words(["NAM", "TỈNH"], [1, 2]) == ["NAM", "TỈNH"]
    assert repair_words(["NAM", "TỈNH"]) == ["NAM", "TÍNH"]  # on one line: the word wins


def test_cost_counts_marks() -> None:
    assert cost("quyêt", "quyết") == 1.0  # the tone
    assert cost("QUYÉT", "quyết") == 1.0  # the circumflex
    assert cost("KIÊM", "kiểm") == 1.0
    assert cost("hoà", "hòa") == 0.0  # the other placement style is no error
    assert cost("dươc", "được") == 2.0  # the bar of đ and the tone
    assert cost("ban", "bàn") == 1.0 and cost("ban", "bạn") == 1.0
    assert cost("ban", "bun") == float("inf")  # letters never change
    assert cost("nhắt", "nhất") == 1.0  # breve and circumflex swapped: one slip


def _words(texts: list[str]) -> list[Word]:
    return [Word(t, (1, 1, 1), 100 * k, 0, 80, 40, 90.0) for k, t in enumerate(texts)]


SYMBOLS = [
    (["Số:", "1105", "KH-ĐKT"], ["Số:", "1105/KH-ĐKT"]),
    (["Số:", "1105/KH-", "ĐKT"], ["Số:", "1105/KH-ĐKT"]),
    (["Số:", "1105/KH", "-ĐKT"], ["Số:", "1105/KH-ĐKT"]),
    (["Số:", "1105/KH—ĐKT"], ["Số:", "1105/KH-ĐKT"]),
    (["Số:", "19/2026", "NQ-CP"], ["Số:", "19/2026/NQ-CP"]),
    # Old style "217-HĐBT" or "217/HĐBT"? No dash inside the code: left as read.
    (["Số:", "217", "HĐBT"], ["Số:", "217", "HĐBT"]),
    (["Số:", "1105/KH-", "về"], ["Số:", "1105/KH-", "về"]),
    (["Căn", "cứ", "1105", "KH-ĐKT"], ["Căn", "cứ", "1105", "KH-ĐKT"]),
]


@pytest.mark.parametrize(("read", "want"), SYMBOLS, ids=[" ".join(r) for r, _ in SYMBOLS])
def test_symbol_after_so_is_put_together(read: list[str], want: list[str]) -> None:
    assert [w.text for w in fix_symbol(_words(read))] == want


def test_bold_roman_one_read_as_a_letter_opens_its_heading() -> None:
    got = fix_confusions(_words(["L", "MỤC", "ĐÍCH,", "YÊU", "CẦU"]))
    assert [w.text for w in got][:2] == ["I.", "MỤC"]
    # A name's initial before a lower-case word, or "L" inside a line, stays.
    assert [w.text for w in fix_confusions(_words(["L", "văn"]))] == ["L", "văn"]
    assert [w.text for w in fix_confusions(_words(["ông", "L", "MỤC"]))] == ["ông", "L", "MỤC"]


def test_note_mark_after_a_symbol_goes() -> None:
    got = fix_confusions(_words(["33/2020/AL!", "15/2012/QH13", "xuất!", "39/2020AL'", "2020AL"]))
    assert [w.text for w in got] == ["33/2020/AL", "15/2012/QH13", "xuất!", "39/2020/AL", "2020AL"]


@pytest.mark.parametrize(
    ("read", "want"),
    [
        ("42/2021/AL1", "42/2021/AL"),  # a note mark after the precedent's code
        ("56/2022/A1L", "56/2022/AL"),  # a speck inside it
        ("101/2015/QH13", "101/2015/QH13"),  # an issuer code with its term stays
        ("5/2024/L", "5/2024/L"),
        # A speck inside an issuer code with its term (Luật 101/2015/QH13, rendered at 300 dpi).
        ("101/2015/QHI13", "101/2015/QH13"),
        ("59/2020/QH|14", "59/2020/QH14"),
        # "QHl3": a speck before "3" or a "1" misread; both make a code: left as read.
        ("15/2012/QHl3", "15/2012/QHl3"),
    ],
)
def test_stroke_in_a_type_code(read: str, want: str) -> None:
    assert [w.text for w in fix_confusions(_words([read]))] == [want]


def test_specks_under_a_framed_title_go() -> None:
    line = (1, 1, 1)
    words = [
        Word("l", line, 272, 203, 7, 6, 0.0),  # the ends of the rule under the title
        Word("ÁN", line, 649, 157, 55, 37, 96.0),
        Word("LỆ", line, 716, 162, 49, 39, 93.0),
        Word("-", line, 1107, 203, 7, 6, 49.0),
        Word("-", line, 1549, 418, 16, 6, 92.0),  # a sure dash between words stays
    ]
    assert [w.text for w in drop_specks(words)] == ["ÁN", "LỆ", "-"]


def test_footnote_lines_come_out_small() -> None:
    body = [
        Word(t, (1, 1, 1), 300 + 100 * k, 1000, 80, 36, 95.0) for k, t in enumerate(["Điều", "1.", "Phạm"])
    ]
    # A raised "1" (read as "!") opens a line in the lower half of the page: a footnote.
    note = [Word("!", (2, 1, 1), 288, 2585, 3, 14, 86.0)] + [
        Word(t, (2, 1, 1), 304 + 60 * k, 2582, 50, 30, 96.0) for k, t in enumerate(["Án", "lệ", "này"])
    ]
    after = [Word(t, (3, 1, 1), 304 + 60 * k, 2650, 50, 30, 96.0) for k, t in enumerate(["Luật", "số"])]
    segs = segments(body + note + after, height_px=3300, dpi=300)
    by_text = {s.text: s for s in segs}
    assert by_text["Án lệ này"].lead_sup == "*"
    assert by_text["Án lệ này"].size < 0.88 * by_text["Điều 1. Phạm"].size
    assert by_text["Luật số"].size < 0.88 * by_text["Điều 1. Phạm"].size


def test_a_capital_cut_off_its_word_is_put_back() -> None:
    line = (1, 1, 1)
    words = [
        Word("Tòa", line, 900, 528, 80, 39, 96.0),
        Word("T", line, 1167, 528, 34, 39, 59.0),  # overlaps the next word: no space
        Word("òa", line, 1197, 527, 56, 64, 81.0),
        Word("3N", line, 1300, 528, 40, 39, 90.0),
        Word("ghị", line, 1342, 528, 50, 39, 90.0),
        Word("T", line, 1500, 528, 28, 31, 93.0),  # a person's initial: a word space after it
        Word("cùng", line, 1540, 528, 60, 31, 96.0),
        Word("T\\", line, 1700, 528, 34, 39, 59.0),  # a stroke of the mark trails the capital
        Word("òa", line, 1730, 527, 56, 64, 81.0),
    ]
    got = [w.text for w in join_split_capitals(words)]
    assert got == ["Tòa", "Tòa", "3", "Nghị", "T", "cùng", "Tòa"]


@pytest.mark.parametrize(
    ("read", "want"),
    [
        (["Chương", "XXVIH"], ["Chương", "XXVIII"]),
        (["Mục", "l."], ["Mục", "I."]),
        (["PHẦN", "IH"], ["PHẦN", "III"]),
        (["Chương", "1"], ["Chương", "1"]),  # an arabic number stays
        (["Điều", "l1"], ["Điều", "l1"]),  # articles take arabic numbers
        (["Chương", "XIV"], ["Chương", "XIV"]),
    ],
)
def test_roman_numbers_after_unit_words(read: list[str], want: list[str]) -> None:
    assert [w.text for w in fix_roman(_words(read))] == want


def test_marked_strokes_after_a_unit_word_count_by_width() -> None:
    line = (1, 1, 1)
    chapter = Word("Chương", line, 1233, 1655, 202, 55, 93.0)
    one = Word("ÏI", line, 1451, 1658, 22, 40, 31.7)  # NQ 19/2026/NQ-CP: "Chương I"
    two = Word("ÍI", line, 1451, 1658, 36, 39, 60.0)
    assert fix_roman([chapter, one])[1].text == "I"
    assert fix_roman([chapter, two])[1].text == "II"


def test_stray_stop_from_an_italic_mark_goes() -> None:
    line = (1, 1, 1)
    words = [
        Word("dân:", line, 0, 0, 100, 60, 64.0),
        Word("tôi", line, 120, 0, 60, 50, 49.0),
        Word("cao.", line, 200, 0, 80, 50, 93.0),
        Word("sau:", line, 300, 0, 80, 50, 96.0),  # a sure colon before a list stays
        Word("a)", line, 400, 0, 40, 50, 70.0),
        Word("số:", line, 500, 0, 40, 50, 60.0),  # a label before a handwritten number
        Word("tfđZ", line, 600, 0, 40, 50, 20.0),
    ]
    got = [w.text for w in drop_stray_stops(words)]
    assert got == ["dân", "tôi", "cao.", "sau:", "a)", "số:", "tfđZ"]


def _tsv(rows: list[tuple[int, int, int, int, int, float, str]]) -> str:
    head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    return "\n".join(
        [head] + [f"5\t1\t{b}\t1\t1\t1\t{x}\t{y}\t{w}\t{h}\t{c}\t{t}" for b, x, y, w, h, c, t in rows]
    )


def test_received_stamp_is_left_out_of_the_page() -> None:
    # NQ 19/2026/NQ-CP, page 1: the "Công thông tin điện tử Chính phủ / ĐẾN / Giờ / Ngày" box
    # stamped under the "Số:" line, whose top rule runs through "Số". Tesseract reports the
    # box's rules as words without text.
    tsv = _tsv([
        (9, 46, 563, 78, 25, 16.0, "—-"),
        (9, 163, 506, 427, 77, 0.0, "s—————Ố,"),
        (9, 616, 517, 352, 50, 77.0, "19/2026/NQ-CP"),
        (9, 1284, 529, 72, 41, 96.0, "Hà"),
        (10, 58, 578, 72, 44, 47.0, "©ÔNG"),
        (10, 151, 567, 82, 65, 93.0, "THÔNG"),
        (11, 54, 679, 118, 48, 80.0, "ĐẾN"),
        (11, 270, 703, 310, 48, 28.0, "2415.1.20/6."),
        (11, 1167, 710, 156, 53, 96.0, "NGHỊ"),
        (11, 1341, 698, 206, 63, 82.0, "QUYẾT"),
        (6, 34, 619, 558, 20, 95.0, ""),  # rules: horizontal, and the two sides
        (7, 33, 572, 11, 214, 95.0, ""),
        (8, 585, 549, 10, 224, 95.0, ""),
    ])  # fmt: skip
    found = parse_tsv(tsv, rules=True)
    rules = [w for w in found if not w.text]
    assert len(rules) == 3 and len(parse_tsv(tsv)) == 10
    kept = drop_received_stamp([w for w in found if w.text], rules)
    assert [w.text for w in kept] == ["Số:", "19/2026/NQ-CP", "Hà", "NGHỊ", "QUYẾT"]
    # A framed title (a precedent's "ÁN LỆ SỐ ...") holds no "ĐẾN": it stays.
    framed = [w for w in found if w.text != "ĐẾN"]
    assert len(drop_received_stamp([w for w in framed if w.text], rules)) == 9


def test_note_mark_glued_to_the_note_opens_a_footnote() -> None:
    body = [
        Word(t, (1, 1, 1), 300 + 100 * k, 1000, 80, 36, 95.0) for k, t in enumerate(["Điều", "1.", "Phạm"])
    ]
    note = [Word(t, (2, 1, 1), 300 + 60 * k, 2582, 50, 30, 96.0) for k, t in enumerate(["!Án", "lệ", "này"])]
    by_text = {s.text: s for s in segments(body + note, height_px=3300, dpi=300)}
    assert by_text["Án lệ này"].lead_sup == "*"
    assert by_text["Án lệ này"].size < 0.88 * by_text["Điều 1. Phạm"].size


@pytest.mark.parametrize(
    ("read", "want"),
    [
        # Án lệ 02/2016/AL and 04/2016/AL (DOCX through LibreOffice, 200-240 dpi): a slanted
        # slash read as "I".
        ("02I2016/AL", "02/2016/AL"),
        ("04I2016IAL", "04/2016/AL"),
        ("12l2020/NĐ-CP", "12/2020/NĐ-CP"),
        ("5|2021|TT-BTC,", "5/2021/TT-BTC,"),
        ("12I2020", "12/2020"),
        # Slashes read right, or no year after the stroke: as read.
        ("02/2016/AL", "02/2016/AL"),
        ("1I3", "1I3"),
        ("2016IAL", "2016IAL"),
    ],
)
def test_slashes_of_a_symbol_read_as_strokes(read: str, want: str) -> None:
    assert [w.text for w in fix_confusions(_words([read]))] == [want]


@pytest.mark.parametrize(
    ("read", "want"),
    [
        ("tỐi", "tối"),  # Án lệ 63: "Tòa án nhân dân tỐi cao"
        ("nhÂn,", "nhân,"),
        ("“cOng", "“cong"),
        # Codes and names with an inner capital: they open in capitals or are no syllable.
        ("TTg", "TTg"),
        ("kWh", "kWh"),
        ("iPhone", "iPhone"),
        ("ĐBSCL", "ĐBSCL"),
    ],
)
def test_a_capital_inside_a_lower_case_word_is_lowered(read: str, want: str) -> None:
    assert [w.text for w in fix_confusions(_words([read]))] == [want]


def test_an_italic_capital_read_with_an_echo_is_put_back() -> None:
    line = (1, 1, 1)
    # Án lệ 51, 52 and 42 (italic "Được Hội đồng Thẩm phán Tòa án ..."): the capital's
    # overhang read twice, its box over the next word's.
    words = [
        Word("Tt", line, 918, 369, 27, 32, 0.0),
        Word("òa", line, 942, 368, 46, 52, 87.0),
        Word("Tò", line, 1034, 422, 42, 32, 92.0),
        Word("òa", line, 1057, 433, 45, 40, 81.0),
        Word("Nn", line, 1200, 420, 40, 32, 60.0),
        Word("guyễn", line, 1236, 420, 90, 40, 90.0),
        # Side by side, not overlapping: two words ("Tò" "òa" of a poem), left as read.
        Word("Tò", line, 1400, 420, 42, 32, 92.0),
        Word("òa", line, 1460, 420, 45, 40, 81.0),
    ]
    got = [w.text for w in join_split_capitals(words)]
    assert got == ["Tòa", "Tòa", "Nguyễn", "Tò", "òa"]


def test_a_line_of_loose_marks_goes() -> None:
    # Biên bản kiểm tra hiện trường (scan, 2026): the marks of an underlined title line read
    # as a line of their own above it.
    marks = [
        Word(t, (3, 1, 1), x, 550, w, h, c)
        for t, x, w, h, c in [("„", 764, 32, 7, 37.0), ("^", 916, 11, 20, 80.0), ("ˆ", 1347, 12, 11, 52.0),
                              ("'A", 1413, 28, 10, 3.0), ("Ä", 1520, 12, 21, 0.0), ("-A", 1580, 11, 11, 0.0)]
    ]  # fmt: skip
    title = [Word(t, (2, 1, 1), 1000 + 150 * k, 470, 110, 45, 93.0) for k, t in enumerate(["BIÊN", "BẢN"])]
    text = [
        Word(t, (4, 1, 1), 775 + 120 * k, 556, 100, 40, 90.0) for k, t in enumerate(["Thực", "tế", "khu"])
    ]
    # Short lines of real text stay: a list mark alone, a word of two letters, a dash.
    short = [Word("a)", (5, 1, 1), 300, 700, 30, 40, 90.0), Word("-", (6, 1, 1), 300, 760, 20, 6, 92.0)]
    got = [w.text for w in drop_mark_lines(title + marks + text + short)]
    assert got == ["BIÊN", "BẢN", "Thực", "tế", "khu", "a)", "-"]
