"""Quoted wording of an amending act is text, not structure: where a quotation ends."""

from __future__ import annotations

import pytest

import vnlegal
from vnlegal.lines import Line
from vnlegal.outline.quotes import quoted_lines


def flags(text: str) -> list[int]:
    out, pos = [], 0
    for t in text.split("\n"):
        out.append(Line(t, pos, pos + len(t)))
        pos += len(t) + 1
    return [int(q) for q in quoted_lines(out)]


QUOTE = "“Điều 6. Nộp hồ sơ\n1. Hồ sơ gồm:\na) Đơn đề nghị;\nb) Văn bằng bảo hộ;"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # closed by its mark
        (f"1. Sửa đổi Điều 6 như sau:\n{QUOTE}”\n2. Sửa đổi Điều 7 như sau:", [0, 0, 1, 1, 1, 0]),
        # the closing mark lost: the next instruction of the same level closes it
        (f"1. Sửa đổi Điều 6 như sau:\n{QUOTE}\n2. Bãi bỏ khoản 3 Điều 8.", [0, 0, 1, 1, 1, 0]),
        (f"a) Sửa đổi, bổ sung Điều 6 như sau:\n{QUOTE}\nb) Thay thế Điều 9.", [0, 0, 1, 1, 1, 0]),
        # ... or the next article
        (f"Điều 1. Sửa đổi Nghị định X\n1. Sửa đổi Điều 6 như sau:\n{QUOTE}\nĐiều 2. Hiệu lực thi hành",
         [0, 0, 0, 1, 1, 1, 0]),
        # an instruction-like line inside the quotation ("1. ... như sau:") does not close it
        ("2. Sửa đổi Điều 7 như sau:\n“Điều 7. Kiểm tra\n1. Cục Hải quan xử lý như sau:\na) Trường hợp A;\n"
         "3. Bổ sung Điều 10a như sau:", [0, 0, 1, 1, 0]),
    ],
)
def test_quotation_ends(text: str, expected: list[int]) -> None:
    assert flags(text)[: len(expected)] == expected


@pytest.mark.parametrize("gap", ["\n\n", "\n \n", "\n\t\n\n"], ids=["blank", "space", "two_blanks"])
@pytest.mark.parametrize(
    "text",
    [
        f"1. Sửa đổi Điều 6 như sau:\n{QUOTE}\n2. Bãi bỏ khoản 3 Điều 8.",
        f"Điều 1. Sửa đổi Nghị định X\n1. Sửa đổi Điều 6 như sau:\n{QUOTE}\nĐiều 2. Hiệu lực thi hành",
        "2. Sửa đổi Điều 7 như sau:\n“Điều 7. Kiểm tra\n1. Cục Hải quan xử lý như sau:\na) Trường hợp A;\n"
        "3. Bổ sung Điều 10a như sau:",
    ],
)
def test_blank_lines_between_paragraphs_change_no_quotation(text: str, gap: str) -> None:
    """Markdown and Word exports put a blank line between paragraphs: the quotations are
    those of the same text without them (the scan reads the line above, not the blank)."""
    spaced = gap.join(text.split("\n"))
    got = [q for q, t in zip(flags(spaced), spaced.split("\n"), strict=True) if t.strip()]
    assert got == flags(text)


