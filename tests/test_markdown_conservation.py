"""Conservation (issue 14): the Markdown export carries every word of ``Document.text``.

The parts tile the text; the words (letters and digits, case folded) of the preamble, body,
attachments and leftovers appear in the Markdown in the order of the text, and every word of
the closing and of the attachments' heading blocks appears in it too (those are laid out in two
columns on the page, so their order is the page's, not the text's). Two things of the text the
Markdown writes its own way are left aside: the header block (the Markdown gives its facts:
issuer, number, place and date) and the markers of the divisions ("Phần thứ nhất" is written
"Phần 1", "Điều 1:" "Điều 1."), as well as the page numbers and decoration lines the outline
reads as no text, and a footnote's number (the Markdown writes it as the footnote's key,
"[^17]: ", which is markup).
"""

from __future__ import annotations

import bisect
import itertools
from collections import Counter

import pytest
import regex

import vnlegal
from vnlegal.lang.markers import classify
from vnlegal.model import Document, Node
from vnlegal.outline.build import _NOT_CONTENT

from .conftest import TEXTS

_WORD = regex.compile(r"[\p{L}\p{N}]++")
# Markdown that is no text of the document: a reference link's key ("[text][72/2015/NĐ-CP]"),
# an anchor, a line break inside a table cell.
_LINK_KEY = regex.compile(r"\]\[(?:\\.|[^\]\\])*+\]")
# And a footnote's reference or key ("[^17]", "[^17]: ").
_MARKUP = regex.compile(r"<a id=\"[^\"]*+\"></a>|<br>|\[\^[^\]]*+\]:?+")
_IN_ORDER = ("preamble", "body", "attachment", "leftover", "footnotes")


def _markdown_words(doc: Document) -> list[str]:
    md = _MARKUP.sub(" ", _LINK_KEY.sub("]", doc.to_markdown()))
    return [w.casefold() for w in _WORD.findall(md)]


def _set_aside(doc: Document) -> list[tuple[int, int]]:
    """Ranges of ``doc.text`` the Markdown writes its own way (see module doc), and the
    attachments' heading blocks (checked as a bag)."""
    out: list[tuple[int, int]] = []

    def walk(nodes: list[Node]) -> None:
        for n in nodes:
            if n.label and n.kind not in ("paragraph", "table"):
                line = doc.text[n.span.start : n.span.end].split("\n", 1)[0]
                m = classify(line)
                if m is not None:
                    out.append((n.span.start + m.start, n.span.start + m.content))
            walk(n.children)

    walk(doc.preamble)
    walk(doc.body)
    for att in doc.attachments:
        walk(att.preamble)
        walk(att.body)
        if att.span is not None:
            first = min((n.span.start for n in [*att.preamble, *att.body]), default=att.span.end)
            out.append((att.span.start, first))
    pos = 0
    for line in doc.text.split("\n"):
        if _NOT_CONTENT.match(line):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def conservation_failure(doc: Document) -> str | None:
    """Why the Markdown of ``doc`` does not conserve its text, or None."""
    spans = [p.span for p in doc.parts]
    gaps = any(a.end != b.start for a, b in itertools.pairwise(spans))
    if spans and (spans[0].start != 0 or spans[-1].end != len(doc.text) or gaps):
        return f"parts do not tile the text: {[(p.kind, p.span.start, p.span.end) for p in doc.parts]}"
    md = _markdown_words(doc)
    aside = sorted(_set_aside(doc))
    keys = {f.span.start for f in doc.footnotes}
    starts = [a for a, _ in aside]
    need: Counter[str] = Counter()
    j = 0
    for part in doc.parts:
        if part.kind == "header":
            continue  # the Markdown gives its facts (and the portal's prelude is metadata)
        for m in _WORD.finditer(doc.text, part.span.start, part.span.end):
            if m.start() in keys:
                continue  # a footnote's number: its Markdown key is markup
            w = m.group().casefold()
            need[w] += 1
            if part.kind not in _IN_ORDER or _inside(aside, starts, m.start()):
                continue
            try:
                j = md.index(w, j) + 1
            except ValueError:
                at = doc.text[max(0, m.start() - 60) : m.start() + 30]
                return f"{w!r} at {m.start()} missing or out of order: {at!r}"
    missing = +(need - Counter(md))
    return f"words missing from the Markdown: {dict(missing)}" if missing else None


