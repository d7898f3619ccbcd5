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
- Divisions map to the hierarchy: Phần -> ``part``, Chương -> ``chapter``, Mục or a Roman "I." ->
  ``section``, Tiểu mục -> ``subsection``, Điều -> ``article``, khoản / "1." -> ``paragraph``,
  "1.1." -> ``subparagraph``, điểm / "a)" -> ``point``, a dash bullet -> ``indent``; a paragraph
  or a table is an ``hcontainer`` (``name="paragraph"`` / ``"table"``).
- eIds are the node ids in AKN-NC form: ``chp_II``, ``art_5__para_1__point_a``, ``sec_II__para_3``,
  ``att_1__art_2``. Articles are numbered through a document, so as in AKN-NC their eId does
  not repeat the chapter; the same pinpoint then names a division here and in a citation's URI.
  Each division also carries its vnlegal id as ``vnlegal:id`` (namespace ``urn:vnlegal:akn``).
- Each citation is a ``<ref>`` to the cited work's URI, with the pinpoint as portion
  (``/akn/vn/act/nghi-dinh/2015/72/~art_5__para_1``); references to this document resolve to
  the division's eId (``#art_3``). ``vnlegal:key`` and ``vnlegal:relation`` carry the citation's key
  and relation. Citations that amend, replace or repeal are also listed as ``<activeRef>``.
- A PDF's page footnotes are ``<authorialNote>``\\ s (``marker`` the printed number, ``eId``
  ``fnt_17``) set in the text where the note's mark stands; a note whose mark has no place in
  the divisions (not found, or in the header, the closing or a table) is set in a
  ``<container name="footnotes">`` of the ``<conclusions>``.

Output is deterministic (the manifestation date is the document's date, not the time of
export) and valid against the official AKN 3.0 schema (``fixtures/akn/akomantoso30.xsd``).

Here is the writer, which walks the document (preface, body, conclusions, attachments) and
gives divisions their eIds; the names are built in :mod:`vnlegal.export.akn_naming`, the ``<meta>``
block in :mod:`vnlegal.export.akn_meta`, and the XML helpers live in :mod:`vnlegal.export.akn_xml`.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from vnlegal.export._common import (
    Segment,
    citations_by_node,
    lines_of,
    link,
    marker,
    notes_by_node,
    place_notes,
    slug,
)
from vnlegal.export.akn_meta import identification, references
from vnlegal.export.akn_naming import EID, ELEMENT, eid_number, eid_portion, work_uri
from vnlegal.export.akn_xml import AKN, AKN_NS, VNL, VNLEGAL_NS, add_empty, append_text, clean_xml, set_text
from vnlegal.model import Attachment, Citation, Document, Footnote, Node

__all__ = ["AKN_NS", "VNLEGAL_NS", "to_akn"]  # the namespaces stay importable from here


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



