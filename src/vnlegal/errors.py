"""Typed errors: ``parse()`` returns a Document or raises a ``ParseError`` subclass."""

from __future__ import annotations


class ParseError(Exception):
    """Base class of every error vnlegal raises for input it cannot turn into a Document."""

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.path = path
        self.message = message
        super().__init__(f"{path}: {message}" if path else message)


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
    """The input exceeds a configured limit (size, pages, entries)."""


class MissingConverterError(ParseError):
    """A conversion tool the format needs (LibreOffice for .doc) is not installed."""
