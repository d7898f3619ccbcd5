"""Header and signature by category (issue 14): each category in several shapes -- case, tone
placement, spacing, wrapping, markup -- so a rule that fits one file and not its category fails.

Every case is a small synthetic document built from a template; the assertions are on what
``vnlegal.parse_text`` returns, field by field.
"""

from __future__ import annotations

import datetime as dt

import pytest

from vnlegal import parse_text
from vnlegal.lang.fold import fold
from vnlegal.model import Document

_BODY = (
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
    "Xét đề nghị của Giám đốc Sở Tư pháp,\n"
    "QUYẾT ĐỊNH:\n"
    "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
)


def _doc(header: str, closing: str = "", body: str = _BODY) -> Document:
    return parse_text(f"{header}\n{body}{closing}")


def _f(s: str | None) -> str | None:
    return None if s is None else " ".join(fold(s).split())


def _header(
    issuer: str = "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI",
    number: str = "Số: 12/QĐ-UBND",
    date: str = "Lào Cai, ngày 05 tháng 3 năm 2025",
    kind: str = "QUYẾT ĐỊNH",
) -> str:
    return (
        f"{issuer}\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        f"---------------\n{number}\n{date}\n{kind}\nVề việc ban hành Quy chế phối hợp\n"
    )


# --- signature blocks -------------------------------------------------------------------------

_NOI_NHAN = "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n"

SIGNATURES = [
    # (closing text, position, name)
    pytest.param(
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nTrần Thành Lập\n\n;\n",
        "PHÓ CHỦ TỊCH",
        "Trần Thành Lập",
        id="name-then-stray-semicolon",
    ),
    pytest.param(
        "TL.\nBỘ TRƯỞNG CHÁNH VĂN PHÒNG Nguyễn Đức Tâm\n",
        "CHÁNH VĂN PHÒNG",
        "Nguyễn Đức Tâm",
        id="prefix-alone-then-position-and-name-on-one-line",
    ),
    pytest.param(
        "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n(Đã ký)\nĐỗ Hoàng Anh Tuấn\nMẫu 01-SHTT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA "
        "VIỆT NAM\nĐƠN ĐỀ NGHỊ\nCỤC TRƯỞNG\n",
        "THỨ TRƯỞNG",
        "Đỗ Hoàng Anh Tuấn",
        id="attached-form-after-signature",
    ),
    pytest.param(
        "KT. BỘ TRƯỞNG BỘ CÔNG AN\nTHỨ TRƯỞNG\nLê Quốc Hùng\nKT. BỘ TRƯỞNG BỘ TƯ PHÁP\nTHỨ TRƯỞNG\n"
        "Nguyễn Thanh Ngọc\n",
        "THỨ TRƯỞNG",
        "Lê Quốc Hùng",
        id="joint-co-signers",
    ),
    pytest.param(
        "TM. ĐOÀN KIỂM TRA\n   TRƯỞNG ĐOÀN\n\n\n   Hoàng Văn Thuân\n  PHÓ GIÁM ĐỐC SỞ CÔNG THƯƠNG\n",
        "TRƯỞNG ĐOÀN",
        "Hoàng Văn Thuân",
        id="second-title-under-name",
    ),
    pytest.param("GIÁM ĐỐCTrần Văn Bình\n", "GIÁM ĐỐC", "Trần Văn Bình", id="glued-position-and-name"),
    pytest.param(
        "d:\\2011\\CV\\SVH\\Bau cho Vinh Ha Long\nCHỦ TỊCH\n\nLữ Văn Hùng\n",
        "CHỦ TỊCH",
        "Lữ Văn Hùng",
        id="typist-file-path-above",
    ),
    pytest.param(
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A\n",
        "PHÓ CHỦ TỊCH",
        "Nguyễn Văn A",
        id="one-letter-given-name",
    ),
]


@pytest.mark.parametrize(("closing", "position", "name"), SIGNATURES)
def test_signature_block_is_the_documents_own(closing: str, position: str, name: str) -> None:
    doc = _doc(_header(), _NOI_NHAN + closing)
    sig = doc.closing.signature
    assert sig is not None
    assert (sig.position, sig.name) == (position, name)
    assert doc.closing.recipients == ["Như Điều 2", "Lưu: VT."]


@pytest.mark.parametrize(
    "tail",
    ["Tố Hữu\n\n(Đã ký)\n", "Tố Hữu\n", "\n\nTố Hữu\n(Ký tên, đóng dấu)\n"],
    ids=["seal-note-below", "name-alone", "blank-lines-and-other-note"],
)
def test_signature_that_is_only_a_name(tail: str) -> None:
    doc = _doc(_header(), tail)
    sig = doc.closing.signature
    assert sig is not None and sig.name == "Tố Hữu" and sig.position is None


def test_wrapped_recipient_entry_stays_one_entry() -> None:
    closing = (
        "Nơi nhận:\n- Công báo; Cổng thông tin điện tử Chính phủ;\nCổng thông tin điện tử Bộ;\n- Lưu: VT.\n"
    )
    doc = _doc(_header(), closing + "BỘ TRƯỞNG\nNguyễn Văn Bình\n")
    assert len(doc.closing.recipients) == 2
    assert doc.closing.signature is not None and doc.closing.signature.name == "Nguyễn Văn Bình"


# --- issuers -----------------------------------------------------------------------------------

JOINT = "Bộ Tư pháp - Bộ Công an - Tòa án nhân dân tối cao"


