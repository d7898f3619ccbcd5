"""Speed benchmark: throughput of vnlegal on the ``*.txt`` files of a corpus, on one core.

Measured, each as the median over ``--repeat`` runs (after one warm-up run) of the total time
over all files, and reported in MB/s of input bytes (1 MB = 10^6 bytes):

* baseline -- read bytes + decode + ``unicodedata.normalize("NFC")`` + ``splitlines()``
  (the floor any text reader pays);
* parse -- ``vnlegal.parse(path)``, the whole pipeline;
* citations -- ``vnlegal.extract_citations(text)`` on the decoded text (skipped when the
  function does not exist yet);
* normalize -- ``vnlegal.normalize.normalize(text)`` on the decoded text.

Also: the ratio of each time to the baseline (how many times slower), the share of
normalization in the parse time, and the time of ``import vnlegal`` in a fresh interpreter
(median of 5 subprocesses). The process is pinned to one CPU when the OS allows it.

Run from the repository root::

    .venv/bin/python benchmarks/speed.py                 # default corpus ../shared/corpus/dev
    .venv/bin/python benchmarks/speed.py --corpus DIR --repeat 9 --json out.json
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import vnlegal
from vnlegal.normalize import normalize

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "corpus" / "dev"
MB = 1_000_000

IMPORT_PROBE = (
    "import time; t = time.perf_counter(); import vnlegal; "
    "print(time.perf_counter() - t)"
)


def decode(data: bytes) -> str:
    """UTF-8 (BOM stripped), else Windows-1258 -- what a minimal text reader does."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1258", errors="replace")


def baseline_one(path: Path) -> int:
    """Read, decode, NFC, split into lines; returns the line count."""
    text = unicodedata.normalize("NFC", decode(path.read_bytes()))
    return len(text.splitlines())


def pin_one_cpu() -> int | None:
    """Pin this process to one CPU (Linux); returns the CPU id or None."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    try:
        cpus = sorted(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpus[0]})
        return cpus[0]
    except OSError:
        return None


def time_pass(fn: Callable[[Any], object], items: Sequence[Any]) -> tuple[float, int]:
    """Seconds to call ``fn`` on every item, and how many calls raised."""
    errors = 0
    start = time.perf_counter()
    for item in items:
        try:
            fn(item)
        except Exception:
            errors += 1
    return time.perf_counter() - start, errors


def measure(fn: Callable[[Any], object], items: Sequence[Any], repeat: int) -> dict[str, Any]:
    """Warm up once, then the median (and min/max) of ``repeat`` timed passes."""
    _, errors = time_pass(fn, items)
    runs = [time_pass(fn, items)[0] for _ in range(repeat)]
    return {
        "median_s": statistics.median(runs),
        "min_s": min(runs),
        "max_s": max(runs),
        "runs_s": runs,
        "errors_per_pass": errors,
    }


def import_time(samples: int = 5) -> dict[str, Any]:
    """``import vnlegal`` in fresh interpreters: median seconds over ``samples`` runs."""
    runs: list[float] = []
    for _ in range(samples):
        out = subprocess.run(
            [sys.executable, "-c", IMPORT_PROBE],
            capture_output=True,
            text=True,
            check=True,
            cwd=REPO_ROOT,
        )
        runs.append(float(out.stdout.strip().splitlines()[-1]))
    return {"median_s": statistics.median(runs), "runs_s": runs}


def get_extract_citations() -> Callable[[str], object] | None:
    """``vnlegal.extract_citations`` if the package provides it (its module may not exist)."""
    try:
        fn = vnlegal.extract_citations
    except (AttributeError, ImportError):
        return None
    return fn if callable(fn) else None


def run(corpus: Path, repeat: int) -> dict[str, Any]:
    """All measurements as a JSON-ready dict."""
    files = sorted(corpus.glob("*.txt"))
    if not files:
        raise SystemExit(f"error: no *.txt files in {corpus}")
    total_bytes = sum(p.stat().st_size for p in files)
    texts = [decode(p.read_bytes()) for p in files]
    cpu = pin_one_cpu()

    results: dict[str, dict[str, Any]] = {}
    results["baseline"] = measure(baseline_one, files, repeat)
    results["parse"] = measure(vnlegal.parse, files, repeat)
    extract = get_extract_citations()
    if extract is not None:
        results["citations"] = measure(extract, texts, repeat)
    results["normalize"] = measure(normalize, texts, repeat)

    base = results["baseline"]["median_s"]
    for r in results.values():
        r["mb_per_s"] = total_bytes / MB / r["median_s"] if r["median_s"] else None
        r["x_baseline"] = r["median_s"] / base if base else None
        r["docs_per_s"] = len(files) / r["median_s"] if r["median_s"] else None
    parse_s = results["parse"]["median_s"]
    return {
        "corpus": str(corpus.resolve()),
        "files": len(files),
        "bytes": total_bytes,
        "repeat": repeat,
        "cpu": cpu,
        "python": platform.python_version(),
        "vnlegal": getattr(vnlegal, "__version__", None),
        "results": results,
        "citations_skipped": extract is None,
        "normalize_share_of_parse": results["normalize"]["median_s"] / parse_s if parse_s else None,
        "import": import_time(),
    }


def render(report: dict[str, Any]) -> str:
    """A small table plus the import time and normalization share."""
    lines = [
        f"corpus {report['corpus']}: {report['files']} files, {report['bytes'] / MB:.3f} MB; "
        f"median of {report['repeat']} runs after 1 warm-up; "
        f"cpu {report['cpu'] if report['cpu'] is not None else 'not pinned'}",
        "",
        f"{'stage':<10} {'median s':>9} {'MB/s':>9} {'docs/s':>9} {'x baseline':>11} {'errors':>7}",
    ]
    for name, r in report["results"].items():
        lines.append(
            f"{name:<10} {r['median_s']:>9.4f} {r['mb_per_s']:>9.2f} {r['docs_per_s']:>9.1f} "
            f"{r['x_baseline']:>11.1f} {r['errors_per_pass']:>7}"
        )
    if report["citations_skipped"]:
        lines.append(f"{'citations':<10} skipped: vnlegal.extract_citations is not available")
    share = report["normalize_share_of_parse"]
    lines += [
        "",
        f"normalization share of parse time: {100 * share:.1f}%" if share is not None else "",
        f"import vnlegal (fresh interpreter, median of {len(report['import']['runs_s'])}): "
        f"{1000 * report['import']['median_s']:.1f} ms",
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                        help=f"folder with *.txt files (default {DEFAULT_CORPUS})")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per stage (default 5)")
    parser.add_argument("--json", type=Path, metavar="OUT", help="write the numbers to OUT")
    args = parser.parse_args(argv)  # fmt: skip
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    report = run(args.corpus, args.repeat)
    print(render(report))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
