"""Audit every compiled pattern of vnlegal for super-linear matching.

    .venv/bin/python benchmarks/fuzz/regex_audit.py [--size 2000]

Each module-level ``regex`` pattern is run with ``finditer`` (a search from every position,
the worst way a pattern can be applied) over hostile strings -- one unit repeated, for a
hundred units -- of n and 4n characters, under the regex module's ``timeout``. A pattern whose
time grows more than eightfold is listed with the unit that shows it. A listed pattern is
safe only if every call site applies it anchored (``match`` at a position, with a bounded
``endpos``) -- docs/reliability.md records the review.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
import time
from pathlib import Path
from typing import Any

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))

from scaling_probe import UNITS

import vnlegal

_SKIP = ("batch", "export", "__main__", "cli")


def patterns() -> dict[str, tuple[str, Any]]:
    """Compiled text patterns of every vnlegal module, by pattern text: (where, pattern)."""
    found: dict[str, tuple[str, Any]] = {}

    def collect(obj: Any, where: str, depth: int = 0) -> None:
        if isinstance(obj, regex.Pattern):
            if isinstance(obj.pattern, str):
                found.setdefault(f"{obj.pattern}{obj.flags}", (where, obj))
        elif depth < 2 and isinstance(obj, list | tuple | dict):
            items = obj.items() if isinstance(obj, dict) else enumerate(obj)
            for k, v in items:
                collect(v, f"{where}[{k!r}]"[:80], depth + 1)

    for info in pkgutil.walk_packages(vnlegal.__path__, "vnlegal."):
        if any(s in info.name for s in _SKIP):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            collect(value, f"{info.name}.{name}")
    return found


def cost(pattern: Any, text: str) -> float:
    start = time.perf_counter()
    try:
        for _ in pattern.finditer(text, timeout=3):
            pass
    except TimeoutError:
        return 99.0
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=int, default=2000)
    args = ap.parse_args(argv)
    n = args.size
    found = patterns()
    flagged = 0
    for where, pattern in found.values():
        worst: tuple[float, str, float, float] | None = None
        for unit in UNITS:
            small = cost(pattern, unit * (n // len(unit)))
            if small < 0.0005 and cost(pattern, unit * (16 * n // len(unit))) < 0.01:
                continue
            large = cost(pattern, unit * (4 * n // len(unit)))
            ratio = large / max(small, 1e-5)
            if large > 0.02 and ratio > 8 and (worst is None or ratio > worst[0]):
                worst = (ratio, unit, small, large)
        if worst is not None:
            flagged += 1
            ratio, unit, small, large = worst
            print(f"{where}: unit {unit!r} {small:.4f}s -> {large:.4f}s (x{ratio:.0f})")
            print(f"    /{pattern.pattern[:120]}/")
    print(f"{len(found)} patterns, {flagged} super-linear under finditer")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
