"""A process pool that can kill: one task at a time per worker, hard per-file timeout, recycling.

``concurrent.futures.ProcessPoolExecutor`` and ``multiprocessing.Pool`` cannot stop a task that
hangs (a pathological PDF inside pdfium, a stuck converter): a timed-out future keeps its
worker busy forever. Here each worker has its own pipe and gets one task at a time, so the
parent always knows which file a worker is on and since when; on timeout it kills that worker
(and the converters it started) and starts a fresh one. A worker also exits by itself after
``max_tasks`` files or when its memory passes ``max_rss_mb``, and is replaced (recycling keeps
memory bounded whatever the readers' caches and allocator fragmentation do).

Workers are forked from a fork server that has already imported the parser, so starting or
replacing one costs milliseconds, and the parent may run threads (the progress bar) safely.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.context import ForkServerContext, SpawnContext
from multiprocessing.process import BaseProcess

from vnlegal.batch.inputs import BatchError
from vnlegal.batch.worker import CRASH_ERROR, TIMEOUT_ERROR, FileResult, ParseFn, Task, failed, worker_main

_PRELOAD = ["vnlegal.batch.worker"]
_CRASH_LIMIT = 8
"""Consecutive worker deaths (and at least 2 per worker), before any worker sent a result,
after which the run is stopped. Once a worker has converted a file, deaths are the files'
doing (a memory limit, kill -9, a crash in native code): each is reported, the run goes on."""


def _context() -> ForkServerContext | SpawnContext:
    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(_PRELOAD)
        return ctx
    return mp.get_context("spawn")


@dataclass
class _Slot:
    proc: BaseProcess
    conn: Connection
    task: Task | None = None
    started: float = 0.0


def _children(pid: int) -> list[int]:
    """Direct children of ``pid`` (Linux /proc; empty elsewhere)."""
    out: list[int] = []
    try:
        names = os.listdir("/proc")
    except OSError:
        return out
    for name in names:
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        # The command name may hold spaces and parentheses: fields follow the last ")".
        fields = stat[stat.rfind(b")") + 2 :].split()
        if len(fields) > 1 and int(fields[1]) == pid:
            out.append(int(name))
    return out


def _kill_tree(pid: int) -> None:
    """SIGKILL a worker and the converters it started (LibreOffice runs in its own session)."""
    for child in _children(pid):
        try:
            if os.getpgid(child) == child:
                os.killpg(child, signal.SIGKILL)
            else:
                os.kill(child, signal.SIGKILL)
        except OSError:
            pass
    try:
        os.kill(pid, signal.SIGKILL)
    except OSError:
        pass


class WorkerPool:
    """``size`` worker processes running ``batch_worker.convert`` (see module doc)."""

    def __init__(
        self,
        size: int,
        *,
        timeout: float,
        tmpdir: str,
        max_tasks: int = 500,
        max_rss_mb: float = 1024.0,
        parse_fn: ParseFn | None = None,
    ) -> None:
        self.workers = size
        self._timeout = timeout
        self._args = (tmpdir, max_tasks, max_rss_mb, parse_fn)
        self._ctx = _context()
        self._closed = False
        self._crash_streak = 0
        self._worked = False
        """A worker has sent a result: workers can run, so a death is the file's doing."""
        self._slots = [self._start() for _ in range(size)]

    def _start(self) -> _Slot:
        parent, child = self._ctx.Pipe(duplex=True)
        proc = self._ctx.Process(target=worker_main, args=(child, *self._args), daemon=True)
        proc.start()
        child.close()
        return _Slot(proc=proc, conn=parent)

    def _replace(self, slot: _Slot, *, kill: bool) -> None:
        if kill:
            _kill_tree(slot.proc.pid or 0)
        slot.proc.join(5)
        slot.conn.close()
        fresh = self._start()
        slot.proc, slot.conn, slot.task = fresh.proc, fresh.conn, None

    def capacity(self) -> int:
        """How many workers are idle."""
        return sum(s.task is None for s in self._slots)

    def in_flight(self) -> int:
        """How many files are being converted."""
        return sum(s.task is not None for s in self._slots)

    def submit(self, task: Task) -> None:
        """Give ``task`` to an idle worker (call only when ``capacity()`` > 0)."""
        slot = next(s for s in self._slots if s.task is None)
        try:
            slot.conn.send(task)
        except OSError:  # the idle worker died (OOM killer ...): replace it and retry once
            self._replace(slot, kill=True)
            slot.conn.send(task)
        slot.task, slot.started = task, time.monotonic()

    def results(self, wait_s: float) -> list[FileResult]:
        """Results that arrive within ``wait_s`` seconds; timed-out and crashed files become
        error results, and their workers are replaced."""
        busy = [s for s in self._slots if s.task is not None]
        if not busy:
            return []
        now = time.monotonic()
        first_deadline = min(s.started for s in busy) + self._timeout
        handles = [x for s in busy for x in (s.conn, s.proc.sentinel)]
        ready = set(wait(handles, max(0.0, min(wait_s, first_deadline - now))))
        out: list[FileResult] = []
        now = time.monotonic()
        for slot in busy:
            task = slot.task
            assert task is not None
            if slot.conn in ready:
                try:
                    res: FileResult = slot.conn.recv()
                except (EOFError, OSError):
                    res = self._crashed(slot, task, now)
                else:
                    slot.task = None
                    self._crash_streak = 0
                    self._worked = True
                    if res.recycle:
                        self._replace(slot, kill=False)
                out.append(res)
            elif slot.proc.sentinel in ready:
                out.append(self._crashed(slot, task, now))
            elif now - slot.started >= self._timeout:
                pid = slot.proc.pid or 0
                self._replace(slot, kill=True)
                msg = f"not finished after {self._timeout:g} s: the worker was stopped"
                out.append(failed(task, TIMEOUT_ERROR, msg, now - slot.started, pid))
        return out

    def _crashed(self, slot: _Slot, task: Task, now: float) -> FileResult:
        pid = slot.proc.pid or 0
        slot.proc.join(5)
        code = slot.proc.exitcode
        how = f"killed by signal {-code}" if code is not None and code < 0 else f"exit code {code}"
        self._crash_streak += 1
        if not self._worked and self._crash_streak >= max(_CRASH_LIMIT, 2 * self.workers):
            # Not one bad file but workers that cannot run at all (a broken install, an import
            # error): stop instead of crashing once per file of the archive.
            raise BatchError(
                f"{self._crash_streak} worker processes in a row died ({how}) without converting "
                "a file: see the errors above; vnlegal cannot run its workers here"
            )
        self._replace(slot, kill=True)
        msg = f"the worker process died while converting this file ({how}; out of memory?)"
        return failed(task, CRASH_ERROR, msg, now - slot.started, pid)

    def close(self, *, kill: bool = False) -> None:
        """Stop the workers: politely (idle ones get ``None``), or by SIGKILL. Idempotent."""
        if self._closed:
            return
        self._closed = True
        for slot in self._slots:
            if kill or slot.task is not None:
                _kill_tree(slot.proc.pid or 0)
            else:
                try:
                    slot.conn.send(None)
                except OSError:
                    pass
        for slot in self._slots:
            slot.proc.join(5)
            if slot.proc.is_alive():
                _kill_tree(slot.proc.pid or 0)
                slot.proc.join(1)
            slot.conn.close()
