"""Quoted wording of an amending act is text, not structure: where a quotation ends."""

from __future__ import annotations

import pytest

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