class _Writer:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        h = doc.header
        self.uri = work_uri(h.doc_type, h.symbol, h.date)
        self.cites = citations_by_node(doc)
        self.notes, self.loose_notes = notes_by_node(doc)
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
        # has no numbered divisions (AKN requires a body).
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
            tag = "container" if container else ELEMENT[n.kind]
            if container or n.kind in ("bullet", "paragraph", "table") or not n.label:
                counters[tag] = counters.get(tag, 0) + 1
                own = f"{EID[tag]}_{counters[tag]}"
            else:
                own = f"{EID[tag]}_{eid_number(n.label) or 'nn'}"
            # Articles are numbered through the document: their eId starts at the component.
            base = component if n.kind == "article" and not container else parent
            eid = f"{base}__{own}" if base else own
            eid = self._claim(eid)
            self.eids[n.id] = eid
            self.owner[n.id] = component
            self._assign(n.children, eid, component, container)

    # --- document -------------------------------------------------------------------------

    def build(self) -> Any:
        doc, h = self.doc, self.doc.header
        root = etree.Element(AKN + "akomaNtoso", nsmap={None: AKN_NS, "vnlegal": VNLEGAL_NS})
        kind = self.uri.split("/")[3]
        top = etree.SubElement(root, AKN + kind, name=self.uri.split("/")[4])
        named = " ".join(x for x in (h.doc_type, h.symbol.text if h.symbol else None) if x)
        title = h.title_display or h.title or named
        meta = identification(top, self.uri, "!main", h.date, h.doc_type, h.symbol, title)
        references(meta, self.doc, self.cited_uri)
        self.preface(top)
        body_nodes = doc.body
        if doc.preamble and doc.body:
            preamble = etree.SubElement(top, AKN + "preamble")
            for n in doc.preamble:
                self.container(preamble, n)
        elif doc.preamble:
            # A letter without numbered divisions: its paragraphs are the body (which AKN requires).
            body_nodes = doc.preamble
        body = etree.SubElement(top, AKN + ("body" if kind == "act" else "mainBody"))
        self.divisions(body, body_nodes)
        if not body_nodes:
            empty = etree.SubElement(body, AKN + "hcontainer", name="empty", eId="hcontainer_1")
            etree.SubElement(empty, AKN + "content")
        self.conclusions(top)
        if self.atts:
            atts = etree.SubElement(top, AKN + "attachments")
            for prefix, att in self.atts:
                self.attachment(atts, prefix, att)
        return root

    def preface(self, top: Any) -> None:
        h = self.doc.header
        preface = etree.SubElement(top, AKN + "preface")
        issuer = h.issuer.name or " ".join(h.issuer.lines)
        if h.issuer.parent:
            set_text(etree.SubElement(preface, AKN + "p", {"class": "parent-issuer"}), h.issuer.parent)
        if issuer:
            p = etree.SubElement(preface, AKN + "p", {"class": "issuer"})
            set_text(etree.SubElement(p, AKN + "docAuthority"), issuer)
        if h.motto:
            p = etree.SubElement(preface, AKN + "p", {"class": "motto"})
            p.text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
            etree.SubElement(p, AKN + "br").tail = "Độc lập - Tự do - Hạnh phúc"
        if h.symbol:
            p = etree.SubElement(preface, AKN + "p", {"class": "number"})
            p.text = "Số: "
            set_text(etree.SubElement(p, AKN + "docNumber"), h.symbol.text)
        if h.place or h.date:
            p = etree.SubElement(preface, AKN + "p", {"class": "place-date"})
            if h.place:
                set_text(etree.SubElement(p, AKN + "location", refersTo="#place"), h.place)
            if h.date:
                d = etree.SubElement(p, AKN + "docDate", date=h.date.isoformat())
                d.text = f"ngày {h.date.day} tháng {h.date.month} năm {h.date.year}"
                if h.place:
                    p[-2].tail = ", "
        if h.doc_type:
            p = etree.SubElement(preface, AKN + "p", {"class": "type"})
            set_text(etree.SubElement(p, AKN + "docType"), h.doc_type)
        segs, _ = link([h.title or "", *h.addressees], self.cites.get("header", []))
        if h.title:
            long_title = etree.SubElement(etree.SubElement(preface, AKN + "longTitle"), AKN + "p")
            self.fill(etree.SubElement(long_title, AKN + "docTitle"), segs[0], "")
        if h.addressees:
            p = etree.SubElement(preface, AKN + "p", {"class": "addressees"})
            p.text = "Kính gửi: "
            for k, s in enumerate(segs[1:]):
                if k:
                    append_text(p, "; ")
                self.fill(p, s, "")
        if not len(preface):
            top.remove(preface)  # AKN allows no empty preface

    def conclusions(self, top: Any) -> None:
        closing = self.doc.closing
        sig = closing.signature
        if sig is None and not closing.recipients and not self.loose_notes:
            return
        concl = etree.SubElement(top, AKN + "conclusions")
        if sig is not None:
            box = etree.SubElement(concl, AKN + "container", name="signature")
            for line in sig.authority_lines:
                set_text(etree.SubElement(box, AKN + "p", {"class": "authority"}), line)
            p = etree.SubElement(box, AKN + "p")
            signature = etree.SubElement(p, AKN + "signature")
            if sig.position:
                set_text(etree.SubElement(signature, AKN + "role", refersTo="#signer-role"), sig.position)
            if sig.name:
                person = etree.SubElement(signature, AKN + "person", refersTo="#signer")
                if sig.position:
                    person.set("as", "#signer-role")
                    signature[-2].tail = " "
                set_text(person, sig.name)
        if closing.recipients:
            box = etree.SubElement(concl, AKN + "container", name="recipients")
            etree.SubElement(box, AKN + "p").text = "Nơi nhận:"
            lst = etree.SubElement(box, AKN + "blockList", eId="recipients")
            segs, _ = link(closing.recipients, self.cites.get("closing", []))
            for k, s in enumerate(segs, 1):
                item = etree.SubElement(lst, AKN + "item", eId=f"recipients__item_{k}")
                self.fill(etree.SubElement(item, AKN + "p"), s, "")
        if self.loose_notes:
            # Notes whose mark has no place in the divisions: kept, without their mark.
            box = etree.SubElement(concl, AKN + "container", name="footnotes")
            for note in self.loose_notes:
                self.note(etree.SubElement(box, AKN + "p"), note)

    def attachment(self, parent: Any, prefix: str, att: Attachment) -> None:
        el = etree.SubElement(parent, AKN + "attachment", eId=prefix)
        title = att.title or att.doc_type or ""
        if title:
            (segs,), _ = link([title], self.cites.get(att.id, []))
            self.fill(etree.SubElement(el, AKN + "heading"), segs, prefix)
        name = slug(att.doc_type or "") or ("phu-luc" if att.kind == "appendix" else "van-ban")
        inner = etree.SubElement(el, AKN + "doc", name=name)
        identification(inner, self.uri, f"!{prefix}", self.doc.header.date, att.doc_type, att.symbol, title)
        if title:
            preface = etree.SubElement(inner, AKN + "preface")
            long_title = etree.SubElement(etree.SubElement(preface, AKN + "longTitle"), AKN + "p")
            set_text(etree.SubElement(long_title, AKN + "docTitle"), title)
        if att.preamble and att.body:
            preamble = etree.SubElement(inner, AKN + "preamble")
            for n in att.preamble:
                self.container(preamble, n)
        nodes = att.body or att.preamble
        main = etree.SubElement(inner, AKN + "mainBody")
        self.divisions(main, nodes)
        if not nodes:
            add_empty(main, "p")

    # --- divisions ----------------------------------------------------------------------------

    def divisions(self, parent: Any, nodes: list[Node]) -> None:
        for n in nodes:
            self.division(parent, n)

    def division(self, parent: Any, n: Node) -> None:
        tag = ELEMENT[n.kind]
        el = etree.SubElement(parent, AKN + tag, eId=self.eids[n.id])
        if tag == "hcontainer":
            el.set("name", n.kind)
        el.set(VNL + "id", n.id)
        mark = marker(n)
        if mark:
            set_text(etree.SubElement(el, AKN + "num"), mark)
        component = self.owner[n.id]
        if n.kind == "table":
            cells = [c for row in n.rows or [] for c in row]
            segs, _ = link(cells, self.cites.get(n.id, []))
            self.table(etree.SubElement(el, AKN + "content"), n.rows or [], segs, component)
            return
        texts = [n.title or "", n.text or ""]
        segs, _ = link(texts, self.cites.get(n.id, []))
        (title, text), _ = place_notes(self.doc, n, texts, segs, self.notes.get(n.id, []))
        if n.title:
            self.fill(etree.SubElement(el, AKN + "heading"), title, component, n)
        lines = lines_of(text)
        if n.children:
            if lines:
                self.paragraphs(etree.SubElement(el, AKN + "intro"), lines, component, n)
            self.divisions(el, n.children)
        else:
            self.paragraphs(etree.SubElement(el, AKN + "content"), lines, component, n)

    def container(self, parent: Any, n: Node) -> None:
        """A preamble paragraph (and anything under it) as ``<container name="paragraph">``."""
        el = etree.SubElement(parent, AKN + "container", name=n.kind, eId=self.eids[n.id])
        el.set(VNL + "id", n.id)
        texts = [n.title or "", n.text or ""]
        segs, _ = link(texts, self.cites.get(n.id, []))
        (title, text), _ = place_notes(self.doc, n, texts, segs, self.notes.get(n.id, []))
        lines = ([title] if n.title else []) + lines_of(text)
        self.paragraphs(el, lines or [[("", None)]], self.owner[n.id], n)
        for child in n.children:
            self.container(el, child)

    def paragraphs(self, parent: Any, lines: list[list[Segment]], component: str, n: Node) -> None:
        for line in lines:
            self.fill(etree.SubElement(parent, AKN + "p"), line, component, n)

    def table(self, parent: Any, rows: list[list[str]], segs: list[list[Segment]], component: str) -> None:
        if not rows:
            return
        table = etree.SubElement(parent, AKN + "table")
        k = 0
        for r, row in enumerate(rows):
            tr = etree.SubElement(table, AKN + "tr")
            for _ in row:
                cell = etree.SubElement(tr, AKN + ("th" if r == 0 else "td"))
                for line in lines_of(segs[k]) or [[("", None)]]:
                    self.fill(etree.SubElement(cell, AKN + "p"), line, component)
                k += 1

    # --- inline ---------------------------------------------------------------------------

    def fill(self, el: Any, segments: list[Segment], component: str, node: Node | None = None) -> None:
        """Append text and ``<ref>``\\ s to ``el``."""
        for text, c in segments:
            if c is None:
                append_text(el, text)
                continue
            if isinstance(c, Footnote):
                self.note(el, c)
                continue
            ref = etree.SubElement(el, AKN + "ref", href=self.href(c, component, node))
            ref.set(VNL + "key", clean_xml(c.key))
            ref.set(VNL + "relation", c.relation)
            set_text(ref, text)

    def _claim(self, eid: str) -> str:
        """``eid``, or ``eid-2``, ``eid-3`` ... when taken: an eId is unique in the document."""
        if eid in self.used:
            k = 2
            while f"{eid}-{k}" in self.used:
                k += 1
            eid = f"{eid}-{k}"
        self.used.add(eid)
        return eid

    def note(self, el: Any, note: Footnote) -> None:
        """``note`` as an ``<authorialNote>`` at the end of ``el``, its citations as ``<ref>``\\ s."""
        eid = "fnt_" + (eid_number(note.id.removeprefix("footnote.").replace("_", "-")) or "nn")
        eid = self._claim(eid)
        box = etree.SubElement(el, AKN + "authorialNote", marker=clean_xml(note.label), placement="bottom")
        box.set("eId", eid)
        box.set(VNL + "id", note.id)
        (segs,), _ = link([note.text], self.cites.get(note.id, []))
        self.fill(etree.SubElement(box, AKN + "p"), segs, "")

    def href(self, c: Citation, component: str, node: Node | None) -> str:
        if not c.internal:
            return self.cited_uri(c)
        portion = eid_portion(c.pinpoint)
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
        uri = work_uri(c.doc_type, c.symbol, c.date, c.name, self.years.get(c.key))
        portion = eid_portion(c.pinpoint)
        return f"{uri}/~{portion}" if portion else uri

