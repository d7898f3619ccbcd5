"""One file of a batch: parse, write the output, return a small picklable record.

This module runs inside worker processes (local pool, Dask workers). ``convert`` never raises:
every failure becomes a ``FileResult`` with ``status="error"``. The parent process receives
only these records (plus the JSON text in JSONL mode), never a ``Document``.

Importing it imports ``vnlegal.api`` on purpose: the local pool preloads this module in its
fork server, so every worker starts with the parser's modules already imported.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, Literal

from vnlegal import api as _api  # imported here so the fork server preloads it (see module doc)
from vnlegal.batch.io import (
    DISK_FULL,
    TMP_DIRNAME,
    atomic_write,
    csv_rows,
    is_disk_full,
    output_sha256,
    sha256_file,
)
from vnlegal.errors import ParseError, printable_path
from vnlegal.limits import die_with_parent
from vnlegal.model import Document

Status = Literal["ok", "skipped", "error"]
ParseFn = Callable[[str], Document]

TIMEOUT_ERROR = "Timeout"
# The parts of a Document the report and the CSVs need (see _fill_from_json).
_ROW_FIELDS: dict[str, Any] = {
    "source": True, "header": {"symbol": True}, "citations": True, "assignments": True,
}  # fmt: skip
CRASH_ERROR = "WorkerCrashed"
REFUSED_ERROR = "SymlinkRefused"


@dataclass(frozen=True, slots=True)
class Task:
    """One input file and where its output goes."""

    path: str
    """Absolute path of the input file; becomes ``Document.source.path``."""
    rel: str
    """Its path relative to the archive root, with ``/``: names the output and CSV rows."""
    outdir: str
    """Absolute OUTDIR."""
    fmt: Literal["json", "jsonl"] = "json"
    resume: bool = False
    known_sha256: str | None = None
    """JSONL resume: sha256 of this path's line in the existing ``documents.jsonl``."""
    refused: str | None = None
    """Why the file is not to be read at all (a link out of the input): reported as such."""


@dataclass(slots=True)
class FileResult:
    """What happened to one file (a report record, plus the rows for the CSVs)."""

    path: str
    rel: str
    status: Status
    output: str | None = None
    """The output, relative to OUTDIR ("a/b.pdf.json", or "documents.jsonl")."""
    format: str | None = None
    error_type: str | None = None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    pages: int | None = None
    bytes: int = 0
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    """CPU time of the worker on this file, converters it waited for (LibreOffice) included."""
    sha256: str | None = None
    worker: int = 0
    """Process id of the worker (a new id after a recycle)."""
    peak_rss_mb: float = 0.0
    """The worker's peak resident memory so far."""
    recycle: bool = False
    """Set by the worker when it exits after this file (task count or memory limit)."""
    json: str | None = None
    """JSONL mode: the Document JSON, written by the parent."""
    citations: list[list[str]] = field(default_factory=list)
    assignments: list[list[str]] = field(default_factory=list)

    def record(self) -> dict[str, Any]:
        """The report record (``batch_io.REPORT_COLUMNS``)."""
        # A file name that is not UTF-8 is written with its bytes escaped (printable_path).
        output = None if self.output is None else printable_path(self.output)
        return {
            "path": printable_path(self.path), "output": output, "status": self.status, "format": self.format,
            "error_type": self.error_type, "error": self.error, "warnings": self.warnings,
            "pages": self.pages, "bytes": self.bytes, "seconds": round(self.seconds, 4),
            "sha256": self.sha256, "worker": self.worker,
        }  # fmt: skip


def output_rel(task: Task) -> str:
    """The output of ``task`` relative to OUTDIR."""
    return task.rel + ".json" if task.fmt == "json" else "documents.jsonl"


def peak_rss_mb() -> float:
    """Peak resident memory of this process in MB (ru_maxrss is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1 << 20) if sys.platform == "darwin" else peak / 1024


def rss_mb() -> float:
    """Current resident memory of this process in MB (the peak where /proc is missing)."""
    try:
        with open("/proc/self/statm", "rb") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / (1 << 20)
    except (OSError, ValueError, IndexError):
        return peak_rss_mb()


def _fill_from_json(res: FileResult, data: dict[str, Any]) -> None:
    """Report fields and CSV rows from a Document's JSON dict."""
    src = data.get("source") or {}
    res.format = src.get("format")
    res.pages = src.get("pages")
    res.warnings = list(src.get("warnings") or [])
    res.citations, res.assignments = csv_rows(printable_path(res.rel), data)


def _error(res: FileResult, exc: BaseException) -> None:
    res.status = "error"
    res.output = None
    res.citations, res.assignments = [], []  # a file without output has no rows in the CSVs
    # A full disk is the run's problem, not the file's: the parent stops on it (see runner).
    res.error_type = DISK_FULL if is_disk_full(exc) else type(exc).__name__
    if isinstance(exc, ParseError):
        res.error = exc.message
    elif isinstance(exc, OutputError):
        res.error = str(exc)
    else:
        # A bug in vnlegal, not bad input: keep the innermost frame for the bug report.
        tb = traceback.extract_tb(exc.__traceback__)
        where = f" (at {Path(tb[-1].filename).name}:{tb[-1].lineno} in {tb[-1].name})" if tb else ""
        res.error = f"unexpected error: {exc}{where}"


