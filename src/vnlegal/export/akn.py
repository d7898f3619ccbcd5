"""Akoma Ntoso 3.0 XML (OASIS LegalDocML) of a Document: ``to_akn(doc)``, ``vnlegal parse --format akn``.

Naming follows the Akoma Ntoso naming convention (AKN-NC 1.0) as Laws.Africa's Indigo and
cobalt read it:

- The work's FRBR URI is built from the type, the symbol and the date:
  ``/akn/vn/act/nghi-dinh/2015/72`` for Nghị định 72/2015/NĐ-CP. Documents whose symbol carries
  a year (the form of normative legal documents), and the normative types cited by name (Luật,
  Bộ luật, Pháp lệnh, Nghị định, Thông tư, Hiến pháp), are ``act``\\ s; the others (Kế hoạch,
  Công văn, Báo cáo ...) are ``doc``\\ s, with the type as subtype. The issuer code is the actor
  (``/akn/vn/act/thong-tu/bct/2024/14``) except where one body numbers the whole country's
  series (CP, QH, UBTVQH). An unknown year is ``0001`` and a blank number ``nn``.
- Units map to the hierarchy: Phần -> ``part``, Chương -> ``chapter``, Mục or a Roman "I." ->
  ``section``, Tiểu mục -> ``subsection``, Điều -> ``article``, khoản / "1." -> ``paragraph``,
  "1.1." -> ``subparagraph``, điểm / "a)" -> ``point``, a dash bullet -> ``indent``; a paragraph
  or a table is an ``hcontainer`` (``name="paragraph"`` / ``"table"``).
- eIds are the node ids in AKN-NC form: ``chp_II``, ``art_5__para_1__point_a``, ``sec_II__para_3``,
  ``att_1__art_2``. Articles are numbered through a document, so as in AKN-NC their eId does
  not repeat the chapter; the same pinpoint then names a unit here and in a citation's URI.
  Each unit also carries its vnlegal id as ``vnlegal:id`` (namespace ``urn:vnlegal:akn``).
- Each citation is a ``<ref>`` to the cited work's URI, with the pinpoint as portion
  (``/akn/vn/act/nghi-dinh/2015/72/~art_5__para_1``); references to this document resolve to
  the unit's eId (``#art_3``). ``vnlegal:key`` and ``vnlegal:relation`` carry the citation's key
  and relation. Citations that amend, replace or repeal are also listed as ``<activeRef>``.

Output is deterministic (the manifestation date is the document's date, not the time of
export) and valid against the official AKN 3.0 schema (``fixtures/akn/akomantoso30.xsd``).
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any

from lxml import etree

from vnlegal.export._common import Segment, citations_by_node, lines_of, link, marker, slug
from vnlegal.model import Attachment, Citation, Document, Node, Pinpoint, Symbol

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
"""The Akoma Ntoso 3.0 namespace."""
VNLEGAL_NS = "urn:vnlegal:akn"
"""Namespace of the ``vnlegal:id`` / ``vnlegal:key`` / ``vnlegal:relation`` attributes."""

_A = "{" + AKN_NS + "}"
_V = "{" + VNLEGAL_NS + "}"
_NULL_DATE = "0001-01-01"  # cobalt's convention for a date that is not known
_ELEMENT = {
    "part": "part", "chapter": "chapter", "section": "section", "subsection": "subsection",
    "article": "article", "item": "paragraph", "subitem": "subparagraph", "point": "point",
    "bullet": "indent", "paragraph": "hcontainer", "table": "hcontainer",
}  # fmt: skip
_EID = {
    "part": "part", "chapter": "chp", "section": "sec", "subsection": "subsec", "article": "art",
    "paragraph": "para", "subparagraph": "subpara", "point": "point", "indent": "indent",
    "hcontainer": "hcontainer", "container": "container",
}  # fmt: skip
_ACT_TYPES = frozenset(
    {"Hiến pháp", "Bộ luật", "Luật", "Pháp lệnh", "Nghị định", "Thông tư", "Thông tư liên tịch"}
)
_NATIONAL_SERIES = re.compile(r"(CP|QH\d*|UBTVQH\d*)", re.IGNORECASE)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_MODIFIES = frozenset({"amends", "replaces", "repeals"})


def to_akn(doc: Document) -> str:
    """``doc`` as an Akoma Ntoso 3.0 XML document (a string, with its XML declaration).

    >>> import vnlegal
    >>> xml = to_akn(vnlegal.parse("fixtures/texts/046_nghi-dinh_285-2025-nd-cp_bai-bo.txt"))
    >>> '<FRBRuri value="/akn/vn/act/nghi-dinh/2025/285"/>' in xml
    True
    """
    root = _Writer(doc).build()
    body: str = etree.tostring(root, encoding="unicode", pretty_print=True)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body


def _work_uri(
    doc_type: str | None, symbol: Symbol | None, date: _dt.date | None, name: str | None = None,
    year: int | None = None,
) -> str:  # fmt: skip
    """The FRBR work URI of a document: ``/akn/vn/act/nghi-dinh/2015/72``; ``year`` stands in
    when neither the symbol nor the date gives one."""
    act = bool(symbol and symbol.year) or doc_type in _ACT_TYPES
    parts = ["", "akn", "vn", "act" if act else "doc", slug(doc_type or "") or "van-ban"]
    code = symbol.issuer_code if symbol and symbol.issuer_code else ""
    actor = slug(code)
    if actor and not actor[0].isdigit() and not _NATIONAL_SERIES.fullmatch(code):
        parts.append(actor)
    year = (symbol.year if symbol else None) or (date.year if date else None) or year
    parts.append(f"{year:04d}" if year else _NULL_DATE[:4])
    number = slug(symbol.number) if symbol and symbol.number else ""
    if not number and name:
        rest = name[len(doc_type) :] if doc_type and name.casefold().startswith(doc_type.casefold()) else name
        number = slug(rest)
    parts.append(number or "nn")
    return "/".join(parts)


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def _portion(pin: Pinpoint | None) -> str:
    """The eId a pinpoint names ("art_5__para_1__point_a"); stops before a list ("4, 5")."""
    if pin is None:
        return ""
    steps = [("art", pin.article), ("para", pin.clause), ("point", pin.point)]
    if not pin.article:
        steps = [("part", pin.part), ("chp", pin.chapter), ("sec", pin.section), *steps[1:]]
    out = []
    for prefix, value in steps:
        if not value:
            continue
        if re.search(r",|\bvà\b|-|–", value):
            break
        out.append(f"{prefix}_{_num(value)}")
    return "__".join(out)


def _num(label: str) -> str:
    return re.sub(r"[^\w]+", "-", label).strip("-")


class _Writer:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        h = doc.header
        self.uri = _work_uri(h.doc_type, h.symbol, h.date)
        self.cites = citations_by_node(doc)
        # A second mention often omits the date ("Quyết định 1191/QĐ-TTg" after "... ngày
        # 05/8/2020"): its URI takes the year from another mention with the same key.
        self.years: dict[str, int] = {}
        for c in doc.citations:
            year = (c.symbol.year if c.symbol else None) or (c.date.year if c.date else None)
            if year and c.key:
                self.years.setdefault(c.key, year)
        self.eids: dict[str, str] = {}
        self.used: set[str] = set()
        self.owner: dict[str, str] = {}  # node id -> eId prefix of its component ("" or "att_1")
        self.atts: list[tuple[str, Attachment]] = [(f"att_{k}", a) for k, a in enumerate(doc.attachments, 1)]
        # Preamble paragraphs are <container>s of the <preamble>, or the body of a document that
        # has no numbered units (AKN requires a body).
        self._assign(doc.preamble, "preamble" if doc.body else "", "", doc.body != [])
        self._assign(doc.body, "", "")
        for prefix, att in self.atts:
            self.used.add(prefix)
            self._assign(att.preamble, f"{prefix}__preamble" if att.body else prefix, prefix, att.body != [])
            self._assign(att.body, prefix, prefix)

    # --- eIds -----------------------------------------------------------------------------

    def _assign(self, nodes: list[Node], parent: str, component: str, container: bool = False) -> None:
        counters: dict[str, int] = {}
        for n in nodes:
            tag = "container" if container else _ELEMENT[n.kind]
            if container or n.kind in ("bullet", "paragraph", "table") or not n.label:
                counters[tag] = counters.get(tag, 0) + 1
                own = f"{_EID[tag]}_{counters[tag]}"
            else:
                own = f"{_EID[tag]}_{_num(n.label) or 'nn'}"
            # Articles are numbered through the document: their eId starts at the component.
            base = component if n.kind == "article" and not container else parent
            eid = f"{base}__{own}" if base else own
            if eid in self.used:
                k = 2
                while f"{eid}-{k}" in self.used:
                    k += 1
                eid = f"{eid}-{k}"
            self.used.add(eid)
            self.eids[n.id] = eid
            self.owner[n.id] = component
            self._assign(n.children, eid, component, container)

    # --- document -------------------------------------------------------------------------

    def build(self) -> Any:
        doc, h = self.doc, self.doc.header
        root = etree.Element(_A + "akomaNtoso", nsmap={None: AKN_NS, "vnlegal": VNLEGAL_NS})
        kind = self.uri.split("/")[3]
        top = etree.SubElement(root, _A + kind, name=self.uri.split("/")[4])
        named = " ".join(x for x in (h.doc_type, h.symbol.text if h.symbol else None) if x)
        title = h.title_display or h.title or named
        meta = self.meta(top, self.uri, "!main", h.date, h.doc_type, h.symbol, title)
        self.references(meta)
        self.preface(top)
        body_nodes = doc.body
        if doc.preamble and doc.body:
            preamble = etree.SubElement(top, _A + "preamble")
            for n in doc.preamble:
                self.container(preamble, n)
        elif doc.preamble:
            # A letter without numbered units: its paragraphs are the body (which AKN requires).
            body_nodes = doc.preamble
        body = etree.SubElement(top, _A + ("body" if kind == "act" else "mainBody"))
        self.units(body, body_nodes)
        if not body_nodes:
            empty = etree.SubElement(body, _A + "hcontainer", name="empty", eId="hcontainer_1")
            etree.SubElement(empty, _A + "content")
        self.conclusions(top)
        if self.atts:
            atts = etree.SubElement(top, _A + "attachments")
            for prefix, att in self.atts:
                self.attachment(atts, prefix, att)
        return root

    def meta(
        self, parent: Any, uri: str, component: str, date: _dt.date | None, doc_type: str | None,
        symbol: Symbol | None, title: str | None,
    ) -> Any:  # fmt: skip
        day = date.isoformat() if date else _NULL_DATE
        day_name = "promulgation" if date else "unknown"
        meta = etree.SubElement(parent, _A + "meta")
        ident = etree.SubElement(meta, _A + "identification", source="#vnlegal")
        expr = f"{uri}/vie@"
        work = etree.SubElement(ident, _A + "FRBRWork")
        _empty(work, "FRBRthis", value=f"{uri}/{component}")
        _empty(work, "FRBRuri", value=uri)
        if title:
            _empty(work, "FRBRalias", value=title, name="title")
        if symbol is not None:
            _empty(work, "FRBRalias", value=_clean(symbol.text), name="symbol")
        _empty(work, "FRBRdate", date=day, name=day_name)
        _empty(work, "FRBRauthor", href="#issuer")
        _empty(work, "FRBRcountry", value="vn")
        _empty(work, "FRBRsubtype", value=uri.split("/")[4])
        shown = {"showAs": symbol.text} if symbol else {}
        _empty(work, "FRBRnumber", value=uri.rsplit("/", 1)[1], **shown)
        if doc_type:
            _empty(work, "FRBRname", value=_clean(doc_type))
        ex = etree.SubElement(ident, _A + "FRBRExpression")
        _empty(ex, "FRBRthis", value=f"{expr}/{component}")
        _empty(ex, "FRBRuri", value=expr)
        _empty(ex, "FRBRdate", date=day, name=day_name)
        _empty(ex, "FRBRauthor", href="#issuer")
        _empty(ex, "FRBRlanguage", language="vie")
        # As cobalt and Indigo write it: the manifestation URIs are the expression's (a format
        # suffix such as ".xml" would be read by them as part of the expression date).
        man = etree.SubElement(ident, _A + "FRBRManifestation")
        _empty(man, "FRBRthis", value=f"{expr}/{component}")
        _empty(man, "FRBRuri", value=expr)
        _empty(man, "FRBRdate", date=day, name="transform")
        _empty(man, "FRBRauthor", href="#vnlegal")
        return meta

    def references(self, meta: Any) -> None:
        h, sig = self.doc.header, self.doc.closing.signature
        refs = etree.SubElement(meta, _A + "references", source="#vnlegal")
        seen: set[str] = set()
        for c in self.doc.citations:
            href = self.cited_uri(c)
            if c.relation in _MODIFIES and not c.internal and href not in seen:
                seen.add(href)
                _empty(refs, "activeRef", eId=f"activeRef_{len(seen)}", href=href, showAs=_clean(_shown(c)))
        _tlc(refs, "TLCOrganization", "vnlegal", "organization", "vnlegal")
        issuer = h.issuer.name or " ".join(h.issuer.lines) or (h.symbol.issuer_code if h.symbol else None)
        _tlc(refs, "TLCOrganization", "issuer", "organization", issuer or "unknown")
        if h.place:
            _tlc(refs, "TLCLocation", "place", "location", h.place)
        if sig is not None and sig.name:
            _tlc(refs, "TLCPerson", "signer", "person", sig.name)
        if sig is not None and sig.position:
            _tlc(refs, "TLCRole", "signer-role", "role", sig.position)

    def preface(self, top: Any) -> None:
        h = self.doc.header
        preface = etree.SubElement(top, _A + "preface")
        issuer = h.issuer.name or " ".join(h.issuer.lines)
        if h.issuer.parent:
            _text(etree.SubElement(preface, _A + "p", {"class": "parent-issuer"}), h.issuer.parent)
        if issuer:
            p = etree.SubElement(preface, _A + "p", {"class": "issuer"})
            _text(etree.SubElement(p, _A + "docAuthority"), issuer)
        if h.motto:
            p = etree.SubElement(preface, _A + "p", {"class": "motto"})
            p.text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
            etree.SubElement(p, _A + "br").tail = "Độc lập - Tự do - Hạnh phúc"
        if h.symbol:
            p = etree.SubElement(preface, _A + "p", {"class": "number"})
            p.text = "Số: "
            _text(etree.SubElement(p, _A + "docNumber"), h.symbol.text)
        if h.place or h.date:
            p = etree.SubElement(preface, _A + "p", {"class": "place-date"})
            if h.place:
                _text(etree.SubElement(p, _A + "location", refersTo="#place"), h.place)
            if h.date:
                d = etree.SubElement(p, _A + "docDate", date=h.date.isoformat())
                d.text = f"ngày {h.date.day} tháng {h.date.month} năm {h.date.year}"
                if h.place:
                    p[-2].tail = ", "
        if h.doc_type:
            p = etree.SubElement(preface, _A + "p", {"class": "type"})
            _text(etree.SubElement(p, _A + "docType"), h.doc_type)
        segs, _ = link([h.title or "", *h.addressees], self.cites.get("header", []))
        if h.title:
            long_title = etree.SubElement(etree.SubElement(preface, _A + "longTitle"), _A + "p")
            self.fill(etree.SubElement(long_title, _A + "docTitle"), segs[0], "")
        if h.addressees:
            p = etree.SubElement(preface, _A + "p", {"class": "addressees"})
            p.text = "Kính gửi: "
            for k, s in enumerate(segs[1:]):
                if k:
                    _append(p, "; ")
                self.fill(p, s, "")
        if not len(preface):
            top.remove(preface)  # AKN allows no empty preface

    def conclusions(self, top: Any) -> None:
        closing = self.doc.closing
        sig = closing.signature
        if sig is None and not closing.recipients:
            return
        concl = etree.SubElement(top, _A + "conclusions")
        if sig is not None:
            box = etree.SubElement(concl, _A + "container", name="signature")
            for line in sig.authority_lines:
                _text(etree.SubElement(box, _A + "p", {"class": "authority"}), line)
            p = etree.SubElement(box, _A + "p")
            signature = etree.SubElement(p, _A + "signature")
            if sig.position:
                _text(etree.SubElement(signature, _A + "role", refersTo="#signer-role"), sig.position)
            if sig.name:
                person = etree.SubElement(signature, _A + "person", refersTo="#signer")
                if sig.position:
                    person.set("as", "#signer-role")
                    signature[-2].tail = " "
                _text(person, sig.name)
        if closing.recipients:
            box = etree.SubElement(concl, _A + "container", name="recipients")
            etree.SubElement(box, _A + "p").text = "Nơi nhận:"
            lst = etree.SubElement(box, _A + "blockList", eId="recipients")
            segs, _ = link(closing.recipients, self.cites.get("closing", []))
            for k, s in enumerate(segs, 1):
                item = etree.SubElement(lst, _A + "item", eId=f"recipients__item_{k}")
                self.fill(etree.SubElement(item, _A + "p"), s, "")

    def attachment(self, parent: Any, prefix: str, att: Attachment) -> None:
        el = etree.SubElement(parent, _A + "attachment", eId=prefix)
        title = att.title or att.doc_type or ""
        if title:
            (segs,), _ = link([title], self.cites.get(att.id, []))
            self.fill(etree.SubElement(el, _A + "heading"), segs, prefix)
        name = slug(att.doc_type or "") or ("phu-luc" if att.kind == "appendix" else "van-ban")
        inner = etree.SubElement(el, _A + "doc", name=name)
        self.meta(inner, self.uri, f"!{prefix}", self.doc.header.date, att.doc_type, att.symbol, title)
        if title:
            preface = etree.SubElement(inner, _A + "preface")
            long_title = etree.SubElement(etree.SubElement(preface, _A + "longTitle"), _A + "p")
            _text(etree.SubElement(long_title, _A + "docTitle"), title)
        if att.preamble and att.body:
            preamble = etree.SubElement(inner, _A + "preamble")
            for n in att.preamble:
                self.container(preamble, n)
        nodes = att.body or att.preamble
        main = etree.SubElement(inner, _A + "mainBody")
        self.units(main, nodes)
        if not nodes:
            _empty(main, "p")

    # --- units ----------------------------------------------------------------------------

    def units(self, parent: Any, nodes: list[Node]) -> None:
        for n in nodes:
            self.unit(parent, n)

    def unit(self, parent: Any, n: Node) -> None:
        tag = _ELEMENT[n.kind]
        el = etree.SubElement(parent, _A + tag, eId=self.eids[n.id])
        if tag == "hcontainer":
            el.set("name", n.kind)
        el.set(_V + "id", n.id)
        mark = marker(n)
        if mark:
            _text(etree.SubElement(el, _A + "num"), mark)
        component = self.owner[n.id]
        if n.kind == "table":
            cells = [c for row in n.rows or [] for c in row]
            segs, _ = link(cells, self.cites.get(n.id, []))
            self.table(etree.SubElement(el, _A + "content"), n.rows or [], segs, component)
            return
        (title, text), _ = link([n.title or "", n.text or ""], self.cites.get(n.id, []))
        if n.title:
            self.fill(etree.SubElement(el, _A + "heading"), title, component, n)
        lines = lines_of(text)
        if n.children:
            if lines:
                self.paragraphs(etree.SubElement(el, _A + "intro"), lines, component, n)
            self.units(el, n.children)
        else:
            self.paragraphs(etree.SubElement(el, _A + "content"), lines, component, n)

    def container(self, parent: Any, n: Node) -> None:
        """A preamble paragraph (and anything under it) as ``<container name="paragraph">``."""
        el = etree.SubElement(parent, _A + "container", name=n.kind, eId=self.eids[n.id])
        el.set(_V + "id", n.id)
        (title, text), _ = link([n.title or "", n.text or ""], self.cites.get(n.id, []))
        lines = ([title] if n.title else []) + lines_of(text)
        self.paragraphs(el, lines or [[("", None)]], self.owner[n.id], n)
        for child in n.children:
            self.container(el, child)

    def paragraphs(self, parent: Any, lines: list[list[Segment]], component: str, n: Node) -> None:
        for line in lines:
            self.fill(etree.SubElement(parent, _A + "p"), line, component, n)

    def table(self, parent: Any, rows: list[list[str]], segs: list[list[Segment]], component: str) -> None:
        if not rows:
            return
        table = etree.SubElement(parent, _A + "table")
        k = 0
        for r, row in enumerate(rows):
            tr = etree.SubElement(table, _A + "tr")
            for _ in row:
                cell = etree.SubElement(tr, _A + ("th" if r == 0 else "td"))
                for line in lines_of(segs[k]) or [[("", None)]]:
                    self.fill(etree.SubElement(cell, _A + "p"), line, component)
                k += 1

    # --- inline ---------------------------------------------------------------------------

    def fill(self, el: Any, segments: list[Segment], component: str, node: Node | None = None) -> None:
        """Append text and ``<ref>``\\ s to ``el``."""
        for text, c in segments:
            if c is None:
                _append(el, text)
                continue
            ref = etree.SubElement(el, _A + "ref", href=self.href(c, component, node))
            ref.set(_V + "key", _clean(c.key))
            ref.set(_V + "relation", c.relation)
            _text(ref, text)

    def href(self, c: Citation, component: str, node: Node | None) -> str:
        if not c.internal:
            return self.cited_uri(c)
        portion = _portion(c.pinpoint)
        if portion and c.pinpoint is not None and not c.pinpoint.article and node is not None:
            # "khoản 2 Điều này": relative to the article the mention is in.
            own = self.eids.get(node.id, "")
            art = own.rfind("art_")
            if art >= 0:
                end = own.find("__", art)
                portion = (own if end < 0 else own[:end]) + "__" + portion
        elif portion:
            portion = f"{component}__{portion}" if component else portion
        if portion in self.used:
            return "#" + portion
        if c.doc_type and not portion:
            for prefix, att in self.atts:
                if att.doc_type and att.doc_type.casefold() == c.doc_type.casefold():
                    return "#" + prefix
        return self.uri

    def cited_uri(self, c: Citation) -> str:
        uri = _work_uri(c.doc_type, c.symbol, c.date, c.name, self.years.get(c.key))
        portion = _portion(c.pinpoint)
        return f"{uri}/~{portion}" if portion else uri


def _shown(c: Citation) -> str:
    what = " ".join(x for x in (c.doc_type, c.symbol.text if c.symbol else None) if x)
    return what or c.name or " ".join(c.text.split())


def _empty(parent: Any, tag: str, **attrs: str) -> Any:
    return etree.SubElement(parent, _A + tag, {k: _clean(v) for k, v in attrs.items()})


def _tlc(refs: Any, tag: str, eid: str, kind: str, shown: str) -> None:
    where = "" if eid == "vnlegal" else "vn/"
    _empty(refs, tag, eId=eid, href=f"/ontology/{kind}/{where}{slug(shown) or 'unknown'}", showAs=shown)


def _text(el: Any, text: str) -> None:
    el.text = _clean(text)


def _append(el: Any, text: str) -> None:
    text = _clean(text)
    if len(el):
        el[-1].tail = (el[-1].tail or "") + text
    else:
        el.text = (el.text or "") + text
