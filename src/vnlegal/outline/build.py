"""Outline stage: body lines -> the tree of Nodes (Phần/Chương/Mục/Điều/khoản/điểm, I./1./a)/-).

Both hierarchies share one rank table; a marker closes every open unit of the same or a
lower rank and opens its own. Hard-wrapped text (web excerpts, PDF) is rejoined first, so a
heading broken over two lines is one heading; quoted text (an amending act quoting new
wording) and model forms stay text of their node, never structure.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import cast

from vnlegal.lang import rx
from vnlegal.lang.markers import Marker, classify
from vnlegal.limits import checkpoint
from vnlegal.lines import Line, is_upper
from vnlegal.model import Node, NodeKind, set_span_end, trusted_node, trusted_span
from vnlegal.outline.cell_tables import find_cell_tables
from vnlegal.outline.quotes import quoted_lines

_CLAUSE_END = rx.compile(r"[.;,]$")
_EDGE_EMPHASIS = rx.compile(r"^[*_]+|[*_]+$")
_RANK = {"part": 0, "chapter": 1, "section": 2, "subsection": 3, "article": 4, "item": 5}
_HEADING_KINDS = frozenset({"part", "chapter", "section", "subsection", "article"})
_ID_PREFIX_NORMATIVE = {
    "part": "phan_", "chapter": "chuong_", "section": "muc_", "subsection": "tieu_muc_",
    "article": "dieu_", "item": "khoan_", "subitem": "khoan_", "point": "diem_",
}  # fmt: skip
_TABLE_SEP = rx.compile(r"^\s*+\|?(?:\s*+:?-{3,}+:?\s*+\|)++\s*+:?-*+\s*+$")
_SENTENCE_END = rx.compile(r"[.;:!?…]\s*+$")
# The trailing blanks, found from the end: a block's text grows line by line, and searching it
# from the start for each new line is quadratic in a long paragraph.
_TRAILING_SPACE = rx.compile(r"(?r)\s*+\Z")
_SENTENCE_MARKS = frozenset(".;:!?…")
# A line that is no text of a node: decoration, a page number, or "[...]" where an excerpt
# was cut.
_BARE_NUMBER = rx.compile(r"\s*+\d{1,3}+\s*+$")
_NOT_CONTENT = rx.compile(
    r"(?:[\s|*_=~-]*+|\s*+(?:-\s*+)?\d{1,3}+(?:\s*+-)?\s*+|\s*+[\[(]\s*+(?:\.{3}|…)\s*+[\])]\s*+)$"
)


def _rank(kind: str, label: str) -> int:
    if kind == "subitem":
        return 5 + min(label.count("."), 3)
    if kind == "point":
        return 9
    if kind == "bullet":
        return 11 if label == "+" else 10
    return _RANK[kind]


@dataclass
class _Block:
    """A logical line: one or more physical lines rejoined after hard wraps."""

    text: str
    start: int
    end: int
    page: int | None
    marker: Marker | None
    table: bool = False
    lines: list[Line] = field(default_factory=list)
    rows: list[list[str]] | None = None
    """The cells of a table read from its lines' layout (one cell per line), not from "|"."""
    more: list[str] = field(default_factory=list)
    """The lines joined to ``text`` so far, each after its separator, until ``_blocks`` joins
    them once: adding each to a growing ``text`` cost the square of a paragraph's length
    (hundreds of thousands of short lines: minutes)."""

    def join(self, sep: str, piece: str) -> None:
        """Add ``piece`` after ``sep`` to the block's text."""
        self.more += (sep, piece)

    def last_text(self) -> str:
        """The end of the block's text so far: its last line with text (the separators are
        blanks)."""
        for piece in reversed(self.more):
            if piece.strip():
                return piece
        return self.text


def _is_table_line(t: str) -> bool:
    if "|" not in t:
        return False
    s = t.strip()
    if s.count("|") >= 2 and len(s.replace("|", "").strip()) > 0:
        return True
    return " | " in s or s.startswith("| ") or s.endswith(" |")


