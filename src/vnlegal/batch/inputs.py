"""Which files a batch converts, and the relative path each one's output mirrors.

INPUTs are files, folders (walked recursively, in sorted order, hidden entries and OUTDIR
skipped) or glob patterns (``**`` allowed). In folders, only names matching the ``--glob``
patterns are taken (default: the suffixes vnlegal reads, any case); files named directly and
files a glob input matches are always taken.

Outputs mirror the inputs relative to the deepest folder that contains them all: one folder
input ``archive/`` gives ``archive/2021/a.pdf -> OUTDIR/2021/a.pdf.json``; two inputs
``archive/2021 archive/2022`` give ``OUTDIR/2021/...`` and ``OUTDIR/2022/...``. The files
are streamed, never listed in memory, so archives of millions of files are fine.

Symbolic links inside a folder or under a glob are not followed out of the input: a link to a
folder is not entered, and a link to a file outside the folder (``outside.txt -> /etc/...``)
is reported as refused, never read, unless ``follow_symlinks`` (``--follow-symlinks``) is
given; then links are followed and a folder reached twice (a link to ``.``) is walked once.
Globs are matched by the same walk (``**`` is any number of folders), so links cannot make
them loop. Files that are not regular files (FIFOs, devices, sockets) are planned like any
other and refused by the worker with a report line, never opened.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

DEFAULT_PATTERNS = ("*.txt", "*.pdf", "*.docx", "*.doc", "*.html", "*.htm")
_MAGIC = set("*?[")
SYMLINK_REFUSED = (
    "a symbolic link to a file outside the input folder: not followed (give --follow-symlinks "
    "to follow links)"
)


class BatchError(Exception):
    """The batch cannot start: no input matched, an INPUT does not exist, OUTDIR is unusable."""


@dataclass(frozen=True)
class _Root:
    kind: Literal["file", "dir", "glob"]
    given: str
    """Absolute path (file, dir) or absolute pattern (glob)."""
    base: str
    """The folder this root's files are relative to, before the common base is applied."""


def _has_magic(s: str) -> bool:
    return any(c in _MAGIC for c in s)


def _glob_base(pattern: str) -> str:
    parts = Path(pattern).parts
    fixed: list[str] = []
    for part in parts[:-1]:
        if _has_magic(part):
            break
        fixed.append(part)
    return str(Path(*fixed)) if fixed else os.sep


class Inputs:
    """The planned input files of a batch (iterate for ``(absolute path, relative path)``)."""

    def __init__(
        self,
        inputs: Sequence[str | os.PathLike[str]],
        *,
        patterns: Sequence[str] | None = None,
        exclude: str | os.PathLike[str] | None = None,
        follow_symlinks: bool = False,
    ) -> None:
        if not inputs:
            raise BatchError("no INPUT given")
        self.follow_symlinks = follow_symlinks
        self.refused: dict[str, str] = {}
        """Path -> why it is not read (a link out of the input), filled while iterating."""
        self.patterns = tuple(p.lower() for p in (patterns or DEFAULT_PATTERNS))
        self._exclude = os.path.realpath(exclude) if exclude is not None else None
        roots = []
        for item in inputs:
            given = os.path.abspath(os.fspath(item))
            if os.path.isfile(given):
                roots.append(_Root("file", given, os.path.dirname(given)))
            elif os.path.isdir(given):
                roots.append(_Root("dir", given, given))
            elif _has_magic(os.fspath(item)):
                roots.append(_Root("glob", given, _glob_base(given)))
            else:
                raise BatchError(f"{os.fspath(item)}: no such file or folder")
        self.roots = roots
        self.base = os.path.commonpath([r.base for r in roots])

    def _wanted(self, name: str, rel_in_root: str) -> bool:
        low_name, low_rel = name.lower(), rel_in_root.lower()
        return any(fnmatch.fnmatchcase(low_rel if "/" in p else low_name, p) for p in self.patterns)

    def _walk(self, top: str, pattern: list[str] | None = None) -> Iterator[str]:
        """Files under ``top`` wanted by the name patterns, or, with ``pattern`` (a glob's
        parts below ``top``), matching it; links followed only with ``follow_symlinks``."""
        real_top = os.path.realpath(top)
        seen_dirs = {real_top}
        for dirpath, dirnames, filenames in os.walk(top, followlinks=self.follow_symlinks):
            keep = []
            for d in sorted(dirnames):
                full = os.path.join(dirpath, d)
                if d.startswith(".") or (self._exclude and os.path.realpath(full) == self._exclude):
                    continue
                if os.path.islink(full):
                    if not self.follow_symlinks:
                        continue
                    real = os.path.realpath(full)
                    if real in seen_dirs or _within(os.path.realpath(dirpath), real):
                        continue  # a loop (a link to "." or to a parent) or a folder walked already
                    seen_dirs.add(real)
                keep.append(d)
            dirnames[:] = keep
            for name in sorted(filenames):
                if name.startswith("."):
                    continue
                full = os.path.join(dirpath, name)
                rel = os.path.relpath(full, top).replace(os.sep, "/")
                if not (self._wanted(name, rel) if pattern is None else _match(rel.split("/"), pattern)):
                    continue
                if self._exclude is not None and _within(self._exclude, os.path.realpath(full)):
                    continue
                if not self.follow_symlinks and os.path.islink(full):
                    if not _within(real_top, os.path.realpath(full)):
                        self.refused[full] = SYMLINK_REFUSED
                yield full

    def _files(self, root: _Root) -> Iterator[str]:
        if root.kind == "file":
            yield root.given
        elif root.kind == "dir":
            yield from self._walk(root.given)
        else:
            parts = Path(os.path.relpath(root.given, root.base)).parts
            if os.path.isdir(root.base):
                yield from self._walk(root.base, list(parts))

    def __iter__(self) -> Iterator[tuple[str, str]]:
        """``(absolute path, path relative to the common base with "/")`` of each file, once."""
        seen: set[str] | None = set() if len(self.roots) > 1 else None
        for root in self.roots:
            for path in self._files(root):
                if seen is not None:
                    if path in seen:
                        continue
                    seen.add(path)
                yield path, os.path.relpath(path, self.base).replace(os.sep, "/")

    def count(self) -> int:
        """How many files iterating yields (a walk without parsing; for the progress bar)."""
        return sum(1 for _ in self)


def _within(folder: str, path: str) -> bool:
    """``path`` is ``folder`` or inside it (both real paths)."""
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _match(parts: list[str], pattern: list[str]) -> bool:
    """Path ``parts`` match glob ``pattern`` parts, ``**`` standing for any number of folders
    (as ``glob(recursive=True)``; hidden names are skipped by the walk)."""
    if not pattern:
        return not parts
    head, rest = pattern[0], pattern[1:]
    if head == "**":
        return any(_match(parts[k:], rest) for k in range(len(parts) + 1))
    return bool(parts) and fnmatch.fnmatchcase(parts[0], head) and _match(parts[1:], rest)
