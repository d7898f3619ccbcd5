"""Building the graph: every citation of the archive resolved to one of its documents, by
symbol key or by name and date, narrowed by type, date and issuer where many documents share a
key (the rules are in the ``vnlegal.graph`` docstring).

Apart from ``vnlegal.graph.model`` because resolution is the graph's one piece of judgement;
the class only holds and queries what this module decides.
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from vnlegal.graph.model import Graph
from vnlegal.graph.records import Ambiguous, Edge, GraphDocument, Unresolved, as_dict, document_info
from vnlegal.lang.agency import expand_abbreviations
from vnlegal.lang.fold import fold
from vnlegal.model import Document

__all__ = ["build"]

_CITE_FIELDS = ("key", "relation", "doc_type", "symbol", "date", "issuer", "issuer_decoded", "text")


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
        self.order = {doc_id: k for k, doc_id in enumerate(docs)}
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
        if len(found) > 1 and not self._copies(found):
            found, method = self._narrow(found, c, citing)
        if len(found) > 1 and self._copies(found):
            # One document held in several files (a .txt and its .docx, a portal page and a
            # download): the same key, type, date and issuer. It is one target, not an open
            # question; the edge goes to the copy the archive lists first.
            return [min(found, key=self.order.__getitem__)], f"{method}+copies"
        return found, method

    def _copies(self, found: list[str]) -> bool:
        return len({self._identity(i) for i in found}) == 1

    def _identity(self, doc_id: str) -> tuple[str, str, str | None, str]:
        d = self.docs[doc_id]
        return d.key or "", fold(d.doc_type or ""), d.date, _issuer_key(d.issuer)

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
        data = as_dict(doc)
        info = document_info(data, f"#{k}")
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


def _link(infos: dict[str, GraphDocument], citations: Mapping[str, list[Mapping[str, Any]]]) -> Graph:
    resolver = _Resolver(infos)
    self_citations = 0
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
                    self_citations += 1
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
    edges = [
        Edge(src, target, p.relation, p.key, p.method, p.mentions, p.text)
        for (src, target, _), p in pending.items()
    ]
    unresolved = sorted(
        (
            Unresolved(key, missing_first[key].get("doc_type"), missing_first[key].get("text") or key,
                       sum(by.values()), tuple(sorted(by)))
            for key, by in missing.items()
        ),
        key=lambda u: (-u.mentions, u.key),
    )  # fmt: skip
    ambiguous = sorted(
        (
            Ambiguous(key, sum(by.values()), tuple(sorted(c)), tuple(sorted(by)))
            for key, (c, by) in open_keys.items()
        ),
        key=lambda a: (-a.mentions, a.key),
    )
    return Graph(
        documents=infos,
        edges=edges,
        unresolved=unresolved,
        ambiguous=ambiguous,
        self_citations=self_citations,
    )
