"""HTML reader: the document part of portal pages, tables, encodings, failure modes."""

from __future__ import annotations

import pytest

import vnlegal
from vnlegal.readers.html import read_html

from .readers_support import binary, outline, parsed, score


def test_portal_page_gives_the_document_only() -> None:
    doc = parsed("portal.html")
    assert doc.source.format == "html"
    h = doc.header
    assert (h.doc_type, h.symbol and h.symbol.text, h.issuer.name, h.place, str(h.date)) == (
        "Quyết định", "25/2024/QĐ-BCT", "Bộ Công Thương", "Hà Nội", "2024-09-10"
    )
    assert outline(doc) == [
        ("article:1",), ("article:2",), ("article:2", "item:1"), ("article:2", "item:1", "point:a"),
        ("article:2", "item:1", "point:b"), ("article:2", "item:2"), ("article:3",),
        ("article:3", "item:1"), ("article:3", "item:2"),
    ]  # fmt: skip
    sig = doc.closing.signature
    assert sig is not None and sig.name == "Nguyễn Văn An"
    assert doc.closing.recipients == ["Như Điều 3", "Lưu: VT, PC."]
    for noise in ("Trang chủ", "Văn bản liên quan", "Điều 99", "Nội dung ẩn", "Bản quyền", "Số ký hiệu"):
        assert noise not in doc.text
    # A raised note number is not text.
    assert "việc đánh số tự động." in doc.text


def test_html_saved_from_word_matches_gold() -> None:
    doc = parsed("B06.html")
    result = score(doc, "004")
    assert result.error is None
    assert all(result.header.values()), result.header
    assert result.outline.f1 is None or result.outline.f1 >= 0.97
    assert len([a for a in doc.assignments if a.source == "table"]) == 9


def test_without_a_known_container_the_text_heavy_block_wins() -> None:
    page = (
        "<html><body><div class='menu'><a href='/'>Trang chủ</a> <a href='/x'>Tin tức</a>"
        "<a href='/y'>Liên hệ với chúng tôi qua số điện thoại</a></div>"
        "<div class='main'><div class='doc'>"
        + "".join(f"<p>Điều {k}. Nội dung của điều {k} quy định chi tiết thi hành.</p>" for k in range(1, 6))
        + "</div></div><div class='foot'><a href='/z'>Bản quyền thuộc về cổng thông tin</a></div>"
        + "</body></html>"
    )
    text = read_html(page.encode()).pages[0]
    assert text.splitlines()[0].startswith("Điều 1.")
    assert "Trang chủ" not in text and "Bản quyền" not in text


def test_tables_rows_spans_and_line_breaks() -> None:
    page = (
        "<html><body><table>"
        "<tr><th>TT</th><th>Nội dung</th><th>Đơn vị chủ trì</th></tr>"
        "<tr><td>1</td><td colspan='2'>Rà soát</td></tr>"
        "<tr><td>2</td><td>Tập huấn<br>cán bộ</td><td>Sở Nội vụ</td></tr>"
        "</table></body></html>"
    )
    assert read_html(page.encode()).pages[0].splitlines() == [
        "TT | Nội dung | Đơn vị chủ trì",
        "1 | Rà soát | ",
        "2 | Tập huấn",
        "cán bộ | Sở Nội vụ",
    ]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        # cp1258 writes tone marks as combining characters after the letter.
        ("<html><body><p>U\u0309y ban nhân dân</p></body></html>".encode("cp1258"), "Ủy ban nhân dân"),
        (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258">'
            "</head><body><p>Ha\u0300 Nô\u0323i</p></body></html>".encode("cp1258"),
            "Hà Nội",
        ),
        ("<html><body><p>Độc lập</p></body></html>".encode("utf-16"), "Độc lập"),
    ],
)
def test_encodings(data: bytes, expected: str) -> None:
    import unicodedata

    text = unicodedata.normalize("NFC", read_html(data).pages[0])
    assert text == expected


def test_empty_page() -> None:
    with pytest.raises(vnlegal.EmptyDocumentError):
        vnlegal.parse(b"<html><body>   </body></html>")
    with pytest.raises(vnlegal.EmptyDocumentError):
        vnlegal.parse(b"", format="html")


def test_too_large() -> None:
    with pytest.raises(vnlegal.TooLargeError):
        vnlegal.parse(binary("portal.html"), limits=vnlegal.Limits(max_bytes=100))
    with pytest.raises(vnlegal.TooLargeError):
        read_html(binary("portal.html").read_bytes(), limits=vnlegal.Limits(max_bytes=100))


def test_binary_garbage_declared_html_is_typed() -> None:
    data = b"<html><body>" + bytes(range(256)) * 8 + b"</body></html>"
    try:
        vnlegal.parse(data, format="html")
    except vnlegal.ParseError:
        pass


# Category: the child that holds most of the page's text starts mid-document (markup that never
# closes its <div>s nests the rest of the document inside the paragraph after the header). The
# header and the first headings before that child are the document's, not the page's.
_BODY = "".join(
    f"<p>Điều {k}. Nội dung {k}</p><p>Cơ quan, tổ chức thực hiện nội dung {k} theo quy định pháp luật.</p>"
    for k in range(1, 30)
)


@pytest.mark.parametrize(
    ("before", "first"),
    [
        # a chapter heading, then its title, as blocks of their own
        ("<p class='prov-chapter'><b>Chương I</b></p><p><b>QUY ĐỊNH CHUNG</b></p>", "Chương I"),
        # lower case, the heading inside a <div> wrapped in <strong>
        ("<div><strong>CHƯƠNG 1</strong></div><div>Những quy định chung</div>", "CHƯƠNG 1"),
        # the header's motto table (no heading at all before the child)
        (
            "<table><tr><td>BỘ TÀI CHÍNH</td><td>CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>"
            "Độc lập - Tự do - Hạnh phúc</td></tr></table><p>THÔNG TƯ</p>",
            "BỘ TÀI CHÍNH",
        ),
    ],
)
def test_document_text_before_the_heaviest_child_is_kept(before: str, first: str) -> None:
    page = f"<html><body><div class='page'>{before}<div class='paragraph'>{_BODY}</div></div></body></html>"
    text = read_html(page.encode()).pages[0]
    assert text.splitlines()[0].startswith(first)
    assert "Điều 29." in text


def test_linked_headings_outside_the_document_are_still_left() -> None:
    """A table of contents made of links ("Chương I", "Điều 1") is the page's navigation."""
    toc = "<div class='toc'>" + "".join(f"<a href='#d{k}'>Điều {k}.</a><br>" for k in range(1, 4)) + "</div>"
    page = f"<html><body><div class='page'>{toc}<div class='paragraph'>{_BODY}</div></div></body></html>"
    text = read_html(page.encode()).pages[0]
    assert text.splitlines()[0].startswith("Điều 1. Nội dung 1")
