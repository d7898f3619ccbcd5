"""Assignment stage: who does what by when, read off the finished node tree (SPEC §2).

Four readings, each recorded in ``Assignment.source`` so users can filter by certainty:
- ``field``: labelled lines under a task ("- Đơn vị chủ trì: ...", "- Thời gian: ...");
- ``table``: one row of a task table ("TT | Nhiệm vụ | Cơ quan chủ trì | ...");
- ``heading``: a unit-titled item ("1. Sở Thông tin và Truyền thông:") whose duties it carries;
- ``sentence``: prose ("Giao Sở X chủ trì, phối hợp với Sở Y ...").
"""

from __future__ import annotations

from vnlegal.assignments.bodies import split_units
from vnlegal.assignments.roles import (
    RoleReading,
    heading_units,
    is_duty_section,
    may_assign,
    read_roles,
    sentences,
    subject_reading,
)
from vnlegal.assignments.timeexpr import parse_quantity, parse_time
from vnlegal.limits import checkpoint
from vnlegal.model import Assignment, AssignmentSource, Document, Field, Node, Quantity, TimeSpec
from vnlegal.outline.fields import column_name

_UNIT_ROLES = ("lead", "implementers", "cooperating")
_DIVISIONS = frozenset({"part", "chapter", "section", "subsection"})
_NUMBERING = frozenset("0123456789().,- ")


def _clean(value: str) -> str:
    return " ".join(value.split()).strip(" .;,")


def _node_task(node: Node) -> str:
    """The task a node states: its heading, else the first line of its text."""
    return _clean(node.title or (node.text or "").split("\n", 1)[0])


class _Reader:
    """Walks one document's trees and collects assignments in text order."""

    def __init__(self, year: int | None) -> None:
        self.year = year
        self.found: list[tuple[int, int, Assignment]] = []

    def add(self, node: Node, order: int, a: Assignment) -> None:
        if a.lead or a.implementers or a.cooperating:
            self.found.append((node.span.start, order, a))

    def time(self, value: str) -> TimeSpec | None:
        value = _clean(value)
        return parse_time(value, self.year) or (TimeSpec(text=value) if value else None)

    # --- the tree -------------------------------------------------------------------------

    def walk(self, nodes: list[Node], parent: Node | None, duty_of: list[str] | None, section: bool) -> None:
        """Read ``nodes`` (siblings under ``parent``); ``duty_of``: units of a unit heading
        above them; ``section``: they lie in a section that hands out duties."""
        self.fields(nodes, parent)
        for n in nodes:
            checkpoint("reading assignments")
            if n.kind == "table":
                self.table(n)
                continue
            if n.field is not None:
                continue
            inner = section or is_duty_section(n.title or "")
            if duty_of:
                self.duty(n, " ".join(_own_texts(n)), duty_of)
                self.walk(n.children, n, None, inner)
                continue
            heading = None if n.kind in _DIVISIONS else heading_units(n.title or n.text or "")
            if heading is not None:
                units, rest = heading
                own = rest or (n.text if n.title and n.text else "")
                if own:
                    self.duty(n, own, units)
                self.walk(n.children, n, units, inner)
                continue
            self.prose(n, section)
            self.walk(n.children, n, None, inner)

    # --- labelled fields ----------------------------------------------------------------

    def fields(self, nodes: list[Node], parent: Node | None) -> None:
        """Group field lines of siblings; a repeated unit label after other text starts a task."""
        groups: list[tuple[Node | None, list[Node]]] = []
        anchor: Node | None = None
        gap = False
        for n in nodes:
            f = n.field
            if f is None:
                anchor, gap = n, True
                continue
            if groups:
                names = {m.field.name for m in groups[-1][1] if m.field is not None}
                if gap and f.name in _UNIT_ROLES and f.name in names:
                    groups.append((anchor, []))
            else:
                groups.append((anchor, []))
            groups[-1][1].append(n)
            gap = False
        single = len(groups) == 1 and parent is not None
        for anchor_node, members in groups:
            task_node = parent if single else (anchor_node or parent)
            if task_node is None:
                continue
            self.add(task_node, 0, self.from_fields(task_node, members))

    def from_fields(self, task_node: Node, members: list[Node]) -> Assignment:
        a = Assignment(node_id=task_node.id, source="field", task=_node_task(task_node))
        for n in members:
            f: Field | None = n.field
            if f is None:
                continue
            value = f.value or " ".join(c.text or c.title or "" for c in n.children)
            if f.name in _UNIT_ROLES:
                units = _units_of(value, n if not f.value else None)
                getattr(a, f.name).extend(u for u in units if u not in getattr(a, f.name))
            elif f.name == "time" and a.time is None:
                a.time = self.time(value)
            elif f.name == "quantity" and a.quantity is None:
                a.quantity = parse_quantity(value) or Quantity(text=_clean(value))
            elif f.name in ("audience", "funding", "output", "location") and getattr(a, f.name) is None:
                setattr(a, f.name, _clean(value))
        return a

    # --- task tables --------------------------------------------------------------------

    def table(self, node: Node) -> None:
        rows = node.rows or []
        header_at, columns = _header(rows)
        if header_at < 0:
            return
        task_col = next((i for i, c in enumerate(columns) if c == "task"), None)
        for i in range(header_at + 1, len(rows)):
            row = rows[i]
            if all(not cell.strip() or set(cell) <= _NUMBERING for cell in row):
                continue
            n = i - header_at
            a = Assignment(node_id=f"{node.id}.row_{n}", source="table", task="")
            # A short row whose first cell is not a number lost its empty "TT" cell.
            shift = int(len(row) < len(columns) and columns[0] == "seq" and not set(row[0]) <= _NUMBERING)
            row = [""] * shift + row
            for col, name in enumerate(columns):
                cell = row[col] if col < len(row) else ""
                if not cell.strip() or name is None:
                    continue
                if name in _UNIT_ROLES:
                    getattr(a, name).extend(split_units(cell))
                elif name == "time" and a.time is None:
                    a.time = self.time(cell)
                elif name == "quantity" and a.quantity is None:
                    a.quantity = parse_quantity(cell) or Quantity(text=_clean(cell))
                elif name in ("audience", "funding", "output") and getattr(a, name) is None:
                    setattr(a, name, _clean(cell))
            a.task = _row_task(row, columns, task_col)
            self.add(node, n, a)

    # --- unit headings and prose ------------------------------------------------------

    def duty(self, node: Node, text: str, units: list[str]) -> None:
        """One duty of a unit heading: its role words decide the heading unit's role."""
        reading = _first_reading(text)
        source: AssignmentSource = "sentence"
        if reading is None:
            reading = RoleReading(task=_clean(text), implementers=list(units))
            source = "heading"
        elif reading.missing:
            reading.fill(units)
            source = "heading"
        self.add(node, 0, self.from_reading(node, reading, source))

    def prose(self, node: Node, section: bool) -> None:
        """Role sentences of a node's own text; in a duty section also "Sở X <verb> ..."."""
        for k, text in enumerate(_own_texts(node)):
            if not (section or may_assign(text)):
                continue
            for j, sentence in enumerate(sentences(text)):
                reading = read_roles(sentence) if may_assign(sentence) else None
                if reading is None and section:
                    reading = subject_reading(sentence)
                if reading is None or reading.missing == "lead":
                    continue
                self.add(node, k * 1000 + j, self.from_reading(node, reading, "sentence"))

    def from_reading(self, node: Node, r: RoleReading, source: AssignmentSource) -> Assignment:
        task = r.task or _node_task(node)
        return Assignment(
            node_id=node.id,
            source=source,
            task=task,
            lead=r.lead,
            implementers=r.implementers,
            cooperating=r.cooperating,
            time=parse_time(task, self.year, deadline_only=True),
        )


