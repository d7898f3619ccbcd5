"""The document model: pydantic v2 classes that make up the output contract (SPEC §2).

Field names are a public contract: fields may be added, never renamed or dropped.
Serializers live in ``vnlegal.export``; this module holds the models only.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any, Literal, TypeVar, get_args

from pydantic import BaseModel, ConfigDict
from pydantic import Field as _F

SCHEMA_VERSION: Literal["1.0"] = "1.0"

SourceFormat = Literal["text", "pdf", "docx", "doc", "html", "image"]
LegacyEncoding = Literal["tcvn3", "vni", "viqr"]
NodeKind = Literal[
    "part",
    "chapter",
    "section",
    "subsection",
    "article",
    "item",
    "subitem",
    "point",
    "bullet",
    "paragraph",
    "table",
]
FieldName = Literal[
    "lead",
    "implementers",
    "cooperating",
    "audience",
    "quantity",
    "time",
    "funding",
    "output",
    "location",
    "other",
]
Relation = Literal["basis", "implements", "amends", "replaces", "repeals", "guides", "reference"]
AssignmentSource = Literal["field", "table", "heading", "sentence"]
AttachmentKind = Literal["appendix", "attached_document"]
PartKind = Literal["header", "preamble", "body", "closing", "attachment", "leftover", "footnotes"]


def _list() -> list[Any]:
    """A new empty list, the default of the list fields.

    A function of ours, not ``list``: pydantic reads a default factory's signature, and the
    signature of a builtin is parsed from its text by tokenize, whose first use compiles large
    patterns (milliseconds of every cold start)."""
    return []


def _dict() -> dict[str, Any]:
    """A new empty dict, the default of the dict fields (``_list`` says why not ``dict``)."""
    return {}


class _Model(BaseModel):
    # The attribute docstrings below are the field descriptions of the JSON Schema, but they are
    # not read here (pydantic's use_attribute_docstrings re-reads this file's source for every
    # class, a tenth of the cold start): vnlegal.schema adds them when a schema is asked for.
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """A half-open range ``[start, end)`` of character offsets into ``Document.text``."""

    start: int
    """Offset of the first character."""
    end: int
    """Offset one past the last character."""


class Source(_Model):
    """Where the document came from and what the readers noticed about it."""

    path: str | None = None
    """File path as given to ``parse()``; null for bytes or text input."""
    format: SourceFormat = "text"
    """Input format, sniffed from the content (not only the file suffix)."""
    sha256: str = ""
    """SHA-256 of the input bytes (of the UTF-8 text for ``str`` input)."""
    pages: int | None = None
    """Page count for paged inputs (PDF); null otherwise."""
    encoding: str | None = None
    """Character encoding the text was decoded from ("utf-8", "utf-16", "cp1258", ...)."""
    legacy_encoding: LegacyEncoding | None = None
    """Pre-Unicode Vietnamese encoding detected and converted, if any."""
    warnings: list[str] = _F(default_factory=_list)
    """Doubtful readings and repairs, one human-readable sentence each."""
    ocr: list[OcrPage] = _F(default_factory=_list)
    """The pages read by OCR (scans, images, PDFs whose fonts lost their Unicode map), in
    page order; empty when every page had a usable text layer."""


class OcrPage(_Model):
    """One page read by OCR, and how sure the engine was of it."""

    page: int
    """Page number, from 1."""
    confidence: float
    """Mean word confidence of the OCR engine, 0-100 (under 80: check the text)."""


class Symbol(_Model):
    """A document number and symbol ("số và ký hiệu"), e.g. "72/2015/NĐ-CP"."""

    text: str
    """Normalized form: NFC, no inner spaces, every dash variant as "-"."""
    number: str
    """The number part ("72"); empty when the number was left blank ("/KH-UBND")."""
    year: int | None = None
    """Year embedded in the symbol (normative documents: "72/2015/NĐ-CP" -> 2015)."""
    type_code: str | None = None
    """Code of the document type ("NĐ", "TT", "QĐ", "KH"); null for letters and laws."""
    issuer_code: str | None = None
    """Code of the issuing body ("CP", "UBND", "BTTTT-TTĐN", "QH13")."""


class Issuer(_Model):
    """The issuing body of the header (tên cơ quan, tổ chức ban hành)."""

    name: str | None = None
    """Normal-case name with abbreviations expanded: "Ủy ban nhân dân tỉnh Bình Dương"."""
    parent: str | None = None
    """The upper level of a two-level header ("Ủy ban nhân dân tỉnh Lào Cai" over a Sở)."""
    lines: list[str] = _F(default_factory=_list)
    """The issuer lines as printed ("ỦY BAN NHÂN DÂN", "TỈNH BÌNH DƯƠNG")."""


class Header(_Model):
    """Everything above the preamble: issuer, number, place and date, type and summary."""

    issuer: Issuer = _F(default_factory=Issuer)
    """Issuing body."""
    symbol: Symbol | None = None
    """The document's own number and symbol ("Số: 1560/KH-UBND")."""
    doc_type: str | None = None
    """Canonical type name: "Kế hoạch", "Nghị định", "Công văn", ..."""
    place: str | None = None
    """Place of issue as in "Bình Dương, ngày ..."."""
    date: _dt.date | None = None
    """Date of issue; null when absent or left blank."""
    title: str | None = None
    """The summary (trích yếu), lines joined by one space, without "V/v"."""
    title_display: str | None = None
    """The title for display: sentence case when it is printed in capitals, proper names (places,
    agencies, laws), abbreviations and symbols kept ("Công tác thông tin đối ngoại tỉnh Bình
    Dương năm 2021"); otherwise the title as written with its first letter raised."""
    addressees: list[str] = _F(default_factory=_list)
    """Entries of "Kính gửi:"."""
    motto: bool = False
    """True when the national motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") was found."""
    span: Span | None = None
    """Extent of the header block in ``Document.text``."""


