"""Legal basis on the silver corpus: every "Căn cứ" mention should be a citation with relation
``basis`` and a symbol or a name (issue 15).

    .venv/bin/python benchmarks/silver_basis.py [FOLDER] [--workers 2] [--quiet]

FOLDER (default ../shared/corpus/silver/vbpl) holds the pages; each is parsed with
``vnlegal.parse``. A "Căn cứ" line is a line that opens with "Căn cứ" (after an optional list
marker) before the first article ("Điều 1"), i.e. the preamble's legal basis. Counted and listed:

- ``not_basis``   a citation on such a line whose relation is not basis;
- ``unnamed``     a citation on such a line with neither a symbol nor a name;
- ``missed``      such a line that names a document type but yields no citation at all;
- ``inner``       (explained, not a problem) a law named inside an amending law's title on such
                  a line ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật X"): X is a reference,
                  the amending law is the basis (gold README).

The last line is one JSON object with the counts (target: all zero, or each one explained).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import regex

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "silver" / "vbpl"
_BASIS_LINE = regex.compile(r"(?m)^[ \t|*]*+(?:(?:[a-zđ]|\d{1,3}+)[.)][ \t]*+)?Căn[ \t]++cứ(?!\p{L})[^\n]*+")
_FIRST_ARTICLE = regex.compile(r"(?m)^[ \t|*]*+Điều[ \t]++1[.:]")
_TYPE_WORD = regex.compile(
    r"(?<!\p{L})(?:Hiến pháp|Bộ luật|Luật|Pháp lệnh|Nghị quyết|Nghị định|Thông tư|Quyết định"
    r"|Chỉ thị|Lệnh)(?!\p{L})"
)


def check(path: Path) -> tuple[str, list[tuple[str, str]], int, int]:
    """(file, problems as (kind, text), "Căn cứ" lines, citations on them) for one page."""
    import vnlegal  # in the worker: each process parses on its own

    try:
        doc = vnlegal.parse(path)
    except Exception as exc:  # a crash is a problem of its own, reported and counted
        return path.name, [("crash", f"{type(exc).__name__}: {exc}")], 0, 0
    text = doc.text
    first = _FIRST_ARTICLE.search(text)
    limit = first.start() if first is not None else len(text)
    cits = sorted((c for c in doc.citations if not c.internal), key=lambda c: c.span.start)
    problems: list[tuple[str, str]] = []
    lines = mentions = 0
    for line in _BASIS_LINE.finditer(text, 0, limit):
        lines += 1
        on_line = [c for c in cits if line.start() <= c.span.start < line.end()]
        mentions += len(on_line)
        if not on_line and _TYPE_WORD.search(line.group()):
            problems.append(("missed", line.group().strip()[:160]))
        for c in on_line:
            outer = [
                o for o in on_line if o is not c and o.span.start <= c.span.start and c.span.end <= o.span.end
            ]
            if outer and c.relation == "reference":
                problems.append(("inner", c.text[:140]))
            elif c.relation != "basis":
                problems.append(("not_basis", f"{c.relation}: {c.text[:140]}"))
            if c.symbol is None and not c.name:
                problems.append(("unnamed", c.text[:140]))
    return path.name, problems, lines, mentions


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--quiet", action="store_true", help="print only the counts")
    args = parser.parse_args(argv)
    pages = sorted(p for p in args.folder.iterdir() if p.suffix.lower() in (".html", ".htm", ".txt"))
    if not pages:
        print(f"error: no pages in {args.folder}", file=sys.stderr)
        return 2
    counts = dict.fromkeys(
        ("pages", "basis_lines", "mentions", "not_basis", "unnamed", "missed", "crash", "inner"), 0
    )
    with ProcessPoolExecutor(max_workers=args.workers) as pool:
        for name, problems, lines, mentions in pool.map(check, pages, chunksize=4):
            counts["pages"] += 1
            counts["basis_lines"] += lines
            counts["mentions"] += mentions
            for kind, what in problems:
                counts[kind] += 1
                if not args.quiet and kind != "inner":
                    print(f"{kind.upper():<10} {name}: {what}")
    print(json.dumps(counts, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