def _first_reading(text: str) -> RoleReading | None:
    for sentence in sentences(text)[:1]:
        reading = read_roles(sentence) if may_assign(sentence) else None
        return reading or subject_reading(sentence)
    return None


def _own_texts(node: Node) -> list[str]:
    """Title and text of a node, as separate passages; a title cut at ";" or "," goes on in
    the text. The title of a division or article names its subject and gives no order, unless
    it is a whole sentence ("Điều 5. Chánh Văn phòng ... chịu trách nhiệm thi hành ... .").
    """
    title, text = node.title or "", node.text or ""
    if node.kind in _DIVISIONS or (node.kind == "article" and not title.rstrip().endswith(".")):
        title = ""
    if title and text and title.rstrip()[-1:] in (";", ","):
        return [f"{title} {text}"]
    return [t for t in (title, text) if t]


def _units_of(value: str, list_node: Node | None) -> list[str]:
    """Units of a field value; an empty value lists them as the field line's children."""
    if list_node is not None and list_node.children:
        out: list[str] = []
        for c in list_node.children:
            out.extend(split_units(c.text or c.title or ""))
        return out
    return split_units(value)


def _header(rows: list[list[str]]) -> tuple[int, list[str | None]]:
    """Index of the (last) header row among the first rows and each column's field name.

    A two-row header ("Đơn vị thực hiện" over "Chủ trì | Phối hợp"): the lower row names the
    columns it labels, the upper row the others.
    """
    for i, row in enumerate(rows[:3]):
        names = [column_name(cell) for cell in row]
        if not any(n in _UNIT_ROLES for n in names):
            continue
        while i + 1 < len(rows):
            lower = [column_name(cell) for cell in rows[i + 1]]
            labelled = [c for c in rows[i + 1] if c.strip()]
            if not labelled or any(column_name(c) is None for c in labelled):
                break
            names = [lower[c] if c < len(lower) and lower[c] else n for c, n in enumerate(names)]
            i += 1
        return i, names
    return -1, []


def _row_task(row: list[str], columns: list[str | None], task_col: int | None) -> str:
    if task_col is not None and task_col < len(row) and row[task_col].strip():
        return _clean(row[task_col])
    for col, cell in enumerate(row):
        name = columns[col] if col < len(columns) else None
        if name in (None, "task", "other") and cell.strip() and not set(cell) <= _NUMBERING:
            return _clean(cell)
    return ""


def extract_assignments(doc: Document) -> list[Assignment]:
    """Every task of ``doc`` that names who does it, in text order (SPEC §2 Assignment)."""
    reader = _Reader(doc.header.date.year if doc.header.date else None)
    reader.walk(doc.body, None, None, False)
    for att in doc.attachments:
        reader.walk(att.body, None, None, False)
    reader.found.sort(key=lambda t: (t[0], t[1]))
    return [a for _, _, a in reader.found]

