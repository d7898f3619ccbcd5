"""Plain-text reader: sniff the encoding of text bytes and decode them."""

from __future__ import annotations

import codecs

from ..errors import EmptyDocumentError, UnsupportedFormatError

# Bytes that never occur in text: a NUL, or most C0 controls outside tab/newline/form feed.
_CONTROL = bytes([*range(0, 9), *range(14, 27), *range(28, 32)])
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL)


def decode_text(data: bytes, *, path: str | None = None) -> tuple[str, str]:
    """Decode text bytes; returns (text, encoding name).

    UTF-8 (with or without BOM) and UTF-16 with BOM are taken as declared; other bytes are
    tried as strict UTF-8, then as cp1258 (Windows Vietnamese). Binary data raises
    ``UnsupportedFormatError``.
    """
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", path), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", path), "utf-16"
    head = data[:8192]
    if head and len(head.translate(None, _NOT_CONTROL)) > max(2, len(head) // 200):
        raise UnsupportedFormatError("binary data, not text", path=path)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1258"), "cp1258"
    except UnicodeDecodeError as exc:
        raise UnsupportedFormatError(f"undecodable text ({exc.reason})", path=path) from None


def _strict(data: bytes, encoding: str, path: str | None) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise UnsupportedFormatError(
            f"declares {encoding} by its byte-order mark but is not valid {encoding} ({exc.reason})",
            path=path,
        ) from None


def ensure_text(text: str, *, path: str | None = None) -> None:
    """Raise ``EmptyDocumentError`` when ``text`` holds no letters or digits."""
    if not any(ch.isalnum() for ch in text):
        raise EmptyDocumentError("the document holds no text", path=path)
