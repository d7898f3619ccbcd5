"""The archive's citation graph ("lược đồ"): which documents of an archive cite which others, and how.

``build(docs)`` takes parsed documents (``Document`` objects, or their JSON dicts as ``vnlegal
batch`` writes them) and resolves every citation to a document of the same archive:

- by symbol: the citation's ``key`` equals a document's own symbol key ("72/2015/NĐ-CP");
- by name and date: a citation by name ("Luật Thanh tra ngày 25 tháng 6 năm 2025", key
  ``"luật thanh tra@2025-06-25"``) matches a document whose type and title make that name and
  whose date is that date; without a date, when exactly one document of the archive has the
  name and is not younger than the citing one;
- a key that many documents share ("40/2026/QĐ-UBND" issued by many provinces) is narrowed by
  the type and date the citation states and by its issuer ("của UBND tỉnh Lào Cai"), else by
  the citing document's own issuer (a provincial decision citing "Quyết định số 05/2025/QĐ-UBND"
  without more means its own province's); what stays open is reported as ambiguous, never
  guessed;
- one document held in several files (same key, type, date and issuer) is one target, the file
  listed first.

Every resolved citation becomes an edge ``source --relation--> target`` (mentions of one target
with one relation are one edge, with a count), seen from the target as the inverse relation
("amends" / "amended by", "guides" / "guided by" ...). Citations whose target is not in the
archive are listed by key with counts. The graph is written as CSV tables, GraphML, or Parquet
(with the optional ``pyarrow``), and ``scheme(doc)`` gives a document's lược đồ, which
``vnlegal.export.markdown.to_markdown(doc, graph=...)`` prints as a section.

The package, one module per concern: ``records`` (relations, documents, edges, open keys),
``model`` (the ``Graph`` and its queries), ``resolve`` (``build``: citations resolved to
documents), ``exports`` (CSV, GraphML, Parquet), ``inputs`` (``load``: a batch output folder).

    >>> import vnlegal
    >>> from vnlegal import graph
    >>> docs = [vnlegal.parse(f"fixtures/texts/{n}.txt") for n in ("042_chi-thi_13-ct-ttg_2024",
    ...         "003_ke-hoach_09-kh-btnmt_tin-chi-cac-bon_2024")]
    >>> g = graph.build(docs)
    >>> [(e.relation, g.documents[e.target].label) for e in g.outgoing(docs[1].source.path or "")]
    [('implements', 'Chỉ thị 13/CT-TTg'), ('reference', 'Chỉ thị 13/CT-TTg')]
"""

from __future__ import annotations

from vnlegal.graph.inputs import load
from vnlegal.graph.model import Graph
from vnlegal.graph.records import (
    INVERSE,
    RELATIONS,
    SCHEME_LABELS,
    Ambiguous,
    Edge,
    GraphDocument,
    Unresolved,
)
from vnlegal.graph.resolve import build

__all__ = [
    "INVERSE",
    "RELATIONS",
    "SCHEME_LABELS",
    "Ambiguous",
    "Edge",
    "Graph",
    "GraphDocument",
    "Unresolved",
    "build",
    "load",
]
