"""The ``Edit`` that every repair finder proposes and ``normalize`` applies to normalized text."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` by ``new`` (an insertion when ``start == end``)."""

    start: int
    end: int
    new: str
