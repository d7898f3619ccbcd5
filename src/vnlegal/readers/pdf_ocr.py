"""Which pages of a PDF are read by OCR, and reading them.

``ocr="auto"`` (the default) OCRs a page that has ink but no text layer (a scan), and a page
whose text layer is garbage (fonts without a Unicode map, :func:`garbled_reason`); a page
without ink (no objects, or nothing dark when rendered small) is blank and left alone,
without a warning. ``"always"`` OCRs every page with ink; ``"never"`` none. Pages with a
good text layer are never rendered under "auto", so a text PDF pays nothing for this.

Where Tesseract is missing, "auto" keeps the text-layer behaviour (scanned pages missing,
with a warning; ``NoTextLayerError`` when nothing is left) and says which packages to
install; "always" raises ``MissingOcrEngineError``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from vnlegal.limits import Limits
from vnlegal.readers.ocr_engine import PACKAGES, Engine, find_engine, require_engine
from vnlegal.readers.ocr_mode import OCR_MODES as OCR_MODES
from vnlegal.readers.ocr_mode import OcrMode as OcrMode
from vnlegal.readers.ocr_mode import check_mode as check_mode
from vnlegal.readers.ocr_pages import OcrPage, ocr_all
from vnlegal.readers.pdf_layout import Page

DPI = int(os.environ.get("VNLEGAL_OCR_DPI", "300"))
"""Rendering resolution for OCR (``VNLEGAL_OCR_DPI`` to measure others): the best character
error rate on the rendered test set (docs/performance.md)."""
_INK_DPI = 24
"""A blank-page test renders the page this small: a text line still darkens pixels."""
_INK_SHARE = 0.001
"""Share of dark pixels above which a page has ink (a scanned blank page has specks)."""


@dataclass
class Plan:
    """What to OCR, and what to say about it."""

    pages: list[int] = field(default_factory=list)
    """Page numbers to OCR, ascending."""
    reasons: dict[int, str] = field(default_factory=dict)
    """Why each page is OCRed ("no text layer", "garbled text layer", "ocr=always")."""
    blank: set[int] = field(default_factory=set)
    engine: Engine | None = None
    warnings: list[str] = field(default_factory=list)


def has_ink(pdfium_page: Any) -> bool:
    """Whether a page without text shows anything (call under the pdfium lock)."""
    if not any(True for _ in pdfium_page.get_objects(max_depth=1)):  # no objects: blank
        return False
    image = pdfium_page.render(scale=_INK_DPI / 72, grayscale=True).to_pil()
    hist = image.convert("L").histogram()
    dark: int = sum(hist[:160])
    return bool(dark > _INK_SHARE * image.width * image.height)


def plan(
    pages: list[Page],
    ink: Callable[[int], bool],
    garbled_reason: Callable[[str], str | None],
    mode: OcrMode,
    path: str | None,
) -> Plan:
    """Decide which pages to OCR; ``ink(n)`` tells whether textless page ``n`` shows anything,
    ``garbled_reason`` (the PDF reader's) whether a text layer is garbage."""
    out = Plan()
    if mode == "never":
        out.blank = {p.number for p in pages if not _has_text(p) and not ink(p.number)}
        return out
    for p in pages:
        if not _has_text(p):
            if ink(p.number):
                out.reasons[p.number] = "no text layer"
            else:
                out.blank.add(p.number)
        elif mode == "always":
            out.reasons[p.number] = "ocr=always"
        elif garbled_reason("\n".join(s.text for s in p.segs)):
            out.reasons[p.number] = "garbled text layer"
    if mode == "auto" and not any(r == "garbled text layer" for r in out.reasons.values()):
        # Pages too short to judge alone: the whole text layer may still be garbage.
        texts = [p for p in pages if _has_text(p)]
        if garbled_reason("\n".join(s.text for p in texts for s in p.segs)):
            out.reasons.update({p.number: "garbled text layer" for p in texts})
    out.pages = sorted(out.reasons)
    if not out.pages:
        return out
    if mode == "always":
        out.engine = require_engine(path)
        return out
    found = find_engine()
    if isinstance(found, Engine):
        out.engine = found
        return out
    out.warnings.append(
        f"{len(out.pages)} page(s) need OCR but it is not available ({found}); install {PACKAGES} "
        "to read them"
    )
    out.pages, out.reasons = [], {}
    return out


def run(
    p: Plan, pages: list[Page], render: Callable[[int], tuple[Any, int]], path: str | None, limits: Limits
) -> tuple[list[Page], list[OcrPage]]:
    """``pages`` with the planned ones replaced by their OCR reading, and those readings."""
    if not p.pages or p.engine is None:
        return pages, []
    done = ocr_all(p.engine, p.pages, render, path, limits)
    by_number = {o.page.number: o.page for o in done}
    return [by_number.get(pg.number, pg) for pg in pages], done


def _has_text(p: Page) -> bool:
    return any(s.text.strip() for s in p.segs)
