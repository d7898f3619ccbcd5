"""Build ``src/vnlegal/data/syllable_pairs.tsv``: how often two syllables follow each other
in Vietnamese legal text, for the tone repair of OCRed words (readers/ocr_context.py).

Source: the text of the silver corpus's vbpl pages (``shared/corpus/silver/vbpl``: central
normative documents of 2025-2026 as published on vbpl.vn; official documents are not subject
to copyright, Law on Intellectual Property art. 15), read by vnlegal itself. Pages whose symbol
is one of the documents the OCR benchmark images (numbers read from the binary folders'
file names) are left out, so the benchmark does not read text the model was counted on.

Only what the repair asks is kept: the syllables seen at least 3 times, and the pairs seen at
least ``MIN_COUNT`` times that hold a syllable whose twin with or without a tone mark is also
in the text (the only pairs the repair looks up; rarer pairs changed nothing on the OCR
benchmark and would double the file). Syllables are canonical lower case; a pair never spans
punctuation or a line break.
Run from the repository root: ``.venv/bin/python tools/build_syllable_pairs.py``.
"""

from __future__ import annotations

import collections
import itertools
import sys
import unicodedata
from pathlib import Path

import regex

import vnlegal
from vnlegal.lang.syllables import canonical, is_syllable, split_tone

ROOT = Path(__file__).resolve().parent.parent
VBPL = ROOT.parent / "shared" / "corpus" / "silver" / "vbpl"
BINARY = [ROOT.parent / "shared" / "corpus" / d / "binary" for d in ("dev", "silver")]
OUT = ROOT / "src/vnlegal/data/syllable_pairs.tsv"
MIN_COUNT = 10
# A run of words without punctuation between them (a pair never spans punctuation).
_RUN = regex.compile(r"\p{L}[\p{L}\p{M}]*+(?:[ ]++\p{L}[\p{L}\p{M}]*+)*+")


def _excluded_symbols() -> set[str]:
    """Numbers of the benchmark's documents (``1074``, ``23``, ``100.2015``...) as folded
    symbol heads, from the binary folders' file names: the vbpl pages with those go."""
    out: set[str] = set()
    for d in BINARY:
        for p in d.iterdir():
            for m in regex.finditer(r"(?<!\d)(\d{1,5})[-._](?:(\d{4})[-._])?([A-Za-z]{2,})", p.name):
                out.add(f"{int(m[1])}/{m[2] or ''}/{m[3].upper()}")
    return out


def _skip(symbol: str, excluded: set[str]) -> bool:
    parts = symbol.upper().replace("Đ", "D").split("/")
    if len(parts) < 2 or not parts[0].isdigit():
        return False
    year = parts[1] if len(parts) == 3 else ""
    kind = regex.match(r"[A-Z]*", parts[-1])[0]
    return f"{int(parts[0])}/{year}/{kind}" in excluded or f"{int(parts[0])}//{kind}" in excluded


def main() -> None:
    excluded = _excluded_symbols()
    labels = {}
    for line in (VBPL / "labels.tsv").read_text("utf-8").splitlines()[1:]:
        f = line.split("\t")
        labels[f[0]] = f[2]
    uni: collections.Counter[str] = collections.Counter()
    bi: collections.Counter[tuple[str, str]] = collections.Counter()
    skipped = pages = 0
    for page in sorted(VBPL.glob("*.html")):
        if _skip(labels.get(page.name, ""), excluded):
            skipped += 1
            continue
        try:
            text = vnlegal.parse(page).text
        except vnlegal.ParseError:
            continue
        pages += 1
        for line in unicodedata.normalize("NFC", text).splitlines():
            for run in _RUN.findall(line):
                syls = [canonical(w.lower()) if is_syllable(w) else "" for w in run.split()]
                uni.update(s for s in syls if s)
                bi.update((a, b) for a, b in itertools.pairwise(syls) if a and b)
    # The repair compares a syllable without a tone mark with the same syllable with one:
    # only pairs holding a syllable that has such a twin in the text are ever looked up.
    by_base: dict[str, list[str]] = collections.defaultdict(list)
    for s in uni:
        by_base[split_tone(s)[0]].append(s)
    confusable = {s for group in by_base.values() if len(group) > 1 for s in group}
    keep = sorted(
        ((a, b, c) for (a, b), c in bi.items() if c >= MIN_COUNT and (a in confusable or b in confusable)),
        key=lambda t: (-t[2], t[0], t[1]),
    )
    followers: dict[str, list[tuple[str, int]]] = collections.defaultdict(list)
    for a, b, c in keep:
        followers[a].append((b, c))
    lines = [
        "# Syllables of Vietnamese legal text, how often each occurs, and the syllables that follow",
        "# it (second:count, most common first; only pairs the OCR tone repair looks up). Built by",
        f"# tools/build_syllable_pairs.py from {pages} vbpl pages of the silver corpus; do not edit by hand.",
        "syllable\tcount\tfollowers\texample",
    ]
    for s, c in sorted(uni.items(), key=lambda t: (-t[1], t[0])):
        if c < 3:
            continue
        nxt = followers.get(s, [])
        example = f"{s} {nxt[0][0]}" if nxt else s
        lines.append(f"{s}\t{c}\t{' '.join(f'{b}:{n}' for b, n in nxt)}\t{example}")
    OUT.write_text("\n".join(lines) + "\n", "utf-8")
    print(f"{len(uni)} syllables, {len(bi)} pairs, {len(keep)} kept, {skipped} pages excluded -> "
          f"{OUT} ({OUT.stat().st_size} bytes)", file=sys.stderr)  # fmt: skip


if __name__ == "__main__":
    main()