@pytest.mark.parametrize(
    "issuer",
    [
        "BỘ TƯ PHÁP - BỘ CÔNG AN - TÒA ÁN NHÂN DÂN TỐI CAO",
        "BỘ TƯ PHÁP-BỘ CÔNG AN-TÒA ÁN NHÂN DÂN TỐI CAO",
        "BỘ TƯ PHÁP - BỘ CÔNG AN -\nTÒA ÁN NHÂN DÂN TỐI CAO",
        "**BỘ TƯ PHÁP - BỘ CÔNG AN - TÒA ÁN NHÂN DÂN TỐI CAO**",
    ],
    ids=["spaced", "unspaced", "wrapped", "markdown-bold"],
)
def test_joint_issuer_is_one_name(issuer: str) -> None:
    doc = _doc(_header(issuer=issuer, number="Số: 29/2025/TTLT-BTP-BCA-TANDTC", kind="THÔNG TƯ LIÊN TỊCH"))
    assert _f(doc.header.issuer.name) == _f(JOINT)
    assert doc.header.symbol is not None and doc.header.symbol.text == "29/2025/TTLT-BTP-BCA-TANDTC"
    assert doc.header.doc_type == "Thông tư liên tịch"


@pytest.mark.parametrize(
    "number",
    [
        "Số: 29/2025/TTLT - BTP - BCA - TANDTC",
        "Số: 29/2025/TTLT- BTP -BCA- TANDTC",
        "Số:29/2025/TTLT -BTP - BCA -TANDTC",
        "**Số: 29/2025/TTLT - BTP - BCA - TANDTC**",
    ],
    ids=["spaced", "mixed", "no-space-after-colon", "markdown-bold"],
)
def test_joint_symbol_with_spaced_dashes_is_one_symbol(number: str) -> None:
    """The joint codes after the type code are the symbol's, not words of the issuer."""
    doc = _doc(_header(issuer="BỘ TƯ PHÁP - BỘ CÔNG AN - TÒA ÁN NHÂN DÂN TỐI CAO", number=number,
                       kind="THÔNG TƯ LIÊN TỊCH"))  # fmt: skip
    assert doc.header.symbol is not None and doc.header.symbol.text == "29/2025/TTLT-BTP-BCA-TANDTC"
    assert _f(doc.header.issuer.name) == _f(JOINT)


@pytest.mark.parametrize(
    "gap",
    ["\n", "\n|\n\n", "\n\n"],
    ids=["adjacent", "pipe-cells", "blank-lines"],
)
def test_left_column_printed_before_the_motto(gap: str) -> None:
    text = (
        f"BỘ TƯ PHÁP - BỘ CÔNG AN{gap}Số: 29/2025/TTLT-BTP-BCA{gap}"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 31 tháng 12 năm 2025\n"
        "THÔNG TƯ LIÊN TỊCH\nSửa đổi một số điều\n"
    )
    doc = _doc(text)
    assert doc.header.symbol is not None and doc.header.symbol.text == "29/2025/TTLT-BTP-BCA"
    assert _f(doc.header.issuer.name) == _f("Bộ Tư pháp - Bộ Công an")
    assert doc.header.date == dt.date(2025, 12, 31)


@pytest.mark.parametrize(
    "issuer",
    [
        "SỞ CÔNG THƯƠNG LÀO CAI\nĐOÀN KIỂM TRA",
        "SỞ CÔNG THƯƠNG LÀO CAI\nĐOÀN KIỂM TRA ",
        "**SỞ CÔNG THƯƠNG LÀO CAI**\n**ĐOÀN KIỂM TRA**",
        "SỞ CÔNG THƯƠNG LÀO CAI |\nĐOÀN KIỂM TRA |",
    ],
    ids=["capitals", "trailing-space", "markdown-bold", "pipe-cells"],
)
def test_team_under_its_department(issuer: str) -> None:
    doc = _doc(_header(issuer=issuer, number="Số: 12/ĐKT-SCT", kind="BÁO CÁO"))
    assert _f(doc.header.issuer.name) == _f("Đoàn kiểm tra")
    assert _f(doc.header.issuer.parent) == _f("Sở Công Thương Lào Cai")


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("trên địa bàn tỉnh Ninh Bình", "Ủy ban nhân dân tỉnh Ninh Bình"),
        ("trên địa bàn Tỉnh Ninh Bình", "Ủy ban nhân dân tỉnh Ninh Bình"),
        ("của thành phố Ninh Bình", "Ủy ban nhân dân thành phố Ninh Bình"),
        ("trên địa bàn", "Ủy ban nhân dân"),
    ],
    ids=["tinh", "capital-Tinh", "thanh-pho", "no-evidence-stays-bare"],
)
def test_issuer_that_lost_its_second_line(mention: str, expected: str) -> None:
    text = (
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 130/KH-UBND | Ninh Bình, ngày 13 tháng 7 năm 2022 |\n"
        f"Thực hiện Thông tư số 10/2022/TT-BLĐTBXH ngày 31/5/2022 của Bộ Lao động - Thương binh và Xã hội, "
        f"UBND tỉnh ban hành Kế hoạch giám sát, đánh giá thực hiện Chương trình {mention}, cụ thể như sau:\n"
        "1. Mục đích\nTheo dõi, kiểm tra.\n"
    )
    doc = parse_text(text)
    assert _f(doc.header.issuer.name) == _f(expected)
    assert doc.header.doc_type == "Kế hoạch"  # from the symbol's type code "KH"


@pytest.mark.parametrize(
    "motto",
    [
        "CỘNG HÒA XàHỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập  Tự do  Hạnh phúc",
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
    ],
    ids=["damaged-xa-glued", "old-tones-glued-to-motto", "clean"],
)
def test_motto_never_in_the_issuer(motto: str) -> None:
    text = (
        f"ỦY BAN NHÂN DÂN\nTỈNH KIÊN GIANG\n\nSố: 1961/QĐ-UBND\n\n{motto}\n\n"
        "Kiên Giang, ngày 28 tháng 8 năm 2019\nQUYẾT ĐỊNH\nBan hành Quy chế\n"
    )
    doc = _doc(text)
    assert _f(doc.header.issuer.name) == _f("Ủy ban nhân dân tỉnh Kiên Giang")


