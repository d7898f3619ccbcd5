"""Legacy .doc reader: OLE checks, LibreOffice conversion, missing converter, timeouts."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

import vnlegal
from vnlegal.readers import doc as doc_reader

from .hostile import ole
from .readers_support import binary, parsed, score

needs_soffice = pytest.mark.skipif(doc_reader.find_soffice() is None, reason="LibreOffice is not installed")


def test_encrypted_docx_container() -> None:
    with pytest.raises(vnlegal.EncryptedDocumentError, match="password"):
        vnlegal.parse(ole("EncryptionInfo", "EncryptedPackage"))


def test_encrypted_word97_file() -> None:
    with pytest.raises(vnlegal.EncryptedDocumentError, match="password"):
        vnlegal.parse(ole("WordDocument", "1Table", fib_flags=0x0100))


def test_other_office_files_are_not_word() -> None:
    with pytest.raises(vnlegal.UnsupportedFormatError, match="not a Word document"):
        vnlegal.parse(ole("Workbook"))


def test_missing_converter_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(doc_reader, "find_soffice", lambda: None)
    with pytest.raises(vnlegal.MissingConverterError, match="LibreOffice") as err:
        vnlegal.parse(binary("B06.doc"))
    assert "libreoffice-writer-nogui" in str(err.value)


@needs_soffice
def test_doc_converted_by_libreoffice_matches_gold() -> None:
    doc = parsed("B06.doc")
    assert doc.source.format == "doc"
    result = score(doc, "004")
    assert result.error is None
    assert all(result.header.values()), result.header
    assert result.outline.f1 is None or result.outline.f1 >= 0.97


@needs_soffice
def test_unconvertible_doc_is_corrupt() -> None:
    with pytest.raises(vnlegal.CorruptDocumentError, match="LibreOffice could not convert"):
        vnlegal.parse(ole("WordDocument", fib_flags=0), format="doc")


def test_hanging_converter_is_stopped(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fake = tmp_path / "soffice"
    fake.write_text("#!/bin/sh\nsleep 30\n")
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setattr(doc_reader, "find_soffice", lambda: str(fake))
    monkeypatch.setattr(doc_reader, "TIMEOUT_S", 1)
    with pytest.raises(vnlegal.CorruptDocumentError, match="did not finish"):
        vnlegal.parse(ole("WordDocument", fib_flags=0), format="doc")


def test_converter_that_cannot_start(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    missing = os.fspath(tmp_path / "no-such-soffice")
    monkeypatch.setattr(doc_reader, "find_soffice", lambda: missing)
    with pytest.raises(vnlegal.MissingConverterError):
        vnlegal.parse(ole("WordDocument", fib_flags=0), format="doc")
