"""Parse one file in a process of its own and print what happened as JSON: the error type
(or "ok"), its message, the seconds parse() took and the process's peak resident memory.

The hostile probes of issue 17 (tests/test_hostile_limits.py) run each input through this,
so that a peak RSS is that input's alone::

    python -m tests.hostile_run FILE [--budget S] [--limit NAME=VALUE ...] [--ocr never]
"""

from __future__ import annotations

import argparse
import importlib
import json
import resource
import sys
import time
from pathlib import Path

import vnlegal


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--budget", type=float, default=None)
    ap.add_argument("--limit", action="append", default=[], help="NAME=VALUE of vnlegal.Limits")
    ap.add_argument("--ocr", default="never")
    ap.add_argument("--reader", default="text", help="the reader module imported before timing")
    args = ap.parse_args(argv)
    limits = vnlegal.Limits()
    for item in args.limit:
        name, _, value = item.partition("=")
        limits = limits.replace(
            **{name: None if value == "none" else float(value) if "." in value else int(value)}
        )
    if args.budget is not None:
        limits = limits.replace(time_budget_s=args.budget)
    # Warm: the modules a first parse() imports (a second on a loaded machine) are not the
    # input's doing, and a service pays them once.
    vnlegal.parse_text("KẾ HOẠCH\nSố: 12/KH-UBND")
    importlib.import_module(f"vnlegal.readers.{args.reader}")
    start, cpu = time.perf_counter(), time.process_time()
    try:
        doc = vnlegal.parse(Path(args.path), limits=limits, ocr=args.ocr)
        outcome, message = "ok", f"{len(doc.text)} characters"
    except vnlegal.ParseError as exc:
        outcome, message = type(exc).__name__, exc.message
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps({"outcome": outcome, "message": message[:300], "seconds": round(seconds, 3),
                      "cpu": round(cpu, 3), "rss_mb": round(peak / 1024),
                      "children_rss_mb": round(children / 1024)}))  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
