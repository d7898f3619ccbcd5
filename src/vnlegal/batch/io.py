"""Files of a batch run: atomic writes, the per-file report, the cross-document CSVs, JSONL.

Everything here is crash-safe in the sense the batch needs: a per-document JSON appears whole
or not at all (temp file in ``OUTDIR/.vnlegal-tmp`` + ``os.replace``), the report is appended
and flushed line by line so a killed run still shows what it did, and the CSVs are written to a
temp file and renamed at the end of a run, so the ones on disk always belong to one finished
run. ``--resume`` never trusts the report: it reads the outputs themselves.
"""

from __future__ import annotations

import csv
import errno
import hashlib
import io
import json
import os
import re
import stat
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import IO, Any, Literal

from vnlegal.export.tables import ASSIGNMENT_COLUMNS as ASSIGNMENT_COLUMNS
from vnlegal.export.tables import BATCH_CITATION_COLUMNS, cell, document_csv_rows
from vnlegal.lang.symbols import symbol_key

TMP_DIRNAME = ".vnlegal-tmp"
"""Folder inside OUTDIR for temp files; same file system as the outputs, so renames are atomic."""
REPORT_NAME = "_report"
CITATIONS_NAME = "_citations.csv"
ASSIGNMENTS_NAME = "_assignments.csv"
SUMMARY_NAME = "_summary.json"
JSONL_NAME = "documents.jsonl"

ReportFormat = Literal["jsonl", "csv"]
CITATION_COLUMNS = BATCH_CITATION_COLUMNS
"""Columns of ``_citations.csv`` (``_assignments.csv`` has ``ASSIGNMENT_COLUMNS``)."""

REPORT_COLUMNS = (
    "path", "output", "status", "format", "error_type", "error", "warnings", "pages", "bytes",
    "seconds", "sha256", "worker",
)  # fmt: skip

_CHUNK = 1 << 20
# Document JSON starts {"schema_version":..,"source":{"path":..,"format":..,"sha256":"<hex>".
# Inside a JSON string every quote is escaped, so the first unescaped "sha256":" is the key.
_SHA_RE = re.compile(rb'"sha256":"([0-9a-f]{64})"')
_PATH_RE = re.compile(rb'"source":\{"path":("(?:[^"\\]|\\.)*"|null)')
_HEAD = 64 * 1024


def sha256_file(path: str | os.PathLike[str]) -> str:
    """SHA-256 of a file, read in 1 MiB chunks (memory stays flat for huge files). Anything but
    a regular file (a FIFO would block, /dev/zero never ends) raises ``OSError`` unread."""
    h = hashlib.sha256()
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    with open(fd, "rb") as f:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not a regular file", os.fspath(path))
        os.set_blocking(fd, True)
        while chunk := f.read(_CHUNK):
            h.update(chunk)
    return h.hexdigest()


