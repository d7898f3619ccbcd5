"""The citation graph of a whole archive (issue 19): does ``vnlegal graph`` resolve every
citation whose target is in the archive?

Reads a ``vnlegal batch`` output folder, builds the graph, and looks for misses a reader would
call misses: an unresolved key whose symbol equals an archive document's symbol once case,
spaces and dots are ignored, an unresolved name key ("luật thanh tra@...") whose name is an
archive document's type + title and whose date (when given) is that document's date, and keys
left ambiguous. It prints the graph's summary and every such miss; exit 1 when there is one.

Run from the repository root (the batch takes a few minutes on two cores)::

    .venv/bin/vnlegal batch ../shared/corpus/dev ../shared/corpus/silver/vbpl -o /tmp/arch
    .venv/bin/python benchmarks/graph_archive.py /tmp/arch
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import regex

from vnlegal import graph
from vnlegal.lang.fold import fold

_LOOSE = regex.compile(r"[\s.]+")


def _loose(symbol: str) -> str:
    return str(_LOOSE.sub("", symbol)).upper()


def misses(g: graph.Graph) -> list[str]:
    """Unresolved or ambiguous keys whose target a reader would find in the archive."""
    by_symbol: dict[str, list[str]] = {}
    by_name: dict[str, list[tuple[str, str | None]]] = {}
    for d in g.documents.values():
        if d.symbol:
            by_symbol.setdefault(_loose(d.symbol), []).append(d.id)
        if d.doc_type and d.title:
            by_name.setdefault(fold(f"{d.doc_type} {d.title}"), []).append((d.id, d.date))
    out = [f"ambiguous {a.key}: {', '.join(a.candidates)}" for a in g.ambiguous]
    for u in g.unresolved:
        if "@" in u.key:
            name, _, date = u.key.rpartition("@")
            hits = [i for i, d in by_name.get(name, ()) if date and d == date]
        else:
            hits = by_symbol.get(_loose(u.key), [])
        if hits:
            out.append(f"unresolved {u.key} ({u.mentions} mentions): archive has {', '.join(hits)}")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("outdir", type=Path, help="a `vnlegal batch` output folder")
    args = parser.parse_args(argv)
    g = graph.build(graph.load(args.outdir))
    print(g.summary())
    found = misses(g)
    for line in found:
        print(line)
    print(f"{len(found)} citations whose target is in the archive were not resolved")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
