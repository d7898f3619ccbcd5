"""The outcome of a batch run: ``BatchSummary``, returned by ``run()`` and shown by ``ui``."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

MB = 1_000_000
EXIT_OK, EXIT_FAILED, EXIT_INTERRUPTED = 0, 1, 130


@dataclass
class BatchSummary:
    """The outcome of a batch run (also written to ``OUTDIR/_summary.json``)."""

    outdir: str
    report: str
    """Path of the per-file report."""
    workers: int
    files: int = 0
    """Files handled: converted + skipped + failed."""
    converted: int = 0
    skipped: int = 0
    """Unchanged files left alone by ``resume``."""
    failed: int = 0
    pages: int = 0
    """Pages of the converted paged documents (PDF)."""
    bytes: int = 0
    """Input bytes of the converted and failed files."""
    seconds: float = 0.0
    """Wall-clock time of the run."""
    worker_cpu_seconds: float = 0.0
    """CPU time the workers spent on files (LibreOffice conversions included)."""
    errors: dict[str, int] = field(default_factory=dict)
    """Failed files by error type ("EncryptedDocumentError", "Timeout", "WorkerCrashed" ...)."""
    interrupted: bool = False
    """True when Ctrl-C / SIGTERM stopped the run before every file was handled."""
    disk_full: bool = False
    """True when the output disk filled up: the run stopped taking files, reported those it
    had, and ``resume`` (once there is room) does the rest."""
    peak_worker_rss_mb: float = 0.0
    """Largest peak resident memory reported by any worker process."""
    citations: int = 0
    """Rows of ``_citations.csv``."""
    assignments: int = 0
    """Rows of ``_assignments.csv``."""

    @property
    def megabytes(self) -> float:
        """Input MB (10^6 bytes) of the converted and failed files."""
        return self.bytes / MB

    @property
    def docs_per_s(self) -> float:
        """Converted and failed files per second of wall time."""
        return (self.converted + self.failed) / self.seconds if self.seconds else 0.0

    @property
    def mb_per_s(self) -> float:
        """Input MB per second of wall time."""
        return self.megabytes / self.seconds if self.seconds else 0.0

    @property
    def exit_code(self) -> int:
        """The CLI's exit code: 130 interrupted by a signal, else 1 when a file failed or the
        disk filled up, else 0."""
        if self.interrupted:
            return EXIT_INTERRUPTED
        return EXIT_FAILED if self.failed or self.disk_full else EXIT_OK

    def to_dict(self) -> dict[str, Any]:
        """Fields and derived rates as a JSON-ready dict."""
        d = asdict(self)
        d.update(megabytes=self.megabytes, docs_per_s=self.docs_per_s, mb_per_s=self.mb_per_s)
        return d
