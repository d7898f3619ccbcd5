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


DISK_FULL = "DiskFull"
"""Error type of a file whose output could not be written because the disk (or quota) is full."""
RESERVE_BYTES = 1 << 20
"""Space held in ``OUTDIR/.vnlegal-tmp`` from the start of a run and given back when the disk
fills up, so that the report's last lines, the CSVs and ``_summary.json`` can still be written."""


def is_disk_full(exc: BaseException) -> bool:
    """True for the ``OSError`` of a full disk or an exhausted quota."""
    return isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT)


class Reserve:
    """``RESERVE_BYTES`` written to a file in ``tmpdir`` (blocks allocated, not a sparse file):
    ``release`` deletes it and the space is free again."""

    def __init__(self, tmpdir: Path) -> None:
        self.path = tmpdir / "reserve"
        with open(self.path, "wb") as f:
            f.write(bytes(RESERVE_BYTES))
            f.flush()
            os.fsync(f.fileno())

    def release(self) -> None:
        """Give the space back (idempotent)."""
        try:
            os.unlink(self.path)
        except FileNotFoundError:
            pass


class _Appender:
    """A file appended to with whole lines: a line the disk has no room for is cut off again
    (the file is truncated to its last whole line), so a full disk never leaves a torn line."""

    def __init__(self, path: Path, *, append: bool) -> None:
        self._f = open(path, "ab" if append else "wb", buffering=0)
        self._size = self._f.seek(0, os.SEEK_END)

    def write(self, data: bytes) -> None:
        view = memoryview(data)
        try:
            while view:
                written = self._f.write(view)
                view = view[written or 0 :]
        except OSError:
            os.ftruncate(self._f.fileno(), self._size)
            self._f.seek(self._size)
            raise
        self._size += len(data)

    def close(self) -> None:
        self._f.close()


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
    """``OUTDIR/_report.jsonl`` (or ``.csv``): one record per file, written as it comes, each
    line whole or not at all (``_Appender``)."""

    def __init__(self, outdir: Path, fmt: ReportFormat) -> None:
        self.path = outdir / f"{REPORT_NAME}.{fmt}"
        self._fmt = fmt
        self._f = _Appender(self.path, append=False)
        if fmt == "csv":
            self._f.write(self._csv_line(REPORT_COLUMNS))

    @staticmethod
    def _csv_line(values: Iterable[Any]) -> bytes:
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerow(values)
        return buf.getvalue().encode("utf-8")

    def write(self, record: Mapping[str, Any]) -> None:
        """Append one record (keys ``REPORT_COLUMNS``); an ``OSError`` (a full disk) leaves the
        file as it was."""
        if self._fmt == "csv":
            values = (record[k] for k in REPORT_COLUMNS)
            line = self._csv_line(" | ".join(v) if isinstance(v, list) else cell(v) for v in values)
        else:
            text = json.dumps({k: record[k] for k in REPORT_COLUMNS}, ensure_ascii=False) + "\n"
            line = text.encode("utf-8")
        self._f.write(line)

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
        self.broken: OSError | None = None
        """Why a write failed (a full disk): the CSV is then not published."""

    def write(self, rows: Iterable[Sequence[str]]) -> None:
        """Append rows (no flush: the file is only published by ``commit``). After a failed
        write nothing more is written, and ``commit`` raises that error."""
        if self.broken is not None:
            return
        try:
            for row in rows:
                self._csv.writerow(row)
                self.rows += 1
        except OSError as exc:
            self.broken = exc

    def commit(self) -> None:
        """Close and atomically publish the CSV; an incomplete one is removed instead (and the
        error raised): the CSV on disk, if any, stays that of a finished run."""
        try:
            self._f.close()
        except OSError as exc:
            self.broken = self.broken or exc
        if self.broken is not None:
            self._tmp.unlink(missing_ok=True)
            raise self.broken
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
        # Whole lines: a kill leaves at most one torn last line, which ``scan_jsonl`` cuts on
        # resume; a full disk leaves none (``_Appender``).
        self._f = _Appender(path, append=keep_from is not None)

    def write(self, text: str) -> None:
        """Append one document's JSON as a line (an ``OSError`` leaves the file as it was)."""
        self._f.write(text.encode("utf-8") + b"\n")

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
