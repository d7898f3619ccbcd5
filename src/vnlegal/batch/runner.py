"""Batch conversion of whole archives: ``vnlegal.batch.runner.run()`` and ``vnlegal batch``.

::

    from vnlegal.batch import run
    summary = run(["archive/"], "out/", workers=4, resume=True)
    print(summary.converted, summary.failed, summary.errors)

Inputs are files, folders (recursive) and globs (``batch_inputs``). Each file is parsed in a
worker process (``batch_pool``: hard per-file timeout, workers recycled after N files) or on a
Dask cluster (``batch_dask``); its ``Document`` JSON is written atomically to
``OUTDIR/<relative path>.json`` (or appended to ``OUTDIR/documents.jsonl``). Alongside:

- ``_report.jsonl`` (or ``.csv``): per file status, error type and message, warnings,
  seconds, sha256 -- appended as files finish;
- ``_citations.csv`` and ``_assignments.csv``: the archive's citation graph and assignments;
- ``_summary.json``: the ``BatchSummary``.

A bad file never stops the run (unless ``fail_fast``). ``resume`` skips files whose output
exists with the input's sha256. Ctrl-C (SIGINT) or SIGTERM stops taking new files, lets the
ones in flight finish, writes the report and CSVs, then raises ``BatchInterrupted``; a second
signal stops at once. Like any code that starts worker processes, a script calling ``run()``
must guard its entry point with ``if __name__ == "__main__":``. See docs/batch.md.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import FrameType
from typing import Any, Literal, Protocol

from vnlegal.batch.dask import DaskEngine
from vnlegal.batch.guard import check_main_guard
from vnlegal.batch.inputs import BatchError, Inputs
from vnlegal.batch.io import (
    ASSIGNMENT_COLUMNS,
    ASSIGNMENTS_NAME,
    CITATION_COLUMNS,
    CITATIONS_NAME,
    DISK_FULL,
    JSONL_NAME,
    SUMMARY_NAME,
    TMP_DIRNAME,
    CsvSink,
    JsonlSink,
    JsonlState,
    ReportFormat,
    ReportWriter,
    Reserve,
    csv_rows,
    is_disk_full,
    scan_jsonl,
    write_json,
)
from vnlegal.batch.pool import WorkerPool
from vnlegal.batch.summary import BatchSummary
from vnlegal.batch.worker import FileResult, ParseFn, Task
from vnlegal.errors import printable_path
from vnlegal.export import parquet

__all__ = ["BatchError", "BatchInterrupted", "BatchSummary", "run"]

DEFAULT_TIMEOUT = 180.0
"""Seconds one file may take before its worker is killed (above the .doc converter's 120 s)."""
DEFAULT_MAX_TASKS = 500
DEFAULT_MAX_RSS_MB = 1024.0


class BatchInterrupted(KeyboardInterrupt):
    """Raised by ``run()`` after a Ctrl-C / SIGTERM once the files in flight are finished and
    the report, CSVs and summary are written; ``summary`` says what was done. A subclass of
    KeyboardInterrupt, so a script that does not catch it stops as on any Ctrl-C."""

    def __init__(self, summary: BatchSummary) -> None:
        super().__init__(f"interrupted after {summary.files} files")
        self.summary = summary


class Engine(Protocol):
    """Where files are converted: the local ``WorkerPool`` or a Dask cluster."""

    workers: int

    def capacity(self) -> int: ...
    def in_flight(self) -> int: ...
    def submit(self, task: Task) -> None: ...
    def results(self, wait_s: float) -> list[FileResult]: ...
    def close(self, *, kill: bool = False) -> None: ...


class _Stop:
    """SIGINT/SIGTERM: the first asks to stop taking files, the second to stop now."""

    def __init__(self) -> None:
        self.stopping = False
        self.abort = False
        self._saved: list[tuple[int, Any]] = []

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        if self.stopping:
            self.abort = True
        self.stopping = True

    def __enter__(self) -> _Stop:
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGINT, signal.SIGTERM):
                self._saved.append((sig, signal.signal(sig, self._handle)))
        return self

    def __exit__(self, *exc: object) -> None:
        for sig, old in self._saved:
            signal.signal(sig, old)


