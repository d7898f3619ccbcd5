"""PDF reader: columns, running heads, notes, paragraphs, tables, pages, failure modes."""

from __future__ import annotations

import threading

import pytest

import vnlegal
from vnlegal.readers.bullets import lead_bullet
from vnlegal.readers.pdf import garbled_reason, read_pdf

from .readers_support import binary, find, outline, parsed, score

# --- real PDFs -------------------------------------------------------------------------

_AMENDED_BY = "được sửa đổi, bổ sung theo quy định tại"


def test_b02_decision_header_outline_and_closing() -> None:
    doc = parsed("B02_")
    h = doc.header
    assert doc.source.format == "pdf" and doc.source.pages == 2
    assert (h.doc_type, h.symbol and h.symbol.text, h.issuer.name, h.place, str(h.date)) == (
        "Quyết định", "1074/QĐ-BXD", "Bộ Xây dựng", "Hà Nội", "2026-06-29"
    )
    assert h.title is not None and h.title.startswith("Ban hành các giải pháp kỹ thuật nâng cao an toàn")
    assert h.title.endswith("thuộc thẩm quyền quản lý của Bộ Xây dựng")
    assert outline(doc) == [
        ("article:1",), ("article:2",), ("article:3",),
        ("article:3", "item:1"), ("article:3", "item:2"),
    ]  # fmt: skip
    sig = doc.closing.signature
    assert sig is not None
    assert (sig.authority_lines, sig.position, sig.name) == (["KT. BỘ TRƯỞNG"], "THỨ TRƯỞNG", "Phạm Minh Hà")
    assert len(doc.closing.recipients) == 11
    assert [n.page for n in doc.body] == [1, 1, 2]


def test_b02_two_column_header_is_split_by_position() -> None:
    first = read_pdf(binary("B02_").read_bytes()).pages[0].splitlines()
    # pdfium interleaves "BỘ XÂY DỰNG CỘNG HÒA ..."; the reader keeps the columns apart.
    assert first[0] == "BỘ XÂY DỰNG    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert first[2] == "Số: 1074/QĐ-BXD    Hà Nội, ngày 29 tháng 6 năm 2026"
    # Wrapped lines are one paragraph again.
    assert any(line.startswith("Căn cứ Luật Ban hành văn bản") and line.endswith("ngày 25 tháng 6 năm 2025;")
               for line in first)  # fmt: skip


def test_b10_gazette_heads_go_and_notes_are_kept_apart() -> None:
    doc = parsed("B10")
    assert doc.source.pages == 33
    assert "CÔNG BÁO" not in doc.text
    assert "Xem tiếp Công báo" not in doc.text
    # The page notes are kept after the text, not in it (tests/test_footnotes.py).
    assert len(doc.footnotes) == 18
    assert doc.text.index(_AMENDED_BY) >= doc.footnotes[0].span.start
    # Page 33 has no text layer but shows ink: read by OCR where Tesseract is installed, else
    # reported as missing (issue 18).
    assert [o.page for o in doc.source.ocr] == [33] or any(
        "33" in w and "no text layer" in w for w in doc.source.warnings
    )
    # Raised note marks ("3.²", "thẩm tra¹⁷") are not text: khoản 3 stays khoản 3.
    art4 = find(doc.body, "chuong_I.dieu_4")
    assert [n.label for n in art4.children] == [str(k) for k in range(1, 9)] + ["8a"] + [
        str(k) for k in range(9, 16)
    ]
    assert "cơ quan chủ trì thẩm tra dự án luật" in doc.text


def test_b10_outline_and_pages() -> None:
    doc = parsed("B10")
    h = doc.header
    assert (h.doc_type, h.issuer.name, h.title) == (
        "Luật", "Văn phòng Quốc hội", "BAN HÀNH VĂN BẢN QUY PHẠM PHÁP LUẬT"
    )
    articles = [n for n in doc.iter_nodes() if n.kind == "article"]
    assert [n.label for n in articles] == [str(k) for k in range(1, 52)]
    assert [n.label for n in doc.body] == ["I", "II", "III"]
    assert find(doc.body, "chuong_III.muc_1.dieu_51").page == 32
    assert articles[0].page == 1
    assert all(n.page is not None for n in doc.iter_nodes())


def test_paragraphs_rejoin_across_page_breaks() -> None:
    doc = parsed("B10")
    # Điều 3 khoản 1 continues from page 2 without a break.
    item = find(doc.body, "chuong_I.dieu_3.khoan_1")
    assert item.text is not None or item.title is not None
    body = item.text or item.title or ""
    assert body.endswith("được Nhà nước bảo đảm thực hiện.")


@pytest.mark.parametrize(("name", "text"), [("B06.pdf", "004"), ("B08.pdf", "050")])
def test_pdf_printed_from_docx_matches_gold(name: str, text: str) -> None:
    doc = parsed(name)
    result = score(doc, text)
    assert result.error is None
    assert all(result.header.values()), result.header
    assert result.outline.f1 is None or result.outline.f1 >= 0.97


