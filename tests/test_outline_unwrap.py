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


_HEADED = (
    "Điều 3. Phạm vi điều chỉnh\n"
    "Thông tư này quy định việc điều tra, đánh giá khoáng sản cát, sỏi lòng sông, lòng\n"
    "hồ và các khu vực có triển vọng để chuyển sang giai đoạn thăm dò khoáng sản sau.\n"
    "{heading:<82}\n"
    "1. Việc điều tra, đánh giá khoáng sản cát, sỏi lòng sông, lòng hồ được chia thành\n"
    "hai giai đoạn theo quy định của pháp luật về địa chất và khoáng sản hiện hành.\n"
    "2. Tỷ lệ điều tra, đánh giá khoáng sản được lựa chọn theo quy mô của khu vực và\n"
    "mức độ phức tạp của cấu trúc địa chất tại khu vực điều tra, đánh giá khoáng sản.\n"
)


@pytest.mark.parametrize(
    "heading",
    [
        "Điều 4. Trình tự, tỷ lệ điều tra, đánh giá khoáng sản cát, sỏi lòng sông, lòng hồ",
        "ĐIỀU 4. TRÌNH TỰ, TỶ LỆ ĐIỀU TRA, ĐÁNH GIÁ KHOÁNG SẢN CÁT, SỎI LÒNG SÔNG, LÒNG HỒ",
        "**Điều 4. Trình tự, tỷ lệ điều tra, đánh giá khoáng sản cát, sỏi lòng sông, lòng hồ**",
    ],
)
def test_a_heading_as_long_as_the_width_keeps_its_first_clause(heading: str) -> None:
    doc = vnlegal.parse_text(_HEADED.format(heading=heading))
    art = [n for n in doc.body if n.label == "4"]
    assert art and [c.label for c in art[0].children if c.kind == "item"] == ["1", "2"]


def test_a_wrapped_title_that_reads_like_a_marker_goes_on() -> None:
    """"Điều 18. Thay thế Biểu mẫu BM" / "I.1 và BM I.2 ..." : the title goes on."""
    heading = "Điều 4. Thay thế Biểu mẫu BM I.1 và BM I.2 tại Phụ lục 1 bằng Biểu mẫu số BM"
    doc = vnlegal.parse_text(_HEADED.format(heading=heading).replace("1. Việc", "I.1 và BM I.2 của việc", 1))
    assert not [n for n in doc.body[1].children if n.kind == "section"]


@pytest.mark.parametrize(
    "section",
    [
        "Mục 1. BẢO TỒN, BẢO VỆ LOÀI NGUY CẤP, QUÝ, HIẾM, LOÀI ĐỘNG VẬT RỪNG THÔNG THƯỜNG",
        "Mục 1. Bảo tồn, bảo vệ loài nguy cấp, quý, hiếm, loài động vật rừng thông thường",
        "**Mục 1. BẢO TỒN, BẢO VỆ LOÀI NGUY CẤP, QUÝ, HIẾM, LOÀI ĐỘNG VẬT RỪNG THÔNG THƯỜNG**",
    ],
)
def test_a_section_heading_as_long_as_the_width_keeps_the_next_article(section: str) -> None:
    text = _HEADED.format(heading=section).replace("1. Việc", "Điều 4. Nguyên tắc\n1. Việc", 1)
    doc = vnlegal.parse_text(text)
    labels = []
    for n in doc.body:
        labels += [n.label, *(c.label for c in n.children if c.kind == "article")]
    assert "4" in labels, labels



@pytest.mark.parametrize(
    ("mid", "ref"),
    [
        ("Điều 6c Luật Chất lượng sản phẩm, hàng hóa được sửa đổi, bổ sung tại khoản 1", "Điều 1"),
        ("Chương II Nghị định số 15/2018/NĐ-CP được sửa đổi, bổ sung theo quy định tại", "Điều 3"),
        ("Điều 5 của Luật Đầu tư công, khoản 2 Điều 9 Nghị định này, theo điểm a khoản 1", "Điều 7"),
    ],
)
def test_a_reference_that_starts_a_wrapped_line_heads_nothing(mid: str, ref: str) -> None:
    """html2text at 78 columns: a line that goes on a paragraph starts with a reference that
    reads like a heading ("Điều 6c Luật ..."); the reference on the next line is wrapped text
    too, not the next article."""
    paragraph = "\n".join(
        [
            "4. Hỗ trợ một lần cho một doanh nghiệp chi phí thử nghiệm và chứng nhận đối",
            "với doanh nghiệp sản xuất sản phẩm xuất khẩu chủ lực theo quy định tại khoản 5",
            mid,
            f"{ref} Luật sửa đổi, bổ sung một số điều của Luật Chất lượng sản phẩm,",
            "hàng hóa với mức tối đa 30% giá trị hợp đồng thử nghiệm và chứng nhận. Tiêu",
            "chí xác định doanh nghiệp được hỗ trợ do Bộ trưởng Bộ Khoa học quy định.",
        ]
    )
    text = "NGHỊ ĐỊNH\nĐiều 34. Hỗ trợ doanh nghiệp\n" + "\n".join([paragraph] * 3)
    doc = vnlegal.parse_text(text)
    assert [(n.kind, n.label) for n in doc.body] == [("article", "34")]


@pytest.mark.parametrize("leaders", [0, 3, 6])
def test_width_read_as_written_past_marks_and_dot_leaders(leaders: int) -> None:
    """html2text wraps the Markdown as written (marks counted) and cannot break a form's dot
    leader: "**Điều 18.** ... BM" is 78 columns, and "I.1 và BM I.2 ..." on the next line goes
    on the article, not a Roman section."""
    import textwrap

    prose = " ".join(["Các hồ sơ đã được cơ quan có thẩm quyền tiếp nhận trước ngày Thông tư này"] * 6)
    wrapped = textwrap.fill(prose, 78)
    leader = "Họ và tên người đề nghị:" + "." * 90
    text = "\n".join(
        ["THÔNG TƯ", "**Điều 17.** Quy định chung", wrapped, *[leader] * leaders,
         "**Điều 18.** Thay thế Biểu mẫu BM I.1 và BM I.2 tại Phụ lục 1 bằng Biểu mẫu BM",
         "I.1 và BM I.2 ban hành kèm theo Thông tư này.", "", "**Điều 19.** Bãi bỏ Biểu mẫu BM I.3.", wrapped]
    )  # fmt: skip
    doc = vnlegal.parse_text(text)
    assert [(n.kind, n.label) for n in doc.body] == [("article", "17"), ("article", "18"), ("article", "19")]
