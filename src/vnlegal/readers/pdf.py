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

pdfium's work on page content runs in a forked child process (``_forked``): a page whose
form XObject draws itself (``/X0 Do`` inside X0), or a chain of forms each drawing the next
twice, makes pdfium allocate without end and abort the process that runs it. The parent watches
the child's memory (``Limits.max_memory``) and what is left of the time budget;
its death is ``TooLargeError``, its overrun ``TimeBudgetExceededError``, and the caller lives
on. Opening the file (``FPDF_LoadMemDocument``, which reads no page content) stays in the
caller. A fork costs about a millisecond; where there is no ``fork`` the work runs in process.
"""

from __future__ import annotations

import ctypes
import itertools
import os
import pickle
import select
import signal
import sys
import threading
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any, TypeVar

import regex

from vnlegal.errors import (
    CorruptDocumentError,
    EncryptedDocumentError,
    NoTextLayerError,
    ParseError,
    TimeBudgetExceededError,
    TooLargeError,
)
from vnlegal.limits import DEFAULT_LIMITS, Limits, checkpoint, held_within_budget, remaining
from vnlegal.readers import pdf_ocr
from vnlegal.readers.ocr_pages import OcrPage
from vnlegal.readers.pdf_layout import Page, Seg, layout_pages
from vnlegal.readers.pdf_tables import Rule, Table, TooManyRules, find_tables
from vnlegal.readers.result import ReadResult

MAX_PAGE_OBJECTS = 200_000
"""A page with more drawn objects is a vector drawing: its rules are not read (each costs a
few calls into pdfium)."""

_LOCK = threading.Lock()
# pdfium ends a line at "\r\n", or at a line-end hyphen it marks U+FFFE (kept with the line).
_LINE = regex.compile(r"[^\r\n\ufffe\x02]*+[\ufffe\x02]|[^\r\n\ufffe\x02]++")
_SPACE_RUN = regex.compile(r"[ \u00a0\u3000]++")
_DIGITS = regex.compile(r"\d++")
_BOLD_NAME = regex.compile(r"(?i)bold|black|heavy|,b\b|-bd\b")

# Errors of FPDF_LoadMemDocument (fpdfview.h): password and security-handler failures.
_ERR_PASSWORD = 4
_ERR_SECURITY = 5


class _Chars:
    """What the layout needs of a text page's characters, fetched on demand and cached."""

    def __init__(self, raw: Any, tp: Any) -> None:
        self.raw = raw
        self.tp = tp
        self._rect = raw.FS_RECTF()
        self._rect_ref = ctypes.byref(self._rect)
        self._matrix = raw.FS_MATRIX()
        self._matrix_ref = ctypes.byref(self._matrix)
        self._x = ctypes.c_double()
        self._y = ctypes.c_double()
        self._loose = raw.FPDFText_GetLooseCharBox
        self.cache: dict[int, tuple[float, float]] = {}

    def span(self, i: int) -> tuple[float, float]:
        """(left, right) of character ``i``."""
        b = self.cache.get(i)
        if b is None:
            r = self._rect
            b = (r.left, r.right) if self._loose(self.tp, i, self._rect_ref) else (0.0, 0.0)
            self.cache[i] = b
        return b

    def size_base(self, i: int) -> tuple[float, float]:
        """(font size in page units, baseline y) of character ``i``."""
        raw = self.raw
        size = raw.FPDFText_GetFontSize(self.tp, i)
        # The Tf size is often 1 with the real size in the text matrix: scale by it.
        if raw.FPDFText_GetMatrix(self.tp, i, self._matrix_ref):
            m = self._matrix
            size *= (m.c * m.c + m.d * m.d) ** 0.5
        raw.FPDFText_GetCharOrigin(self.tp, i, ctypes.byref(self._x), ctypes.byref(self._y))
        return max(size, 0.1), self._y.value

    def bold(self, i: int) -> bool:
        """Whether character ``i`` is set in a bold face."""
        weight = self.raw.FPDFText_GetFontWeight(self.tp, i)
        if weight > 0:
            return bool(weight >= 600)
        buf = ctypes.create_string_buffer(128)
        flags = ctypes.c_int()
        n = self.raw.FPDFText_GetFontInfo(self.tp, i, buf, 128, ctypes.byref(flags))
        name = buf.value.decode("latin-1", "replace") if n else ""
        # Font descriptor flag 19 is ForceBold.
        return bool(_BOLD_NAME.search(name)) or bool(flags.value & (1 << 18))


