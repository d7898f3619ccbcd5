"""DOCX reader: document order, tables, Word's automatic numbering, hints, failure modes."""

from __future__ import annotations

import io
import re
import zipfile

import pytest

import vnlegal
from vnlegal.readers.docx import read_docx
from vnlegal.readers.numbering import Numbering, bullet_label, format_number

from .conftest import parsed as parsed_text
from .readers_support import binary, find, outline, parsed, score

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# --- the real documents ----------------------------------------------------------------


@pytest.mark.parametrize(("name", "text"), [("B06_", "004"), ("B08_", "050")])
def test_docx_matches_gold_of_its_text_version(name: str, text: str) -> None:
    doc = parsed(name)
    result = score(doc, text)
    assert result.error is None
    assert all(result.header.values()), result.header
    assert result.outline.f1 is None or result.outline.f1 >= 0.97
    assert doc.source.format == "docx"
    assert doc.source.pages is None


@pytest.mark.parametrize(("name", "text"), [("B06_", "004"), ("B08_", "050")])
def test_docx_gives_the_tree_of_its_text_version(name: str, text: str) -> None:
    ours, theirs = parsed(name), parsed_text(text)
    assert outline(ours) == outline(theirs)
    assert ours.header.model_dump(exclude={"span"}) == theirs.header.model_dump(exclude={"span"})
    assert ours.closing == theirs.closing


def test_auto_numbered_task_table_keeps_its_rows() -> None:
    doc = parsed("B06_")
    rows = [a for a in doc.assignments if a.source == "table"]
    assert len(rows) == 9
    assert rows[2].implementers == ["Đỗ Mạnh Cường", "Vũ Việt Linh", "Nguyễn Thị Loan"]
    # The TT column is Word numbering: 1. .. 9., absent from paragraph.text.
    assert "\n9. | Trình ký Quyết định, chứng chỉ | Đỗ Mạnh Cường |" in doc.text


# --- automatic numbering ---------------------------------------------------------------

_LABEL = re.compile(r"^\s*(Điều \d+\.|[IVX]+\.|\d+(?:\.\d+)*\.|[a-zđ]\))(?=\s)")


def _labels(text: str) -> list[str]:
    return [m.group(1) for line in text.splitlines() if (m := _LABEL.match(line))]


def test_numbering_matches_libreoffice_text_export() -> None:
    reference = binary("numbering.lo.txt").read_text(encoding="utf-8-sig")
    ours = read_docx(binary("numbering.docx").read_bytes()).pages[0]
    assert _labels(ours) == _labels(reference)
    assert _labels(ours)[:9] == ["Điều 1.", "Điều 2.", "1.", "a)", "b)", "2.", "Điều 3.", "1.", "2."]


def test_numbering_document_parses_as_a_decision() -> None:
    doc = parsed("numbering.docx")
    h = doc.header
    assert (h.doc_type, h.symbol and h.symbol.text, h.place, str(h.date)) == (
        "Quyết định",
        "25/2024/QĐ-BCT",
        "Hà Nội",
        "2024-09-10",
    )
    assert h.issuer.name == "Bộ Công Thương"
    assert h.title == "Ban hành Quy chế mẫu về đánh số tự động"
    assert [n.id for n in doc.body] == ["dieu_1", "dieu_2", "dieu_3"]
    assert [n.id for n in find(doc.body, "dieu_2").children] == ["dieu_2.khoan_1", "dieu_2.khoan_2"]
    assert [n.label for n in find(doc.body, "dieu_2.khoan_1").children] == ["a", "b"]
    assert doc.closing.signature is not None and doc.closing.signature.name == "Nguyễn Văn An"
    # A second list instance with a start override restarts the Roman sections.
    sections = [n.label for n in doc.attachments[0].body if n.kind == "section"]
    assert sections == ["I", "II", "I"]


def test_caps_hidden_text_breaks_and_symbol_bullets() -> None:
    text = parsed("numbering.docx").text
    assert "\nQUYẾT ĐỊNH\n" in text  # typed "quyết định" with w:caps
    assert "BẢN NHÁP" not in text  # a run in a hidden character style
    assert "- Báo cáo kết quả\ntrước ngày 31 tháng 12 năm 2024." in text  # w:br inside
    assert "\n- Rà soát văn bản;" in text  # Symbol-font bullet U+F0B7 -> "-"


