"""Akoma Ntoso export: every fixture validates against the official AKN 3.0 schema (shipped in
fixtures/akn/), and reading the XML back gives the same outline."""

from __future__ import annotations

import hashlib
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

import vnlegal
from vnlegal.export.akn import AKN_NS, VNLEGAL_NS, to_akn
from vnlegal.model import Document, Node, Span

from .conftest import ROOT, TEXTS, parsed

AKN_DIR = ROOT / "fixtures" / "akn"
BINARY = ROOT / "fixtures" / "binary"
A = "{" + AKN_NS + "}"
V = "{" + VNLEGAL_NS + "}"
NS = {"akn": AKN_NS}
FIXTURES = sorted(p.name[:3] for p in TEXTS.glob("*.txt"))
# The AKN element each kind of node becomes, read backwards.
KIND_OF = {
    "part": "part", "chapter": "chapter", "section": "section", "subsection": "subsection",
    "article": "article", "paragraph": "item", "subparagraph": "subitem", "point": "point",
    "indent": "bullet",
}  # fmt: skip
_NUM_WORD = re.compile(r"^(Phần|Chương|Tiểu mục|Mục|Điều)\s+")


@cache
def schema() -> Any:
    """The official OASIS schema (akomantoso30.xsd imports xml.xsd from the same folder)."""
    return etree.XMLSchema(etree.parse(str(AKN_DIR / "akomantoso30.xsd")))


def validate(xml: str) -> Any:
    root = etree.fromstring(xml.encode("utf-8"))
    if not schema().validate(root):
        errors = "\n".join(f"line {e.line}: {e.message}" for e in list(schema().error_log)[:10])
        pytest.fail(f"not valid Akoma Ntoso 3.0:\n{errors}")
    return root


def label_of(num: str) -> str:
    """The node label back from an AKN ``<num>``: "Điều 5." -> "5", "a)" -> "a", "1.2." -> "1.2"."""
    text = _NUM_WORD.sub("", num.strip())
    return text[:-1] if len(text) > 1 and text[-1] in ".)" else text


def read_outline(root: Any) -> list[tuple[str | None, str, str | None]]:
    """(vnlegal id, kind, label) of every unit of an AKN document, in document order, from the
    element names and ``<num>``s (the kind and label do not use the vnlegal attributes)."""
    out = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        tag = etree.QName(el).localname
        if tag in KIND_OF:
            kind = KIND_OF[tag]
        elif tag in ("hcontainer", "container") and el.get(V + "id"):
            kind = el.get("name")
        else:
            continue
        num = el.find(A + "num")
        out.append((el.get(V + "id"), kind, label_of(num.text or "") if num is not None else None))
    return out


def expected_outline(doc: Document) -> list[tuple[str | None, str, str | None]]:
    return [(n.id, n.kind, n.label) for n in doc.iter_nodes()]


@pytest.mark.parametrize("prefix", FIXTURES)
def test_fixture_validates_and_round_trips(prefix: str) -> None:
    doc = parsed(prefix)
    root = validate(to_akn(doc))
    got = read_outline(root)
    assert [(k, lab) for _, k, lab in got] == [(k, lab) for _, k, lab in expected_outline(doc)]
    assert got == expected_outline(doc)


def _binary_documents() -> list[Path]:
    return sorted(p for p in BINARY.iterdir() if p.suffix in (".pdf", ".docx", ".doc", ".html"))


@pytest.mark.parametrize("path", _binary_documents(), ids=lambda p: p.name)
def test_binary_fixture_validates_and_round_trips(path: Path) -> None:
    try:
        doc = vnlegal.parse(path)
    except vnlegal.MissingConverterError:
        pytest.skip("LibreOffice is not installed")
    except vnlegal.ParseError:
        return  # scanned, encrypted ...: nothing to export (tested in test_readers_*)
    root = validate(to_akn(doc))
    assert read_outline(root) == expected_outline(doc)


def _frbr_uri(root: Any) -> str:
    return str(root.find(".//akn:FRBRWork/akn:FRBRuri", NS).get("value"))


