"""PDF page geometry, steps 1 and 2 of :mod:`vnlegal.readers.pdf_layout`: the segments the
PDF reader cut out of a page become rows of cells, and side-by-side blocks become regions.

1. segments on the same baseline form a row (:func:`rows_of`); a row whose pieces lie far
   apart keeps them as cells, written with :data:`COLUMN_GAP` between them; a ruled table
   becomes one row holding its lines (:func:`take_tables`);
2. in a stretch of rows that share one gutter (a header or signature block), a cell that
   starts in lower case continues the cell above it on the same side (:func:`mark_regions`).

Also here: the types the later steps share (:class:`Row`, :class:`Cell`, :class:`Margins`)
and the two helpers they share with these steps (:func:`weighted_median`,
:func:`join_wrapped`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from vnlegal.readers.pdf_tables import Table, table_lines

COLUMN_GAP = "    "
"""Written between the cells of a row: a wide space run is a column break for the stages."""

SOFT_HYPHENS = "\ufffe\x02"
"""A line-end hyphen as the PDF reader marks it (joins without a space)."""

Mark = tuple[int, str]
"""A raised note number removed from a text: (offset where it was printed, the number)."""


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
    marks: list[Mark] = field(default_factory=list)
    """The raised note numbers removed from inside ``text``: (offset in ``text``, number)."""


@dataclass
class Page:
    """The segments of one page and the ruled tables on it."""

    number: int
    segs: list[Seg]
    tables: list[Table] = field(default_factory=list)


@dataclass
class Cell:
    """A piece of a row: text between two wide gaps."""

    text: str
    x0: float
    x1: float
    marks: list[Mark] = field(default_factory=list)
    """Note marks removed from ``text``: (offset in ``text``, number)."""


@dataclass
class Row:
    """Cells on one baseline (a line of text, or a whole table when ``region``)."""

    cells: list[Cell]
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

    @property
    def marks(self) -> list[Mark]:
        """Note marks removed from ``text``, with offsets into ``text``; a raised number that
        opens the row (``lead_sup``) is not among them (it may be a footnote's own number)."""
        out: list[Mark] = []
        pos = 0
        for c in self.cells:
            if not c.text:
                continue
            out.extend((pos + k, label) for k, label in c.marks)
            pos += len(c.text) + len(COLUMN_GAP)
        return out


@dataclass
class Margins:
    """Where the running text of a page lies and its usual size; ``refs``: its note marks."""

    left: float
    right: float
    size: float
    refs: set[str] = field(default_factory=set)


# --- rows -----------------------------------------------------------------------------


def rows_of(segs: list[Seg], refs: set[str]) -> list[Row]:
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
    rows: list[Row] = []
    for g in groups:
        g.sort(key=lambda s: s.x0)
        main = max(g, key=lambda s: s.size)
        kept: list[Seg] = []
        lead_sup = ""
        for s in g:
            mark = _mark_text(s)
            if s is not main and mark is not None and _is_mark(s, main) and (kept or not mark[1]):
                number, stop = mark
                refs.add(number)
                if not kept:
                    lead_sup = number
                else:
                    # Printed right after the piece on its left: its place in the text; a stop
                    # printed small with it ("quyết⁶²." wrapped alone) is the sentence's.
                    kept[-1].marks.append((len(kept[-1].text), number))
                    kept[-1].text += stop
                continue
            kept.append(s)
        if not kept:
            continue
        lead_sup = lead_sup or kept[0].lead_sup
        for s in kept:
            if s.lead_sup and s is not kept[0]:
                refs.add(s.lead_sup)
                s.marks.insert(0, (0, s.lead_sup))
            refs.update(label for _, label in s.marks)
        rows.append(_row(kept, main, lead_sup))
    return rows


def _is_mark(s: Seg, main: Seg) -> bool:
    """A small raised number beside a line: a note mark, not text."""
    return (
        _mark_text(s) is not None and s.size < 0.8 * main.size and s.base > main.base + 0.15 * main.size
    )


def _mark_text(s: Seg) -> tuple[str, str] | None:
    """(number, stop) of a piece that is a number alone, or one with the stop after it ("62.")."""
    text = s.text
    stop = text[-1:] if text[-1:] in _STOPS else ""
    number = text[: len(text) - len(stop)]
    return (number, stop) if number.isdigit() else None


_STOPS = ".,;:"


def _attach_marks(groups: list[list[Seg]]) -> list[list[Seg]]:
    """A row that is only a note mark joins the row above or below it that it is raised beside."""
    out: list[list[Seg]] = []
    for k, g in enumerate(groups):
        if len(g) == 1 and _mark_text(g[0]) is not None:
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


def _row(segs: list[Seg], main: Seg, lead_sup: str) -> Row:
    """One row of ``segs`` (left to right): pieces closer than a wide gap share a cell."""
    cells: list[Cell] = []
    h = main.size
    for s in segs:
        if not s.text:
            continue
        if cells:
            gap = s.x0 - cells[-1].x1
            if gap <= 1.6 * h:
                last = cells[-1].text
                sep = "" if gap < 0.12 * h and not last.endswith(" ") else " "
                if s.lead_sup and last[-1:].isalpha() and s.text[:1].isalpha():
                    # The piece starts at a note mark set in the space between two words
                    # ("Thường trực¹⁵Ủy ban"): without the mark the space is still wanted.
                    sep = " "
                shift = len(last) + len(sep)
                cells[-1].text = f"{last}{sep}{s.text}"
                cells[-1].x1 = max(cells[-1].x1, s.x1)
                # A mark that opened the piece stands right after the word before it.
                cells[-1].marks.extend((shift + k if k else len(last), label) for k, label in s.marks)
                continue
        cells.append(Cell(s.text, s.x0, s.x1, list(s.marks)))
    if not cells:
        cells = [Cell("", main.x0, main.x1)]
    bold = all(s.bold for s in segs if s.text)
    return Row(cells, main.base, main.size, bold, lead_sup)


def take_tables(page: Page) -> tuple[list[Seg], list[Row]]:
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
    rows: list[Row] = []
    for t, segs in zip(page.tables, inside, strict=True):
        lines = table_lines(t, segs)
        if lines:
            size = weighted_median([(s.size, len(s.text)) for s in segs])
            text = "\n".join(lines)
            rows.append(Row([Cell(text, t.left, t.right)], t.top, size, False, region=True))
    return rest, rows


# --- regions of side-by-side blocks ---------------------------------------------------


def mark_regions(rows: list[Row]) -> None:
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


def _merge_continuations(rows: list[Row], mid: float) -> None:
    """In a region split at ``mid``, a lower-case cell goes on with the cell above on its side."""
    last: dict[bool, Cell] = {}
    for r in rows:
        keep: list[Cell] = []
        for c in r.cells:
            right = c.x0 >= mid
            prev = last.get(right)
            if prev is not None and c.text[:1].islower():
                prev.text = join_wrapped(prev.text, c.text)
                shift = len(prev.text) - len(c.text)  # join_wrapped ends with its second piece
                prev.marks.extend((shift + k, label) for k, label in c.marks)
                continue
            keep.append(c)
            last[right] = c
        r.cells = keep or [Cell("", r.cells[0].x0, r.cells[0].x0)]


# --- shared helpers ------------------------------------------------------------------


def weighted_median(pairs: list[tuple[float, int]]) -> float:
    """The median of (value, weight) pairs (a font size weighted by characters); 10 when empty."""
    pairs = sorted(pairs)
    total = sum(w for _, w in pairs)
    acc = 0
    for v, w in pairs:
        acc += w
        if acc * 2 >= total:
            return v
    return pairs[-1][0] if pairs else 10.0


def join_wrapped(a: str, b: str) -> str:
    """Two pieces of one wrapped text: with a space, or across a line-end hyphen."""
    if a and a[-1] in SOFT_HYPHENS:
        head = a[:-1]
        # Vietnamese never breaks a syllable: a line-end hyphen belongs to a code or a
        # compound ("12/TTr-STTTT", "các-bon") and stays; only a Latin word split ("manage-
        # ment") loses it.
        if head[-1:].isascii() and head[-1:].islower() and b[:1].isascii() and b[:1].islower():
            return head + b
        return f"{head}-{b}"
    return f"{a} {b}"
