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
}

_NOT_DOCUMENTS = {
    "zip": "a ZIP archive that is not a Word document",
    "image": "an image (scanned pages need OCR first)",
    "archive": "a compressed archive",
    "rtf": "an RTF file (save it as DOCX)",
}


def read_any(fmt: str, data: bytes, path: str | None = None, *, limits: Limits | None = None) -> ReadResult:
    """Read ``data`` of the binary format ``fmt`` ("pdf", "docx", "doc", "html"); any other
    format raises ``UnsupportedFormatError`` naming what the input is. ``limits`` (default
    ``Limits()``) bounds pages, package size, nesting and, through ``parse()``, time."""
    entry = _READERS.get(fmt)
    if entry is None:
        what = _NOT_DOCUMENTS.get(fmt, f"{fmt!r} input")
        raise UnsupportedFormatError(f"{what}: vnlegal reads text, PDF, DOCX, DOC and HTML", path=path)
    import importlib

    reader: Callable[..., ReadResult] = getattr(importlib.import_module(f".{entry[0]}", __name__), entry[1])
    return reader(data, path=path, limits=limits)