def _page_text(raw: Any, tp: Any, n: int) -> str:
    buf = (ctypes.c_ushort * (n + 1))()
    got = raw.FPDFText_GetText(tp, 0, n, buf)
    text = bytes(buf)[: max(0, got - 1) * 2].decode("utf-16-le", "replace")
    if len(text) != n:
        # Characters outside the BMP (or pdfium's own skips) break the index mapping.
        text = "".join(chr(raw.FPDFText_GetUnicode(tp, i) or 0xFFFD) for i in range(n))
    return text


def _segments(raw: Any, tp: Any, tables: list[Table]) -> list[Seg]:
    """The page's pdfium lines cut at wide gaps (and table rules) into segments."""
    n = raw.FPDFText_CountChars(tp)
    if n <= 0:
        return []
    text = _page_text(raw, tp, n)
    chars = _Chars(raw, tp)
    span = chars.span
    out: list[Seg] = []
    for m in _LINE.finditer(text):
        a, b = m.span()
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a >= b:
            continue
        cuts = [a]
        size = base = 0.0
        for sp in _SPACE_RUN.finditer(text, a, b):
            p, q = sp.start() - 1, sp.end()
            bp, bq = span(p), span(q)
            if not size:
                size, base = chars.size_base(a)
            # A wide gap, a jump back to the left, or a table rule separates two pieces.
            if (
                bq[0] - bp[1] > 1.6 * size
                or bq[0] < bp[0] - 1.0
                or any(_crosses(t, bp[1], bq[0], base) for t in tables)
            ):
                cuts.append(q)
        cuts.append(b)
        for s, e in itertools.pairwise(cuts):
            seg = _segment(text, s, e, chars)
            if seg is not None:
                out.append(seg)
    return out


def _segment(text: str, s: int, e: int, chars: _Chars) -> Seg | None:
    while e > s and text[e - 1].isspace():
        e -= 1
    if e <= s:
        return None
    ref = next((k for k in range(s, e) if text[k].isalpha()), s)
    size, base = chars.size_base(ref)
    body = text[s:e]
    lead_sup = ""
    drop: list[tuple[int, int]] = []
    for d in _DIGITS.finditer(text, s, e):
        if d.start() == ref:
            continue
        dsize, dbase = chars.size_base(d.start())
        # A raised smaller number is a note mark ("thẩm tra17"), unless it is a unit's power.
        if dsize >= 0.8 * size or dbase <= base + 0.2 * size:
            continue
        if d.start() == s:
            lead_sup = d.group()
        elif _unit_power(text, d.start()):
            continue
        drop.append((d.start() - s, d.end() - s))
    for x, y in reversed(drop):
        body = body[:x] + body[y:]
    return Seg(
        text=body.strip(),
        x0=chars.span(s)[0],
        x1=chars.span(e - 1)[1],
        base=base,
        size=size,
        bold=chars.bold(ref),
        lead_sup=lead_sup,
    )


def _crosses(table: Table, x0: float, x1: float, y: float) -> bool:
    if not table.holds((x0 + x1) / 2, y):
        return False
    return any(x0 - 1.0 <= v.at <= x1 + 1.0 and v.lo <= y <= v.hi for v in table.verticals)


