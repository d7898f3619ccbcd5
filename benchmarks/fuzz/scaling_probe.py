"""Probe for super-linear hot spots: parse hostile shapes of text at two sizes and flag any
whose time grows much faster than the input.

    .venv/bin/python benchmarks/fuzz/scaling_probe.py                 # all shapes, 50k / 200k chars
    .venv/bin/python benchmarks/fuzz/scaling_probe.py --size 100000 --shape lines

Each unit (a word, a marker, a symbol, a run of blanks ...) is repeated into three shapes:
one long line, many lines of some sixty characters, and a mix with a citation-like phrase.
A shape is flagged when four times the input costs more than eight times the time (linear
code costs four) and over a second. A stage that is quadratic shows at once: 16x.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))

import vnlegal
from vnlegal.limits import Limits

UNITS = [
    "a", " ", "1", "1/", "1.", "a)", "-", ".", "/", "|", ",", ":", "\u0301", "A", "Đ", "Ư", "(", "“", "\n",
    "\n\n", " \n", "Điều ", "Điều 1 ", "Điều 1, ", "số ", "Số: 1/", "ngày ", "ngày 1 tháng 1 năm 2020 ",
    "tháng ", "năm ", "Luật ", "Nghị định ", "theo ", "của ", "UBND ", "1/2020/NĐ-CP ", "NĐ-CP", "I. ", "II.",
    "a) ", "- ", "+ ", "khoản 1 ", "điểm a ", "Chương I ", "Phần ", "Mục 1 ", "Ủy ban nhân dân ",
    "ỦY BAN NHÂN DÂN ", "Sở ", "và ", "các ", "Bộ ", "1.1.", "1 1 ", "a a ", "aa", "A A ", "12/", "/1", "-1",
    "1-", "Q", "QĐ-", "số 1/ ", "Kế hoạch ", "Quyết định ", "chủ trì ", "phối hợp ", "trước ngày ",
    "hằng năm ", "quý ", "|a", "| ", "…", "...", ". ", "; ", "đ", "Đ-", "“a”", "\t", "  ", "   ", "\u00a0",
    "Nơi nhận:", "TM. ", "KT. ", "CHỦ TỊCH ", "(1)", "[1]", "a\u0301", "ư\u0300ơ",
]  # fmt: skip

_CITATION = "Điều 1 số 1/2020/NĐ-CP ngày 1 tháng 2 năm 2020 "


def shape(kind: str, unit: str, n: int) -> str:
    """``unit`` repeated into about ``n`` characters of the given shape."""
    if kind == "line":
        return "Kế hoạch\n" + unit * (n // len(unit))
    if kind == "lines":
        per = max(1, 60 // len(unit))
        line = (unit * per).replace("\n", " ")
        return "Kế hoạch\n" + (line + "\n") * (n // len(line) + 1)
    return "Kế hoạch\n" + (unit + _CITATION) * (n // (len(unit) + len(_CITATION)))


def cost(text: str) -> tuple[float, str]:
    start = time.perf_counter()
    try:
        vnlegal.parse(text, limits=Limits(time_budget_s=120.0))
        result = "ok"
    except vnlegal.InternalError as exc:
        result = f"CRASH {exc}"
    except vnlegal.ParseError as exc:
        result = type(exc).__name__
    return time.perf_counter() - start, result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=int, default=50_000, help="the smaller size, in characters")
    ap.add_argument("--shape", choices=["line", "lines", "mix"], action="append")
    args = ap.parse_args(argv)
    vnlegal.parse("Kế hoạch\nấm")
    flagged = 0
    for kind in args.shape or ["line", "lines", "mix"]:
        for unit in UNITS:
            make: Callable[[int], str] = lambda n, u=unit, k=kind: shape(k, u, n)  # noqa: E731
            small, r1 = cost(make(args.size))
            large, r2 = cost(make(4 * args.size))
            bad = (large > 1.0 and large > 8 * small) or "CRASH" in r1 + r2 or "TimeBudget" in r2
            flagged += bad
            if bad or large > 2.0:
                mark = "  <<< super-linear" if bad else ""
                print(f"{kind:5} {unit!r:28} {small:6.2f}s {large:6.2f}s {r1} {r2}{mark}", flush=True)
    print(f"{flagged} shape(s) flagged")
    return 1 if flagged else 0


if __name__ == "__main__":
    raise SystemExit(main())
