"""Reading the documents of a ``vnlegal batch`` output folder for the graph (``load``).

Apart from resolution so that building a graph from ``Document`` objects in memory does not
depend on the batch's file layout; this module is the one that knows it (``documents.jsonl``,
per-document JSON, the batch's own ``_*.json`` and temp folder).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from vnlegal.batch.io import JSONL_NAME, TMP_DIRNAME

__all__ = ["load"]


def load(outdir: str | os.PathLike[str]) -> Iterator[dict[str, Any]]:
    """The documents of a ``vnlegal batch`` output folder, as JSON dicts: the lines of
    ``documents.jsonl`` when it exists, else every per-document ``*.json`` (the batch's own
    ``_*.json`` files left out). A per-document JSON's ``source.path`` is replaced by its path
    relative to ``outdir`` without ".json" -- the input's path relative to the batch's inputs,
    as in ``_citations.csv``. Raises ``FileNotFoundError`` when ``outdir`` holds neither."""
    out = Path(outdir)
    if not out.is_dir():
        raise FileNotFoundError(f"{out}: no such folder (give the OUTDIR of a `vnlegal batch` run)")
    jsonl = out / JSONL_NAME
    if jsonl.is_file():
        with open(jsonl, "rb") as f:
            for line in f:
                if line.strip():
                    yield json.loads(line)
        return
    found = False
    for path in sorted(out.rglob("*.json")):
        rel = path.relative_to(out)
        if path.name.startswith("_") or rel.parts[0] == TMP_DIRNAME:
            continue
        data = json.loads(path.read_bytes())
        if not isinstance(data, dict) or "schema_version" not in data:
            continue
        found = True
        data.setdefault("source", {})["path"] = rel.as_posix().removesuffix(".json")
        yield data
    if not found:
        raise FileNotFoundError(
            f"{out}: no document JSON and no {JSONL_NAME} (is it a `vnlegal batch` output?)"
        )