# --- number, date, place -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Số: 66.9/2025/NQ-CP", "66.9/2025/NQ-CP"),
        ("Số 06/2026/TT-BTC", "06/2026/TT-BTC"),
        ("SỐ: 06/2026/TT-BTC", "06/2026/TT-BTC"),
        ("Số:06/2026/TT-BT\u0421", "06/2026/TT-BTC"),  # Cyrillic Es for C
        ("Số: 157/2025/TT-\u0412\u0422C", "157/2025/TT-BTC"),  # Cyrillic Ve and Te
        ("Số: 1961/QĐUBND", "1961/QĐ-UBND"),  # hyphen lost between type and issuer codes
        ("Số: 45/TTCP", "45/TTCP"),  # a whole known code stays glued
    ],
    ids=["dotted", "no-colon", "capitals", "cyrillic-es", "cyrillic-two", "glued-codes", "known-code"],
)
def test_number_line_shapes(line: str, expected: str) -> None:
    doc = _doc(_header(number=line, issuer="CHÍNH PHỦ"))
    assert doc.header.symbol is not None and doc.header.symbol.text == expected


@pytest.mark.parametrize("gap", ["\n", "\n" * 6, "\n \n\t\n" * 8], ids=["none", "six", "whitespace"])
def test_blank_lines_between_header_parts_keep_them_in_reach(gap: str) -> None:
    """pandoc's GitHub Markdown of a header table (its tags removed) and Word exports spread the
    header's parts over dozens of blank lines: the windows count lines with text."""
    parts = ["<div class=\"preview-content\"\nvbpl-content-root=\"true\">",
             "<table><tr><td><p>BỘ CÔNG THƯƠNG</p>",
             "<p>________________</p></td>", "<td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>",
             "<p>Độc lập - Tự do - Hạnh phúc</p></td></tr>", "<tr><td><p>Số: 05/2026/TT-BCT</p></td>",
             "<td><p>Hà Nội, ngày 30 tháng 01 năm 2026</p></td></tr></table>", "THÔNG TƯ",
             "Hướng dẫn thực hiện một số nội dung", "Căn cứ Luật Ban hành văn bản quy phạm pháp luật;",
             "Điều 1. Phạm vi điều chỉnh"]  # fmt: skip
    doc = _doc(gap.join(parts))
    h = doc.header
    got = (h.symbol.text if h.symbol else None, h.doc_type, h.date)
    assert got == ("05/2026/TT-BCT", "Thông tư", dt.date(2026, 1, 30))
    assert _f(h.issuer.name) == _f("Bộ Công Thương")


@pytest.mark.parametrize(
    "line", ["Số: 06/2026/TT-BTC", "Số 06/2026/TT-BTC", "SỐ 06/2026/TT-BTC", "Số 06/2026/TT-BT\u0421"],
    ids=["colon", "no-colon", "capitals-no-colon", "no-colon-cyrillic"],
)
def test_number_line_in_the_left_column_printed_before_the_motto(line: str) -> None:
    """The left column whole above the motto (a page's header table flattened one cell per
    line, pandoc's GitHub Markdown): the number line is read with or without its colon."""
    text = (
        f"BỘ TÀI CHÍNH\n  \n{line}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n \n"
        "Hà Nội, ngày 26 tháng 01 năm 2026\n\nTHÔNG TƯ\nSửa đổi, bổ sung một số điều\n\nĐiều 1. Phạm vi\n"
    )
    doc = _doc(text)
    assert doc.header.symbol is not None and doc.header.symbol.text == "06/2026/TT-BTC"
    assert _f(doc.header.issuer.name) == _f("Bộ Tài chính")


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Ngày 8 tháng 12 năm 2025", dt.date(2025, 12, 8)),
        ("NGÀY 8 THÁNG 12 NĂM 2025", dt.date(2025, 12, 8)),
        ("Ngày  08  tháng 12 năm 2025", dt.date(2025, 12, 8)),
    ],
    ids=["title-case", "capitals", "double-spaces"],
)
def test_date_line_without_place(line: str, date: dt.date) -> None:
    doc = _doc(_header(issuer="CHÍNH PHỦ", number="Số: 66.9/2025/NQ-CP", date=line, kind="NGHỊ QUYẾT"))
    assert doc.header.date == date
    assert doc.header.place is None


@pytest.mark.parametrize(
    ("date_line", "place"),
    [
        ("Bà Rịa - Vũng\nTàu, ngày 08 tháng 01 năm 2023", "Bà Rịa - Vũng Tàu"),
        ("Bà Rịa - Vũng Tàu, ngày 08 tháng 01 năm 2023", "Bà Rịa - Vũng Tàu"),
        ("Bà Rịa-Vũng Tàu, ngày 08 tháng 01 năm 2023", "Bà Rịa-Vũng Tàu"),
        ("TP. Hồ Chí Minh, ngày 08 tháng 01 năm 2023", "TP. Hồ Chí Minh"),
    ],
    ids=["split-after-hyphen", "spaced-hyphen", "tight-hyphen", "abbreviated-city"],
)
def test_place_of_issue(date_line: str, place: str) -> None:
    doc = _doc(_header(date=date_line))
    assert doc.header.place == place
    assert doc.header.date == dt.date(2023, 1, 8)