class Field(_Model):
    """A labelled line such as "- Đơn vị chủ trì: Sở Thông tin và Truyền thông."."""

    name: FieldName
    """Normalized field name."""
    label: str
    """The label as written ("Đơn vị chủ trì", "Thời gian thực hiện")."""
    value: str
    """The value as written after the colon."""


class Node(_Model):
    """One unit of the document's structure (section, article, item, bullet, table ...)."""

    id: str
    """Unique, stable path of labels: "I", "II.3", "II.3.b", "chuong_II.dieu_5.khoan_1"."""
    kind: NodeKind
    """Kind of unit; "item" is "1." (khoản in a normative document), "point" is "a)"."""
    label: str | None = None
    """The marker without dots or brackets: "I", "1", "1.2", "a", "5a", "-"; null for paragraphs."""
    title: str | None = None
    """Heading text ("MỤC ĐÍCH, YÊU CẦU", an article title)."""
    text: str | None = None
    """Running text of the node itself, children excluded."""
    field: Field | None = None
    """For a labelled line "- Đơn vị chủ trì: Sở X.", the parsed field."""
    children: list[Node] = _F(default_factory=_list)
    """Sub-units in text order."""
    span: Span
    """Extent of the node, children included, in ``Document.text``."""
    page: int | None = None
    """First page (1-based) for paged inputs."""
    rows: list[list[str]] | None = None
    """For ``kind="table"``: the cells, header row first."""


class Signature(_Model):
    """The signature block."""

    authority_lines: list[str] = _F(default_factory=_list)
    """Lines with TM./KT./Q./TL./TUQ. prefixes: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]."""
    position: str | None = None
    """Position of the signer as printed ("PHÓ CHỦ TỊCH")."""
    name: str | None = None
    """Name of the signer ("Nguyễn Lộc Hà")."""