def test_markdown_amending_law_keeps_its_quoted_clauses_out_of_the_outline() -> None:
    """A converter's Markdown of an amending circular whose second quotation lost its closing
    mark (vbpl_000009 through markdownify): bold instructions, blank lines between paragraphs.
    The quoted "1." / "2." of the new Điều 6 are not clauses of this document."""
    parts = [
        "**Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số 13/2015/TT-BTC**",
        "**1. Sửa đổi, bổ sung Điều 3 như sau:**",
        "**“Điều 3. Giải thích từ ngữ**",
        "1. Hàng giả bao gồm các loại hàng hóa theo quy định.”",
        "**2. Sửa đổi, bổ sung Điều 6 như sau:**",
        "**“Điều 6. Nộp hồ sơ đề nghị kiểm tra**",
        "1. Hồ sơ đề nghị gồm:",
        "a) Đơn đề nghị;",
        "2. Người nộp đơn nộp hồ sơ đến Cục Hải quan.",
        "**3. Sửa đổi, bổ sung Điều 7 như sau:**",
        "“Điều 7. Kiểm tra hồ sơ",
        "1. Cục Hải quan kiểm tra hồ sơ.”",
        "**Điều 2. Hiệu lực thi hành**",
    ]
    for gap in ("\n", "\n\n"):
        doc = vnlegal.parse_text("THÔNG TƯ\n" + gap.join(parts))
        article = doc.body[0]
        assert [(n.kind, n.label) for n in article.children if n.kind == "item"] == [
            ("item", "1"), ("item", "2"), ("item", "3")
        ], gap  # fmt: skip
        assert [n.label for n in doc.body if n.kind == "article"] == ["1", "2"]


def test_unclosed_stray_mark_swallows_nothing() -> None:
    text = "1. Theo “Kế hoạch X\n" + "\n".join(f"{k}. Nội dung {k}." for k in range(2, 100))
    assert sum(flags(text)) == 0


def test_straight_quotes_open_and_close() -> None:
    text = '1. Sửa đổi khoản 2 Điều 5 như sau:\n"2. Cơ cấu tổ chức gồm:\na) Hành chính;\nb) Dân số."\n'
    text += "2. Bãi bỏ Điều 6."
    assert flags(text) == [0, 0, 1, 1, 0]


def test_closing_mark_without_opening_one_closes_from_the_instruction() -> None:
    """Quoted provisions whose opening marks the source dropped ("10." and "11." of an added
    list) end at the closing mark, from the instruction that said "như sau:"."""
    text = (
        "Điều 3. Bổ sung các khoản 9, 10 và 11 vào sau khoản 8 Điều 5 như sau:\n“9. Căn cứ xử lý:\n"
        "a) Bản án;\nb) Văn bản xác nhận.”\n10. Trường hợp mất kết nối.\n11. Phân định trách nhiệm.”\n"
        "Điều 4. Hiệu lực thi hành"
    )
    assert flags(text) == [0, 0, 1, 1, 1, 1, 0]


def test_a_list_announced_by_nhu_sau_is_not_quoted_wording() -> None:
    """ "có tọa độ như sau:" announces this document's own list; a stray closing mark later
    does not make the lines between quoted."""
    text = (
        "1. Khu vực vịnh với phạm vi:\na) Ranh giới về phía biển có tọa độ như sau:\n"
        "ĐN1: 16º12’37,7’’N, 108º12’17,4’’E;\nb) Ranh giới về phía đất liền (đèn ”Tiên Sa).\n"
        "2. Khu vực Mỹ Khê với phạm vi:"
    )
    assert sum(flags(text)) == 0


