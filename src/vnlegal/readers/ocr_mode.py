"""``OcrMode``, the ``ocr=`` argument of ``parse()``: apart from the OCR machinery (pdf_ocr.py)
so that checking the argument of a text parse imports none of it."""

from __future__ import annotations

from typing import Literal

OcrMode = Literal["auto", "always", "never"]
OCR_MODES: tuple[OcrMode, ...] = ("auto", "always", "never")


def check_mode(mode: str) -> OcrMode:
    """``mode`` as an ``OcrMode``; anything else is a ``ValueError`` (a caller's mistake)."""
    for m in OCR_MODES:
        if mode == m:
            return m
    raise ValueError(f"ocr must be one of {', '.join(OCR_MODES)}, not {mode!r}")
