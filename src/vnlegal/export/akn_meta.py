"""The ``<meta>`` block of an Akoma Ntoso document: the FRBR identification of the work, its
expression and manifestation (:func:`identification`), and the references (:func:`references`):
the works this one amends, replaces or repeals (``<activeRef>``) and the TLC entries for
vnlegal, the issuer, the place and the signer.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from typing import Any

from lxml import etree

from vnlegal.export._common import slug
from vnlegal.export.akn_naming import NULL_DATE
from vnlegal.export.akn_xml import AKN, add_empty, clean_xml
from vnlegal.model import Citation, Document, Symbol

_MODIFIES = frozenset({"amends", "replaces", "repeals"})


def identification(
    parent: Any, uri: str, component: str, date: _dt.date | None, doc_type: str | None,
    symbol: Symbol | None, title: str | None,
) -> Any:  # fmt: skip
    """A ``<meta>`` under ``parent`` with the FRBR identification of component ``component``
    (``!main``, ``!att_1``) of work ``uri``; returns the ``<meta>``."""
    day = date.isoformat() if date else NULL_DATE
    day_name = "promulgation" if date else "unknown"
    meta = etree.SubElement(parent, AKN + "meta")
    ident = etree.SubElement(meta, AKN + "identification", source="#vnlegal")
    expr = f"{uri}/vie@"
    work = etree.SubElement(ident, AKN + "FRBRWork")
    add_empty(work, "FRBRthis", value=f"{uri}/{component}")
    add_empty(work, "FRBRuri", value=uri)
    if title:
        add_empty(work, "FRBRalias", value=title, name="title")
    if symbol is not None:
        add_empty(work, "FRBRalias", value=clean_xml(symbol.text), name="symbol")
    add_empty(work, "FRBRdate", date=day, name=day_name)
    add_empty(work, "FRBRauthor", href="#issuer")
    add_empty(work, "FRBRcountry", value="vn")
    add_empty(work, "FRBRsubtype", value=uri.split("/")[4])
    shown = {"showAs": symbol.text} if symbol else {}
    add_empty(work, "FRBRnumber", value=uri.rsplit("/", 1)[1], **shown)
    if doc_type:
        add_empty(work, "FRBRname", value=clean_xml(doc_type))
    ex = etree.SubElement(ident, AKN + "FRBRExpression")
    add_empty(ex, "FRBRthis", value=f"{expr}/{component}")
    add_empty(ex, "FRBRuri", value=expr)
    add_empty(ex, "FRBRdate", date=day, name=day_name)
    add_empty(ex, "FRBRauthor", href="#issuer")
    add_empty(ex, "FRBRlanguage", language="vie")
    # As cobalt and Indigo write it: the manifestation URIs are the expression's (a format
    # suffix such as ".xml" would be read by them as part of the expression date).
    man = etree.SubElement(ident, AKN + "FRBRManifestation")
    add_empty(man, "FRBRthis", value=f"{expr}/{component}")
    add_empty(man, "FRBRuri", value=expr)
    add_empty(man, "FRBRdate", date=day, name="transform")
    add_empty(man, "FRBRauthor", href="#vnlegal")
    return meta


def references(meta: Any, doc: Document, cited_uri: Callable[[Citation], str]) -> None:
    """The ``<references>`` of ``meta``: an ``<activeRef>`` per work ``doc`` modifies (its URI
    by ``cited_uri``), and the TLC entries its other elements refer to."""
    h, sig = doc.header, doc.closing.signature
    refs = etree.SubElement(meta, AKN + "references", source="#vnlegal")
    seen: set[str] = set()
    for c in doc.citations:
        href = cited_uri(c)
        if c.relation in _MODIFIES and not c.internal and href not in seen:
            seen.add(href)
            add_empty(refs, "activeRef", eId=f"activeRef_{len(seen)}", href=href, showAs=clean_xml(_shown(c)))
    _tlc(refs, "TLCOrganization", "vnlegal", "organization", "vnlegal")
    issuer = h.issuer.name or " ".join(h.issuer.lines) or (h.symbol.issuer_code if h.symbol else None)
    _tlc(refs, "TLCOrganization", "issuer", "organization", issuer or "unknown")
    if h.place:
        _tlc(refs, "TLCLocation", "place", "location", h.place)
    if sig is not None and sig.name:
        _tlc(refs, "TLCPerson", "signer", "person", sig.name)
    if sig is not None and sig.position:
        _tlc(refs, "TLCRole", "signer-role", "role", sig.position)


def _shown(c: Citation) -> str:
    """How an ``<activeRef>`` shows a cited work: type and symbol, else its name or text."""
    what = " ".join(x for x in (c.doc_type, c.symbol.text if c.symbol else None) if x)
    return what or c.name or " ".join(c.text.split())


def _tlc(refs: Any, tag: str, eid: str, kind: str, shown: str) -> None:
    """A TLC entry (``TLCOrganization``, ``TLCPerson`` ...) with its ontology href."""
    where = "" if eid == "vnlegal" else "vn/"
    add_empty(refs, tag, eId=eid, href=f"/ontology/{kind}/{where}{slug(shown) or 'unknown'}", showAs=shown)