def _inside(aside: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    k = bisect.bisect_right(starts, pos) - 1
    return any(a <= pos < b for a, b in aside[max(0, k - 8) : k + 1])


@pytest.mark.parametrize("path", sorted(TEXTS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_every_fixture_conserves_its_text(path: object) -> None:
    doc = vnlegal.parse(path)  # type: ignore[arg-type]
    assert conservation_failure(doc) is None


# Categories of text the Markdown used to drop, each in three shapes.

_DOC = (
    "BỘ CÔNG THƯƠNG\nSố: 14/2024/TT-BCT\nHà Nội, ngày 15 tháng 8 năm 2024\nTHÔNG TƯ\n"
    "Quy định về cụm công nghiệp\nĐiều 1. Phạm vi\nThông tư này quy định về cụm công nghiệp.\n"
    "Điều 2. Hiệu lực\nThông tư có hiệu lực từ ngày ký./.\n"
)


@pytest.mark.parametrize(
    "closing",
    [
        # "(Đã ký)" between the position and the name
        "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n(Đã ký)\nPhan Thị Thắng\n",
        # a rank before the name, the two columns side by side
        "Nơi nhận: | BỘ TRƯỞNG\n- Như Điều 2; |\n- Lưu: VT. | Đại tướng Tô Lâm\n",
        # a typist's file path after the recipients
        "Nơi nhận:\n- Như trên;\n- Lưu: VT, TH.\nD:\\2017\\CVUB\\uy quyen\nCHỦ TỊCH\nNguyễn Văn A\n",
    ],
)
def test_closing_text_no_stage_reads_is_kept(closing: str) -> None:
    doc = vnlegal.parse(_DOC + closing)
    assert conservation_failure(doc) is None


@pytest.mark.parametrize(
    "note",
    [
        "(Kèm theo Thông tư số 14/2024/TT-BCT ngày 15 tháng 8 năm 2024 của Bộ trưởng Bộ Công Thương)",
        "(Ban hành kèm theo Thông tư số 14/2024/TT-BCT\nngày 15/8/2024 của Bộ Công Thương)",
        "*(Kèm theo Thông tư số 14/2024/TT-BCT)*",
    ],
)
def test_attachment_heading_lines_are_kept(note: str) -> None:
    doc = vnlegal.parse(
        f"{_DOC}BỘ TRƯỞNG\nNguyễn Hồng Diên\nPHỤ LỤC I\nCÁC BIỂU BÁO CÁO\n{note}\n1. Biểu 01.\n2. Biểu 02.\n"
    )
    assert doc.attachments
    assert conservation_failure(doc) is None


@pytest.mark.parametrize("number", ["7", " 12 ", "3"])
def test_a_number_cell_between_lone_pipes_is_no_page_number(number: str) -> None:
    table = f"|\n\n{number}\n\n|\n\nDịch vụ vận chuyển hành khách\n\n|\n\nBộ Xây dựng định giá tối đa\n\n|\n"
    doc = vnlegal.parse(_DOC.replace("Thông tư này quy định về cụm công nghiệp.\n", "Danh mục:\n" + table))
    assert conservation_failure(doc) is None


@pytest.mark.parametrize("gap", ["\n", "\n\n", "\n \n"])
def test_row_numbers_of_a_cell_stream_are_no_page_numbers(gap: str) -> None:
    """Bare numbers a few lines apart ("2" / "Doanh thu" / "Tỷ đồng" / "3" ...) are the row numbers
    of a table printed one cell per line; a page number stands a page of text from the next."""
    rows = gap.join(f"{k}{gap}Chỉ tiêu số {k} của dự án{gap}Tỷ đồng" for k in range(1, 5))
    doc = vnlegal.parse(_DOC.replace("Thông tư này quy định về cụm công nghiệp.\n", f"Biểu mẫu:\n{rows}\n"))
    assert conservation_failure(doc) is None


def test_a_page_number_inside_a_sentence_still_goes() -> None:
    body = "Thông tư này quy định về cụm công nghiệp trên địa bàn cả nước, trong khi thực hiện cơ quan\n2\n"
    doc = vnlegal.parse(_DOC.replace("Thông tư này quy định về cụm công nghiệp.\n", f"{body}chủ trì làm.\n"))
    article = doc.body[0]
    assert article.text is not None and "cơ quan chủ trì" in " ".join(article.text.split())


@pytest.mark.parametrize("heading", ["Mục 1. Mẫu đơn", "MỤC 1. MẪU ĐƠN", "**Mục 1.** Mẫu đơn"])
def test_a_section_printed_with_its_word_keeps_it(heading: str) -> None:
    """An administrative document's "Mục 1" (its id carries no name) is written "Mục 1", not "1."."""
    doc = vnlegal.parse(f"KẾ HOẠCH\nVề nhiệm vụ\n{heading}\nNội dung.\nMục 2. Mẫu báo cáo\nNội dung.\n")
    md = doc.to_markdown()
    assert "Mục 1" in md and "Mục 2" in md
    assert conservation_failure(doc) is None


@pytest.mark.parametrize(
    "formula",
    [
        "Số lãi phải trả = | Σ (Số dư tính lãi x Số ngày tính lãi) | x Lãi suất\n365",
        "Lãi phải trả = Số dư x Lãi suất năm\n\n360",
        "**Tỷ lệ (%) = Số đạt x 100**\n100",
    ],
)
def test_a_formulas_denominator_is_no_page_number(formula: str) -> None:
    doc = vnlegal.parse(_DOC.replace("Thông tư này quy định về cụm công nghiệp.\n", f"Tính:\n{formula}\n"))
    assert conservation_failure(doc) is None
