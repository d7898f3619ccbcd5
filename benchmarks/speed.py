"""Speed benchmark: throughput of vnlegal on the ``*.txt`` files of a corpus, on one core.

Measured, each as the median over ``--repeat`` runs (after one warm-up run) of the total time
over all files, and reported in MB/s of input bytes (1 MB = 10^6 bytes):

* baseline -- read bytes + decode + ``unicodedata.normalize("NFC")`` + ``splitlines()``
  (the floor any text reader pays);
* parse -- ``vnlegal.parse(path)``, the whole pipeline;
* citations -- ``vnlegal.extract_citations(text)`` on the decoded text (skipped when the
  function does not exist yet);
* normalize -- ``vnlegal.normalize.core.normalize(text)`` on the decoded text.

Also: the ratio of each time to the baseline (how many times slower), the share of
normalization in the parse time, and the time of ``import vnlegal`` in a fresh interpreter
(median of 5 subprocesses). The process is pinned to one CPU when the OS allows it.

Cold start (issue 20, ``benchmarks/cold_start.py``): ``import vnlegal`` + the first parse of
the seed plan as a whole process, minus ``python -c pass``, and ``vnlegal summary`` of it, the
medians of 10 interleaved rounds; and whether underthesea got imported.

Real files (``--binary DIR``; default ../shared/corpus/dev/binary, else fixtures/binary), side
by side on the same files, median of ``--binary-repeat`` passes after a warm-up:

* PDF -- pages/s of ``pdfplumber.open(p).pages[i].extract_text()`` for every page (the
  baseline), of ``pypdfium2`` ``get_text_range()`` (the engine's floor), and of the whole
  ``vnlegal.parse(p, ocr="never")`` (the text layer, as pdfplumber reads it); the target is
  parse >= 10x the pdfplumber pages/s. PDFs that raise a ``ParseError`` that way (scanned,
  encrypted) are left out and listed.
* DOCX -- seconds of ``docx.Document(p)`` plus reading every paragraph's text (the baseline),
  of the reader alone (bytes -> text, no stages) and of ``vnlegal.parse(p)``, their passes
  interleaved round by round; the target is parse <= 1.5x the baseline.

Side by side with another checkout (``--compare-with PATH``, e.g. a ``git worktree`` of an
older commit): warm ``vnlegal.parse`` passes of this tree and of ``PATH/src``, each in its own
subprocess (both pinned to the same CPU, so only one runs at a time), interleaved round by
round in a rotated order, on the dev texts and on the silver vbpl pages (HTML). Reported: MB/s
per core of each (median over the rounds) and the speed-up, the median of the per-round ratios
(a slow spell of a shared machine spoils a round, not the result).

Run from the repository root::

    .venv/bin/python benchmarks/speed.py                 # default corpus ../shared/corpus/dev
    .venv/bin/python benchmarks/speed.py --corpus DIR --repeat 9 --json out.json
    .venv/bin/python benchmarks/speed.py --compare-with ../base --repeat 9
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import cold_start

import vnlegal
from vnlegal.normalize.core import normalize

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "corpus" / "dev"
DEFAULT_BINARY = DEFAULT_CORPUS / "binary"
DEFAULT_SILVER = REPO_ROOT.parent / "shared" / "corpus" / "silver" / "vbpl"
FALLBACK_BINARY = REPO_ROOT / "fixtures" / "binary"
MB = 1_000_000

IMPORT_PROBE = (
    "import time; t = time.perf_counter(); import vnlegal; "
    "print(time.perf_counter() - t)"
)


def decode(data: bytes) -> str:
    """UTF-8 (BOM stripped), else Windows-1258 -- what a minimal text reader does."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1258", errors="replace")


def baseline_one(path: Path) -> int:
    """Read, decode, NFC, split into lines; returns the line count."""
    text = unicodedata.normalize("NFC", decode(path.read_bytes()))
    return len(text.splitlines())


