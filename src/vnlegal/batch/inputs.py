"""Which files a batch converts, and the relative path each one's output mirrors.

INPUTs are files, folders (walked recursively, in sorted order, hidden entries and OUTDIR
skipped) or glob patterns (``**`` allowed). In folders, only names matching the ``--glob``
patterns are taken (default: the suffixes vnlegal reads, any case); files named directly and
files a glob input matches are always taken.

Outputs mirror the inputs relative to the deepest folder that contains them all: one folder
input ``archive/`` gives ``archive/2021/a.pdf -> OUTDIR/2021/a.pdf.json``; two inputs
``archive/2021 archive/2022`` give ``OUTDIR/2021/...`` and ``OUTDIR/2022/...``. The files
are streamed, never listed in memory, so archives of millions of files are fine.
"""

from __future__ import annotations

import fnmatch
import glob as _glob
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

DEFAULT_PATTERNS = ("*.txt", "*.pdf", "*.docx", "*.doc", "*.html", "*.htm")
_MAGIC = set("*?[")


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
    ) -> None:
        if not inputs:
            raise BatchError("no INPUT given")
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

    def _walk(self, top: str) -> Iterator[str]:
        for dirpath, dirnames, filenames in os.walk(top):
            keep = []
            for d in sorted(dirnames):
                if d.startswith("."):
                    continue
                if self._exclude is not None and os.path.realpath(os.path.join(dirpath, d)) == self._exclude:
                    continue
                keep.append(d)
            dirnames[:] = keep
            for name in sorted(filenames):
                if name.startswith("."):
                    continue
                full = os.path.join(dirpath, name)
                if self._wanted(name, os.path.relpath(full, top).replace(os.sep, "/")):
                    yield full

    def _files(self, root: _Root) -> Iterator[str]:
        if root.kind == "file":
            yield root.given
        elif root.kind == "dir":
            yield from self._walk(root.given)
        else:
            for hit in sorted(_glob.iglob(root.given, recursive=True)):
                if os.path.isfile(hit) and not self._inside_exclude(hit):
                    yield os.path.abspath(hit)

    def _inside_exclude(self, path: str) -> bool:
        if self._exclude is None:
            return False
        real = os.path.realpath(path)
        return real.startswith(self._exclude + os.sep)

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
