"""OCR benchmark: text-layer documents turned into page images, OCRed, and compared with their
own text-layer parse.

The test set is made here, not downloaded: the text-layer PDFs of ``shared/corpus/dev/binary``
and ``shared/corpus/silver/binary`` (and their DOCX, converted to PDF by LibreOffice when
``soffice`` is installed) are cut to their first ``--pages`` pages, and those pages rendered
with pypdfium2 to greyscale or colour images at 200-300 dpi; some get a slight skew, a blur or
JPEG noise (Pillow), drawn per document from a fixed seed. The images go into one multi-page
TIFF per document, which ``vnlegal.parse`` reads by OCR, and the result is compared with the
parse of the same pages' text layer:

* ``cer``     -- character error rate of the text (header included; diacritics count, runs of
  white space are one space): edit distance / length of the text-layer text;
* ``header``  -- share of the reference's header fields (type, symbol, issuer, place, date,
  title) that come out equal;
* ``outline`` -- F1 of the outline nodes (id, kind) against the reference's.

Targets (issue 18): CER <= 2 %, header >= 0.95, outline F1 >= 0.95.

    .venv/bin/python benchmarks/ocr.py                 # the whole set, 2 pages per document
    .venv/bin/python benchmarks/ocr.py --limit 6 --pages 1 --details
    .venv/bin/python benchmarks/ocr.py --scans         # also the real scans, timed
    .venv/bin/python benchmarks/ocr.py --cache /tmp/ocr-cache   # Tesseract's output kept

``--cache DIR`` keeps Tesseract's TSV per page image (keyed by the image's pixels, resolution
and mode), so a change to what happens after recognition (repairs, layout, header) is
measured in seconds on the same OCR output; a change to the image or Tesseract's settings
misses the cache by itself (the pixels or the settings key differ).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from PIL import Image, ImageFilter

import vnlegal
from vnlegal.model import Document, Node

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED = REPO_ROOT.parent / "shared" / "corpus"
SOURCES = [SHARED / "dev" / "binary", SHARED / "silver" / "binary"]
LIMITS = vnlegal.Limits(time_budget_s=1800)


@dataclass
class Variant:
    """How one document's pages are imaged."""

    dpi: int
    grey: bool
    skew: float = 0.0
    blur: float = 0.0
    jpeg: int = 0

    def name(self) -> str:
        parts = [f"{self.dpi}dpi", "grey" if self.grey else "rgb"]
        if self.skew:
            parts.append(f"skew{self.skew:+.1f}")
        if self.blur:
            parts.append(f"blur{self.blur:.1f}")
        if self.jpeg:
            parts.append(f"jpeg{self.jpeg}")
        return ",".join(parts)


def variant(seed: str) -> Variant:
    """A deterministic imaging for a document: a third clean, the rest with one defect."""
    rnd = random.Random(seed)
    v = Variant(dpi=rnd.choice([200, 240, 300]), grey=rnd.random() < 0.5)
    kind = rnd.randrange(4)
    if kind == 1:
        v.skew = rnd.choice([-1.0, -0.6, 0.5, 0.8])
    elif kind == 2:
        v.blur = rnd.choice([0.6, 0.9])
    elif kind == 3:
        v.jpeg = rnd.choice([35, 50, 70])
    return v


def image_pages(pdf: bytes, v: Variant) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf)
    out = []
    for page in doc:
        img = page.render(scale=v.dpi / 72, grayscale=v.grey).to_pil()
        img = img.convert("L" if v.grey else "RGB")
        if v.skew:
            img = img.rotate(v.skew, resample=Image.Resampling.BICUBIC, expand=False, fillcolor="white")
        if v.blur:
            img = img.filter(ImageFilter.GaussianBlur(v.blur))
        if v.jpeg:
            buf = io.BytesIO()
            img.save(buf, "JPEG", quality=v.jpeg)
            img = Image.open(io.BytesIO(buf.getvalue()))
            img.load()
        out.append(img)
    doc.close()
    return out