@pytest.mark.parametrize(
    ("prefix", "uri", "element"),
    [
        ("046", "/akn/vn/act/nghi-dinh/2025/285", "act"),
        ("054", "/akn/vn/act/luat/2025/84", "act"),
        ("044", "/akn/vn/act/nghi-quyet/2024/170", "act"),
        ("050", "/akn/vn/act/thong-tu/bct/2024/14", "act"),
        ("016", "/akn/vn/act/quyet-dinh/ubnd/2026/16", "act"),
        ("000", "/akn/vn/doc/ke-hoach/ubnd/2021/1560", "doc"),
        ("032", "/akn/vn/doc/cong-van/vpcp-dmdn/2019/2739", "doc"),
        ("004", "/akn/vn/doc/ke-hoach/sct/0001/nn", "doc"),  # number and date left blank
    ],
)
def test_frbr_uri_from_symbol_and_date(prefix: str, uri: str, element: str) -> None:
    root = validate(to_akn(parsed(prefix)))
    assert _frbr_uri(root) == uri
    assert etree.QName(root[0]).localname == element
    this = root.find(".//akn:FRBRExpression/akn:FRBRthis", NS).get("value")
    assert this == f"{uri}/vie@/!main"


_AKN_NC = re.compile(r"^/akn/vn/(act|doc)/[a-z][a-z0-9-]*(/[a-z][a-z0-9-]*)?/\d{4}/[^/~]+(/~[^/]+)?$")


def test_every_uri_follows_the_naming_convention() -> None:
    for prefix in FIXTURES:
        root = validate(to_akn(parsed(prefix)))
        for el in root.iter(A + "FRBRuri"):
            value = el.get("value")
            assert _AKN_NC.match(value.removesuffix("/vie@")), value
        for ref in root.iter(A + "ref"):
            href = ref.get("href")
            assert href.startswith("#") or _AKN_NC.match(href), (prefix, href)


def test_citations_are_refs_to_the_cited_work() -> None:
    root = validate(to_akn(parsed("000")))
    refs = root.findall(".//akn:ref", NS)
    assert [r.get(V + "key") for r in refs] == [c.key for c in parsed("000").citations]
    first = refs[0]
    assert first.get("href") == "/akn/vn/act/nghi-dinh/2015/72"
    assert first.text == "Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ"
    assert first.get(V + "relation") == "basis"
    # The second mention of 1191/QĐ-TTg has no date: its URI takes the year of the first.
    hrefs = {r.get("href") for r in refs if r.get(V + "key") == "1191/QĐ-TTg"}
    assert hrefs == {"/akn/vn/doc/quyet-dinh/ttg/2020/1191"}


def test_nearly_every_citation_is_linked() -> None:
    total = linked = 0
    for prefix in FIXTURES:
        doc = parsed(prefix)
        root = validate(to_akn(doc))
        refs = root.findall(".//akn:ref", NS)
        keys = {c.key for c in doc.citations}
        assert all(r.get(V + "key") in keys for r in refs)
        total += len(doc.citations)
        linked += len(refs)
    # The rest are mentions split by the outline (half in a heading, half in the text) or in
    # the portal's prelude, which is not part of the document.
    assert linked >= 0.98 * total, (linked, total)


def test_pinpoints_are_portions_and_repeals_are_active_refs() -> None:
    root = validate(to_akn(parsed("046")))
    hrefs = [r.get("href") for r in root.iter(A + "ref")]
    assert "/akn/vn/act/nghi-dinh/2017/65/~art_12__para_1" in hrefs
    assert "/akn/vn/act/nghi-dinh/2018/08/~chp_III" in hrefs
    active = root.findall(".//akn:references/akn:activeRef", NS)
    assert len(active) == 10
    assert active[0].get("href") == "/akn/vn/act/nghi-dinh/2005/35"


@pytest.mark.parametrize("prefix", ["016", "044", "054"])
def test_references_to_the_document_itself_resolve_to_eids(prefix: str) -> None:
    root = validate(to_akn(parsed(prefix)))
    eids = {el.get("eId") for el in root.iter() if isinstance(el.tag, str) and el.get("eId")}
    internal = [r.get("href") for r in root.iter(A + "ref") if r.get("href").startswith("#")]
    assert internal
    assert all(h[1:] in eids for h in internal), [h for h in internal if h[1:] not in eids]