@pytest.mark.parametrize(
    "vv",
    [
        "V/v Chủ tịch tỉnh Sơn La đi thăm Bắc Lào\nHà Nội, ngày 19 tháng 12 năm 2007",
        "V/v: Chủ tịch tỉnh Sơn La đi thăm Bắc Lào\nHà Nội, ngày 19 tháng 12 năm 2007",
        "V/v Chủ tịch tỉnh Sơn La đi thăm Bắc Lào |  | Hà Nội, ngày 19 tháng 12 năm 2007",
    ],
    ids=["next-line", "colon", "cells"],
)
def test_summary_ending_in_a_place_name(vv: str) -> None:
    text = (
        "VĂN PHÒNG CHÍNH PHỦ\n*****\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        f"Số: 7348/VPCP-QHQT\n{vv}\nKính gửi: Bộ Ngoại giao\n"
    )
    doc = _doc(text, body="Văn phòng Chính phủ xin thông báo như sau.\n")
    assert doc.header.place == "Hà Nội"
    assert doc.header.title == "Chủ tịch tỉnh Sơn La đi thăm Bắc Lào"
    assert doc.header.doc_type == "Công văn"


@pytest.mark.parametrize(
    "vv",
    [
        "V/v tăng cường công tác quản\nlý, thanh tra, kiểm tra hoạt\nđộng khoáng sản",
        "V/v tăng cường công tác quản\n lý, thanh tra, kiểm tra hoạt\n  động khoáng sản",
        "V/v tăng cường công tác quản lý, thanh tra, kiểm tra hoạt động khoáng sản",
    ],
    ids=["narrow-column", "indented", "one-line"],
)
def test_summary_wrapped_in_a_narrow_column(vv: str) -> None:
    text = (
        "ỦY BAN NHÂN DÂN      CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TỈNH LÀO CAI      Độc lập - Tự do - Hạnh phúc\n"
        f"Số: 5973/UBND-KT      Lào Cai, ngày 11 tháng 6 năm 2026\n{vv}\n\nKính gửi: Các Sở, ban, ngành\n"
    )
    doc = _doc(text, body="Ủy ban nhân dân tỉnh yêu cầu các cơ quan thực hiện.\n")
    assert doc.header.title == "tăng cường công tác quản lý, thanh tra, kiểm tra hoạt động khoáng sản"


# --- what is not a header -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "label",
    ["Ký hiệu: QCVN 28:2026/BCT", "Số hiệu: QCVN 28:2026/BCT", "Cơ quan ban hành: Bộ Công Thương"],
    ids=["ky-hieu", "so-hieu", "co-quan"],
)
def test_body_line_with_a_portal_key_is_not_a_prelude(label: str) -> None:
    text = _header(
        issuer="BỘ CÔNG THƯƠNG",
        number="Số: 09/2026/TT-BCT",
        date="Hà Nội, ngày 26 tháng 02 năm 2026",
        kind="THÔNG TƯ",
    )
    body = (
        "Căn cứ Luật Tiêu chuẩn và Quy chuẩn kỹ thuật;\nĐiều 1. Ban hành kèm theo Thông tư này quy chuẩn:\n"
        + (f"{label}\nĐiều 2. Thông tư này có hiệu lực.\n")
    )
    doc = _doc(text, body=body)
    assert doc.header.symbol is not None and doc.header.symbol.text == "09/2026/TT-BCT"
    assert doc.header.doc_type == "Thông tư"
    assert doc.header.date == dt.date(2026, 2, 26)


@pytest.mark.parametrize(
    ("text", "doc_type", "issuer"),
    [
        (
            "NGHỊ QUYẾT\nĐiều chỉnh chương trình lập pháp năm 2025\nỦY BAN THƯỜNG VỤ QUỐC HỘI\n"
            "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nQUYẾT NGHỊ:\nĐiều 1. Điều chỉnh.\n",
            "Nghị quyết",
            "Ủy ban Thường vụ Quốc hội",
        ),
        (
            "BÃI BỎ MỘT SỐ NGHỊ ĐỊNH CỦA CHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ;\n"
            "Chính phủ ban hành Nghị định bãi bỏ một số nghị định.\nĐiều 1. Bãi bỏ.\n",
            "Nghị định",
            "Chính phủ",
        ),
        (
            "THÔNG TƯ\nQuy định về quản lý loài nguy cấp\nCăn cứ Luật Lâm nghiệp;\n"
            "Bộ trưởng Bộ Nông nghiệp và Môi trường ban hành Thông tư quy định.\nĐiều 1. Phạm vi.\n",
            "Thông tư",
            "Bộ Nông nghiệp và Môi trường",
        ),
    ],
    ids=["type-line-and-authority-line", "enacting-sentence-only", "position-left-out"],
)
def test_document_shown_without_its_header_block(text: str, doc_type: str, issuer: str) -> None:
    doc = parse_text(text)
    assert doc.header.doc_type == doc_type
    assert _f(doc.header.issuer.name) == _f(issuer)
    assert doc.header.symbol is None and doc.header.date is None and not doc.header.motto


@pytest.mark.parametrize(
    "first",
    ["ÁN LỆ SỐ 61/2023/AL", "Án lệ số 61/2023/AL", "ÁN LỆ  SỐ: 61/2023/AL", "**ÁN LỆ SỐ 61/2023/AL**"],
    ids=["capitals", "sentence-case", "colon-and-spaces", "markdown"],
)
def test_court_precedent(first: str) -> None:
    text = (
        f"{first}\nVề chấm dứt việc nuôi con nuôi\nĐược Hội đồng Thẩm phán Tòa án nhân dân tối cao thông qua "
        "vào ngày 01 tháng 02 năm 2023 và được công bố theo Quyết định số 39/QĐ-CA.\nNguồn án lệ:\n"
        "Quyết định giám đốc thẩm số 04/2010/QĐ-HĐTP của Hội đồng Thẩm phán.\n"
    )
    doc = parse_text(text)
    assert doc.header.doc_type == "Án lệ"
    assert doc.header.symbol is not None and doc.header.symbol.text == "61/2023/AL"
    assert doc.header.title == "Về chấm dứt việc nuôi con nuôi"
    assert _f(doc.header.issuer.name) == _f("Hội đồng Thẩm phán Tòa án nhân dân tối cao")