def _default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def run(
    inputs: Sequence[str | os.PathLike[str]] | str | os.PathLike[str],
    outdir: str | os.PathLike[str],
    *,
    workers: int | None = None,
    fmt: Literal["json", "jsonl"] = "json",
    glob: str | Sequence[str] | None = None,
    resume: bool = False,
    fail_fast: bool = False,
    timeout: float = DEFAULT_TIMEOUT,
    client: Any = None,
    progress: bool = True,
    report: ReportFormat = "jsonl",
    tables: Literal["csv", "parquet"] = "csv",
    max_tasks_per_worker: int = DEFAULT_MAX_TASKS,
    max_worker_rss_mb: float = DEFAULT_MAX_RSS_MB,
    parser: ParseFn | None = None,
    follow_symlinks: bool = False,
) -> BatchSummary:
    """Convert every input file to a Document JSON under ``outdir`` (see module doc).

    ``inputs``: files, folders (recursive) or glob patterns. ``workers``: processes (default:
    the CPUs this process may use). ``fmt``: "json" (one file per document, mirroring the
    input tree) or "jsonl" (``documents.jsonl``). ``glob``: name pattern(s) for files inside
    folders (default: the suffixes vnlegal reads). ``timeout``: seconds per file before its
    worker is killed. ``client``: a ``dask.distributed.Client`` to run on a cluster instead of
    local processes. ``report``: "jsonl" or "csv". ``tables``: "parquet" writes
    ``_citations.parquet`` and ``_assignments.parquet`` beside the CSVs (needs pyarrow).
    ``parser``: a module-level function used instead of ``vnlegal.parse`` (must be picklable).
    ``follow_symlinks``: follow symbolic links in folders and globs out of the input (by
    default a link to a file outside is reported as refused and never read; see
    ``vnlegal.batch.inputs``).
    Raises ``BatchError`` when the run cannot start, ``BatchInterrupted`` (with the summary)
    after Ctrl-C / SIGTERM; file problems are reported, never raised. Called from a script,
    the call must sit under ``if __name__ == "__main__":``, else ``BatchError`` is raised
    before anything is written.
    """
    check_main_guard()
    _check_options(tables, fmt, report, timeout, max_tasks_per_worker, workers)
    out = Path(outdir).absolute()
    plan = _plan(inputs, out, glob, follow_symlinks)
    tmp = _output_folder(out)
    if next(iter(plan), None) is None:
        raise BatchError("no input files matched (folders are searched for " + ", ".join(plan.patterns) + ")")
    jsonl_old = scan_jsonl(out / JSONL_NAME) if fmt == "jsonl" and resume else None
    work_tmp = _work_folder(out)
    try:
        engine = _engine(client, workers, timeout, work_tmp, max_tasks_per_worker, max_worker_rss_mb, parser)
    except BaseException:
        shutil.rmtree(work_tmp, ignore_errors=True)
        raise
    ui = _progress(progress)
    aborted = False
    start = time.perf_counter()
    try:
        # The summary of an earlier run would describe a report this run replaces: a run that
        # is killed must leave none, so that a _summary.json on disk is always its report's.
        (out / SUMMARY_NAME).unlink(missing_ok=True)
        writer = ReportWriter(out, report)
        summary = BatchSummary(outdir=str(out), report=str(writer.path), workers=engine.workers)
        job = _Job(out, tmp, plan.base, fmt, summary, writer, jsonl_old)
        known = jsonl_old.known if jsonl_old else {}
        tasks = (
            Task(p, rel, str(out), fmt, resume, known.get(printable_path(p)), plan.refused.pop(p, None))
            for p, rel in plan
        )
        ui.start(plan.count() if progress else None)
        try:
            with _Stop() as stop:
                aborted = _loop(engine, tasks, job, stop, ui, fail_fast)
        finally:
            engine.close(kill=aborted)
            ui.stop()
            summary.seconds = time.perf_counter() - start
            job.finish()
    finally:
        engine.close(kill=True)
        shutil.rmtree(work_tmp, ignore_errors=True)
    if tables == "parquet":
        _parquet_tables(out)
    if summary.interrupted:
        raise BatchInterrupted(summary)
    return summary


