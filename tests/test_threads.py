"""Determinism and thread safety: the same input always gives byte-identical JSON, in one
process, across processes with other hash seeds, and from many threads at once."""

from __future__ import annotations

import hashlib
import json
import os
import random
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from pathlib import Path

import pytest

import vnlegal
from vnlegal import Limits

from .conftest import ROOT, TEXTS
from .invariants import check_document
from .readers_support import BINARY

_BINARIES = [
    "B06_KH-3898-KH-SCT_LaoCai_2026.docx",
    "B08_TT-14-2024-TT-BCT.docx",
    "numbering.docx",
    "B06.pdf",
    "B08.pdf",
    "B10_CongBao-1093-1094-2020_23-VBHN-VPQH.pdf",
    "numbering.pdf",
    "B06.html",
    "portal.html",
]
INPUTS = [*sorted(TEXTS.glob("*.txt")), *(BINARY / name for name in _BINARIES)]


def _json(path: Path) -> str:
    return vnlegal.parse(path).model_dump_json()


@cache
def sequential() -> dict[Path, str]:
    """Every input parsed once, one after another."""
    return {p: _json(p) for p in INPUTS}


def test_parsing_twice_gives_identical_json() -> None:
    first = sequential()
    for path in INPUTS:
        assert _json(path) == first[path], path.name


def test_threads_give_the_sequential_results() -> None:
    expected = sequential()
    # Every input twice, in a shuffled order, so that the same file runs on two threads at once
    # and different formats interleave.
    jobs = [*INPUTS, *INPUTS]
    random.Random(8).shuffle(jobs)
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(_json, jobs))
    for path, got in zip(jobs, results, strict=True):
        assert got == expected[path], f"{path.name} differs when parsed on threads"


def test_a_time_budget_stays_with_its_own_call() -> None:
    """One thread running out of time does not stop the others, nor leak into later calls."""
    seed = TEXTS / next(p.name for p in INPUTS if p.name.startswith("000"))
    tight = Limits(time_budget_s=0.0)

    def run(k: int) -> str:
        if k % 2:
            with pytest.raises(vnlegal.TimeBudgetExceededError):
                vnlegal.parse(seed, limits=tight)
            return "timed out"
        doc = vnlegal.parse(seed)
        check_document(doc)
        return doc.model_dump_json()

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(run, range(8)))
    assert results[1::2] == ["timed out"] * 4
    assert set(results[0::2]) == {sequential()[seed]}
    assert _json(seed) == sequential()[seed]


_CHILD = """
import hashlib, json, sys
import vnlegal
print(json.dumps({p: hashlib.sha256(vnlegal.parse(p).model_dump_json().encode()).hexdigest()
                  for p in sys.argv[1:]}))
"""


@pytest.mark.parametrize("seed", ["0", "4242"])
def test_other_hash_seeds_give_identical_json(seed: str) -> None:
    """Set and dict order of strings changes with PYTHONHASHSEED: output must not."""
    paths = [p for p in INPUTS if p.suffix != ".pdf"][::2]
    env = {**os.environ, "PYTHONHASHSEED": seed}
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, *map(str, paths)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=True,
        timeout=300,
    )
    hashes = json.loads(out.stdout)
    for p in paths:
        mine = hashlib.sha256(sequential()[p].encode()).hexdigest()
        assert hashes[str(p)] == mine, f"{p.name} differs under PYTHONHASHSEED={seed}"
