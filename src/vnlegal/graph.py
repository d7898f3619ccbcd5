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
  guessed.

Every resolved citation becomes an edge ``source --relation--> target`` (mentions of one target
with one relation are one edge, with a count), seen from the target as the inverse relation
("amends" / "amended by", "guides" / "guided by" ...). Citations whose target is not in the
archive are listed by key with counts. The graph is written as CSV tables, GraphML, or Parquet
(with the optional ``pyarrow``), and ``scheme(doc)`` gives a document's lược đồ, which
``vnlegal.export.markdown.to_markdown(doc, graph=...)`` prints as a section.

    >>> import vnlegal
    >>> from vnlegal import graph
    >>> docs = [vnlegal.parse(f"fixtures/texts/{n}.txt") for n in ("042_chi-thi_13-ct-ttg_2024",
    ...         "003_ke-hoach_09-kh-btnmt_tin-chi-cac-bon_2024")]
    >>> g = graph.build(docs)
    >>> [(e.relation, g.documents[e.target].label) for e in g.outgoing(docs[1].source.path or "")]
    [('implements', 'Chỉ thị 13/CT-TTg'), ('reference', 'Chỉ thị 13/CT-TTg')]
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import os
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, get_args
from xml.etree import ElementTree as ET

from vnlegal.batch.io import JSONL_NAME, TMP_DIRNAME
from vnlegal.export.parquet import write_parquet
from vnlegal.lang.agency import expand_abbreviations
from vnlegal.lang.fold import fold
from vnlegal.lang.symbols import symbol_key
from vnlegal.model import Document, Relation

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
    "symbol+date", "name+date" or "name"."""
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
        info = _info(_as_dict(doc), "")
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

    # --- tables ---------------------------------------------------------------------------

    def tables(self) -> dict[str, tuple[tuple[str, ...], list[list[Any]]]]:
        """name -> (columns, rows) of the four tables: documents, edges, unresolved, ambiguous."""
        docs = [
            [d.id, d.key, d.doc_type, d.symbol, d.date, d.issuer, d.title, d.sha256,
             len(self._out.get(d.id, ())), len(self._in.get(d.id, ()))]
            for d in self.documents.values()
        ]  # fmt: skip
        edges = [
            [e.source, self.documents[e.source].key, e.relation, e.inverse, e.target,
             self.documents[e.target].key, e.key, e.method, e.mentions, e.text]
            for e in self.edges
        ]  # fmt: skip
        unresolved = [
            [u.key, u.doc_type, u.cited_as, u.mentions, len(u.cited_by), " | ".join(u.cited_by)]
            for u in self.unresolved
        ]
        ambiguous = [
            [a.key, a.mentions, " | ".join(a.candidates), " | ".join(a.cited_by)] for a in self.ambiguous
        ]
        return {
            "documents": (DOCUMENT_COLUMNS, docs),
            "edges": (EDGE_COLUMNS, edges),
            "unresolved": (UNRESOLVED_COLUMNS, unresolved),
            "ambiguous": (AMBIGUOUS_COLUMNS, ambiguous),
        }

    def write(
        self, outdir: str | os.PathLike[str], formats: Sequence[str] = ("csv", "graphml")
    ) -> list[Path]:
        """Write the graph into ``outdir``: ``csv`` (documents.csv, edges.csv, unresolved.csv,
        ambiguous.csv), ``graphml`` (graph.graphml), ``parquet`` (the four tables as .parquet,
        needs pyarrow). Each file is written whole or not at all. Returns the paths written."""
        out = Path(outdir)
        out.mkdir(parents=True, exist_ok=True)
        written: list[Path] = []
        tables = self.tables()
        for fmt in formats:
            if fmt == "csv":
                for name, (columns, rows) in tables.items():
                    written.append(_replace(out / f"{name}.csv", _csv_text(columns, rows).encode("utf-8")))
            elif fmt == "graphml":
                written.append(_replace(out / "graph.graphml", self.to_graphml().encode("utf-8")))
            elif fmt == "parquet":
                for name, (columns, rows) in tables.items():
                    written.append(write_parquet(out / f"{name}.parquet", columns, rows))
            else:
                raise ValueError(f"unknown graph format {fmt!r}: use csv, graphml or parquet")
        return written

    def to_graphml(self) -> str:
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
            ET.SubElement(
                root, "key", {"id": f"e_{name}", "for": "edge", "attr.name": name, "attr.type": kind}
            )
        g = ET.SubElement(root, "graph", id="citations", edgedefault="directed")
        for d in self.documents.values():
            n = ET.SubElement(g, "node", id=d.id)
            values = (d.key, d.doc_type, d.symbol, d.date, d.issuer, d.title, d.label)
            for name, value in zip(node_attrs, values, strict=True):
                if value:
                    ET.SubElement(n, "data", key=f"d_{name}").text = value
        for k, e in enumerate(self.edges):
            el = ET.SubElement(g, "edge", id=f"e{k}", source=e.source, target=e.target)
            for name, val in zip(
                edge_attrs, (e.relation, e.inverse, e.key, e.method, str(e.mentions)), strict=True
            ):
                ET.SubElement(el, "data", key=f"e_{name}").text = val
        ET.indent(root)
        return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"

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


# --- building ---------------------------------------------------------------------------


def _as_dict(doc: Document | Mapping[str, Any]) -> Mapping[str, Any]:
    if isinstance(doc, Document):
        return doc.model_dump(mode="json", include={"source", "header", "citations"})
    return doc


def _info(data: Mapping[str, Any], fallback_id: str) -> GraphDocument:
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


def _issuer_key(name: str | None) -> str:
    return fold(expand_abbreviations(name)) if name else ""


def _name_key(doc: GraphDocument) -> str:
    """ "luật thanh tra": the name a law is cited by (type and title), folded as citation keys are."""
    return fold(f"{doc.doc_type} {doc.title}") if doc.doc_type and doc.title else ""


@dataclass
class _Pending:
    relation: str
    key: str
    method: str
    mentions: int
    text: str


class _Resolver:
    def __init__(self, docs: Mapping[str, GraphDocument]) -> None:
        self.docs = docs
        self.by_key: dict[str, list[str]] = defaultdict(list)
        self.by_name: dict[str, list[str]] = defaultdict(list)
        for d in docs.values():
            if d.key:
                self.by_key[d.key].append(d.id)
            if name := _name_key(d):
                self.by_name[name].append(d.id)

    def resolve(self, c: Mapping[str, Any], citing: GraphDocument) -> tuple[list[str], str]:
        """(candidates, method): one candidate when resolved, several when ambiguous, none when
        the cited document is not in the archive."""
        key = c.get("key") or ""
        if "@" in key and not c.get("symbol"):
            name, _, date = key.rpartition("@")
            found = [i for i in self.by_name.get(name, ()) if not date or self.docs[i].date == date]
            if date:
                return found, "name+date"
            # A name without a date: the one law of that name, if it is not younger than the
            # citing document (which cannot cite what was issued after it).
            found = [i for i in found if not (citing.date and (self.docs[i].date or "") > citing.date)]
            return (found, "name") if len(found) == 1 else ([], "name")
        found = list(self.by_key.get(key, ()))
        method = "symbol"
        if len(found) > 1:
            found, method = self._narrow(found, c, citing)
        return found, method

    def _narrow(self, found: list[str], c: Mapping[str, Any], citing: GraphDocument) -> tuple[list[str], str]:
        method = "symbol"
        tests: list[tuple[str, Any]] = []
        if c.get("doc_type"):
            tests.append(("symbol+type", lambda d: fold(d.doc_type or "") == fold(c["doc_type"])))
        if c.get("date"):
            tests.append(("symbol+date", lambda d: d.date == c["date"]))
        if c.get("issuer") and not c.get("issuer_decoded"):
            want = _issuer_key(c["issuer"])
            tests.append(("symbol+issuer", lambda d: _issuer_key(d.issuer) == want))
        else:
            own = _issuer_key(citing.issuer)
            tests.append(("symbol+own issuer", lambda d: bool(own) and _issuer_key(d.issuer) == own))
        for name, test in tests:
            kept = [i for i in found if test(self.docs[i])]
            if kept:
                found = kept
                method = name
            if len(found) == 1:
                break
        return found, method


def build(docs: Iterable[Document | Mapping[str, Any]]) -> Graph:
    """The citation graph of the documents ``docs`` (``Document`` objects or their JSON dicts).

    A document's id is its ``source.path`` ("#3" for the fourth when it has none); ids are
    made unique with a "#2" suffix.
    """
    infos: dict[str, GraphDocument] = {}
    citations: dict[str, list[Mapping[str, Any]]] = {}
    for k, doc in enumerate(docs):
        data = _as_dict(doc)
        info = _info(data, f"#{k}")
        if info.id in infos:
            n = 2
            while f"{info.id}#{n}" in infos:
                n += 1
            info = dataclasses.replace(info, id=f"{info.id}#{n}")
        infos[info.id] = info
        # Only what resolution reads is kept, so a large archive is not held in memory.
        citations[info.id] = [
            {k: c.get(k) for k in _CITE_FIELDS} for c in data.get("citations") or () if not c.get("internal")
        ]
        citations[info.id] = [c for c in citations[info.id] if c.get("key") and c["key"] != "self"]
    return _link(infos, citations)


_CITE_FIELDS = ("key", "relation", "doc_type", "symbol", "date", "issuer", "issuer_decoded", "text")


def _link(infos: dict[str, GraphDocument], citations: Mapping[str, list[Mapping[str, Any]]]) -> Graph:
    resolver = _Resolver(infos)
    g = Graph(documents=infos)
    pending: dict[tuple[str, str, str], _Pending] = {}
    missing: dict[str, Counter[str]] = defaultdict(Counter)
    missing_first: dict[str, Mapping[str, Any]] = {}
    open_keys: dict[str, tuple[set[str], Counter[str]]] = {}
    for src, cites in citations.items():
        citing = infos[src]
        for c in cites:
            found, method = resolver.resolve(c, citing)
            key = c["key"]
            if len(found) == 1:
                target = found[0]
                if target == src:
                    g.self_citations += 1
                    continue
                p = pending.get((src, target, c["relation"]))
                if p is None:
                    pending[(src, target, c["relation"])] = _Pending(
                        c["relation"], key, method, 1, c.get("text") or ""
                    )
                else:
                    p.mentions += 1
            elif found:
                cands, by = open_keys.setdefault(key, (set(), Counter()))
                cands.update(found)
                by[src] += 1
            else:
                missing[key][src] += 1
                missing_first.setdefault(key, c)
    g.edges = [
        Edge(src, target, p.relation, p.key, p.method, p.mentions, p.text)
        for (src, target, _), p in pending.items()
    ]
    g.unresolved = sorted(
        (
            Unresolved(key, missing_first[key].get("doc_type"), missing_first[key].get("text") or key,
                       sum(by.values()), tuple(sorted(by)))
            for key, by in missing.items()
        ),
        key=lambda u: (-u.mentions, u.key),
    )  # fmt: skip
    g.ambiguous = sorted(
        (
            Ambiguous(key, sum(by.values()), tuple(sorted(c)), tuple(sorted(by)))
            for key, (c, by) in open_keys.items()
        ),
        key=lambda a: (-a.mentions, a.key),
    )
    g._index()
    return g


# --- reading a batch output ---------------------------------------------------------------


def load(outdir: str | os.PathLike[str]) -> Iterator[dict[str, Any]]:
    """The documents of a ``vnlegal batch`` output folder, as JSON dicts: the lines of
    ``documents.jsonl`` when it exists, else every per-document ``*.json`` (the batch's own
    ``_*.json`` files left out). A per-document JSON's ``source.path`` is replaced by its path
    relative to ``outdir`` without ".json" -- the input's path relative to the batch's inputs,
    as in ``_citations.csv``. Raises ``FileNotFoundError`` when ``outdir`` holds neither."""
    out = Path(outdir)
    if not out.is_dir():
        raise FileNotFoundError(f"{out}: no such folder (give the OUTDIR of a `vnlegal batch` run)")
    jsonl = out / JSONL_NAME
    if jsonl.is_file():
        with open(jsonl, "rb") as f:
            for line in f:
                if line.strip():
                    yield json.loads(line)
        return
    found = False
    for path in sorted(out.rglob("*.json")):
        rel = path.relative_to(out)
        if path.name.startswith("_") or rel.parts[0] == TMP_DIRNAME:
            continue
        data = json.loads(path.read_bytes())
        if not isinstance(data, dict) or "schema_version" not in data:
            continue
        found = True
        data.setdefault("source", {})["path"] = rel.as_posix().removesuffix(".json")
        yield data
    if not found:
        raise FileNotFoundError(
            f"{out}: no document JSON and no {JSONL_NAME} (is it a `vnlegal batch` output?)"
        )
