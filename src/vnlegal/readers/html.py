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

from vnlegal.data import HtmlContainer, load_table
from vnlegal.errors import CorruptDocumentError, EmptyDocumentError, ParseError, TooLargeError
from vnlegal.lang import rx
from vnlegal.lang.markers import classify
from vnlegal.lang.patterns import MOTTO_ANY
from vnlegal.limits import DEFAULT_LIMITS, Limits, checkpoint
from vnlegal.readers.bullets import lead_bullet, may_lead_bullet
from vnlegal.readers.result import PageWriter, ReadResult

# libxml2 keeps at most this many levels even with huge_tree and drops deeper content without
# a word; a page that reaches it is refused rather than read in part.
_PARSER_DEPTH = 2000
# Tables nested deeper than this are read as plain blocks: each table level recurses.
_TABLE_DEPTH = 40
# The walks check the time budget once per this many elements.
_CHECK_EVERY = 4096
BYTES_PER_TAG = 300
"""Memory one ``<`` of a page may cost once parsed and read: an element in libxml2, its
entry in the text weights, the writer's lines. Measured: 258 bytes on a table of 100 000
rows (a page of a million rows took 4 GB and minutes)."""
# The page is parsed this many characters at a time, with the time budget checked between.
_FEED = 1 << 20

_META_CHARSET = rx.compile(rb"""(?i)<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{1,40})""")
_HIDDEN = rx.compile(r"(?i)display\s*:\s*none|visibility\s*:\s*hidden")
_SKIP = frozenset(
    "script style noscript template head iframe object embed svg canvas nav button select "
    "input textarea option form header footer aside map audio video img".split()
)
# Units whose heading, left outside a child, shows the document began before that child.
_HEADING_KINDS = frozenset(("part", "chapter", "section", "subsection", "article"))
# At most this much text of the siblings passed over is looked at for such evidence.
_LEFT_OUT_CHARS = 20_000
_BLOCK = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd section article main blockquote pre center "
    "address figure figcaption hr caption tbody thead tfoot body html".split()
)


@cache
def _containers() -> tuple[tuple[str, str], ...]:
    return tuple((r.kind, r.name) for r in load_table(HtmlContainer))


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
        except (LookupError, UnicodeError):
            # An unknown name, a codec that is no text encoding ("hex"), or one that will not
            # replace what it cannot decode ("idna", "punycode", "undefined").
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1258", "replace")


class _Writer:
    """Turns an element tree into lines (see module doc)."""

    def __init__(self, tables: int = 0) -> None:
        self.out = PageWriter()
        self.line: list[str] = []
        self.tables = tables
        """How many tables enclose the element being written."""

    def flush(self) -> None:
        if not self.line:
            return
        text = _collapse("".join(self.line))
        self.line = []
        if text:
            # A stripped one-line text: the bullet pattern can only match at its first character.
            self.out.add(lead_bullet(text) if may_lead_bullet(text[0]) else text)

    def _enter(self, el: Any) -> bool | None:
        """Start writing ``el``: None when it is done already (skipped, a break, a table, a
        note mark), else whether it is a block (to be flushed once its children are written)."""
        tag = el.tag if isinstance(el.tag, str) else ""
        if not tag or tag in _SKIP:
            # The text after a skipped element (its tail) is read by the parent.
            return None
        style = el.get("style")
        if style and _HIDDEN.search(style):
            return None
        if tag == "br":
            if not _clearing(el):
                self.flush()
            return None
        if tag == "table" and self.tables < _TABLE_DEPTH:
            self.flush()
            for line in _table(el, self.tables + 1):
                self.out.add(line)
            return None
        if tag == "sup" and (_text_content(el) or "").strip().isdigit():
            return None
        block = tag in _BLOCK
        if block:
            self.flush()
        if el.text:
            self.line.append(el.text)
        return block

    def _tail(self, child: Any) -> None:
        tail = child.tail
        if tail:
            nxt = child.getnext()
            if _clearing(child) or (nxt is not None and nxt.tag == "br" and _clearing(nxt)):
                tail = tail.lstrip()
            self.line.append(tail)

    def walk(self, root: Any) -> None:
        """Write ``root`` and its descendants in document order.

        An explicit stack rather than recursion: pages nest hundreds of levels deep (unclosed
        <font> tags), past Python's recursion limit."""
        block = self._enter(root)
        if block is None:
            return
        stack: list[tuple[Any, Any, bool]] = [(root, iter(root), block)]
        seen = 0
        while stack:
            el, children, is_block = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                if is_block:
                    self.flush()
                if stack:
                    self._tail(el)
                continue
            seen += 1
            if seen % _CHECK_EVERY == 0:
                checkpoint("writing out the HTML page")
            entered = self._enter(child)
            if entered is None:
                self._tail(child)
            else:
                stack.append((child, iter(child), entered))