def _skip_if_done(task: Task, res: FileResult) -> bool:
    """``--resume``: True (and ``res`` filled) when the output exists for identical input."""
    if task.fmt == "jsonl":
        return task.known_sha256 is not None and task.known_sha256 == res.sha256
    out = Path(task.outdir) / output_rel(task)
    if output_sha256(out) != res.sha256:
        return False
    try:
        data = json.loads(out.read_bytes())
    except (OSError, ValueError):
        return False  # unreadable output: convert again
    _fill_from_json(res, data)
    return True


class OutputError(OSError):
    """The output of a converted file could not be written (disk full, permissions ...)."""


def _write_output(outdir: Path, rel: str, text: str) -> None:
    out = outdir / rel
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(out, text.encode("utf-8"), outdir / TMP_DIRNAME)
    except OSError as exc:
        err = OutputError(f"cannot write {out}: {exc.strerror or exc}")
        err.errno = exc.errno  # the parent tells a full disk by it
        raise err from None


def _cpu() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def convert(task: Task, parse_fn: ParseFn | None = None) -> FileResult:
    """Convert one file (see module doc); never raises."""
    start, cpu = time.perf_counter(), _cpu()
    res = FileResult(path=task.path, rel=task.rel, status="ok", worker=os.getpid())
    try:
        if task.refused is not None:
            res.status, res.error_type, res.error = "error", REFUSED_ERROR, task.refused
            return res
        try:
            res.bytes = os.path.getsize(task.path)
        except OSError:
            pass  # parse() below reports the unreadable file as a ParseError
        if task.resume:
            try:
                res.sha256 = sha256_file(task.path)
            except OSError:
                pass  # not a regular file, unreadable: parse() says which, as a ParseError
            if res.sha256 is not None and _skip_if_done(task, res):
                res.status, res.output = "skipped", output_rel(task)
                return res
        # A Path, never a str: a file named "new\nline.txt" is a file, not a text to parse.
        doc = parse_fn(task.path) if parse_fn is not None else _api.parse(Path(task.path))
        res.sha256 = doc.source.sha256
        text = doc.model_dump_json()
        _fill_from_json(res, doc.model_dump(mode="json", include=_ROW_FIELDS))
        res.output = output_rel(task)
        if task.fmt == "json":
            _write_output(Path(task.outdir), res.output, text)
        else:
            res.json = text
    except Exception as exc:  # one bad file must never stop the run
        _error(res, exc)
        if res.sha256 is None:
            try:
                res.sha256 = sha256_file(task.path)
            except OSError:
                pass
    finally:
        res.seconds = time.perf_counter() - start
        res.cpu_seconds = _cpu() - cpu
        res.peak_rss_mb = peak_rss_mb()
    return res


def failed(task: Task, error_type: str, message: str, seconds: float, worker: int = 0) -> FileResult:
    """The record of a file whose worker timed out or died (computed in the parent)."""
    res = FileResult(path=task.path, rel=task.rel, status="error", error_type=error_type, error=message,
                     seconds=seconds, worker=worker)  # fmt: skip
    try:
        res.bytes = os.path.getsize(task.path)
        res.sha256 = sha256_file(task.path)
    except OSError:
        pass
    return res


def worker_main(
    conn: Connection, tmpdir: str, max_tasks: int, max_rss_mb: float, parse_fn: ParseFn | None
) -> None:
    """Loop of a local pool worker: receive a Task, send its FileResult, until ``None``, EOF
    (the parent is gone) or the recycle limits."""
    # Ctrl-C reaches the whole process group; the parent decides, workers finish their file.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # The worker dies with its fork server, which exits when the batch's process is gone: a
    # batch killed with kill -9 leaves no worker parsing on for nobody. (pdfium's page reader,
    # the one thing a worker forks, dies with the worker in turn: readers/pdf_fork. LibreOffice,
    # in a session of its own, is killed with its worker by the pool, not by a kill from
    # outside.)
    die_with_parent()
    # Temp files of readers and converters (LibreOffice profiles) go to the run's temp folder,
    # which the parent removes, even after a worker was killed.
    os.environ["TMPDIR"] = tmpdir
    tempfile.tempdir = tmpdir
    done = 0
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        res = convert(task, parse_fn)
        done += 1
        res.recycle = done >= max_tasks or rss_mb() > max_rss_mb
        try:
            conn.send(res)
        except OSError:
            return
        if res.recycle:
            return


def _convert_into(box: list[FileResult], task: Task, parse_fn: ParseFn | None) -> None:
    box.append(convert(task, parse_fn))


def convert_all(tasks: list[Task], timeout: float, parse_fn: ParseFn | None = None) -> list[FileResult]:
    """Convert several files in a Dask task, each with a soft time limit.

    A Dask worker cannot kill the thread running a task, so a file that takes longer than
    ``timeout`` is reported as ``Timeout`` and left to finish in a background thread while
    the next file starts (see docs/batch.md).
    """
    results: list[FileResult] = []
    for task in tasks:
        box: list[FileResult] = []
        start = time.perf_counter()
        th = threading.Thread(target=_convert_into, args=(box, task, parse_fn), daemon=True)
        th.start()
        th.join(timeout)
        if box:
            results.append(box[0])
        else:
            msg = f"still running after {timeout:g} s (Dask: left to finish in the background)"
            results.append(failed(task, TIMEOUT_ERROR, msg, time.perf_counter() - start, os.getpid()))
    return results
