"""Attachments: an appendix or an attached document read from its own lines.

The layout stage finds where each attachment starts and ends; this module reads its heading
lines (up to the "(Ban hành) kèm theo ..." line), tells an appendix from an attached document
with a header of its own, and builds its outline.
"""

from __future__ import annotations

import regex

from vnlegal.lang import rx
from vnlegal.lang.markers import classify
from vnlegal.lang.patterns import APPENDIX_LINE, ATTACHED_LINE, KEM_THEO_SRC, MOTTO_ANY
from vnlegal.lang.symbols import SYMBOL_PATTERN, parse_symbol
from vnlegal.lang.vocab import doc_type_named
from vnlegal.limits import checkpoint
from vnlegal.lines import Line
from vnlegal.model import Attachment, AttachmentKind, Span
from vnlegal.outline.build import build_outline

# "Kèm theo Quyết định số 12/2024/QĐ-UBND": the symbol of the document it is attached to.
_KEM_THEO_SYMBOL = rx.compile(
    KEM_THEO_SRC + r"\s++[^()]{0,60}?số\s*+:?\s*+(?P<sym>" + SYMBOL_PATTERN + ")",
    regex.IGNORECASE | regex.VERBOSE,
)
# An attachment's heading is a few lines; a longer run is already its content.
_HEADING_LINES = 12
_MAX_TITLE_LINES = 4


def has_articles(lines: list[Line]) -> bool:
    """True when ``lines`` hold at least two articles or chapters (a normative outline)."""
    count = 0
    for ln in lines:
        checkpoint("finding the attachments")
        m = classify(ln.text)
        if m is not None and m.kind in ("article", "chapter"):
            count += 1
            if count >= 2:
                return True
    return False


def read_attachment(lines: list[Line], k: int, template_from: int | None) -> Attachment:
    """The ``k``-th attachment (1-based): its heading lines, then its own outline.

    Heading lines run up to the "(Ban hành) kèm theo ..." line. An attached document has a
    header of its own (issuer, motto, type line "QUY CHẾ"): what stands above its type line
    is that header, not the title. ``template_from`` is the document offset where model forms
    begin (their text is not structure).
    """
    # The splitter may hand over the blank lines above the heading.
    while lines and not lines[0].text.strip(" |*"):
        lines = lines[1:]
    heading: list[str] = []
    doc_type: str | None = None
    kind: AttachmentKind = "appendix"
    symbol = None
    body_from = 0
    for i, ln in enumerate(lines[:_HEADING_LINES]):
        body_from = i
        t = ln.text.strip(" |*")
        if not t:
            continue
        if classify(t) is not None and not APPENDIX_LINE.match(t):
            break
        if MOTTO_ANY.search(t):
            continue
        dt = doc_type_named(t) if t.isupper() else None
        if dt is not None and (dt.family != "normative" or dt.name in ("Quy chế", "Quy định")):
            doc_type, kind, heading = dt.name, "attached_document", []
            continue
        m = _KEM_THEO_SYMBOL.search(t)
        if m or ATTACHED_LINE.match(t):
            symbol = parse_symbol(m.group("sym")) if m else None
            body_from = i + 1
            break
        if len(heading) >= _MAX_TITLE_LINES:
            break
        heading.append(t)
    else:
        body_from = len(lines[:_HEADING_LINES])
    rest = lines[body_from:]
    preamble, body = build_outline(
        rest, normative=has_articles(rest), prefix=f"att{k}", template_from=template_from
    )
    return Attachment(
        kind=kind,
        title=" ".join(heading) or None,
        doc_type=doc_type,
        symbol=symbol,
        preamble=preamble,
        body=body,
        id=f"att{k}",
        span=Span(start=lines[0].start, end=lines[-1].end) if lines else None,
    )
