"""OCR of page images -> the ``Page``/``Seg`` geometry a text-layer PDF gives.

Tesseract's words come with pixel boxes; each Tesseract line becomes one segment per run of
words without a wide gap (two columns of a header share a line), in PDF units (1/72 inch,
y upwards), so :func:`vnlegal.readers.pdf_layout.layout_pages` rebuilds rows, columns,
centering and paragraphs exactly as it does for a text layer. Boldness cannot be told from
Tesseract's LSTM engine: the caller reports it as unknown.

Numbers written by hand or under a stamp (the "Số:" number and the day of a signed letter)
come out as noise ("Số: Éđã /HC-CNHC"). A word in such a slot that holds no digit is read
again as one line of digits; if that is not clear either, it is left blank with a warning,
so the header gets "/HC-CNHC" rather than a made-up number.

Pages run on a small thread pool (Tesseract releases the GIL): the caller's ``render`` runs
on the calling thread (pdfium is not thread-safe), recognition on the pool.
"""

from __future__ import annotations

import contextvars
import statistics
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import regex

from vnlegal.limits import DEFAULT_LIMITS, Limits, extend
from vnlegal.readers.ocr_engine import Engine, Word, ocr_threads, recognize
from vnlegal.readers.pdf_layout import Page, Seg

LOW_CONFIDENCE = 80.0
"""Mean word confidence under which a page's text is flagged as doubtful."""
_GAP_EM = 1.6
"""A gap wider than this many line heights separates two segments (as in the PDF reader)."""
_DIGIT_CONF = 50.0
"""Confidence a re-read handwritten number needs to be kept."""

# A slot that must hold a number: (cue before it, test on the word after it).
_NUMBER_CUE = regex.compile(r"(?i)^(?:số|ngày|tháng):?$")
_HAS_DIGIT = regex.compile(r"\d")
_DIGITS = regex.compile(r"\d+(?:/\S*)?$")
"""A clean number, or a number with its symbol ("813/HC-CNHC")."""


@dataclass
class OcrPage:
    """One page read by OCR."""

    page: Page
    confidence: float
    """Mean word confidence, 0-100 (0 for a page without words)."""
    warnings: list[str] = field(default_factory=list)


def ocr_page(engine: Engine, number: int, image: Any, dpi: int, path: str | None = None) -> OcrPage:
    """Recognize one page image (PIL, rendered at ``dpi``) into a ``Page`` numbered ``number``."""
    words = fix_confusions(recognize(engine, image, dpi, path=path))
    warnings: list[str] = []
    words = _fix_number_slots(engine, words, image, dpi, number, warnings, path)
    confs = [w.conf for w in words if w.conf >= 0]
    conf = round(statistics.fmean(confs), 1) if confs else 0.0
    if words and conf < LOW_CONFIDENCE:
        warnings.append(f"page {number} was read by OCR with a low confidence ({conf:.0f}%): check its text")
    return OcrPage(Page(number, segments(words, image.height, dpi)), conf, warnings)


# Tesseract's usual slips on the marks of an official document, at the start of a line:
# "W/v" or "V/V" for "V/v", "1," for "1." before a heading.
_VV = regex.compile(r"^[VW][/⁄][vVy]$")
_LIST_COMMA = regex.compile(r"^(\d{1,2}|[IVX]{1,4}),$")


def fix_confusions(words: list[Word]) -> list[Word]:
    """Words with Tesseract's usual confusions on official documents undone (see above);
    the fraction slash it reads for "/" becomes "/"."""
    out: list[Word] = []
    for k, w in enumerate(words):
        text = w.text.replace("⁄", "/")
        first = k == 0 or words[k - 1].line != w.line
        nxt = words[k + 1] if k + 1 < len(words) and words[k + 1].line == w.line else None
        if first and _VV.match(text):
            text = "V/v"
        elif first and nxt is not None and nxt.text[:1].isupper() and _LIST_COMMA.match(text):
            text = text[:-1] + "."
        out.append(w if text == w.text else Word(text, w.line, w.left, w.top, w.width, w.height, w.conf))
    return out


