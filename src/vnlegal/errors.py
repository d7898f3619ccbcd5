"""Typed errors: ``parse()`` returns a Document or raises a ``ParseError`` subclass.

Nothing else escapes ``parse()`` for any input: a dependency's exception (pdfium, lxml,
zipfile, LibreOffice) is wrapped in the subclass that says what is wrong with the file, and
an unforeseen failure of vnlegal itself becomes ``InternalError`` with the original exception
as its ``__cause__``. Every error carries the file's ``path`` (None for bytes or text input)
and a ``message`` meant for the person who supplied the file. Errors pickle with both, so
they cross process boundaries (batch workers) intact.
"""

from __future__ import annotations

import os
from typing import Any


def printable_path(path: str) -> str:
    """``path`` as valid Unicode: the bytes of a file name that is not UTF-8 (decoded by Python
    with ``surrogateescape``) written ``\\xff``, so reports and JSON can carry it and a reader
    can still tell which file it was (``os.fsencode`` of the real name gives those bytes)."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(path).decode("utf-8", "backslashreplace")
    return path


class ParseError(Exception):
    """Base class of every error vnlegal raises for input it cannot turn into a Document."""

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.path = path
        self.message = message
        super().__init__(f"{path}: {message}" if path else message)

    def __reduce__(self) -> tuple[Any, ...]:
        # The default pickles args only, which would fold the path into the message.
        return (_rebuild, (type(self), self.message, self.path))


def _rebuild(cls: type[ParseError], message: str, path: str | None) -> ParseError:
    return cls(message, path=path)


class UnsupportedFormatError(ParseError):
    """The input is not a format vnlegal reads (binary data, an image, an archive ...)."""


class EmptyDocumentError(ParseError):
    """The input holds no text."""


class NoTextLayerError(ParseError):
    """A PDF has no usable text layer (scanned, or fonts without a Unicode map): needs OCR."""


class EncryptedDocumentError(ParseError):
    """The file is encrypted or password protected."""


class CorruptDocumentError(ParseError):
    """The file claims a format but its content is damaged."""


class TooLargeError(ParseError):
    """The input exceeds a configured limit (size, pages, entries, nesting, line length);
    see ``vnlegal.Limits``."""


class MissingConverterError(ParseError):
    """A conversion tool the format needs (LibreOffice for .doc) is not installed."""


class MissingOcrEngineError(MissingConverterError):
    """Scanned pages or images need OCR, and Tesseract or its Vietnamese data is not installed
    (Debian packages ``tesseract-ocr`` and ``tesseract-ocr-vie``)."""


class TimeBudgetExceededError(ParseError, TimeoutError):
    """Parsing took longer than ``Limits.time_budget_s``. Also a ``TimeoutError``."""


class InternalError(ParseError):
    """vnlegal failed on this input in a way it did not foresee: a bug, to be reported with
    the file. The original exception is the ``__cause__``."""
