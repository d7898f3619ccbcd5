"""What a batch shows on stderr: the rich progress bar and the final summary."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vnlegal.batch.summary import BatchSummary


class BatchProgress:
    """A rich progress bar on stderr (files done / total, docs/s, errors, elapsed, ETA);
    does nothing when disabled."""

    def __init__(self, enabled: bool) -> None:
        self._bar: Any = None
        self._task: Any = None
        self._errors = 0
        if not enabled:
            return
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            ProgressColumn,
            Task,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )
        from rich.text import Text

        class Rate(ProgressColumn):
            def render(self, task: Task) -> Text:
                speed = task.finished_speed or task.speed
                return Text(f"{speed:6.1f} docs/s" if speed else "     - docs/s", style="progress.data.speed")

        self._bar = Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            Rate(),
            TextColumn("[red]{task.fields[errors]} errors"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            refresh_per_second=4,
            speed_estimate_period=60,
        )

    def start(self, total: int | None) -> None:
        """Show the bar."""
        if self._bar is not None:
            self._bar.start()
            self._task = self._bar.add_task("converting", total=total, errors=0)

    def advance(self, failed: bool) -> None:
        """One more file done."""
        if self._bar is not None:
            self._errors += failed
            self._bar.update(self._task, advance=1, errors=self._errors)

    def describe(self, text: str) -> None:
        """Change the label (e.g. "stopping")."""
        if self._bar is not None:
            self._bar.update(self._task, description=text)

    def stop(self) -> None:
        """Leave the final state of the bar on screen."""
        if self._bar is not None:
            self._bar.stop()


def render_summary(summary: BatchSummary) -> None:
    """Print the summary table (and errors by type) to stderr."""
    from rich.console import Console
    from rich.table import Table

    s = summary
    state = ""
    if s.interrupted:
        state = " (interrupted)"
    elif s.disk_full:
        state = " (stopped: the disk is full; run again with --resume once there is room)"
    table = Table(title="vnlegal batch" + state, show_header=False)
    table.add_column(justify="left")
    table.add_column(justify="right")
    rows = [
        ("documents", f"{s.files:,}"),
        ("converted", f"{s.converted:,}"),
        ("skipped (--resume)", f"{s.skipped:,}"),
        ("failed", f"[red]{s.failed:,}[/]" if s.failed else "0"),
        ("pages (paged formats)", f"{s.pages:,}"),
        ("input MB", f"{s.megabytes:,.1f}"),
        ("seconds", f"{s.seconds:,.1f}"),
        ("docs/s", f"{s.docs_per_s:,.1f}"),
        ("MB/s", f"{s.mb_per_s:,.2f}"),
        ("workers", str(s.workers)),
        ("peak worker memory", f"{s.peak_worker_rss_mb:,.0f} MB" if s.peak_worker_rss_mb else "-"),
    ]
    for k, v in rows:
        table.add_row(k, v)
    for name, n in sorted(s.errors.items(), key=lambda kv: (-kv[1], kv[0])):
        table.add_row(f"  error: {name}", f"{n:,}")
    table.add_row("report", s.report)
    console = Console(stderr=True)
    console.print(table)