def segments(words: Sequence[Word], height_px: int, dpi: int) -> list[Seg]:
    """Tesseract lines cut at wide gaps into ``Seg``s in PDF units (y upwards)."""
    unit = 72.0 / dpi
    lines: dict[tuple[int, int, int], list[Word]] = {}
    for w in words:
        lines.setdefault(w.line, []).append(w)
    out: list[Seg] = []
    for ws in lines.values():
        ws.sort(key=lambda w: w.left)
        em = statistics.median(w.height for w in ws)
        # The baseline: most words sit on it; descenders and dots below reach under it.
        bottoms = sorted(w.bottom for w in ws)
        base_px = bottoms[len(bottoms) // 3]
        run: list[Word] = [ws[0]]
        for w in ws[1:]:
            if w.left - run[-1].right > _GAP_EM * em:
                out.append(_seg(run, base_px, em, height_px, unit))
                run = []
            run.append(w)
        out.append(_seg(run, base_px, em, height_px, unit))
    return out


def _seg(run: list[Word], base_px: int, em: float, height_px: int, unit: float) -> Seg:
    return Seg(
        text=" ".join(w.text for w in run),
        x0=run[0].left * unit,
        x1=run[-1].right * unit,
        base=(height_px - base_px) * unit,
        # A word box spans about one em (capitals with marks, ascenders, descenders).
        size=max(em * unit, 1.0),
    )


def _fix_number_slots(
    engine: Engine,
    words: list[Word],
    image: Any,
    dpi: int,
    number: int,
    warnings: list[str],
    path: str | None,
) -> list[Word]:
    """Re-read, or blank, the words in number slots that hold no digit (see module doc)."""
    out: list[Word] = []
    for k, w in enumerate(words):
        prev = words[k - 1] if k else None
        nxt = words[k + 1] if k + 1 < len(words) else None
        cue = prev.text if prev is not None and prev.line == w.line else ""
        if not _NUMBER_CUE.match(cue) or _DIGITS.match(w.text) or not _is_slot(cue, w, nxt):
            out.append(w)
            continue
        if "/" in w.text:
            head, _, tail = w.text.partition("/")
            if head and not _HAS_DIGIT.search(head):
                # Noise glued to the symbol ("Éđã/HC-CNHC"): keep the symbol, blank the number.
                out.append(Word("/" + tail, w.line, w.left, w.top, w.width, w.height, w.conf))
                warnings.append(f"page {number}: an illegible number after {cue!r} ({head!r}) was left blank")
            else:
                out.append(w)
            continue
        digits = _reread_digits(engine, w, image, dpi, path)
        if digits is not None:
            out.append(Word(digits, w.line, w.left, w.top, w.width, w.height, w.conf))
            continue
        if _HAS_DIGIT.search(w.text):
            # Printed digits misread in part ("L7"): better as read than blank.
            out.append(w)
            continue
        what = "number" if cue.lower().startswith("số") else "date"
        warnings.append(
            f"page {number}: an illegible {what} after {cue!r} (handwritten or stamped: {w.text!r}) "
            "was left blank"
        )
    return out


def _is_slot(cue: str, w: Word, nxt: Word | None) -> bool:
    """Whether ``w`` sits where a number must be: "Số: _ /KH-UBND", "ngày _ tháng", "tháng _ năm"."""
    low = cue.lower().rstrip(":")
    after = nxt.text.lower() if nxt is not None and nxt.line == w.line else ""
    if low == "số":
        return cue.endswith(":") and (after.startswith("/") or "/" in w.text)
    if low == "ngày":
        return after == "tháng"
    return after == "năm"


def _reread_digits(engine: Engine, w: Word, image: Any, dpi: int, path: str | None) -> str | None:
    pad = max(w.height // 3, 4)
    box = (
        max(w.left - pad, 0),
        max(w.top - pad, 0),
        min(w.right + pad, image.width),
        min(w.bottom + pad, image.height),
    )
    got = recognize(engine, image.crop(box), dpi, digits=True, path=path)
    text = "".join(x.text for x in got)
    conf = min((x.conf for x in got), default=0.0)
    if text.isdigit() and conf >= _DIGIT_CONF:
        return text
    return None


def ocr_all(
    engine: Engine,
    numbers: Sequence[int],
    render: Callable[[int], tuple[Any, int]],
    path: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> list[OcrPage]:
    """OCR of the pages ``numbers``: ``render(n)`` gives page ``n``'s image and its dpi (on
    this thread); recognition runs on up to ``ocr_threads()`` threads, at most two pages
    ahead of them rendered, so memory stays bounded on an 80-page scan. The time budget grows
    by ``limits.ocr_page_s`` per page."""
    if limits.ocr_page_s:
        extend(limits.ocr_page_s * len(numbers))
    threads = ocr_threads(len(numbers))
    if threads == 1:
        return [ocr_page(engine, n, *render(n), path) for n in numbers]
    results: list[OcrPage] = []
    pending: deque[Future[OcrPage]] = deque()
    with ThreadPoolExecutor(threads, thread_name_prefix="vnlegal-ocr") as pool:
        try:
            for n in numbers:
                image, dpi = render(n)
                # The time budget lives in a context variable: each page runs in a copy.
                ctx = contextvars.copy_context()
                pending.append(pool.submit(ctx.run, ocr_page, engine, n, image, dpi, path))
                while len(pending) >= 2 * threads:
                    results.append(pending.popleft().result())
            while pending:
                results.append(pending.popleft().result())
        finally:
            for f in pending:
                f.cancel()
    return results