class Closing(_Model):
    """The end of the main document: signature and distribution list."""

    signature: Signature | None = None
    """The signature block, null when none was found."""
    recipients: list[str] = _F(default_factory=_list)
    """"Nơi nhận:" entries without the leading "-" and trailing ";"."""


class Attachment(_Model):
    """An appendix (Phụ lục) or a document issued with the main one ("ban hành kèm theo")."""

    kind: AttachmentKind
    """"appendix" for a Phụ lục / Mẫu, "attached_document" for a Quy chế, Quy định ... ."""
    title: str | None = None
    """The heading and subject of the attachment."""
    doc_type: str | None = None
    """Type name of an attached document ("Quy chế", "Quy định"); null for appendices."""
    symbol: Symbol | None = None
    """Symbol of the document it is attached to, when printed ("Kèm theo Quyết định số ...")."""
    preamble: list[Node] = _F(default_factory=_list)
    """Paragraphs before the attachment's first structural unit."""
    body: list[Node] = _F(default_factory=_list)
    """The attachment's own outline."""
    id: str = ""
    """Prefix of the attachment's node ids ("att1")."""
    span: Span | None = None
    """Extent of the attachment in ``Document.text``."""


class Pinpoint(_Model):
    """Which part of the cited document is meant ("điểm a khoản 1 Điều 5")."""

    part: str | None = None
    """Phần."""
    chapter: str | None = None
    """Chương."""
    section: str | None = None
    """Mục."""
    article: str | None = None
    """Điều."""
    clause: str | None = None
    """Khoản."""
    point: str | None = None
    """Điểm."""
    appendix: str | None = None
    """Phụ lục."""


class Citation(_Model):
    """A reference to another document (or, when ``internal``, to this one)."""

    text: str
    """The mention as written, with runs of white space (a hard line wrap) as one space."""
    span: Span
    """Where the mention is in ``Document.text``."""
    node_id: str = "preamble"
    """"header", "preamble", or the id of the node that contains the mention."""
    doc_type: str | None = None
    """Canonical type of the cited document ("Nghị định", "Luật", ...)."""
    symbol: Symbol | None = None
    """Its number and symbol."""
    name: str | None = None
    """For documents cited by name: "Luật Tổ chức chính quyền địa phương"."""
    date: _dt.date | None = None
    """Issue date stated in the mention."""
    issuer: str | None = None
    """Issuer as written after "của", else decoded from the symbol where certain."""
    issuer_decoded: bool = False
    """True when ``issuer`` was not written but decoded from the symbol ("CP" -> Chính phủ)."""
    relation: Relation = "reference"
    """How this document relates to the cited one."""
    pinpoint: Pinpoint | None = None
    """The cited part, when the mention names one."""
    internal: bool = False
    """True for references to this document ("Điều 3 Quyết định này")."""
    key: str = ""
    """Canonical id for joining: the normalized symbol, else "name@date"."""


class TimeSpec(_Model):
    """A time expression normalized to a date range."""

    text: str
    """As written ("quý III/2021")."""
    start: _dt.date | None = None
    """First day, when it can be computed."""
    end: _dt.date | None = None
    """Last day, when it can be computed."""


class Quantity(_Model):
    """A stated quantity ("dự kiến 250 người/hội nghị")."""

    text: str
    """As written."""
    value: float | None = None
    """The number."""
    unit: str | None = None
    """The unit after the number ("người/hội nghị")."""
    estimated: bool = False
    """True when marked as an estimate ("dự kiến", "khoảng")."""


