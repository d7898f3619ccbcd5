"""Flat tables of a Document -- nodes, citations, assignments -- for pandas, Parquet, a spreadsheet
or a database: ``to_table(doc, table)``, ``to_csv(doc, table)``, ``vnlegal parse --format csv``.

Every row starts with ``document`` (the source path) and ``document_key`` (the document's own
symbol, normalized as ``Citation.key`` is), so the tables of many documents concatenate and a
citation's ``key`` joins the ``document_key`` of the document it cites. Values are typed for a
columnar store: ``datetime.date`` for dates, ``bool``, ``int`` and ``float`` where they are
numbers, ``None`` where absent; the columns of a table are the same for every document.
The citation and assignment columns are those of the ``_citations.csv`` and
``_assignments.csv`` that ``vnlegal batch`` writes, plus offsets and a few typed extras.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
from collections.abc import Iterator
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    # Annotations only: the column tuples below are imported by the batch parent, which never
    # loads the models.
    from vnlegal.model import Document, Node

Table = Literal["nodes", "citations", "assignments"]

NODE_COLUMNS = (
    "document", "document_key", "id", "parent_id", "part", "position", "depth", "kind", "label",
    "title", "text", "field_name", "field_label", "field_value", "children", "table_rows", "start",
    "end", "page",
)  # fmt: skip
"""Columns of the ``nodes`` table (one row per node, depth-first in text order)."""
CITATION_COLUMNS = (
    "document", "document_key", "key", "relation", "internal", "doc_type", "symbol", "name",
    "date", "issuer", "pinpoint", "node_id", "text", "symbol_number", "symbol_year",
    "issuer_decoded", "pinpoint_part", "pinpoint_chapter", "pinpoint_section", "pinpoint_article",
    "pinpoint_clause", "pinpoint_point", "pinpoint_appendix", "start", "end",
)  # fmt: skip
"""Columns of the ``citations`` table (one row per mention, in text order)."""
ASSIGNMENT_COLUMNS = (
    "document", "document_key", "node_id", "source", "task", "lead", "implementers",
    "cooperating", "time", "time_start", "time_end", "quantity", "quantity_value",
    "quantity_unit", "quantity_estimated", "audience", "funding", "output", "location",
)  # fmt: skip
"""Columns of the ``assignments`` table (units joined by "; ", as ``vnlegal assignments``)."""
COLUMNS: dict[str, tuple[str, ...]] = {
    "nodes": NODE_COLUMNS,
    "citations": CITATION_COLUMNS,
    "assignments": ASSIGNMENT_COLUMNS,
}
"""The columns of each table, in order."""
_PIN = ("part", "chapter", "section", "article", "clause", "point", "appendix")


def to_table(doc: Document, table: Table) -> list[dict[str, object]]:
    """Rows of one flat table of ``doc``: ``"nodes"``, ``"citations"`` or ``"assignments"``.

    Each row is a dict with the keys of ``COLUMNS[table]``:
    ``pandas.DataFrame(to_table(doc, "citations"))``.

    >>> import vnlegal
    >>> from vnlegal.export.tables import to_table
    >>> doc = vnlegal.parse("fixtures/texts/000_ke-hoach_1560-kh-ubnd_binhduong_ttdn_2021.txt")
    >>> [(r["key"], r["relation"]) for r in to_table(doc, "citations")][:2]
    [('72/2015/NĐ-CP', 'basis'), ('22/2016/TT-BTTTT', 'basis')]
    """
    if table not in COLUMNS:
        raise ValueError(f"unknown table {table!r}: use nodes, citations or assignments")
    head = {"document": doc.source.path, "document_key": _document_key(doc)}
    rows = {"nodes": _nodes, "citations": _citations, "assignments": _assignments}[table](doc)
    return [{**head, **row} for row in rows]


def to_csv(doc: Document, table: Table) -> str:
    """One flat table of ``doc`` as CSV text, header row first (``vnlegal parse --format csv``).

    Absent values are empty cells, booleans ``true``/``false``, dates ISO 8601.
    """
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(COLUMNS[table])
    for row in to_table(doc, table):
        writer.writerow([_cell(row[c]) for c in COLUMNS[table]])
    return buf.getvalue()


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, _dt.date):
        return value.isoformat()
    return str(value)


def _document_key(doc: Document) -> str | None:
    if doc.header.symbol is None:
        return None
    from vnlegal.citations.parts import symbol_key

    return symbol_key(doc.header.symbol)


def _nodes(doc: Document) -> Iterator[dict[str, object]]:
    position = 0

    def walk(nodes: list[Node], parent: str | None, part: str, depth: int) -> Iterator[dict[str, object]]:
        nonlocal position
        for n in nodes:
            position += 1
            yield {
                "id": n.id, "parent_id": parent, "part": part, "position": position, "depth": depth,
                "kind": n.kind, "label": n.label, "title": n.title or None, "text": n.text or None,
                "field_name": n.field.name if n.field else None,
                "field_label": n.field.label if n.field else None,
                "field_value": n.field.value if n.field else None,
                "children": len(n.children), "table_rows": len(n.rows) if n.rows is not None else None,
                "start": n.span.start, "end": n.span.end, "page": n.page,
            }  # fmt: skip
            yield from walk(n.children, n.id, part, depth + 1)

    yield from walk(doc.preamble, None, "preamble", 1)
    yield from walk(doc.body, None, "body", 1)
    for att in doc.attachments:
        yield from walk(att.preamble, None, att.id, 1)
        yield from walk(att.body, None, att.id, 1)


def _citations(doc: Document) -> Iterator[dict[str, object]]:
    for c in doc.citations:
        pin = c.pinpoint.model_dump() if c.pinpoint is not None else dict.fromkeys(_PIN)
        yield {
            "key": c.key, "relation": c.relation, "internal": c.internal, "doc_type": c.doc_type,
            "symbol": c.symbol.text if c.symbol else None, "name": c.name, "date": c.date,
            "issuer": c.issuer, "pinpoint": " ".join(f"{k} {v}" for k, v in pin.items() if v) or None,
            "node_id": c.node_id, "text": c.text,
            "symbol_number": c.symbol.number if c.symbol else None,
            "symbol_year": c.symbol.year if c.symbol else None, "issuer_decoded": c.issuer_decoded,
            **{f"pinpoint_{k}": pin[k] for k in _PIN}, "start": c.span.start, "end": c.span.end,
        }  # fmt: skip


def _assignments(doc: Document) -> Iterator[dict[str, object]]:
    from vnlegal.assignments.extract import assignments_table

    yield from assignments_table(doc)
