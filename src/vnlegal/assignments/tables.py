"""Task tables: "TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian" -> one task per row.

A task table reaches this reader as rows of cells (``Node.rows``) from any reader or rendering:
a Word table, " | " rows, a Markdown pipe table with its "| --- |" rule, or cells that lost
their row boundaries (one cell per line, empty cells dropped). The reader trusts what a person
reading the table would:

* the header: the first rows whose cells are column names (data/field_labels.tsv and
  data/column_keywords.tsv, folded); a header over two rows ("Đơn vị thực hiện" over
  "Chủ trì | Phối hợp") names each column by its lowest label;
* a full-width row maps cell to column by position;
* a row of another width (a Markdown row that lost its empty cells, a wrapped cell on a line
  of its own, one cell per line) is read as a stream of cells, each cell going to the next
  column whose kind of content it has: a row number, a unit list, a time, or text;
* group rows ("I | Nhiệm vụ chung", "A. NHIỆM VỤ TRỌNG TÂM") are headings, not tasks; rows with
  no number and no task that only go on with units or a time finish the row above;
* a cell that says "as above" ("nt", "như trên", '"') repeats the cell above it.

Task rows are numbered from 1 over the whole table (gold convention), and a table that goes on
after a page break or a stray line without its header (``TableState``) keeps the numbering.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

import regex

from vnlegal.assignments.bodies import classify, is_unit_start
from vnlegal.assignments.timeexpr import parse_time
from vnlegal.lang import rx
from vnlegal.lang.fold import fold
from vnlegal.lang.patterns import HEADING_WORD_SRC as _WORD_SRC
from vnlegal.lang.vocab import place_levels
from vnlegal.outline.fields import column_name

ROLE_COLUMNS = ("lead", "implementers", "cooperating")
_TEXT_COLUMNS = ("task", "output", "funding", "audience", "quantity", "location", "other", "note")

_RULE_CELL = rx.compile(r"^\s*+:?-{3,}+:?\s*+$")
_COLUMN_NUMBER = rx.compile(r"^\s*+\(\d{1,2}\)\s*+$")
_SEQ = rx.compile(r"^\s*+\d{1,3}(?:\.\d{1,3})*+\s*+[.)]?\s*+$")
_GROUP_MARK = rx.compile(r"^\s*+(?:[IVXLC]{1,6}+|[A-Z]|[a-zđ])\s*+[.)]?\s*+$")
# A group row's label: a division word (the level words of lang/patterns.py), a Roman or capital
# letter with its stop.
_GROUP_TEXT = rx.compile(
    rf"^\s*+(?:(?:{_WORD_SRC['part']}|{_WORD_SRC['section']})\s++\S++|[IVXLC]{{1,6}}+[.)]|[A-Z][.)])\s*+\S"
)
_NUMBER_ROW = rx.compile(r"^\s*+\(?\d{1,2}\)?\s*+$")
_DITTO = rx.compile(r"^\s*+(?:[\"“”]+|-?\s*+nt\s*+-?|như trên)\s*+$", regex.IGNORECASE)
_WORD = rx.compile(r"[\p{L}\p{N}&]++")
_MARKUP = rx.compile(r"[*_`]++")


@cache
def _levels() -> frozenset[str]:
    return frozenset(fold(level) for level in place_levels() if " " not in level)


@dataclass
class TaskRow:
    """One task row: its number over the table and its cells by field name (in text order)."""

    number: int
    cells: dict[str, list[str]] = field(default_factory=dict)

    def text(self, name: str) -> str:
        """The text of a field's cells, a wrapped cell's lines joined by line breaks."""
        return "\n".join(c for c in self.cells.get(name, []) if c.strip())

    def add(self, name: str, cell: str) -> None:
        self.cells.setdefault(name, []).append(cell)


@dataclass
class TableState:
    """A task table being read: its columns, the rows so far and where the last cell went.

    Kept between table nodes so a table that goes on without its header continues it.
    """

    columns: list[str | None]
    rows: list[TaskRow] = field(default_factory=list)
    numbered: bool | None = None
    """True when the table's task rows carry row numbers (then text never opens a row)."""
    col: int = -1
    """Index of the column the last cell of the current row went to."""
    group: bool = False
    """Inside a group heading written over several cells ("I", "Trình Quốc hội ...")."""
    previous: dict[str, list[str]] = field(default_factory=dict)

    @property
    def current(self) -> TaskRow | None:
        return self.rows[-1] if self.rows else None

    def start_row(self) -> TaskRow:
        if self.rows:
            self.previous = dict(self.rows[-1].cells)
        row = TaskRow(number=len(self.rows) + 1)
        self.rows.append(row)
        self.col = -1
        self.group = False
        return row