def _hard_wrapped(lines: list[Line]) -> bool:
    """True when the text was wrapped at a fixed width (web excerpts, OCR, PDF)."""
    nonblank = [ln.text for ln in lines if ln.text.strip()]
    if len(nonblank) < 6:
        return False
    wrapped = sum(1 for t in nonblank if 50 <= len(t) <= 110 and not _SENTENCE_END.search(t))
    return wrapped / len(nonblank) > 0.25


def _blocks(lines: list[Line], template: bool) -> list[_Block]:
    wrapped = _hard_wrapped(lines)
    quoted = quoted_lines(lines)
    tables = {t.start: t for t in find_cell_tables(lines)} if not template else {}
    out: list[_Block] = []
    skip_to = 0
    number_run = _number_runs(lines)
    for k, (q, ln) in enumerate(zip(quoted, lines, strict=True)):
        checkpoint("building the outline")
        if k < skip_to:
            continue
        if k in tables:
            cell_table = tables[k]
            run = lines[k : cell_table.end]
            text = "\n".join(x.text for x in run)
            out.append(_Block(text, ln.start, run[-1].end, ln.page, None, True, run, cell_table.rows))
            skip_to = cell_table.end
            continue
        t = ln.text
        # "[...]" marks where an excerpt was cut: not text of the last node.
        if _NOT_CONTENT.match(t) and not (k in number_run or _number_cell(lines, k)):
            continue
        if _is_table_line(t):
            if _TABLE_SEP.match(t):
                continue
            out.append(_Block(t, ln.start, ln.end, ln.page, None, table=True, lines=[ln]))
            continue
        marker = None if (q or template) else classify(t)
        prev = out[-1] if out else None
        if prev is not None and marker is None and not prev.table and (q or _continues(prev, t, wrapped)):
            prev.join(" " if not q else "\n", t.strip())
            prev.end = ln.end
            prev.lines.append(ln)
        elif (
            prev is not None
            and prev.table
            and prev.rows is None
            and marker is None
            and not _is_table_line(t)
            and _cell_open(prev)
        ):
            prev.join("\n", t.strip())
            prev.end = ln.end
            prev.lines.append(ln)
        else:
            out.append(_Block(t, ln.start, ln.end, ln.page, marker, lines=[ln]))
    for blk in out:
        if blk.more:
            blk.text = "".join([blk.text, *blk.more])
            blk.more = []
    return out


_RUN_GAP = 8
"""Bare numbers at most this many lines with text apart are a table's row numbers, printed one
cell per line; page numbers stand a page of text apart."""


def _number_runs(lines: list[Line]) -> set[int]:
    """The bare-number lines ("2", "3", "4" a few lines apart) that are the row numbers of a
    table printed one cell per line, not page numbers."""
    numbers: list[tuple[int, int]] = []  # (index among the lines with text, line index)
    seen = 0
    for k, ln in enumerate(lines):
        if not ln.text.strip():
            continue
        if _BARE_NUMBER.match(ln.text):
            numbers.append((seen, k))
        seen += 1
    out: set[int] = set()
    for (a, ka), (b, kb) in itertools.pairwise(numbers):
        if b - a <= _RUN_GAP:
            out.update((ka, kb))
    return out


def _number_cell(lines: list[Line], k: int) -> bool:
    """True when line ``k``, a bare number ("7"), is text, not a page number: a cell of a table
    a converter wrote one cell per line between lone "|" lines (the row number of "| 7 | Dịch
    vụ ... |": the nearest line with text before or after it is such a "|"), or the
    denominator of a formula printed over two lines ("Số lãi = Σ (...) x Lãi suất" / "365":
    the line before holds "=")."""
    if not _BARE_NUMBER.match(lines[k].text):
        return False
    for step in (-1, 1):
        j = k + step
        while 0 <= j < len(lines) and not lines[j].text.strip():
            j += step
        if not 0 <= j < len(lines):
            continue
        near = lines[j].text.strip()
        if near == "|" or (step == -1 and "=" in near):
            return True
    return False


