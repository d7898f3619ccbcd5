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

from vnlegal.lang import rx
from vnlegal.limits import DEFAULT_LIMITS, Limits, extend
from vnlegal.readers.ocr_engine import Engine, Word, ocr_threads, recognize
from vnlegal.readers.ocr_words import repair_words
from vnlegal.readers.pdf_layout import Page, Seg

LOW_CONFIDENCE = 80.0
"""Mean word confidence under which a page's text is flagged as doubtful."""
_GAP_EM = 1.6
"""A gap wider than this many line heights separates two segments (as in the PDF reader)."""
_DIGIT_CONF = 50.0
"""Confidence a re-read handwritten number needs to be kept."""

# A slot that must hold a number: (cue before it, test on the word after it).
_NUMBER_CUE = rx.compile(r"(?i)^(?:số|ngày|tháng):?$")
_HAS_DIGIT = rx.compile(r"\d")
_DIGITS = rx.compile(r"\d+(?:/\S*)?$")
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
    words = fix_symbol(repair_syllables(fix_confusions(recognize(engine, image, dpi, path=path))))
    warnings: list[str] = []
    words = _fix_number_slots(engine, words, image, dpi, number, warnings, path)
    confs = [w.conf for w in words if w.conf >= 0]
    conf = round(statistics.fmean(confs), 1) if confs else 0.0
    if words and conf < LOW_CONFIDENCE:
        warnings.append(f"page {number} was read by OCR with a low confidence ({conf:.0f}%): check its text")
    return OcrPage(Page(number, segments(words, image.height, dpi)), conf, warnings)


# Tesseract's usual slips on the marks of an official document, at the start of a line:
# "W/v" or "V/V" for "V/v", "1," for "1." before a heading; a note mark after a symbol (see _SYMBOL_MARK).
_VV = rx.compile(r"^[VW][/⁄][vVy]$")
_LIST_COMMA = rx.compile(r"^(\d{1,2}|[IVX]{1,4}),$")
# A symbol with a raised note number after it, read as a stroke: "33/2020/AL!" is "33/2020/AL¹".
_SYMBOL_MARK = rx.compile(r"^(\d++(?:[./-][\p{L}\d]++)++)[!'’`|]++$")


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
        text = _SYMBOL_MARK.sub(r"\1", text)
        out.append(w if text == w.text else Word(text, w.line, w.left, w.top, w.width, w.height, w.conf))
    return out


# The document's symbol after "Số:" ("Số: 1105/KH-ĐKT"), whose slash or dash OCR loses or
# misreads: "1105 KH-ĐKT", "1105/KH- ĐKT", "1105/KH—ĐKT", "1105/KH -ĐKT".
_SO_CUE = rx.compile(r"(?i)^số:$")
_NUMBER = rx.compile(r"^\d{1,6}[a-zđ]?(?:/(?:19|20)\d\d)?$")
# A modern code: a type code, a dash, an issuer code ("KH-ĐKT", "QĐ-UBND", "NQ-CP").
_CODE = rx.compile(r"^(?=[^-]*+-)\p{Lu}[\p{Lu}\d]*+(?:[-.&]\p{Lu}[\p{Lu}\d]*+)++$")
_HALF = rx.compile(r"^\d{1,6}[a-zđ]?(?:/(?:19|20)\d\d)?/\p{Lu}[\p{Lu}\d]*+-?$")
_DASHES = rx.compile(r"[\u2010-\u2015\u2212]")


def fix_symbol(words: list[Word]) -> list[Word]:
    """The symbol after "Số:" put back together where its shape leaves one reading: a number
    then a code with a dash inside ("1105" "KH-ĐKT") lost the slash between them (a modern
    symbol is always number/TYPE-ISSUER); a piece ending in the code's dash, or a piece
    starting with it, is one word with its neighbour; dash look-alikes are the dash."""
    out: list[Word | None] = list(words)
    for k, cue in enumerate(words[:-1]):
        a = words[k + 1]
        if not _SO_CUE.match(cue.text) or a.line != cue.line:
            continue
        b = words[k + 2] if k + 2 < len(words) and words[k + 2].line == cue.line else None
        first = _DASHES.sub("-", a.text)
        second = _DASHES.sub("-", b.text) if b is not None else ""
        joined = None
        if _NUMBER.match(first) and _CODE.match(second):
            joined = f"{first}/{second}"
        elif _HALF.match(first) and (first.endswith("-") or second.startswith("-")):
            joined = first.rstrip("-") + "-" + second.lstrip("-")
            if not _CODE.match(joined.rpartition("/")[2]):
                joined = None
        if joined is None or b is None:
            out[k + 1] = _with_text(a, first)
            continue
        out[k + 1] = Word(
            joined,
            a.line,
            a.left,
            a.top,
            b.right - a.left,
            max(a.bottom, b.bottom) - a.top,
            min(a.conf, b.conf),
        )
        out[k + 2] = None
    return [w for w in out if w is not None]


