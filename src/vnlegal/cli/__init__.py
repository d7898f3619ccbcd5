"""Command line: ``vnlegal parse FILE``, ``vnlegal schema``, ``vnlegal citations FILE`` ...

The package, one module per concern: ``parser`` (the argument parser and the completion
command), ``epilogs`` (each command's formats, examples and exit codes), ``commands`` (what
each command does), ``files`` (reading arguments, writing output atomically, ``CliError``),
``completion`` (shell completion scripts); ``main`` here runs a command and maps errors to
exit codes. ``vnlegal.cli:main`` is the console entry point.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from vnlegal.cli.files import CliError
from vnlegal.cli.parser import build_parser, completion_script
from vnlegal.errors import ParseError

__all__ = ["CliError", "build_parser", "completion_script", "main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``vnlegal`` command; returns the exit code."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except CliError as exc:
        print(f"vnlegal: error: {exc}", file=sys.stderr)
        return 2
    except ParseError as exc:
        print(f"vnlegal: error: {exc} ({type(exc).__name__})", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except OSError as exc:
        print(f"vnlegal: error: {exc}", file=sys.stderr)
        return 2
