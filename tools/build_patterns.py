"""Build ``src/vnlegal/lang/compiled_patterns.pickle``, the compiled patterns the package ships.

``vnlegal.lang.rx.compile`` takes a pattern from that file instead of running the ``regex``
module's pure-Python compiler (see its docstring). This tool finds what the package compiles by
running it: a child process imports every module of ``vnlegal`` and parses every fixture
(``fixtures/texts``, ``fixtures/binary``), then reports the ``(pattern, flags)`` keys
``rx.compile`` was asked for. It runs the child twice, under two hash seeds: a pattern built by
joining a set in iteration order would differ between processes and never hit the cache, so
such a pattern is reported as an error (sort the set). Each key is compiled with
``regex.compile`` and pickled.

``--check`` does not compare bytes: ``regex`` lists the members of some sets (a pattern's
possible first characters) in an order that changes from one process to the next, so the same
pattern pickles to equivalent code in different bytes. The file is current when it was built by
the installed ``regex``, holds exactly the keys the package compiles, and each entry unpickles
to the pattern, flags and groups that ``regex.compile`` gives for its key. Where another
``regex`` release is installed (a newer one from PyPI), only the keys can be checked: the file
is current for the release it names, ``rx`` ignores it here, and ``--check`` says so.

Run from the repository root after changing a pattern or upgrading ``regex``::

    .venv/bin/python tools/build_patterns.py            # (re)write the file
    .venv/bin/python tools/build_patterns.py --check    # exit 1 if the file is not current

``make patterns`` runs the first; ``tests/test_compiled_patterns.py`` runs the second. A stale
file costs only time: a pattern it lacks is compiled the slow way.
"""

from __future__ import annotations

import argparse
import os
import pickle
import pkgutil
import subprocess
import sys
from importlib import import_module
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "src" / "vnlegal" / "lang" / "compiled_patterns.pickle"
FIXTURES = (REPO / "fixtures" / "texts", REPO / "fixtures" / "binary")
SUFFIXES = {".txt", ".html", ".htm", ".pdf", ".docx", ".doc"}
SEEDS = ("0", "1")

Key = tuple[str | bytes, int]


def collect() -> frozenset[Key]:
    """In this process: import every module, parse every fixture, return the keys compiled."""
    import vnlegal
    from vnlegal.lang import rx

    for info in pkgutil.walk_packages(vnlegal.__path__, "vnlegal."):
        if info.name.rsplit(".", 1)[-1] == "__main__":
            continue  # running it would run the command line
        try:
            import_module(info.name)
        except ImportError as exc:  # an optional dependency (server, dask) that is not installed
            print(f"skipped {info.name}: {exc}", file=sys.stderr)
    for folder in FIXTURES:
        for path in sorted(folder.rglob("*")):
            if path.suffix.lower() in SUFFIXES:
                try:
                    vnlegal.parse(path, ocr="never")
                except vnlegal.ParseError:
                    pass  # a fixture of a refused input still compiled what it reached
    return rx.requested()


def compiled(keys: frozenset[Key]) -> dict[Key, bytes]:
    """Each key compiled by ``regex`` and pickled, in a fixed order."""
    import regex

    return {k: pickle.dumps(regex.compile(*k), protocol=4) for k in sorted(keys, key=repr)}


def _child(seed: str) -> dict[Key, bytes]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    out = subprocess.run(
        [sys.executable, __file__, "--collect"], env=env, cwd=REPO, capture_output=True, check=True
    ).stdout
    patterns: dict[Key, bytes] = pickle.loads(out)
    return patterns


def build() -> bytes:
    """The file's bytes for the keys the package compiles (the same bytes for the same keys)."""
    import regex

    runs = [_child(seed) for seed in SEEDS]
    unstable = runs[0].keys() ^ runs[1].keys()
    if unstable:
        shown = "\n".join(f"  {p[:120]!r}" for p, _ in sorted(unstable, key=repr)[:10])
        raise SystemExit(
            f"{len(unstable)} patterns differ between hash seeds (a set joined in iteration "
            f"order?); sort them:\n{shown}"
        )
    patterns = runs[0]
    table = {
        "format": 1,
        "regex": regex.__version__,
        "default_version": int(regex.DEFAULT_VERSION),
        "patterns": patterns,
    }
    return pickle.dumps(table, protocol=4)


def other_regex(table: dict[str, object]) -> str:
    """Empty when ``table`` (a shipped file, unpickled) was built by the installed ``regex``, else
    what differs (the file is then ignored at run time, and ``make patterns`` rebuilds it)."""
    import regex

    installed = {"regex": regex.__version__, "default_version": int(regex.DEFAULT_VERSION)}
    return ", ".join(
        f"{k} {table.get(k)} (installed: {v})" for k, v in installed.items() if table.get(k) != v
    )


def stale(data: bytes) -> str:
    """What makes the shipped file differ from ``data``, a fresh build; "" if nothing does."""
    import regex

    if not OUT.exists():
        return "missing"
    shipped, fresh = pickle.loads(OUT.read_bytes()), pickle.loads(data)
    if shipped.get("format") != fresh["format"]:
        return f"format {shipped.get('format')} != {fresh['format']}"
    old, new = shipped["patterns"], fresh["patterns"]
    if other_regex(shipped):
        # Entries of another release cannot be unpickled here (and rx ignores them): only the
        # keys can be checked. The file is still current for the release it names.
        changed: list[Key] = []
    else:
        changed = [
            k
            for k in old.keys() & new.keys()
            if (p := pickle.loads(old[k])).pattern != k[0]
            or (p.flags, p.groupindex) != ((q := regex.compile(*k)).flags, q.groupindex)
        ]
    counts = {
        "missing": len(new.keys() - old.keys()),
        "unused": len(old.keys() - new.keys()),
        "wrong": len(changed),
    }
    return ", ".join(f"{n} {what}" for what, n in counts.items() if n)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the shipped file is not current")
    parser.add_argument("--collect", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.collect:
        sys.stdout.buffer.write(pickle.dumps(compiled(collect())))
        return 0
    data = build()
    if args.check:
        problems = stale(data)
        if problems:
            print(f"{OUT.name} is not current ({problems}); run tools/build_patterns.py", file=sys.stderr)
            return 1
        print(f"{OUT.name} is current ({len(pickle.loads(data)['patterns'])} patterns)")
        if other := other_regex(pickle.loads(OUT.read_bytes())):
            # Not an error: the package works (patterns compile the slow way), only slower.
            print(f"note: built for {other}; ignored at run time until rebuilt", file=sys.stderr)
        return 0
    OUT.write_bytes(data)
    count = len(pickle.loads(data)["patterns"])
    print(f"wrote {OUT.relative_to(REPO)}: {count} patterns, {len(data):,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
