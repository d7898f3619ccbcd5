"""Legacy Word 97-2003 (.doc) reader: LibreOffice converts it to DOCX, the DOCX reader reads it.

The conversion runs ``soffice --headless --convert-to docx`` in a temporary folder that is
removed afterwards, with a LibreOffice profile of its own for this process (LibreOffice will
not run two conversions on one profile, so conversions in one process take turns). Without
LibreOffice the reader raises ``MissingConverterError`` saying what to install.

The file is checked before conversion: an encrypted Word file (Word 97 encryption, or an
encrypted DOCX, which is an OLE container holding "EncryptedPackage") raises
``EncryptedDocumentError``; an Office file that is not a Word document raises
``UnsupportedFormatError``.

A document can ask LibreOffice to fetch things: a field ``INCLUDEPICTURE "http://..."``, a
linked image ``file:///home/.../secret.png``, an ``INCLUDETEXT``. A parser of untrusted files
must make no request and read no file because a document asks it to, so the converter runs:

- with a profile of its own whose settings block linked content (untrusted referer links,
  link and field updates never, macros off): ``PROFILE_SETTINGS``;
- where Linux user namespaces allow it (``unshare``), in a sandbox: no network (a network
  namespace with only a loopback of its own), its own process ids, and a root file system
  that holds only the system folders (``/usr``, ``/etc``, ``/opt`` read-only, a few devices)
  and the conversion's scratch folder and profile. A file the document names elsewhere does
  not exist in there. Without ``unshare`` the conversion runs with the profile settings only
  (``sandbox_mode()`` says which; docs/reliability.md says what holds where).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import threading
from functools import cache
from pathlib import Path
from typing import Literal

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


PROFILE_SETTINGS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="BlockUntrustedRefererLinks"
 oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="MacroSecurityLevel"
 oor:op="fuse"><value>3</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="DisableMacrosExecution"
 oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Load"><prop oor:name="DetectWebDAVRedirection"
 oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Writer/Content/Update"><prop oor:name="Link"
 oor:op="fuse"><value>2</value></prop></item>
<item oor:path="/org.openoffice.Office.Writer/Content/Update"><prop oor:name="Field"
 oor:op="fuse"><value>false</value></prop></item>
</oor:items>
"""
"""LibreOffice expert settings of the converter's profile: linked content from untrusted
documents blocked, links never updated (2 = never), fields not updated, macros never run."""

# Run as `sh -c _SANDBOX sh ROOT DIR... -- COMMAND...` inside `unshare -rmnpf`: a tmpfs root
# with the system folders bound read-only, a fresh /proc of the new pid namespace, four
# harmless devices, and DIRs (scratch folder, profile) bound where they are; then chroot.
_SANDBOX = r"""set -e
root="$1"; shift
mount -t tmpfs -o size=1m,mode=755 tmpfs "$root"
for d in usr etc opt lib lib32 lib64 libx32 bin sbin; do
  if [ -L "/$d" ]; then ln -s "$(readlink "/$d")" "$root/$d"
  elif [ -d "/$d" ]; then
    mkdir "$root/$d"; mount --rbind "/$d" "$root/$d"; mount -o remount,bind,ro "$root/$d" 2>/dev/null || true
  fi
done
mkdir -p "$root/dev" "$root/tmp" "$root/proc"
mount -t proc proc "$root/proc"
for n in null zero random urandom; do touch "$root/dev/$n"; mount --bind "/dev/$n" "$root/dev/$n"; done
while [ "$1" != "--" ]; do mkdir -p "$root$1"; mount --bind "$1" "$root$1"; shift; done
shift
cd /
exec chroot "$root" "$@"
"""
_SYSTEM_DIRS = ("/usr", "/etc", "/opt", "/lib", "/lib32", "/lib64", "/libx32", "/bin", "/sbin")

SandboxMode = Literal["namespace", "network", "profile"]


def _sandbox_cmd(root: str, binds: list[str], cmd: list[str], mode: SandboxMode) -> list[str]:
    unshare = shutil.which("unshare") or "unshare"
    if mode == "namespace":
        return [unshare, "-rmnpf", "--kill-child", "sh", "-c", _SANDBOX, "sh", root, *binds, "--", *cmd]
    if mode == "network":
        return [unshare, "-rn", *cmd]
    return cmd


@cache
def sandbox_mode() -> SandboxMode:
    """How this machine confines LibreOffice: "namespace" (no network, only the system folders
    and the scratch folder visible), "network" (no network only: a user and network namespace
    but no mount namespace) or "profile" (the profile's settings only: no ``unshare``, or user
    namespaces switched off)."""
    if shutil.which("unshare") is None or not os.path.isdir("/proc/self"):
        return "profile"
    with tempfile.TemporaryDirectory(prefix="vnlegal-sandbox-") as tmp:
        root = os.path.join(tmp, "root")
        os.mkdir(root)
        modes: tuple[SandboxMode, ...] = ("namespace", "network")
        for mode in modes:
            probe = _sandbox_cmd(root, [tmp], ["/bin/sh", "-c", "exit 0"], mode)
            try:
                done = subprocess.run(probe, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL, timeout=10, check=False)  # fmt: skip
            except (OSError, subprocess.TimeoutExpired):
                continue
            if done.returncode == 0:
                return mode
    return "profile"


def _profile() -> str:
    """This process's LibreOffice profile folder (created once: a first start costs seconds),
    with ``PROFILE_SETTINGS`` in place before LibreOffice first reads it."""
    global _PROFILE
    if _PROFILE is None:
        _PROFILE = tempfile.TemporaryDirectory(prefix="vnlegal-soffice-")
        user = Path(_PROFILE.name) / "user"
        user.mkdir()
        (user / "registrymodifications.xcu").write_text(PROFILE_SETTINGS, encoding="utf-8")
    return _PROFILE.name


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
    with tempfile.TemporaryDirectory(prefix="vnlegal-doc-") as scratch:
        # ``root`` is where the sandbox's file system is mounted; ``tmp`` the only folder of
        # this machine (with the profile) the converter sees.
        root, tmp = os.path.join(scratch, "root"), os.path.join(scratch, "work")
        os.mkdir(root)
        os.mkdir(tmp)
        src = Path(tmp) / "input.doc"
        src.write_bytes(data)
        profile = _profile()
        mode = sandbox_mode()
        program = os.path.realpath(shutil.which(soffice) or soffice)
        if not os.access(program, os.X_OK):
            # Inside ``unshare`` a missing program is only an exit code: say so before.
            raise MissingConverterError(f"{INSTALL_HINT} ({soffice}: no such program)", path=path)
        if mode == "namespace" and not program.startswith(tuple(d + "/" for d in _SYSTEM_DIRS)):
            mode = "network"  # a LibreOffice outside the system folders would not be found inside
        convert = [
            program if mode == "namespace" else soffice,
            f"-env:UserInstallation={Path(profile).as_uri()}",
            "--headless",
            "--norestore",
            "--nologo",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            tmp,
            str(src),
        ]
        env = {**os.environ, "HOME": tmp}
        cmd = _sandbox_cmd(root, [tmp, profile], convert, mode)
        try:
            proc = subprocess.Popen(
                cmd,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
                env=env,
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