# ASCII whitespace other than the space, made spaces before runs are collapsed: str.replace
# and str.split stay in C (a regex substitution per written line was the reader's largest cost;
# str.translate walks a non-Latin-1 text character by character).
_NOT_SPACE_BLANKS = "\t\r\n\f\v"
_XML_SPACE = str.maketrans("\t\r\n", "   ")


def _collapse(text: str) -> str:
    """``text`` with each run of ASCII whitespace (`` \\t\\r\\n\\f\\v``) made one space, then
    its ends stripped of any whitespace."""
    for blank in _NOT_SPACE_BLANKS:
        if blank in text:
            text = text.replace(blank, " ")
    if "  " in text:
        text = " ".join([part for part in text.split(" ") if part])
    return text.strip()


def _text_content(el: Any) -> str:
    """All the text inside ``el`` (``lxml.html``'s ``text_content()``: XPath ``string()``)."""
    result: str = _string_xpath()(el)
    return result


@cache
def _string_xpath() -> Any:
    import lxml.etree

    return lxml.etree.XPath("string()")


def _clearing(el: Any) -> bool:
    """A <br clear> right after a floating drawing: exports put it even inside a word
    ("S<img align=left><br clear=left>ố:"), so it is no line break."""
    if el.tag != "br" or not el.get("clear"):
        return False
    prev = el.getprevious()
    return prev is not None and prev.tag == "img" and not (prev.tail or "").strip()


def _lines(el: Any, tables: int = 0) -> list[str]:
    w = _Writer(tables)
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


def _table(table: Any, tables: int) -> list[str]:
    """One line per row, cells joined by " | "; a one-column table is a frame. ``tables``
    counts the tables around the cells, this one included."""
    rows: list[list[str]] = []
    for tr in _rows(table):
        cells: list[str] = []
        for td in tr:
            # Each cell is written by a walk of its own, whose count starts again: the budget
            # is checked here, at every cell (a table of a million rows ran for minutes).
            checkpoint("writing out an HTML table")
            if td.tag not in ("td", "th"):
                continue
            text = "\n".join(_lines(td, tables))
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
    """(text length, link text length) of every element, summed bottom-up in one pass (an
    explicit post-order stack: see ``_Writer.walk``)."""
    weights: dict[Any, tuple[int, int]] = {}

    def own(el: Any, link: bool) -> tuple[int, int]:
        n = len((el.text or "").strip())
        return n, n if link else 0

    def counted(el: Any) -> bool:
        tag = el.tag if isinstance(el.tag, str) else ""
        return bool(tag) and tag not in _SKIP

    if not counted(root):
        return weights
    seen = 0
    root_link = root.tag == "a"
    # Frame: element, its children iterator, whether it is inside a link, running (total, links).
    stack: list[tuple[Any, Any, bool, list[int]]] = [(root, iter(root), root_link, [*own(root, root_link)])]
    while stack:
        el, children, link, acc = stack[-1]
        child = next(children, None)
        seen += 1
        if seen % _CHECK_EVERY == 0:
            checkpoint("weighing the HTML page's text")
        if child is not None:
            if counted(child):
                child_link = link or child.tag == "a"
                stack.append((child, iter(child), child_link, [*own(child, child_link)]))
            else:
                _add_tail(acc, child, link, 0, 0)
            continue
        stack.pop()
        weights[el] = (acc[0], acc[1])
        if stack:
            _add_tail(stack[-1][3], el, stack[-1][2], acc[0], acc[1])
    return weights


def _add_tail(acc: list[int], child: Any, link: bool, total: int, links: int) -> None:
    """Add a finished child's weights and its tail text to its parent's running sums."""
    tail = len((child.tail or "").strip())
    acc[0] += total + tail
    acc[1] += links + (tail if link else 0)


def _depth(root: Any, limit: int) -> int:
    """Nesting depth of the tree below ``root``, counted up to ``limit + 1`` at most.

    Level by level: a list comprehension over a slice of a level costs far less than a stack
    entry per element; the budget is checked after every ``_CHECK_EVERY`` parents."""
    deepest = 0
    level = [root]
    while True:
        below: list[Any] = []
        for at in range(0, len(level), _CHECK_EVERY):
            below.extend([child for el in level[at : at + _CHECK_EVERY] for child in el])
            checkpoint("measuring the HTML page's nesting")
        if not below:
            return deepest
        deepest += 1
        if deepest > limit:
            return deepest
        level = below


