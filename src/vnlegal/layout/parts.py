"""The document's top-level parts: header, preamble, body, closing and attachments, each an
extent of ``Document.text``, so that no character is lost between the stages.

The layout stage decides the line ranges (``Layout``); the outline stage where the body's first
unit starts (text above it is the preamble). This module turns them into ``Part``s that tile
the text from its first to its last non-blank character. Text that falls between the ranges --
no stage claimed it -- becomes a "leftover" part and a warning, never silently dropped.
"""

from __future__ import annotations

from vnlegal.layout.split import Layout
from vnlegal.lines import Line
from vnlegal.model import Document, Node, Part, PartKind, Span


def _first_start(nodes: list[Node]) -> int | None:
    return min((n.span.start for n in nodes), default=None)


def document_parts(doc: Document, lines: list[Line], layout: Layout) -> tuple[list[Part], list[str]]:
    """(parts in text order, warnings about leftover text)."""
    text = doc.text
    if not lines or not text.strip():
        return [], []

    def at(k: int) -> int:
        return lines[k].start if k < len(lines) else len(text)

    ranges: list[tuple[int, int, PartKind, str | None]] = []
    b0, b1 = layout.body
    body_start, body_end = at(b0), at(b1)
    if body_start > 0:
        ranges.append((0, body_start, "header", None))
    first = _first_start(doc.body)
    if first is not None and first > body_start:
        ranges.append((body_start, first, "preamble", None))
        ranges.append((first, body_end, "body", None))
    elif first is None:
        ranges.append((body_start, body_end, "preamble", None))
    else:
        ranges.append((body_start, body_end, "body", None))
    if layout.closing is not None:
        ranges.append((at(layout.closing[0]), at(layout.closing[1]), "closing", None))
    for att, (a, b) in zip(doc.attachments, layout.attachments, strict=False):
        ranges.append((at(a), at(b), "attachment", att.id or None))
    return _tile(text, ranges)


def _tile(text: str, ranges: list[tuple[int, int, PartKind, str | None]]) -> tuple[list[Part], list[str]]:
    """Parts from ``ranges`` in text order, gaps filled: blank gaps join the part before them,
    gaps with text become "leftover" parts."""
    parts: list[Part] = []
    warnings: list[str] = []
    pos = 0
    for start, end, kind, ident in sorted(r for r in ranges if r[1] > r[0]):
        start = max(start, pos)
        if end <= start:
            continue
        if start > pos:
            _gap(text, pos, start, parts, warnings)
        parts.append(Part(kind=kind, span=Span(start=start, end=end), id=ident))
        pos = end
    if pos < len(text):
        _gap(text, pos, len(text), parts, warnings)
    return parts, warnings


def _gap(text: str, start: int, end: int, parts: list[Part], warnings: list[str]) -> None:
    if text[start:end].strip() or not parts:
        parts.append(Part(kind="leftover", span=Span(start=start, end=end)))
        if text[start:end].strip():
            warnings.append(f"text at {start}-{end} belongs to no part of the document")
    else:
        last = parts[-1]
        parts[-1] = last.model_copy(update={"span": Span(start=last.span.start, end=end)})