def test_table_spans_and_vertical_merges() -> None:
    text = read_docx(binary("numbering.docx").read_bytes()).pages[0]
    assert "2. | Tập huấn cán bộ | Vụ Tổ chức cán bộ |\n" in text  # vMerge continuation is empty
    assert "3. | Tổng kết, đánh giá | | Năm 2025" in text  # gridSpan 2 -> one padding cell


def test_bold_and_centered_hints_reach_the_lines() -> None:
    from vnlegal.api import _paged_lines

    result = read_docx(binary("numbering.docx").read_bytes())
    _, lines = _paged_lines(result)
    by_text = {ln.text: ln for ln in lines}
    assert by_text["QUYẾT ĐỊNH"].bold and by_text["QUYẾT ĐỊNH"].centered
    assert by_text["Căn cứ Nghị định số 96/2022/NĐ-CP ngày 29 tháng 11 năm 2022 của Chính phủ;"].bold is None


def test_format_number_and_bullets() -> None:
    assert [format_number(n, "upperRoman") for n in (1, 4, 9, 14, 40)] == ["I", "IV", "IX", "XIV", "XL"]
    assert [format_number(n, "lowerLetter") for n in (1, 26, 27, 28)] == ["a", "z", "aa", "bb"]
    assert format_number(3, "decimalZero") == "03"
    assert format_number(3, "none") == ""
    assert bullet_label("\uf0b7") == "-" and bullet_label("o") == "-" and bullet_label("+") == "+"


def _numbering(xml: str, style_num: dict[str, tuple[str | None, int | None]] | None = None) -> Numbering:
    from lxml import etree

    root = etree.fromstring(f'<w:numbering xmlns:w="{W_NS}">{xml}</w:numbering>')
    return Numbering(root, style_num or {})


def _lvl(ilvl: int, fmt: str, text: str, extra: str = "") -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>'
    )


RESTART_AFTER_0 = '<w:lvlRestart w:val="1"/>'
SPACE_SUFFIX = '<w:suff w:val="space"/>'


def test_levels_restart_when_a_higher_level_is_used() -> None:
    n = _numbering(
        f'<w:abstractNum w:abstractNumId="1">{_lvl(0, "decimal", "%1.")}{_lvl(1, "decimal", "%1.%2.")}'
        f"{_lvl(2, 'lowerLetter', '%3)', RESTART_AFTER_0)}</w:abstractNum>"
        '<w:num w:numId="7"><w:abstractNumId w:val="1"/></w:num>'
    )
    seq = [(0,), (1,), (2,), (1,), (2,), (0,), (1,), (2,)]
    labels = [(n.label("7", lv[0]) or ("?", ""))[0] for lv in seq]
    # Level 2 restarts only after level 0 (lvlRestart 1), not after level 1.
    assert labels == ["1.", "1.1.", "a)", "1.2.", "b)", "2.", "2.1.", "a)"]


def test_list_instances_share_counts_unless_they_override_the_start() -> None:
    n = _numbering(
        f'<w:abstractNum w:abstractNumId="1">{_lvl(0, "upperRoman", "%1.")}</w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
        '<w:num w:numId="3"><w:abstractNumId w:val="1"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
    )
    labels = [(n.label(nid, 0) or ("?", ""))[0] for nid in ("1", "1", "2", "3", "3")]
    assert labels == ["I.", "II.", "III.", "I.", "II."]
    assert n.label("99", 0) is None


def test_numbering_style_links_are_followed() -> None:
    n = _numbering(
        '<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="ListDieu"/></w:abstractNum>'
        f'<w:abstractNum w:abstractNumId="2"><w:styleLink w:val="ListDieu"/>'
        f"{_lvl(0, 'decimal', 'Điều %1.', SPACE_SUFFIX)}</w:abstractNum>"
        '<w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>'
        '<w:num w:numId="6"><w:abstractNumId w:val="2"/></w:num>',
        {"ListDieu": ("6", None)},
    )
    assert n.label("5", 0) == ("Điều 1.", "space")
    assert n.label("5", 0) == ("Điều 2.", "space")


def test_legal_numbering_shows_decimal_for_roman_parents() -> None:
    n = _numbering(
        f'<w:abstractNum w:abstractNumId="1">{_lvl(0, "upperRoman", "%1.")}'
        f"{_lvl(1, 'decimal', '%1.%2.', '<w:isLgl/>')}</w:abstractNum>"
        '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
    )
    assert [(n.label("1", lv) or ("?", ""))[0] for lv in (0, 0, 1)] == ["I.", "II.", "2.1."]