def pin_one_cpu() -> int | None:
    """Pin this process to one CPU (Linux); returns the CPU id or None."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    try:
        cpus = sorted(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpus[0]})
        return cpus[0]
    except OSError:
        return None


def time_pass(fn: Callable[[Any], object], items: Sequence[Any]) -> tuple[float, int]:
    """Seconds to call ``fn`` on every item, and how many calls raised."""
    errors = 0
    start = time.perf_counter()
    for item in items:
        try:
            fn(item)
        except Exception:
            errors += 1
    return time.perf_counter() - start, errors


def measure(fn: Callable[[Any], object], items: Sequence[Any], repeat: int) -> dict[str, Any]:
    """Warm up once, then the median (and min/max) of ``repeat`` timed passes."""
    one: dict[str, Any] = paired({"fn": fn}, items, repeat)["fn"]
    return one


def paired(fns: dict[str, Callable[[Any], object]], items: Sequence[Any], repeat: int) -> dict[str, Any]:
    """``measure`` for several functions at once, their passes interleaved (round k runs each
    function once, in an order rotated every round): a slow spell of the machine then falls on
    all of them alike, and their ratio holds better than from separate series."""
    names = list(fns)
    errors = {name: time_pass(fns[name], items)[1] for name in names}
    runs: dict[str, list[float]] = {name: [] for name in names}
    for k in range(repeat):
        for name in names[k % len(names) :] + names[: k % len(names)]:
            runs[name].append(time_pass(fns[name], items)[0])
    stats = {}
    for name, r in runs.items():
        stats[name] = {"median_s": statistics.median(r), "min_s": min(r), "max_s": max(r), "runs_s": r,
                       "errors_per_pass": errors[name]}  # fmt: skip
    return stats


def import_time(samples: int = 5) -> dict[str, Any]:
    """``import vnlegal`` in fresh interpreters: median seconds over ``samples`` runs."""
    runs: list[float] = []
    for _ in range(samples):
        out = subprocess.run(
            [sys.executable, "-c", IMPORT_PROBE],
            capture_output=True,
            text=True,
            check=True,
            cwd=REPO_ROOT,
        )
        runs.append(float(out.stdout.strip().splitlines()[-1]))
    return {"median_s": statistics.median(runs), "runs_s": runs}


def get_extract_citations() -> Callable[[str], object] | None:
    """``vnlegal.extract_citations`` if the package provides it (its module may not exist)."""
    try:
        fn = vnlegal.extract_citations
    except (AttributeError, ImportError):
        return None
    return fn if callable(fn) else None


def run(corpus: Path, repeat: int) -> dict[str, Any]:
    """All measurements as a JSON-ready dict."""
    files = sorted(corpus.glob("*.txt"))
    if not files:
        raise SystemExit(f"error: no *.txt files in {corpus}")
    total_bytes = sum(p.stat().st_size for p in files)
    texts = [decode(p.read_bytes()) for p in files]
    cpu = pin_one_cpu()

    results: dict[str, dict[str, Any]] = {}
    results["baseline"] = measure(baseline_one, files, repeat)
    results["parse"] = measure(vnlegal.parse, files, repeat)
    extract = get_extract_citations()
    if extract is not None:
        results["citations"] = measure(extract, texts, repeat)
    results["normalize"] = measure(normalize, texts, repeat)

    base = results["baseline"]["median_s"]
    for r in results.values():
        r["mb_per_s"] = total_bytes / MB / r["median_s"] if r["median_s"] else None
        r["x_baseline"] = r["median_s"] / base if base else None
        r["docs_per_s"] = len(files) / r["median_s"] if r["median_s"] else None
    parse_s = results["parse"]["median_s"]
    return {
        "corpus": str(corpus.resolve()),
        "files": len(files),
        "bytes": total_bytes,
        "repeat": repeat,
        "cpu": cpu,
        "python": platform.python_version(),
        "vnlegal": getattr(vnlegal, "__version__", None),
        "results": results,
        "citations_skipped": extract is None,
        "normalize_share_of_parse": results["normalize"]["median_s"] / parse_s if parse_s else None,
        "import": import_time(),
        "cold_start": cold_start.measure([("this tree", REPO_ROOT)]),
    }


# --- real files -----------------------------------------------------------------------


def pdfplumber_pages(path: Path) -> int:
    """Baseline: pdfplumber's ``extract_text`` on every page; returns the page count."""
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
        return len(pdf.pages)