def _with_text(w: Word, text: str) -> Word:
    return Word(text, w.line, w.left, w.top, w.width, w.height, w.conf)


def repair_syllables(words: list[Word]) -> list[Word]:
    """Words with their Vietnamese marks repaired (:mod:`vnlegal.readers.ocr_words`), in
    Tesseract's reading order so that neighbours give the context."""
    fixed = repair_words([w.text for w in words], [w.line for w in words])
    return [
        w if t == w.text else Word(t, w.line, w.left, w.top, w.width, w.height, w.conf)
        for w, t in zip(words, fixed, strict=True)
    ]


def segments(words: Sequence[Word], height_px: int, dpi: int) -> list[Seg]:
    """Tesseract lines cut at wide gaps into ``Seg``s in PDF units (y upwards)."""
    unit = 72.0 / dpi
    lines: dict[tuple[int, int, int], list[Word]] = {}
    for w in words:
        lines.setdefault(w.line, []).append(w)
    rows: list[tuple[list[Word], float, int, int, str]] = []
    for ws in lines.values():
        ws.sort(key=lambda w: w.left)
        em = statistics.median(w.height for w in ws)
        # The font size: the tall words (an ascender or a capital with a tone mark) span the
        # whole em whatever the size, the median depends on the words' letters; a footnote
        # line must come out smaller than the body for the layout stage to drop it.
        heights = sorted(w.height for w in ws)
        size_px = heights[(len(heights) * 4) // 5]
        # The baseline: most words sit on it; descenders and dots below reach under it.
        bottoms = sorted(w.bottom for w in ws)
        base_px = bottoms[len(bottoms) // 3]
        mark = ""
        if len(ws) > 1 and _is_raised_mark(ws[0], base_px, em):
            # A footnote's own number, raised and small, often read as "!" or "'": the
            # layout stage takes a line that starts with one as a footnote, as in a text PDF.
            mark = ws[0].text if ws[0].text.isdigit() else "*"
            ws = ws[1:]
        rows.append((ws, em, base_px, size_px, mark))
    _shrink_notes(rows, height_px)
    out: list[Seg] = []
    for ws, em, base_px, size_px, mark in rows:
        run: list[Word] = [ws[0]]
        for w in ws[1:]:
            if w.left - run[-1].right > _GAP_EM * em:
                out.append(_seg(run, base_px, size_px, height_px, unit, mark))
                run, mark = [], ""
            run.append(w)
        out.append(_seg(run, base_px, size_px, height_px, unit, mark))
    return out


_NOTES_BELOW = 0.5
"""Footnotes start in the lower part of the page: below this share of its height."""
_NOTE_SIZE = 0.85
"""Size given to footnote lines, relative to the page's usual size."""


def _shrink_notes(rows: list[tuple[list[Word], float, int, int, str]], height_px: int) -> None:
    """From the first line in the lower half that opens with a raised mark down, the lines
    are footnotes: word boxes tell a 12-point note from 14-point text only to within about a
    tenth, too little for the layout stage's size test, so their size is set under it."""
    starts = [r[2] for r in rows if r[4] and r[2] > _NOTES_BELOW * height_px]
    if not starts:
        return
    top = min(starts)
    usual = statistics.median(r[3] for r in rows)
    for k, (ws, em, base_px, size_px, mark) in enumerate(rows):
        if base_px >= top:
            rows[k] = (ws, em, base_px, min(size_px, int(_NOTE_SIZE * usual)), mark)


# What Tesseract makes of a raised note number: digits, or a stroke ("!", "'", "|", "l").
_MARK_TEXT = rx.compile(r"^[\d!'’‘`|lI*]{1,3}$")


def _is_raised_mark(w: Word, base_px: int, em: float) -> bool:
    """A small word whose foot sits well above the line's baseline, shaped like a note mark."""
    return bool(_MARK_TEXT.match(w.text)) and w.height < 0.7 * em and w.bottom < base_px - 0.25 * em


def _seg(run: list[Word], base_px: int, em: float, height_px: int, unit: float, mark: str = "") -> Seg:
    return Seg(
        text=" ".join(w.text for w in run),
        x0=run[0].left * unit,
        x1=run[-1].right * unit,
        base=(height_px - base_px) * unit,
        # A word box spans about one em (capitals with marks, ascenders, descenders).
        size=max(em * unit, 1.0),
        lead_sup=mark,
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
