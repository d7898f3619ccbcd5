"""HTML reader: the document part of a saved legal-portal page, as text lines.

Pages saved from vbpl.vn, thuvienphapluat.vn or the gazette carry menus, search boxes, related
documents and footers around the document. The reader finds the document's container -- by
the ids and classes the portals use (``data/html_containers.tsv``), else by descending from
<body> into the child that holds most of the text that is not link text -- and writes it out:
block elements end lines, tables become one line per row with cells joined by " | ", small
raised numbers (note marks) and hidden elements go.
"""

from __future__ import annotations

import codecs
from functools import cache
from typing import Any

import regex

from ..errors import CorruptDocumentError, EmptyDocumentError, ParseError, TooLargeError
from ..vocab import load_table
from .result import PageWriter, ReadResult
from .textfix import lead_bullet

MAX_HTML_BYTES = 100_000_000

_META_CHARSET = regex.compile(rb"""(?i)<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{1,40})""")
_SPACE = regex.compile(r"[ \t\r\n\f\v]++")
_HIDDEN = regex.compile(r"(?i)display\s*:\s*none|visibility\s*:\s*hidden")
_SKIP = frozenset(
    "script style noscript template head iframe object embed svg canvas nav button select "
    "input textarea option form header footer aside map audio video img".split()
)
_BLOCK = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd section article main blockquote pre center "
    "address figure figcaption hr caption tbody thead tfoot body html".split()
)


@cache
def _containers() -> tuple[tuple[str, str], ...]:
    return tuple((r[0], r[1]) for r in load_table("html_containers"))


def _decode(data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", "replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", "replace")
    m = _META_CHARSET.search(data[:4096])
    if m:
        name = m.group(1).decode("ascii", "replace")
        try:
            return data.decode(codecs.lookup(name).name, "replace")
        except LookupError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1258", "replace")


class _Writer:
    """Turns an element tree into lines (see module doc)."""

    def __init__(self) -> None:
        self.out = PageWriter()
        self.line: list[str] = []

    def flush(self) -> None:
        text = _SPACE.sub(" ", "".join(self.line)).strip()
        self.line = []
        if text:
            self.out.add(lead_bullet(text))

    def walk(self, el: Any) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if not tag or tag in _SKIP or _HIDDEN.search(el.get("style") or ""):
            # The text after a skipped element (its tail) is read by the parent.
            return
        if tag == "br":
            if not _clearing(el):
                self.flush()
            return
        if tag == "table":
            self.flush()
            for line in _table(el):
                self.out.add(line)
            return
        if tag == "sup" and (el.text_content() or "").strip().isdigit():
            return
        block = tag in _BLOCK
        if block:
            self.flush()
        if el.text:
            self.line.append(el.text)
        for child in el:
            self.walk(child)
            tail = child.tail
            if tail:
                nxt = child.getnext()
                if _clearing(child) or (nxt is not None and _clearing(nxt)):
                    tail = tail.lstrip()
                self.line.append(tail)
        if block:
            self.flush()


def _clearing(el: Any) -> bool:
    """A <br clear> right after a floating drawing: exports put it even inside a word
    ("S<img align=left><br clear=left>ố:"), so it is no line break."""
    if el.tag != "br" or not el.get("clear"):
        return False
    prev = el.getprevious()
    return prev is not None and prev.tag == "img" and not (prev.tail or "").strip()


def _lines(el: Any) -> list[str]:
    w = _Writer()
    w.walk(el)
    w.flush()
    return w.out.lines


def _rows(table: Any) -> list[Any]:
    out: list[Any] = []
    for child in table:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "tr":
            out.append(child)
        elif tag in ("thead", "tbody", "tfoot"):
            out.extend(c for c in child if c.tag == "tr")
    return out


def _table(table: Any) -> list[str]:
    """One line per row, cells joined by " | "; a one-column table is a frame."""
    rows: list[list[str]] = []
    for tr in _rows(table):
        cells: list[str] = []
        for td in tr:
            if td.tag not in ("td", "th"):
                continue
            text = "\n".join(_lines(td))
            cells.append(text.replace(" | ", "    "))
            try:
                span = int(td.get("colspan") or 1)
            except ValueError:
                span = 1
            cells.extend([""] * (min(max(span, 1), 50) - 1))
        if any(c.strip() for c in cells):
            rows.append(cells)
    if max((len(r) for r in rows), default=0) <= 1:
        return [c for r in rows for c in r]
    return [" | ".join(r) for r in rows]


def _text_weights(root: Any) -> dict[Any, tuple[int, int]]:
    """(text length, link text length) of every element, summed bottom-up in one pass."""
    weights: dict[Any, tuple[int, int]] = {}

    def visit(el: Any, in_link: bool) -> tuple[int, int]:
        tag = el.tag if isinstance(el.tag, str) else ""
        if not tag or tag in _SKIP:
            return 0, 0
        link = in_link or tag == "a"
        own = len((el.text or "").strip())
        total, links = own, own if link else 0
        for child in el:
            t, lk = visit(child, link)
            tail = len((child.tail or "").strip())
            total += t + tail
            links += lk + (tail if link else 0)
        weights[el] = (total, links)
        return total, links

    visit(root, False)
    return weights


def _container(doc: Any) -> Any:
    """The element that holds the document (see module doc)."""
    for kind, name in _containers():
        if kind == "id":
            hits = doc.xpath("//*[@id=$v]", v=name)
        else:
            hits = doc.xpath("//*[contains(concat(' ', normalize-space(@class), ' '), $v)]", v=f" {name} ")
        for el in hits:
            if len(el.text_content().strip()) >= 200:
                return el
    body = doc.find(".//body")
    node = body if body is not None else doc
    weights = _text_weights(node)
    while True:
        total, links = weights.get(node, (0, 0))
        own = total - links
        best = None
        for child in node:
            t, lk = weights.get(child, (0, 0))
            if own and t - lk >= 0.8 * own:
                best = child
                break
        if best is None:
            return node
        node = best


def read_html(data: bytes, *, path: str | None = None) -> ReadResult:
    """Read a saved HTML page into one page of text."""
    if len(data) > MAX_HTML_BYTES:
        raise TooLargeError(f"the HTML file is {len(data) // 1_000_000} MB (limit 100 MB)", path=path)
    import lxml.etree
    import lxml.html

    text = _decode(data)
    if not text.strip():
        raise EmptyDocumentError("the HTML page is empty", path=path)
    try:
        doc = lxml.html.document_fromstring(text)
        lines = _lines(_container(doc))
    except ParseError:
        raise
    except (lxml.etree.ParserError, ValueError) as exc:
        if "empty" in str(exc).lower():
            raise EmptyDocumentError("the HTML page holds no document", path=path) from None
        raise CorruptDocumentError(f"unreadable HTML ({exc})", path=path) from None
    except Exception as exc:
        raise CorruptDocumentError(f"unreadable HTML ({type(exc).__name__}: {exc})", path=path) from None
    return ReadResult(pages=["\n".join(lines)])
