"""Batch benchmark: ``vnlegal.batch.runner.run`` over a generated archive, 1 worker vs N workers.

The archive (built in a temp folder, removed afterwards) cycles through the source files --
the dev corpus texts and binaries (default ../shared/corpus/dev and its binary/, else
fixtures/texts and fixtures/binary) -- copied into ``--files`` files in folders of 100, and
adds, every ``--bad-every`` files, a broken one in turn: empty, truncated PDF, encrypted PDF,
random bytes named .docx. A .doc file (fixtures/binary/B06.doc, converted by LibreOffice, ~1 s
each) goes in every ``--doc-every`` files.

Measured, per worker count, as the median over ``--repeat`` runs into fresh output folders
(worker counts interleaved: 1, 2, 1, 2 ...):

* seconds, docs/s and input MB/s of the whole run (wall clock, progress bar off);
* the throughput ratio N workers / first worker count (target >= 1.8 for 2 vs 1 on 2 cores);
* the peak resident memory of any worker process (``BatchSummary.peak_worker_rss_mb``,
  ru_maxrss reported by the workers; target < 300 MB);
* the parent's own CPU seconds (report, CSVs, bookkeeping), the workers' CPU seconds
  (``BatchSummary.worker_cpu_seconds``, LibreOffice included) and, on Linux, the CPU seconds
  the whole machine spent during the run (/proc/stat). Machine minus parent minus workers is
  other programs' load; on a shared machine it makes a speedup meaningless, so a run whose
  other load exceeds ``--max-other`` (a share of its wall time) is dropped and run again, up
  to ``--attempts`` rounds; ``--wait-quiet`` waits for idle CPUs before each run;
* a ``--resume`` pass over the finished output (every file skipped after a sha256 check).

Run from the repository root::

    .venv/bin/python benchmarks/batch.py                       # 2,000 files, 1 vs 2 workers
    .venv/bin/python benchmarks/batch.py --files 500 --repeat 3 --json batch.json
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import vnlegal
from vnlegal.batch.runner import run

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "corpus" / "dev"
FIXTURES = REPO_ROOT / "fixtures"
MB = 1_000_000


def sources(corpus: Path) -> list[Path]:
    """The good files to cycle through: the corpus texts and binaries (or the fixtures')."""
    if corpus.is_dir() and list(corpus.glob("*.txt")):
        texts, binary = sorted(corpus.glob("*.txt")), corpus / "binary"
    else:
        texts, binary = sorted((FIXTURES / "texts").glob("*.txt")), FIXTURES / "binary"
    bins = [p for p in sorted(binary.glob("*")) if p.suffix in {".pdf", ".docx", ".html"}]
    return texts + bins


def _bad(k: int, dest: Path) -> Path:
    """The k-th broken file (empty / truncated PDF / encrypted PDF / random bytes .docx)."""
    kind = k % 4
    if kind == 0:
        p = dest.with_name(dest.name + "_empty.txt")
        p.write_bytes(b"")
    elif kind == 1:
        p = dest.with_name(dest.name + "_truncated.pdf")
        p.write_bytes((FIXTURES / "binary" / "B02_QD-1074-QD-BXD_2026.pdf").read_bytes()[:4000])
    elif kind == 2:
        p = dest.with_name(dest.name + "_encrypted.pdf")
        shutil.copy(FIXTURES / "binary" / "B06_encrypted.pdf", p)
    else:
        p = dest.with_name(dest.name + "_random.docx")
        p.write_bytes(os.urandom(4096))
    return p


def build_archive(dest: Path, corpus: Path, files: int, bad_every: int, doc_every: int) -> dict[str, Any]:
    """Write the archive under ``dest``; returns counts by suffix and the number of bad files."""
    pool = sources(corpus)
    doc = FIXTURES / "binary" / "B06.doc"
    counts: dict[str, int] = {}
    bad = 0
    for i in range(files):
        folder = dest / f"d{i // 100:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        stem = folder / f"{i:06d}"
        if doc_every and i % doc_every == doc_every - 1 and doc.is_file():
            p = stem.with_name(f"{stem.name}_{doc.name}")
            shutil.copy(doc, p)
        elif bad_every and i % bad_every == bad_every - 1:
            p = _bad(bad, stem)
            bad += 1
        else:
            src = pool[i % len(pool)]
            p = stem.with_name(f"{stem.name}_{src.name}")
            shutil.copy(src, p)
        counts[p.suffix.lower()] = counts.get(p.suffix.lower(), 0) + 1
    size = sum(p.stat().st_size for p in dest.rglob("*") if p.is_file())
    return {"files": files, "by_suffix": counts, "bad": bad, "bytes": size, "sources": len(pool)}


def machine_busy_s() -> float | None:
    """CPU seconds all CPUs have spent busy since boot (Linux /proc/stat), else None."""
    try:
        with open("/proc/stat", encoding="ascii") as f:
            fields = [int(x) for x in f.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def wait_quiet(limit: float, window: float = 3.0, share: float = 0.05) -> bool:
    """Wait (at most ``limit`` seconds) until other programs leave the CPUs idle: less than
    ``share`` busy over ``window`` seconds. True when quiet, False on time out or without
    /proc/stat. (On a machine shared through cgroups, nice values do not help.)"""
    end = time.monotonic() + limit
    while time.monotonic() < end:
        before = machine_busy_s()
        time.sleep(window)
        after = machine_busy_s()
        if before is None or after is None:
            return False
        if after - before < share * window * (os.cpu_count() or 1):
            return True
    return False


def one_run(archive: Path, out: Path, workers: int, resume: bool = False) -> dict[str, Any]:
    """One batch run: wall seconds, summary, CPU seconds of parent and workers, other load."""
    if not resume:
        shutil.rmtree(out, ignore_errors=True)
    cpu, busy = time.process_time(), machine_busy_s()
    start = time.perf_counter()
    s = run([archive], out, workers=workers, progress=False, resume=resume)
    wall = time.perf_counter() - start
    after = machine_busy_s()
    d = s.to_dict()
    d.update(wall_s=wall, parent_cpu_s=time.process_time() - cpu)
    machine = after - busy if after is not None and busy is not None else None
    d["other_load_s"] = None if machine is None else machine - d["parent_cpu_s"] - s.worker_cpu_seconds
    return d


def _clean(r: dict[str, Any], max_other: float) -> bool:
    return r["other_load_s"] is None or r["other_load_s"] <= max_other * r["wall_s"]


def _summarize(workers: int, runs: list[dict[str, Any]], dropped: list[float], out: Path) -> dict[str, Any]:
    walls = [r["wall_s"] for r in runs]
    median, last = statistics.median(walls), runs[-1]
    return {
        "workers": workers,
        "median_s": median,
        "runs_s": walls,
        "docs_per_s": (last["converted"] + last["failed"]) / median,
        "mb_per_s": last["megabytes"] / median,
        "converted": last["converted"],
        "failed": last["failed"],
        "errors": last["errors"],
        "pages": last["pages"],
        "peak_worker_rss_mb": max(r["peak_worker_rss_mb"] for r in runs),
        "parent_cpu_s": statistics.median(r["parent_cpu_s"] for r in runs),
        "worker_cpu_s": statistics.median(r["worker_cpu_seconds"] for r in runs),
        "other_load_s": [r["other_load_s"] for r in runs],
        "dropped_other_load_s": dropped,
        "out": str(out),
    }


def bench(args: argparse.Namespace) -> dict[str, Any]:
    """Build the archive, run the worker counts in turn until each has ``--repeat`` clean
    runs, then a --resume pass."""
    with tempfile.TemporaryDirectory(prefix="vnlegal-batch-bench-") as tmp:
        scratch = Path(tmp)
        archive = scratch / "archive"
        info = build_archive(archive, args.corpus, args.files, args.bad_every, args.doc_every)
        runs: dict[int, list[dict[str, Any]]] = {w: [] for w in args.workers}
        dropped: dict[int, list[float]] = {w: [] for w in args.workers}
        for _ in range(args.attempts):
            for w in args.workers:
                if len(runs[w]) < args.repeat:
                    if args.wait_quiet:
                        wait_quiet(args.wait_quiet)
                    r = one_run(archive, scratch / f"out-w{w}", w)
                    if _clean(r, args.max_other):
                        runs[w].append(r)
                    else:
                        dropped[w].append(r["other_load_s"])
            if all(len(v) >= args.repeat for v in runs.values()):
                break
        if not all(runs.values()):
            seen = {w: [round(x or 0, 1) for x in d] for w, d in dropped.items()}
            raise SystemExit(
                f"error: other programs kept the CPUs busy in all {args.attempts} rounds (their CPU "
                f"seconds per run, by worker count: {seen}); try --wait-quiet"
            )
        results = [_summarize(w, runs[w], dropped[w], scratch / f"out-w{w}") for w in args.workers]
        last = args.workers[-1]
        resume = one_run(archive, scratch / f"out-w{last}", last, resume=True)
    base = results[0]["median_s"]
    for r in results:
        r["speedup_vs_first"] = base / r["median_s"] if r["median_s"] else None
    return {
        "archive": info,
        "corpus": str(args.corpus),
        "repeat": args.repeat,
        "max_other": args.max_other,
        "cpus": os.cpu_count(),
        "load_avg_before": args.load_before,
        "python": platform.python_version(),
        "vnlegal": vnlegal.__version__,
        "results": results,
        "resume": {"seconds": resume["wall_s"], "skipped": resume["skipped"], "failed": resume["failed"]},
    }


def _secs(v: float | None) -> str:
    return "-" if v is None else f"{v:.1f} s"


def render(rep: dict[str, Any]) -> str:
    """A small table and the resume pass."""
    a = rep["archive"]
    suffixes = ", ".join(f"{n} {s}" for s, n in sorted(a["by_suffix"].items()))
    lines = [
        f"archive: {a['files']} files ({suffixes}), {a['bytes'] / MB:.1f} MB, {a['bad']} broken; "
        f"median of {rep['repeat']} clean run(s) (other load <= {100 * rep['max_other']:.0f}% of wall); "
        f"{rep['cpus']} CPUs; load before {rep['load_avg_before']}",
        "",
        f"{'workers':>7} {'median s':>9} {'docs/s':>8} {'MB/s':>7} {'speedup':>8} {'peak RSS':>9} "
        f"{'parent CPU':>10} {'worker CPU':>10} {'other load':>10} {'ok':>6} {'failed':>6} {'dropped':>7}",
    ]
    for r in rep["results"]:
        other = max((v for v in r["other_load_s"] if v is not None), default=None)
        lines.append(
            f"{r['workers']:>7} {r['median_s']:>9.2f} {r['docs_per_s']:>8.1f} {r['mb_per_s']:>7.2f} "
            f"{r['speedup_vs_first']:>7.2f}x {r['peak_worker_rss_mb']:>6.0f} MB {r['parent_cpu_s']:>8.2f} s "
            f"{r['worker_cpu_s']:>8.1f} s {_secs(other):>10} {r['converted']:>6} {r['failed']:>6} "
            f"{len(r['dropped_other_load_s']):>7}"
        )
    errors = rep["results"][-1]["errors"]
    lines += [
        "",
        "errors: " + ", ".join(f"{k} {v}" for k, v in sorted(errors.items())),
        f"--resume over the finished output: {rep['resume']['seconds']:.2f} s, "
        f"{rep['resume']['skipped']} skipped",
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument(
        "--corpus",
        type=Path,
        default=DEFAULT_CORPUS,
        help=f"source texts (and binary/) (default {DEFAULT_CORPUS}, else fixtures)",
    )
    parser.add_argument("--files", type=int, default=2000, help="archive size (default 2000)")
    parser.add_argument("--bad-every", type=int, default=50, help="one broken file every N (default 50)")
    parser.add_argument("--doc-every", type=int, default=400, help="one .doc file every N (default 400)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts (default 1 2)")
    parser.add_argument("--repeat", type=int, default=1, help="clean runs per worker count (default 1)")
    parser.add_argument("--attempts", type=int, default=5, help="rounds at most (default 5)")
    parser.add_argument(
        "--max-other",
        type=float,
        default=0.05,
        help="drop a run if other programs used more CPU than this share of its wall "
        "time (default 0.05; 1e9 keeps every run)",
    )
    parser.add_argument(
        "--wait-quiet",
        type=float,
        default=0,
        metavar="SECONDS",
        help="before each run, wait up to SECONDS for the CPUs to be idle (shared machines)",
    )
    parser.add_argument("--json", type=Path, metavar="OUT", help="write the numbers to OUT")
    args = parser.parse_args(argv)  # fmt: skip
    if args.files < 1 or args.repeat < 1 or min(args.workers) < 1 or args.attempts < args.repeat:
        parser.error("--files, --repeat, --workers must be at least 1 and --attempts at least --repeat")
    args.load_before = round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None
    report = bench(args)
    print(render(report))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
