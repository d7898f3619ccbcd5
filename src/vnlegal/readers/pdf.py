"""PDF reader: pypdfium2 text with positions -> page texts laid out for the text stages.

Engine choice, by measurement on this corpus: pypdfium2 extracts a page in about 1 ms where
pdfplumber's ``extract_text`` takes 50-90 ms, and it keeps each column's reading order. Its
plain text interleaves side-by-side blocks on one line ("BỘ XÂY DỰNG CỘNG HÒA ..."), so the
reader asks pdfium for the boxes of only the characters that decide the layout -- line ends,
both sides of each space run, the first digit of each number -- and cuts lines into segments
at wide gaps. ``pdf_layout`` then rebuilds rows, columns and paragraphs from the segments.

Failure modes map to typed errors: damaged file -> ``CorruptDocumentError``, password ->
``EncryptedDocumentError``. Scanned pages, and pages whose fonts lost their Unicode map, are
read by OCR (:mod:`vnlegal.readers.pdf_ocr`); without Tesseract, a PDF with no usable text
left raises ``NoTextLayerError``. pdfium is not thread-safe, so all calls into it hold one
lock (OCR renders under it, and recognizes outside it).

pdfium's work on page content runs in a forked child process, watched for memory and the
time budget, so that a page that draws without end costs a typed error (``TooLargeError``,
``TimeBudgetExceededError``), not the caller; opening the file stays in the caller.

The page text and rules are read by ``vnlegal.readers.pdf_text``, the forked child and the
lock are ``vnlegal.readers.pdf_fork``; this module opens the file, plans OCR and lays out the
pages.
"""

from __future__ import annotations

from typing import Any

from vnlegal.errors import (
    CorruptDocumentError,
    EncryptedDocumentError,
    NoTextLayerError,
    ParseError,
)
from vnlegal.lang import rx
from vnlegal.limits import DEFAULT_LIMITS, Limits, checkpoint
from vnlegal.readers import pdf_ocr
from vnlegal.readers.ocr_pages import OcrPage
from vnlegal.readers.pdf_fork import LOCK, forked, hold_lock
from vnlegal.readers.pdf_layout import Page, layout_pages
from vnlegal.readers.pdf_tables import TooManyRules, find_tables
from vnlegal.readers.pdf_text import rules, segments
from vnlegal.readers.result import ReadResult

# Errors of FPDF_LoadMemDocument (fpdfview.h): password and security-handler failures.
_ERR_PASSWORD = 4
_ERR_SECURITY = 5


_VIETNAMESE_LETTERS = (
    "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵfjwz"
)
_NOT_LETTER = rx.compile(r"\P{L}++")
_VIETNAMESE = rx.compile(f"[{_VIETNAMESE_LETTERS}{_VIETNAMESE_LETTERS.upper()}]++")
# TCVN3 mojibake shows these Latin-1 marks where Vietnamese letters should be; control
# characters and U+FFFD come from glyphs without any mapping.
_BAD_MARKS = rx.compile(r"[¸µ\u00ad¬®¦\ufffd\x00-\x08\x0b\x0c\x0e-\x1f]")
_MIXED = rx.compile(r"\p{L}\d++\p{L}")


def garbled_reason(text: str) -> str | None:
    """Why ``text`` looks like output of fonts without a Unicode map, or None if it reads."""
    text = text[:200_000]
    letters = _NOT_LETTER.sub("", text)
    bad = len(_BAD_MARKS.findall(text))
    total = len(letters) + bad
    if total < 40:
        return None
    foreign = len(_VIETNAMESE.sub("", letters)) + bad
    if foreign > 0.05 * total:
        share = 100 * foreign // total
        return f"{share}% of its characters are not Vietnamese letters (other scripts, symbols)"
    words = len(text.split())
    mixed = len(_MIXED.findall(text))
    if words and mixed > 0.08 * words:
        return f"{100 * mixed // words}% of its words mix digits into letters"
    return None


# --- reading ----------------------------------------------------------------------------


def _open(pdfium: Any, data: bytes, path: str | None) -> Any:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code in (_ERR_PASSWORD, _ERR_SECURITY):
            raise EncryptedDocumentError(
                "the PDF is password protected: it cannot be read without the password", path=path
            ) from None
        raise CorruptDocumentError(f"damaged PDF ({exc})", path=path) from None
    except Exception as exc:
        raise CorruptDocumentError(f"damaged PDF ({type(exc).__name__}: {exc})", path=path) from None


def _extract(doc: Any, raw: Any, path: str | None, limits: Limits) -> tuple[list[Page], list[str]]:
    pages: list[Page] = []
    warnings: list[str] = []
    count = len(doc)
    if count == 0:
        raise CorruptDocumentError("the PDF has no pages", path=path)
    limits.check_size("the PDF", count, limits.max_pages, "pages", path)
    for i in range(count):
        checkpoint(f"page {i + 1} of the PDF")
        try:
            page = doc[i]
        except Exception as exc:
            warnings.append(f"page {i + 1} could not be read ({exc}); its text is missing")
            pages.append(Page(i + 1, []))
            continue
        try:
            try:
                tables = find_tables(*rules(raw, page.raw))
            except TooManyRules as exc:
                warnings.append(f"page {i + 1} draws too many rules to look for tables ({exc}); read as text")
                tables = []
            tp = page.get_textpage()
            try:
                pages.append(Page(i + 1, segments(raw, tp.raw, tables), tables))
            finally:
                tp.close()
        except ParseError:
            raise
        except Exception as exc:
            warnings.append(f"page {i + 1} could not be read ({exc}); its text is missing")
            pages.append(Page(i + 1, []))
        finally:
            page.close()
    return pages, warnings