class Assignment(_Model):
    """A task and the units that must carry it out."""

    node_id: str
    """Id of the task node (a table row: the table node id plus ".row_N")."""
    source: AssignmentSource
    """How it was read: labelled field, task-table row, unit heading, or prose sentence."""
    task: str
    """The heading or text of the task."""
    lead: list[str] = _F(default_factory=_list)
    """Units in charge (chủ trì), one per unit, as written."""
    implementers: list[str] = _F(default_factory=_list)
    """Units that carry it out (thực hiện)."""
    cooperating: list[str] = _F(default_factory=_list)
    """Units that cooperate (phối hợp)."""
    time: TimeSpec | None = None
    """When."""
    quantity: Quantity | None = None
    """How many."""
    audience: str | None = None
    """For whom (đối tượng)."""
    funding: str | None = None
    """With what money (kinh phí)."""
    output: str | None = None
    """The expected product (sản phẩm, kết quả)."""
    location: str | None = None
    """Where (địa điểm)."""


class Footnote(_Model):
    """A page footnote of a PDF (in a consolidated text, VBHN, the amendment history: "Khoản
    này được sửa đổi, bổ sung theo quy định tại ... Luật số 63/2020/QH14 ...").

    The footnotes are kept in ``Document.text`` after the document's last part, one per line as
    printed with their number ("17 Cụm từ ... được bỏ ..."), in page order, in the part of kind
    "footnotes"; no stage reads them as structure of the body."""

    id: str
    """Unique id: "footnote." and the number ("footnote.17"; a number printed twice gets "_2")."""
    label: str
    """The note's number as printed ("17")."""
    text: str
    """The note's text, without its number, its printed lines joined into one."""
    span: Span
    """The note's line in ``Document.text``, its number included."""
    page: int | None = None
    """The page (1-based) whose foot the note is printed at."""
    mark: Span | None = None
    """Where the note is called in the running text. The raised number is not kept in the text
    (it is glued to the word or number it follows: "thẩm tra17", "Điều 5.3"), so the span is
    empty (start == end), right after the character the number was raised beside; null when
    the mark was not found on the note's page (or was found more than once there)."""


class Part(_Model):
    """One top-level part of the document and its extent: the parts tile ``Document.text``, so
    every character belongs to exactly one ("leftover" is text no stage claimed, reported in
    ``source.warnings``)."""

    kind: PartKind
    """header, preamble, body, closing, attachment, leftover, or footnotes (a PDF's page
    footnotes, gathered after the last part: ``Document.footnotes``)."""
    span: Span
    """Where the part is in ``Document.text``."""
    id: str | None = None
    """The attachment's id ("att1") for kind "attachment"."""


class Document(_Model):
    """A parsed Vietnamese official document."""

    schema_version: Literal["1.0"] = SCHEMA_VERSION
    """Version of this output contract."""
    source: Source = _F(default_factory=Source)
    """Input facts and warnings."""
    text: str = ""
    """The normalized plain text; every span indexes into it."""
    metadata: dict[str, str] = _F(default_factory=_dict)
    """Portal prelude key -> value, verbatim ("Số hiệu": "1560/KH-UBND")."""
    header: Header = _F(default_factory=Header)
    """The header block."""
    preamble: list[Node] = _F(default_factory=_list)
    """Paragraphs before the first structural unit ("Căn cứ ...")."""
    body: list[Node] = _F(default_factory=_list)
    """The outline of the main document."""
    closing: Closing = _F(default_factory=Closing)
    """Signature and "Nơi nhận"."""
    attachments: list[Attachment] = _F(default_factory=_list)
    """Appendices and attached documents, each with its own outline."""
    parts: list[Part] = _F(default_factory=_list)
    """The top-level parts in text order, tiling ``text`` from its first to its last character."""
    citations: list[Citation] = _F(default_factory=_list)
    """Every reference to another document, in text order."""
    assignments: list[Assignment] = _F(default_factory=_list)
    """One per task that names who does it."""
    footnotes: list[Footnote] = _F(default_factory=_list)
    """A PDF's page footnotes in page order, each tied to its mark in the running text; their
    text follows the document's last part (the part of kind "footnotes")."""

    def iter_nodes(self) -> list[Node]:
        """All nodes (preamble, body and attachments), depth-first in text order."""
        out: list[Node] = []

        def walk(nodes: list[Node]) -> None:
            for n in nodes:
                out.append(n)
                walk(n.children)

        walk(self.preamble)
        walk(self.body)
        for att in self.attachments:
            walk(att.preamble)
            walk(att.body)
        return out

    def to_markdown(self) -> str:
        """This document as readable Markdown: a heading per unit of the outline, citations
        linked by key to a list of the cited documents (``vnlegal.export.markdown``)."""
        # lazy: the exporter imports this module; the one sanctioned upward call (tests/
        # test_architecture.py SANCTIONED), so the model stays importable without exports.
        from vnlegal.export.markdown import to_markdown

        return to_markdown(self)


