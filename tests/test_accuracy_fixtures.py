"""Accuracy on the bundled real documents against their independent reference annotations.

The same scorer as ``benchmarks/accuracy.py``, run on the fixtures copy of the dev corpus, so
a regression in any stage fails CI even on a machine without ../shared.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from .conftest import TEXTS

_BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "accuracy.py"


def _load() -> ModuleType:
    name = "vnlegal_benchmarks_accuracy_fixtures"
    spec = importlib.util.spec_from_file_location(name, _BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def totals() -> Any:
    bench = _load()
    results, totals, _skipped = bench.run_corpus(TEXTS)
    assert len(results) >= 20
    assert totals.errors == 0
    return totals


def test_header_field_accuracy(totals: Any) -> None:
    assert totals.header.value >= 0.95


def test_outline_f1(totals: Any) -> None:
    assert totals.outline.f1 >= 0.95
    assert totals.outline.precision >= 0.95