def read_pdf(
    data: bytes, *, path: str | None = None, limits: Limits | None = None, ocr: str = "auto"
) -> ReadResult:
    """Read a PDF into one text per page (see module doc); more pages than
    ``limits.max_pages`` raise ``TooLargeError``. ``ocr`` ("auto", "always", "never") says
    which pages are read by OCR (:mod:`vnlegal.readers.pdf_ocr`)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    mode = pdf_ocr.check_mode(ocr)
    lim = DEFAULT_LIMITS if limits is None else limits
    with hold_lock(path):
        doc = _open(pdfium, data, path)
        try:
            pages, warnings, ink = forked(lambda: _extract_with_ink(doc, raw, path, lim), path, lim)
            plan = pdf_ocr.plan(pages, lambda n: ink.get(n, False), garbled_reason, mode, path)
        except BaseException:
            doc.close()
            raise
    try:
        # Rendering takes the lock page by page; recognition runs without it, in parallel.
        pages, ocred = pdf_ocr.run(
            plan, pages, lambda n: forked(lambda: _render(doc, n, path), path, lim, locked=True), path, lim
        )
    finally:
        with LOCK:
            doc.close()
    warnings.extend(plan.warnings)
    for o in ocred:
        warnings.extend(o.warnings)
    return _result(pages, warnings, plan, ocred, path)


def _extract_with_ink(
    doc: Any, raw: Any, path: str | None, limits: Limits
) -> tuple[list[Page], list[str], dict[int, bool]]:
    """``_extract``, and whether each page without text shows anything (OCR's plan asks)."""
    pages, warnings = _extract(doc, raw, path, limits)
    ink = {p.number: _has_ink(doc, p.number) for p in pages if not any(s.text.strip() for s in p.segs)}
    return pages, warnings, ink


def _has_ink(doc: Any, number: int) -> bool:
    try:
        page = doc[number - 1]
    except Exception:
        return False  # a page that cannot be loaded has been reported already
    try:
        return pdf_ocr.has_ink(page)
    finally:
        page.close()


def _render(doc: Any, number: int, path: str | None) -> tuple[Any, int]:
    """Page ``number`` as a greyscale PIL image at the OCR resolution, and that resolution
    (called with the pdfium lock held, by ``forked(..., locked=True)``)."""
    page = doc[number - 1]
    try:
        bitmap = page.render(scale=pdf_ocr.DPI / 72, grayscale=True)
        # A copy owns its pixels: the bitmap is freed here, under the lock.
        image = bitmap.to_pil().convert("L")
        bitmap.close()
    finally:
        page.close()
    return image, pdf_ocr.DPI


def _result(
    pages: list[Page], warnings: list[str], plan: pdf_ocr.Plan, ocred: list[OcrPage], path: str | None
) -> ReadResult:
    """Layout of the pages, or the typed error when no page has usable text."""
    ocr_numbers = {o.page.number for o in ocred}
    empty = [
        p.number for p in pages if not any(s.text.strip() for s in p.segs) and p.number not in plan.blank
    ]
    if sum("could not be read" in w for w in warnings) == len(pages):
        # Not one page loaded (a page tree that loops, pages that are not dictionaries ...):
        # the file is damaged, not a scan.
        raise CorruptDocumentError(f"damaged PDF: none of its {len(pages)} page(s) could be read", path=path)
    texts_left = [p for p in pages if p.number in ocr_numbers or p.number not in plan.reasons]
    if len(plan.blank) == len(pages):
        raise NoTextLayerError("every page of the PDF is blank: no text layer and nothing to OCR", path=path)
    if not ocred and len(empty) + len(plan.blank) == len(pages):
        raise NoTextLayerError(
            "the PDF has no text layer (scanned pages): it needs OCR before it can be parsed"
            + (f" ({plan.warnings[-1]})" if plan.warnings else ""),
            path=path,
        )
    if not ocred:
        sample = "\n".join(s.text for p in texts_left for s in p.segs)
        reason = garbled_reason(sample)
        if reason:
            raise NoTextLayerError(
                f"the PDF's fonts have no usable Unicode map ({reason}): it needs OCR"
                + (f" ({plan.warnings[-1]})" if plan.warnings else ""),
                path=path,
            )
    missing = [n for n in empty if n not in ocr_numbers]
    if missing:
        warnings.append(
            f"page(s) {', '.join(map(str, missing))} have no text layer (scanned?); their content is missing"
        )
    checkpoint("the PDF's layout")
    laid = layout_pages(pages)
    hints = laid.hints
    warnings.extend(laid.warnings)
    for k, p in enumerate(pages):
        if p.number in ocr_numbers and k < len(hints):
            # Tesseract cannot tell bold: the hint says "unknown", not "regular".
            hints[k] = [(None, centered) for _, centered in hints[k]]
    return ReadResult(
        pages=laid.texts,
        warnings=warnings,
        page_count=len(pages),
        hints=hints,
        ocr=[(o.page.number, o.confidence) for o in ocred],
        notes=laid.notes,
        marks=laid.marks,
    )