def test_type_and_number_line_above_a_type_line_is_not_the_type_line() -> None:
    text = (
        "QUỐC HỘI\n--------\nLuật số: 140/2025/QH15\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nLUẬT\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT GIÁ\n"
        "Căn cứ Hiến pháp;\nĐiều 1. Sửa đổi.\n"
    )
    doc = parse_text(text)
    assert doc.header.doc_type == "Luật"
    assert doc.header.title == "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT GIÁ"
    assert doc.header.symbol is not None and doc.header.symbol.text == "140/2025/QH15"


_ENGLISH = (
    "CIRCULAR\nGuiding the obligations of organizations and individuals in foreign investment activities on "
    "the Vietnamese securities market\nPursuant to the November 26, 2019 Law on Securities;\nPursuant to the "
    "Government's Decree No. 155/2020/ND-CP of December 31, 2020, "
    "detailing a number of articles of the Law;\n"
    "At the proposal of the Chairperson of the State Securities Commission;\n"
    "The Minister of Finance promulgates "
    "the Circular guiding the obligations of organizations and individuals.\nArticle 1. Scope of regulation\n"
)


@pytest.mark.parametrize(
    "text",
    [_ENGLISH, _ENGLISH.upper(), "THE GOVERNMENT\n" + _ENGLISH.replace("\n", " ")],
    ids=["english", "english-capitals", "english-flattened"],
)
def test_text_in_another_language_warns_and_invents_nothing(text: str) -> None:
    doc = parse_text(text)
    assert any(w.startswith("the text is not Vietnamese") for w in doc.source.warnings)
    h = doc.header
    assert (h.issuer.name, h.doc_type, h.symbol, h.date) == (None, None, None, None)


@pytest.mark.parametrize(
    "text",
    [
        _header() + _BODY,
        fold(_header() + _BODY),  # Vietnamese without its tone marks is still Vietnamese
        (_header() + _BODY).upper(),
    ],
    ids=["vietnamese", "tones-stripped", "capitals"],
)
def test_vietnamese_text_is_not_warned(text: str) -> None:
    doc = parse_text(text)
    assert not any(w.startswith("the text is not Vietnamese") for w in doc.source.warnings)


@pytest.mark.parametrize(
    "passage",
    [
        "Nghị quyết này được Ủy ban Thường vụ Quốc hội thông qua tại Phiên họp thứ 49 "
        "ngày 26 tháng 9 năm 2025.",
        "Nghị quyết này được Ủy ban Thường vụ Quốc hội thông qua ngày 26 tháng 9 năm 2025.",
        "Nghị quyết này đã được Ủy ban Thường vụ Quốc hội khóa XV thông qua tại phiên họp ngày 26/9/2025.",
    ],
    ids=["sitting-between", "direct", "numeric-date"],
)
def test_passage_date_when_the_header_has_none(passage: str) -> None:
    text = (
        "ỦY BAN THƯỜNG VỤ QUỐC HỘI\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n"
        "Nghị quyết số: 105/2025/UBTVQH15\nNGHỊ QUYẾT\nCHƯƠNG TRÌNH LẬP PHÁP NĂM 2026\n"
        f"Căn cứ Hiến pháp;\nĐiều 1. Thông qua.\n{passage}\n"
        "TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI\nCHỦ TỊCH\nTrần Thanh Mẫn\n"
    )
    doc = parse_text(text)
    assert doc.header.date == dt.date(2025, 9, 26)


@pytest.mark.parametrize(
    "after",
    [
        "Mẫu 01-SHTT\nNơi nhận:\n- Chi cục Hải quan;\n- Lưu.\n",
        "Biểu số 02\n- Một dòng của biểu;\n- Dòng khác;\n",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "ĐƠN ĐỀ NGHỊ\n- Kính gửi: Cục Hải quan;\n",
    ],
    ids=["form-with-its-own-list", "table-form", "form-with-motto"],
)
def test_recipients_end_with_the_signature(after: str) -> None:
    closing = "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nĐỗ Hoàng Anh Tuấn\n"
    doc = _doc(_header(), closing + after)
    assert doc.closing.recipients == ["Như Điều 2", "Lưu: VT."]
    sig = doc.closing.signature
    assert sig is not None and (sig.position, sig.name) == ("THỨ TRƯỞNG", "Đỗ Hoàng Anh Tuấn")


def test_joint_document_list_after_all_signatures() -> None:
    closing = (
        "KT. BỘ TRƯỞNG BỘ CÔNG AN\nTHỨ TRƯỞNG\nLê Quốc Hùng\n|\nKT. BỘ TRƯỞNG BỘ TƯ PHÁP\nTHỨ TRƯỞNG\n"
        "Nguyễn Thanh Ngọc\nNơi nhận:\n- Ban Bí thư;\n- Lưu: VT.\n"
    )
    doc = _doc(_header(), closing)
    assert doc.closing.recipients == ["Ban Bí thư", "Lưu: VT."]
    sig = doc.closing.signature
    assert sig is not None and sig.name == "Lê Quốc Hùng"


@pytest.mark.parametrize(
    "text",
    [
        "Trang chủ | Giới thiệu | Liên hệ\nĐăng nhập để tiếp tục. Bạn chưa có tài khoản? Đăng ký ngay.\n",
        "Xin chào các bạn, hôm nay trời đẹp quá.",
        "TRANG CHỦ\nVĂN BẢN MỚI\nTin tức trong ngày\n",
    ],
    ids=["portal-navigation", "one-sentence", "menu-in-capitals"],
)
def test_page_without_a_document_warns(text: str) -> None:
    doc = parse_text(text)
    assert any(w.startswith("no document found") for w in doc.source.warnings)
    assert doc.header.issuer.name is None and doc.header.doc_type is None


