"""Tables printed one cell per line, with no separator at all (a page copied from a portal, a
PDF without rules, a converter that drops the table markup)::

    STT
    Nội dung
    Đơn vị chủ trì
    Thời gian
    1
    Tập huấn kỹ thuật an toàn
    Sở Công Thương
    Quý III/2026
    2
    ...

What tells a reader it is a table: a run of three or more short lines that are all column
headings ("STT", "Nội dung", "Đơn vị chủ trì", "Thời gian" -- ``table_headings.tsv`` and the
task-table columns of ``column_keywords.tsv``), then lines that group into rows of as many cells.
With a row-number column, a row starts at each number line in sequence ("1", "2", ... and group
rows "I", "II" or "A", "B"), so rows may miss empty cells or run a cell over two lines; without
one, rows are counted off by the number of columns until a line opens a unit of the outline.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import cache, lru_cache

from vnlegal.data import ColumnKeyword, TableHeading, load_table
from vnlegal.lang import rx
from vnlegal.lang.fold import fold
from vnlegal.lang.markers import classify
from vnlegal.limits import checkpoint
from vnlegal.lines import Line

_MIN_COLUMNS = 3
_MAX_CELL_HEADING = 60
_ROW_NUMBER = rx.compile(r"^\s*+(?P<n>\d{1,3}+)\s*+\.?\s*+$")
# A row number with the row's first cell on its line ("1. Hoàn thiện dự thảo ..."): how a
# number alone on its line reads once it is joined to the line after it.
_NUMBERED_CELL = rx.compile(r"^\s*+(?P<n>\d{1,3}+)\s*+[.)]\s++(?P<rest>\S.*)$")
# The row that numbers the columns under the header: "(1)", "(2)" ... (or "1 | 2 | 3").
_COLUMN_NUMBERS = rx.compile(r"^[\s|]*+\(?\d{1,2}+\)?(?:[\s|]++\(?\d{1,2}+\)?)*+[\s|]*+$")
_COLUMN_NUMBER = rx.compile(r"\(?\d{1,2}+\)?")
# A group row between task rows: "I", "II.", "A", "B." alone, or "I. Nhiệm vụ chung" (short).
_GROUP_ROW = rx.compile(r"^\s*+(?P<g>[IVXLC]{1,6}+|[A-Z])\s*+[.:)]?(?:\s++\S.{0,80})?$")


@dataclass(frozen=True, slots=True)
class CellTable:
    """A table found in ``lines[start:end]``: its rows, the header row first."""

    start: int
    end: int
    rows: list[list[str]]


@cache
def _headings() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """(row-number headings, other headings matched at the start, keywords matched anywhere)."""
    numbers = frozenset(fold(r.heading) for r in load_table(TableHeading) if r.kind == "number")
    starts = tuple(fold(r.heading) for r in load_table(TableHeading) if r.kind == "cell")
    keywords = tuple(fold(r.keyword) for r in load_table(ColumnKeyword))
    return numbers, starts, keywords


@lru_cache(maxsize=4096)
def _heading_kind(text: str) -> str | None:
    """ "number" for a row-number column heading, "cell" for another column heading, else None.
    A line that opens a unit ("Điều 1. Nội dung", "1. Nhiệm vụ") is no column heading."""
    t = text.strip()
    if not t or len(t) > _MAX_CELL_HEADING or t[-1] in ".;" or classify(t) is not None:
        return None
    key = fold(t).strip(" :")
    numbers, starts, keywords = _headings()
    if key in numbers:
        return "number"
    if any(key == s or key.startswith(s + " ") for s in starts) or any(k in key for k in keywords):
        return "cell"
    return None


def find_cell_tables(lines: list[Line]) -> list[CellTable]:
    """Every table of ``lines`` printed one cell per line, in text order."""
    out: list[CellTable] = []
    texts = [ln.text for ln in lines]
    i = 0
    n = len(texts)
    while i < n:
        checkpoint("building the outline")
        if _is_separator(texts[i]):
            stream = _pipe_stream_at(texts, i)
            if stream is not None:
                out.append(stream)
                i = stream.end
                continue
        if _heading_kind(texts[i]) is None or "|" in texts[i]:
            i += 1
            continue
        found, run_end = _table_at(texts, i)
        if found is None:
            i = max(i + 1, run_end)  # no table starts inside a run of headings that failed
            continue
        out.append(found)
        i = found.end
    return out


def _is_separator(text: str) -> bool:
    s = text.strip()
    return s == "|" or (s.startswith("| ") and "|" not in s[1:])


_STREAM_GAP = 6
"""Non-blank lines without a "|" after which a cell stream has ended."""


def _pipe_stream_at(texts: list[str], i: int) -> CellTable | None:
    """A table whose cells are separated by lines holding only "|" (a converter's rendering of
    a Word table: "|" / "STT" / "|" / "Tên dự án" / "| I" / "Trình Quốc hội ..."), starting
    at the separator on line ``i`` and followed by a column heading. Rows are not marked in
    such a stream, so each cell is a row of its own, in text order; the task-table reader
    assigns cells to columns by what they hold."""
    n = len(texts)
    k = i + 1
    while k < n and not texts[k].strip():
        k += 1
    if k >= n or _heading_kind(texts[k]) is None:
        return None
    # Cells between separators; the stream ends where no separator comes for a while.
    seps = [i]
    j = i + 1
    run = 0
    while j < n:
        t = texts[j].strip()
        if _is_separator(texts[j]):
            seps.append(j)
            run = 0
        elif t:
            run += 1
            if run > _STREAM_GAP:
                break
        j += 1
    # The last cell runs from the last separator to the first blank line after it.
    last = seps[-1] + 1
    while last < n and texts[last].strip() and not _is_separator(texts[last]):
        last += 1
    bounds = [*seps, last]
    cells = []
    for a, b in itertools.pairwise(bounds):
        head = texts[a].strip()[1:].strip()
        body = [t.strip() for t in texts[a + 1 : b] if t.strip()]
        cell = "\n".join([head, *body] if head else body)
        if cell:
            cells.append(cell)
    if len(cells) < 2 * _MIN_COLUMNS:
        return None
    return CellTable(i, last, [[c] for c in cells])


def _table_at(texts: list[str], i: int) -> tuple[CellTable | None, int]:
    """(the table whose header starts on line ``i``, or None; where the run of headings ends)."""
    kinds: list[str] = []
    k = i
    while k < len(texts) and (kind := _heading_kind(texts[k])) is not None:
        checkpoint("reading a table")
        kinds.append(kind)
        k += 1
    if "number" in kinds[1:]:
        return None, i + kinds.index("number", 1)  # the table starts at its number column
    if len(kinds) < _MIN_COLUMNS:
        return None, k
    header = [t.strip() for t in texts[i:k]]
    if kinds[0] == "number":
        rows, end = _numbered_rows(texts, k, len(header))
        if not rows and len(header) - 1 >= _MIN_COLUMNS:
            # The numbers were Word's automatic numbering, lost in the copy: the rows carry
            # the other columns only ("TT" / "Nhiệm vụ" / "Người thực hiện" / "Ghi chú").
            header, i = header[1:], i + 1
            rows, end = _counted_rows(texts, k, len(header))
    else:
        rows, end = _counted_rows(texts, k, len(header))
    if not rows:
        return None, k
    return CellTable(i, end, [header, *rows]), k


def _numbered_rows(texts: list[str], k: int, ncols: int) -> tuple[list[list[str]], int]:
    """Rows that each start at the next row number (or a group row), from line ``k``."""
    rows: list[list[str]] = []
    expected = 1
    n = len(texts)
    numbering: list[str] = []
    while k < n and "(" in texts[k] and _COLUMN_NUMBERS.match(texts[k]) is not None:
        # "(1)" / "(2)" ...: numbers of the columns, no task row, but text of the table all the
        # same: kept as the row under the header, as printed (the task-table reader skips it).
        numbering += _COLUMN_NUMBER.findall(texts[k])
        k += 1
    if numbering:
        rows.append(_fit(numbering, ncols))
    while k < n:
        checkpoint("reading a table")
        start = texts[k]
        m = _ROW_NUMBER.match(start) or _NUMBERED_CELL.match(start)
        read = len(rows) > bool(numbering)  # a task or group row read already
        group = m is None and _GROUP_ROW.match(start) is not None and (read or expected == 1)
        if m is not None and int(m["n"]) != expected:
            break
        if m is None and not group:
            break
        cells = [m["n"], m["rest"]] if m is not None and m.re is _NUMBERED_CELL else [start.strip()]
        k += 1
        limit = 1 if group and len(start.split()) > 1 else 2 * ncols
        while k < n and len(cells) < limit and texts[k].strip():
            nxt = texts[k]
            nm = _ROW_NUMBER.match(nxt) or _NUMBERED_CELL.match(nxt)
            if nm is not None and int(nm["n"]) == expected + (0 if group else 1):
                break
            if _GROUP_ROW.match(nxt) is not None and len(cells) >= ncols and not nxt.strip()[:1].isdigit():
                break
            if len(cells) >= ncols and classify(nxt) is not None:
                break
            cells.append(nxt.strip())
            k += 1
        rows.append(_fit(cells, ncols))
        if not group:
            expected += 1
    return (rows if len(rows) > bool(numbering) else []), k


def _counted_rows(texts: list[str], k: int, ncols: int) -> tuple[list[list[str]], int]:
    """Rows of exactly ``ncols`` lines, until a line opens a unit or the text ends."""
    rows: list[list[str]] = []
    n = len(texts)
    while k + ncols <= n:
        checkpoint("reading a table")
        cells = [t.strip() for t in texts[k : k + ncols]]
        if any(not c for c in cells) or classify(texts[k]) is not None:
            break
        rows.append(cells)
        k += ncols
    return rows, k


def _fit(cells: list[str], ncols: int) -> list[str]:
    """``cells`` made ``ncols`` long: a cell run over two lines (its second line starting in
    lower case) joined back; missing cells (empty ones the copy dropped) left empty at the end."""
    out: list[str] = []
    for c in cells:
        if out and len(cells) > ncols and c[:1].islower():
            out[-1] = f"{out[-1]} {c}"
        else:
            out.append(c)
    if len(out) > ncols:
        out = [*out[: ncols - 1], " ".join(out[ncols - 1 :])]
    return out + [""] * (ncols - len(out))
