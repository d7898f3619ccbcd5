"""Parquet files of flat tables, through the optional ``pyarrow`` (``pip install 'vnlegal[parquet]'``).

One writer for every table vnlegal writes as Parquet -- the citation graph's tables
(``vnlegal graph --format parquet``) and the batch's ``_citations`` / ``_assignments``
(``vnlegal batch --tables parquet``) -- so that duckdb, pandas or polars read an archive's
tables without parsing JSON. Columns are typed from their values (strings, integers, booleans);
an empty cell is a null. Files are written to a temp name and renamed, whole or not at all.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from vnlegal.errors import MissingConverterError

INSTALL_HINT = "Parquet needs pyarrow: pip install 'vnlegal[parquet]'"


def _pyarrow() -> Any:
    try:
        import pyarrow  # optional: an extra, imported only when Parquet is asked for
        import pyarrow.parquet  # optional: as above
    except ImportError:
        raise MissingConverterError(INSTALL_HINT) from None
    return pyarrow


def available() -> bool:
    """True when pyarrow is installed."""
    try:
        _pyarrow()
    except MissingConverterError:
        return False
    return True


def write_parquet(
    path: str | os.PathLike[str], columns: Sequence[str], rows: Iterable[Sequence[object]]
) -> Path:
    """Write ``rows`` (sequences in ``columns`` order) to the Parquet file ``path``.

    A column's type is that of its values (``None`` and "" are nulls); a column of mixed
    types is written as strings. Raises ``MissingConverterError`` without pyarrow.
    """
    pa = _pyarrow()
    data: list[list[object]] = [[] for _ in columns]
    for row in rows:
        for k, value in enumerate(row):
            data[k].append(None if value == "" else value)
    arrays = []
    for values in data:
        kinds = {type(v) for v in values if v is not None}
        if len(kinds) > 1 or not kinds <= {str, int, float, bool}:
            values = [None if v is None else str(v) for v in values]
        arrays.append(pa.array(values, type=None if values and kinds else pa.string()))
    return _write(pa, pa.Table.from_arrays(arrays, names=list(columns)), Path(path))


def _write(pa: Any, table: Any, out: Path) -> Path:
    # Temp file beside the target, then rename: a reader never sees half a file.
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        pa.parquet.write_table(table, tmp)
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    return out


def csv_to_parquet(csv_path: str | os.PathLike[str], parquet_path: str | os.PathLike[str]) -> Path:
    """Write a CSV with a header row as Parquet, every column as strings (empty cells as nulls):
    the batch's tables, whose cells are already text."""
    with open(csv_path, encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        columns = next(reader, [])
        rows = list(reader)
    pa = _pyarrow()
    arrays = [pa.array([r[k] or None if k < len(r) else None for r in rows], type=pa.string())
              for k in range(len(columns))]  # fmt: skip
    return _write(pa, pa.Table.from_arrays(arrays, names=columns), Path(parquet_path))