_MD_HEADER = (
    "**ỦY BAN NHÂN DÂN**\n**TỈNH LÀO CAI**\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n"
    "**Độc lập - Tự do - Hạnh phúc**\n**Số:** 12/KH-UBND\n{date}\n**KẾ HOẠCH**\n**Triển khai công tác**\n"
    "Căn cứ Luật;\n**I. MỤC ĐÍCH**\n1. Mục đích chung.\n"
)


@pytest.mark.parametrize(
    "date",
    [
        "*Lào Cai, ngày **24** tháng 11 năm\n202**5*",
        "*Lào Cai, ngày 24 tháng 11 năm 2025*",
        "_Lào Cai_, _ngày 24 tháng 11 năm 2025_",
        "Lào Cai, ngày **24** tháng **11** năm **2025**",
    ],
    ids=["split-unbalanced", "italic-line", "underscore-runs", "bold-numbers"],
)
def test_markdown_emphasis_around_the_date(date: str) -> None:
    doc = parse_text(_MD_HEADER.format(date=date))
    h = doc.header
    assert (h.place, h.date) == ("Lào Cai", dt.date(2025, 11, 24))
    assert h.symbol is not None and h.symbol.text == "12/KH-UBND"
    assert _f(h.issuer.name) == _f("Ủy ban nhân dân tỉnh Lào Cai")
    assert (h.doc_type, h.title) == ("Kế hoạch", "Triển khai công tác")


@pytest.mark.parametrize(
    "gap",
    ["      ", "\t\t", "                              "],
    ids=["six-spaces", "tabs", "wide"],
)
def test_two_header_columns_side_by_side(gap: str) -> None:
    text = (
        f"ỦY BAN NHÂN DÂN{gap}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        f"TỈNH LÀO CAI{gap}Độc lập - Tự do - Hạnh phúc\n"
        f"Số: 134/KH-UBND{gap}Lào Cai, ngày 20 tháng 3 năm 2026\n"
        "KẾ HOẠCH\nPhát triển khu, cụm công nghiệp\n"
    )
    h = _doc(text).header
    assert _f(h.issuer.name) == _f("Ủy ban nhân dân tỉnh Lào Cai")
    assert (h.place, h.date, h.doc_type) == ("Lào Cai", dt.date(2026, 3, 20), "Kế hoạch")
    assert h.symbol is not None and h.symbol.text == "134/KH-UBND"


@pytest.mark.parametrize(
    ("line", "symbol", "place"),
    [
        ("Số: 293/2025/NĐ-CPHà Nội, ngày 10 tháng 11 năm 2025", "293/2025/NĐ-CP", "Hà Nội"),
        ("Số: 12/QĐ-TTgHà Nội, ngày 10 tháng 11 năm 2025", "12/QĐ-TTg", "Hà Nội"),
        ("Số: 12/UBND-KTBà Rịa - Vũng Tàu, ngày 10 tháng 11 năm 2025", "12/UBND-KT", "Bà Rịa - Vũng Tàu"),
        ("Số: 12/UBND-KT Hà Nội, ngày 10 tháng 11 năm 2025", "12/UBND-KT", "Hà Nội"),
    ],
    ids=["code-in-capitals", "code-ending-lower", "hyphenated-place", "one-space"],
)
def test_number_glued_to_the_place(line: str, symbol: str, place: str) -> None:
    text = (
        "CHÍNH PHỦ        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n________         Độc lập - Tự do - Hạnh phúc\n"
        f"{line}\nNGHỊ ĐỊNH\nQuy định mức lương\n"
    )
    h = _doc(text).header
    assert h.symbol is not None and h.symbol.text == symbol
    assert (h.place, h.date) == (place, dt.date(2025, 11, 10))


@pytest.mark.parametrize(
    ("head", "typed", "symbol", "doc_type"),
    [
        (
            "PHẦN VĂN BẢN QUY PHẠM PHÁP LUẬT\nCHỦ TỊCH NƯỚC - QUỐC HỘI",
            "Luật số 100/2015/QH13",
            "100/2015/QH13",
            "Luật",
        ),
        (
            "VĂN BẢN PHÁP LUẬT KHÁC\nVĂN BẢN HỢP NHẤT - VĂN PHÒNG QUỐC HỘI",
            "Văn bản hợp nhất số 23/VBHN-VPQH",
            "23/VBHN-VPQH",
            "Văn bản hợp nhất",
        ),
        (
            "PHẦN VĂN BẢN QUY PHẠM PHÁP LUẬT\nBỘ TÀI CHÍNH",
            "Thông tư số 13/2015/TT-BTC",
            "13/2015/TT-BTC",
            "Thông tư",
        ),
    ],
    ids=["law", "consolidated-text", "circular-with-body-head"],
)
def test_gazette_section_head_is_not_the_issuer(head: str, typed: str, symbol: str, doc_type: str) -> None:
    text = (
        f"{head}\n{typed} ngày 27 tháng 11 năm 2015\nVề một vấn đề\n(Tiếp theo Công báo số 1267 + 1268)\n"
        "Phần thứ hai\nCÁC QUY ĐỊNH\nĐiều 300. Một điều\n1. Một khoản.\n"
    )
    doc = parse_text(text)
    h = doc.header
    assert h.symbol is not None and (h.symbol.text, h.doc_type) == (symbol, doc_type)
    assert h.title == "Về một vấn đề"
    assert h.issuer.name in (None, "Bộ Tài chính", "Văn phòng Quốc hội")
    assert not (h.issuer.name or "").lower().startswith(("phần", "văn bản"))


