"""The stage order shared by every reader: header, layout, closing, outline, attachments."""

from __future__ import annotations

import bisect

import regex

from vnlegal.assignments.extract import extract_assignments
from vnlegal.citations.find import extract_citations
from vnlegal.header.display import title_display
from vnlegal.header.parse import enacting_issuer, parse_header
from vnlegal.lang.dates import DATE_RE, date_from_match
from vnlegal.lang.markers import classify
from vnlegal.lang.symbols import SYMBOL_PATTERN, parse_symbol
from vnlegal.lang.vocab import doc_type_named, is_normative
from vnlegal.layout.closing import parse_closing
from vnlegal.layout.split import split_layout
from vnlegal.limits import checkpoint
from vnlegal.lines import Line
from vnlegal.model import Attachment, AttachmentKind, Citation, Document, Node, Span
from vnlegal.outline.build import build_outline
from vnlegal.outline.fields import read_field

_PHU_LUC = regex.compile(r"(?i)phụ\s+lục")
_KEM_THEO = regex.compile(r"(?i)^\(?\s*(?:ban\s+hành\s+)?kèm\s+theo")
_MOTTO = regex.compile(r"(?i)cộng\s*+hò?a\s++xã\s++hội|độc\s++lập\s*+-?\s*+tự\s++do")
_BLANK_DAY = regex.compile(r"(?i)ngày\s*+(?:tháng|[.…]+)")
_PASSAGE_DATE = regex.compile(
    r"(?:luật|nghị\s+quyết|pháp\s+lệnh|bộ\s+luật)\s+này\s+(?:đã\s+)?được\s+[^.]{0,160}?thông\s+qua\s+(?P<date>"
    + DATE_RE.pattern
    + ")",
    regex.I,
)
_KEM_THEO_SYMBOL = regex.compile(
    r"(?i)kèm\s++theo\s++[^()]{0,60}?số\s*+:?\s*+(?P<sym>" + SYMBOL_PATTERN + ")", regex.VERBOSE
)


def _has_articles(lines: list[Line]) -> bool:
    count = 0
    for ln in lines:
        m = classify(ln.text)
        if m is not None and m.kind in ("article", "chapter"):
            count += 1
            if count >= 2:
                return True
    return False


def run_stages(doc: Document, lines: list[Line]) -> None:
    """Fill ``doc`` from its normalized ``lines``, one stage after another (each stage
    boundary checks the time budget of the ``parse()`` call)."""
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
    normative = is_normative(doc.header.doc_type) or _has_articles(body_lines)
    doc.preamble, doc.body = build_outline(body_lines, normative=normative)
    checkpoint("the outline stage")
    for k, ((a, b), tpl) in enumerate(zip(layout.attachments, layout.templates, strict=True), 1):
        doc.attachments.append(_attachment(doc, lines[a:b], k, tpl))
        checkpoint("the attachments stage")
    _fallbacks(doc, lines, b0, b1)
    _read_fields(doc)
    checkpoint("the fields stage")
    doc.citations = _citations(doc, hdr.content_start)
    checkpoint("the citations stage")
    doc.assignments = extract_assignments(doc)


def _read_fields(doc: Document) -> None:
    """Labelled lines ("- Đơn vị chủ trì: Sở X.") carry a Field."""
    for node in doc.iter_nodes():
        if node.kind in ("bullet", "paragraph", "item", "point", "subitem"):
            text = node.text or node.title
            if text:
                node.field = read_field(text.split("\n", 1)[0])