def _check_options(
    tables: str, fmt: str, report: str, timeout: float, max_tasks: int, workers: int | None
) -> None:
    """Raise ``BatchError`` for an option ``run()`` cannot work with, before anything is touched."""
    if tables not in ("csv", "parquet"):
        raise BatchError(f"unknown tables format {tables!r}: use csv or parquet")
    if tables == "parquet" and not parquet.available():
        raise BatchError(parquet.INSTALL_HINT)
    if fmt not in ("json", "jsonl"):
        raise BatchError(f"unknown format {fmt!r}: use json or jsonl")
    if report not in ("jsonl", "csv"):
        raise BatchError(f"unknown report format {report!r}: use jsonl or csv")
    if timeout <= 0 or max_tasks < 1 or (workers is not None and workers < 1):
        raise BatchError("workers, timeout and max_tasks_per_worker must be positive")


def _plan(
    inputs: Sequence[str | os.PathLike[str]] | str | os.PathLike[str],
    out: Path,
    glob: str | Sequence[str] | None,
    follow_symlinks: bool,
) -> Inputs:
    """The input files of ``run()``: ``inputs`` and ``glob`` as lists, the output folder left out."""
    if isinstance(inputs, str | os.PathLike):
        inputs = [inputs]
    patterns = [glob] if isinstance(glob, str) else glob
    return Inputs(inputs, patterns=patterns, exclude=out, follow_symlinks=follow_symlinks)


def _parquet_tables(out: Path) -> None:
    """The batch's citation and assignment tables, also as Parquet beside the CSVs."""
    for name in (CITATIONS_NAME, ASSIGNMENTS_NAME):
        parquet.csv_to_parquet(out / name, (out / name).with_suffix(".parquet"))


def _output_folder(out: Path) -> Path:
    """Create ``out`` and its fresh temporary folder (returned) for atomic writes, holding the
    space that a full disk will need (``Reserve``); a folder that cannot be used, or a disk
    full already, raises ``BatchError``."""
    try:
        out.mkdir(parents=True, exist_ok=True)
        tmp = out / TMP_DIRNAME
        shutil.rmtree(tmp, ignore_errors=True)  # litter of a killed run
        tmp.mkdir()
        Reserve(tmp)
    except OSError as exc:
        raise BatchError(f"{out}: cannot use as output folder ({exc.strerror or exc})") from None
    return tmp


def _work_folder(out: Path) -> str:
    """A fresh folder for the workers' temporary files (their TMPDIR), removed after the run."""
    # Named after OUTDIR, so the next run into OUTDIR removes what a killed run left.
    work_tmp = os.path.join(
        tempfile.gettempdir(),
        "vnlegal-batch-" + hashlib.sha1(bytes(out), usedforsecurity=False).hexdigest()[:12],
    )
    shutil.rmtree(work_tmp, ignore_errors=True)
    os.makedirs(work_tmp)
    return work_tmp


def _engine(
    client: Any, workers: int | None, timeout: float, tmpdir: str, max_tasks: int, max_rss_mb: float,
    parser: ParseFn | None,
) -> Engine:  # fmt: skip
    if client is not None:
        return DaskEngine(client, timeout=timeout, parse_fn=parser)
    return WorkerPool(workers or _default_workers(), timeout=timeout, tmpdir=tmpdir, max_tasks=max_tasks,
                      max_rss_mb=max_rss_mb, parse_fn=parser)  # fmt: skip


def _progress(enabled: bool) -> Any:
    from vnlegal.batch.ui import BatchProgress  # lazy: start-up, rich loads only for a progress bar

    return BatchProgress(enabled)


def _loop(engine: Engine, tasks: Iterator[Task], job: _Job, stop: _Stop, ui: Any, fail_fast: bool) -> bool:
    """Feed the engine and record results until done or stopped; True when aborted."""
    exhausted = halted = False
    while True:
        if stop.stopping and not halted:
            ui.describe("stopping: finishing files in flight (Ctrl-C again to abort)")
        if job.summary.disk_full and not halted:
            halted = True
            ui.describe("stopping: the output disk is full (run again with --resume once there is room)")
        halt = stop.stopping or halted
        while not exhausted and not halt and engine.capacity() > 0:
            task = next(tasks, None)
            if task is None:
                exhausted = True
                break
            engine.submit(task)
        if stop.abort or (engine.in_flight() == 0 and (exhausted or halt)):
            job.summary.interrupted = stop.abort or (stop.stopping and not exhausted)
            return stop.abort
        for res in engine.results(0.25):
            job.record(res)
            ui.advance(res.status == "error")
            if fail_fast and res.status == "error" and not halted:
                halted = True
                ui.describe("stopping after the first failure (--fail-fast)")


