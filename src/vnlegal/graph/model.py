"""The ``Graph`` of an archive: its documents, edges, unresolved and ambiguous keys, and the
queries on them (edges out of and into a document, finding a document, its lược đồ).

The records it holds are in ``vnlegal.graph.records``; how it is built from parsed documents
is ``vnlegal.graph.resolve``; its files (CSV, GraphML, Parquet) are ``vnlegal.graph.exports``,
which ``tables``, ``write`` and ``to_graphml`` call.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vnlegal.graph import exports
from vnlegal.graph.records import (
    INVERSE,
    RELATIONS,
    SCHEME_LABELS,
    Ambiguous,
    Edge,
    GraphDocument,
    Unresolved,
    as_dict,
    document_info,
)
from vnlegal.model import Document

__all__ = ["Graph"]


@dataclass
class Graph:
    """The citation graph of an archive (``build``)."""

    documents: dict[str, GraphDocument] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)
    unresolved: list[Unresolved] = field(default_factory=list)
    """Most cited first."""
    ambiguous: list[Ambiguous] = field(default_factory=list)
    self_citations: int = 0
    """Mentions of the citing document itself ("Quyết định này", or its own symbol)."""
    _out: dict[str, list[Edge]] = field(default_factory=dict, repr=False)
    _in: dict[str, list[Edge]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._index()

    def _index(self) -> None:
        self._out, self._in = defaultdict(list), defaultdict(list)
        for e in self.edges:
            self._out[e.source].append(e)
            self._in[e.target].append(e)

    def outgoing(self, doc_id: str, relation: str | None = None) -> list[Edge]:
        """Edges from ``doc_id``: the documents it cites (with ``relation`` only, if given)."""
        return [e for e in self._out.get(doc_id, ()) if relation is None or e.relation == relation]

    def incoming(self, doc_id: str, relation: str | None = None) -> list[Edge]:
        """Edges into ``doc_id``: the documents that cite it. ``relation`` is the inverse
        ("amended by") or the citing side's relation ("amends")."""
        return [
            e for e in self._in.get(doc_id, ())
            if relation is None or relation in (e.relation, e.inverse)
        ]  # fmt: skip

    def find(self, doc: Document | Mapping[str, Any]) -> str | None:
        """The id of ``doc`` in this graph (by input sha256, then path, then symbol), or None."""
        info = document_info(as_dict(doc), "")
        for d in self.documents.values():
            if info.sha256 and d.sha256 == info.sha256:
                return d.id
        if info.id and info.id in self.documents:
            return info.id
        same = [d.id for d in self.documents.values() if info.key and d.key == info.key]
        return same[0] if len(same) == 1 else None

    def scheme(self, doc: Document | Mapping[str, Any] | str) -> list[tuple[str, list[str]]]:
        """The lược đồ of one document: (heading, entries) per relation, the documents it cites
        first, then those citing it; an entry is the other document's label, date and issuer.
        ``doc`` is a document or its id; [] when it is not in the graph."""
        doc_id = doc if isinstance(doc, str) else self.find(doc)
        if doc_id is None:
            return []
        groups: list[tuple[str, list[str]]] = []
        for rel in RELATIONS:
            out = [self._entry(e.target, e) for e in self.outgoing(doc_id, rel)]
            if out:
                groups.append((SCHEME_LABELS[rel], out))
        for rel in RELATIONS:
            inc = [self._entry(e.source, e) for e in self._in.get(doc_id, ()) if e.relation == rel]
            if inc:
                groups.append((SCHEME_LABELS[INVERSE[rel]], inc))
        return groups

    def _entry(self, other: str, e: Edge) -> str:
        d = self.documents[other]
        facts = [x for x in (d.date, d.issuer) if x]
        text = d.label + (f" ({', '.join(facts)})" if facts else "")
        if d.symbol and d.title:
            text += f": {d.title}"
        return text + (f" · {e.mentions} lần" if e.mentions > 1 else "")

    # --- tables and files (vnlegal.graph.exports) ---------------------------------------------

    def tables(self) -> exports.Tables:
        """name -> (columns, rows) of the four tables: documents, edges, unresolved, ambiguous."""
        return exports.tables(self)

    def write(
        self, outdir: str | os.PathLike[str], formats: Sequence[str] = ("csv", "graphml")
    ) -> list[Path]:
        """Write the graph into ``outdir``: ``csv`` (documents.csv, edges.csv, unresolved.csv,
        ambiguous.csv), ``graphml`` (graph.graphml), ``parquet`` (the four tables as .parquet,
        needs pyarrow). Each file is written whole or not at all. Returns the paths written."""
        return exports.write(outdir, formats, self.tables(), self.to_graphml)

    def to_graphml(self) -> str:
        """The graph as GraphML (documents are nodes, each resolved citation an edge)."""
        return exports.to_graphml(self)

    def summary(self) -> dict[str, int]:
        """Counts: documents, edges, cited keys not in the archive and their mentions, ambiguous keys."""
        return {
            "documents": len(self.documents),
            "edges": len(self.edges),
            "unresolved_keys": len(self.unresolved),
            "unresolved_mentions": sum(u.mentions for u in self.unresolved),
            "ambiguous_keys": len(self.ambiguous),
            "self_citations": self.self_citations,
        }