def pypdfium2_pages(path: Path) -> int:
    """The engine's floor: pypdfium2 plain text of every page."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    try:
        for i in range(len(pdf)):
            pdf[i].get_textpage().get_text_range()
        return len(pdf)
    finally:
        pdf.close()


def docx_baseline(path: Path) -> int:
    """Baseline: open with python-docx and read every paragraph's text."""
    import docx

    return sum(len(p.text) for p in docx.Document(str(path)).paragraphs)


def read_only(path: Path) -> object:
    """The reader alone (bytes -> page texts), without the text stages."""
    from vnlegal.readers import read_any
    from vnlegal.readers.sniff import sniff_format

    data = path.read_bytes()
    return read_any(str(sniff_format(data, path.suffix.lower())), data, str(path))


def text_layer_parse(path: Path) -> object:
    """``vnlegal.parse`` with OCR off: pdfplumber reads the text layer only, so a page that
    ``ocr="auto"`` would OCR (an image page at the end of a Công báo) is not compared with it."""
    return vnlegal.parse(path, ocr="never")


def run_binary(folder: Path, repeat: int) -> dict[str, Any]:
    """PDF pages/s and DOCX times, vnlegal next to the baselines (see module doc)."""
    pdfs: list[Path] = []
    skipped: list[str] = []
    for p in sorted(folder.glob("*.pdf")):
        try:
            text_layer_parse(p)
        except vnlegal.ParseError as exc:
            skipped.append(f"{p.name} ({type(exc).__name__})")
            continue
        pdfs.append(p)
    docxs = sorted(folder.glob("*.docx"))
    out: dict[str, Any] = {"folder": str(folder.resolve()), "repeat": repeat, "skipped": skipped}
    if pdfs:
        pages = sum(pypdfium2_pages(p) for p in pdfs)
        pdf: dict[str, Any] = {"files": [p.name for p in pdfs], "pages": pages}
        for name, fn in (("pdfplumber", pdfplumber_pages), ("pypdfium2", pypdfium2_pages),
                         ("reader", read_only), ("parse", text_layer_parse)):  # fmt: skip
            r = measure(fn, pdfs, repeat)
            r["pages_per_s"] = pages / r["median_s"] if r["median_s"] else None
            pdf[name] = r
        base = pdf["pdfplumber"]["pages_per_s"]
        pdf["ratio"] = pdf["parse"]["pages_per_s"] / base if base else None
        out["pdf"] = pdf
    if docxs:
        doc: dict[str, Any] = {"files": [p.name for p in docxs]}
        fns: dict[str, Callable[[Any], object]] = {
            "baseline": docx_baseline, "reader": read_only, "parse": vnlegal.parse,
        }  # fmt: skip
        doc.update(paired(fns, docxs, repeat))
        per_file = []
        for p in docxs:
            one = paired(fns, [p], repeat)
            b, r, v = (one[k]["median_s"] for k in ("baseline", "reader", "parse"))
            per_file.append({"file": p.name, "baseline_s": b, "reader_s": r, "parse_s": v,
                             "ratio": v / b if b else None})  # fmt: skip
        doc["per_file"] = per_file
        # The ratio of each round (parse / baseline passes run back to back), then the median
        # over the rounds: a slow spell of a shared machine spoils a round, not the result.
        rounds = zip(doc["parse"]["runs_s"], doc["baseline"]["runs_s"], strict=True)
        doc["ratio"] = statistics.median(v / b for v, b in rounds if b)
        out["docx"] = doc
    return out


