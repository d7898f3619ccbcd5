"""Cold start (issue 20): ``import vnlegal`` plus the first ``vnlegal.parse`` of the seed plan,
as a whole process, against ``python -c pass``; and ``vnlegal summary`` of the same plan.

A round runs ``python -c pass``, then for each tree the parse probe and the summary command;
every figure is the median over ``--samples`` rounds (default 10), so a slow spell of a shared
machine weighs on every command alike. Reported for each tree: wall time and CPU time (user +
sys: on a loaded machine the wall time also counts the wait for a core) of the probe and of the
summary; the probe minus ``python -c pass`` (budget: <= 150 ms wall); the summary's wall
(budget: <= 0.3 s); whether the probe imported underthesea (it should not).

The commands run with compiled bytecode, as after ``pip install`` (which writes the ``.pyc``
files): a private ``PYTHONPYCACHEPREFIX`` and one warm-up round that is not counted.
``PYTHONDONTWRITEBYTECODE`` (set in some sandboxes) is dropped for them: with it every process
compiles every module from source, a cost no installed copy pays.

Run from the repository root::

    .venv/bin/python benchmarks/cold_start.py                   # this tree
    .venv/bin/python benchmarks/cold_start.py --with ../base    # and another checkout, same rounds

``benchmarks/speed.py`` reports the same figures for this tree.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
_SEED_NAME = "000_ke-hoach_1560-kh-ubnd_binhduong_ttdn_2021.txt"
_DEV_SEED = REPO_ROOT.parent / "shared" / "corpus" / "dev" / _SEED_NAME
SEED = _DEV_SEED if _DEV_SEED.exists() else REPO_ROOT / "fixtures" / "texts" / _SEED_NAME
PARSE_PROBE = "import sys, vnlegal; vnlegal.parse(sys.argv[1]); print('underthesea' in sys.modules)"
BUDGET_PARSE_S = 0.150
BUDGET_SUMMARY_S = 0.300


def _run(args: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Wall seconds, CPU seconds (user + sys) and stdout of one process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(args, env=env, cwd=REPO_ROOT, capture_output=True, text=True, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, done.stdout


def _median(runs: list[tuple[float, float]]) -> dict[str, Any]:
    return {
        "wall_s": statistics.median(w for w, _ in runs),
        "cpu_s": statistics.median(c for _, c in runs),
        "runs": [[round(w, 4), round(c, 4)] for w, c in runs],
    }


def measure(trees: Sequence[tuple[str, Path]], samples: int = 10, seed: Path = SEED) -> dict[str, Any]:
    """The cold-start figures of each ``(label, checkout)`` in ``trees``, interleaved."""
    with tempfile.TemporaryDirectory(prefix="vnlegal-pyc-") as pyc:
        base_env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        base_env["PYTHONPYCACHEPREFIX"] = pyc
        envs = {label: {**base_env, "PYTHONPATH": str(root / "src")} for label, root in trees}
        commands = {
            label: {
                "parse": [sys.executable, "-c", PARSE_PROBE, str(seed)],
                "summary": [sys.executable, "-m", "vnlegal", "summary", str(seed)],
            }
            for label, _ in trees
        }
        runs: dict[str, list[tuple[float, float]]] = {"pass": []}
        underthesea: dict[str, bool] = {}
        for round_ in range(samples + 1):  # round 0 writes the bytecode and is not counted
            wall, cpu, _ = _run([sys.executable, "-c", "pass"], base_env)
            if round_:
                runs["pass"].append((wall, cpu))
            for label, _ in trees:
                for what, args in commands[label].items():
                    wall, cpu, out = _run(args, envs[label])
                    if what == "parse":
                        underthesea[label] = out.strip().splitlines()[-1] == "True"
                    if round_:
                        runs.setdefault(f"{label}\0{what}", []).append((wall, cpu))
    passed = _median(runs["pass"])
    report: dict[str, Any] = {"seed": str(seed), "samples": samples, "pass": passed, "trees": {}}
    for label, root in trees:
        parse, summary = _median(runs[f"{label}\0parse"]), _median(runs[f"{label}\0summary"])
        report["trees"][label] = {
            "checkout": str(root.resolve()),
            "parse": parse,
            "summary": summary,
            "parse_over_pass_wall_s": parse["wall_s"] - passed["wall_s"],
            "parse_over_pass_cpu_s": parse["cpu_s"] - passed["cpu_s"],
            "underthesea_imported": underthesea[label],
        }
    return report


def render(report: dict[str, Any]) -> str:
    """A few lines: each tree's figures against the budgets."""
    p = report["pass"]
    lines = [
        f"cold start, seed {Path(report['seed']).name}, median of {report['samples']} rounds "
        f"(wall / cpu); python -c pass {1000 * p['wall_s']:.0f} / {1000 * p['cpu_s']:.0f} ms",
    ]
    for label, t in report["trees"].items():
        over, summary = t["parse_over_pass_wall_s"], t["summary"]["wall_s"]
        lines.append(
            f"  {label}: import + first parse {1000 * t['parse']['wall_s']:.0f} / "
            f"{1000 * t['parse']['cpu_s']:.0f} ms, over python -c pass {1000 * over:.0f} / "
            f"{1000 * t['parse_over_pass_cpu_s']:.0f} ms (budget {1000 * BUDGET_PARSE_S:.0f} ms wall: "
            f"{'met' if over <= BUDGET_PARSE_S else 'missed'}); vnlegal summary "
            f"{1000 * t['summary']['wall_s']:.0f} / {1000 * t['summary']['cpu_s']:.0f} ms (budget "
            f"{1000 * BUDGET_SUMMARY_S:.0f} ms: {'met' if summary <= BUDGET_SUMMARY_S else 'missed'}); "
            f"underthesea imported: {'yes' if t['underthesea_imported'] else 'no'}"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--samples", type=int, default=10, help="rounds (default 10)")
    parser.add_argument(
        "--with", dest="other", type=Path, metavar="PATH", help="another checkout, timed in the same rounds"
    )
    parser.add_argument("--json", type=Path, metavar="OUT", help="write the numbers to OUT")
    args = parser.parse_args(argv)
    trees = [("this tree", REPO_ROOT)]
    if args.other:
        trees.append((str(args.other), args.other))
    report = measure(trees, args.samples)
    print(render(report))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
