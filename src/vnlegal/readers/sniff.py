"""Format sniffing from magic bytes (the suffix is only a tie-breaker)."""

from __future__ import annotations

from vnlegal.model import SourceFormat

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def sniff_format(data: bytes, suffix: str = "") -> SourceFormat | str:
    """The input format: "pdf", "docx", "doc", "html", "image" (PNG, JPEG, TIFF), "text", or
    another name for a format vnlegal does not read ("zip", "gif", ...)."""
    head = data[:2048]
    if head.lstrip()[:5] == b"%PDF-" or b"%PDF-" in data[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx" if b"word/" in data[:65536] or suffix == ".docx" else "zip"
    if head.startswith(_OLE):
        return "doc"
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")):
        # PNG, JPEG and TIFF: scans, read by OCR.
        return "image"
    if head.startswith(b"GIF8"):
        return "gif"
    if head.startswith((b"\x1f\x8b", b"7z\xbc\xaf", b"Rar!")):
        return "archive"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    low = head.lower().lstrip(b"\xef\xbb\xbf \t\r\n")
    if low.startswith((b"<!doctype html", b"<html")) or (
        low.startswith(b"<") and b"<body" in data[:65536].lower()
    ):
        return "html"
    return "text"