def render_binary(report: dict[str, Any]) -> str:
    """The real-files part of the report."""
    lines = [f"real files in {report['folder']} (median of {report['repeat']} runs after 1 warm-up)"]
    pdf = report.get("pdf")
    if pdf:
        lines.append(f"PDF: {len(pdf['files'])} files, {pdf['pages']} pages")
        for name in ("pdfplumber", "pypdfium2", "reader", "parse"):
            r = pdf[name]
            lines.append(f"  {name:<11} {r['median_s']:>8.3f} s {r['pages_per_s']:>9.1f} pages/s")
        lines.append(
            f"  vnlegal.parse vs pdfplumber extract_text: {pdf['ratio']:.1f}x the pages/s (target >= 10)"
        )
    doc = report.get("docx")
    if doc:
        lines.append(f"DOCX: {len(doc['files'])} files")
        for f in doc["per_file"]:
            lines.append(f"  {f['file'][:40]:<40} baseline {1000 * f['baseline_s']:7.1f} ms  "
                         f"reader {1000 * f['reader_s']:7.1f} ms  "
                         f"parse {1000 * f['parse_s']:7.1f} ms  {f['ratio']:.2f}x")  # fmt: skip
        b = doc["baseline"]["median_s"]
        lines.append(f"  all: parse / (docx.Document + paragraphs) = {doc['ratio']:.2f}x, median over rounds "
                     f"(target <= 1.5); "
                     f"reader alone {doc['reader']['median_s'] / b:.2f}x")  # fmt: skip
    failed = [
        f"{kind} {name}: {r['errors_per_pass']}"
        for kind in ("pdf", "docx")
        for name, r in (report.get(kind) or {}).items()
        if isinstance(r, dict) and r.get("errors_per_pass")
    ]
    if failed:
        # A pass whose calls raised is timed short: its figures are not the reader's.
        lines.append(f"calls that raised, per pass: {', '.join(failed)}")
    if report["skipped"]:
        lines.append(f"left out (ParseError): {', '.join(report['skipped'])}")
    return "\n".join(lines)


def render(report: dict[str, Any]) -> str:
    """A small table plus the import time and normalization share."""
    lines = [
        f"corpus {report['corpus']}: {report['files']} files, {report['bytes'] / MB:.3f} MB; "
        f"median of {report['repeat']} runs after 1 warm-up; "
        f"cpu {report['cpu'] if report['cpu'] is not None else 'not pinned'}",
        "",
        f"{'stage':<10} {'median s':>9} {'MB/s':>9} {'docs/s':>9} {'x baseline':>11} {'errors':>7}",
    ]
    for name, r in report["results"].items():
        lines.append(
            f"{name:<10} {r['median_s']:>9.4f} {r['mb_per_s']:>9.2f} {r['docs_per_s']:>9.1f} "
            f"{r['x_baseline']:>11.1f} {r['errors_per_pass']:>7}"
        )
    if report["citations_skipped"]:
        lines.append(f"{'citations':<10} skipped: vnlegal.extract_citations is not available")
    share = report["normalize_share_of_parse"]
    lines += [
        "",
        f"normalization share of parse time: {100 * share:.1f}%" if share is not None else "",
        f"import vnlegal (fresh interpreter, median of {len(report['import']['runs_s'])}): "
        f"{1000 * report['import']['median_s']:.1f} ms",
        cold_start.render(report["cold_start"]),
    ]
    return "\n".join(lines)


# --- side by side with another checkout ------------------------------------------------


def compare_worker(pattern: str, folder: Path) -> int:
    """Subprocess side of ``--compare-with``: parse every file once (warm-up), then one timed
    pass per line read from stdin, answering each with its seconds on stdout."""
    files = sorted(folder.glob(pattern))
    pin_one_cpu()
    for p in files:
        vnlegal.parse(p)
    for _ in sys.stdin:
        cpu = time.process_time()
        seconds, _errors = time_pass(vnlegal.parse, files)
        print(seconds, time.process_time() - cpu, flush=True)
    return 0


def _spawn(tree: Path, pattern: str, folder: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(tree / "src"))
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", pattern, str(folder)]
    return subprocess.Popen(cmd, env=env, cwd=tree, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)


