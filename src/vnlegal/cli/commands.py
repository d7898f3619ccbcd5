"""The commands' handlers: ``cmd_<name>(args)`` runs ``vnlegal <name>`` and returns its exit
code (parse, schema, summary, citations, assignments, batch, graph, serve; ``completion`` is
in ``vnlegal.cli.parser``, since it prints the parser itself).

Apart from the parser so that the options and the work read separately.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, cast

from vnlegal.cli.files import CliError, Output, source, write
from vnlegal.errors import ParseError

if TYPE_CHECKING:
    from vnlegal.model import Document
    from vnlegal.readers.ocr_mode import OcrMode

# lazy imports: start-up time. Each command imports only the stages, exporters or batch engine
# it runs, so `vnlegal --help` or `vnlegal schema` never pays for the parser.

__all__ = [
    "cmd_assignments",
    "cmd_batch",
    "cmd_citations",
    "cmd_graph",
    "cmd_parse",
    "cmd_schema",
    "cmd_serve",
    "cmd_summary",
]


def _parsed(arg: str, as_text: bool = False, ocr: str = "auto") -> Document:
    return _doc(arg if as_text else source(arg), ocr)


_MULTI = ("json", "jsonl", "chunks")


def cmd_parse(args: argparse.Namespace) -> int:
    if args.table and args.format != "csv":
        raise CliError("--table goes with --format csv")
    if len(args.files) > 1 and args.format not in _MULTI:
        raise CliError(f"--format {args.format} takes one file; for several use json (JSON Lines) or chunks")
    if args.files.count("-") > 1:
        raise CliError("`-` (standard input) can be given once")
    if args.stdin_filename is not None and "-" not in args.files:
        raise CliError("--stdin-filename names standard input; give `-` as one of the files")
    # Every path is checked before anything is parsed or written.
    sources = [f if args.text else source(f) for f in args.files]
    lines = len(args.files) > 1 or args.format in ("jsonl", "chunks")
    failed = 0
    with Output(args.output) as out:
        for name, src in zip(args.files, sources, strict=True):
            try:
                doc = _doc(src, args.ocr)
                if name == "-" and args.stdin_filename is not None and not args.text:
                    # Only the recorded name changes: the bytes were read and sniffed as piped.
                    doc = doc.model_copy(
                        update={"source": doc.source.model_copy(update={"path": args.stdin_filename})}
                    )
            except ParseError as exc:
                if not lines:
                    raise
                print(f"vnlegal: error: {name}: {exc.message} ({type(exc).__name__})", file=sys.stderr)
                failed += 1
                continue
            out.write(_render(doc, args, lines))
    return 2 if failed else 0


def _doc(src: str | bytes | Path, ocr: str = "auto") -> Document:
    from vnlegal.api import parse, parse_text

    # ``ocr`` is one of argparse's choices, so an OcrMode.
    return parse_text(src) if isinstance(src, str) else parse(src, ocr=cast("OcrMode", ocr))


def _render(doc: Document, args: argparse.Namespace, lines: bool) -> str:
    """One document in the format asked for (a line of JSON Lines when ``lines``)."""
    if args.format == "chunks":
        from vnlegal.export.chunks import chunks

        return "".join(c.model_dump_json() + "\n" for c in chunks(doc, args.max_chars, args.overlap))
    if args.format == "markdown":
        from vnlegal.export.markdown import to_markdown

        text = to_markdown(doc)
    elif args.format == "akn":
        from vnlegal.export.akn import to_akn

        text = to_akn(doc)
    elif args.format == "csv":
        from vnlegal.export.tables import to_csv

        text = to_csv(doc, args.table or "nodes")
    else:
        text = doc.model_dump_json(indent=None if args.compact or lines else 2)
    return text if text.endswith("\n") else text + "\n"


def cmd_schema(args: argparse.Namespace) -> int:
    from vnlegal.schema import json_schema

    write(json.dumps(json_schema(), ensure_ascii=False, indent=2), args.output)
    return 0


def cmd_summary(args: argparse.Namespace) -> int:
    from vnlegal.export.text import summarize

    write(summarize(_parsed(args.file, args.text, args.ocr)), None)
    return 0


def cmd_citations(args: argparse.Namespace) -> int:
    from vnlegal.export.text import render_citations

    write(render_citations(_parsed(args.file, args.text, args.ocr).citations, args.format), args.output)
    return 0


def cmd_assignments(args: argparse.Namespace) -> int:
    from vnlegal.export.text import render_assignments

    write(render_assignments(_parsed(args.file, args.text, args.ocr).assignments, args.format), args.output)
    return 0


def cmd_graph(args: argparse.Namespace) -> int:
    from vnlegal import graph

    outdir = Path(args.output) if args.output else Path(args.outdir) / "_graph"
    if not Path(args.outdir).is_dir():
        raise CliError(f"{args.outdir}: no such folder (give the OUTDIR of a `vnlegal batch` run)")
    if outdir.exists() and not outdir.is_dir():
        raise CliError(f"{outdir}: exists and is not a folder (give -o a folder)")
    try:
        g = graph.build(graph.load(args.outdir))
    except FileNotFoundError as exc:
        raise CliError(str(exc)) from None
    formats = args.format or ["csv", "graphml"]
    written = g.write(outdir, formats)
    s = g.summary()
    print(
        f"{s['documents']} documents, {s['edges']} edges; {s['unresolved_keys']} cited documents not in the "
        f"archive ({s['unresolved_mentions']} mentions); {s['ambiguous_keys']} ambiguous keys; written to "
        f"{outdir}: " + ", ".join(p.name for p in written)
    )
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    try:
        from vnlegal import serve  # optional: the serve extra (starlette, uvicorn)
    except ImportError as exc:
        missing = f"vnlegal serve needs the serve extra ({exc.name} is missing)"
        raise CliError(f"{missing}: pip install 'vnlegal[serve]'") from None
    limits = serve.SERVICE_LIMITS.replace(max_bytes=args.max_bytes, time_budget_s=args.time_budget)
    serve.run(args.host, args.port, workers=args.workers, limits=limits)
    return 0


def cmd_batch(args: argparse.Namespace) -> int:
    from vnlegal.batch.inputs import BatchError
    from vnlegal.batch.runner import BatchInterrupted, run
    from vnlegal.batch.ui import render_summary

    client = None
    try:
        if args.scheduler:
            from vnlegal.batch.dask import connect

            client = connect(args.scheduler)
        summary = run(
            args.inputs, args.output, workers=args.workers, fmt=args.format, glob=args.glob,
            resume=args.resume, fail_fast=args.fail_fast, timeout=args.timeout, client=client,
            progress=not (args.no_progress or args.quiet), report=args.report, tables=args.tables,
            max_tasks_per_worker=args.max_tasks_per_worker, follow_symlinks=args.follow_symlinks,
        )  # fmt: skip
    except BatchError as exc:
        print(f"vnlegal: error: {exc}", file=sys.stderr)
        return 2
    except BatchInterrupted as exc:
        summary = exc.summary
    except KeyboardInterrupt:  # before the workers started (while listing the inputs)
        print("vnlegal: interrupted", file=sys.stderr)
        return 130
    finally:
        if client is not None:
            client.close()
    if not args.quiet:
        render_summary(summary)
    return summary.exit_code
