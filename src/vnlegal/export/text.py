"""A short human-readable summary of a Document (used by ``vnlegal summary`` and the demo)."""

from __future__ import annotations

from vnlegal.model import Document, Node


def _outline(nodes: list[Node], depth: int, out: list[str], max_depth: int) -> None:
    for n in nodes:
        if n.kind in ("paragraph", "bullet", "table"):
            continue
        label = f"{n.label}." if n.label else ""
        head = (n.title or n.text or "").split("\n")[0]
        out.append(f"{'  ' * depth}{label} {head[:70]}")
        if depth + 1 < max_depth:
            _outline(n.children, depth + 1, out, max_depth)


def _signed(doc: Document) -> str:
    sig = doc.closing.signature
    if sig is None:
        return ""
    return " / ".join(x for x in [*sig.authority_lines, sig.position, sig.name] if x)


def summarize(doc: Document, *, max_depth: int = 3) -> str:
    """Header facts, outline, closing and counts as plain text."""
    h = doc.header
    lines = [
        f"Type:       {h.doc_type or '-'}",
        f"Number:     {h.symbol.text if h.symbol else '-'}",
        f"Issuer:     {h.issuer.name or '-'}"
        + (f"  (under {h.issuer.parent})" if h.issuer.parent else ""),
        f"Place/date: {h.place or '-'}, {h.date.isoformat() if h.date else '-'}",
        f"Title:      {h.title or '-'}",
        f"Signed:     {_signed(doc) or '-'}",
        f"Recipients: {len(doc.closing.recipients)}   Citations: {len(doc.citations)}   "
        f"Assignments: {len(doc.assignments)}   Attachments: {len(doc.attachments)}",
        "Outline:",
    ]
    _outline(doc.body, 1, lines, max_depth)
    for att in doc.attachments:
        lines.append(f"  [{att.kind}] {att.title or ''}"[:90])
        _outline(att.body, 2, lines, max_depth + 1)
    if doc.source.warnings:
        lines.append("Warnings:")
        lines.extend(f"  - {w}" for w in doc.source.warnings)
    return "\n".join(lines) + "\n"
