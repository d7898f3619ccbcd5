"""A PDF's page footnotes (issue 14, "No text lost"): kept in ``Document.text`` after the last
part, one per line with their number, in a "footnotes" part, each tied to its mark; read by no
structure stage; their citations tagged with the note; in the Markdown and AKN exports.

The real document is dev B10, a consolidated law (VBHN) whose 18 notes are its amendment
history; the layout steps are also checked on constructed pages, one per shape of mark.
"""

from __future__ import annotations

import pytest

import vnlegal
from vnlegal.export.akn import to_akn
from vnlegal.layout.footnotes import append_footnotes
from vnlegal.model import Document
from vnlegal.readers.pdf_layout import Page, Seg, layout_pages

from .invariants import check_document
from .readers_support import find, parsed
from .test_export_akn import NS, validate
from .test_markdown_conservation import conservation_failure
from .test_parts import assert_tiles

_AMENDED_BY = "được sửa đổi, bổ sung theo quy định tại"


def b10() -> Document:
    return parsed("B10")


# --- the real document ---------------------------------------------------------------------


def test_every_note_is_kept_with_its_number_text_and_page() -> None:
    doc = b10()
    notes = doc.footnotes
    assert [f.label for f in notes] == [str(k) for k in range(1, 19)]
    assert [f.id for f in notes][:2] == ["footnote.1", "footnote.2"]
    assert [f.page for f in notes][:6] == [1, 2, 3, 3, 4, 7]
    two = notes[1]
    assert two.text == (
        "Khoản này được sửa đổi, bổ sung theo quy định tại điểm a khoản 1 Điều 1 của Luật số "
        "63/2020/QH14 sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật, có "
        "hiệu lực kể từ ngày 01 tháng 01 năm 2021."
    )
    # A note printed over several lines and paragraphs is one line of the text.
    assert notes[0].text.startswith("Luật số 63/2020/QH14 sửa đổi, bổ sung một số điều của Luật Ban hành")
    assert notes[0].text.endswith("Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn "
                                  "bản quy phạm pháp luật số 80/2015/QH13.”.")  # fmt: skip
    for f in notes:
        assert doc.text[f.span.start : f.span.end] == f"{f.label} {f.text}"
        assert "\n" not in f.text
    assert not any("left out of the text" in w or "footnote" in w for w in doc.source.warnings)
    check_document(doc)


@pytest.mark.parametrize(
    ("label", "before", "after"),
    [
        # a mark after a clause's marker ("3.²")
        ("2", "nghị quyết của Quốc hội.\n3.", " Pháp lệnh, nghị quyết của Ủy ban thường vụ"),
        # after a heading, at the end of its line
        ("5", "thực hiện phản biện xã hội đối với dự thảo văn bản quy phạm pháp luật", "\n1. Mặt trận"),
        # glued to a word inside a sentence ("thẩm tra¹⁷ dự án")
        ("17", "cơ quan chủ trì thẩm tra", " dự án luật, pháp lệnh"),
        # set in the space between two words: the space stays ("Thường trực¹⁵Ủy ban")
        ("15", "3. Thường trực", " Ủy ban pháp luật chủ trì"),
        # before a full stop
        ("6", "phải có tên", ". Không quy định chương riêng"),
    ],
)
def test_a_mark_is_an_empty_span_where_the_raised_number_stood(label: str, before: str, after: str) -> None:
    doc = b10()
    note = next(f for f in doc.footnotes if f.label == label)
    assert note.mark is not None and note.mark.start == note.mark.end
    assert doc.text[: note.mark.start].endswith(before)
    assert doc.text[note.mark.start :].startswith(after)


def test_every_mark_of_the_document_is_found() -> None:
    assert all(f.mark is not None for f in b10().footnotes)


def test_words_a_mark_stood_between_are_apart() -> None:
    text = b10().text
    assert "Dự kiến đề cương chi tiết dự thảo luật" in text
    assert text.count("Thường trực Ủy ban pháp luật") == 3
    assert "Thường trựcỦy" not in text and "chi tiếtdự" not in text


def test_notes_have_a_part_of_their_own_after_the_last_one() -> None:
    doc = b10()
    assert_tiles(doc)
    assert [p.kind for p in doc.parts][-1] == "footnotes"
    part = doc.parts[-1]
    assert part.span.start == doc.footnotes[0].span.start and part.span.end == len(doc.text)
    assert doc.parts[-2].span.end == part.span.start


def test_no_note_becomes_structure_of_the_body() -> None:
    doc = b10()
    start = doc.parts[-1].span.start
    nodes = doc.iter_nodes()
    assert all(n.span.end <= start for n in nodes)
    assert not any(_AMENDED_BY in (n.text or "") + (n.title or "") for n in nodes)
    assert [n.label for n in doc.body] == ["I", "II", "III"]
    # The clauses a note amends keep their numbers ("8a" and its mark included).
    art4 = find(doc.body, "chuong_I.dieu_4")
    assert [n.label for n in art4.children][6:10] == ["7", "8", "8a", "9"]
    assert not any(a.node_id.startswith("footnote") for a in doc.assignments)


