"""The stage order shared by every reader: header, closing, attachments, outline, ..."""

from __future__ import annotations

from .lines import Line
from .model import Document


def run_stages(doc: Document, lines: list[Line]) -> None:
    """Fill ``doc`` from its normalized ``lines``, one stage after another."""
    return None
