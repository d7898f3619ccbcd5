"""The citation graph written out: four flat tables (documents, edges, unresolved,
ambiguous) as CSV or Parquet, and GraphML for graph tools (Gephi, yEd, networkx).

Apart from ``vnlegal.graph.model`` so that the ``Graph`` class holds the graph and its
queries, and this module every file format; it reads any object with the graph's four
collections (``GraphLike``), so it does not import the class.
"""

from __future__ import annotations

import csv
import io
import os
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol
from xml.etree import ElementTree as ET

from vnlegal.export.parquet import write_parquet
from vnlegal.graph.records import Ambiguous, Edge, GraphDocument, Unresolved

__all__ = [
    "AMBIGUOUS_COLUMNS",
    "DOCUMENT_COLUMNS",
    "EDGE_COLUMNS",
    "UNRESOLVED_COLUMNS",
    "GraphLike",
    "Tables",
    "tables",
    "to_graphml",
    "write",
]

DOCUMENT_COLUMNS = (
    "id",
    "key",
    "doc_type",
    "symbol",
    "date",
    "issuer",
    "title",
    "sha256",
    "outgoing",
    "incoming",
)
EDGE_COLUMNS = ("source", "source_key", "relation", "inverse", "target", "target_key", "key", "method",
                "mentions", "text")  # fmt: skip
UNRESOLVED_COLUMNS = ("key", "doc_type", "cited_as", "mentions", "documents", "cited_by")
AMBIGUOUS_COLUMNS = ("key", "mentions", "candidates", "cited_by")

Tables = dict[str, tuple[tuple[str, ...], list[list[Any]]]]
"""name -> (columns, rows)."""


class GraphLike(Protocol):
    """What the serializers read of a graph (``vnlegal.graph.Graph`` has it)."""

    @property
    def documents(self) -> Mapping[str, GraphDocument]: ...
    @property
    def edges(self) -> Sequence[Edge]: ...
    @property
    def unresolved(self) -> Sequence[Unresolved]: ...
    @property
    def ambiguous(self) -> Sequence[Ambiguous]: ...


def tables(g: GraphLike) -> Tables:
    """name -> (columns, rows) of the four tables: documents, edges, unresolved, ambiguous."""
    outgoing = Counter(e.source for e in g.edges)
    incoming = Counter(e.target for e in g.edges)
    docs = [
        [d.id, d.key, d.doc_type, d.symbol, d.date, d.issuer, d.title, d.sha256,
         outgoing[d.id], incoming[d.id]]
        for d in g.documents.values()
    ]  # fmt: skip
    edges = [
        [e.source, g.documents[e.source].key, e.relation, e.inverse, e.target,
         g.documents[e.target].key, e.key, e.method, e.mentions, e.text]
        for e in g.edges
    ]  # fmt: skip
    unresolved = [
        [u.key, u.doc_type, u.cited_as, u.mentions, len(u.cited_by), " | ".join(u.cited_by)]
        for u in g.unresolved
    ]
    ambiguous = [[a.key, a.mentions, " | ".join(a.candidates), " | ".join(a.cited_by)] for a in g.ambiguous]
    return {
        "documents": (DOCUMENT_COLUMNS, docs),
        "edges": (EDGE_COLUMNS, edges),
        "unresolved": (UNRESOLVED_COLUMNS, unresolved),
        "ambiguous": (AMBIGUOUS_COLUMNS, ambiguous),
    }


def write(
    outdir: str | os.PathLike[str],
    formats: Sequence[str],
    tables: Tables,
    graphml: Callable[[], str],
) -> list[Path]:
    """Write ``tables`` into ``outdir`` in ``formats`` (csv, parquet; ``graphml`` is called
    for graph.graphml). Each file is written whole or not at all. Returns the paths written."""
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for fmt in formats:
        if fmt == "csv":
            for name, (columns, rows) in tables.items():
                written.append(_replace(out / f"{name}.csv", _csv_text(columns, rows).encode("utf-8")))
        elif fmt == "graphml":
            written.append(_replace(out / "graph.graphml", graphml().encode("utf-8")))
        elif fmt == "parquet":
            for name, (columns, rows) in tables.items():
                written.append(write_parquet(out / f"{name}.parquet", columns, rows))
        else:
            raise ValueError(f"unknown graph format {fmt!r}: use csv, graphml or parquet")
    return written


def to_graphml(g: GraphLike) -> str:
    """The graph as GraphML (documents are nodes, each resolved citation an edge)."""
    ns = "http://graphml.graphdrawing.org/xmlns"
    root = ET.Element("graphml", xmlns=ns)
    node_attrs = ("key", "doc_type", "symbol", "date", "issuer", "title", "label")
    edge_attrs = ("relation", "inverse", "key", "method", "mentions")
    for name in node_attrs:
        ET.SubElement(
            root, "key", {"id": f"d_{name}", "for": "node", "attr.name": name, "attr.type": "string"}
        )
    for name in edge_attrs:
        kind = "int" if name == "mentions" else "string"
        ET.SubElement(root, "key", {"id": f"e_{name}", "for": "edge", "attr.name": name, "attr.type": kind})
    graph = ET.SubElement(root, "graph", id="citations", edgedefault="directed")
    for d in g.documents.values():
        n = ET.SubElement(graph, "node", id=d.id)
        values = (d.key, d.doc_type, d.symbol, d.date, d.issuer, d.title, d.label)
        for name, value in zip(node_attrs, values, strict=True):
            if value:
                ET.SubElement(n, "data", key=f"d_{name}").text = value
    for k, e in enumerate(g.edges):
        el = ET.SubElement(graph, "edge", id=f"e{k}", source=e.source, target=e.target)
        for name, val in zip(
            edge_attrs, (e.relation, e.inverse, e.key, e.method, str(e.mentions)), strict=True
        ):
            ET.SubElement(el, "data", key=f"e_{name}").text = val
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _csv_text(columns: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(columns)
    w.writerows(["" if v is None else v for v in row] for row in rows)
    return buf.getvalue()


def _replace(path: Path, data: bytes) -> Path:
    # Temp file beside the target, then rename: a reader never sees half a table.
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path
