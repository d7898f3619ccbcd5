"""Assignment stage: who does what by when, read off the finished node tree (SPEC §2).

Four readings, each recorded in ``Assignment.source`` so users can filter by certainty:
- ``field``: labelled lines under a task ("- Đơn vị chủ trì: ...", "- Thời gian: ...");
- ``table``: one row of a task table ("TT | Nhiệm vụ | Cơ quan chủ trì | ...");
- ``heading``: a unit-titled item ("1. Sở Thông tin và Truyền thông:") whose duties it carries;
- ``sentence``: prose ("Giao Sở X chủ trì, phối hợp với Sở Y ...").
"""

from __future__ import annotations

from vnlegal.assignments.bodies import split_units
from vnlegal.assignments.phrases import value_units
from vnlegal.assignments.roles import (
    RoleReading,
    first_sentence,
    heading_units,
    is_duty_section,
    may_assign,
    read_roles,
    sentences,
    subject_reading,
)
from vnlegal.assignments.tables import TableState, TaskRow, cell_kind, header_columns, read_body, read_table
from vnlegal.assignments.timeexpr import parse_quantity, parse_time
from vnlegal.limits import checkpoint
from vnlegal.model import Assignment, AssignmentSource, Document, Field, Node, Quantity, TimeSpec

_UNIT_ROLES = ("lead", "implementers", "cooperating")
_DIVISIONS = frozenset({"part", "chapter", "section", "subsection"})
# A table that starts this close (characters) after a task table ended, with no header of its
# own, is the same table going on (a page break, a wrapped cell line between its rows).
_TABLE_GAP = 200


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
        self.tables: list[tuple[Node, TableState]] = []
        self.last_table: tuple[Node, TableState, int] | None = None
        self.pending: list[str] = []

    def add(self, node: Node, order: int, a: Assignment) -> None:
        if a.lead or a.implementers or a.cooperating:
            self.found.append((node.span.start, order, a))

    def time(self, value: str, *, whole: bool = True) -> TimeSpec | None:
        """The time of a table cell (``whole``: its text as written) or of a field value
        (from the time expression on: "thực hiện trong quý III/2021" -> "quý III/2021", "Tháng
        12/2013 và thường xuyên" kept whole); the parsed interval beside it."""
        value = _clean(value)
        if not value:
            return None
        parsed = parse_time(value, self.year)
        if parsed is None:
            return TimeSpec(text=value)
        at = value.find(parsed.text)
        if whole or at < 0:
            return parsed.model_copy(update={"text": value})
        return parsed.model_copy(update={"text": value[at:]})

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
            self.between_tables(n)
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
            members = _field_members(n)
            if not members:
                anchor, gap = n, True
                continue
            if groups:
                names = {m.field.name for m in groups[-1][1] if m.field is not None}
                roles = {m.field.name for m in members if m.field is not None} & set(_UNIT_ROLES)
                if gap and roles & names:
                    groups.append((anchor, []))
            else:
                groups.append((anchor, []))
            groups[-1][1].extend(members)
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
                found = value_units(f.value, f.name) if f.value else {f.name: _units_of(value, n)}
                for role, units in found.items():
                    have = getattr(a, role)
                    have.extend(u for u in units if u not in have)
            elif f.name == "time" and a.time is None:
                a.time = self.time(value, whole=False)
            elif f.name == "quantity" and a.quantity is None:
                a.quantity = parse_quantity(value) or Quantity(text=_clean(value))
            elif f.name in ("audience", "funding", "output", "location") and getattr(a, f.name) is None:
                setattr(a, f.name, _clean(value))
        return a

    # --- task tables --------------------------------------------------------------------

    def table(self, node: Node) -> None:
        """Every task row of a table node; a headerless table close after a task table (a
        page break, a stray line between its rows) goes on with its columns and numbering."""
        rows = node.rows or []
        going_on: tuple[Node, TableState] | None = None
        if self.last_table is not None and node.span.start - self.last_table[2] <= _TABLE_GAP:
            going_on = self.last_table[0], self.last_table[1]
        if going_on is not None and self.pending and header_columns(rows) is None:
            read_body(going_on[1], [[cell] for cell in self.pending])
        self.pending.clear()
        found = read_table(rows, going_on[1] if going_on else None)
        if found is None:
            self.last_table = None
            return
        # Rows are emitted once, at the end: the last row may still grow from the next table.
        if going_on is not None and found is going_on[1]:
            anchor = going_on[0]
        else:
            anchor = node
            self.tables.append((anchor, found))
        self.last_table = (anchor, found, node.span.end)

    def between_tables(self, node: Node) -> None:
        """A short line of units right after a task table (a cell line the rendering left out
        of the table) is kept for the table if one goes on right after it."""
        if self.last_table is None:
            return
        anchor, state, end = self.last_table
        text = (node.text or node.title or "").strip()
        if node.children or node.span.start - end > _TABLE_GAP or len(text) > 80 or cell_kind(text) != "unit":
            self.last_table = None
            self.pending.clear()
            return
        self.pending.append(text)
        self.last_table = (anchor, state, node.span.end)

    def flush_tables(self) -> None:
        for node, state in self.tables:
            for row in state.rows:
                a = self.from_row(node, row)
                self.add(node, row.number, a)
        self.tables.clear()

    def from_row(self, node: Node, row: TaskRow) -> Assignment:
        a = Assignment(node_id=f"{node.id}.row_{row.number}", source="table", task=_clean(row.text("task")))
        for name in _UNIT_ROLES:
            units = getattr(a, name)
            for cell in row.cells.get(name, []):
                units.extend(u for u in split_units(cell) if u not in units)
        time = row.text("time")
        if time:
            a.time = self.time(time)
        quantity = row.text("quantity")
        if quantity:
            a.quantity = parse_quantity(quantity) or Quantity(text=_clean(quantity))
        for name in ("audience", "funding", "output", "location"):
            value = row.text(name)
            if value:
                setattr(a, name, _clean(value))
        return a

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
    sentence = first_sentence(text)
    if sentence is None:
        return None
    reading = read_roles(sentence) if may_assign(sentence) else None
    return reading or subject_reading(sentence)


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


def _field_members(node: Node) -> list[Node]:
    """The labelled lines a node gives: itself, or, for a label used as a heading whose
    labelled lines are below it ("2. Cơ quan chủ trì, phối hợp" / "a) Cơ quan chủ trì" /
    "- Ban Chỉ đạo quốc gia."), those lines."""
    if node.field is None:
        return []
    inner = [c for c in node.children if c.field is not None]
    if node.field.value or not inner:
        return [node]
    return [m for c in inner for m in _field_members(c)]


def _units_of(value: str, list_node: Node | None) -> list[str]:
    """Units of a field value; an empty value lists them as the field line's children."""
    if list_node is not None and list_node.children:
        out: list[str] = []
        for c in list_node.children:
            out.extend(split_units(c.text or c.title or ""))
        return out
    return split_units(value)


def extract_assignments(doc: Document) -> list[Assignment]:
    """Every task of ``doc`` that names who does it, in text order (SPEC §2 Assignment)."""
    reader = _Reader(doc.header.date.year if doc.header.date else None)
    reader.walk(doc.body, None, None, False)
    for att in doc.attachments:
        reader.walk(att.body, None, None, False)
    reader.flush_tables()
    reader.found.sort(key=lambda t: (t[0], t[1]))
    return [a for _, _, a in reader.found]
