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
- ``described``   (explained, not a problem) a reference inside the description of a document
                  cited before it in the same item ("Căn cứ Nghị định số 58/2017/NĐ-CP ... quy
                  định chi tiết một số điều của Bộ luật Hàng hải Việt Nam"): the words between
                  the two are more than a list separator, and the reference was not issued after
                  the described document (a later one cannot be inside an earlier one's
                  description: that is a missed basis and stays counted as ``not_basis``).
                  Mentions inside another document's description are reference (gold README).

The last line is one JSON object with the counts (target: all zero, or each one explained).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import regex

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "silver" / "vbpl"
_BASIS_LINE = regex.compile(r"(?m)^[ \t|*]*+(?:(?:[a-zđ]|\d{1,3}+)[.)][ \t]*+)?Căn[ \t]++cứ(?!\p{L})[^\n]*+")
_FIRST_ARTICLE = regex.compile(r"(?m)^[ \t|*]*+Điều[ \t]++1[.:]")
# Only list separators between two mentions: the second is listed beside the first.
_LIST_GAP = regex.compile(r"[\s,()]*+(?:(?:và|hoặc|các)(?!\p{L})[\s,()]*+)*+", regex.IGNORECASE)
# A ";" opens a new item of the list unless the description goes on in lower case ("... thi đua,
# khen thưởng; quy định chi tiết ... Luật Thi đua, khen thưởng").
_ITEM_BREAK = regex.compile(r";(?!\s*+\p{Ll})")
_AMENDED_BY = regex.compile(r"được\s++sửa\s++đổi", regex.IGNORECASE)
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
            elif c.relation == "reference" and _described(text, c, on_line):
                problems.append(("described", c.text[:140]))
            elif c.relation != "basis":
                problems.append(("not_basis", f"{c.relation}: {c.text[:140]}"))
            if c.symbol is None and not c.name:
                problems.append(("unnamed", c.text[:140]))
    return path.name, problems, lines, mentions


def _described(text: str, c: Any, on_line: list[Any]) -> bool:
    """True when ``c`` stands inside the description of a document cited before it in its item
    (the part of the line after the last ";" that opens a new item), and was not issued after
    that document; or is listed beside a mention that is so described ("... sửa đổi, bổ sung
    một số điều của Nghị định A ..., Nghị định B ...")."""
    before = [o for o in on_line if o.span.end <= c.span.start]
    if not before:
        return False
    near = before[-1]
    gap = text[near.span.end : c.span.start]
    if _ITEM_BREAK.search(gap):
        return False
    if _LIST_GAP.fullmatch(gap):
        return near.relation == "reference" and _described(text, near, on_line)
    item = [o for o in before if not _ITEM_BREAK.search(text, o.span.end, c.span.start)]
    # The item's first document is the one it cites; what follows describes it.
    head = item[0] if item and item[0].relation == "basis" else None
    if head is None:
        return False
    if _AMENDED_BY.search(text, head.span.end, c.span.start):
        return True  # "... được sửa đổi, bổ sung bởi/theo ...": amenders are later by nature
    return not _later(c, head)


def _later(c: Any, head: Any) -> bool:
    """Issued after ``head``: by the years of the symbols, else by the dates."""
    yc = c.symbol.year if c.symbol is not None else None
    yh = head.symbol.year if head.symbol is not None else None
    if yc is not None and yh is not None and yc != yh:
        return bool(yc > yh)
    return c.date is not None and head.date is not None and c.date > head.date


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
        ("pages", "basis_lines", "mentions", "not_basis", "unnamed", "missed", "crash", "inner", "described"),
        0,
    )
    with ProcessPoolExecutor(max_workers=args.workers) as pool:
        for name, problems, lines, mentions in pool.map(check, pages, chunksize=4):
            counts["pages"] += 1
            counts["basis_lines"] += lines
            counts["mentions"] += mentions
            for kind, what in problems:
                counts[kind] += 1
                if not args.quiet and kind not in ("inner", "described"):
                    print(f"{kind.upper():<10} {name}: {what}")
    print(json.dumps(counts, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