def _rules(raw: Any, page: Any) -> tuple[list[Rule], list[Rule]]:
    """Horizontal and vertical rules drawn on the page (table borders), from its paths."""
    horizontal: list[Rule] = []
    vertical: list[Rule] = []
    n = raw.FPDFPage_CountObjects(page)
    if n > MAX_PAGE_OBJECTS:
        raise TooManyRules(f"{n} page objects")
    get, kind = raw.FPDFPage_GetObject, raw.FPDFPageObj_GetType
    matrix = raw.FS_MATRIX()
    x, y = ctypes.c_float(), ctypes.c_float()
    for i in range(n):
        obj = get(page, i)
        if kind(obj) != raw.FPDF_PAGEOBJ_PATH:
            continue
        count = raw.FPDFPath_CountSegments(obj)
        if count <= 0 or count > 400 or not raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(matrix)):
            continue
        m = matrix
        start = prev = None
        for k in range(count):
            seg = raw.FPDFPath_GetPathSegment(obj, k)
            if not raw.FPDFPathSegment_GetPoint(seg, ctypes.byref(x), ctypes.byref(y)):
                continue
            pt = (m.a * x.value + m.c * y.value + m.e, m.b * x.value + m.d * y.value + m.f)
            t = raw.FPDFPathSegment_GetType(seg)
            if t == raw.FPDF_SEGMENT_MOVETO:
                start = prev = pt
                continue
            if prev is not None and t == raw.FPDF_SEGMENT_LINETO:
                _add_rule(prev, pt, horizontal, vertical)
                if raw.FPDFPathSegment_GetClose(seg) and start is not None:
                    _add_rule(pt, start, horizontal, vertical)
            prev = pt
    return horizontal, vertical


def _add_rule(
    p: tuple[float, float], q: tuple[float, float], horizontal: list[Rule], vertical: list[Rule]
) -> None:
    dx, dy = abs(p[0] - q[0]), abs(p[1] - q[1])
    if dy <= 1.0 and dx >= 8.0:
        horizontal.append(Rule((p[1] + q[1]) / 2, min(p[0], q[0]), max(p[0], q[0])))
    elif dx <= 1.0 and dy >= 8.0:
        vertical.append(Rule((p[0] + q[0]) / 2, min(p[1], q[1]), max(p[1], q[1])))


def _unit_power(text: str, k: int) -> bool:
    """A superscript after a unit ("m2", "km3") is an exponent, not a note mark."""
    return regex.search(r"(?<![\p{L}])(?:k|c|d|m)?m$", text[max(0, k - 3) : k]) is not None


# --- garbled text ---------------------------------------------------------------------

_VIETNAMESE_LETTERS = (
    "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵfjwz"
)
_NOT_LETTER = regex.compile(r"\P{L}++")
_VIETNAMESE = regex.compile(f"[{_VIETNAMESE_LETTERS}{_VIETNAMESE_LETTERS.upper()}]++")
# TCVN3 mojibake shows these Latin-1 marks where Vietnamese letters should be; control
# characters and U+FFFD come from glyphs without any mapping.
_BAD_MARKS = regex.compile(r"[¸µ\u00ad¬®¦\ufffd\x00-\x08\x0b\x0c\x0e-\x1f]")
_MIXED = regex.compile(r"\p{L}\d++\p{L}")


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
                tables = find_tables(*_rules(raw, page.raw))
            except TooManyRules as exc:
                warnings.append(f"page {i + 1} draws too many rules to look for tables ({exc}); read as text")
                tables = []
            tp = page.get_textpage()
            try:
                pages.append(Page(i + 1, _segments(raw, tp.raw, tables), tables))
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
    with _locked(path):
        doc = _open(pdfium, data, path)
        try:
            pages, warnings, ink = _forked(lambda: _extract_with_ink(doc, raw, path, lim), path, lim)
            plan = pdf_ocr.plan(pages, lambda n: ink.get(n, False), garbled_reason, mode, path)
        except BaseException:
            doc.close()
            raise
    try:
        # Rendering takes the lock page by page; recognition runs without it, in parallel.
        pages, ocred = pdf_ocr.run(
            plan, pages, lambda n: _forked(lambda: _render(doc, n, path), path, lim, locked=True), path, lim
        )
    finally:
        with _LOCK:
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


_T = TypeVar("_T")
_CAN_FORK = hasattr(os, "fork") and sys.platform.startswith("linux")