def _continues(prev: _Block, t: str, wrapped: bool) -> bool:
    first = t.lstrip()[:1]
    if not first:
        return False
    if first.islower():
        return True
    if wrapped and not _ends_sentence(prev.last_text()) and len(prev.lines[-1].text) >= 50:
        return True
    return False


def _ends_sentence(text: str) -> bool:
    """``_SENTENCE_END.search(text)``, in time independent of the text's length."""
    m = _TRAILING_SPACE.search(text)
    k = m.start() if m is not None else len(text)
    return k > 0 and text[k - 1] in _SENTENCE_MARKS


def _cell_open(prev: _Block) -> bool:
    """A table row whose last cell goes on (a cell with line breaks in a DOCX table)."""
    return not prev.last_text().rstrip().endswith("|")


class _Builder:
    def __init__(self, normative: bool, prefix: str) -> None:
        self.normative = normative
        self.prefix = prefix
        self.roots: list[Node] = []
        self.preamble: list[Node] = []
        self.stack: list[tuple[int, Node]] = []
        self.used: set[str] = set()
        self.counters: dict[tuple[str, str], int] = {}
        self.next_suffix: dict[str, int] = {}

    def _id(self, parent: Node | None, kind: str, label: str) -> str:
        base = parent.id + "." if parent is not None else (self.prefix + "." if self.prefix else "")
        if kind in ("bullet", "paragraph", "table"):
            key = (parent.id if parent else self.prefix, kind)
            self.counters[key] = self.counters.get(key, 0) + 1
            seg = f"{kind}_{self.counters[key]}"
        elif self.normative:
            seg = _ID_PREFIX_NORMATIVE.get(kind, "") + label
        else:
            seg = label
        nid = base + seg
        if nid in self.used:
            # Resume where the last duplicate of this id stopped: ids are never released, so
            # the first free suffix is the same, without rescanning every used one (a document
            # of thousands of "Điều 1." lines would otherwise cost quadratic time).
            k = self.next_suffix.get(nid, 2)
            while f"{nid}_{k}" in self.used:
                k += 1
            self.next_suffix[nid] = k + 1
            nid = f"{nid}_{k}"
        self.used.add(nid)
        return nid

    def add(self, blk: _Block, kind: str, label: str | None, title: str | None, text: str | None,
            rows: list[list[str]] | None = None) -> Node:  # fmt: skip
        if kind in ("paragraph", "table"):
            parent = self.stack[-1][1] if self.stack else None
            rank = 99
        else:
            rank = _rank(kind, label or "")
            while self.stack and self.stack[-1][0] >= rank:
                self.stack.pop()
            parent = self.stack[-1][1] if self.stack else None
        # Unvalidated: every value is of its field's type by construction (kind is one of the
        # outline's marker kinds, "paragraph" or "table").
        node = trusted_node(
            self._id(parent, kind, label or ""), cast(NodeKind, kind), label, title, text,
            trusted_span(blk.start, blk.end), blk.page, rows,
        )  # fmt: skip
        if parent is None:
            (self.roots if (self.roots or kind != "paragraph") else self.preamble).append(node)
        else:
            parent.children.append(node)
            _extend(parent, blk.end, self.stack)
        if rank < 99:
            self.stack.append((rank, node))
        return node


def _extend(node: Node, end: int, stack: list[tuple[int, Node]]) -> None:
    for _, n in stack:
        if n.span.end < end:
            set_span_end(n.span, end)