def test_citations_in_notes_are_the_amending_laws_tagged_with_the_note() -> None:
    doc = b10()
    in_notes = [c for c in doc.citations if c.node_id.startswith("footnote.")]
    by_note = {c.node_id for c in in_notes}
    assert by_note == {f.id for f in doc.footnotes}
    assert all(c.relation == "reference" for c in in_notes)
    amending = [c for c in in_notes if c.key == "63/2020/QH14"]
    assert len(amending) == 18
    # A law named alone in one note joins the key of its numbered mention in another.
    law = "Luật Ban hành văn bản quy phạm pháp luật"
    assert {c.key for c in in_notes if c.name == law} == {"80/2015/QH13"}
    # "Khoản này" in note 2 is the clause its mark stands in: khoản 3 Điều 4.
    this = next(c for c in in_notes if c.node_id == "footnote.2" and c.internal)
    assert this.pinpoint is not None and (this.pinpoint.article, this.pinpoint.clause) == ("4", "3")
    # The notes come after the body: the citations stay in text order.
    starts = [c.span.start for c in doc.citations]
    assert starts == sorted(starts)


def test_markdown_has_each_note_at_its_mark_and_defined_at_the_end() -> None:
    doc = b10()
    md = doc.to_markdown()
    lines = md.splitlines()
    assert "**3.**[^2] Pháp lệnh, nghị quyết của Ủy ban thường vụ Quốc hội;" in md
    assert "cơ quan chủ trì thẩm tra[^17] dự án luật" in md
    assert "Thường trực[^15] Ủy ban pháp luật chủ trì" in md
    defs = [line for line in lines if line.startswith("[^")]
    assert [d.split("]", 1)[0] for d in defs] == [f"[^{k}" for k in range(1, 19)]
    assert defs[16].startswith("[^17]: Cụm từ “, cơ quan tham gia thẩm tra” được bỏ theo quy định tại")
    # Each note is referenced once, before its definition.
    for k in range(1, 19):
        assert md.count(f"[^{k}]") == 2 and md.index(f"[^{k}]") < md.index(f"[^{k}]:")
    assert conservation_failure(doc) is None


def test_akn_sets_each_note_as_an_authorial_note_at_its_mark() -> None:
    doc = b10()
    root = validate(to_akn(doc))
    notes = root.findall(".//akn:authorialNote", NS)
    assert [n.get("marker") for n in notes] == [str(k) for k in range(1, 19)]
    assert len({n.get("eId") for n in notes}) == 18
    seventeen = notes[16]
    parent = seventeen.getparent()
    assert (parent.text or "").rstrip().endswith("cơ quan chủ trì thẩm tra")
    assert (seventeen.tail or "").startswith(" dự án luật")
    text = "".join(seventeen.itertext())
    assert text.startswith("Cụm từ “, cơ quan tham gia thẩm tra” được bỏ")
    assert seventeen.find(".//akn:ref", NS) is not None  # its citations are links


# --- the layout steps, on constructed pages ------------------------------------------------

_LINES = [
    "Điều 1. Phạm vi điều chỉnh của văn bản này trong các trường hợp",
    "Văn bản này quy định về việc lập chương trình xây dựng luật, pháp lệnh",
    "của Quốc hội và các cơ quan có thẩm quyền; trình tự, thủ tục thẩm tra",
]


def _page(body: list[Seg], notes: list[Seg]) -> Page:
    """A page with running text (14 pt, full width), ``body`` below it and ``notes`` at its foot."""
    segs = [Seg(t, 64.0, 531.0, 700.0 - 23 * k, 14.0) for k, t in enumerate(_LINES * 2)]
    return Page(1, segs + body + notes)