def _container(doc: Any) -> Any:
    """The element that holds the document (see module doc)."""
    # One walk of the tree (in C) for every element with an id or a class, then each row of
    # the table in order over them: the same hits, in document order, as one XPath per row.
    # An element can be a row's only if its id is one, or its class attribute holds the name
    # (the class words are computed for those few only).
    ids = {name for kind, name in _containers() if kind == "id"}
    classes = [name for kind, name in _containers() if kind != "id"]
    marked = []
    for el in doc.xpath("//*[@id or @class]"):
        el_id, cls = el.get("id"), el.get("class")
        if el_id in ids or (cls and any(name in cls for name in classes)):
            marked.append((el, el_id, _class_words(cls)))
    for kind, name in _containers():
        for el, el_id, words in marked:
            if (el_id != name) if kind == "id" else (f" {name} " not in words):
                continue
            checkpoint("finding the HTML page's document")
            if len(_text_content(el).strip()) >= 200:
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
        if best is None or _document_before(node, best, weights):
            return node
        node = best


def _class_words(value: str | None) -> str:
    """XPath's ``concat(' ', normalize-space(@class), ' ')``: the class names between single
    spaces (XML whitespace only)."""
    if not value:
        return "  "
    return f" {' '.join([w for w in value.translate(_XML_SPACE).split(' ') if w])} "


def _document_before(node: Any, child: Any, weights: dict[Any, tuple[int, int]]) -> bool:
    """True when the siblings before ``child`` hold text of the document, not of the page: the
    motto of its header or a unit heading ("Chương I", "Điều 1.") outside any link. Pages whose
    markup never closes a <div> nest the rest of the document inside the paragraph after its
    header, so the child that holds most of the text starts mid-document."""
    budget = _LEFT_OUT_CHARS
    for sib in node:
        if sib is child:
            return False
        total, links = weights.get(sib, (0, 0))
        if total == 0 or links:
            continue  # no text, or navigation: link text is the page's, never the document's
        budget -= total
        if budget < 0:
            return False
        for line in _lines(sib):
            if MOTTO_ANY.search(line[:120]):
                return True
            m = classify(line)
            if m is not None and m.kind in _HEADING_KINDS:
                return True
    return False


def _parse(text: str) -> Any:
    """The page's element tree (``lxml.html.document_fromstring``), parsed a megabyte at a
    time with the time budget checked between."""
    import lxml.etree

    # huge_tree: without it libxml2 silently drops a text node over 10 MB and everything
    # nested deeper than 255 levels. HTML parsing never expands entities or fetches anything.
    # lxml.etree's parser, not lxml.html's: the same tree, without a Python class look-up for
    # every element the walks touch.
    parser = lxml.etree.HTMLParser(huge_tree=True)
    for at in range(0, len(text), _FEED):
        parser.feed(text[at : at + _FEED])
        checkpoint("parsing the HTML page")
    root = parser.close()
    if root is None:
        raise lxml.etree.ParserError("Document is empty")
    return root


def read_html(data: bytes, *, path: str | None = None, limits: Limits | None = None) -> ReadResult:
    """Read a saved HTML page into one page of text. A page larger than ``limits.max_bytes``
    or nested deeper than ``limits.max_depth`` raises ``TooLargeError``."""
    lim = DEFAULT_LIMITS if limits is None else limits
    lim.check_size("the HTML file", len(data), lim.max_bytes, "bytes", path)
    import lxml.etree

    text = _decode(data)
    if not text.strip():
        raise EmptyDocumentError("the HTML page is empty", path=path)
    # Every "<" may open an element: counted (in C) before the tree is built.
    lim.check_memory("the HTML page", text.count("<") * BYTES_PER_TAG, path)
    max_depth = _PARSER_DEPTH - 1 if lim.max_depth is None else min(lim.max_depth, _PARSER_DEPTH - 1)
    try:
        doc = _parse(text)
        depth = _depth(doc, max_depth)
        if depth > max_depth:
            raise TooLargeError(
                f"the HTML page nests elements more than {max_depth} levels deep "
                "(raise Limits.max_depth, up to 1999, if the input is trusted)",
                path=path,
            )
        lines = _lines(_container(doc))
    except ParseError:
        raise
    except RecursionError:
        raise TooLargeError("the HTML page nests tables too deeply to be read", path=path) from None
    except (lxml.etree.ParserError, ValueError) as exc:
        if "empty" in str(exc).lower():
            raise EmptyDocumentError("the HTML page holds no document", path=path) from None
        raise CorruptDocumentError(f"unreadable HTML ({exc})", path=path) from None
    except Exception as exc:
        raise CorruptDocumentError(f"unreadable HTML ({type(exc).__name__}: {exc})", path=path) from None
    return ReadResult(pages=["\n".join(lines)])
