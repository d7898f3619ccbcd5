"""Plain-text reader: sniff the encoding of text bytes and decode them."""

from __future__ import annotations

import codecs
from collections.abc import Callable
from typing import NamedTuple

from vnlegal.errors import EmptyDocumentError, UnsupportedFormatError
from vnlegal.model import LegacyEncoding
from vnlegal.readers.legacy import detect as legacy_detect

# Bytes that never occur in text: a NUL, or most C0 controls outside tab/newline/form feed.
_CONTROL = bytes([*range(0, 9), *range(14, 27), *range(28, 32)])
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL)
# TCVN3 (VN1) puts some capitals with a tone mark on C0 codes ("GIÁO DỤC" has 0x02): inside a
# word they are letters, not a sign of binary data.
_TCVN3_CAPITALS = frozenset((0x01, 0x02, 0x04, 0x05, 0x06, *range(0x11, 0x18)))
_LEGACY: dict[str, LegacyEncoding] = {"tcvn3": "tcvn3", "vni": "vni", "viqr": "viqr"}


class DecodedText(NamedTuple):
    """Decoded text and how it was decoded."""

    text: str
    encoding: str
    """What the bytes were read as: "utf-8", "utf-8-sig", "utf-16", "cp1258", "tcvn3", "vni"."""
    legacy: LegacyEncoding | None
    """The pre-Unicode Vietnamese encoding converted, if any (also for repaired mojibake)."""
    warnings: list[str]
    """What was converted or repaired, one sentence each."""


Check = Callable[[str], None] | None
"""Called on the decoded text before any repair (``parse()`` refuses there a line or a text
too long for its limits): the repairs read the whole text."""


def decode_text(data: bytes, *, path: str | None = None, check: Check = None) -> DecodedText:
    """Decode text bytes.

    UTF-8 (with or without BOM) and UTF-16 with BOM are taken as declared; other bytes are read
    as cp1258 (Windows Vietnamese), TCVN3 or VNI, whichever gives Vietnamese words. Decoded text
    that is really a legacy encoding in disguise (VIQR, or TCVN3/VNI read as Windows-1252) is
    converted too; ``legacy`` and ``warnings`` say so. Binary data raises
    ``UnsupportedFormatError``. ``check`` sees the decoded text first.
    """
    if data.startswith(codecs.BOM_UTF8):
        return decode_str(_strict(data[3:], "utf-8", path), "utf-8-sig", check)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode_str(_strict(data, "utf-16", path), "utf-16", check)
    head = data[:8192]
    if head and _binary(head):
        raise UnsupportedFormatError("binary data, not text", path=path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return decode_str(text, "utf-8", check)
    found = legacy_detect.decode_legacy_bytes(data)
    if found is None:
        raise UnsupportedFormatError(
            "undecodable text (not UTF-8, and neither cp1258, TCVN3 nor VNI reads as Vietnamese)",
            path=path,
        )
    text, name = found
    if name == "cp1258":
        return decode_str(text, "cp1258", check)
    if check is not None:
        check(text)
    legacy = _LEGACY.get(name)
    warning = f"decoded from the legacy encoding {legacy_detect.LEGACY_NAMES[name]}"
    return DecodedText(text, name, legacy, [warning])


def decode_str(text: str, encoding: str = "utf-8", check: Check = None) -> DecodedText:
    """Text already decoded (or given as ``str``) that may still be VIQR or TCVN3/VNI mojibake;
    ``check`` sees it before it is repaired."""
    if check is not None:
        check(text)
    fixed, name, warnings = legacy_detect.repair_text(text)
    return DecodedText(fixed, encoding, _LEGACY.get(name) if name else None, warnings)


def _binary(head: bytes) -> bool:
    controls = len(head.translate(None, _NOT_CONTROL))
    limit = max(2, len(head) // 200)
    if controls <= limit:
        return False
    # Discount TCVN3 capitals that sit next to a letter byte.
    stray = 0
    for i, b in enumerate(head):
        if b not in _CONTROL:
            continue
        if b in _TCVN3_CAPITALS and (_letter(head, i - 1) or _letter(head, i + 1)):
            continue
        stray += 1
        if stray > limit:
            return True
    return False


def _letter(data: bytes, i: int) -> bool:
    if not 0 <= i < len(data):
        return False
    b = data[i]
    return 0x41 <= b <= 0x5A or 0x61 <= b <= 0x7A or b >= 0x80 or b in _TCVN3_CAPITALS


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
