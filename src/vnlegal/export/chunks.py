"""Chunks for retrieval (RAG): ``vnlegal.chunks(doc, max_chars=..., overlap=...)``,
``vnlegal parse --format chunks``.

A chunk is a run of the document's outline that fits in ``max_chars``, cut where the structure
allows and never across two Điều:

- each Điều is at least one chunk of its own (two short Điều are never merged);
- a Điều over ``max_chars`` is split at its khoản, a khoản over it at its điểm, and consecutive
  khoản / điểm are packed together up to ``max_chars``; a single paragraph still too long is
  cut at line ends, then sentence ends, then spaces;
- headings above (Chương, Mục, "I.", a Điều's own title) go with the first chunk under them;
- documents without Điều (plans, letters) are packed the same way by their sections.

The chunks tile the preamble, the body and each attachment: ``span`` of consecutive chunks
follow each other with only white space between, so every character of the outline is in
exactly one chunk; ``text`` is ``Document.text[text_span.start:text_span.end]``, where
``text_span`` reaches back ``overlap`` characters into the previous chunk for context (never
before the start of the chunk's Điều). Each chunk carries its breadcrumb ("Chương II > Mục 1 >
Điều 5 > khoản 2"), the document's symbol, type, date, issuer and title, and the keys of the
citations inside it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict
from pydantic import Field as _F

from vnlegal.export._common import marker
from vnlegal.model import Document, Node, Span

__all__ = ["Chunk", "chunks"]

DEFAULT_MAX_CHARS = 1500
"""About 400-500 tokens of Vietnamese for most embedding models."""

_CUTS = (re.compile(r"\n"), re.compile(r"[.;:!?](?=\s)"), re.compile(r"\s"))


class Chunk(BaseModel):
    """One retrieval unit of a document (one line of ``vnlegal parse --format chunks``)."""

    model_config = ConfigDict(extra="forbid")

    id: str
    """"<index>" padded, prefixed by the document's symbol when it has one: "84/2025/QH15#0007"."""
    index: int
    """Position among the document's chunks, from 0."""
    text: str
    """``Document.text[text_span.start:text_span.end]``."""
    span: Span
    """The chunk's own part of ``Document.text``; consecutive chunks tile the outline."""
    text_span: Span
    """``span`` widened back by the overlap (never across a Điều)."""
    breadcrumb: str
    """Where it is: "Chương II > Mục 1 > Điều 5 > khoản 2" ("khoản 1–3" for several)."""
    node_ids: list[str]
    """Ids of the outline nodes it holds, outermost first."""
    article: str | None = None
    """Id of its Điều; null outside any Điều."""
    part: str = "main"
    """"main" (preamble and body) or the attachment's id ("att1")."""
    source: str | None = None
    """``Document.source.path``."""
    symbol: str | None = None
    doc_type: str | None = None
    date: str | None = None
    issuer: str | None = None
    title: str | None = None
    citations: list[str] = _F(default_factory=list)
    """Keys of the citations whose mention lies in ``span`` (each once, in text order)."""


@dataclass
class _Piece:
    start: int
    end: int
    crumbs: list[str]
    nodes: list[str]
    article: str | None
    article_start: int | None


def chunks(doc: Document, max_chars: int = DEFAULT_MAX_CHARS, overlap: int = 0) -> list[Chunk]:
    """``doc`` cut into structure-aware chunks of at most about ``max_chars`` characters
    (see the module doc), each widened back by ``overlap`` characters of context.

    >>> import vnlegal
    >>> doc = vnlegal.parse("fixtures/texts/054_luat_84-2025-qh15_thanh-tra.txt")
    >>> parts = vnlegal.chunks(doc, max_chars=1200)
    >>> parts[5].breadcrumb, parts[5].article
    ('Chương I > Điều 3', 'chuong_I.dieu_3')
    >>> parts[5].text == doc.text[parts[5].text_span.start : parts[5].text_span.end]
    True
    """
    if max_chars < 1 or overlap < 0:
        raise ValueError("max_chars must be positive and overlap not negative")
    h = doc.header
    meta = {
        "source": doc.source.path,
        "symbol": h.symbol.text if h.symbol else None,
        "doc_type": h.doc_type,
        "date": h.date.isoformat() if h.date else None,
        "issuer": h.issuer.name,
        "title": h.title_display or h.title,
    }
    # (part, [(breadcrumb root, nodes)]): a region is tiled as one, its parts under their roots.
    regions: list[tuple[str, list[tuple[list[str], list[Node]]]]] = [
        ("main", [(["Mở đầu"], doc.preamble), ([], doc.body)])
    ]
    for k, att in enumerate(doc.attachments, 1):
        root = [att.doc_type or (f"Phụ lục {k}" if att.kind == "appendix" else f"Văn bản kèm theo {k}")]
        regions.append((att.id, [(root, att.preamble), (root, att.body)]))
    cites = sorted((c.span.start, c.key) for c in doc.citations if c.key)
    out: list[Chunk] = []
    prefix = f"{meta['symbol']}#" if meta["symbol"] else "#"
    for part, groups in regions:
        for piece, lo in _tiles(doc.text, groups, max_chars):
            begin = piece.start if not overlap else _back(doc.text, piece.start, overlap, lo)
            keys = list(dict.fromkeys(k for s, k in cites if piece.start <= s < piece.end))
            out.append(
                Chunk(
                    id=f"{prefix}{len(out):04d}", index=len(out), text=doc.text[begin : piece.end],
                    span=Span(start=piece.start, end=piece.end), text_span=Span(start=begin, end=piece.end),
                    breadcrumb=" > ".join(piece.crumbs), node_ids=piece.nodes, article=piece.article,
                    part=part, citations=keys, **meta,
                )
            )  # fmt: skip
    return out