def _clean_cell(cell: str) -> str:
    return _MARKUP.sub("", cell).strip() if "*" in cell or "_" in cell else cell.strip()


def header_columns(rows: list[list[str]]) -> tuple[int, list[str | None]] | None:
    """Where the header ends (index of the first body row) and each column's field name.

    The header is the first rows (of the first five) whose labelled cells are all column names
    and that name a role column; the row under it may refine it ("Chủ trì | Phối hợp" under
    "Đơn vị thực hiện"). A header spread one cell per row is gathered cell by cell. None when
    the rows name no role column: not a task table.
    """
    for i, row in enumerate(rows[:5]):
        cells = [_clean_cell(c) for c in row]
        names = [column_name(c) if c else None for c in cells]
        if not any(n in ROLE_COLUMNS for n in names):
            continue
        labelled = [n for c, n in zip(cells, names, strict=True) if c]
        if len(labelled) == 1 and i + 1 < len(rows):
            return _stream_header(rows, i)
        end = i + 1
        while end < len(rows):
            below = [_clean_cell(c) for c in rows[end]]
            filled = [c for c in below if c]
            if _is_rule(rows[end]):
                end += 1
                continue
            if not filled or any(column_name(c) is None for c in filled):
                break
            lower = [column_name(c) if c else None for c in below]
            names = _refine(names, lower)
            end += 1
        return end, names
    return None


def _refine(upper: list[str | None], lower: list[str | None]) -> list[str | None]:
    """A second header row: its names replace the upper ones column by column; when it is
    shorter (the upper row's merged cell spans its columns), it replaces the upper row's
    implementers/other span from the right."""
    if len(lower) == len(upper):
        return [lo or up for up, lo in zip(upper, lower, strict=True)]
    named = [n for n in lower if n]
    spans = [k for k, n in enumerate(upper) if n in ("implementers", "other", None) and k > 0]
    if not spans or not named:
        return upper
    at = spans[0]
    return [*upper[:at], *named, *upper[at + 1 :]]


def _stream_header(rows: list[list[str]], first: int) -> tuple[int, list[str | None]]:
    """A header written one cell per row: gather cells while they are column names."""
    names: list[str | None] = []
    labels: list[str] = []
    k = 0
    while k < len(rows):
        cells = [_clean_cell(c) for c in rows[k] if c.strip()]
        if not cells:
            k += 1
            continue
        cell_names = [column_name(c) for c in cells]
        if any(n is None for n in cell_names) and not _is_rule(rows[k]):
            if k < first:
                names = []
                k += 1
                continue
            break
        names.extend(cell_names)
        labels.extend(cells)
        k += 1
    # "Đơn vị thực hiện" over the bare "Chủ trì", "Phối hợp": the label over a merged cell is
    # no column of its own ("Cơ quan trình" before "Cơ quan chủ trì thẩm tra" is one).
    out: list[str | None] = []
    for j, n in enumerate(names):
        bare = j + 1 < len(names) and names[j + 1] in ROLE_COLUMNS and len(labels[j + 1].split()) <= 2
        if n == "implementers" and bare:
            continue
        out.append(n)
    return k, out


def _is_rule(row: list[str]) -> bool:
    cells = [c for c in row if c.strip()]
    return bool(cells) and all(_RULE_CELL.match(c) for c in cells)


def _is_numbering(row: list[str]) -> bool:
    """The "(1) | (2) | (3)" row under some headers."""
    cells = [c for c in row if c.strip()]
    return len(cells) >= 3 and all(_NUMBER_ROW.match(c) for c in cells)


# --- what a cell holds ----------------------------------------------------------------------