def test_ruled_table_becomes_rows_of_cells() -> None:
    doc = parsed("B06.pdf")
    rows = [a for a in doc.assignments if a.source == "table"]
    assert len(rows) == 9
    assert rows[0].implementers == ["Vũ Việt Linh", "Nguyễn Thị Loan"]
    row = "1. | Rà soát việc đáp ứng các điều kiện của học viên | Vũ Việt Linh\nNguyễn Thị Loan |"
    assert row in doc.text


def test_line_end_hyphen_and_symbol_bullets() -> None:
    text = parsed("B08.pdf").text
    # pdfium marks the line-end hyphen of "105/2024/NĐ-\nCP" with U+FFFE.
    assert "Nghị định số 105/2024/NĐ-CP ngày 01 tháng 8 năm 2024" in text
    assert "\ufffe" not in text
    numbered = parsed("numbering.pdf").text
    assert "\uf0b7" not in numbered
    assert "\n- Rà soát văn bản;" in numbered


def test_lead_bullet() -> None:
    assert lead_bullet("\uf0b7\tMột\n  \uf0a7 Hai\nBa \uf0b7") == "-\tMột\n  - Hai\nBa \uf0b7"


def test_hints_mark_bold_and_centered_lines() -> None:
    result = read_pdf(binary("B10").read_bytes())
    lines = result.pages[0].splitlines()
    hints = dict(zip(lines, result.hints[0], strict=True))
    assert hints["Điều 1. Phạm vi điều chỉnh"][0] is True
    assert hints["LUẬT"][1] is True


def test_parallel_parses_agree() -> None:
    path = binary("B02_")
    results: list[str] = []

    def work() -> None:
        results.append(vnlegal.parse(path).text)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 4 and len(set(results)) == 1


# --- failure modes ---------------------------------------------------------------------


def test_scanned_pdf_needs_ocr() -> None:
    # With OCR (the default "auto") a scan is read: tests/test_ocr.py; without it, refused.
    with pytest.raises(vnlegal.NoTextLayerError, match="OCR"):
        vnlegal.parse(binary("B04_"), ocr="never")


def test_fonts_without_unicode_map_need_ocr() -> None:
    with pytest.raises(vnlegal.NoTextLayerError, match="Unicode map"):
        vnlegal.parse(binary("B06_nomap.pdf"), ocr="never")


def test_password_protected_pdf() -> None:
    with pytest.raises(vnlegal.EncryptedDocumentError, match="password"):
        vnlegal.parse(binary("B06_encrypted.pdf"))


@pytest.mark.parametrize("cut", [0.1, 0.5, 0.9])
def test_truncated_pdf_is_corrupt_or_partial(cut: float) -> None:
    data = binary("B06.pdf").read_bytes()
    try:
        doc = vnlegal.parse(data[: int(len(data) * cut)])
    except vnlegal.ParseError as exc:
        assert isinstance(exc, vnlegal.CorruptDocumentError | vnlegal.NoTextLayerError)
    else:
        assert doc.source.format == "pdf"


def test_not_a_pdf_is_corrupt() -> None:
    with pytest.raises(vnlegal.CorruptDocumentError, match="damaged PDF"):
        vnlegal.parse(b"%PDF-1.7\nthis is not a PDF body")


def test_too_many_pages() -> None:
    with pytest.raises(vnlegal.TooLargeError, match="33 pages"):
        vnlegal.parse(binary("B10"), limits=vnlegal.Limits(max_pages=10))


@pytest.mark.parametrize(
    "text",
    [
        # Cyrillic and Armenian letters mixed with plain Latin
        "Сăn сứ Нghị định số 72/2015 ngày 07 tháng 9 năm 2015 của Сhính phủ vԑ quản lý հoạt động Սառ",
        # TCVN3 read as Latin-1
        "C¨n cø NghÞ ®Þnh sè 72/2015/N§-CP ngµy 07 th¸ng 9 n¨m 2015 cña ChÝnh phñ vÒ qu¶n lý ho¹t ®éng",
        # digits for letters
        "C3n c7 Ngh9 84nh s5 72/2015 ng2y 07 th1ng 9 n4m 2015 c6a Ch3nh ph6 v5 qu4n l0 ho4t 84ng th4ng",
        # glyph ids for characters
        "\x01\x04\x05\x06\x07\x08\x05\t\x0b\x05\x0c\x0e \x01\x01\x04\x05\x01\x06\x07\x08\x01\t" * 3,
    ],
)
def test_garbled_text_is_detected(text: str) -> None:
    assert garbled_reason(text) is not None


def test_readable_text_is_not_garbled() -> None:
    doc_text = parsed("B02_").text
    assert garbled_reason(doc_text) is None
    assert garbled_reason("Luật số 80/2015/QH13; Điều 5a khoản 2 điểm b; m2, km2, 13h30; QH15") is None