class _Job:
    """The parent's side of a run: report, CSVs, JSONL, counters."""

    def __init__(
        self, out: Path, tmp: Path, base: str, fmt: str, summary: BatchSummary, writer: ReportWriter,
        old: JsonlState | None,
    ) -> None:  # fmt: skip
        self.out, self.tmp, self.base, self.summary, self.writer = out, tmp, base, summary, writer
        self.errors: Counter[str] = Counter()
        self.cites = CsvSink(out / CITATIONS_NAME, CITATION_COLUMNS, tmp)
        self.asgs = CsvSink(out / ASSIGNMENTS_NAME, ASSIGNMENT_COLUMNS, tmp)
        self.jsonl = JsonlSink(out / JSONL_NAME, keep_from=old) if fmt == "jsonl" else None
        self.redone: set[str] = set()
        self.unwritten: list[dict[str, Any]] = []
        """Report records the disk had no room for, written once the reserve is given back."""

    def _disk_full(self, res: FileResult, exc: OSError) -> None:
        """``res`` could not be saved: reported as ``DiskFull``, and the run stops taking files."""
        res.status, res.error_type, res.output, res.json = "error", DISK_FULL, None, None
        res.citations, res.assignments = [], []
        res.error = f"not saved: {exc.strerror or exc}"
        self.summary.disk_full = True

    def record(self, res: FileResult) -> None:
        if res.error_type == DISK_FULL:
            self.summary.disk_full = True
        if res.status == "ok" and res.json is not None and self.jsonl is not None:
            try:
                self.jsonl.write(res.json)
            except OSError as exc:
                if not is_disk_full(exc):
                    raise
                self._disk_full(res, exc)
        s = self.summary
        s.files += 1
        s.worker_cpu_seconds += res.cpu_seconds
        s.peak_worker_rss_mb = max(s.peak_worker_rss_mb, res.peak_rss_mb)
        if res.status == "skipped":
            s.skipped += 1
        else:
            s.bytes += res.bytes
            if self.jsonl is not None:
                self.redone.add(res.path)
        if res.status == "ok":
            s.converted += 1
            s.pages += res.pages or 0
        elif res.status == "error":
            s.failed += 1
            self.errors[res.error_type or "Error"] += 1
        self.cites.write(res.citations)
        self.asgs.write(res.assignments)
        record = res.record()
        if self.unwritten:
            self.unwritten.append(record)  # keep the report in order
            return
        try:
            self.writer.write(record)
        except OSError as exc:
            if not is_disk_full(exc):
                raise
            s.disk_full = True
            self.unwritten.append(record)

    def _emit_old(self, data: dict[str, Any]) -> None:
        """CSV rows of a document kept from an earlier run's JSONL."""
        src = data.get("source") or {}
        path = src.get("path") or ""
        rel = os.path.relpath(path, self.base).replace(os.sep, "/")
        citations, assignments = csv_rows(rel, data)
        self.cites.write(citations)
        self.asgs.write(assignments)

    def finish(self) -> None:
        s = self.summary
        if s.disk_full or self.cites.broken or self.asgs.broken:
            # The reserve held since the start makes room for what is left to write.
            s.disk_full = True
            (self.tmp / "reserve").unlink(missing_ok=True)
        s.errors = dict(self.errors)
        for record in self.unwritten:
            self.writer.write(record)
        self.writer.close()
        if self.jsonl is not None:
            self.jsonl.finish(self.redone, self._emit_old)
        s.citations, s.assignments = self.cites.rows, self.asgs.rows
        for sink in (self.cites, self.asgs):
            try:
                sink.commit()
            except OSError as exc:
                # An incomplete CSV is not published: the next --resume writes it whole.
                if not is_disk_full(exc):
                    raise
        write_json(self.out / SUMMARY_NAME, s.to_dict(), self.tmp)
        shutil.rmtree(self.tmp, ignore_errors=True)
