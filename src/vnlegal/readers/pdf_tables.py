"""Ruled tables in PDF pages: rules -> grid -> rows of cells in the " | " layout of DOCX tables.

A table is found from its drawn rules only (no guessing from text alignment): horizontal and
vertical lines that cross each other form a grid; a grid with at least two columns is a
table. Each band between two horizontal rules is a row; the vertical rules crossing that band
cut it into cells (a cell spanning several columns is padded with empty cells, as the DOCX
reader does). A cell's lines are kept on separate lines unless a line starts in lower case,
which continues the one above ("Rà soát việc đáp ứng các điều kiện" / "của học viên").
"""

from __future__ import annotations

import bisect
import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from vnlegal.limits import checkpoint

_TOL = 2.0


@dataclass
class Rule:
    """A straight rule: horizontal (``at`` is y, from ``lo`` to ``hi`` in x) or vertical."""

    at: float
    lo: float
    hi: float


@dataclass
class Table:
    """A ruled grid on a page."""

    left: float
    right: float
    bottom: float
    top: float
    xs: list[float]
    """x of every vertical rule, left to right."""
    ys: list[float]
    """y of every horizontal rule, top to bottom."""
    verticals: list[Rule] = field(default_factory=list)

    def holds(self, x: float, y: float) -> bool:
        """True when the point lies inside the grid."""
        return self.left - _TOL <= x <= self.right + _TOL and self.bottom - _TOL <= y <= self.top + _TOL

    def cuts(self, y_lo: float, y_hi: float) -> list[float]:
        """x of the vertical rules that cross the band [y_lo, y_hi]."""
        mid = (y_lo + y_hi) / 2
        return sorted({v.at for v in self.verticals if v.lo - _TOL <= mid <= v.hi + _TOL})


class _Piece(Protocol):
    text: str
    x0: float
    x1: float
    base: float
    size: float


def _merge(rules: list[Rule]) -> list[Rule]:
    """Join rules on one line that touch or overlap (a border drawn cell by cell)."""
    out: list[Rule] = []
    for r in sorted(rules, key=lambda r: (round(r.at), r.lo)):
        last = out[-1] if out else None
        if last is not None and abs(last.at - r.at) <= _TOL and r.lo <= last.hi + _TOL:
            last.hi = max(last.hi, r.hi)
            continue
        out.append(Rule(r.at, r.lo, r.hi))
    return out


MAX_CROSSINGS = 1_000_000
"""Rule pairs a page may ask to test for crossings: a dense ruled table has some ten
thousand; a page of hundreds of thousands of hairlines is a drawing (or an attack on the
quadratic search), and its tables are not looked for."""


class TooManyRules(ValueError):
    """A page draws too many separate rules to look for tables among them."""


def find_tables(horizontal: list[Rule], vertical: list[Rule]) -> list[Table]:
    """Grids of crossing rules with at least two columns. Raises ``TooManyRules`` when the
    rules, once joined, would need more than ``MAX_CROSSINGS`` crossing tests."""
    hs = _merge(horizontal)
    vs = _merge(vertical)
    if len(hs) < 2 or len(vs) < 3:
        return []
    if len(hs) * len(vs) > MAX_CROSSINGS:
        raise TooManyRules(f"{len(hs)} horizontal and {len(vs)} vertical rules")
    # Union-find over rules that cross each other.
    parent = list(range(len(hs) + len(vs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, h in enumerate(hs):
        for j, v in enumerate(vs):
            if h.lo - _TOL <= v.at <= h.hi + _TOL and v.lo - _TOL <= h.at <= v.hi + _TOL:
                parent[find(i)] = find(len(hs) + j)
    groups: dict[int, tuple[list[Rule], list[Rule]]] = {}
    for i, h in enumerate(hs):
        groups.setdefault(find(i), ([], []))[0].append(h)
    for j, v in enumerate(vs):
        groups.setdefault(find(len(hs) + j), ([], []))[1].append(v)
    tables: list[Table] = []
    for gh, gv in groups.values():
        xs = sorted({round(v.at, 1) for v in gv})
        if len(gh) < 2 or len(_distinct(xs)) < 3:
            continue
        left, right = min(h.lo for h in gh), max(h.hi for h in gh)
        bottom, top = min(v.lo for v in gv), max(v.hi for v in gv)
        width = right - left
        ys = _distinct(sorted((h.at for h in gh if h.hi - h.lo >= 0.3 * width), reverse=True))
        if len(ys) < 2:
            continue
        tables.append(Table(left, right, bottom, top, _distinct(xs), ys, gv))
    return tables


def _distinct(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in values:
        if not out or abs(v - out[-1]) > _TOL:
            out.append(v)
    return out


def table_lines(table: Table, pieces: Sequence[_Piece]) -> list[str]:
    """The table's rows, one line each, cells joined by " | "."""
    rows: list[str] = []
    # Pieces by baseline, so that each band is a bisected slice rather than a scan of the
    # whole page (rows times pieces); a band keeps the pieces' own order.
    # (A NaN baseline, from a degenerate text matrix, is in no band and would break the sort.)
    order = [k for k in range(len(pieces)) if not math.isnan(pieces[k].base)]
    order.sort(key=lambda k: pieces[k].base)
    bases = [pieces[k].base for k in order]
    for y_hi, y_lo in itertools.pairwise(table.ys):
        # A ruled grid of a million cells took minutes here: the budget is checked per row.
        checkpoint("cutting a PDF table into cells")
        lo = bisect.bisect_left(bases, y_lo - _TOL)
        hi = bisect.bisect_right(bases, y_hi + _TOL)
        band = [pieces[k] for k in sorted(order[lo:hi])]
        if not band:
            continue
        cuts = table.cuts(y_lo, y_hi) or [table.left, table.right]
        # Pieces by the middle of their box, and the columns by bisection: a scan of the row's
        # pieces and of every rule for each cell cost cells x (pieces + rules).
        # (A NaN middle, from a degenerate box, is in no cell and would break the sort.)
        mids = sorted((m, k) for k, p in enumerate(band) if not math.isnan(m := (p.x0 + p.x1) / 2))
        keys = [m for m, _ in mids]
        cells: list[str] = []
        for x_lo, x_hi in itertools.pairwise(cuts):
            a, b = bisect.bisect_left(keys, x_lo - _TOL), bisect.bisect_right(keys, x_hi + _TOL)
            cells.append(_cell_text([band[k] for k in sorted(k for _, k in mids[a:b])]))
            # Columns whose rule stops above this row: the cell spans them.
            span = bisect.bisect_left(table.xs, x_hi - _TOL) - bisect.bisect_right(table.xs, x_lo + _TOL)
            cells.extend([""] * max(span, 0))
        if any(c for c in cells):
            rows.append(" | ".join(cells))
    return rows


def _cell_text(pieces: Sequence[_Piece]) -> str:
    pieces = sorted(pieces, key=lambda p: (-p.base, p.x0))
    lines: list[list[_Piece]] = []
    for p in pieces:
        if lines and abs(lines[-1][0].base - p.base) <= 0.3 * max(p.size, 1.0):
            lines[-1].append(p)
        else:
            lines.append([p])
    out = ""
    for line in lines:
        text = " ".join(p.text for p in sorted(line, key=lambda p: p.x0) if p.text)
        if not text:
            continue
        if not out:
            out = text
        elif text[:1].islower():
            out = f"{out} {text}"
        else:
            out = f"{out}\n{text}"
    return out
