"""The records of the citation graph: relations and their inverses, and one record per
document, edge, unresolved key and ambiguous key.

Kept apart from the ``Graph`` class (``vnlegal.graph.model``) and from resolution
(``vnlegal.graph.resolve``) because both, and the serializers (``vnlegal.graph.exports``), read
them; ``document_info`` turns a parsed document (or its JSON dict) into its ``GraphDocument``,
for building the graph and for finding a document in it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, get_args

from vnlegal.lang.symbols import symbol_key
from vnlegal.model import Document, Relation

__all__ = [
    "INVERSE",
    "RELATIONS",
    "SCHEME_LABELS",
    "Ambiguous",
    "Edge",
    "GraphDocument",
    "Unresolved",
    "as_dict",
    "document_info",
]

RELATIONS: tuple[str, ...] = get_args(Relation)
"""The relations a citation states (``Citation.relation``)."""
INVERSE: dict[str, str] = {
    "amends": "amended by",
    "guides": "guided by",
    "repeals": "repealed by",
    "replaces": "replaced by",
    "basis": "basis of",
    "implements": "implemented by",
    "reference": "referenced by",
}
"""Each relation as the cited document sees it."""
SCHEME_LABELS: dict[str, str] = {
    "amends": "Văn bản được sửa đổi, bổ sung",
    "amended by": "Văn bản sửa đổi, bổ sung",
    "guides": "Văn bản được hướng dẫn",
    "guided by": "Văn bản hướng dẫn",
    "repeals": "Văn bản bị bãi bỏ",
    "repealed by": "Văn bản bãi bỏ",
    "replaces": "Văn bản bị thay thế",
    "replaced by": "Văn bản thay thế",
    "basis": "Văn bản căn cứ",
    "basis of": "Văn bản lấy văn bản này làm căn cứ",
    "implements": "Văn bản được triển khai thực hiện",
    "implemented by": "Văn bản triển khai thực hiện",
    "reference": "Văn bản được dẫn chiếu",
    "referenced by": "Văn bản dẫn chiếu văn bản này",
}
"""The lược đồ headings, in the portals' words, of each relation and its inverse."""


@dataclass(frozen=True, slots=True)
class GraphDocument:
    """A document of the archive, as the graph knows it."""

    id: str
    """Its id in the graph: the source path (or the batch output's relative path)."""
    key: str
    """Its own symbol as a citation key ("72/2015/NĐ-CP"); "" when it has none."""
    doc_type: str | None
    symbol: str | None
    date: str | None
    """Date of issue, ISO 8601."""
    issuer: str | None
    title: str | None
    sha256: str = ""

    @property
    def label(self) -> str:
        """How a list names it: type and symbol, else type and title, else the id."""
        head = " ".join(x for x in (self.doc_type, self.symbol) if x)
        if self.symbol:
            return head
        return " ".join(x for x in (self.doc_type, self.title) if x) or self.id


@dataclass(frozen=True, slots=True)
class Edge:
    """``source`` cites ``target`` with ``relation`` (``mentions`` times)."""

    source: str
    target: str
    relation: str
    key: str
    """The citation key that was resolved."""
    method: str
    """How it was resolved: "symbol", "symbol+issuer", "symbol+own issuer", "symbol+type",
    "symbol+date", "name+date" or "name"; "+copies" when the target is one document held in
    several files of the archive (same key, type, date and issuer), the first of them."""
    mentions: int
    text: str
    """The first mention as written."""

    @property
    def inverse(self) -> str:
        """The relation seen from the target ("amended by" for "amends")."""
        return INVERSE[self.relation]


@dataclass(frozen=True, slots=True)
class Unresolved:
    """A key cited in the archive whose document is not in it."""

    key: str
    doc_type: str | None
    cited_as: str
    """The first mention as written."""
    mentions: int
    cited_by: tuple[str, ...]
    """Ids of the documents that cite it."""


@dataclass(frozen=True, slots=True)
class Ambiguous:
    """A key that several documents of the archive carry, which nothing in the mention decides."""

    key: str
    mentions: int
    candidates: tuple[str, ...]
    cited_by: tuple[str, ...]


def as_dict(doc: Document | Mapping[str, Any]) -> Mapping[str, Any]:
    """``doc`` as the JSON dict the graph reads (only source, header and citations of a
    ``Document``); a dict is returned as it is."""
    if isinstance(doc, Document):
        return doc.model_dump(mode="json", include={"source", "header", "citations"})
    return doc


def document_info(data: Mapping[str, Any], fallback_id: str) -> GraphDocument:
    """The ``GraphDocument`` of a document's JSON dict; ``fallback_id`` when it has no path."""
    src = data.get("source") or {}
    h = data.get("header") or {}
    sym = (h.get("symbol") or {}).get("text")
    # "/KH-SCT" (number left blank) cannot be cited, so it is no key.
    number = (h.get("symbol") or {}).get("number")
    return GraphDocument(
        id=src.get("path") or fallback_id,
        key=symbol_key(sym) if sym and number else "",
        doc_type=h.get("doc_type"),
        symbol=sym,
        date=h.get("date"),
        issuer=(h.get("issuer") or {}).get("name"),
        title=h.get("title_display") or h.get("title"),
        sha256=src.get("sha256") or "",
    )
