"""Real HTML-to-Markdown converters over the silver vbpl pages: the outline and header that
vnlegal reads from what such a converter makes of a page, against the same page's silver.

Issue 14's unseen sets are mostly Markdown and portal renderings made by converters we do not
control. ``benchmarks/renderings.py`` makes such shapes itself; this benchmark takes them from
the converters people use (html2text, markdownify, both on PyPI; pandoc when ``pypandoc`` is
installed): html2text wraps at 78 columns by default (hard wraps inside sentences and headings,
``**`` split over lines) and writes tables as pipe rows; markdownify keeps paragraphs whole and
escapes Markdown characters; pandoc wraps at 72, keeps tables as HTML in GitHub Markdown and
draws them as grids in plain text.

For every page of ``../shared/corpus/silver/vbpl``:

* outline -- the silver outline ``../shared/tools/score_outline.py`` derives from vbpl's unit
  classes, against ``vnlegal.parse_text(markdown)``'s body, scored as that tool scores
  (micro P/R/F1 over unit paths; pages with F1 >= 0.98);
* header -- symbol, doc_type and date of the Markdown parse equal to those of
  ``vnlegal.parse(page)`` (the HTML reader), where that one has the field.

Run from the repository root (needs the ``dev`` extra, which pulls both converters)::

    .venv/bin/python benchmarks/converters.py                    # every page, every converter
    .venv/bin/python benchmarks/converters.py --limit 60 --details
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import vnlegal

REPO_ROOT = Path(__file__).resolve().parent.parent
TOOLS = REPO_ROOT.parent / "shared" / "tools"
DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "corpus" / "silver" / "vbpl"
HEADER_FIELDS = ("symbol", "doc_type", "date")


def _score_outline() -> ModuleType:
    """The independent scorer's module (its gold derivation and label normalization)."""
    path = TOOLS / "score_outline.py"
    if not path.is_file():
        raise SystemExit(f"{path} not found: this benchmark scores against ../shared's silver")
    spec = importlib.util.spec_from_file_location("score_outline", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def converters() -> dict[str, Callable[[str], str]]:
    """Name -> function from an HTML page to Markdown, with each converter's defaults."""
    import html2text
    import markdownify

    def h2t(width: int) -> Callable[[str], str]:
        def convert(page: str) -> str:
            h = html2text.HTML2Text()
            h.body_width = width
            return str(h.handle(page))

        return convert

    def mdfy(page: str) -> str:
        return str(markdownify.markdownify(page, heading_style="ATX"))

    out = {"html2text": h2t(78), "html2text-nowrap": h2t(0), "markdownify": mdfy}
    try:  # pandoc (pypandoc_binary bundles it): optional, a second family of wrapped shapes
        import pypandoc
    except ImportError:
        return out

    def pandoc(to: str) -> Callable[[str], str]:
        def convert(page: str) -> str:
            return str(pypandoc.convert_text(page, to, format="html"))

        return convert

    # GitHub Markdown (raw HTML tables kept, lines wrapped at 72) and plain text (grid tables).
    return {**out, "pandoc-gfm": pandoc("gfm"), "pandoc-plain": pandoc("plain")}


def _header(doc: vnlegal.Document) -> dict[str, str | None]:
    h = doc.header
    return {
        "symbol": h.symbol.text if h.symbol is not None else None,
        "doc_type": h.doc_type,
        "date": h.date.isoformat() if h.date is not None else None,
    }


def run(corpus: Path, limit: int | None, only: list[str] | None, details: bool) -> dict[str, Any]:
    so = _score_outline()
    convs = {k: v for k, v in converters().items() if not only or k in only}
    pages = sorted(corpus.glob("*.htm*"))[:limit]
    totals: dict[str, Counter[str]] = {k: Counter() for k in convs}
    per_doc: dict[str, dict[str, Any]] = {}
    t0 = time.perf_counter()
    for path in pages:
        units, _ = so.gold_outline(so.parse_html(str(path)))
        gold = [so.norm_path(u["path"]) for u in units]
        try:
            ref = _header(vnlegal.parse(path))
        except vnlegal.ParseError:
            ref = dict.fromkeys(HEADER_FIELDS)
        page = path.read_text(encoding="utf-8", errors="replace")
        row: dict[str, Any] = {}
        for name, convert in convs.items():
            c = totals[name]
            try:
                doc = vnlegal.parse_text(convert(page))
            except vnlegal.ParseError as exc:
                c["errors"] += 1
                row[name] = {"error": type(exc).__name__}
                continue
            found: list[list[str]] = []
            so._pred_units(doc.body, [], found)
            pred = [so.norm_path(x) for x in found]
            tp, missed, extra = so.compare(gold, pred)
            f1 = so.prf(tp, len(pred), len(gold))[2]
            got = _header(doc)
            for field in HEADER_FIELDS:
                if ref[field] is not None:
                    c[f"{field}_n"] += 1
                    c[f"{field}_ok"] += got[field] == ref[field]
            if gold:
                c.update(tp=tp, npred=len(pred), ngold=len(gold), pages=1, ge98=f1 >= 0.98)
            row[name] = {"f1": round(f1, 4), "missed": ["/".join(x) for x in missed[:5]],
                         "extra": ["/".join(x) for x in extra[:5]],
                         "header": {f: got[f] for f in HEADER_FIELDS if got[f] != ref[f]}}  # fmt: skip
            if details and gold and (f1 < 0.98 or row[name]["header"]):
                print(f"{path.name} {name}: F1 {f1:.3f} missed {row[name]['missed'][:3]} "
                      f"extra {row[name]['extra'][:3]} header {row[name]['header']}")  # fmt: skip
        per_doc[path.name] = row
    out: dict[str, Any] = {"pages": len(pages), "seconds": round(time.perf_counter() - t0, 1)}
    for name, c in totals.items():
        p, r, f = so.prf(c["tp"], c["npred"], c["ngold"])
        out[name] = {"outline_p": round(p, 4), "outline_r": round(r, 4), "outline_f1": round(f, 4),
                     "pages_ge_0.98": f"{c['ge98']}/{c['pages']}", "errors": c["errors"],
                     **{f"{f}_agree": round(c[f"{f}_ok"] / c[f"{f}_n"], 4) if c[f"{f}_n"] else None
                        for f in HEADER_FIELDS}}  # fmt: skip
    out["per_doc"] = per_doc
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=None, help="the first N pages only")
    ap.add_argument("--only", default="", help="comma-separated converters")
    ap.add_argument("--details", action="store_true", help="pages under 0.98 or with a header change")
    ap.add_argument("--json", type=Path, help="write totals and per-page results here")
    a = ap.parse_args(argv)
    result = run(a.corpus, a.limit, [x for x in a.only.split(",") if x] or None, a.details)
    for name, totals in result.items():
        if isinstance(totals, dict) and name != "per_doc":
            print(name, json.dumps(totals, ensure_ascii=False))
    print(f"{result['pages']} pages in {result['seconds']} s")
    if a.json:
        a.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