def test_normative_hierarchy_and_eids() -> None:
    root = validate(to_akn(parsed("054")))
    tags = {
        etree.QName(el).localname for el in root.find(".//akn:body", NS).iter() if isinstance(el.tag, str)
    }
    assert {"chapter", "section", "article", "paragraph", "point"} <= tags
    article = root.find(".//akn:article[@vnlegal:id='chuong_II.muc_1.dieu_9']", {**NS, "vnlegal": VNLEGAL_NS})
    assert article.get("eId") == "art_9"  # articles are numbered through the law: no chapter prefix
    assert article.findtext("akn:num", namespaces=NS) == "Điều 9."
    assert article.findtext("akn:heading", namespaces=NS) == "Vị trí, chức năng của Thanh tra Chính phủ"
    clause = article.find("akn:paragraph", NS)
    assert clause.get("eId") == "art_9__para_1"
    chapter = root.find(".//akn:chapter", NS)
    assert (chapter.get("eId"), chapter.findtext("akn:num", namespaces=NS)) == ("chp_I", "Chương I")


def test_administrative_hierarchy_and_preface() -> None:
    root = validate(to_akn(parsed("000")))
    section = root.find(".//akn:mainBody/akn:section", NS)
    assert (section.get("eId"), section.findtext("akn:num", namespaces=NS)) == ("sec_I", "I.")
    indent = root.find(".//akn:indent", NS)
    assert indent.get("eId") == "sec_I__para_1__indent_1"
    assert root.find(".//akn:preface//akn:docNumber", NS).text == "1560/KH-UBND"
    assert root.find(".//akn:preface//akn:docDate", NS).get("date") == "2021-04-15"
    assert root.find(".//akn:preamble/akn:container", NS).get(V + "id") == "paragraph_1"
    # Sub-items "1.1" keep their number with a dash in the eId.
    eids = [el.get("eId") for el in validate(to_akn(parsed("038"))).iter(A + "subparagraph")]
    assert "sec_I__para_1__subpara_1-1" in eids


def test_signature_recipients_and_attachments() -> None:
    root = validate(to_akn(parsed("016")))
    assert root.find(".//akn:conclusions//akn:person", NS).text == "Nguyễn Thế Phước"
    items = root.findall(".//akn:conclusions//akn:blockList/akn:item", NS)
    assert len(items) == len(parsed("016").closing.recipients)
    att = root.find(".//akn:attachments/akn:attachment", NS)
    assert att.get("eId") == "att_1"
    inner = att.find("akn:doc", NS)
    assert inner.get("name") == "quy-che"
    assert inner.find(".//akn:FRBRWork/akn:FRBRthis", NS).get("value").endswith("/!att_1")
    assert att.find(".//akn:article", NS).get("eId") == "att_1__art_1"


def test_letter_without_units_has_its_paragraphs_as_body() -> None:
    doc = parsed("026")
    assert not doc.body and doc.preamble
    root = validate(to_akn(doc))
    body = root.find(".//akn:mainBody", NS)
    assert [el.get(V + "id") for el in body] == [n.id for n in doc.preamble]


def test_output_is_deterministic() -> None:
    doc = parsed("050")
    assert to_akn(doc) == to_akn(doc.model_copy(deep=True))


def test_odd_documents_still_validate() -> None:
    validate(to_akn(Document()))
    node = Node(
        id="I", kind="section", label="I", title="A\x01B", text="x\x0by\ufffe", span=Span(start=0, end=3)
    )
    root = validate(to_akn(Document(text="abc\x01", body=[node])))
    assert root.find(".//akn:heading", NS).text == "AB"


def test_shipped_schema_is_the_official_one() -> None:
    """fixtures/akn/README.md records the checksums; an edit to the XSD must be deliberate."""
    readme = (AKN_DIR / "README.md").read_text(encoding="utf-8")
    for name in ("akomantoso30.xsd", "xml.xsd"):
        digest = hashlib.sha256((AKN_DIR / name).read_bytes()).hexdigest()
        assert digest in readme, name
    head = (AKN_DIR / "akomantoso30.xsd").read_text(encoding="utf-8")[:600]
    assert "OASIS Standard" in head and "Akoma Ntoso Version 1.0" in head