def _split_title(kind: str, content: str) -> tuple[str | None, str | None]:
    content = content.strip()
    if not content:
        return None, None
    if kind in _HEADING_KINDS:
        return content, None
    # A line that does not end a sentence reads as a heading ("3. Tập huấn, bồi dưỡng ...").
    if len(content) <= 200 and not _CLAUSE_END.search(content):
        return content, None
    return None, content


def _table_rows(blocks: list[_Block]) -> list[list[str]]:
    """Cells of a run of table lines; a row ends when it has as many cells as the header.

    Whether rows are Markdown ("| a | b |", outer pipes are not cells) is decided once, from
    the header row: in a DOCX-extracted table a row may start with "|" only because its
    first cell (Word's automatic numbering) is empty.
    """
    rows: list[list[str]] = []
    first = blocks[0].text.strip() if blocks else ""
    markdown = first.startswith("|") and first.endswith("|")
    ncols = 0
    cur: list[str] = []
    for blk in blocks:
        t = blk.text.strip()
        if markdown and t.startswith("|") and t.endswith("|"):
            t = t[1:-1]
        cells = [c.strip() for c in t.split("|")]
        if not rows and not cur:
            ncols = len(cells)
            rows.append(cells)
            continue
        if markdown:
            rows.append(cells)
            continue
        if cur and len(cur) < ncols:
            cur[-1] = f"{cur[-1]}\n{cells[0]}".strip() if cells[0] else cur[-1]
            cur.extend(cells[1:])
        else:
            if cur:
                rows.append(cur)
            cur = cells
        if len(cur) >= ncols:
            rows.append(cur[:ncols] if all(not c for c in cur[ncols:]) else cur)
            cur = []
    if cur:
        rows.append(cur)
    return rows


class _LetterParts:
    """Capital-letter divisions "A.", "B.", "C." ...: a letter that is also a Roman numeral ("C.",
    "D." is not one) reads as the next division after "B.", not as section 100."""

    _ORDER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

    def __init__(self) -> None:
        self.last: str | None = None

    def read(self, m: Marker) -> Marker:
        if m.kind == "part" and len(m.label) == 1 and m.label in self._ORDER:
            self.last = m.label
        elif m.kind == "section" and self.last is not None and m.label == self._next():
            self.last = m.label
            return Marker("part", m.label, m.content, m.start)
        return m

    def _next(self) -> str:
        assert self.last is not None
        k = self._ORDER.index(self.last) + 1
        return self._ORDER[k] if k < len(self._ORDER) else ""


class _BareArticles:
    """An article heading that lost its word "Điều" ("15. Trách nhiệm thi hành" right after
    Điều 14, portal pages and OCR drop it): a number that is the next article's, that breaks the
    open article's clause sequence (none yet and it is no "1.", or not the next clause), and
    that reads as a heading (a short capitalized line with no closing punctuation) is that
    article, as a reader takes it, when the next article printed with its word is the one after
    it (or none is). A number that goes on the clauses, or whose article is printed with its
    word elsewhere in the text, stays a clause ("6." after "2." in Điều 5 is a clause printed
    out of sequence when "Điều 6" follows)."""

    def __init__(self, printed: list[int | None]) -> None:
        self.printed = printed
        """The article labels printed with their word, in text order (None: "5a")."""
        self.numbers = {k for k in printed if k is not None}
        self.passed = 0
        """How many of them the outline has read so far."""
        self.article: int | None = None
        self.clause: int | None = None

    def read(self, m: Marker, content: str) -> Marker:
        if m.kind == "article":
            self.article = _number(m.label)
            self.clause = None
            self.passed += 1
        elif m.kind in ("part", "chapter", "section", "subsection"):
            pass
        elif m.kind == "item":
            k = _number(m.label)
            if (
                k is not None
                and self.article is not None
                and k == self.article + 1
                and k != (self.clause or 0) + 1
                and k not in self.numbers
                and self._next_printed() in (None, k + 1)
                and _heading_like(content)
            ):
                self.article = k
                self.clause = None
                return Marker("article", m.label, m.content, m.start)
            self.clause = k
        return m


    def _next_printed(self) -> int | None:
        """The number of the next article printed with its word (None when none is left, or
        it has a letter)."""
        return self.printed[self.passed] if self.passed < len(self.printed) else None