def _back(text: str, start: int, overlap: int, floor: int) -> int:
    """``start`` moved back ``overlap`` characters, not before ``floor``, to a word start."""
    begin = min(start, max(floor, start - overlap))
    if begin > floor and not text[begin - 1].isspace():
        space = re.compile(r"\s").search(text, begin, start)
        begin = space.end() if space else start
    return begin


def _tiles(
    text: str, groups: list[tuple[list[str], list[Node]]], max_chars: int
) -> Iterator[tuple[_Piece, int]]:
    """The pieces of one region, stretched so that they tile it, each with the offset its
    overlap may not reach before: its Điều's start, else the previous chunk's start (or end,
    when that one is in a Điều)."""
    # The preamble and the body are packed apart: a chunk is either "Căn cứ ..." or outline.
    pieces = [
        p
        for root, nodes in groups
        for p in _merge([q for n in nodes for q in _pieces(text, n, root, None, None, max_chars)], max_chars)
    ]
    for k, p in enumerate(pieces):
        # Whatever lies between two pieces (white space, a stray line) belongs to the first.
        nxt = pieces[k + 1].start if k + 1 < len(pieces) else p.end
        p.end = max(p.end, _rstrip(text, p.start, nxt))
        prev = pieces[k - 1] if k else None
        if p.article_start is not None:
            floor = p.article_start
        elif prev is None:
            floor = p.start
        else:
            floor = prev.end if prev.article is not None else prev.start
        yield p, floor


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _lstrip(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _crumb(n: Node, in_article: bool) -> str:
    if in_article and n.kind == "item" and n.label:
        return f"khoản {n.label}"
    if in_article and n.kind == "point" and n.label:
        return f"điểm {n.label}"
    if n.kind in ("paragraph", "table"):
        return ""  # a paragraph is named by where it is
    mark = marker(n).rstrip(".")
    if n.kind in ("part", "chapter", "article") or (
        mark and n.kind in ("section", "subsection") and " " in mark
    ):
        return mark
    if not mark:
        return n.id.rsplit(".", 1)[-1]
    title = (n.title or "").strip()
    return f"{mark}. {title[:60]}" if title and n.kind in ("section", "subsection") else mark


def _pieces(
    text: str, n: Node, crumbs: list[str], article: str | None, art_start: int | None, max_chars: int
) -> list[_Piece]:
    """The pieces of node ``n``: itself when it fits, else its head glued to the pieces of its
    children, consecutive ones packed up to ``max_chars``."""
    if n.kind == "article":
        article, art_start = n.id, n.span.start
    crumb = _crumb(n, article is not None and n.kind != "article")
    path = [*crumbs, crumb] if crumb else crumbs
    start, end = _lstrip(text, n.span.start, n.span.end), _rstrip(text, n.span.start, n.span.end)
    # A division holding Điều is always opened, so that each Điều is a chunk of its own.
    if end - start <= max_chars and (article is not None or not _holds_article(n)):
        return [_Piece(start, end, path, [n.id], article, art_start)]
    if not n.children:
        return [_Piece(a, b, path, [n.id], article, art_start) for a, b in _cut(text, start, end, max_chars)]
    kids = [p for c in n.children for p in _pieces(text, c, path, article, art_start, max_chars)]
    head_end = _rstrip(text, start, n.children[0].span.start)
    if head_end > start:
        # The heading (and a Điều's lead-in sentence) belongs with what follows it: as part of
        # its Điều, it is packed with the first pieces that fit.
        first = kids[0]
        floor = min(start, first.article_start) if first.article_start is not None else None
        heads = [
            _Piece(a, b, path, [n.id], first.article, floor)
            for a, b in _cut(text, start, head_end, max_chars)
        ]
        kids = [*heads, *kids]
    return _merge(kids, max_chars)


def _holds_article(n: Node) -> bool:
    return any(c.kind == "article" or _holds_article(c) for c in n.children)


def _merge(pieces: list[_Piece], max_chars: int) -> list[_Piece]:
    """Pack consecutive pieces of one Điều (or outside any) while they fit in ``max_chars``."""
    out: list[_Piece] = []
    for p in pieces:
        last = out[-1] if out else None
        if last is not None and last.article == p.article and p.end - last.start <= max_chars:
            out[-1] = _Piece(last.start, p.end, _span_crumbs(last.crumbs, p.crumbs), [*last.nodes, *p.nodes],
                             last.article, last.article_start)  # fmt: skip
        else:
            out.append(p)
    return out


def _span_crumbs(a: list[str], b: list[str]) -> list[str]:
    """The breadcrumb of two pieces together: their common path, then "khoản 1–3" when they
    differ one level below it."""
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    if k == min(len(a), len(b)):
        return list(b if len(b) > len(a) else a)  # a heading and what is under it
    common = a[:k]
    if k < len(a) and k < len(b):
        first, last = a[k].split(" – ")[0], b[k].split(" – ")[-1]
        word, _, num = first.partition(" ")
        if last.startswith(word + " ") and num:
            last = last[len(word) + 1 :]
        common.append(f"{first} – {last}" if first != last else first)
    return common


def _cut(text: str, start: int, end: int, max_chars: int) -> Iterator[tuple[int, int]]:
    """[start, end) cut into runs of at most ``max_chars`` at line ends, else sentence ends,
    else spaces (a run without any is cut hard)."""
    while end - start > max_chars:
        stop = start + max_chars
        cut = None
        for pattern in _CUTS:
            found = [m.end() for m in pattern.finditer(text, start + max_chars // 3, stop)]
            if found:
                cut = found[-1]
                break
        cut = cut or stop
        yield start, _rstrip(text, start, cut)
        start = _lstrip(text, cut, end)
    if end > start:
        yield start, end
