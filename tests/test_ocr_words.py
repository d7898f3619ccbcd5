"""Vietnamese syllable repair of OCRed words (vnlegal.readers.ocr_words) and the symbol and
footnote repairs of OCRed pages (vnlegal.readers.ocr_pages); no Tesseract needed."""

from __future__ import annotations

import pytest

from vnlegal.readers.ocr_engine import Word
from vnlegal.readers.ocr_pages import fix_confusions, fix_symbol, segments
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


def test_note_mark_after_a_symbol_goes() -> None:
    got = fix_confusions(_words(["33/2020/AL!", "15/2012/QH13", "xuất!"]))
    assert [w.text for w in got] == ["33/2020/AL", "15/2012/QH13", "xuất!"]


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