def cell_kind(cell: str) -> str:
    """What a cell holds: "seq" (a row number), "group" (a group mark or heading), "time",
    "unit", "text", or "skip" (a column number "(3)" of the numbering row under a header).

    >>> [cell_kind(c) for c in ("3.", "II", "Quý III/2021", "Sở Tư pháp", "Rà soát văn bản")]
    ['seq', 'group', 'time', 'unit', 'text']
    """
    s = cell.strip()
    if _COLUMN_NUMBER.match(s):
        return "skip"
    if _SEQ.match(s):
        return "seq"
    if _GROUP_MARK.match(s) or _GROUP_TEXT.match(s):
        return "group"
    if _is_time(s):
        return "time"
    if _is_unit(s):
        return "unit"
    return "text"


def _is_time(s: str) -> bool:
    """A cell that is a time: a time expression and at most a few words around it
    ("Xong trong Quý II/2026"), not a task that mentions a year."""
    if len(s) > 90:
        return False
    t = parse_time(s)
    if t is None:
        return False
    rest = s.replace(t.text, " ", 1)
    return len(_WORD.findall(rest)) <= 4


def _is_unit(s: str) -> bool:
    """A unit list ("Sở X; UBND các xã") or a person's name ("Vũ Việt Linh")."""
    if is_unit_start(s):
        return True
    words = s.replace("\n", " ").split()
    # "Thuế tỉnh", "Kho bạc huyện": a capitalized body of a named level, head word unlisted.
    if 2 <= len(words) <= 5 and words[0][:1].isupper() and fold(words[-1]) in _levels():
        return True
    if 2 <= len(words) <= 6 and all(w[:1].isupper() for w in words) and not any(ch.isdigit() for ch in s):
        return classify(s) == "upper"
    return False


def _accepts(name: str | None, kind: str) -> int:
    """How well a column takes a cell of ``kind``: 2 surely, 1 if nothing better, 0 never."""
    if name == "seq":
        return 2 if kind == "seq" else 0
    if name in ROLE_COLUMNS:
        return 2 if kind == "unit" else 0
    if name == "time":
        return 2 if kind == "time" else (1 if kind == "text" else 0)
    if name == "task":
        return 2 if kind == "text" else (1 if kind in ("unit", "time") else 0)
    return 1 if kind in ("text", "time") else 0


# --- reading rows ---------------------------------------------------------------------------


def read_body(state: TableState, rows: list[list[str]]) -> None:
    """Read body rows into ``state`` (new task rows appended to ``state.rows``)."""
    width = len(state.columns)
    body: list[list[str]] = []
    for raw in rows:
        row = [_clean_cell(c) for c in raw]
        if not any(row) or _is_rule(row) or _is_numbering(row):
            continue
        while len(row) > width and not row[-1]:
            row.pop()  # spanned cells (Word's gridSpan) and trailing pipes leave empty cells
        body.append(row)
    # Rows cut from a stream of cells at the wrong places (a task under a unit column, a name
    # under the task column) are no rows at all: the whole table is read as one stream.
    cut_wrong = any(len(row) == width and not _fits(row, state.columns) for row in body)
    for row in body:
        if len(row) == width and not cut_wrong:
            _full_row(state, row)
        else:
            for k, cell in enumerate(c for c in row if c):
                _stream_cell(state, cell, first=k == 0 or cut_wrong)


def _fits(row: list[str], columns: list[str | None]) -> bool:
    """A full-width row whose cells are where its header says: its number column holds a
    number, a group mark or nothing, and its task and unit columns are not swapped."""
    if "seq" in columns:
        cell = row[columns.index("seq")]
        if cell and cell_kind(cell) not in ("seq", "group", "skip"):
            return False
    if "task" not in columns:
        return True
    task = row[columns.index("task")]
    roles = [row[k] for k, n in enumerate(columns) if n in ROLE_COLUMNS and row[k]]
    swapped = bool(task) and cell_kind(task) == "unit" and any(cell_kind(c) == "text" for c in roles)
    return not swapped


