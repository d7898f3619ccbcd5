"""The ``vnlegal`` argument parser (``build_parser``): one subcommand per command, each with
its options and help; the handler of each is set as ``func`` (``vnlegal.cli.commands``). The
``completion`` command lives here because it prints a script made from this parser.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from vnlegal import __version__
from vnlegal.cli.commands import (
    cmd_assignments,
    cmd_batch,
    cmd_citations,
    cmd_graph,
    cmd_parse,
    cmd_schema,
    cmd_serve,
    cmd_summary,
)
from vnlegal.cli.completion import completion_for
from vnlegal.cli.epilogs import BATCH_EPILOG, EPILOGS

__all__ = ["build_parser", "completion_script"]


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
        epilog=BATCH_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    sb.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders (recursive) or glob patterns")
    sb.add_argument("-o", "--output", required=True, metavar="OUTDIR", help="output folder")
    sb.add_argument("--workers", type=_positive(int), metavar="N", help="worker processes (default: CPUs)")
    sb.add_argument(
        "--format",
        choices=["json", "jsonl"],
        default="json",
        help="one JSON per document mirroring the input tree (default), or OUTDIR/documents.jsonl",
    )
    sb.add_argument(
        "--glob",
        action="append",
        metavar="PATTERN",
        help="names to take in folders, repeatable "
        "(default: *.txt *.pdf *.docx *.doc *.html *.htm, any case)",
    )
    sb.add_argument(
        "--resume", action="store_true", help="skip files whose output exists for the same input sha256"
    )
    sb.add_argument("--fail-fast", action="store_true", help="stop at the first failed file")
    sb.add_argument(
        "--follow-symlinks",
        action="store_true",
        help="follow symbolic links in folders and globs to files outside the input "
        "(default: reported as refused, never read)",
    )
    sb.add_argument(
        "--timeout",
        type=_positive(float),
        default=180.0,
        metavar="SECONDS",
        help="per-file limit; the worker is killed and replaced (default 180)",
    )
    sb.add_argument(
        "--max-tasks-per-worker",
        type=_positive(int),
        default=500,
        metavar="N",
        help="recycle a worker process after N files (default 500)",
    )
    sb.add_argument(
        "--report",
        choices=["jsonl", "csv"],
        default="jsonl",
        help="per-file report OUTDIR/_report.jsonl (default) or .csv",
    )
    sb.add_argument(
        "--tables",
        choices=["csv", "parquet"],
        default="csv",
        help="parquet: also _citations.parquet and _assignments.parquet (needs vnlegal[parquet])",
    )
    sb.add_argument("--scheduler", metavar="ADDRESS", help="run on this Dask scheduler (needs vnlegal[dask])")
    sb.add_argument("--no-progress", action="store_true", help="no progress bar")
    sb.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")
    sb.set_defaults(func=cmd_batch)  # fmt: skip


def _sub(sub: Any, name: str, help: str) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(
        name, help=help, description=help[0].upper() + help[1:] + ".", epilog=EPILOGS.get(name),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    return parser


def _file_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="a path; - reads standard input")
    p.add_argument("--text", action="store_true", help="FILE is the document's text itself, not a path")
    _ocr_arg(p)


def _ocr_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--ocr", choices=["auto", "always", "never"], default="auto",
                   help="auto: OCR scanned and font-broken pages (default); always: every page with ink; "
                        "never: no OCR (needs tesseract-ocr and tesseract-ocr-vie)")  # fmt: skip


def _add_parse_parser(sub: Any) -> None:
    sp = _sub(sub, "parse", "parse files and print the Document (JSON, Markdown, Akoma Ntoso, CSV, chunks)")
    sp.add_argument("files", nargs="+", metavar="FILE", help="paths; - reads standard input")
    sp.add_argument("--text", action="store_true", help="each FILE is a document's text itself, not a path")
    sp.add_argument(
        "--stdin-filename",
        metavar="NAME",
        help="the name to record as source.path for `-` (as ruff and prettier do): then "
        "`cat f | vnlegal parse - --stdin-filename f` writes what `vnlegal parse f` writes",
    )
    _ocr_arg(sp)
    sp.add_argument("-o", "--output", help="write to this file (atomically) instead of stdout")
    sp.add_argument("--compact", action="store_true", help="one line of JSON, no indentation")
    sp.add_argument(
        "--format",
        choices=["json", "jsonl", "markdown", "akn", "csv", "chunks"],
        default="json",
        help="json: the Document (default); jsonl: one line per document; markdown: readable "
        "text; akn: Akoma Ntoso 3.0 XML; csv: one flat table (see --table); chunks: "
        "retrieval chunks as JSON Lines",
    )
    sp.add_argument(
        "--table",
        choices=["nodes", "citations", "assignments"],
        help="with --format csv: which table (default nodes)",
    )
    sp.add_argument(
        "--max-chars",
        type=_positive(int),
        default=1500,
        metavar="N",
        help="with --format chunks: characters per chunk at most (default 1500)",
    )
    sp.add_argument("--overlap", type=int, default=0, metavar="N",
                    help="with --format chunks: characters of context repeated (default 0)")  # fmt: skip
    sp.set_defaults(func=cmd_parse)


def _add_serve_parser(sub: Any) -> None:
    sv = _sub(sub, "serve", "serve the parser over HTTP (needs vnlegal[serve])")
    sv.add_argument("--host", default="127.0.0.1", help="interface to listen on (default 127.0.0.1)")
    sv.add_argument("--port", type=int, default=8000, help="TCP port (default 8000)")
    sv.add_argument(
        "--workers",
        type=_positive(int),
        default=2,
        metavar="N",
        help="parsing processes, one document each at a time (default 2)",
    )
    sv.add_argument(
        "--max-bytes",
        type=_positive(int),
        default=64_000_000,
        metavar="N",
        help="largest upload accepted, in bytes (default 64000000)",
    )
    sv.add_argument("--time-budget", type=_positive(float), default=60.0, metavar="SECONDS",
                    help="parse time allowed per document (default 60)")  # fmt: skip
    sv.set_defaults(func=cmd_serve)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``vnlegal`` command."""
    p = argparse.ArgumentParser(
        prog="vnlegal", description="Parse Vietnamese official documents.",
        epilog="Run `vnlegal COMMAND --help` for a command's formats, examples and exit codes.",
    )  # fmt: skip
    p.add_argument("--version", action="version", version=f"vnlegal {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    _add_parse_parser(sub)
    ss = _sub(sub, "schema", "print the JSON Schema of the output")
    ss.add_argument("-o", "--output", help="write to this file (atomically) instead of stdout")
    ss.set_defaults(func=cmd_schema)
    sm = _sub(sub, "summary", "print a readable summary of FILE")
    _file_args(sm)
    sm.set_defaults(func=cmd_summary)
    sc = _sub(sub, "citations", "list the citations of FILE")
    _file_args(sc)
    sc.add_argument("--format", choices=["table", "json", "csv"], default="table")
    sc.add_argument("-o", "--output", help="write to this file (atomically) instead of stdout")
    sc.set_defaults(func=cmd_citations)
    sa = _sub(sub, "assignments", "list who does what by when in FILE")
    _file_args(sa)
    sa.add_argument("--format", choices=["table", "json", "csv"], default="table")
    sa.add_argument("-o", "--output", help="write to this file (atomically) instead of stdout")
    sa.set_defaults(func=cmd_assignments)
    _add_batch_parser(sub)
    sg = _sub(sub, "graph", "build the citation graph of a batch output folder")
    sg.add_argument("outdir", metavar="OUTDIR", help="the output folder of `vnlegal batch`")
    sg.add_argument("-o", "--output", metavar="GRAPHDIR", help="where to write (default OUTDIR/_graph)")
    sg.add_argument("--format", action="append", choices=["csv", "graphml", "parquet"],
                    help="repeatable (default: csv and graphml); parquet needs vnlegal[parquet]")  # fmt: skip
    sg.set_defaults(func=cmd_graph)
    _add_serve_parser(sub)
    sx = _sub(sub, "completion", "print a shell completion script")
    sx.add_argument("shell", choices=["bash", "zsh", "fish"])
    sx.set_defaults(func=_cmd_completion)
    return p


def completion_script(shell: str) -> str:
    """The completion script of ``vnlegal`` for ``shell`` (bash, zsh or fish), from the parser."""
    return completion_for(build_parser(), shell)


def _cmd_completion(args: argparse.Namespace) -> int:
    sys.stdout.write(completion_script(args.shell))
    return 0