@pytest.mark.parametrize(
    "heading",
    [
        "Chương I\nNƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCHẾ ĐỘ CHÍNH TRỊ",
        "CHƯƠNG I\nNƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Điều 1\nNước Cộng hòa xã hội chủ nghĩa Việt Nam là một nước độc lập.",
    ],
    ids=["chapter-heading", "capital-chapter", "article-text"],
)
def test_state_name_in_the_body_is_not_a_motto(heading: str) -> None:
    text = (
        f"HIẾN PHÁP\nNƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM NĂM 1992\nLỜI NÓI ĐẦU\nTrải qua mấy nghìn năm.\n"
        f"{heading}\n"
    )
    h = parse_text(text).header
    assert not h.motto
    assert h.doc_type == "Hiến pháp"
    assert h.title == "NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM NĂM 1992"
    assert h.issuer.name is None


@pytest.mark.parametrize(
    "head",
    [
        "VĂN BẢN HỢP NHẤT - VĂN PHÒNG QUỐC HỘI",
        "VĂN BẢN HỢP NHẤT-VĂN PHÒNG QUỐC HỘI",
        "**VĂN BẢN HỢP NHẤT - VĂN PHÒNG QUỐC HỘI**",
    ],
    ids=["spaced", "tight", "markdown"],
)
def test_type_named_beside_the_issuer(head: str) -> None:
    text = (
        f"{head}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nLUẬT\n"
        "BAN HÀNH VĂN BẢN QUY PHẠM PHÁP LUẬT\nCăn cứ Hiến pháp;\nĐiều 1. Phạm vi.\n"
    )
    h = parse_text(text).header
    assert _f(h.issuer.name) == _f("Văn phòng Quốc hội")
    assert (h.doc_type, h.title) == ("Luật", "BAN HÀNH VĂN BẢN QUY PHẠM PHÁP LUẬT")


# --- a type line that carries its title (issue 18) ------------------------------------------

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
_UBND = (
    "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LÀO CAI | Độc lập - Tự do - Hạnh phúc\n"
    "Số: 12/QĐ-UBND | Lào Cai, ngày 02 tháng 7 năm 2026\n\n"
)


@pytest.mark.parametrize(
    ("type_line", "doc_type", "title"),
    [
        # QĐ 2338/QĐ-UBND Lào Cai (scan, 2026): the title in capitals on the type line, wrapped.
        (
            "QUYẾT ĐỊNH CHẤP THUẬN CHỦ TRƯƠNG ĐẦU TƯ\nĐỒNG THỜI CHẤP THUẬN NHÀ ĐẦU TƯ",
            "Quyết định",
            "CHẤP THUẬN CHỦ TRƯƠNG ĐẦU TƯ ĐỒNG THỜI CHẤP THUẬN NHÀ ĐẦU TƯ",
        ),
        ("QUYẾT ĐỊNH Về việc thành lập Tổ công tác", "Quyết định", "Về việc thành lập Tổ công tác"),
        ("**KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH**", "Kế hoạch", "THỰC HIỆN CHƯƠNG TRÌNH"),
        ("NGHỊ QUYẾT LIÊN TỊCH VỀ PHỐI HỢP CÔNG TÁC", "Nghị quyết liên tịch", "VỀ PHỐI HỢP CÔNG TÁC"),
        # Old style: the enacting authority after the type; the title is on the line below.
        (
            "QUYẾT ĐỊNH CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nVề việc ban hành quy chế",
            "Quyết định",
            "Về việc ban hành quy chế",
        ),
    ],
    ids=["caps-wrapped", "ve-viec", "markdown-bold", "longest-type", "cua-authority"],
)
def test_type_line_with_its_title_on_it(type_line: str, doc_type: str, title: str) -> None:
    doc = parse_text(_UBND + type_line + "\n\nCăn cứ Luật Đầu tư;\nQUYẾT ĐỊNH:\nĐiều 1. Chấp thuận.\n")
    h = doc.header
    assert (h.doc_type, h.title) == (doc_type, title)
    assert h.issuer.name == "Ủy ban nhân dân tỉnh Lào Cai" and h.symbol is not None


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # Biên bản kiểm tra hiện trường (scan, 2026): no issuer column; the title begun on the
        # type line ends on one line in normal case below it.
        (
            "BIÊN BẢN KIỂM TRA\nThực tế khu vực sử dụng vật liệu nổ công nghiệp",
            "KIỂM TRA Thực tế khu vực sử dụng vật liệu nổ công nghiệp",
        ),
        ("BIÊN BẢN KIỂM TRA HIỆN TRƯỜNG", "KIỂM TRA HIỆN TRƯỜNG"),
        ("BIÊN BẢN HỌP\nHội đồng thẩm định dự án", "HỌP Hội đồng thẩm định dự án"),
    ],
    ids=["subtitle-line", "one-line", "meeting"],
)
def test_record_with_its_title_on_the_type_line(head: str, title: str) -> None:
    doc = parse_text(
        _MOTTO + "\n" + head + "\n\nHôm nay, ngày 08/6/2026, Sở Công Thương tiến hành kiểm tra.\n"
    )
    h = doc.header
    assert (h.doc_type, h.title) == ("Biên bản", title)
    assert h.issuer.name is None and h.date is None


@pytest.mark.parametrize(
    "line",
    [
        "VĂN BẢN MỚI",
        "CÔNG VĂN ĐẾN",
        "THÔNG TƯ LIÊN TỊCH",
        "ÁN LỆ SỐ 61/2023/AL",
        "VĂN BẢN HỢP NHẤT - VĂN PHÒNG QUỐC HỘI",
    ],
)
def test_no_title_is_read_off_these_lines(line: str) -> None:
    from vnlegal.header.zone import type_lead

    # A letter's type never heads a type line; a type alone, a typed number and a gazette's
    # head carry no title.
    assert type_lead(line) is None


