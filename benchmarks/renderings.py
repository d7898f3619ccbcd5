"""Renderings benchmark: the same documents in the shapes they arrive in, scored the same.

A document copied from a portal, converted by pdftotext, exported to Markdown or pasted from a
Word table is the same document: its header, outline, citations and assignments must not
depend on the shape. This script turns every dev text into those shapes and scores each
rendering against the gold exactly as ``accuracy.py`` scores the text itself:

* ``clean``    -- the text as stored (the reference);
* ``wrapped``  -- every line that is not a table row hard-wrapped at a width drawn per document
  from 60-100 columns (portal text, pdftotext, e-mail), breaking between words;
* ``markdown`` -- what HTML-to-Markdown converters give: headings, labels and marker lines in
  ``**...**``, date lines in ``*...*``, an empty ``** **`` run here and there, and every table
  as a pipe table with a ``| --- |`` row after its first row;
* ``cells``    -- every table as one cell per line with no separator (copy from a web page);
* ``twocol``   -- the two header columns (issuer / motto, number / place and date) side by side
  on the same lines, as ``pdftotext -layout`` prints them.

The renderings are made by functions of this module (``RENDERERS``), deterministic for a given
text (the wrap width is drawn from a seed made of the text). ``tests/test_renderings.py`` runs a
sample of them in the suite.

Run from the repository root::

    .venv/bin/python benchmarks/renderings.py                      # dev corpus, every rendering
    .venv/bin/python benchmarks/renderings.py --only wrapped,cells --details
    .venv/bin/python benchmarks/renderings.py --json renderings.json
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))

import accuracy  # the scorer beside this file

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "corpus" / "dev"

# A table row as the dev texts and the readers write it: cells joined by " | ", maybe with
# the outer pipes of a Markdown table.
_ROW = regex.compile(r"^\s*+\|.*\|\s*+$|^[^|\n]+(?:\s\|\s[^|\n]*)+$")
_SEPARATOR_ROW = regex.compile(r"^\s*+\|?(?:\s*+:?-{3,}:?\s*+\|)+\s*+:?-*\s*+$")
# Lines a converter sets in bold: outline markers and short labels ending in ":".
_MARKER_LINE = regex.compile(
    r"^(?:(?:Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC|Điều)\s+\S+|[IVXLC]+\.|[A-Z]\.|\d+(?:\.\d+)*\.|[a-zđ]\))\s",
)
_LABEL = regex.compile(r"^(?P<label>[-+]?\s*+\p{Lu}[\p{L} ,/]{2,40}:)(?P<rest>\s.*)?$")
_DATE_LINE = regex.compile(r"(?i)^[\p{L} .-]{0,40},?\s*+ngày\s+\S+\s+tháng\s+\S+\s+năm\s+\d{4}\s*+$")
_MOTTO = regex.compile(r"(?i)^\s*+c\S*ng\s++h\S*\s++x\S*\s++h\S*i\b")
_RULE = regex.compile(r"^\s*+[-_=*]{3,}+\s*+$")
_NUMBER_LINE = regex.compile(r"(?i)^\s*+số\s*+[:.]?\s*+\S")


def _seed(text: str) -> int:
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big")


def _is_row(line: str) -> bool:
    return bool(_ROW.match(line)) and "|" in line


def _cells(line: str) -> list[str]:
    inner = line.strip()
    if inner.startswith("|"):
        inner = inner[1:]
    if inner.endswith("|"):
        inner = inner[:-1]
    return [c.strip() for c in inner.split("|")]


def _tables(lines: list[str]) -> Iterator[tuple[int, int]]:
    """(start, end) line ranges of runs of table rows."""
    i = 0
    while i < len(lines):
        if _is_row(lines[i]):
            j = i
            while j < len(lines) and _is_row(lines[j]):
                j += 1
            yield i, j
            i = j
        else:
            i += 1


def wrap_line(line: str, width: int) -> list[str]:
    """``line`` broken between words into lines of at most ``width`` characters (a word longer
    than the width stays whole)."""
    if len(line) <= width:
        return [line]
    out: list[str] = []
    current = ""
    for word in line.split(" "):
        if current and len(current) + 1 + len(word) > width:
            out.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        out.append(current)
    return out


def render_wrapped(text: str) -> str:
    """Hard line wraps at one width per document, 60-100 columns; table rows are kept."""
    width = random.Random(_seed(text)).randint(60, 100)
    out: list[str] = []
    for line in text.split("\n"):
        out.extend([line] if _is_row(line) else wrap_line(line, width))
    return "\n".join(out)


def render_markdown(text: str) -> str:
    """Emphasis as HTML-to-Markdown converters write it, and pipe tables with a rule row."""
    rng = random.Random(_seed(text) + 1)
    lines = text.split("\n")
    table_of = {k: (a, b) for a, b in _tables(lines) for k in range(a, b)}
    out: list[str] = []
    for k, line in enumerate(lines):
        if k in table_of:
            a, _ = table_of[k]
            if _SEPARATOR_ROW.match(line):
                continue
            out.append("| " + " | ".join(_cells(line)) + " |")
            if k == a:
                out.append("| " + " | ".join("---" for _ in _cells(line)) + " |")
            continue
        stripped = line.strip()
        if not stripped:
            out.append("** **" if rng.random() < 0.05 else line)
        elif _MARKER_LINE.match(stripped) or (stripped.isupper() and len(stripped) > 3):
            out.append(f"**{stripped}**")
        elif _DATE_LINE.match(stripped):
            out.append(f"*{stripped}*")
        elif (m := _LABEL.match(stripped)) is not None:
            out.append(f"**{m['label']}**{m['rest'] or ''}")
        else:
            out.append(line)
    return "\n".join(out)


def render_cells(text: str) -> str:
    """Every table as one cell per line, no separator at all."""
    lines = text.split("\n")
    out: list[str] = []
    spans = list(_tables(lines))
    k = 0
    for a, b in spans:
        out.extend(lines[k:a])
        for line in lines[a:b]:
            if _SEPARATOR_ROW.match(line):
                continue
            out.extend(c for c in _cells(line) if c)
        k = b
    out.extend(lines[k:])
    return "\n".join(out)


def _header_columns(lines: list[str]) -> tuple[int, int, list[str], list[str]] | None:
    """The header's two columns: (start, end, left lines, right lines), or None when the text
    has no motto line to anchor them (or keeps the header in a table)."""
    motto = next((k for k, ln in enumerate(lines[:60]) if _MOTTO.match(ln) and "|" not in ln), None)
    if motto is None:
        return None
    # The issuer block: the lines above the motto, across blank lines and rules, up to the
    # blank line above its first line (at most six lines; a table row ends it).
    start, k, content = motto, motto - 1, 0
    while k >= 0 and motto - k <= 8 and "|" not in lines[k]:
        if not lines[k].strip():
            if content:
                break
        else:
            content += not _RULE.match(lines[k])
            start = k
        k -= 1
    if not content or content > 6:
        return None
    left = [ln.strip() for ln in lines[start:motto] if ln.strip()]
    end = motto
    right: list[str] = []
    while end < len(lines) and len(right) < 4:
        if lines[end].strip():
            right.append(lines[end].strip())
            line = lines[end]
            if not _MOTTO.match(line) and not _RULE.match(line) and "ộc lập" not in line.lower():
                right.pop()
                break
        end += 1
    return (start, end, left, right) if left and right else None


def render_twocol(text: str) -> str:
    """The issuer and motto blocks side by side, then "Số: ..." beside the place and date, as
    ``pdftotext -layout`` prints a two-column header."""
    lines = text.split("\n")
    cols = _header_columns(lines)
    if cols is None:
        return text
    start, end, left, right = cols
    width = max(len(x) for x in left) + 8
    merged = [f"{(left[k] if k < len(left) else ''):<{width}}{right[k] if k < len(right) else ''}".rstrip()
              for k in range(max(len(left), len(right)))]  # fmt: skip
    rest = lines[end:]
    number = next((k for k, ln in enumerate(rest[:12]) if _NUMBER_LINE.match(ln)), None)
    date = next((k for k, ln in enumerate(rest[:14]) if _DATE_LINE.match(ln.strip())), None)
    if number is not None and date is not None and number < date:
        pair = f"{rest[number].strip():<{width}}{rest[date].strip()}"
        rest = [*rest[:number], pair, *rest[number + 1 : date], *rest[date + 1 :]]
    return "\n".join([*lines[:start], *merged, *rest])


RENDERERS: dict[str, Callable[[str], str]] = {
    "clean": lambda text: text,
    "wrapped": render_wrapped,
    "markdown": render_markdown,
    "cells": render_cells,
    "twocol": render_twocol,
}


def run_rendering(name: str, text: str, gold: dict[str, Any], stem: str) -> accuracy.DocResult:
    import vnlegal

    rendered = RENDERERS[name](text)
    start = time.perf_counter()
    try:
        doc = vnlegal.parse_text(rendered)
        error = None
    except Exception as exc:
        doc, error = None, f"{type(exc).__name__}: {exc}"
        tb = traceback.extract_tb(exc.__traceback__)
        if tb:
            error += f" (at {Path(tb[-1].filename).name}:{tb[-1].lineno})"
    return accuracy.score_document(gold, doc, name=stem, seconds=time.perf_counter() - start, error=error)


def _line(name: str, t: accuracy.Totals, ref: accuracy.Totals | None) -> str:
    values = [t.header.value, t.outline.f1, t.citations.f1, t.assignments.f1]
    refs = [ref.header.value, ref.outline.f1, ref.citations.f1, ref.assignments.f1] if ref else [None] * 4
    cells = []
    for v, r in zip(values, refs, strict=True):
        text = "-" if v is None else f"{v:.3f}"
        if r is not None and v is not None and name != "clean":
            text += f" ({v - r:+.3f})"
        cells.append(f"{text:>16}")
    return f"{name:<10}" + "".join(cells) + f"{t.errors:>7}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--only", default="", help="comma-separated renderings (clean is always run)")
    parser.add_argument("--details", action="store_true", help="per document, the scores that move")
    parser.add_argument("--json", type=Path, help="write totals and per-document scores here")
    parser.add_argument("--write", type=Path, help="also write every rendering into this folder")
    args = parser.parse_args(argv)

    names = ["clean", *[n for n in (args.only.split(",") if args.only else RENDERERS) if n != "clean"]]
    unknown = [n for n in names if n not in RENDERERS]
    if unknown:
        parser.error(f"unknown rendering(s): {', '.join(unknown)}")
    gold_dir = args.corpus / "gold"
    totals = {n: accuracy.Totals() for n in names}
    per_doc: dict[str, dict[str, Any]] = {}
    for txt in sorted(args.corpus.glob("*.txt")):
        gold_path = gold_dir / f"{txt.stem}.json"
        if not gold_path.exists():
            continue
        gold = json.loads(gold_path.read_text("utf-8"))
        text = txt.read_text("utf-8")
        for name in names:
            result = run_rendering(name, text, gold, txt.stem)
            totals[name].add(result)
            per_doc.setdefault(txt.stem, {})[name] = {
                "header": result.header_ratio.value,
                "outline_f1": result.outline.f1,
                "citations_f1": result.citations.prf.f1,
                "assignments_f1": result.assignments.prf.f1,
                "error": result.error,
            }
            if args.write:
                args.write.mkdir(parents=True, exist_ok=True)
                (args.write / f"{txt.stem}.{name}.txt").write_text(RENDERERS[name](text), "utf-8")

    heads = ("header", "outline F1", "citations F1", "assign F1")
    head = f"{'rendering':<10}" + "".join(f"{h:>16}" for h in heads)
    print(head + f"{'errors':>7}")
    for name in names:
        print(_line(name, totals[name], totals["clean"]))
    if args.details:
        keys = ("header", "outline_f1", "citations_f1", "assignments_f1")
        print("\nPer document, where a rendering scores below the clean text by more than 0.01:")
        for stem, scores in per_doc.items():
            clean = scores["clean"]
            for name in names[1:]:
                drops = [
                    f"{k} {clean[k]:.2f}->{scores[name][k]:.2f}"
                    for k in keys
                    if clean[k] is not None
                    and scores[name][k] is not None
                    and scores[name][k] < clean[k] - 0.01
                ]
                if drops or scores[name]["error"]:
                    print(f"  {stem[:40]:<40} {name:<9} {', '.join(drops)} {scores[name]['error'] or ''}")
    if args.json:
        args.json.write_text(
            json.dumps({"totals": {n: t.to_json() for n, t in totals.items()}, "documents": per_doc},
                       ensure_ascii=False, indent=1),
            "utf-8",
        )  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
