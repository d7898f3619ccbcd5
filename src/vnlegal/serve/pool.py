"""The service's worker processes: each parses one document at a time under the service's
limits; a worker that outlives the time budget by ``GRACE_S`` (or dies) is killed and
replaced, and when every worker is busy and ``max_queue`` uploads wait, ``submit`` refuses.

Apart from the HTTP app (``vnlegal.serve.app``) because parsing never runs in the server
process: this module is the boundary between the two.
"""

from __future__ import annotations

import asyncio
import multiprocessing as mp
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from vnlegal.errors import ParseError
from vnlegal.limits import Limits
from vnlegal.readers.ocr_mode import OcrMode
from vnlegal.serve.problems import STATUS, Problem
from vnlegal.serve.render import render

__all__ = ["GRACE_S", "WorkerPool"]

GRACE_S = 10.0
"""Seconds past the time budget before a worker is killed (the budget is checked cooperatively)."""


def _worker(conn: Connection, limits: Limits) -> None:
    """A worker process: one request at a time from ``conn``, the answer back on it."""
    while True:
        try:
            op, fmt, data, ocr = conn.recv()
        except (EOFError, OSError):
            return
        try:
            media, body = render(op, fmt, data, limits, ocr)
            reply: tuple[Any, ...] = ("ok", media, body)
        except ParseError as exc:
            status = next((s for cls, s in STATUS.items() if isinstance(exc, cls)), 422)
            reply = ("error", status, type(exc).__name__, exc.message)
        except Exception as exc:  # a bug outside parse(): reported, the worker lives on
            reply = ("error", 500, "InternalError", f"{type(exc).__name__}: {exc}")
        try:
            conn.send(reply)
        except (BrokenPipeError, OSError):
            return


@dataclass
class _Slot:
    proc: BaseProcess
    conn: Connection


class WorkerPool:
    """Worker processes that each parse one document at a time; a stuck one is killed."""

    def __init__(self, workers: int, limits: Limits, max_queue: int) -> None:
        self.size = workers
        self.limits = limits
        budget = limits.time_budget_s
        self.deadline_s = None if budget is None else budget + GRACE_S
        """Seconds a request may hold a worker before the worker is killed."""
        self.max_queue = max_queue
        self.waiting = 0
        self.served = 0
        self.killed = 0
        self._ctx = _context()
        self._idle: asyncio.Queue[_Slot] = asyncio.Queue()
        self._all: list[_Slot] = []

    def start(self) -> None:
        for _ in range(self.size):
            self._idle.put_nowait(self._spawn())

    def _spawn(self) -> _Slot:
        parent, child = self._ctx.Pipe()
        proc = self._ctx.Process(target=_worker, args=(child, self.limits), daemon=True, name="vnlegal-serve")
        proc.start()
        child.close()
        slot = _Slot(proc, parent)
        self._all.append(slot)
        return slot

    def _replace(self, slot: _Slot) -> _Slot:
        slot.proc.kill()
        slot.proc.join(5)
        slot.conn.close()
        self._all.remove(slot)
        return self._spawn()

    @property
    def busy(self) -> int:
        return self.size - self._idle.qsize()

    async def submit(self, op: str, fmt: str, data: bytes, ocr: OcrMode = "auto") -> tuple[Any, ...]:
        """Parse ``data`` in a worker (``ocr`` as in ``vnlegal.parse``); the worker's reply tuple."""
        if self._idle.empty() and self.waiting >= self.max_queue:
            raise Problem(
                503, "Service Unavailable", "every worker is busy and the queue is full; retry later"
            )
        self.waiting += 1
        try:
            slot = await self._idle.get()
        finally:
            self.waiting -= 1
        loop = asyncio.get_running_loop()
        deadline = self.deadline_s
        try:
            await loop.run_in_executor(None, slot.conn.send, (op, fmt, data, ocr))
            reply: tuple[Any, ...] = await asyncio.wait_for(
                loop.run_in_executor(None, slot.conn.recv), deadline
            )
        except TimeoutError:
            self.killed += 1
            slot = self._replace(slot)
            reply = ("error", 422, "TimeBudgetExceededError",
                     f"parsing took longer than {deadline or 0:g} s; the worker was stopped")  # fmt: skip
        except (EOFError, OSError):  # the worker died (out of memory, a crash in a library)
            self.killed += 1
            slot = self._replace(slot)
            reply = ("error", 500, "InternalError", "the worker parsing this document died")
        except BaseException:
            # Cancelled (the client went away, shutdown): the worker may still be parsing.
            slot = self._replace(slot)
            raise
        finally:
            self._idle.put_nowait(slot)
        self.served += 1
        return reply

    def close(self) -> None:
        for slot in self._all:
            slot.proc.kill()
        for slot in self._all:
            slot.proc.join(5)
            slot.conn.close()
        self._all.clear()


def _context() -> Any:
    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        # Workers fork from a server that has imported the parser: a replacement starts in ms.
        ctx.set_forkserver_preload(["vnlegal.serve"])
        return ctx
    return mp.get_context("spawn")
