"""Page geometry -> text lines: rows, side-by-side columns, running heads, notes, paragraphs.

Input: per page, the segments the PDF reader cut out of pdfium's lines (a run of text with
its box, boldness and a leading note number). Steps:

1. segments on the same baseline form a row; a row whose pieces lie far apart keeps them as
   cells, written with a wide gap between them ("BỘ XÂY DỰNG    CỘNG HÒA XÃ HỘI ..."), which
   the header and closing stages cut into cells as they do for layout-preserving text;
2. in a stretch of rows that share one gutter (a header or signature block), a cell that
   starts in lower case continues the cell above it on the same side ("Hà Nội, ngày 29 tháng
   6" / "năm 2026"), so a wrapped date or "V/v" summary reads as one piece;
3. lines that repeat at the top or bottom of the pages (running headers, gazette heads), page
   numbers and footnotes (small rows at the bottom that start with a raised note number) go;
4. wrapped lines are rejoined into paragraphs: a line that reaches the right margin goes on
   in the next one unless that one is indented, opens a structural unit, changes weight or
   size, or the first ended a sentence; this also joins across page breaks. A line-end hyphen
   (U+FFFE) joins without a space.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import regex

from vnlegal.lang.markers import classify
from vnlegal.lang.vocab import load_table
from vnlegal.readers.bullets import lead_bullet
from vnlegal.readers.pdf_tables import Table, table_lines
from vnlegal.readers.result import Hint, PageWriter

COLUMN_GAP = "    "
"""Written between the cells of a row: a wide space run is a column break for the stages."""

_DIGITS = regex.compile(r"\d++")
_SENTENCE_END = regex.compile(r"[.;:!?][\"”’)\]]*+$")
_OPENS_SENTENCE = regex.compile(r"^[\"“(\[]?[\p{Lu}\d]")
_SOFT_HYPHENS = "\ufffe\x02"


@dataclass(slots=True)
class Seg:
    """A run of text on one line with its box (PDF units, y upwards)."""

    text: str
    x0: float
    x1: float
    base: float
    """Baseline."""
    size: float
    """Font size in page units."""
    bold: bool = False
    lead_sup: str = ""
    """A raised number that opened the run (a footnote's own number), removed from ``text``."""


@dataclass
class Page:
    """The segments of one page and the ruled tables on it."""

    number: int
    segs: list[Seg]
    tables: list[Table] = field(default_factory=list)


@dataclass
class _Cell:
    text: str
    x0: float
    x1: float


@dataclass
class _Row:
    cells: list[_Cell]
    base: float
    size: float
    bold: bool
    lead_sup: str = ""
    region: bool = False
    page: int = 0

    @property
    def x0(self) -> float:
        return self.cells[0].x0

    @property
    def x1(self) -> float:
        return self.cells[-1].x1

    @property
    def text(self) -> str:
        return COLUMN_GAP.join(c.text for c in self.cells if c.text)


@dataclass
class _Margins:
    left: float
    right: float
    size: float
    refs: set[str] = field(default_factory=set)


# --- rows -----------------------------------------------------------------------------


def _rows(segs: list[Seg], refs: set[str]) -> list[_Row]:
    """Group segments into rows (top to bottom), each row's pieces left to right.

    Segments share a row when their baselines agree (not merely when their boxes overlap, or
    a signer's name set between two lines of the distribution list would glue them). A small
    raised number that fits no row is a note mark and joins the row beside it.
    """
    groups: list[list[Seg]] = []
    base = 0.0
    tall = 0.0
    for s in sorted(segs, key=lambda s: -s.base):
        if groups and abs(s.base - base) <= 0.25 * min(tall, s.size):
            groups[-1].append(s)
            if s.size > tall:
                base, tall = s.base, s.size
            continue
        groups.append([s])
        base, tall = s.base, s.size
    groups = _attach_marks(groups)
    rows: list[_Row] = []
    for g in groups:
        g.sort(key=lambda s: s.x0)
        main = max(g, key=lambda s: s.size)
        kept: list[Seg] = []
        lead_sup = ""
        for s in g:
            if s is not main and _is_mark(s, main):
                refs.add(s.text)
                if not kept:
                    lead_sup = s.text
                continue
            kept.append(s)
        if not kept:
            continue
        lead_sup = lead_sup or kept[0].lead_sup
        for s in kept:
            if s.lead_sup and s is not kept[0]:
                refs.add(s.lead_sup)
        rows.append(_row(kept, main, lead_sup))
    return rows


def _is_mark(s: Seg, main: Seg) -> bool:
    """A small raised number beside a line: a note mark, not text."""
    return s.text.isdigit() and s.size < 0.8 * main.size and s.base > main.base + 0.15 * main.size


def _attach_marks(groups: list[list[Seg]]) -> list[list[Seg]]:
    out: list[list[Seg]] = []
    for k, g in enumerate(groups):
        if len(g) == 1 and g[0].text.isdigit():
            s = g[0]
            best: list[Seg] | None = None
            for other in (out[-1] if out else None, groups[k + 1] if k + 1 < len(groups) else None):
                if other is None:
                    continue
                main = max(other, key=lambda x: x.size)
                if _is_mark(s, main) and s.base < main.base + 0.8 * main.size:
                    best = other
                    break
            if best is not None:
                best.append(s)
                continue
        out.append(g)
    return out


def _row(segs: list[Seg], main: Seg, lead_sup: str) -> _Row:
    cells: list[_Cell] = []
    h = main.size
    for s in segs:
        if not s.text:
            continue
        if cells:
            gap = s.x0 - cells[-1].x1
            if gap <= 1.6 * h:
                sep = "" if gap < 0.12 * h and not cells[-1].text.endswith(" ") else " "
                cells[-1].text = f"{cells[-1].text}{sep}{s.text}"
                cells[-1].x1 = max(cells[-1].x1, s.x1)
                continue
        cells.append(_Cell(s.text, s.x0, s.x1))
    if not cells:
        cells = [_Cell("", main.x0, main.x1)]
    bold = all(s.bold for s in segs if s.text)
    return _Row(cells, main.base, main.size, bold, lead_sup)


def _take_tables(page: Page) -> tuple[list[Seg], list[_Row]]:
    """The page's segments outside its tables, and one row per table holding its lines."""
    if not page.tables:
        return page.segs, []
    rest: list[Seg] = []
    inside: list[list[Seg]] = [[] for _ in page.tables]
    for s in page.segs:
        for k, t in enumerate(page.tables):
            if t.holds((s.x0 + s.x1) / 2, s.base):
                inside[k].append(s)
                break
        else:
            rest.append(s)
    rows: list[_Row] = []
    for t, segs in zip(page.tables, inside, strict=True):
        lines = table_lines(t, segs)
        if lines:
            size = _weighted_median([(s.size, len(s.text)) for s in segs])
            text = "\n".join(lines)
            rows.append(_Row([_Cell(text, t.left, t.right)], t.top, size, False, region=True))
    return rest, rows


# --- regions of side-by-side blocks ---------------------------------------------------


def _mark_regions(rows: list[_Row]) -> None:
    """Find stretches of rows sharing one gutter and let lower-case cells continue upwards."""
    i = 0
    n = len(rows)
    while i < n:
        r = rows[i]
        if len(r.cells) != 2:
            i += 1
            continue
        g0, g1 = r.cells[0].x1, r.cells[1].x0
        j = i + 1
        while j < n:
            s = rows[j]
            if len(s.cells) == 2 and s.cells[0].x1 < g1 and s.cells[1].x0 > g0:
                g0, g1 = max(g0, s.cells[0].x1), min(g1, s.cells[1].x0)
            elif len(s.cells) == 1 and (s.x1 <= g1 or s.x0 >= g0):
                pass
            else:
                break
            j += 1
        _merge_continuations(rows[i:j], (g0 + g1) / 2)
        for k in range(i, j):
            rows[k].region = True
        i = j


def _merge_continuations(rows: list[_Row], mid: float) -> None:
    last: dict[bool, _Cell] = {}
    for r in rows:
        keep: list[_Cell] = []
        for c in r.cells:
            right = c.x0 >= mid
            prev = last.get(right)
            if prev is not None and c.text[:1].islower():
                prev.text = _join(prev.text, c.text)
                continue
            keep.append(c)
            last[right] = c
        r.cells = keep or [_Cell("", r.cells[0].x0, r.cells[0].x0)]


# --- running heads, page numbers, notes -----------------------------------------------


@cache
def _running_phrases() -> tuple[tuple[str, str], ...]:
    return tuple((r[0], r[1]) for r in load_table("running_heads") if r[1] != "page")


@cache
def _page_number() -> regex.Pattern[str]:
    """A line that is only a page number: "3", "- 3 -", "3/12", "Trang 3"."""
    words = "|".join(regex.escape(r[0]) for r in load_table("running_heads") if r[1] == "page")
    return regex.compile(
        rf"^[\s\-–—.(\[]*+(?:(?i:{words})\s*+)?\d{{1,4}}+(?:\s*+/\s*+\d{{1,4}}+)?[\s\-–—.)\]]*+$"
    )


def _head_key(text: str) -> str:
    key: str = _DIGITS.sub("#", " ".join(text.split()))
    return key.strip(" #-–—.|/")


def _vocabulary_head(text: str, where: str) -> bool:
    t = text.strip(" -–—.|()[]0123456789")
    return any(t.startswith(p) and w in (where, "any") for p, w in _running_phrases())


def _drop_running_heads(pages: list[list[_Row]]) -> None:
    """Remove repeated top/bottom lines, gazette heads and page numbers."""
    counts: Counter[str] = Counter()
    for rows in pages:
        seen = {_head_key(r.text) for r in rows[:2] + rows[-2:]}
        counts.update(k for k in seen if len(k) >= 4)
    need = max(2, (len(pages) + 1) // 2)

    def running(r: _Row, where: str) -> bool:
        text = r.text
        return bool(
            _page_number().match(text) or counts[_head_key(text)] >= need or _vocabulary_head(text, where)
        )

    for rows in pages:
        for _ in range(2):
            if rows and running(rows[0], "top"):
                rows.pop(0)
        for _ in range(2):
            if rows and running(rows[-1], "bottom"):
                rows.pop()


def _drop_notes(rows: list[_Row], m: _Margins) -> int:
    """Remove the footnotes at the bottom of a page; returns how many rows went."""
    k = len(rows)
    while k > 0 and rows[k - 1].size < 0.88 * m.size:
        k -= 1
    start = None
    for j in range(k, len(rows)):
        r = rows[j]
        number = _DIGITS.match(r.text)
        if r.lead_sup or (number is not None and str(number.group()) in m.refs):
            start = j
            break
    if start is None:
        return 0
    dropped = len(rows) - start
    del rows[start:]
    return dropped


# --- paragraphs -----------------------------------------------------------------------


def _margins(rows: list[_Row], fallback: _Margins | None) -> _Margins:
    """Left and right edges of the running text and its usual size; a page with little
    running text (a table, a signature page) takes the document's."""
    body = [r for r in rows if not r.region and len(r.cells) == 1 and len(r.text) >= 40]
    if len(body) < 4:
        if fallback is not None:
            return _Margins(fallback.left, fallback.right, fallback.size)
        body = [r for r in rows if r.text] or rows
    if not body:
        return _Margins(0.0, 0.0, 10.0)
    xs0 = sorted(r.x0 for r in body)
    xs1 = sorted(r.x1 for r in body)
    left = xs0[len(xs0) // 10]
    right = xs1[(len(xs1) * 9) // 10]
    return _Margins(left, right, _weighted_median([(r.size, len(r.text)) for r in body]))


def _weighted_median(pairs: list[tuple[float, int]]) -> float:
    pairs = sorted(pairs)
    total = sum(w for _, w in pairs)
    acc = 0
    for v, w in pairs:
        acc += w
        if acc * 2 >= total:
            return v
    return pairs[-1][0] if pairs else 10.0


def _join(a: str, b: str) -> str:
    if a and a[-1] in _SOFT_HYPHENS:
        head = a[:-1]
        # Vietnamese never breaks a syllable: a line-end hyphen belongs to a code or a
        # compound ("12/TTr-STTTT", "các-bon") and stays; only a Latin word split ("manage-
        # ment") loses it.
        if head[-1:].isascii() and head[-1:].islower() and b[:1].isascii() and b[:1].islower():
            return head + b
        return f"{head}-{b}"
    return f"{a} {b}"


def _centered(r: _Row, m: _Margins) -> bool:
    """A line set off from both margins around the middle (a title, a heading)."""
    mid = (m.left + m.right) / 2
    return (
        r.x0 > m.left + m.size
        and r.x1 < m.right - m.size
        and abs((r.x0 + r.x1) / 2 - mid) < 0.08 * (m.right - m.left)
    )


def _continues(a: _Row, b: _Row, ma: _Margins, mb: _Margins) -> bool:
    """True when row ``b`` goes on with the paragraph of row ``a``."""
    if a.region or b.region or not a.text or not b.text:
        return False
    if a.text[-1] in _SOFT_HYPHENS:
        return True
    if classify(b.text) is not None or a.bold != b.bold:
        return False
    if abs(a.size - b.size) > 0.15 * max(a.size, b.size):
        return False
    h = ma.size
    if _centered(a, ma) or _centered(b, mb):
        return False
    # Wrapped: the line was full, or (ragged text) the next line's first word would not fit.
    word = b.text.split(maxsplit=1)[0]
    word_width = (b.x1 - b.x0) / max(len(b.text), 1) * len(word)
    if ma.right - a.x1 > max(1.5 * h, 1.1 * word_width + 0.5 * h):
        return False
    if b.x0 > mb.left + 0.6 * h and b.x0 > a.x0 + 0.3 * h:
        return False
    if _SENTENCE_END.search(a.text) and _OPENS_SENTENCE.match(b.text):
        return False
    # On one page, a blank line's worth of space is a paragraph break.
    return not (a.page == b.page and a.base - b.base > 2.2 * h)


def layout_pages(pages: list[Page]) -> tuple[list[str], list[list[Hint]], list[str]]:
    """Texts of the pages (see module doc), their (bold, centered) line hints, and the
    warnings of the layout steps."""
    refs: list[set[str]] = []
    rows_by_page: list[list[_Row]] = []
    for p in pages:
        page_refs: set[str] = set()
        segs, table_rows = _take_tables(p)
        rows = sorted(_rows(segs, page_refs) + table_rows, key=lambda r: -r.base)
        for r in rows:
            r.page = p.number
        refs.append(page_refs)
        rows_by_page.append(rows)
    _drop_running_heads(rows_by_page)
    for rows in rows_by_page:
        _mark_regions(rows)
    all_rows = [r for rows in rows_by_page for r in rows]
    doc_margin = _margins(all_rows, None) if all_rows else None
    margins: list[_Margins] = []
    notes = 0
    for rows, page_refs in zip(rows_by_page, refs, strict=True):
        m = _margins(rows, doc_margin)
        m.refs = page_refs
        margins.append(m)
        notes += _drop_notes(rows, m)
    warnings: list[str] = []
    if notes:
        warnings.append(f"{notes} footnote line(s) left out of the text (PDF page foot notes)")
    # Per page: [text, bold, centered] of each paragraph; a paragraph that goes on over a page
    # break stays with the page it starts on.
    out: list[list[list[Any]]] = [[] for _ in pages]
    prev: tuple[_Row, _Margins, list[Any]] | None = None
    for k, (rows, m) in enumerate(zip(rows_by_page, margins, strict=True)):
        for r in rows:
            if prev is not None and _continues(prev[0], r, prev[1], m):
                prev[2][0] = _join(prev[2][0], r.text)
                prev = (r, m, prev[2])
                continue
            entry: list[Any] = [r.text, r.bold, _centered(r, m)]
            out[k].append(entry)
            prev = (r, m, entry)
    texts: list[str] = []
    hints: list[list[Hint]] = []
    for entries in out:
        w = PageWriter()
        for text, bold, centered in entries:
            w.add(lead_bullet(text.replace("\ufffe", "-").replace("\x02", "-")), bold, centered)
        texts.append(w.text())
        hints.append(w.hints)
    return texts, hints, warnings
