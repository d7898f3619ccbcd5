"""Readers: input bytes -> decoded text (and, for paged formats, layout hints).

Each binary format has one module with one public function ``read_<fmt>(data, *, path, limits)``
that returns a ``ReadResult``; ``read_any`` dispatches on the sniffed format. The modules import
their heavy dependencies (pypdfium2, python-docx, lxml) inside those functions, so importing
vnlegal stays cheap.
"""

from __future__ import annotations

from collections.abc import Callable

from vnlegal.errors import UnsupportedFormatError
from vnlegal.limits import Limits
from vnlegal.readers.result import ReadResult

_READERS: dict[str, tuple[str, str]] = {
    "pdf": ("pdf", "read_pdf"),
    "docx": ("docx", "read_docx"),
    "doc": ("doc", "read_doc"),
    "html": ("html", "read_html"),
    "image": ("image", "read_image"),
}
_OCR_READERS = {"pdf", "image"}
"""Readers that take ``ocr=``: the others' formats always carry their text."""

_NOT_DOCUMENTS = {
    "zip": "a ZIP archive that is not a Word document",
    "gif": "a GIF image (save scans as PNG, JPEG or TIFF to have them read by OCR)",
    "archive": "a compressed archive",
    "rtf": "an RTF file (save it as DOCX)",
}


def read_any(
    fmt: str, data: bytes, path: str | None = None, *, limits: Limits | None = None, ocr: str = "auto"
) -> ReadResult:
    """Read ``data`` of the binary format ``fmt`` ("pdf", "docx", "doc", "html", "image"); any
    other format raises ``UnsupportedFormatError`` naming what the input is. ``limits``
    (default ``Limits()``) bounds pages, package size, nesting and, through ``parse()``, time;
    ``ocr`` ("auto", "always", "never") says which PDF pages are read by OCR."""
    entry = _READERS.get(fmt)
    if entry is None:
        what = _NOT_DOCUMENTS.get(fmt, f"{fmt!r} input")
        raise UnsupportedFormatError(
            f"{what}: vnlegal reads text, PDF, DOCX, DOC, HTML and images", path=path
        )
    import importlib

    reader: Callable[..., ReadResult] = getattr(importlib.import_module(f".{entry[0]}", __name__), entry[1])
    if fmt in _OCR_READERS:
        return reader(data, path=path, limits=limits, ocr=ocr)
    return reader(data, path=path, limits=limits)
