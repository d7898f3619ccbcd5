"""Flat tables of a Document -- nodes, citations, assignments -- for pandas, Parquet, a spreadsheet
or a database: ``to_table(doc, table)``, ``to_csv(doc, table)``, ``vnlegal parse --format csv``.

Every row starts with ``document`` (the source path) and ``document_key`` (the document's own
symbol, normalized as ``Citation.key`` is), so the tables of many documents concatenate and a
citation's ``key`` joins the ``document_key`` of the document it cites. Values are typed for a
columnar store: ``datetime.date`` for dates, ``bool``, ``int`` and ``float`` where they are
numbers, ``None`` where absent; the columns of a table are the same for every document.
The citation and assignment columns are those of the ``_citations.csv`` and
``_assignments.csv`` that ``vnlegal batch`` writes, plus offsets and a few typed extras.

This module is the one place that flattens citations and assignments: the tables here, the
batch CSVs (from a written Document's JSON) and the command line's listings
(``vnlegal.export.text``) all take their rows from ``citation_row`` and ``assignment_row``.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from vnlegal.lang.symbols import symbol_key

if TYPE_CHECKING:
    # Annotations only: the rows are built from dicts (a model's dump or a written Document's
    # JSON), so the batch parent can build them without validating a model.
    from vnlegal.model import Assignment, Document, Node

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
BATCH_CITATION_COLUMNS = CITATION_COLUMNS[: CITATION_COLUMNS.index("text") + 1]
"""Columns of the batch's ``_citations.csv``: up to "text" (the typed extras stay in the table)."""
ASSIGNMENT_ROW_COLUMNS = ASSIGNMENT_COLUMNS[2:]
"""Keys of ``assignment_row`` and ``vnlegal.assignments_table`` rows; ``vnlegal assignments
--format csv`` columns."""
CITATION_LIST_COLUMNS = (
    "relation", "doc_type", "symbol", "name", "date", "issuer", "pinpoint", "node_id", "text",
)  # fmt: skip
"""Columns of ``vnlegal citations --format csv``."""
CITATION_LIST_TABLE_COLUMNS = CITATION_LIST_COLUMNS[:7]
"""Columns of ``vnlegal citations`` (the aligned text table)."""
ASSIGNMENT_LIST_TABLE_COLUMNS = ("node_id", "source", "lead", "implementers", "cooperating", "time", "task")
"""Columns of ``vnlegal assignments`` (the aligned text table)."""
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
    sym = doc.header.symbol
    head = {"document": doc.source.path, "document_key": symbol_key(sym.text) if sym else None}
    if table == "nodes":
        rows: Iterable[dict[str, object]] = _nodes(doc)
    elif table == "citations":
        rows = (citation_row(c.model_dump()) for c in doc.citations)
    else:
        rows = assignment_rows(doc.assignments)
    return [{**head, **row} for row in rows]


def to_csv(doc: Document, table: Table) -> str:
    """One flat table of ``doc`` as CSV text, header row first (``vnlegal parse --format csv``).

    Absent values are empty cells, booleans ``true``/``false``, dates ISO 8601.
    """
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(COLUMNS[table])
    writer.writerows(cells(row, COLUMNS[table]) for row in to_table(doc, table))
    return buf.getvalue()


def cell(value: object) -> str:
    """A value as a CSV cell: "" for None, ``true``/``false``, ISO dates, else ``str``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, _dt.date):
        return value.isoformat()
    return str(value)


def cells(row: Mapping[str, object], columns: Sequence[str]) -> list[str]:
    """``row``'s values in ``columns`` order, as CSV cells (``cell``)."""
    return [cell(row[c]) for c in columns]


def citation_row(c: Mapping[str, Any]) -> dict[str, object]:
    """The ``CITATION_COLUMNS`` after ``document_key`` of one citation, from its dict:
    ``Citation.model_dump()`` (dates as ``datetime.date``) or a written Document's JSON (ISO
    text, which makes the same CSV cells)."""
    sym = c.get("symbol") or {}
    pin = c.get("pinpoint") or dict.fromkeys(_PIN)
    span = c.get("span") or {}
    return {
        "key": c.get("key"), "relation": c.get("relation"), "internal": c.get("internal", False),
        "doc_type": c.get("doc_type"), "symbol": sym.get("text"), "name": c.get("name"),
        "date": c.get("date"), "issuer": c.get("issuer"),
        "pinpoint": " ".join(f"{k} {v}" for k, v in pin.items() if v) or None,
        "node_id": c.get("node_id"), "text": c.get("text"), "symbol_number": sym.get("number"),
        "symbol_year": sym.get("year"), "issuer_decoded": c.get("issuer_decoded"),
        **{f"pinpoint_{k}": pin.get(k) for k in _PIN}, "start": span.get("start"),
        "end": span.get("end"),
    }  # fmt: skip


def assignment_row(a: Mapping[str, Any]) -> dict[str, object]:
    """The ``ASSIGNMENT_ROW_COLUMNS`` of one assignment, from its dict (``Assignment.model_dump()``
    or a written Document's JSON): units joined by "; ", absent values None."""
    t = a.get("time") or {}
    q = a.get("quantity") or {}
    return {
        "node_id": a.get("node_id"), "source": a.get("source"), "task": a.get("task"),
        "lead": "; ".join(a.get("lead") or ()), "implementers": "; ".join(a.get("implementers") or ()),
        "cooperating": "; ".join(a.get("cooperating") or ()), "time": t.get("text"),
        "time_start": t.get("start"), "time_end": t.get("end"), "quantity": q.get("text"),
        "quantity_value": q.get("value"), "quantity_unit": q.get("unit"),
        "quantity_estimated": q.get("estimated"), "audience": a.get("audience"),
        "funding": a.get("funding"), "output": a.get("output"), "location": a.get("location"),
    }  # fmt: skip


def assignment_rows(assignments: Iterable[Assignment]) -> list[dict[str, object]]:
    """One flat dict per assignment (``assignment_row``; dates as ``datetime.date``)."""
    return [assignment_row(a.model_dump()) for a in assignments]


def document_csv_rows(
    table: Literal["citations", "assignments"],
    document: str,
    document_key: str,
    items: Iterable[Mapping[str, Any]],
) -> list[list[str]]:
    """CSV cells of one document's citations (``BATCH_CITATION_COLUMNS``) or assignments
    (``ASSIGNMENT_COLUMNS``), from their JSON dicts: the rows of the batch's CSVs."""
    row, columns = _BATCH_ROWS[table]
    head = {"document": document, "document_key": document_key}
    return [cells({**head, **row(item)}, columns) for item in items]


_BATCH_ROWS: dict[str, tuple[Callable[[Mapping[str, Any]], dict[str, object]], tuple[str, ...]]] = {
    "citations": (citation_row, BATCH_CITATION_COLUMNS),
    "assignments": (assignment_row, ASSIGNMENT_COLUMNS),
}


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