def _number(label: str) -> int | None:
    return int(label) if label.isdigit() else None


def _heading_like(content: str) -> bool:
    s = content.strip()
    return 0 < len(s) <= 120 and s[0].isupper() and not _SENTENCE_END.search(s) and not s.endswith(",")


def build_outline(
    lines: list[Line], *, normative: bool, prefix: str = "", template_from: int | None = None
) -> tuple[list[Node], list[Node]]:
    """(preamble, body) for ``lines``; ids are prefixed with ``prefix`` (attachments).

    Lines at or after document offset ``template_from`` are model forms: text, not structure.
    """
    template_lines = [ln for ln in lines if template_from is not None and ln.start >= template_from]
    main_lines = [ln for ln in lines if template_from is None or ln.start < template_from]
    blocks = _blocks(main_lines, template=False) + _blocks(template_lines, template=True)
    b = _Builder(normative, prefix)
    letter_parts = _LetterParts()
    bare_articles = _BareArticles(
        [_number(x.marker.label) for x in blocks if x.marker is not None and x.marker.kind == "article"]
    )
    i = 0
    n = len(blocks)
    while i < n:
        checkpoint("building the outline")
        blk = blocks[i]
        if blk.table:
            j = i
            while j < n and blocks[j].table:
                j += 1
            run = blocks[i:j]
            merged = _Block(
                "\n".join(x.text for x in run), run[0].start, run[-1].end, run[0].page, None, True
            )
            rows = run[0].rows if len(run) == 1 and run[0].rows is not None else _table_rows(run)
            b.add(merged, "table", None, None, None, rows=rows)
            i = j
            continue
        m = blk.marker
        if m is None:
            b.add(blk, "paragraph", None, None, blk.text.strip())
            i += 1
            continue
        m = letter_parts.read(m)
        content = (
            blk.text[m.content :].strip() if m.content <= len(blk.lines[0].text) else blk.text[m.content :]
        )
        content = _EDGE_EMPHASIS.sub("", content).strip()
        m = bare_articles.read(m, content)
        consumed = 1
        if m.kind in ("part", "chapter", "section", "subsection"):
            # Heading text on the following line(s): "Chương I" / "QUY ĐỊNH CHUNG".
            heading = [content] if content else []
            k = i + 1
            while k < n and len(heading) < 3 and blocks[k].marker is None and not blocks[k].table:
                nxt = blocks[k].text.strip()
                if not is_upper(nxt) or (heading and not is_upper(heading[-1])):
                    break
                heading.append(nxt)
                k += 1
                if not content and len(heading) == 1 and m.kind != "chapter":
                    pass
            if heading:
                consumed = k - i
                content = " ".join(heading)
        title, text = _split_title(m.kind, content)
        end_blk = blocks[i + consumed - 1]
        span_blk = _Block(blk.text, blk.start, end_blk.end, blk.page, m)
        b.add(span_blk, m.kind, m.label, title, text)
        i += consumed
    _fold_paragraphs(b.roots)
    return b.preamble, b.roots


def _fold_paragraphs(nodes: list[Node]) -> None:
    """Paragraphs that come before a node's first sub-unit are its own running text."""
    for node in nodes:
        lead: list[str] = []
        if node.kind != "paragraph":
            # One slice, not pop(0) per paragraph: that is quadratic in long paragraph runs.
            k = 0
            while k < len(node.children) and node.children[k].kind == "paragraph":
                lead.append(node.children[k].text or "")
                k += 1
            if k:
                del node.children[:k]
        if lead:
            node.text = "\n".join([node.text, *lead] if node.text else lead)
        _fold_paragraphs(node.children)
