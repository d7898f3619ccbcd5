"""Command line: ``vnlegal parse FILE``, ``vnlegal schema``, ``vnlegal citations FILE`` ..."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__


def _write(text: str, out: str | None) -> None:
    if out:
        Path(out).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
        if not text.endswith("\n"):
            sys.stdout.write("\n")


def _cmd_parse(args: argparse.Namespace) -> int:
    from .api import parse

    doc = parse(args.file)
    _write(doc.model_dump_json(indent=None if args.compact else 2), args.output)
    return 0


def _cmd_schema(args: argparse.Namespace) -> int:
    from .schema import json_schema

    _write(json.dumps(json_schema(), ensure_ascii=False, indent=2), args.output)
    return 0


def _cmd_summary(args: argparse.Namespace) -> int:
    from .api import parse
    from .summary import summarize

    _write(summarize(parse(args.file)), None)
    return 0


def _cmd_citations(args: argparse.Namespace) -> int:
    from .api import parse
    from .citations import render_citations

    _write(render_citations(parse(args.file).citations, args.format), args.output)
    return 0


def _cmd_assignments(args: argparse.Namespace) -> int:
    from .api import parse
    from .assignments import render_assignments

    _write(render_assignments(parse(args.file), args.format), args.output)
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``vnlegal`` command."""
    p = argparse.ArgumentParser(prog="vnlegal", description="Parse Vietnamese official documents.")
    p.add_argument("--version", action="version", version=f"vnlegal {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    sp = sub.add_parser("parse", help="parse FILE and print the Document as JSON")
    sp.add_argument("file")
    sp.add_argument("-o", "--output", help="write to this file instead of stdout")
    sp.add_argument("--compact", action="store_true", help="one line of JSON, no indentation")
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
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``vnlegal`` command; returns the exit code."""
    from .errors import ParseError

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
