"""pdfium run apart from the caller: the one lock all calls into pdfium hold (it is not
thread-safe), and ``forked``, which runs a piece of pdfium's work in a forked child process.

pdfium's work on page content runs in a forked child process (``forked``): a page whose
form XObject draws itself (``/X0 Do`` inside X0), or a chain of forms each drawing the next
twice, makes pdfium allocate without end and abort the process that runs it. The parent watches
the child's memory (``Limits.max_memory``) and what is left of the time budget;
its death is ``TooLargeError``, its overrun ``TimeBudgetExceededError``, and the caller lives
on. Opening the file (``FPDF_LoadMemDocument``, which reads no page content) stays in the
caller. A fork costs about a millisecond; where there is no ``fork`` the work runs in process.
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import sys
import threading
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import TypeVar

from vnlegal.errors import ParseError, TimeBudgetExceededError, TooLargeError
from vnlegal.limits import (
    Limits,
    can_die_with_parent,
    checkpoint,
    die_with_parent,
    held_within_budget,
    remaining,
)

__all__ = ["LOCK", "forked", "hold_lock"]

LOCK = threading.Lock()
"""Held by every call into pdfium."""

_T = TypeVar("_T")
_CAN_FORK = hasattr(os, "fork") and sys.platform.startswith("linux")


def forked(work: Callable[[], _T], path: str | None, limits: Limits, *, locked: bool = False) -> _T:
    """``work()`` run in a forked child under ``limits.max_memory`` and the time budget (see
    module doc); its result (or its ParseError) comes back pickled."""
    if not _CAN_FORK:
        return work()
    if locked:
        with hold_lock(path):
            return forked(work, path, limits)
    read_end, write_end = os.pipe()
    parent = os.getpid()
    can_die_with_parent()  # looked up here: the child imports nothing
    pid = os.fork()
    if pid == 0:  # the child: never returns, never runs the caller's cleanup
        code = 0
        try:
            # Killed with its parent: a caller killed from outside (kill -9, the OOM killer)
            # must not leave pdfium drawing a page without end, unwatched, to gigabytes.
            die_with_parent(parent)
            os.close(read_end)
            try:
                payload = pickle.dumps((True, work()), protocol=pickle.HIGHEST_PROTOCOL)
            except ParseError as exc:
                payload = pickle.dumps((False, exc))
            except MemoryError:
                payload = pickle.dumps((False, None))
            with os.fdopen(write_end, "wb") as out:
                out.write(payload)
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    os.close(write_end)
    try:
        payload = _read_all(read_end, pid, path, limits.max_memory)
    finally:
        os.close(read_end)
        _, status = os.waitpid(pid, 0)
    if not payload:
        how = f"signal {-os.waitstatus_to_exitcode(status)}" if os.WIFSIGNALED(status) else "an error"
        raise TooLargeError(
            f"the PDF engine ran out of memory or crashed reading the file ({how}): a page that "
            "draws without end (a form drawing itself) or needs more than Limits.max_memory",
            path=path,
        )
    ok, value = pickle.loads(payload)
    if ok:
        return value  # type: ignore[no-any-return]
    if value is None:
        raise TooLargeError("the PDF needs more memory than is available to be read", path=path)
    raise value


def _rss(pid: int | str) -> int:
    """Resident bytes of process ``pid`` ("self" for this one); 0 when /proc cannot tell."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


_POLL_S = 0.02
"""How often the parent looks at the child's memory: pdfium faults in well under 1 GB in 20 ms."""


def _read_all(fd: int, pid: int, path: str | None, limit: int | None) -> bytes:
    """All a child writes to ``fd``, within what is left of the time budget and with its
    resident memory at most ``limit`` bytes above this process's (an address-space limit
    would not do: pdfium's allocator reserves gigabytes it never touches). Past either the
    child is killed and the typed error raised."""
    chunks: list[bytes] = []
    base = _rss("self") if limit is not None else 0
    while True:
        left = remaining()
        wait = _POLL_S if limit is not None else left
        if left is not None and wait is not None:
            wait = max(min(wait, left), 0.0)
        ready, _, _ = select.select([fd], [], [], wait)
        if ready:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)
            continue
        left = remaining()
        if left is not None and left <= 0:
            os.kill(pid, signal.SIGKILL)
            checkpoint("reading the PDF")
            raise TimeBudgetExceededError("the time budget ran out while reading the PDF", path=path)
        if limit is not None and _rss(pid) - base > limit:
            os.kill(pid, signal.SIGKILL)
            raise TooLargeError(
                f"reading the PDF took more than Limits.max_memory ({limit // 1_000_000} MB): a page "
                "that draws without end (a form drawing itself) or a file too large to read",
                path=path,
            )


def hold_lock(path: str | None) -> AbstractContextManager[None]:
    """``LOCK``, waited for within the time budget."""
    # Other threads may be reading long PDFs: pdfium is not thread-safe.
    return held_within_budget(
        LOCK, path, where="waiting for another thread's PDF",
        error="the time budget ran out while waiting to read the PDF",
    )  # fmt: skip
