"""Limits on hostile input, and the per-document time budget.

vnlegal is pointed at whole archives and at uploads from strangers, so every ``parse()`` call
runs under a ``Limits``: the input size, the page count of a PDF, the uncompressed size and
entry count of a DOCX package (zip bombs), element nesting, line length, and a time budget.
The defaults let real documents through -- a 500-page Công báo PDF, a 50 MB DOCX full of
scans, a law flattened onto one line -- and stop what no official document looks like.
Input over a limit raises ``TooLargeError``; a parse that runs out of time raises
``TimeBudgetExceededError``. Raise a limit with ``dataclasses.replace`` or by naming it::

    vnlegal.parse(path, limits=vnlegal.Limits(max_pages=20_000, time_budget_s=600))

``None`` switches a limit off.

The time budget is cooperative: ``parse()`` opens a ``Budget`` for the call, and the readers
and stages call ``checkpoint()`` at stage boundaries and in their long loops. No watchdog
thread and no signal is used, so ``parse()`` may run on any thread, many at once: the
budget lives in a context variable, which each thread sees on its own.
"""

from __future__ import annotations

import contextvars
import dataclasses
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache

from vnlegal.errors import TimeBudgetExceededError, TooLargeError


@dataclass(frozen=True, slots=True)
class Limits:
    """What ``parse()`` accepts; ``None`` switches a limit off."""

    max_bytes: int | None = 256_000_000
    """Input size in bytes (a file, bytes, or the UTF-8 of a ``str``)."""
    max_pages: int | None = 5_000
    """Pages of a PDF (a whole gazette year is a volume, not a document)."""
    max_docx_uncompressed: int | None = 600_000_000
    """Sum of the uncompressed sizes of a DOCX package's entries: a zip bomb's are huge, while a
    50 MB DOCX of nothing but XML, at the usual 10:1 ratio, still fits."""
    max_docx_entries: int | None = 10_000
    """Entries in a DOCX package (Word writes tens; one per embedded image at most)."""
    max_depth: int | None = 1_000
    """Element nesting of an HTML page. XML parts of a DOCX are held to 256 levels by the
    XML parser itself; deeper ones raise ``TooLargeError`` too."""
    max_line_length: int | None = 5_000_000
    """Characters on one line of the text (a whole law flattened onto one line is some 2 million)."""
    max_compression_ratio: int | None = 100
    """How many times its packed size an XML part of a DOCX may unpack to (parts of a megabyte
    or more): Word's parts deflate 8-22 fold, a zip bomb's a thousandfold."""
    max_memory: int | None = 1_000_000_000
    """Bytes of memory one call may need for its input. Checked before the work that needs it,
    from what that work will hold: the XML tags of a DOCX part as it is unpacked, the tags of
    an HTML page, the characters and lines of the text before normalization; and watched on
    the native PDF engine (pdfium), which reads each PDF in a child process killed when its
    memory grows past this, so a page that draws itself (a form XObject calling itself) ends
    in ``TooLargeError``, never in the caller's abort (Linux and other systems with
    ``fork``)."""
    time_budget_s: float | None = 120.0
    """Wall-clock seconds for one ``parse()`` call, LibreOffice's .doc conversion included."""
    ocr_page_s: float | None = 20.0
    """Seconds added to ``time_budget_s`` for each page read by OCR (a page takes 2-5 s on
    one core), so an 80-page scan is not cut short by a budget sized for text."""

    def replace(self, **changes: int | float | None) -> Limits:
        """A copy with some limits changed: ``limits.replace(max_pages=20_000)``."""
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    @classmethod
    def unlimited(cls) -> Limits:
        """No limit at all (trusted input only: a zip bomb then exhausts the memory)."""
        return cls(*([None] * len(dataclasses.fields(cls))))

    def check_size(self, what: str, size: int, limit: int | None, unit: str, path: str | None) -> None:
        """Raise ``TooLargeError`` when ``size`` exceeds ``limit`` (named ``what``)."""
        if limit is not None and size > limit:
            raise TooLargeError(
                f"{what} is {_amount(size, unit)}, over the limit of {_amount(limit, unit)} "
                "(raise it with vnlegal.Limits if the input is trusted)",
                path=path,
            )

    def check_line_length(self, text: str, path: str | None) -> None:
        """Raise ``TooLargeError`` when a line of ``text`` (cut at "\\n" and "\\r", as
        normalization cuts it) is longer than ``max_line_length``. Run on the text as read,
        before normalization, whose work and copies a line of 100 million characters took
        80 s and 5 GB; linear, and nothing is copied."""
        limit = self.max_line_length
        if limit is None or len(text) <= limit:
            return
        pos, n = 0, len(text)
        while n - pos > limit:
            # The last line break of the window of limit + 1 characters from a line start:
            # without one, that line is too long. A window never needs scanning twice: the
            # next one starts after its last break, and what it shares with this one is
            # known to hold no break.
            # The last break of the window: str.rfind for each kind (no regex here, the ground
            # floor imports no package module; rfind is linear, without a copy).
            end = pos + limit + 1
            brk = max(text.rfind("\n", pos, end), text.rfind("\r", pos, end))
            if brk < 0:
                ends = [e for e in (text.find("\n", pos), text.find("\r", pos)) if e >= 0]
                length = min(ends, default=n) - pos
                self.check_size("a line of the text", length, limit, "characters", path)
            else:
                pos = brk + 1

    def check_memory(self, what: str, need: int, path: str | None) -> None:
        """Raise ``TooLargeError`` when work that would take about ``need`` bytes (an estimate
        from the input, made before the work) exceeds ``max_memory``."""
        if self.max_memory is not None and need > self.max_memory:
            raise TooLargeError(
                f"{what} would need about {_amount(need, 'bytes')} of memory, over Limits.max_memory "
                f"({_amount(self.max_memory, 'bytes')}; raise it if the input is trusted)",
                path=path,
            )