def tiff(images: list[Image.Image], dpi: int) -> bytes:
    buf = io.BytesIO()
    images[0].save(
        buf, "TIFF", save_all=True, append_images=images[1:], dpi=(dpi, dpi), compression="tiff_lzw"
    )
    return buf.getvalue()


def first_pages(pdf: bytes, n: int) -> bytes:
    src = pdfium.PdfDocument(pdf)
    dst = pdfium.PdfDocument.new()
    dst.import_pages(src, list(range(min(n, len(src)))))
    buf = io.BytesIO()
    dst.save(buf)
    return buf.getvalue()


def docx_to_pdf(path: Path, tmp: Path) -> bytes | None:
    soffice = shutil.which("soffice")
    if soffice is None:
        return None
    try:
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", "pdf",
             "--outdir", str(tmp), str(path)],
            capture_output=True, timeout=120, check=True,
        )  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return None
    out = tmp / (path.stem + ".pdf")
    return out.read_bytes() if out.exists() else None


def inputs(limit: int | None, with_docx: bool) -> Iterator[tuple[str, Path]]:
    files = sorted(p for d in SOURCES for p in d.glob("*.pdf"))
    if with_docx:
        files += sorted(p for d in SOURCES for p in d.glob("*.docx"))[:6]
    n = 0
    for p in files:
        if limit is not None and n >= limit:
            return
        yield p.name, p
        n += 1


# --- scores -------------------------------------------------------------------------------


def body_text(doc: Document) -> str:
    """The whole text, runs of white space as one space: where the header stage puts the start
    of the body differs with one misread header line, which would count a whole paragraph.
    A lone "|" (the readers' cell separator, not a character on the page) is left out: the
    text layer marks a boxed note as a table where OCR, which sees no ruling, reads lines."""
    return " ".join(w for w in doc.text.split() if w != "|")


def levenshtein(a: str, b: str) -> int:
    if len(a) < len(b):
        a, b = b, a
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


_BAND = 60
"""Words either side of the diagonal the alignment looks at (more than any block OCR drops)."""


def char_errors(hyp: str, ref: str) -> int:
    """Character edit distance, computed on words: the cheapest alignment of the two word
    sequences where a word against a word costs their edit distance and a word left out or
    added costs its length and a space. (A greedy matcher that pairs the longest common runs
    first counts a repeated phrase -- "ngày 09/6/2000 của Quốc hội" twice in a page -- as a
    whole paragraph deleted and inserted.) Within ``_BAND`` words of the diagonal."""
    hw, rw = hyp.split(" "), ref.split(" ")
    n, m = len(rw), len(hw)
    band = _BAND + abs(n - m)
    inf = 1 << 60
    sub: dict[tuple[str, str], int] = {}

    def cost(a: str, b: str) -> int:
        if a == b:
            return 0
        k = (a, b)
        if k not in sub:
            sub[k] = levenshtein(a, b)
        return sub[k]

    prev = [inf] * (m + 1)
    prev[0] = 0
    for j in range(1, min(m, band) + 1):
        prev[j] = prev[j - 1] + len(hw[j - 1]) + 1
    for i in range(1, n + 1):
        cur = [inf] * (m + 1)
        centre = i * m // max(n, 1)
        lo, hi = max(0, centre - band), min(m, centre + band)
        if lo == 0:
            cur[0] = prev[0] + len(rw[i - 1]) + 1
        r = rw[i - 1]
        for j in range(max(lo, 1), hi + 1):
            h = hw[j - 1]
            cur[j] = min(prev[j] + len(r) + 1, cur[j - 1] + len(h) + 1, prev[j - 1] + cost(r, h))
        prev = cur
    return prev[m]


HEADER_FIELDS = ("doc_type", "symbol", "issuer", "place", "date", "title")


def header_fields(doc: Document) -> dict[str, Any]:
    h = doc.header
    return {
        "doc_type": h.doc_type,
        "symbol": h.symbol.text if h.symbol else None,
        "issuer": h.issuer.name,
        "place": h.place,
        "date": h.date.isoformat() if h.date else None,
        "title": h.title,
    }


