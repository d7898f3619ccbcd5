"""Shared fixtures: the real documents copied into fixtures/ (tests never read ../shared)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import vnlegal
from vnlegal.model import Document

ROOT = Path(__file__).resolve().parent.parent
TEXTS = ROOT / "fixtures" / "texts"
GOLD = TEXTS / "gold"


def fixture_path(prefix: str) -> Path:
    """The fixture text whose name starts with ``prefix`` ("000", "048_thong-tu")."""
    hits = sorted(TEXTS.glob(f"{prefix}*.txt"))
    assert hits, f"no fixture {prefix}"
    return hits[0]


_CACHE: dict[str, Document] = {}


def parsed(prefix: str) -> Document:
    """Parse a fixture once per test session."""
    if prefix not in _CACHE:
        _CACHE[prefix] = vnlegal.parse(fixture_path(prefix))
    return _CACHE[prefix]


def gold(prefix: str) -> dict[str, Any]:
    """The independent reference annotation of a fixture."""
    hits = sorted(GOLD.glob(f"{prefix}*.json"))
    assert hits, f"no gold {prefix}"
    data: dict[str, Any] = json.loads(hits[0].read_text(encoding="utf-8"))
    return data


@pytest.fixture
def seed() -> Document:
    """The seed plan, Kế hoạch 1560/KH-UBND."""
    return parsed("000")