DEFAULT_LIMITS = Limits()
"""The limits ``parse()`` uses when it is given none."""

def _amount(n: int, unit: str) -> str:
    if unit == "bytes" and n >= 10_000_000:
        return f"{n // 1_000_000} MB"
    return f"{n:,} {unit}".replace(",", " ")


class Budget:
    """The deadline of one ``parse()`` call."""

    __slots__ = ("deadline", "path", "seconds")

    def __init__(self, seconds: float | None, path: str | None) -> None:
        self.seconds = seconds
        self.path = path
        self.deadline = None if seconds is None else time.monotonic() + seconds

    def remaining(self) -> float | None:
        """Seconds left, or None without a budget."""
        return None if self.deadline is None else self.deadline - time.monotonic()

    def check(self, where: str) -> None:
        """Raise ``TimeBudgetExceededError`` once the deadline has passed."""
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise TimeBudgetExceededError(
                f"parsing took longer than the time budget of {self.seconds:g} s (stopped in {where}); "
                "raise Limits.time_budget_s if the input is trusted",
                path=self.path,
            )


_BUDGET: contextvars.ContextVar[Budget | None] = contextvars.ContextVar("vnlegal_budget", default=None)


@contextmanager
def budget(seconds: float | None, path: str | None = None) -> Iterator[Budget]:
    """Run the block under a time budget that ``checkpoint()`` enforces."""
    b = Budget(seconds, path)
    token = _BUDGET.set(b)
    try:
        yield b
    finally:
        _BUDGET.reset(token)


def checkpoint(where: str) -> None:
    """Raise ``TimeBudgetExceededError`` when the current ``parse()`` call is out of time.

    Cheap (a context-variable read and a clock read): long loops call it once per item.
    Outside ``parse()`` it does nothing.
    """
    b = _BUDGET.get()
    if b is not None and b.deadline is not None and time.monotonic() > b.deadline:
        b.check(where)


def extend(seconds: float) -> None:
    """Move the current ``parse()`` call's deadline ``seconds`` later (work whose size is known
    only after reading, such as pages to OCR); no-op without a budget."""
    b = _BUDGET.get()
    if b is not None and b.deadline is not None:
        b.deadline += seconds
        if b.seconds is not None:
            b.seconds += seconds


def remaining() -> float | None:
    """Seconds left in the current budget, or None when there is none."""
    b = _BUDGET.get()
    return None if b is None else b.remaining()


@contextmanager
def held_within_budget(lock: threading.Lock, path: str | None, *, where: str, error: str) -> Iterator[None]:
    """Hold ``lock`` (a reader's lock on a library or converter that one thread uses at a time),
    waiting for it no longer than the current time budget allows; past the budget, the budget's
    own error if it has run out (at ``where``), else ``TimeBudgetExceededError(error)``."""
    left = remaining()
    if left is None:
        lock.acquire()
    elif not lock.acquire(timeout=max(left, 0.001)):
        checkpoint(where)
        raise TimeBudgetExceededError(error, path=path)
    try:
        yield
    finally:
        lock.release()


def regex_timeout() -> float | None:
    """The ``timeout=`` for a ``regex`` scan of a whole hostile text: what is left of the time
    budget (None without one). A scan that runs out raises the builtin ``TimeoutError``, which
    ``parse()`` reports as ``TimeBudgetExceededError``."""
    left = remaining()
    return None if left is None else max(left, 0.001)


_PR_SET_PDEATHSIG = 1


@cache
def _prctl() -> Callable[..., int] | None:
    """Linux ``prctl`` (None elsewhere). Called in a parent before it forks, so that a child
    looks nothing up."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        return ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None


def can_die_with_parent() -> bool:
    """True where ``die_with_parent`` works (Linux); looks ``prctl`` up for the children."""
    return _prctl() is not None


def die_with_parent(parent: int | None = None) -> None:
    """This process is sent SIGKILL when its parent dies (Linux ``PR_SET_PDEATHSIG``; nothing
    elsewhere), and with ``parent`` (the pid that forked it, read before the fork) exits at
    once if that parent is gone already. Native work that can run away (pdfium drawing a page
    without end) must not outlive a caller killed from outside (kill -9, the OOM killer)."""
    prctl = _prctl()
    if prctl is None:
        return
    prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if parent is not None and os.getppid() != parent:
        os._exit(1)