@cache
def _file_mode() -> int:
    """0o666 minus the umask: what ``open(path, "w")`` would give (mkstemp gives 0o600)."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def atomic_write(path: Path, data: bytes, tmpdir: Path) -> None:
    """Write ``data`` to ``path`` whole or not at all: temp file in ``tmpdir``, then rename.

    ``tmpdir`` must be on the same file system as ``path`` (``OUTDIR/.vnlegal-tmp``).
    """
    fd, tmp = tempfile.mkstemp(dir=tmpdir, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            if hasattr(os, "fchmod"):  # Windows before 3.13 has none
                os.fchmod(f.fileno(), _file_mode())
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def output_sha256(path: Path) -> str | None:
    """``source.sha256`` of an existing Document JSON, read from its first 64 KiB; None when
    the file is missing or does not look like a Document."""
    try:
        with open(path, "rb") as f:
            head = f.read(_HEAD)
    except OSError:
        return None
    m = _SHA_RE.search(head)
    return m.group(1).decode("ascii") if m else None


def line_identity(line: bytes) -> tuple[str, str] | None:
    """(source.path, source.sha256) of one JSONL line, from its head; None if unreadable."""
    head = line[:_HEAD]
    p, s = _PATH_RE.search(head), _SHA_RE.search(head)
    if p is None or s is None:
        return None
    path = json.loads(p.group(1))
    return (path, s.group(1).decode("ascii")) if isinstance(path, str) else None


# --- rows of the cross-document CSVs ----------------------------------------------------


def csv_rows(rel: str, data: Mapping[str, Any]) -> tuple[list[list[str]], list[list[str]]]:
    """The ``_citations.csv`` and ``_assignments.csv`` rows of one document, from its JSON dict:
    named by ``rel``, keyed by its own symbol as ``Citation.key`` keys the documents it cites
    ("" without a symbol), so citing and cited documents join."""
    symbol = (data.get("header") or {}).get("symbol")
    key = symbol_key(symbol["text"]) if symbol else ""
    citations = document_csv_rows("citations", rel, key, data.get("citations") or [])
    return citations, document_csv_rows("assignments", rel, key, data.get("assignments") or [])


# --- writers (parent process only) ------------------------------------------------------


class ReportWriter:
    """``OUTDIR/_report.jsonl`` (or ``.csv``): one record per file, flushed as it comes."""

    def __init__(self, outdir: Path, fmt: ReportFormat) -> None:
        self.path = outdir / f"{REPORT_NAME}.{fmt}"
        self._fmt = fmt
        self._f: IO[str] = open(self.path, "w", encoding="utf-8", newline="")
        self._csv = csv.writer(self._f, lineterminator="\n") if fmt == "csv" else None
        if self._csv is not None:
            self._csv.writerow(REPORT_COLUMNS)
        self._f.flush()

    def write(self, record: Mapping[str, Any]) -> None:
        """Append one record (keys ``REPORT_COLUMNS``) and flush it to the OS."""
        if self._csv is not None:
            values = (record[k] for k in REPORT_COLUMNS)
            self._csv.writerow([" | ".join(v) if isinstance(v, list) else cell(v) for v in values])
        else:
            self._f.write(json.dumps({k: record[k] for k in REPORT_COLUMNS}, ensure_ascii=False) + "\n")
        self._f.flush()

    def close(self) -> None:
        """Close the file."""
        self._f.close()


class CsvSink:
    """A CSV written to a temp file during the run and renamed over ``path`` on ``commit``."""

    def __init__(self, path: Path, columns: Sequence[str], tmpdir: Path) -> None:
        self.path = path
        self._tmp = tmpdir / (path.name + ".partial")
        self._f: IO[str] = open(self._tmp, "w", encoding="utf-8", newline="")
        self._csv = csv.writer(self._f, lineterminator="\n")
        self._csv.writerow(columns)
        self.rows = 0

    def write(self, rows: Iterable[Sequence[str]]) -> None:
        """Append rows (no flush: the file is only published by ``commit``)."""
        for row in rows:
            self._csv.writerow(row)
            self.rows += 1

    def commit(self) -> None:
        """Close and atomically publish the CSV."""
        self._f.close()
        os.replace(self._tmp, self.path)


@dataclass
class JsonlState:
    """What an earlier run left in ``documents.jsonl``: line identities up to ``end``."""

    known: dict[str, str] = field(default_factory=dict)
    """source.path -> source.sha256 of the first complete line for that path."""
    end: int = 0
    """Byte offset where the earlier run's complete lines stop (a torn last line is cut)."""


def scan_jsonl(path: Path) -> JsonlState:
    """Read the identities of an existing JSONL and cut a torn last line (a killed run)."""
    state = JsonlState()
    if not path.exists():
        return state
    with open(path, "rb") as f:
        for line in _lines(f):
            if not line.endswith(b"\n"):
                break
            ident = line_identity(line)
            if ident is not None:
                state.known.setdefault(ident[0], ident[1])
            state.end += len(line)
    if state.end != path.stat().st_size:
        os.truncate(path, state.end)
    return state


def _lines(f: IO[bytes]) -> Iterator[bytes]:
    # A line may be megabytes long; readline keeps only one line in memory.
    while line := f.readline():
        yield line


class JsonlSink:
    """``OUTDIR/documents.jsonl``: documents appended one line each, in completion order."""

    def __init__(self, path: Path, *, keep_from: JsonlState | None) -> None:
        self.path = path
        self._old = keep_from or JsonlState()
        # Binary append with one write per line: a kill leaves at most one torn last line,
        # which ``scan_jsonl`` cuts on resume.
        self._f: IO[bytes] = open(path, "ab" if keep_from else "wb")

    def write(self, text: str) -> None:
        """Append one document's JSON as a line."""
        self._f.write(text.encode("utf-8") + b"\n")
        self._f.flush()

    def finish(self, redone: set[str], emit: Any) -> None:
        """End a resumed run: drop the earlier lines of files this run converted again or
        failed on (``redone``, by source.path), keep the rest, and hand each kept earlier
        document's JSON dict to ``emit`` (for the cross-document CSVs)."""
        self._f.close()
        if not self._old.end:
            return
        compact = not redone.isdisjoint(self._old.known)
        tmp = self.path.with_name(self.path.name + ".compact")
        out: IO[bytes] | None = open(tmp, "wb") if compact else None
        seen: set[str] = set()
        with open(self.path, "rb") as f:
            pos = 0
            for line in _lines(f):
                if pos >= self._old.end:  # this run's lines
                    if out is not None:
                        out.write(line)
                    continue
                pos += len(line)
                ident = line_identity(line)
                if ident is None or ident[0] in redone or ident[0] in seen:
                    continue
                seen.add(ident[0])
                emit(json.loads(line))
                if out is not None:
                    out.write(line)
        if out is not None:
            out.close()
            os.replace(tmp, self.path)

    def close(self) -> None:
        """Close without the resume bookkeeping."""
        self._f.close()


def write_json(path: Path, data: Mapping[str, Any], tmpdir: Path) -> None:
    """Pretty JSON, written atomically."""
    buf = io.StringIO()
    json.dump(data, buf, ensure_ascii=False, indent=2)
    buf.write("\n")
    atomic_write(path, buf.getvalue().encode("utf-8"), tmpdir)
