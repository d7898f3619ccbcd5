"""The stage order shared by every reader, and the time-budget checkpoints between stages.

``run_stages`` fills a Document from its normalized lines, in this order (each stage reads
what the ones before it wrote):

1. header -- issuer, motto, number, place and date, type, title (``vnlegal.header.parse``),
   and the title's display form (``vnlegal.header.display``);
2. layout -- where the body ends, the closing and each attachment (``vnlegal.layout.split``),
   and the closing's signature and recipients (``vnlegal.layout.closing``);
3. outline -- the body's node tree (``vnlegal.outline.build``);
4. attachments -- each appendix or attached document and its own outline
   (``vnlegal.outline.attachments``), then the top-level parts that tile the text
   (``vnlegal.layout.parts``);
5. header fallbacks -- a date or issuer the header lacked, read from the body
   (``vnlegal.header.fallbacks``);
6. fields -- the labelled lines of the outline (``vnlegal.outline.fields``);
7. citations -- every reference, tagged with the node that holds it
   (``vnlegal.citations.placement``);
8. assignments -- who must do what by when (``vnlegal.assignments.extract``);
9. footnotes -- a PDF's page footnotes, appended after the last part with their own part and
   tied to their marks (``vnlegal.layout.footnotes``), and the citations inside them
   (``vnlegal.citations.placement``). They come last so that no stage before reads them as
   part of the body's structure.

No stage work is done here: this module only orders the stages and checks the time budget of
the ``parse()`` call at each boundary.
"""

from __future__ import annotations

from collections.abc import Sequence

from vnlegal.assignments.extract import extract_assignments
from vnlegal.citations.placement import place_citations, place_footnote_citations
from vnlegal.header.display import title_display
from vnlegal.header.fallbacks import fill_fallbacks
from vnlegal.header.parse import parse_header
from vnlegal.lang.vocab import is_normative
from vnlegal.layout.closing import parse_closing
from vnlegal.layout.footnotes import MarkIn, NoteIn, append_footnotes
from vnlegal.layout.parts import document_parts
from vnlegal.layout.split import split_layout
from vnlegal.limits import checkpoint
from vnlegal.lines import Line
from vnlegal.model import Document
from vnlegal.outline.attachments import has_articles, read_attachment
from vnlegal.outline.build import build_outline
from vnlegal.outline.fields import read_fields


def run_stages(
    doc: Document, lines: list[Line], notes: Sequence[NoteIn] = (), marks: Sequence[MarkIn] = ()
) -> None:
    """Fill ``doc`` from its normalized ``lines``, one stage after another (each stage
    boundary checks the time budget of the ``parse()`` call); ``notes`` are a PDF's page
    footnotes and ``marks`` the note marks taken out of the text (``vnlegal.layout.footnotes``)."""
    hdr = parse_header(doc.text, lines)
    doc.header = hdr.header
    doc.header.title_display = title_display(doc.header.title)
    doc.metadata = hdr.metadata
    doc.source.warnings.extend(hdr.warnings)
    checkpoint("the header stage")

    layout = split_layout(lines, hdr.body_start)
    b0, b1 = layout.body
    body_lines = lines[b0:b1]
    if layout.closing is not None:
        doc.closing = parse_closing(lines, *layout.closing)
    checkpoint("the layout stage")

    normative = is_normative(doc.header.doc_type) or has_articles(body_lines)
    doc.preamble, doc.body = build_outline(body_lines, normative=normative)
    checkpoint("the outline stage")

    for k, ((a, b), tpl) in enumerate(zip(layout.attachments, layout.templates, strict=True), 1):
        doc.attachments.append(read_attachment(lines[a:b], k, tpl))
        checkpoint("the attachments stage")

    doc.parts, leftover = document_parts(doc, lines, layout)
    doc.source.warnings.extend(leftover)

    fill_fallbacks(doc, lines, b0, b1)
    checkpoint("the header fallbacks stage")

    read_fields(doc)
    checkpoint("the fields stage")

    doc.citations = place_citations(doc, hdr.content_start)
    checkpoint("the citations stage")

    doc.assignments = extract_assignments(doc)
    if notes:
        checkpoint("the assignments stage")
        doc.source.warnings.extend(append_footnotes(doc, notes, marks))
        doc.citations.extend(place_footnote_citations(doc))
