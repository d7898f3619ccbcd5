"""Golden files: each fixture's reviewed projection (``make golden`` regenerates them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .golden import FIXTURES, expected_path, render


@pytest.mark.parametrize("txt", sorted(FIXTURES.glob("*.txt")), ids=lambda p: p.name[:3])
def test_golden(txt: Path) -> None:
    path = expected_path(txt)
    assert path.exists(), f"missing {path.name}: run `make golden` and review it"
    assert render(txt) == path.read_text(encoding="utf-8"), (
        f"{path.name} differs: review, then `make golden`"
    )