def outline(nodes: list[Node]) -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for n in nodes:
        if n.kind not in ("paragraph", "bullet", "table"):
            out.add((n.id, n.kind))
        out |= outline(n.children)
    return out


def f1(ref: set[Any], hyp: set[Any]) -> float:
    if not ref and not hyp:
        return 1.0
    tp = len(ref & hyp)
    return 2 * tp / (len(ref) + len(hyp)) if tp else 0.0


# --- run ----------------------------------------------------------------------------------


def use_cache(folder: Path) -> None:
    """Keep Tesseract's TSV per image in ``folder`` (see the module doc)."""
    from PIL import ImageFile  # noqa: F401  # tobytes() imports it: not first on an OCR thread

    from vnlegal.readers import ocr_engine

    # Image.tobytes() imports PIL.ImageFile on first use; on an OCR thread that import could
    # hold its module lock while the PDF reader forks its rendering child, which then waits
    # on the lock for ever: imported here, on the main thread, first.
    folder.mkdir(parents=True, exist_ok=True)
    tesserocr_tsv, command_tsv = ocr_engine._tesserocr_tsv, ocr_engine._command_tsv

    def key(image: Any, dpi: int, digits: bool, engine: str) -> Path:
        h = hashlib.sha1(image.tobytes())
        h.update(repr((image.mode, image.size, dpi, digits, engine, ocr_engine.settings_key())).encode())
        return folder / (h.hexdigest() + ".tsv")

    def cached_tesserocr(engine: Any, image: Any, dpi: int, digits: bool, path: str | None) -> str:
        f = key(image, dpi, digits, "tesserocr")
        if f.exists():
            return f.read_text(encoding="utf-8")
        tsv: str = tesserocr_tsv(engine, image, dpi, digits, path)
        f.write_text(tsv, encoding="utf-8")
        return tsv

    def cached_command(image: Any, dpi: int, digits: bool, path: str | None) -> str:
        f = key(image, dpi, digits, "tesseract")
        if f.exists():
            return f.read_text(encoding="utf-8")
        tsv: str = command_tsv(image, dpi, digits, path)
        f.write_text(tsv, encoding="utf-8")
        return tsv

    ocr_engine._tesserocr_tsv = cached_tesserocr
    ocr_engine._command_tsv = cached_command