# Category: the announced wording's opening mark was lost or put on a later line ("Sửa đổi khoản
# 1 như sau:" / "1. Chứng chỉ ... gồm:" / "“a) ..."): a line right after an announcing
# instruction that opens the very unit the instruction names is quoted wording.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause, the mark moved to its first point
        ("a) Sửa đổi, bổ sung khoản 1 như sau:\n1. Chứng chỉ được cấp gồm:\n“a) Cá nhân A;\nb) Cá nhân B.”\n"
         "b) Sửa đổi, bổ sung khoản 2 như sau:", [0, 1, 1, 1, 0]),
        # an article, upper-case unit word, straight quotes, the document in its Điều 1
        ('Điều 1. Sửa đổi Nghị định X\n2. Sửa đổi, bổ sung ĐIỀU 7 như sau:\nĐiều 7. Tiêu chuẩn\n1. A.\n'
         '2. B."\n3. Bãi bỏ Điều 8.', [0, 0, 1, 1, 1, 0]),
        # a point, both marks lost: the next instruction of the same level ends it
        ("1. Sửa đổi điểm b khoản 2 Điều 5 như sau:\nb) Nội dung mới;\n2. Bãi bỏ Điều 6.", [0, 1, 0]),
        # a different unit than the one named: the instruction's own list, not quoted wording
        ("1. Sửa đổi, bổ sung Điều 7 như sau:\na) Sửa đổi khoản 1 như sau:\n“1. X.”\nb) Bãi bỏ khoản 2.",
         [0, 0, 0, 0]),
        ("1. Sửa đổi, bổ sung khoản 2 như sau:\n1. Y.\n2. Bãi bỏ khoản 3.", [0, 0, 0]),
        # the named unit's line is an instruction itself: the announcing article's own clause
        ("Điều 7. Bổ sung cụm từ vào khoản 1, khoản 2 Điều 23 như sau:\n1. Bổ sung cụm từ “A” tại khoản 1.\n"
         "2. Bổ sung điểm d khoản 5 như sau:", [0, 0, 0]),
    ],
)
def test_announced_wording_without_its_opening_mark(text: str, expected: list[int]) -> None:
    assert flags(text) == expected


# Category: quoted wording made of amending instructions itself ("a) Sửa đổi điểm a, b, c khoản
# 10 như sau:" / "“a) Sửa đổi ... như sau:" ... "b) ..." ... "c) ..."), its closing mark lost:
# the listed points are quoted, the instruction after the last of them is not.
@pytest.mark.parametrize(
    "named",
    ["điểm a, b, c", "các điểm a, b và c", "điểm a, điểm b và điểm c"],
)
def test_quoted_instructions_run_through_the_listed_units(named: str) -> None:
    text = (
        f"a) Sửa đổi, bổ sung {named} khoản 10 Điều 18 như sau:\n“a) Sửa đổi khoản 1 Điều 7 như sau:\n"
        "“1. Hội đồng do Chủ tịch thành lập.”;\nb) Sửa đổi khoản 4 Điều 8 như sau:\n"
        "“4. Hội đồng gửi biên bản.”;\nc) Sửa đổi khoản 5 Điều 8 như sau:\n“5. Chủ tịch ra quyết định.”\n"
        "b) Sửa đổi, bổ sung điểm e khoản 10 Điều 18 như sau:\n“e) Nội dung.”"
    )
    assert flags(text) == [0, 0, 1, 1, 1, 1, 1, 0, 0]


def test_quoted_instructions_end_after_a_single_named_unit() -> None:
    text = (
        "a) Sửa đổi, bổ sung điểm a khoản 10 Điều 18 như sau:\n“a) Sửa đổi khoản 1 Điều 7 như sau:\n"
        "“1. Hội đồng do Chủ tịch thành lập.”;\nb) Sửa đổi khoản 4 Điều 18 như sau:\n“4. Nội dung.”"
    )
    assert flags(text) == [0, 0, 1, 0, 0]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    "before",
    ["1. Bãi bỏ điểm e khoản 2 của Điều 19.", "1. Sửa đổi khoản 2 Điều 5 như sau: “2. Hồ sơ gồm đơn.”"],
)
def test_a_mark_left_open_inside_an_instruction_is_closed_by_the_next_one(before: str, gap: str) -> None:
    """"2. Thay thế cụm từ “A” bằng cụm từ “B" (the closing mark lost): the quotation is the
    instruction's own, whatever the line above it, and "3." is the next instruction."""
    text = gap.join(
        [before, "2. Thay thế cụm từ “số Giấy chứng minh” bằng cụm từ “số định danh cá nhân",
         "3. Thay thế Phụ lục III ban hành kèm theo Thông tư số 98/2020/TT-BTC.",
         "4. Bổ sung Phụ lục XXIX ban hành kèm theo Thông tư này.", "Điều 29. Điều khoản thi hành"]
    )  # fmt: skip
    assert not any(flags(text))