# Trusted construction. A model built by pydantic's __init__ is validated field by field (nested
# models and lists copied), which is most of what building the outline costs; ``model_construct``
# runs a Python loop over the fields and their defaults. The stages that build many models from
# values they made themselves, with the declared types by construction, use these instead: the
# same instance state (``__dict__`` in field order, the fields set, no extra, no private).
_set = object.__setattr__
_M = TypeVar("_M", bound=BaseModel)


def _trusted(cls: type[_M], values: dict[str, Any], fields_set: set[str]) -> _M:
    m = cls.__new__(cls)
    _set(m, "__dict__", values)
    _set(m, "__pydantic_fields_set__", fields_set)
    _set(m, "__pydantic_extra__", None)
    _set(m, "__pydantic_private__", None)
    return m


def trusted_span(start: int, end: int) -> Span:
    """``Span(start=start, end=end)`` without validation (ints by construction)."""
    return _trusted(Span, {"start": start, "end": end}, {"start", "end"})


_NODE_SET = frozenset(("id", "kind", "label", "title", "text", "span", "page", "rows"))


def trusted_node(
    id: str, kind: NodeKind, label: str | None, title: str | None, text: str | None, span: Span,
    page: int | None, rows: list[list[str]] | None,
) -> Node:  # fmt: skip
    """``Node(id=..., kind=..., label=..., title=..., text=..., span=..., page=..., rows=...)``
    without validation. ``rows`` is kept, not copied: the caller hands it over."""
    values = {
        "id": id, "kind": kind, "label": label, "title": title, "text": text, "field": None,
        "children": [], "span": span, "page": page, "rows": rows,
    }  # fmt: skip
    return _trusted(Node, values, set(_NODE_SET))


def set_span_end(span: Span, end: int) -> None:
    """``span.end = end`` without pydantic's assignment handler (the field is set already, and
    an int by construction): the outline moves the ends of the open units at every line."""
    span.__dict__["end"] = end


_RELATIONS = frozenset(get_args(Relation))
_CITATION_SET = frozenset(
    ("text", "span", "node_id", "doc_type", "symbol", "name", "date", "issuer", "issuer_decoded",
     "relation", "pinpoint", "internal", "key")
)  # fmt: skip


def trusted_citation(
    text: str, span: Span, doc_type: str | None, symbol: Symbol | None, name: str | None,
    date: _dt.date | None, issuer: str | None, issuer_decoded: bool, relation: Relation,
    pinpoint: Pinpoint | None, internal: bool, key: str,
) -> Citation:  # fmt: skip
    """``Citation(text=..., span=..., node_id="preamble", ...)`` without validation: the citation
    engine's values, of the field types by construction. ``relation`` comes from a table, so it
    is still checked (one set look-up)."""
    if relation not in _RELATIONS:
        raise ValueError(f"not a citation relation: {relation!r}")
    values = {
        "text": text, "span": span, "node_id": "preamble", "doc_type": doc_type, "symbol": symbol,
        "name": name, "date": date, "issuer": issuer, "issuer_decoded": issuer_decoded,
        "relation": relation, "pinpoint": pinpoint, "internal": internal, "key": key,
    }  # fmt: skip
    return _trusted(Citation, values, set(_CITATION_SET))
