"""Accuracy on the bundled real documents against their independent reference annotations.

The same scorer as ``benchmarks/accuracy.py``, run on the fixtures copy of the dev corpus, so
a regression in any stage fails CI even on a machine without ../shared.
"""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import TEXTS
from .readers_support import scorer


@pytest.fixture(scope="module")
def totals() -> Any:
    bench = scorer()
    results, totals, _skipped = bench.run_corpus(TEXTS)
    assert len(results) >= 20
    assert totals.errors == 0
    return totals


def test_header_field_accuracy(totals: Any) -> None:
    assert totals.header.value >= 0.95


def test_outline_f1(totals: Any) -> None:
    assert totals.outline.f1 >= 0.95
    assert totals.outline.precision >= 0.95