def compare_trees(other: Path, corpora: Sequence[tuple[str, str, Path]], repeat: int) -> dict[str, Any]:
    """Warm parse passes of this tree ("this") and of ``other``, interleaved (see module doc)."""
    trees = {"this": REPO_ROOT, "other": other.resolve()}
    out: dict[str, Any] = {"other": str(trees["other"]), "repeat": repeat, "corpora": {}}
    for label, pattern, folder in corpora:
        files = sorted(folder.glob(pattern))
        if not files:
            continue
        size = sum(p.stat().st_size for p in files)
        procs = {name: _spawn(tree, pattern, folder) for name, tree in trees.items()}
        runs: dict[str, list[float]] = {name: [] for name in trees}
        cpu: dict[str, list[float]] = {name: [] for name in trees}
        try:
            for k in range(repeat):
                for name in ["this", "other"] if k % 2 == 0 else ["other", "this"]:
                    proc = procs[name]
                    assert proc.stdin is not None and proc.stdout is not None
                    proc.stdin.write("run\n")
                    proc.stdin.flush()
                    wall, used = proc.stdout.readline().split()
                    runs[name].append(float(wall))
                    cpu[name].append(float(used))
        finally:
            for proc in procs.values():
                if proc.stdin is not None:
                    proc.stdin.close()
                proc.wait()
        rec: dict[str, Any] = {"files": len(files), "bytes": size}
        for name, r in runs.items():
            med, med_cpu = statistics.median(r), statistics.median(cpu[name])
            rec[name] = {"median_s": med, "runs_s": r, "mb_per_s": size / MB / med, "median_cpu_s": med_cpu,
                         "cpu_s": cpu[name], "mb_per_cpu_s": size / MB / med_cpu}  # fmt: skip
        rec["speedup"] = statistics.median(o / t for t, o in zip(runs["this"], runs["other"], strict=True))
        # CPU seconds of the process: on a machine shared with other jobs the wall time of a
        # pass is mostly waiting for the CPU, its CPU time is the work (MB/s per core).
        rec["speedup_cpu"] = statistics.median(o / t for t, o in zip(cpu["this"], cpu["other"], strict=True))
        out["corpora"][label] = rec
    return out


def render_compare(report: dict[str, Any]) -> str:
    lines = [f"this tree vs {report['other']}: warm vnlegal.parse, {report['repeat']} interleaved rounds, "
             "one CPU; MB/s of CPU time (of wall time), speed-up = median of per-round ratios"]  # fmt: skip
    for label, rec in report["corpora"].items():
        this, other = rec["this"], rec["other"]
        lines.append(
            f"  {label:<12} {rec['files']:>4} files {rec['bytes'] / MB:7.3f} MB   "
            f"this {this['mb_per_cpu_s']:6.2f} ({this['mb_per_s']:.2f}) MB/s   "
            f"other {other['mb_per_cpu_s']:6.2f} ({other['mb_per_s']:.2f}) MB/s   "
            f"speed-up {rec['speedup_cpu']:.2f}x ({rec['speedup']:.2f}x)"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                        help=f"folder with *.txt files (default {DEFAULT_CORPUS})")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per stage (default 5)")
    parser.add_argument("--json", type=Path, metavar="OUT", help="write the numbers to OUT")
    parser.add_argument("--binary", type=Path, metavar="DIR", default=None,
                        help=f"PDF/DOCX folder (default {DEFAULT_BINARY}, else {FALLBACK_BINARY})")
    parser.add_argument("--binary-repeat", type=int, default=3, help="timed runs on real files (default 3)")
    parser.add_argument("--binary-only", action="store_true", help="measure the real files only")
    parser.add_argument("--compare-with", type=Path, metavar="PATH",
                        help="time this tree against the checkout at PATH (dev texts, silver vbpl) and exit")
    parser.add_argument("--silver", type=Path, default=DEFAULT_SILVER,
                        help=f"HTML pages for --compare-with (default {DEFAULT_SILVER})")
    parser.add_argument("--worker", nargs=2, metavar=("GLOB", "DIR"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)  # fmt: skip
    if args.worker:
        return compare_worker(args.worker[0], Path(args.worker[1]))
    if args.compare_with:
        corpora = [("dev texts", "*.txt", args.corpus), ("silver vbpl", "*.html", args.silver)]
        cmp = compare_trees(args.compare_with, corpora, args.repeat)
        print(render_compare(cmp))
        if args.json:
            args.json.write_text(json.dumps(cmp, indent=2), encoding="utf-8")
        return 0
    if args.repeat < 1 or args.binary_repeat < 1:
        parser.error("--repeat and --binary-repeat must be at least 1")
    binary = args.binary or (DEFAULT_BINARY if DEFAULT_BINARY.is_dir() else FALLBACK_BINARY)
    report: dict[str, Any] = {}
    if not args.binary_only:
        report = run(args.corpus, args.repeat)
        print(render(report))
        print()
    else:
        report["cpu"] = pin_one_cpu()
    report["binary"] = run_binary(binary, args.binary_repeat)
    print(render_binary(report["binary"]))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
