"""Legacy Word 97-2003 (.doc) reader: LibreOffice converts it to DOCX, the DOCX reader reads it.

The conversion runs ``soffice --headless --convert-to docx`` in a temporary folder that is
removed afterwards, with a LibreOffice profile of its own for this process (LibreOffice will
not run two conversions on one profile, so conversions in one process take turns). Without
LibreOffice the reader raises ``MissingConverterError`` saying what to install.

The file is checked before conversion: an encrypted Word file (Word 97 encryption, or an
encrypted DOCX, which is an OLE container holding "EncryptedPackage") raises
``EncryptedDocumentError``; an Office file that is not a Word document raises
``UnsupportedFormatError``.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import threading
from pathlib import Path

from vnlegal.errors import (
    CorruptDocumentError,
    EncryptedDocumentError,
    MissingConverterError,
    TimeBudgetExceededError,
    UnsupportedFormatError,
)
from vnlegal.limits import Limits, held_within_budget, remaining
from vnlegal.readers.docx import read_docx
from vnlegal.readers.result import ReadResult

TIMEOUT_S = 120
"""A conversion that takes longer is stopped and reported as a damaged file."""

INSTALL_HINT = (
    "reading .doc (Word 97-2003) files needs LibreOffice: install it "
    "(Debian/Ubuntu: apt-get install libreoffice-writer-nogui; other systems: libreoffice.org) "
    "so that `soffice` is on the PATH, or save the file as DOCX"
)

_LOCK = threading.Lock()
_PROFILE: tempfile.TemporaryDirectory[str] | None = None

_WORD_STREAM = "WordDocument".encode("utf-16-le")
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_FIB_MAGIC = b"\xec\xa5"
_SECTOR = 512


def find_soffice() -> str | None:
    """Path of LibreOffice's ``soffice`` program, or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def _word97_encrypted(data: bytes) -> bool:
    """The fEncrypted bit of the Word FIB, found at the start of a 512-byte sector."""
    for off in range(_SECTOR, min(len(data), _SECTOR * 256), _SECTOR):
        if data[off : off + 2] == _FIB_MAGIC:
            flags = int.from_bytes(data[off + 10 : off + 12], "little")
            return bool(flags & 0x0100)
    return False


def check_ole(data: bytes, path: str | None) -> None:
    """Raise the typed error for an OLE file vnlegal cannot convert (see module doc)."""
    head = data[: 1 << 20]
    if _ENCRYPTED_PACKAGE in head:
        raise EncryptedDocumentError(
            "the Word file is password protected (encrypted package): it cannot be read", path=path
        )
    if _WORD_STREAM not in head:
        raise UnsupportedFormatError(
            "an Office file that is not a Word document (spreadsheet, presentation, e-mail?)", path=path
        )
    if _word97_encrypted(data):
        raise EncryptedDocumentError("the .doc file is password protected: it cannot be read", path=path)


def _profile() -> str:
    global _PROFILE
    if _PROFILE is None:
        _PROFILE = tempfile.TemporaryDirectory(prefix="vnlegal-soffice-")
    return Path(_PROFILE.name).as_uri()


def convert_to_docx(data: bytes, soffice: str, path: str | None) -> bytes:
    """DOCX bytes of a .doc file, converted by LibreOffice within ``TIMEOUT_S`` seconds or
    what is left of the time budget of the ``parse()`` call, whichever is less."""
    with held_within_budget(
        _LOCK, path, where="waiting for another thread's .doc conversion",
        error="the time budget ran out while waiting to convert the .doc file",
    ):  # fmt: skip
        return _convert(data, soffice, path)


def _convert(data: bytes, soffice: str, path: str | None) -> bytes:
    left = remaining()
    timeout = TIMEOUT_S if left is None else max(0.0, min(TIMEOUT_S, left))
    with tempfile.TemporaryDirectory(prefix="vnlegal-doc-") as tmp:
        src = Path(tmp) / "input.doc"
        src.write_bytes(data)
        cmd = [
            soffice,
            f"-env:UserInstallation={_profile()}",
            "--headless",
            "--norestore",
            "--nologo",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            tmp,
            str(src),
        ]
        try:
            proc = subprocess.Popen(
                cmd,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )
        except OSError as exc:
            raise MissingConverterError(f"{INSTALL_HINT} ({exc.strerror})", path=path) from None
        try:
            _, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            # Stop the converter and anything it started, by its own process group only.
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            if timeout < TIMEOUT_S:
                raise TimeBudgetExceededError(
                    f"the time budget ran out while LibreOffice converted the .doc file ({timeout:.0f} s)",
                    path=path,
                ) from None
            raise CorruptDocumentError(
                f"LibreOffice did not finish converting the .doc file within {TIMEOUT_S} s", path=path
            ) from None
        out = Path(tmp) / "input.docx"
        if proc.returncode != 0 or not out.is_file():
            detail = err.decode("utf-8", "replace").strip().splitlines()[-1:] if err else []
            raise CorruptDocumentError(
                "LibreOffice could not convert the .doc file (damaged or not a Word document)"
                + (f": {detail[0]}" if detail else ""),
                path=path,
            )
        return out.read_bytes()


def read_doc(data: bytes, *, path: str | None = None, limits: Limits | None = None) -> ReadResult:
    """Read a Word 97-2003 file through LibreOffice (see module doc); the converted DOCX is
    held to ``limits`` like any other."""
    check_ole(data, path)
    soffice = find_soffice()
    if soffice is None:
        raise MissingConverterError(INSTALL_HINT, path=path)
    result = read_docx(convert_to_docx(data, soffice, path), path=path, limits=limits)
    result.warnings.append("read from a .doc file converted to DOCX by LibreOffice")
    return result
