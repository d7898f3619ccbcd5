"""Image reader: a scanned page as PNG, JPEG or TIFF (every frame of a multi-page TIFF) -> OCR.

Each frame is converted to greyscale and read by OCR (:mod:`vnlegal.readers.ocr_pages`) at
the resolution it declares (300 dpi when it declares none or an implausible one); the pages
then go through the same layout as a PDF's. Pillow is a dependency of pdfplumber, so it is
always there; Tesseract may not be: ``MissingOcrEngineError`` then says what to install.
"""

from __future__ import annotations

import io
from typing import Any

from vnlegal.errors import CorruptDocumentError, EmptyDocumentError, TooLargeError, UnsupportedFormatError
from vnlegal.lang import rx
from vnlegal.limits import DEFAULT_LIMITS, Limits, checkpoint
from vnlegal.readers.ocr_engine import require_engine
from vnlegal.readers.ocr_mode import check_mode
from vnlegal.readers.ocr_pages import ocr_all
from vnlegal.readers.pdf_layout import layout_pages
from vnlegal.readers.result import Hint, ReadResult

DEFAULT_DPI = 300
"""Resolution assumed for an image that declares none (a scan's usual one)."""
_MIN_DPI, _MAX_DPI = 70, 1200
_MAX_PIXELS = 120_000_000
"""Pixels of one frame: an A0 sheet at 600 dpi is about 70 million."""


# Pillow names the buffer it read in its messages ("<_io.BytesIO object at 0x7f...>"): an
# address differs from one process to the next, and an error message must not.
_OBJECT_REPR = rx.compile(r"<[^<>]*? at 0x[0-9a-fA-F]++>")


def _detail(exc: Exception) -> str:
    return f"{type(exc).__name__}: {_OBJECT_REPR.sub('the image data', str(exc))}"


def _open(data: bytes, path: str | None) -> Any:
    from PIL import Image  # lazy: start-up (Pillow is only needed for images)

    Image.MAX_IMAGE_PIXELS = _MAX_PIXELS
    try:
        return Image.open(io.BytesIO(data))
    except Exception as exc:
        raise CorruptDocumentError(
            f"damaged or unknown image ({_detail(exc)})", path=path
        ) from None


def _frame(img: Any, n: int, path: str | None) -> tuple[Any, int]:
    """Frame ``n`` (from 1) in greyscale, and its resolution. Frames are decoded one at a time,
    as OCR asks for them, so a 200-page TIFF never sits in memory whole."""
    from PIL import Image  # lazy: start-up (Pillow is only needed for images)

    checkpoint("decoding the image")
    try:
        img.seek(n - 1)
        dpi = img.info.get("dpi", (DEFAULT_DPI, DEFAULT_DPI))[0]
        dpi = round(float(dpi)) if dpi else DEFAULT_DPI
        frame = img.convert("L")
    except Image.DecompressionBombError as exc:
        raise TooLargeError(f"the image is too large to read ({exc})", path=path) from None
    except Exception as exc:
        raise CorruptDocumentError(
            f"damaged image, frame {n} ({_detail(exc)})", path=path
        ) from None
    return frame, dpi if _MIN_DPI <= dpi <= _MAX_DPI else DEFAULT_DPI


def read_image(
    data: bytes, *, path: str | None = None, limits: Limits | None = None, ocr: str = "auto"
) -> ReadResult:
    """OCR every page of an image file into a ``ReadResult`` (see module doc)."""
    if check_mode(ocr) == "never":
        raise UnsupportedFormatError("an image, and OCR is switched off (ocr='never')", path=path)
    lim = DEFAULT_LIMITS if limits is None else limits
    img = _open(data, path)
    engine = require_engine(path)
    count = int(getattr(img, "n_frames", 1) or 0)
    if count < 1:
        raise EmptyDocumentError("the image has no frames", path=path)
    lim.check_size("the image", count, lim.max_pages, "pages", path)
    done = ocr_all(engine, range(1, count + 1), lambda n: _frame(img, n, path), path, lim)
    warnings = [w for o in done for w in o.warnings]
    checkpoint("the image's layout")
    laid = layout_pages([o.page for o in done])
    warnings.extend(laid.warnings)
    # Tesseract cannot tell bold: "unknown", not "regular".
    hints: list[list[Hint]] = [[(None, centered) for _, centered in page] for page in laid.hints]
    return ReadResult(
        pages=laid.texts,
        warnings=warnings,
        page_count=count,
        hints=hints,
        ocr=[(o.page.number, o.confidence) for o in done],
        notes=laid.notes,
        marks=laid.marks,
    )
