"""Dump the Document JSON of every file of a corpus, and compare two such dumps.

A refactoring that must not change behaviour is proved on real data: dump before, dump
after, compare. Each input file becomes ``OUT/<folder>__<name>.json`` (the Document as
``model_dump_json``) or ``OUT/<folder>__<name>.error`` (the error's type and message).

Run from the repository root::

    .venv/bin/python benchmarks/snapshot.py dump OUT            # ../shared/corpus (dev, silver, scans)
    .venv/bin/python benchmarks/snapshot.py dump OUT DIR...     # those folders instead
    .venv/bin/python benchmarks/snapshot.py compare OLD NEW     # lists files that differ

To dump an older commit, check it out with ``git worktree add /tmp/base COMMIT`` and run
the same command with ``PYTHONPATH=/tmp/base/src``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "corpus"
SUFFIXES = {".txt", ".html", ".htm", ".pdf", ".docx", ".doc", ".md"}


def corpus_files(roots: Sequence[Path]) -> Iterator[Path]:
    """Every document under ``roots`` (gold annotations and READMEs left out)."""
    for root in roots:
        for path in sorted(root.rglob("*")):
            if (
                path.is_file()
                and path.suffix.lower() in SUFFIXES
                and "gold" not in path.parts
                and path.name.lower() != "readme.md"
            ):
                yield path


def dump(out: Path, roots: Sequence[Path]) -> int:
    import vnlegal

    out.mkdir(parents=True, exist_ok=True)
    count = 0
    for path in corpus_files(roots):
        stem = f"{path.parent.name}__{path.name}"
        try:
            doc = vnlegal.parse(path)
        except Exception as exc:
            (out / f"{stem}.error").write_text(f"{type(exc).__name__}: {exc}\n", "utf-8")
        else:
            (out / f"{stem}.json").write_text(doc.model_dump_json(indent=1), "utf-8")
        count += 1
    print(f"{count} files dumped to {out}")
    return 0


def compare(old: Path, new: Path) -> int:
    names = sorted({p.name for p in old.iterdir()} | {p.name for p in new.iterdir()})
    differ = [
        name
        for name in names
        if not (old / name).exists()
        or not (new / name).exists()
        or (old / name).read_bytes() != (new / name).read_bytes()
    ]
    for name in differ:
        print(name)
    print(f"{len(names) - len(differ)} identical, {len(differ)} differ", file=sys.stderr)
    return 1 if differ else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump", help="dump every document's JSON")
    d.add_argument("out", type=Path)
    d.add_argument("roots", type=Path, nargs="*")
    c = sub.add_parser("compare", help="list the files whose JSON differs")
    c.add_argument("old", type=Path)
    c.add_argument("new", type=Path)
    args = parser.parse_args(argv)
    if args.command == "dump":
        roots = args.roots or [DEFAULT_CORPUS / "dev", DEFAULT_CORPUS / "silver"]
        return dump(args.out, roots)
    return compare(args.old, args.new)


if __name__ == "__main__":
    sys.exit(main())