def _citations(doc: Document, start: int) -> list[Citation]:
    """Citations from where the document proper starts (a portal prelude and page title are
    the site's words, not the document's), each tagged with the innermost node holding it."""
    own = doc.header.symbol.text if doc.header.symbol else None
    cits = extract_citations(doc.text, start=start, self_symbol=own)
    header = doc.header.span
    roots = [*doc.preamble, *doc.body]
    for att in doc.attachments:
        roots.extend([*att.preamble, *att.body])
    body_end = max((n.span.end for n in doc.body), default=-1)
    # By identity: ``node in doc.preamble`` compares models field by field, and node ids are
    # unique, so only the node itself is equal to it.
    preamble = {id(n) for n in doc.preamble}
    starts: dict[int, list[int]] = {}
    for c in cits:
        pos = c.span.start
        if header is not None and header.start <= pos < header.end:
            c.node_id = "header"
            continue
        node = _node_at(roots, pos, starts)
        if node is not None and node.kind == "paragraph" and id(node) in preamble:
            c.node_id = "preamble"
        elif node is not None:
            c.node_id = node.id
        else:
            c.node_id = "closing" if 0 <= body_end <= pos else "preamble"
    return cits


def _node_at(nodes: list[Node], pos: int, starts: dict[int, list[int]] | None = None) -> Node | None:
    """The innermost node whose span holds ``pos`` (siblings are in text order). ``starts``
    keeps each sibling list's start offsets between calls (rebuilding them for every
    citation is quadratic in a long flat outline)."""
    found: Node | None = None
    level = nodes
    memo: dict[int, list[int]] = {} if starts is None else starts
    while level:
        key = id(level)
        if key not in memo:
            memo[key] = [n.span.start for n in level]
        i = bisect.bisect_right(memo[key], pos) - 1
        if i < 0 or not (level[i].span.start <= pos < level[i].span.end):
            break
        found = level[i]
        level = found.children
    return found


def _attachment(doc: Document, lines: list[Line], k: int, template_from: int | None) -> Attachment:
    """An appendix or attached document: its heading lines, then its own outline.

    Heading lines run up to the "(Ban hành) kèm theo ..." line. An attached document has a
    header of its own (issuer, motto, type line "QUY CHẾ"): what stands above its type line
    is that header, not the title.
    """
    # The splitter may hand over the blank lines above the heading.
    while lines and not lines[0].text.strip(" |*"):
        lines = lines[1:]
    heading: list[str] = []
    doc_type: str | None = None
    kind: AttachmentKind = "appendix"
    symbol = None
    body_from = 0
    for i, ln in enumerate(lines[:12]):
        body_from = i
        t = ln.text.strip(" |*")
        if not t:
            continue
        if classify(t) is not None and not _PHU_LUC.match(t):
            break
        if _MOTTO.search(t):
            continue
        dt = doc_type_named(t) if t.isupper() else None
        if dt is not None and (dt.family != "normative" or dt.name in ("Quy chế", "Quy định")):
            doc_type, kind, heading = dt.name, "attached_document", []
            continue
        m = _KEM_THEO_SYMBOL.search(t)
        if m or _KEM_THEO.match(t):
            symbol = parse_symbol(m.group("sym")) if m else None
            body_from = i + 1
            break
        if len(heading) >= 4:
            break
        heading.append(t)
    else:
        body_from = len(lines[:12])
    rest = lines[body_from:]
    preamble, body = build_outline(
        rest, normative=_has_articles(rest), prefix=f"att{k}", template_from=template_from
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


def _fallbacks(doc: Document, lines: list[Line], b0: int, b1: int) -> None:
    """Header facts the header block lacked but the document states elsewhere."""
    h = doc.header
    if h.date is None and (h.symbol is None or h.symbol.number) and not _blank_date_in_header(doc):
        end = lines[min(b1, len(lines)) - 1].end if lines else 0
        lo = lines[b0].start if b0 < len(lines) else 0
        for m in _PASSAGE_DATE.finditer(doc.text, lo, min(len(doc.text), end + 400)):
            dm = DATE_RE.match(doc.text, m.start("date"))
            h.date = date_from_match(dm) if dm else None
    if h.issuer.name is None:
        text = "\n".join(n.text or "" for n in doc.preamble)
        who = enacting_issuer(text)
        if who:
            h.issuer.name = who


def _blank_date_in_header(doc: Document) -> bool:
    span = doc.header.span
    if span is None:
        return False
    return bool(_BLANK_DAY.search(doc.text, span.start, span.end))