def _note_rows() -> list[Seg]:
    return [
        Seg("Khoản này được sửa đổi, bổ sung theo quy định tại khoản 1 Điều 1 của Luật số", 87.0, 531.0,
            120.0, 12.0, lead_sup="17"),
        Seg("63/2020/QH14, có hiệu lực kể từ ngày 01 tháng 01 năm 2021.", 64.0, 400.0, 105.0, 12.0),
        # a note number printed plain, raised beside the text above ("18" is a mark of the page)
        Seg("18 Cụm từ “Thường trực” được bổ sung.", 87.0, 300.0, 90.0, 12.0),
        Seg("Từ “Đề cương” được thay.", 87.0, 300.0, 75.0, 12.0, lead_sup="19"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "before", "after"),
    [
        # a small raised number of its own, beside a word
        (
            [Seg("cơ quan chủ trì thẩm tra", 64.0, 220.0, 500.0, 14.0), Seg("17", 221.0, 230.0, 505.0, 8.0),
             Seg("dự án luật, pháp lệnh", 234.0, 380.0, 500.0, 14.0)],
            "cơ quan chủ trì thẩm tra", " dự án luật",
        ),
        # a raised number pdfium gave inside the run (the PDF text reader took it out)
        (
            [Seg("cơ quan chủ trì thẩm tra dự án luật, pháp lệnh", 64.0, 380.0, 500.0, 14.0,
                 marks=[(24, "17")])],
            "cơ quan chủ trì thẩm tra", " dự án luật",
        ),
        # a raised number that opens the next run, set in the space between two words
        (
            [Seg("3. Thường trực", 87.0, 174.0, 500.0, 14.0),
             Seg("Ủy ban pháp luật chủ trì", 173.9, 330.0, 500.0, 14.0, lead_sup="17")],
            "3. Thường trực", " Ủy ban pháp luật",
        ),
    ],
)  # fmt: skip
def test_layout_keeps_notes_apart_and_finds_each_shape_of_mark(
    body: list[Seg], before: str, after: str
) -> None:
    extra = [Seg("18", 532.0, 540.0, 590.0, 8.0)]  # note 18's mark, at the end of a line above
    laid = layout_pages([_page(body, [*extra, *_note_rows()])])
    assert [(n.page, n.label) for n in laid.notes] == [(1, "17"), (1, "18"), (1, "19")]
    assert laid.notes[0].text == (
        "Khoản này được sửa đổi, bổ sung theo quy định tại khoản 1 Điều 1 của Luật số "
        "63/2020/QH14, có hiệu lực kể từ ngày 01 tháng 01 năm 2021."
    )
    assert laid.notes[1].text == "Cụm từ “Thường trực” được bổ sung."
    text = laid.texts[0]
    assert "được sửa đổi" not in text and "Đề cương" not in text
    assert laid.warnings == []
    at = [pos for pos, label, page in laid.marks[0] if label == "17" and page == 1]
    assert len(at) == 1
    assert text[: at[0]].endswith(before) and text[at[0] :].startswith(after)


def test_a_number_printed_small_with_its_stop_is_a_mark_and_the_stop_stays() -> None:
    """A mark wrapped alone with the sentence's stop ("nghị quyết⁶²."), not a line "62."."""
    body = [Seg("nghị xây dựng nghị quyết", 64.0, 210.0, 500.0, 14.0), Seg("62.", 211.0, 220.0, 506.0, 9.0)]
    laid = layout_pages([_page(body, [])])
    text = laid.texts[0]
    assert "\n62." not in text
    ((at, label, _),) = laid.marks[0]
    assert label == "62" and text[:at].endswith("nghị xây dựng nghị quyết") and text[at:].startswith(".")


def test_a_mark_in_a_paragraph_that_goes_on_over_a_page_break_keeps_its_page() -> None:
    """The paragraph is written with the page it starts on; its mark is printed on the next,
    whose foot holds the note."""
    first = _page([], [])
    second = Page(2, [
        Seg("dự án luật, pháp lệnh của Quốc hội.", 64.0, 300.0, 740.0, 14.0, marks=[(10, "5")]),
        Seg("Điều này được sửa đổi.", 87.0, 300.0, 100.0, 12.0, lead_sup="5"),
    ])  # fmt: skip
    laid = layout_pages([first, second])
    assert [(n.page, n.label) for n in laid.notes] == [(2, "5")]
    ((at, label, page),) = laid.marks[0]
    assert (label, page) == ("5", 2)
    assert laid.texts[0][:at].endswith("thủ tục thẩm tra dự án luật")


# --- the footnotes step --------------------------------------------------------------------

_DOC = (
    "BỘ CÔNG THƯƠNG\nSố: 14/2024/TT-BCT\nTHÔNG TƯ\nĐiều 1. Phạm vi\n"
    "Thông tư này quy định về cụm công nghiệp.\n"
)


@pytest.mark.parametrize(
    ("marks", "found"),
    [
        ([], False),  # not on the page
        ([(60, 1, "1"), (70, 1, "1")], False),  # twice on the page: which one is not known
        ([(60, 2, "1")], False),  # on another page
        ([(60, 1, "1")], True),
    ],
)
def test_a_mark_not_found_once_on_the_notes_page_is_null(
    marks: list[tuple[int, int, str]], found: bool
) -> None:
    doc = vnlegal.parse(_DOC)
    warnings = append_footnotes(doc, [(1, "1", "Điều này được sửa đổi theo Luật số 63/2020/QH14.")], marks)
    (note,) = doc.footnotes
    assert (note.mark is not None) is found
    assert bool(warnings) is not found
    assert_tiles(doc)
    assert doc.text.endswith("\n1 Điều này được sửa đổi theo Luật số 63/2020/QH14.")


def test_a_number_printed_twice_gets_a_unique_id() -> None:
    doc = vnlegal.parse(_DOC)
    append_footnotes(doc, [(1, "1", "Ghi chú một."), (2, "1", "Ghi chú khác."), (2, "*", "Dấu sao.")], [])
    assert [f.id for f in doc.footnotes] == ["footnote.1", "footnote.1_2", "footnote.*"]
    md = doc.to_markdown()
    assert "[^1]: Ghi chú một." in md and "[^1_2]: Ghi chú khác." in md and "[^fn3]: Dấu sao." in md
    check_document(doc)