# --- XML details -----------------------------------------------------------------------


def _docx(
    body: str,
    *,
    extra_parts: dict[str, str] | None = None,
    main_type: str = "wordprocessingml.document.main+xml",
    prolog: str = "",
) -> bytes:
    """A minimal DOCX package around ``body`` (the children of w:body)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
            f'officedocument.{main_type}"/></Types>',
        )
        zf.writestr(
            "_rels/.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        )
        zf.writestr(
            "word/document.xml",
            f'<?xml version="1.0"?>{prolog}<w:document xmlns:w="{W_NS}" xmlns:mc="http://schemas.openxmlformats.org/'
            f'markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/'
            f'wordprocessingShape"><w:body>{body}</w:body></w:document>',
        )
        for name, content in (extra_parts or {}).items():
            zf.writestr(name, content)
    return buf.getvalue()


def _p(inner: str) -> str:
    return f"<w:p>{inner}</w:p>"


def _r(text: str, rpr: str = "") -> str:
    return f'<w:r>{f"<w:rPr>{rpr}</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{text}</w:t></w:r>'


def test_fields_deletions_and_text_boxes() -> None:
    body = _p(
        _r("Trang ")
        + '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
        + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + _r("3")
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        + "<w:del><w:r><w:delText>xoá</w:delText></w:r></w:del>"
        + "<w:ins><w:r><w:t>thêm</w:t></w:r></w:ins>"
    ) + _p(
        _r("Neo") + '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
        "<wp:positionH><wp:posOffset>2082165</wp:posOffset></wp:positionH>"
        f"<wps:txbx><w:txbxContent>{_p(_r('Hộp chữ'))}</w:txbxContent></wps:txbx>"
        "</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>"
        f"<w:txbxContent>{_p(_r('Hộp chữ'))}</w:txbxContent></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )
    text = read_docx(_docx(body)).pages[0]
    assert "Trang 3thêm" in text
    assert "PAGE" not in text and "xoá" not in text
    assert text.count("Hộp chữ") == 1  # the fallback copy is left out
    assert "2082165" not in text  # drawing positions are not text


def test_one_column_table_is_a_frame() -> None:
    body = (
        '<w:tbl><w:tblGrid><w:gridCol w:w="9000"/></w:tblGrid>'
        f"<w:tr><w:tc>{_p(_r('Khung thứ nhất'))}{_p(_r('Dòng hai'))}</w:tc></w:tr></w:tbl>"
    )
    assert read_docx(_docx(body)).pages[0].splitlines() == ["Khung thứ nhất", "Dòng hai"]


def test_nested_table_stays_inside_its_cell() -> None:
    inner = (
        "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
        f"<w:tr><w:tc>{_p(_r('x1'))}</w:tc><w:tc>{_p(_r('y1'))}</w:tc></w:tr></w:tbl>"
    )
    body = (
        "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
        f"<w:tr><w:tc>{_p(_r('A'))}</w:tc><w:tc>{inner}{_p('')}</w:tc></w:tr></w:tbl>"
    )
    assert re.fullmatch(r"A \| x1 {3,}y1", read_docx(_docx(body)).pages[0])


# --- failure modes ---------------------------------------------------------------------


def test_damaged_zip_is_corrupt() -> None:
    data = binary("B08_").read_bytes()
    with pytest.raises(vnlegal.CorruptDocumentError, match="DOCX"):
        vnlegal.parse(data[: len(data) // 2], format="docx")


def test_package_without_main_document_is_corrupt() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        )
        zf.writestr("word/other.xml", "<x/>")
    with pytest.raises(vnlegal.CorruptDocumentError, match="no main document"):
        vnlegal.parse(buf.getvalue(), format="docx")


def test_spreadsheet_is_not_a_word_document() -> None:
    data = _docx(_p(_r("x")), main_type="spreadsheetml.sheet.main+xml")
    with pytest.raises(vnlegal.UnsupportedFormatError, match="not a Word document"):
        vnlegal.parse(data, format="docx")


def test_broken_xml_is_corrupt() -> None:
    data = _docx("<w:p><w:r><w:t>không đóng thẻ</w:r></w:p>")
    with pytest.raises(vnlegal.CorruptDocumentError, match="broken XML"):
        vnlegal.parse(data, format="docx")


def test_empty_document_raises_empty() -> None:
    with pytest.raises(vnlegal.EmptyDocumentError):
        vnlegal.parse(_docx(_p("")), format="docx")


def test_too_much_xml_is_refused() -> None:
    with pytest.raises(vnlegal.TooLargeError):
        vnlegal.parse(binary("B08_"), limits=vnlegal.Limits(max_docx_uncompressed=1000))


def test_entities_are_not_expanded() -> None:
    data = _docx(
        _p(_r("a &x; b")),
        prolog='<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
    )
    # DOCX never carries a DTD: one is an external-entity probe or an entity bomb, refused
    # before any text is read.
    with pytest.raises(vnlegal.CorruptDocumentError, match="DTD") as err:
        read_docx(data)
    assert "root:" not in str(err.value)


def _styled_docx(body: str, *, normal: str = "") -> bytes:
    """A DOCX with a styles part: "Normal" (default; ``normal`` is its w:rPr content) and
    "Heading", based on it, bold and centered."""
    styles = (
        f'<?xml version="1.0"?><w:styles xmlns:w="{W_NS}">'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
        f"<w:rPr>{normal}</w:rPr></w:style>"
        '<w:style w:type="paragraph" w:styleId="Heading"><w:basedOn w:val="Normal"/>'
        '<w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/></w:rPr></w:style></w:styles>'
    )
    rels = (
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
        '2006/relationships/styles" Target="styles.xml"/></Relationships>'
    )
    return _docx(body, extra_parts={"word/styles.xml": styles, "word/_rels/document.xml.rels": rels})


HEADING = '<w:pPr><w:pStyle w:val="Heading"/></w:pPr>'


@pytest.mark.parametrize(
    ("paragraph", "hint"),
    [
        (_p(_r("bold", "<w:b/>")), (True, None)),
        (_p(_r("empty value is on", '<w:b w:val=""/>')), (True, None)),
        (_p(_r("zero", '<w:b w:val="0"/>')), (None, None)),
        (_p(_r("False in capitals", '<w:b w:val="False"/>')), (None, None)),
        (_p(_r("half ", "<w:b/>") + _r("bold")), (None, None)),
        (_p(_r("bold text ", "<w:b/>") + "<w:r><w:rPr><w:b w:val='0'/></w:rPr><w:tab/></w:r>"), (True, None)),
        (_p(HEADING + _r("style bold and centered")), (True, True)),
        (_p(HEADING + _r("one run ", '<w:b w:val="off"/>') + _r("not bold")), (None, True)),
        (_p('<w:pPr><w:pStyle w:val="Heading"/><w:jc w:val="left"/></w:pPr>' + _r("left")), (True, None)),
        (_p('<w:pPr><w:jc w:val="center"/></w:pPr>' + _r("centered")), (None, True)),
        (_p(HEADING), (None, True)),  # no text run: never bold
    ],
)
def test_bold_and_centered_hints_follow_runs_and_styles(
    paragraph: str, hint: tuple[bool | None, bool | None]
) -> None:
    """A paragraph is bold when every text run is (its own w:b, else its style's), centered by
    its w:jc, else its style's."""
    result = read_docx(_styled_docx(_p(_r("KẾ HOẠCH")) + paragraph))
    assert result.hints[0][1:] == [hint]


def test_hints_under_a_bold_default_style() -> None:
    body = _p(_r("plain")) + _p(_r("off", '<w:b w:val="false"/>')) + _p(HEADING + _r("heading"))
    result = read_docx(_styled_docx(body, normal="<w:b/>"))
    assert result.hints[0] == [(True, None), (None, None), (True, True)]


def test_tab_stops_are_not_text_but_tabs_are() -> None:
    """A paragraph's tab-stop definitions (w:pPr/w:tabs/w:tab) are layout; a run's w:tab is a tab."""
    tabs = (
        '<w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/>'
        '<w:tab w:val="center" w:pos="4320"/></w:tabs></w:pPr>'
    )
    body = _p(tabs + _r("Nơi nhận:") + "<w:r><w:tab/></w:r>" + _r("KT. CHỦ TỊCH"))
    assert read_docx(_docx(body)).pages[0] == "Nơi nhận:\tKT. CHỦ TỊCH"
