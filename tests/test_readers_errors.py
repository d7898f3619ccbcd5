"""Damaged binary input: every failure is a typed ParseError, never a dependency's exception."""

from __future__ import annotations

import random

import pytest

import vnlegal

from .readers_support import binary

_FILES = ["B06.pdf", "numbering.pdf", "numbering.docx", "B08_", "portal.html"]


def _mutations(data: bytes, seed: int) -> list[bytes]:
    rng = random.Random(seed)
    out = [data[: int(len(data) * k / 8)] for k in range(1, 8)]
    for _ in range(8):
        buf = bytearray(data)
        for _ in range(rng.randint(1, 40)):
            buf[rng.randrange(len(buf))] = rng.randrange(256)
        out.append(bytes(buf))
    # A chunk dropped from the middle shifts every offset after it.
    mid = len(data) // 2
    out.append(data[:mid] + data[mid + 97 :])
    return out


@pytest.mark.parametrize("name", _FILES)
def test_damaged_files_raise_only_parse_errors(name: str) -> None:
    data = binary(name).read_bytes()
    for k, damaged in enumerate(_mutations(data, seed=len(name))):
        try:
            doc = vnlegal.parse(damaged)
        except vnlegal.ParseError:
            continue
        except Exception as exc:  # pragma: no cover - the failure this test exists to catch
            pytest.fail(f"{name} mutation {k}: {type(exc).__module__}.{type(exc).__name__}: {exc}")
        assert doc.text


@pytest.mark.parametrize("fmt", ["pdf", "docx", "doc", "html"])
def test_wrong_format_hint_is_a_parse_error(fmt: str) -> None:
    try:
        vnlegal.parse(b"Kh\xc3\xb4ng ph\xe1\xba\xa3i t\xe1\xbb\x87p nh\xe1\xbb\x8b ph\xc3\xa2n", format=fmt)
    except vnlegal.ParseError:
        return
    # HTML may read plain text as a page with one paragraph; that is a document.
    assert fmt == "html"


def test_unknown_binary_formats_name_themselves() -> None:
    with pytest.raises(vnlegal.UnsupportedFormatError, match="ZIP archive"):
        vnlegal.parse(b"PK\x03\x04" + b"\x00" * 200)
    with pytest.raises(vnlegal.UnsupportedFormatError, match="RTF"):
        vnlegal.parse(b"{\\rtf1\\ansi hello}")
