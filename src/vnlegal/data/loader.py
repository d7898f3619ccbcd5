"""The one loader of the data tables: ``load_table(Row)`` reads ``data/<table>.tsv`` once per
process and parses it into instances of the row class (see the package docstring)."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import fields
from itertools import starmap
from typing import ClassVar, TypeVar, cast


class TableError(ValueError):
    """A data table whose header or rows do not match its row class."""


class Row:
    """Base of the row classes: ``table`` names the file (``data/<table>.tsv``)."""

    __slots__ = ()
    table: ClassVar[str]


R = TypeVar("R", bound=Row)

# Rows by class, filled on first use: every table is read from disk once per process.
_LOADED: dict[type[Row], tuple[Row, ...]] = {}


# The tables sit beside this module. A plain open(), not importlib.resources: importing that
# (with tempfile, zipfile, shutil ...) is a tenth of the cold-start budget, and the package is
# always installed as files.
_HERE = os.path.dirname(os.path.abspath(__file__))


def read_text(name: str) -> str:
    """The text of ``data/<name>.tsv`` (the only place that touches the files)."""
    with open(os.path.join(_HERE, f"{name}.tsv"), encoding="utf-8") as f:
        return f.read()


def _flag(cell: str) -> bool:
    if cell not in ("", "1"):
        raise ValueError(f"{cell!r} is not a flag (1 or empty)")
    return cell == "1"


# Column types other than str, and how a cell becomes one.
_CONVERT: dict[object, Callable[[str], object]] = {int: int, "int": int, bool: _flag, "bool": _flag}


def _parse(row: type[R]) -> tuple[R, ...]:
    name = row.table
    # Row subclasses are dataclasses; the base class cannot say so to the type checker.
    columns = fields(row)  # type: ignore[arg-type]
    names = [c.name for c in columns]
    lines = [ln for ln in read_text(name).splitlines() if ln and ln[0] != "#" and not ln.isspace()]
    if not lines or lines[0].split("\t") != names:
        got = lines[0].split("\t") if lines else []
        raise TableError(f"{name}.tsv: header {got} does not name the columns {names}")
    cells = [ln.split("\t") for ln in lines[1:]]
    width = len(names)
    if any(len(c) != width for c in cells):
        n, bad = next((n, c) for n, c in enumerate(cells, start=1) if len(c) != width)
        raise TableError(f"{name}.tsv: row {n} has {len(bad)} cells, not {width}")
    # Annotations are strings under "from __future__ import annotations"; both forms are keys.
    for i, column in enumerate(columns):
        convert = _CONVERT.get(column.type)
        if convert is None:
            continue
        n = 0
        try:
            for n, c in enumerate(cells, start=1):  # noqa: B007  # n names the row in the error
                c[i] = convert(c[i])  # type: ignore[call-overload]  # the cell takes its column's type
        except ValueError as e:
            raise TableError(f"{name}.tsv: row {n}, column {column.name}: {e}") from e
    # starmap: the rows are built without a Python-level loop (syllables.tsv has 7,500 rows).
    return tuple(starmap(cast("Callable[..., R]", row), cells))


def load_table(row: type[R]) -> tuple[R, ...]:
    """The rows of ``row``'s table, read and parsed on first use and kept for the process."""
    rows = _LOADED.get(row)
    if rows is None:
        rows = _LOADED[row] = _parse(row)
    return cast("tuple[R, ...]", rows)


