"""Documents as plain text for people: a short summary (``vnlegal summary`` and the demo) and
the listings of ``vnlegal citations`` and ``vnlegal assignments`` (an aligned table, CSV or
JSON), their rows taken from ``vnlegal.export.tables``."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence

from vnlegal.export.tables import (
    ASSIGNMENT_LIST_TABLE_COLUMNS,
    ASSIGNMENT_ROW_COLUMNS,
    CITATION_LIST_COLUMNS,
    CITATION_LIST_TABLE_COLUMNS,
    assignment_rows,
    cells,
    citation_row,
)
from vnlegal.model import Assignment, Citation, Document, Node

_FORMATS = ("table", "json", "csv")


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
        f"Issuer:     {h.issuer.name or '-'}" + (f"  (under {h.issuer.parent})" if h.issuer.parent else ""),
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


def text_table(
    header: Sequence[str], rows: Iterable[Sequence[str]], *, width: int, rule: bool = False
) -> str:
    """Aligned columns, two spaces apart, trailing spaces dropped; a cell longer than ``width``
    is cut to ``width`` characters ending in "…"; ``rule`` draws dashes under the header."""
    cut = [[v if len(v) <= width else v[: width - 1] + "…" for v in row] for row in rows]
    widths = [max([len(h)] + [len(row[i]) for row in cut]) for i, h in enumerate(header)]
    lines = [_aligned(header, widths)]
    if rule:
        lines.append("  ".join("-" * w for w in widths))
    lines.extend(_aligned(row, widths) for row in cut)
    return "\n".join(lines) + "\n"


def _aligned(row: Sequence[str], widths: Sequence[int]) -> str:
    return "  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip()


def render_citations(citations: Iterable[Citation], fmt: str = "table") -> str:
    """The citations as text: ``table`` (aligned columns), ``json`` (a list of SPEC §2 objects)
    or ``csv`` (one row per citation, header first) -- ``vnlegal citations``."""
    cits = list(citations)
    _check(fmt)
    if fmt == "json":
        return _json(cits)
    rows = []
    for c in cits:
        row = dict(
            zip(
                CITATION_LIST_COLUMNS, cells(citation_row(c.model_dump()), CITATION_LIST_COLUMNS), strict=True
            )
        )
        if c.internal:
            row["relation"] += " (internal)"
        rows.append(row)
    if fmt == "csv":
        return _csv(CITATION_LIST_COLUMNS, ([r[k] for k in CITATION_LIST_COLUMNS] for r in rows))
    header = [k.upper() for k in CITATION_LIST_TABLE_COLUMNS]
    return text_table(header, [[r[k] for k in CITATION_LIST_TABLE_COLUMNS] for r in rows], width=40)


def render_assignments(assignments: Iterable[Assignment], fmt: str = "table") -> str:
    """The assignments as text: ``table`` (aligned columns), ``json`` (a list of SPEC §2
    objects) or ``csv`` (``ASSIGNMENT_ROW_COLUMNS``, header first) -- ``vnlegal assignments``."""
    asgs = list(assignments)
    _check(fmt)
    if fmt == "json":
        return _json(asgs)
    # The csv module's own spelling of values ("True", repr of floats), as this command has
    # always written them; ``vnlegal parse --format csv`` writes ``tables.cell`` cells instead.
    rows = [["" if v is None else v for v in r.values()] for r in assignment_rows(asgs)]
    if fmt == "csv":
        return _csv(ASSIGNMENT_ROW_COLUMNS, rows)
    index = [ASSIGNMENT_ROW_COLUMNS.index(k) for k in ASSIGNMENT_LIST_TABLE_COLUMNS]
    table = [[str(r[i]) for i in index] for r in rows]
    return text_table(ASSIGNMENT_LIST_TABLE_COLUMNS, table, width=60, rule=True)


def _check(fmt: str) -> None:
    if fmt not in _FORMATS:
        raise ValueError(f"unknown format {fmt!r}: use table, json or csv")


def _json(models: Sequence[Citation] | Sequence[Assignment]) -> str:
    data = [m.model_dump(mode="json") for m in models]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue()
