"""Command line: ``vnlegal parse FILE``, ``vnlegal schema``, ``vnlegal citations FILE`` ..."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from vnlegal import __version__

# lazy imports: start-up time. Each command imports only the stages, exporters or batch engine
# it runs, so `vnlegal --help` or `vnlegal schema` never pays for the parser.


def _write(text: str, out: str | None) -> None:
    if out:
        Path(out).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
        if not text.endswith("\n"):
            sys.stdout.write("\n")


def _cmd_parse(args: argparse.Namespace) -> int:
    from vnlegal.api import parse

    if args.table and args.format != "csv":
        print("vnlegal: error: --table goes with --format csv", file=sys.stderr)
        return 2
    doc = parse(args.file)
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
        text = doc.model_dump_json(indent=None if args.compact else 2)
    _write(text, args.output)
    return 0


def _cmd_schema(args: argparse.Namespace) -> int:
    from vnlegal.schema import json_schema

    _write(json.dumps(json_schema(), ensure_ascii=False, indent=2), args.output)
    return 0


def _cmd_summary(args: argparse.Namespace) -> int:
    from vnlegal.api import parse
    from vnlegal.export.text import summarize

    _write(summarize(parse(args.file)), None)
    return 0


def _cmd_citations(args: argparse.Namespace) -> int:
    from vnlegal.api import parse
    from vnlegal.export.text import render_citations

    _write(render_citations(parse(args.file).citations, args.format), args.output)
    return 0


def _cmd_assignments(args: argparse.Namespace) -> int:
    from vnlegal.api import parse
    from vnlegal.export.text import render_assignments

    _write(render_assignments(parse(args.file).assignments, args.format), args.output)
    return 0


def _cmd_batch(args: argparse.Namespace) -> int:
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
            progress=not (args.no_progress or args.quiet), report=args.report,
            max_tasks_per_worker=args.max_tasks_per_worker,
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


_BATCH_EPILOG = """\
exit codes: 0 every file converted (or skipped by --resume); 1 some file failed (see the
report); 2 the batch could not start (no input, unusable OUTDIR, scheduler unreachable);
130 interrupted by Ctrl-C / SIGTERM (files in flight were finished, the report was written).
See docs/batch.md."""


def _positive(kind: type[int] | type[float]) -> Any:
    def check(text: str) -> int | float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
        if value <= 0:
            raise argparse.ArgumentTypeError(f"must be positive: {text!r}")
        return value

    return check


def _add_batch_parser(sub: Any) -> None:
    sb = sub.add_parser(
        "batch", help="convert files, folders or globs to JSON in parallel (resumable, with a report)",
        epilog=_BATCH_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    sb.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders (recursive) or glob patterns")
    sb.add_argument("-o", "--output", required=True, metavar="OUTDIR", help="output folder")
    sb.add_argument("--workers", type=_positive(int), metavar="N", help="worker processes (default: CPUs)")
    sb.add_argument("--format", choices=["json", "jsonl"], default="json",
                    help="one JSON per document mirroring the input tree (default), "
                         "or OUTDIR/documents.jsonl")
    sb.add_argument("--glob", action="append", metavar="PATTERN",
                    help="names to take in folders, repeatable "
                         "(default: *.txt *.pdf *.docx *.doc *.html *.htm, any case)")
    sb.add_argument("--resume", action="store_true",
                    help="skip files whose output exists for the same input sha256")
    sb.add_argument("--fail-fast", action="store_true", help="stop at the first failed file")
    sb.add_argument("--timeout", type=_positive(float), default=180.0, metavar="SECONDS",
                    help="per-file limit; the worker is killed and replaced (default 180)")
    sb.add_argument("--max-tasks-per-worker", type=_positive(int), default=500, metavar="N",
                    help="recycle a worker process after N files (default 500)")
    sb.add_argument("--report", choices=["jsonl", "csv"], default="jsonl",
                    help="per-file report OUTDIR/_report.jsonl (default) or .csv")
    sb.add_argument("--scheduler", metavar="ADDRESS", help="run on this Dask scheduler (needs vnlegal[dask])")
    sb.add_argument("--no-progress", action="store_true", help="no progress bar")
    sb.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")
    sb.set_defaults(func=_cmd_batch)  # fmt: skip


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``vnlegal`` command."""
    p = argparse.ArgumentParser(prog="vnlegal", description="Parse Vietnamese official documents.")
    p.add_argument("--version", action="version", version=f"vnlegal {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    sp = sub.add_parser("parse", help="parse FILE and print the Document (JSON, Markdown, Akoma Ntoso, CSV)")
    sp.add_argument("file")
    sp.add_argument("-o", "--output", help="write to this file instead of stdout")
    sp.add_argument("--compact", action="store_true", help="one line of JSON, no indentation")
    sp.add_argument("--format", choices=["json", "markdown", "akn", "csv"], default="json",
                    help="json: the Document (default); markdown: readable text; akn: Akoma Ntoso 3.0 "
                         "XML; csv: one flat table (see --table)")
    sp.add_argument("--table", choices=["nodes", "citations", "assignments"],
                    help="with --format csv: which table (default nodes)")  # fmt: skip
    sp.set_defaults(func=_cmd_parse)
    ss = sub.add_parser("schema", help="print the JSON Schema of the output")
    ss.add_argument("-o", "--output")
    ss.set_defaults(func=_cmd_schema)
    sm = sub.add_parser("summary", help="print a readable summary of FILE")
    sm.add_argument("file")
    sm.set_defaults(func=_cmd_summary)
    sc = sub.add_parser("citations", help="list the citations of FILE")
    sc.add_argument("file")
    sc.add_argument("--format", choices=["table", "json", "csv"], default="table")
    sc.add_argument("-o", "--output")
    sc.set_defaults(func=_cmd_citations)
    sa = sub.add_parser("assignments", help="list who does what by when in FILE")
    sa.add_argument("file")
    sa.add_argument("--format", choices=["table", "json", "csv"], default="table")
    sa.add_argument("-o", "--output")
    sa.set_defaults(func=_cmd_assignments)
    _add_batch_parser(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``vnlegal`` command; returns the exit code."""
    from vnlegal.errors import ParseError

    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except ParseError as exc:
        print(f"vnlegal: error: {exc} ({type(exc).__name__})", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except OSError as exc:
        print(f"vnlegal: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