def _full_row(state: TableState, row: list[str]) -> None:
    columns = state.columns
    kinds = {name: _kind_at(row, columns, name) for name in ("seq", "task")}
    seq = kinds["seq"]
    filled = [(columns[k], c) for k, c in enumerate(row) if c]
    if seq == "group" or (seq is None and _is_group_row(row, columns)):
        state.group = False
        state.col = len(columns)
        return
    has_task = kinds["task"] is not None
    if seq != "seq" and not has_task and state.current is not None:
        # No number and no task: the row finishes the one above (a cell wrapped to a new row,
        # or a task cell merged down over its units).
        for name, cell in filled:
            if name is not None:
                state.current.add(name, cell)
        return
    if state.numbered is None:
        state.numbered = seq == "seq"
    row_obj = state.start_row()
    for name, cell in filled:
        if name is None:
            continue
        if _DITTO.match(cell):
            row_obj.cells[name] = list(state.previous.get(name, []))
            continue
        row_obj.add(name, cell)
    state.col = len(columns) - 1


def _kind_at(row: list[str], columns: list[str | None], name: str) -> str | None:
    if name not in columns:
        return None
    cell = row[columns.index(name)]
    if not cell:
        return None
    return cell_kind(cell) if name == "seq" else "text"


def _is_group_row(row: list[str], columns: list[str | None]) -> bool:
    """A row with one text cell, no unit and no time, that reads as a heading: a group mark
    ("I. Nhiệm vụ chung", "A. ..."), or capitals."""
    filled = [(columns[k], c) for k, c in enumerate(row) if c]
    if any(n in ROLE_COLUMNS or n == "time" for n, _ in filled):
        return False
    if len(filled) != 1:
        return False
    cell = filled[0][1]
    letters = [ch for ch in cell if ch.isalpha()]
    return bool(_GROUP_TEXT.match(cell)) or (len(letters) > 3 and all(ch.isupper() for ch in letters))


def _stream_cell(state: TableState, cell: str, *, first: bool) -> None:
    """One cell of a row that is not full width: it goes to the next column that takes it."""
    columns = state.columns
    kind = cell_kind(cell)
    if kind == "skip":
        return
    if kind == "seq" and "seq" in columns:
        state.numbered = True if state.numbered is None else state.numbered
        state.start_row()
        state.col = columns.index("seq")
        return
    if kind == "group":
        # A bare mark ("I") starts a heading whose text follows in cells of its own.
        state.group = _GROUP_MARK.match(cell) is not None
        state.col = len(columns)
        return
    if state.group and (state.numbered is not False or kind == "text"):
        return  # the text of a group heading runs to the next row number
    state.group = False
    current = state.current
    target = _next_column(columns, state.col, kind)
    opens = current is None
    if current is not None and kind == "text" and not state.numbered and current.cells.get("task"):
        # Without row numbers, task text at a row's start or a second task text opens a row.
        opens = first or target is None or columns[target] == "task"
    if opens:
        state.numbered = False if state.numbered is None else state.numbered
        current = state.start_row()
        target = _next_column(columns, -1, kind)
    assert current is not None
    if target is None:
        # Nothing after the last column takes it: a wrapped line of the last cell.
        last = columns[state.col] if 0 <= state.col < len(columns) else None
        if last is not None and last != "seq":
            current.add(last, cell)
        return
    name = columns[target]
    state.col = target
    if name is not None and name != "seq":
        if _DITTO.match(cell):
            current.cells[name] = list(state.previous.get(name, []))
        else:
            current.add(name, cell)


def _next_column(columns: list[str | None], after: int, kind: str) -> int | None:
    """The first column after ``after`` that surely takes ``kind``, else the first that may."""
    weak: int | None = None
    for k in range(after + 1, len(columns)):
        score = _accepts(columns[k], kind)
        if score == 2:
            return k
        if score == 1 and weak is None:
            weak = k
    return weak


def read_table(rows: list[list[str]], state: TableState | None = None) -> TableState | None:
    """Read a task table; ``state``: the table this one goes on from (no header of its own).

    Returns the state (its ``rows`` are the task rows so far), or None when ``rows`` are not
    a task table and continue none.

    >>> t = read_table([["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"],
    ...                 ["I", "Nhiệm vụ chung", "", ""],
    ...                 ["1", "Rà soát", "Sở Tư pháp", "Quý III/2021"]])
    >>> [(r.number, r.text("lead"), r.text("time")) for r in t.rows]
    [(1, 'Sở Tư pháp', 'Quý III/2021')]
    """
    found = header_columns(rows)
    if found is None:
        if state is None:
            return None
        read_body(state, rows)
        return state
    end, columns = found
    state = TableState(columns=columns)
    read_body(state, rows[end:])
    return state
