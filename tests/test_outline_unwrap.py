"""Hard-wrapped amending text (issue 14): a sentence that ends in closing quotation marks or a
table row's last separator has ended, so the next line's unit ("6. Sửa đổi ...", "Điều 3.")
is not joined to it as a wrapped reference."""

from __future__ import annotations

import pytest

import vnlegal

# Lines wrapped at about 80 columns: the unwrapper reads the width off their lengths.
_WRAPPED = (
    "Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số 02/2024/TT-BKHĐT\n"
    "1. Sửa đổi, bổ sung khoản 1 Điều 3 như sau:\n"
    "“1. Chứng chỉ nghiệp vụ chuyên môn về đấu thầu là chứng chỉ điện tử được cấp\n"
    "trong các trường hợp quy định tại khoản 2 Điều 7 của Thông tư này, được đăng tải\n"
    "trên Hệ thống mạng đấu thầu quốc gia và được trích xuất hoặc liên thông cơ sở\n"
    "dữ liệu đến hệ thống; thông tin của cá nhân bị thu hồi chứng chỉ thể hiện trạng\n"
    "{end:>80}\n"
    "{next}\n"
    "Nội dung của khoản này được thực hiện theo quy định của pháp luật về đấu thầu và\n"
    "các văn bản hướng dẫn thi hành có liên quan đến hoạt động đấu thầu của cá nhân.\n"
)


@pytest.mark.parametrize(
    "end",
    [
        # a line the width broke, its sentence ended by a full stop inside closing marks
        "thái của cá nhân trên Hệ thống mạng đấu thầu quốc gia “chứng chỉ bị thu hồi”.”",
        'thái của cá nhân trên Hệ thống mạng đấu thầu quốc gia là "chứng chỉ bị thu hồi"."',
        # ... or followed by the last separator of a table row
        "thái của cá nhân trên Hệ thống mạng đấu thầu quốc gia: chứng chỉ bị thu hồi.” |",
    ],
)
@pytest.mark.parametrize(
    ("nxt", "path"),
    [
        ("2. Sửa đổi, bổ sung một số điểm, khoản của Điều 14 như sau:", ("article", "1", "item", "2")),
        ("Điều 2. Hiệu lực thi hành", ("article", "2")),
    ],
)
def test_a_closed_quotation_ends_its_sentence(end: str, nxt: str, path: tuple[str, ...]) -> None:
    doc = vnlegal.parse_text(_WRAPPED.format(end=end, next=nxt))
    found = set()
    for art in doc.body:
        found.add((art.kind, art.label))
        for child in art.children:
            found.add((art.kind, art.label, child.kind, child.label))
    assert path in found, found
