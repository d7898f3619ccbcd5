"""What the commands read and write: a command-line argument as a source for ``parse``
(a path, standard input, or the text itself), and output to stdout or to a file replaced
atomically; ``CliError`` is a usage problem the user can fix.

Shared by every command (``vnlegal.cli.commands``) and by ``main``, which prints a
``CliError``; kept apart so that the commands read as what they do.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

__all__ = ["CliError", "Output", "check_output", "source", "write"]


class CliError(Exception):
    """A usage problem the user can fix: printed as "vnlegal: error: ..." with exit code 2."""


def check_output(out: str) -> Path:
    """``out`` as a path whose folder exists, else a CliError saying what to do."""
    path = Path(out)
    if path.is_dir():
        raise CliError(f"{out}: is a directory; give -o a file name (e.g. {out.rstrip('/')}/out.json)")
    if not path.absolute().parent.is_dir():
        raise CliError(f"{out}: cannot write there: no folder {path.parent} (create it, or pick another -o)")
    return path


class Output:
    """stdout, or a file written atomically: a temp file beside it, renamed over it when the
    command succeeds, so a failed run never leaves half a file."""

    def __init__(self, out: str | None) -> None:
        self.path = check_output(out) if out else None
        self._tmp: Path | None = None
        if self.path is not None:
            # Imported here: tempfile (with shutil and random) costs a command that prints to
            # stdout, most of them, a tenth of its start-up.
            import tempfile

            folder = self.path.absolute().parent
            fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{self.path.name}.", suffix=".tmp")
            self._tmp = Path(tmp)
            self._f: Any = os.fdopen(fd, "w", encoding="utf-8", newline="")
        else:
            self._f = sys.stdout

    def write(self, text: str) -> None:
        self._f.write(text)

    def __enter__(self) -> Output:
        return self

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        if self._tmp is None or self.path is None:
            return
        self._f.close()
        if kind is None:
            os.chmod(self._tmp, 0o666 & ~_umask())
            os.replace(self._tmp, self.path)
        else:
            self._tmp.unlink(missing_ok=True)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write(text: str, out: str | None) -> None:
    with Output(out) as o:
        o.write(text if text.endswith("\n") else text + "\n")


def source(arg: str, as_text: bool = False) -> str | bytes | Path:
    """What ``parse`` takes for a command-line argument: always a path (``-`` is stdin's bytes),
    or the text itself with ``--text``. A missing path or a folder is a CliError."""
    if as_text:
        return arg
    if arg == "-":
        return sys.stdin.buffer.read()
    path = Path(arg)
    if path.is_dir():
        raise CliError(
            f"{arg}: is a directory, not a file (give a file in it, or convert the whole folder with "
            f"`vnlegal batch {arg} -o OUTDIR`)"
        )
    if not path.exists():
        raise CliError(
            f"{arg}: no such file (check the path; `-` reads standard input, --text parses the argument "
            "as text)"
        )
    return path