# --- an issuer named by its founding decision ----------------------------------------------


@pytest.mark.parametrize(
    ("lines", "parent", "name"),
    [
        # B01 (KH 1105/KH-ĐKT, Sở Công Thương Lào Cai, 2026): the decision's number on its own line.
        (
            ["SỞ CÔNG THƯƠNG", "ĐOÀN KIỂM TRA", "THEO QUYẾT ĐỊNH", "SỐ 1050/QĐ-SCT"],
            "Sở Công Thương",
            "Đoàn Kiểm tra theo Quyết định số 1050/QĐ-SCT",
        ),
        (
            ["UBND TỈNH BẮC NINH", "ĐOÀN THANH TRA THEO QĐ SỐ 12/QĐ-UBND"],
            "Ủy ban nhân dân tỉnh Bắc Ninh",
            "Đoàn Thanh tra theo Quyết định số 12/QĐ-UBND",
        ),
        (
            ["BỘ Y TẾ", "HỘI ĐỒNG THẨM ĐỊNH", "THEO QUYẾT ĐỊNH SỐ 99/QĐ-BYT"],
            "Bộ Y tế",
            "Hội đồng thẩm định theo Quyết định số 99/QĐ-BYT",
        ),
    ],
    ids=["number-on-its-line", "code-for-type", "number-on-the-line"],
)
def test_issuer_named_by_its_founding_decision(lines: list[str], parent: str, name: str) -> None:
    right = [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "",
        "Lào Cai, ngày 10 tháng 3 năm 2026",
    ]
    rows = [
        f"{a} | {b}" if b else a
        for a, b in zip(lines, right + [""] * (len(lines) - len(right)), strict=False)
    ]
    text = (
        "\n".join(rows) + "\nSố: 1105/KH-ĐKT\n\nKẾ HOẠCH\nKiểm tra việc chấp hành\n\nThực hiện Quyết định.\n"
    )
    h = parse_text(text).header
    # The decision's type and symbol in their own case; the body's case is agency_case's.
    assert h.issuer.parent == parent and h.issuer.name is not None
    assert _f(h.issuer.name) == _f(name) and h.issuer.name.endswith(name.partition(" theo ")[2])
    assert h.symbol is not None and h.symbol.text == "1105/KH-ĐKT" and h.doc_type == "Kế hoạch"


@pytest.mark.parametrize(
    "adoption",
    [
        "Được Hội đồng Thẩm phán Tòa án nhân dân tối cao thông qua ngày 24 tháng 02 năm 2021.",
        # Án lệ 42/2021/AL read by OCR: noise inside the body's name.
        "Được Hội đồng Thẩm phán 1: òa án nhân dân tối cao thông qua ngày 24 tháng 02 năm 2021.",
        "Được Hội đồng Thẩm phán Tòa án nhân dân tối cao1 thông qua ngày 24 tháng 02 năm 2021.",
        "Được Hội đồng Thẩm phán (Tòa án nhân dân tối cao) thông qua ngày 24 tháng 02 năm 2021.",
    ],
    ids=["clean", "ocr-noise", "note-mark", "parenthesis"],
)
def test_adoption_statement_ends_the_title(adoption: str) -> None:
    text = (
        "ÁN LỆ SỐ 42/2021/AL\nVề quyền lựa chọn Tòa án giải quyết tranh chấp\n"
        f"{adoption}\nNguồn án lệ:\nBản án sơ thẩm số 54/2018/DS-ST.\n"
    )
    h = parse_text(text).header
    assert (h.doc_type, h.title) == ("Án lệ", "Về quyền lựa chọn Tòa án giải quyết tranh chấp")
    # The body is named only where its name reads clean.
    clean = adoption.startswith("Được Hội đồng Thẩm phán Tòa án nhân dân tối cao thông")
    assert h.issuer.name == ("Hội đồng Thẩm phán Tòa án nhân dân tối cao" if clean else None)


@pytest.mark.parametrize(
    ("title_lines", "title"),
    [
        # QĐ 2338/QĐ-UBND Lào Cai (scan, 2026): an investment decision's issue note.
        (
            "QUYẾT ĐỊNH CHẤP THUẬN CHỦ TRƯƠNG ĐẦU TƯ\nĐỒNG THỜI CHẤP THUẬN NHÀ ĐẦU TƯ\n"
            "(Cấp lần đầu: ngày 02 tháng 02 năm 2026)",
            "CHẤP THUẬN CHỦ TRƯƠNG ĐẦU TƯ ĐỒNG THỜI CHẤP THUẬN NHÀ ĐẦU TƯ",
        ),
        (
            "QUYẾT ĐỊNH\nCHẤP THUẬN CHỦ TRƯƠNG ĐẦU TƯ\n(Điều chỉnh lần thứ hai: ngày 5/3/2024)",
            "CHẤP THUẬN CHỦ TRƯƠNG ĐẦU TƯ",
        ),
        (
            "QUYẾT ĐỊNH\nVề việc chấp thuận chủ trương\n(Sửa đổi, bổ sung ngày 10 tháng 6 năm 2020)",
            "Về việc chấp thuận chủ trương",
        ),
        # Undated words in parentheses go on with the title.
        (
            "QUYẾT ĐỊNH\nVề việc chấp thuận chủ trương\n(dự án nhóm B)",
            "Về việc chấp thuận chủ trương (dự án nhóm B)",
        ),
    ],
    ids=["issue-note", "slash-date", "amended-note", "undated"],
)
def test_dated_note_under_the_title_is_no_part_of_it(title_lines: str, title: str) -> None:
    doc = parse_text(
        _UBND + title_lines + "\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI\n\nCăn cứ Luật;\nĐiều 1. X.\n"
    )
    assert (doc.header.doc_type, doc.header.title) == ("Quyết định", title)