def _forked(work: Callable[[], _T], path: str | None, limits: Limits, *, locked: bool = False) -> _T:
    """``work()`` run in a forked child under ``limits.max_memory`` and the time budget (see
    module doc); its result (or its ParseError) comes back pickled."""
    if not _CAN_FORK:
        return work()
    if locked:
        with _locked(path):
            return _forked(work, path, limits)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns, never runs the caller's cleanup
        code = 0
        try:
            os.close(read_end)
            try:
                payload = pickle.dumps((True, work()), protocol=pickle.HIGHEST_PROTOCOL)
            except ParseError as exc:
                payload = pickle.dumps((False, exc))
            except MemoryError:
                payload = pickle.dumps((False, None))
            with os.fdopen(write_end, "wb") as out:
                out.write(payload)
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    os.close(write_end)
    try:
        payload = _read_all(read_end, pid, path, limits.max_memory)
    finally:
        os.close(read_end)
        _, status = os.waitpid(pid, 0)
    if not payload:
        how = f"signal {-os.waitstatus_to_exitcode(status)}" if os.WIFSIGNALED(status) else "an error"
        raise TooLargeError(
            f"the PDF engine ran out of memory or crashed reading the file ({how}): a page that "
            "draws without end (a form drawing itself) or needs more than Limits.max_memory",
            path=path,
        )
    ok, value = pickle.loads(payload)
    if ok:
        return value  # type: ignore[no-any-return]
    if value is None:
        raise TooLargeError("the PDF needs more memory than is available to be read", path=path)
    raise value


def _rss(pid: int | str) -> int:
    """Resident bytes of process ``pid`` ("self" for this one); 0 when /proc cannot tell."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


_POLL_S = 0.02
"""How often the parent looks at the child's memory: pdfium faults in well under 1 GB in 20 ms."""


def _read_all(fd: int, pid: int, path: str | None, limit: int | None) -> bytes:
    """All a child writes to ``fd``, within what is left of the time budget and with its
    resident memory at most ``limit`` bytes above this process's (an address-space limit
    would not do: pdfium's allocator reserves gigabytes it never touches). Past either the
    child is killed and the typed error raised."""
    chunks: list[bytes] = []
    base = _rss("self") if limit is not None else 0
    while True:
        left = remaining()
        wait = _POLL_S if limit is not None else left
        if left is not None and wait is not None:
            wait = max(min(wait, left), 0.0)
        ready, _, _ = select.select([fd], [], [], wait)
        if ready:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)
            continue
        left = remaining()
        if left is not None and left <= 0:
            os.kill(pid, signal.SIGKILL)
            checkpoint("reading the PDF")
            raise TimeBudgetExceededError("the time budget ran out while reading the PDF", path=path)
        if limit is not None and _rss(pid) - base > limit:
            os.kill(pid, signal.SIGKILL)
            raise TooLargeError(
                f"reading the PDF took more than Limits.max_memory ({limit // 1_000_000} MB): a page "
                "that draws without end (a form drawing itself) or a file too large to read",
                path=path,
            )


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
    (called with the pdfium lock held, by ``_forked(..., locked=True)``)."""
    page = doc[number - 1]
    try:
        bitmap = page.render(scale=pdf_ocr.DPI / 72, grayscale=True)
        # A copy owns its pixels: the bitmap is freed here, under the lock.
        image = bitmap.to_pil().convert("L")
        bitmap.close()
    finally:
        page.close()
    return image, pdf_ocr.DPI


def _locked(path: str | None) -> AbstractContextManager[None]:
    # Other threads may be reading long PDFs: pdfium is not thread-safe.
    return held_within_budget(
        _LOCK, path, where="waiting for another thread's PDF",
        error="the time budget ran out while waiting to read the PDF",
    )  # fmt: skip


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
    texts, hints, layout_warnings = layout_pages(pages)
    warnings.extend(layout_warnings)
    for k, p in enumerate(pages):
        if p.number in ocr_numbers and k < len(hints):
            # Tesseract cannot tell bold: the hint says "unknown", not "regular".
            hints[k] = [(None, centered) for _, centered in hints[k]]
    return ReadResult(
        pages=texts,
        warnings=warnings,
        page_count=len(pages),
        hints=hints,
        ocr=[(o.page.number, o.confidence) for o in ocred],
    )