def run(args: argparse.Namespace) -> dict[str, Any]:
    rows: list[dict[str, Any]] = []
    errors = chars = 0
    hdr_ok = hdr_all = 0
    pages = 0
    ocr_s = text_s = 0.0
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        for name, path in inputs(args.limit, not args.no_docx):
            if args.only and not any(o in name for o in args.only):
                continue
            data = path.read_bytes() if path.suffix == ".pdf" else docx_to_pdf(path, tmp)
            if data is None:
                continue
            pdf = first_pages(data, args.pages)
            t = time.perf_counter()
            try:
                ref = vnlegal.parse(pdf, ocr="never", limits=LIMITS)
            except vnlegal.ParseError as exc:
                print(f"skip {name}: {exc.message}", file=sys.stderr)
                continue
            text_s += time.perf_counter() - t
            v = variant(name) if args.dpi is None else Variant(args.dpi, True)
            images = image_pages(pdf, v)
            t = time.perf_counter()
            hyp = vnlegal.parse(tiff(images, v.dpi), limits=LIMITS)
            ocr_s += time.perf_counter() - t
            pages += len(images)
            rt, ht = body_text(ref), body_text(hyp)
            if args.dump is not None:
                args.dump.mkdir(parents=True, exist_ok=True)
                (args.dump / f"{name}.ref.txt").write_text(ref.text, encoding="utf-8")
                (args.dump / f"{name}.ocr.txt").write_text(hyp.text, encoding="utf-8")
            e = char_errors(ht, rt)
            errors += e
            chars += len(rt)
            rh, hh = header_fields(ref), header_fields(hyp)
            present = [f for f in HEADER_FIELDS if rh[f] is not None]
            same = [f for f in present if rh[f] == hh[f]]
            hdr_ok += len(same)
            hdr_all += len(present)
            of = f1(outline(ref.body), outline(hyp.body))
            row = {
                "file": name, "variant": v.name(), "pages": len(images),
                "cer": round(e / max(len(rt), 1), 4), "header": f"{len(same)}/{len(present)}",
                "outline_f1": round(of, 3), "confidence": [o.confidence for o in hyp.source.ocr],
                "header_diff": {f: (rh[f], hh[f]) for f in present if rh[f] != hh[f]},
                "outline_missed": sorted(f"{k}:{i}" for i, k in outline(ref.body) - outline(hyp.body)),
                "outline_extra": sorted(f"{k}:{i}" for i, k in outline(hyp.body) - outline(ref.body)),
            }  # fmt: skip
            rows.append(row)
            if args.details:
                print(json.dumps(row, ensure_ascii=False), flush=True)
    # Outline F1 pooled over documents: each document's nodes weigh as many as it has.
    f1s = [r["outline_f1"] for r in rows]
    summary = {
        "documents": len(rows),
        "pages": pages,
        "cer": round(errors / max(chars, 1), 4),
        "header": round(hdr_ok / max(hdr_all, 1), 3),
        "outline_f1": round(sum(f1s) / max(len(f1s), 1), 3),
        "ocr_pages_per_s": round(pages / ocr_s, 3) if ocr_s else None,
        "text_layer_pages_per_s": round(pages / text_s, 1) if text_s else None,
        "threads": os.environ.get("VNLEGAL_OCR_THREADS", "auto"),
        "engine": os.environ.get("VNLEGAL_OCR_ENGINE", "auto"),
    }
    if args.scans:
        summary["scans"] = scans()
    return {"summary": summary, "documents": rows}


def scans() -> list[dict[str, Any]]:
    out = []
    for p in sorted((SHARED / "scans").glob("*.pdf")) + sorted(
        (SHARED / "dev" / "binary").glob("B0[14]*.pdf")
    ):
        t = time.perf_counter()
        doc = vnlegal.parse(p, limits=LIMITS)
        s = time.perf_counter() - t
        out.append({
            "file": p.name, "pages": doc.source.pages, "seconds": round(s, 1),
            "pages_per_s": round((doc.source.pages or 0) / s, 3), "header": header_fields(doc),
            "articles": sum(1 for _ in _articles(doc.body)),
            "mean_confidence": round(sum(o.confidence for o in doc.source.ocr) / max(len(doc.source.ocr), 1)),
            "warnings": doc.source.warnings[:6],
        })  # fmt: skip
        print(json.dumps(out[-1], ensure_ascii=False), flush=True)
    return out


def _articles(nodes: list[Node]) -> Iterator[Node]:
    for n in nodes:
        if n.kind == "article":
            yield n
        yield from _articles(n.children)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=2, help="first pages of each document (default 2)")
    ap.add_argument("--limit", type=int, help="at most this many documents")
    ap.add_argument("--dpi", type=int, help="image every document clean at this dpi (to compare resolutions)")
    ap.add_argument("--no-docx", action="store_true", help="skip the DOCX (LibreOffice conversion)")
    ap.add_argument("--scans", action="store_true", help="also parse the real scans and B01/B04, timed")
    ap.add_argument("--only", nargs="+", help="only the documents whose file name holds one of these")
    ap.add_argument("--details", action="store_true", help="print one line per document")
    ap.add_argument("--json", help="write the results to this file")
    ap.add_argument("--dump", type=Path, help="write each document's text-layer and OCR texts here")
    ap.add_argument("--cache", type=Path, help="keep Tesseract's output per page image in this folder")
    args = ap.parse_args()
    if args.cache is not None:
        use_cache(args.cache)
    result = run(args)
    print(json.dumps(result["summary"], ensure_ascii=False, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
