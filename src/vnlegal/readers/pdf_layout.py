"""Page geometry -> text lines: rows, side-by-side columns, running heads, notes, paragraphs.

Input: per page, the segments the PDF reader cut out of pdfium's lines (a run of text with
its box, boldness and a leading note number). Steps:

1. segments on the same baseline form a row; a row whose pieces lie far apart keeps them as
   cells, written with a wide gap between them ("BỘ XÂY DỰNG    CỘNG HÒA XÃ HỘI ..."), which
   the header and closing stages cut into cells as they do for layout-preserving text;
2. in a stretch of rows that share one gutter (a header or signature block), a cell that
   starts in lower case continues the cell above it on the same side ("Hà Nội, ngày 29 tháng
   6" / "năm 2026"), so a wrapped date or "V/v" summary reads as one piece;
3. lines that repeat at the top or bottom of the pages (running headers, gazette heads) and
   page numbers go; footnotes (small rows at the bottom that start with a raised note number)
   are taken off the page and returned apart, one :class:`Note` each, and the raised note
   marks taken out of the running text are returned with their place in the page's text
   (and the page they are printed on: a paragraph that goes on over a page break is written
   with the page it starts on);
4. wrapped lines are rejoined into paragraphs: a line that reaches the right margin goes on
   in the next one unless that one is indented, opens a structural unit, changes weight or
   size, or the first ended a sentence; this also joins across page breaks. A line-end hyphen
   (U+FFFE) joins without a space.

Steps 1 and 2 live in :mod:`vnlegal.readers.pdf_rows` (with the row types), step 3 in
:mod:`vnlegal.readers.pdf_furniture`; here are step 4 and :func:`layout_pages`, which runs them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from vnlegal.lang import rx
from vnlegal.lang.markers import classify
from vnlegal.readers.bullets import lead_bullet
from vnlegal.readers.pdf_furniture import drop_running_heads, note_number, take_notes
from vnlegal.readers.pdf_rows import (
    SOFT_HYPHENS,
    Margins,
    Page,
    Row,
    Seg,
    join_wrapped,
    mark_regions,
    rows_of,
    take_tables,
    weighted_median,
)
from vnlegal.readers.result import Hint, Note, PageMark, PageWriter

# Page and Seg stay importable from here (readers.pdf)
__all__ = ["Page", "PageLayout", "Seg", "layout_pages"]

_SENTENCE_END = rx.compile(r"[.;:!?][\"”’)\]]*+$")
_OPENS_SENTENCE = rx.compile(r"^[\"“(\[]?[\p{Lu}\d]")


# --- paragraphs -----------------------------------------------------------------------


def _margins(rows: list[Row], fallback: Margins | None) -> Margins:
    """Left and right edges of the running text and its usual size; a page with little
    running text (a table, a signature page) takes the document's."""
    body = [r for r in rows if not r.region and len(r.cells) == 1 and len(r.text) >= 40]
    if len(body) < 4:
        if fallback is not None:
            return Margins(fallback.left, fallback.right, fallback.size)
        body = [r for r in rows if r.text] or rows
    if not body:
        return Margins(0.0, 0.0, 10.0)
    xs0 = sorted(r.x0 for r in body)
    xs1 = sorted(r.x1 for r in body)
    left = xs0[len(xs0) // 10]
    right = xs1[(len(xs1) * 9) // 10]
    return Margins(left, right, weighted_median([(r.size, len(r.text)) for r in body]))


def _centered(r: Row, m: Margins) -> bool:
    """A line set off from both margins around the middle (a title, a heading)."""
    mid = (m.left + m.right) / 2
    return (
        r.x0 > m.left + m.size
        and r.x1 < m.right - m.size
        and abs((r.x0 + r.x1) / 2 - mid) < 0.08 * (m.right - m.left)
    )


def _continues(a: Row, b: Row, ma: Margins, mb: Margins) -> bool:
    """True when row ``b`` goes on with the paragraph of row ``a``."""
    if a.region or b.region or not a.text or not b.text:
        return False
    if a.text[-1] in SOFT_HYPHENS:
        return True
    if classify(b.text) is not None or a.bold != b.bold:
        return False
    if abs(a.size - b.size) > 0.15 * max(a.size, b.size):
        return False
    h = ma.size
    if _centered(a, ma) or _centered(b, mb):
        return False
    # Wrapped: the line was full, or (ragged text) the next line's first word would not fit.
    word = b.text.split(maxsplit=1)[0]
    word_width = (b.x1 - b.x0) / max(len(b.text), 1) * len(word)
    if ma.right - a.x1 > max(1.5 * h, 1.1 * word_width + 0.5 * h):
        return False
    if b.x0 > mb.left + 0.6 * h and b.x0 > a.x0 + 0.3 * h:
        return False
    if _SENTENCE_END.search(a.text) and _OPENS_SENTENCE.match(b.text):
        return False
    # On one page, a blank line's worth of space is a paragraph break.
    return not (a.page == b.page and a.base - b.base > 2.2 * h)


@dataclass
class PageLayout:
    """What :func:`layout_pages` makes of the pages."""

    texts: list[str]
    """Text of each page."""
    hints: list[list[Hint]]
    """Per page, a (bold, centered) hint for each line of its text."""
    warnings: list[str]
    """Warnings of the layout steps."""
    notes: list[Note] = field(default_factory=list)
    """The footnotes, in page order."""
    marks: list[list[PageMark]] = field(default_factory=list)
    """Per page, the note marks taken out of its text: (offset in ``texts[k]``, number, the
    page the mark is printed on)."""


def _notes(rows: list[Row], m: Margins, page: int) -> list[Note]:
    """The footnotes of a page from its note rows: a row that opens with a number starts a
    note, the rows under it go on with it (joined as wrapped lines: one note, one line)."""
    notes: list[Note] = []
    for r in rows:
        label = note_number(r, m)
        text = r.text.replace("\n", " ")
        if label is not None:
            if not r.lead_sup:
                text = text[len(label) :].lstrip(" .)")  # a plain number printed before the note
            notes.append(Note(page, label, text))
        elif notes:
            notes[-1].text = join_wrapped(notes[-1].text, text)
    for n in notes:
        n.text = n.text.replace("\ufffe", "-").replace("\x02", "-").strip()
    return notes


def _lead_mark(joined: str, piece: str) -> int:
    """Where a note mark printed before ``piece`` (which ends ``joined``) stands: right after
    the word before it, not after the space the join put in."""
    pos = len(joined) - len(piece)
    return pos - 1 if pos > 0 and joined[pos - 1] == " " else pos


def layout_pages(pages: list[Page]) -> PageLayout:
    """Texts of the pages (see module doc), their (bold, centered) line hints, the warnings
    of the layout steps, the footnotes and the note marks."""
    refs: list[set[str]] = []
    rows_by_page: list[list[Row]] = []
    for p in pages:
        page_refs: set[str] = set()
        segs, table_rows = take_tables(p)
        rows = sorted(rows_of(segs, page_refs) + table_rows, key=lambda r: -r.base)
        for r in rows:
            r.page = p.number
        refs.append(page_refs)
        rows_by_page.append(rows)
    drop_running_heads(rows_by_page)
    for rows in rows_by_page:
        mark_regions(rows)
    all_rows = [r for rows in rows_by_page for r in rows]
    doc_margin = _margins(all_rows, None) if all_rows else None
    margins: list[Margins] = []
    notes: list[Note] = []
    for p, rows, page_refs in zip(pages, rows_by_page, refs, strict=True):
        m = _margins(rows, doc_margin)
        m.refs = page_refs
        margins.append(m)
        # A page whose notes outweigh its running text has the notes' size as its usual one:
        # they are small against the document's.
        size = max(m.size, doc_margin.size) if doc_margin is not None else m.size
        notes.extend(_notes(take_notes(rows, m, size), m, p.number))
    # Footnotes are kept (returned apart), so no warning: nothing of the page is lost.
    warnings: list[str] = []
    # Per page: [text, bold, centered, marks] of each paragraph; a paragraph that goes on over
    # a page break stays with the page it starts on.
    out: list[list[list[Any]]] = [[] for _ in pages]
    prev: tuple[Row, Margins, list[Any]] | None = None
    for k, (rows, m) in enumerate(zip(rows_by_page, margins, strict=True)):
        for r in rows:
            if prev is not None and _continues(prev[0], r, prev[1], m):
                joined = join_wrapped(prev[2][0], r.text)
                shift = len(joined) - len(r.text)  # join_wrapped ends with its second piece
                if r.lead_sup:
                    prev[2][3].append((_lead_mark(joined, r.text), r.lead_sup, r.page))
                prev[2][3].extend((shift + j, label, r.page) for j, label in r.marks)
                prev[2][0] = joined
                prev = (r, m, prev[2])
                continue
            marks = [(0, r.lead_sup, r.page)] if r.lead_sup else []
            marks += [(j, label, r.page) for j, label in r.marks]
            entry: list[Any] = [r.text, r.bold, _centered(r, m), marks]
            out[k].append(entry)
            prev = (r, m, entry)
    texts: list[str] = []
    hints: list[list[Hint]] = []
    page_marks: list[list[PageMark]] = []
    for entries in out:
        w = PageWriter()
        at = 0
        found: list[PageMark] = []
        for text, bold, centered, marks in entries:
            # One character for one: the marks' offsets hold in the written line.
            line = lead_bullet(text.replace("\ufffe", "-").replace("\x02", "-"))
            if "\r" not in line:
                found.extend((at + j, label, page) for j, label, page in marks)
            before = len(w.lines)
            w.add(line, bold, centered)
            at += sum(len(x) + 1 for x in w.lines[before:])
        texts.append(w.text())
        hints.append(w.hints)
        page_marks.append(found)
    return PageLayout(texts, hints, warnings, notes, page_marks)
