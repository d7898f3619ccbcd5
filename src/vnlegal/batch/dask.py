"""The Dask path of ``vnlegal.batch.runner.run(..., client=...)`` / ``vnlegal batch --scheduler``.

The same ``Task``s as the local pool, sent in chunks of ``chunk`` files to
``batch_worker.convert_all`` on the cluster; only a bounded window of chunks is in flight at a
time, so the client and the scheduler hold a few hundred tasks, not millions. Workers write the
JSON outputs themselves, so OUTDIR must be a path every worker sees (a shared file system);
in JSONL mode the documents travel back to the client, which writes them.

Imported only when a client is given: ``dask[distributed]`` is an optional extra
(``pip install 'vnlegal[dask]'``).
"""

from __future__ import annotations

import importlib
import os
from typing import Any

from vnlegal.batch.inputs import BatchError
from vnlegal.batch.worker import FileResult, ParseFn, Task, convert_all, failed

DEFAULT_CHUNK = 8
"""Files per Dask task: amortizes the scheduler's per-task cost (a few ms) over several files."""


def _distributed() -> Any:
    # Imported as a module object: distributed's API is only partly typed.
    return importlib.import_module("distributed")


def connect(address: str) -> Any:
    """A ``distributed.Client`` for the scheduler at ``address`` ("tcp://host:8786")."""
    try:
        distributed = _distributed()
    except ImportError:
        raise BatchError("--scheduler needs Dask: pip install 'vnlegal[dask]' (dask[distributed])") from None
    try:
        return distributed.Client(address, timeout="30s")
    except (OSError, TimeoutError) as exc:
        raise BatchError(f"cannot reach the Dask scheduler at {address}: {exc}") from None


class DaskEngine:
    """Runs tasks on a Dask cluster (the ``Engine`` protocol of ``vnlegal.batch.runner``)."""

    def __init__(self, client: Any, *, timeout: float, parse_fn: ParseFn | None = None,
                 chunk: int = DEFAULT_CHUNK) -> None:  # fmt: skip
        self._client = client
        self._timeout = timeout
        self._parse_fn = parse_fn
        self._chunk = chunk
        threads = sum(client.nthreads().values()) or 1
        self.workers = threads
        self._window = 2 * threads
        self._buffer: list[Task] = []
        self._futures: dict[Any, list[Task]] = {}

    def _flush(self) -> None:
        if self._buffer:
            fut = self._client.submit(convert_all, self._buffer, self._timeout, self._parse_fn, pure=False)
            self._futures[fut] = self._buffer
            self._buffer = []

    def capacity(self) -> int:
        """Tasks that may be submitted now."""
        return max(0, (self._window - len(self._futures)) * self._chunk - len(self._buffer))

    def in_flight(self) -> int:
        """Tasks submitted and not yet returned."""
        return sum(len(t) for t in self._futures.values()) + len(self._buffer)

    def submit(self, task: Task) -> None:
        """Queue a task; a full chunk goes to the cluster at once."""
        self._buffer.append(task)
        if len(self._buffer) >= self._chunk:
            self._flush()

    def results(self, wait_s: float) -> list[FileResult]:
        """Results of the chunks that finish within ``wait_s`` seconds."""
        self._flush()
        if not self._futures:
            return []
        try:
            done = (
                _distributed().wait(list(self._futures), timeout=wait_s, return_when="FIRST_COMPLETED").done
            )
        except TimeoutError:
            return []
        out: list[FileResult] = []
        for fut in done:
            tasks = self._futures.pop(fut)
            if fut.status == "finished":
                out.extend(fut.result())
                continue
            # The chunk failed as a whole: its worker died repeatedly (KilledWorker) or the
            # cluster lost it. Every file of the chunk is reported with that error.
            try:
                exc: BaseException | None = fut.exception()
            except BaseException as e:  # cancelled futures raise here
                exc = e
            name = type(exc).__name__ if exc is not None else "DaskError"
            out.extend(failed(t, name, f"the Dask task failed: {exc}", 0.0, os.getpid()) for t in tasks)
            fut.release()
        return out

    def close(self, *, kill: bool = False) -> None:
        """Cancel what is still queued on the cluster when ``kill``; the client stays open."""
        if kill and self._futures:
            self._client.cancel(list(self._futures))
        self._futures.clear()
        self._buffer.clear()
