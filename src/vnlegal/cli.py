"""Command line: ``vnlegal parse FILE``, ``vnlegal schema``, ``vnlegal citations FILE`` ..."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from vnlegal import __version__
from vnlegal.errors import ParseError

if TYPE_CHECKING:
    from vnlegal.model import Document
    from vnlegal.readers.pdf_ocr import OcrMode

# lazy imports: start-up time. Each command imports only the stages, exporters or batch engine
# it runs, so `vnlegal --help` or `vnlegal schema` never pays for the parser.


class CliError(Exception):
    """A usage problem the user can fix: printed as "vnlegal: error: ..." with exit code 2."""


def _check_output(out: str) -> Path:
    """``out`` as a path whose folder exists, else a CliError saying what to do."""
    path = Path(out)
    if path.is_dir():
        raise CliError(f"{out}: is a directory; give -o a file name (e.g. {out.rstrip('/')}/out.json)")
    if not path.absolute().parent.is_dir():
        raise CliError(f"{out}: cannot write there: no folder {path.parent} (create it, or pick another -o)")
    return path


class _Output:
    """stdout, or a file written atomically: a temp file beside it, renamed over it when the
    command succeeds, so a failed run never leaves half a file."""

    def __init__(self, out: str | None) -> None:
        self.path = _check_output(out) if out else None
        self._tmp: Path | None = None
        if self.path is not None:
            folder = self.path.absolute().parent
            fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{self.path.name}.", suffix=".tmp")
            self._tmp = Path(tmp)
            self._f: Any = os.fdopen(fd, "w", encoding="utf-8", newline="")
        else:
            self._f = sys.stdout

    def write(self, text: str) -> None:
        self._f.write(text)

    def __enter__(self) -> _Output:
        return self

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        if self._tmp is None or self.path is None:
            return
        self._f.close()
        if kind is None:
            os.chmod(self._tmp, 0o666 & ~_umask())
            os.replace(self._tmp, self.path)
        else:
            self._tmp.unlink(missing_ok=True)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _write(text: str, out: str | None) -> None:
    with _Output(out) as o:
        o.write(text if text.endswith("\n") else text + "\n")


def _source(arg: str, as_text: bool = False) -> str | bytes | Path:
    """What ``parse`` takes for a command-line argument: always a path (``-`` is stdin's bytes),
    or the text itself with ``--text``. A missing path or a folder is a CliError."""
    if as_text:
        return arg
    if arg == "-":
        return sys.stdin.buffer.read()
    path = Path(arg)
    if path.is_dir():
        raise CliError(
            f"{arg}: is a directory, not a file (give a file in it, or convert the whole folder with "
            f"`vnlegal batch {arg} -o OUTDIR`)"
        )
    if not path.exists():
        raise CliError(
            f"{arg}: no such file (check the path; `-` reads standard input, --text parses the argument "
            "as text)"
        )
    return path


def _parse(arg: str, as_text: bool = False, ocr: str = "auto") -> Document:
    return _doc(arg if as_text else _source(arg), ocr)


_MULTI = ("json", "jsonl", "chunks")


def _cmd_parse(args: argparse.Namespace) -> int:
    if args.table and args.format != "csv":
        raise CliError("--table goes with --format csv")
    if len(args.files) > 1 and args.format not in _MULTI:
        raise CliError(f"--format {args.format} takes one file; for several use json (JSON Lines) or chunks")
    if args.files.count("-") > 1:
        raise CliError("`-` (standard input) can be given once")
    # Every path is checked before anything is parsed or written.
    sources = [f if args.text else _source(f) for f in args.files]
    lines = len(args.files) > 1 or args.format in ("jsonl", "chunks")
    failed = 0
    with _Output(args.output) as out:
        for name, src in zip(args.files, sources, strict=True):
            try:
                doc = _doc(src, args.ocr)
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


def _cmd_schema(args: argparse.Namespace) -> int:
    from vnlegal.schema import json_schema

    _write(json.dumps(json_schema(), ensure_ascii=False, indent=2), args.output)
    return 0


def _cmd_summary(args: argparse.Namespace) -> int:
    from vnlegal.export.text import summarize

    _write(summarize(_parse(args.file, args.text, args.ocr)), None)
    return 0


def _cmd_citations(args: argparse.Namespace) -> int:
    from vnlegal.export.text import render_citations

    _write(render_citations(_parse(args.file, args.text, args.ocr).citations, args.format), args.output)
    return 0


def _cmd_assignments(args: argparse.Namespace) -> int:
    from vnlegal.export.text import render_assignments

    _write(render_assignments(_parse(args.file, args.text, args.ocr).assignments, args.format), args.output)
    return 0


def _cmd_graph(args: argparse.Namespace) -> int:
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


def _cmd_serve(args: argparse.Namespace) -> int:
    try:
        from vnlegal import serve  # optional: the serve extra (starlette, uvicorn)
    except ImportError as exc:
        missing = f"vnlegal serve needs the serve extra ({exc.name} is missing)"
        raise CliError(f"{missing}: pip install 'vnlegal[serve]'") from None
    limits = serve.SERVICE_LIMITS.replace(max_bytes=args.max_bytes, time_budget_s=args.time_budget)
    serve.run(args.host, args.port, workers=args.workers, limits=limits)
    return 0


def _cmd_completion(args: argparse.Namespace) -> int:
    sys.stdout.write(completion_script(args.shell))
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


_BATCH_EPILOG = """\
examples:
  vnlegal batch archive/ -o out/                 every CPU, one JSON per document
  vnlegal batch archive/ -o out/ --resume --tables parquet
  vnlegal graph out/                             then the archive's citation graph

exit codes: 0 every file converted (or skipped by --resume); 1 some file failed (see the
report); 2 the batch could not start (no input, unusable OUTDIR, scheduler unreachable);
130 interrupted by Ctrl-C / SIGTERM (files in flight were finished, the report was written).
See docs/batch.md."""
_EXIT = (
    "exit codes: 0 done; 2 a usage error or an input that cannot be read or parsed (the\n"
    "message on stderr names the file and what to do)."
)
_INPUT = "FILE is a path (text, PDF, DOCX, DOC, HTML, sniffed from its bytes); - reads standard input."
_EPILOGS = {
    "parse": f"""\
{_INPUT}
formats: json (the Document; one line per document -- JSON Lines -- for several files),
jsonl, markdown, akn (Akoma Ntoso 3 XML), csv (one flat table, --table), chunks (JSON Lines
of retrieval chunks, --max-chars, --overlap). Several files: json, jsonl or chunks only.

examples:
  vnlegal parse plan.pdf -o plan.json
  cat plan.txt | vnlegal parse - --format markdown
  vnlegal parse laws/*.docx --format chunks --max-chars 1200 > chunks.jsonl

{_EXIT} With several files, those that fail are named on stderr and the others written.""",
    "summary": f"{_INPUT}\n\nexample:\n  vnlegal summary plan.pdf\n\n{_EXIT}",
    "citations": f"""\
{_INPUT}
formats: table (aligned text), json, csv.

example:
  vnlegal citations decree.docx --format csv -o citations.csv

{_EXIT}""",
    "assignments": f"""\
{_INPUT}
formats: table (aligned text), json, csv.

example:
  vnlegal assignments plan.pdf --format json

{_EXIT}""",
    "schema": f"example:\n  vnlegal schema -o docs/schema.json\n\n{_EXIT}",
    "graph": f"""\
OUTDIR is the output folder of `vnlegal batch` (per-document JSON or documents.jsonl).
Writes to GRAPHDIR (default OUTDIR/_graph): documents, edges (with the relation and its
inverse: amends / amended by ...), unresolved and ambiguous keys, as csv, graphml, parquet.

examples:
  vnlegal batch archive/ -o out/ && vnlegal graph out/
  vnlegal graph out/ --format parquet --format graphml -o graph/

{_EXIT}""",
    "serve": f"""\
endpoints: POST /parse?format=json|markdown|akn|chunks (multipart field "file", or the raw
body), POST /citations, POST /assignments, GET /schema, GET /health, GET /openapi.json,
GET /docs. Errors are RFC 9457 problem details (413 too large, 415 unsupported format,
422 unreadable document, 503 busy). Needs the serve extra: pip install 'vnlegal[serve]'.

examples:
  vnlegal serve --port 8000 --workers 2
  curl -F file=@plan.pdf 'http://127.0.0.1:8000/parse?format=markdown'

{_EXIT} The server runs until Ctrl-C / SIGTERM.""",
    "completion": """\
examples:
  vnlegal completion bash > ~/.local/share/bash-completion/completions/vnlegal
  vnlegal completion zsh > "${fpath[1]}/_vnlegal"
  vnlegal completion fish > ~/.config/fish/completions/vnlegal.fish

exit codes: 0 the script was printed; 2 an unknown shell.""",
}


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
    sb.add_argument("--follow-symlinks", action="store_true",
                    help="follow symbolic links in folders and globs to files outside the input "
                         "(default: reported as refused, never read)")
    sb.add_argument("--timeout", type=_positive(float), default=180.0, metavar="SECONDS",
                    help="per-file limit; the worker is killed and replaced (default 180)")
    sb.add_argument("--max-tasks-per-worker", type=_positive(int), default=500, metavar="N",
                    help="recycle a worker process after N files (default 500)")
    sb.add_argument("--report", choices=["jsonl", "csv"], default="jsonl",
                    help="per-file report OUTDIR/_report.jsonl (default) or .csv")
    sb.add_argument("--tables", choices=["csv", "parquet"], default="csv",
                    help="parquet: also _citations.parquet and _assignments.parquet (needs vnlegal[parquet])")
    sb.add_argument("--scheduler", metavar="ADDRESS", help="run on this Dask scheduler (needs vnlegal[dask])")
    sb.add_argument("--no-progress", action="store_true", help="no progress bar")
    sb.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")
    sb.set_defaults(func=_cmd_batch)  # fmt: skip


def _sub(sub: Any, name: str, help: str) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(
        name, help=help, description=help[0].upper() + help[1:] + ".", epilog=_EPILOGS.get(name),
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


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``vnlegal`` command."""
    p = argparse.ArgumentParser(
        prog="vnlegal", description="Parse Vietnamese official documents.",
        epilog="Run `vnlegal COMMAND --help` for a command's formats, examples and exit codes.",
    )  # fmt: skip
    p.add_argument("--version", action="version", version=f"vnlegal {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    sp = _sub(sub, "parse", "parse files and print the Document (JSON, Markdown, Akoma Ntoso, CSV, chunks)")
    sp.add_argument("files", nargs="+", metavar="FILE", help="paths; - reads standard input")
    sp.add_argument("--text", action="store_true", help="each FILE is a document's text itself, not a path")
    _ocr_arg(sp)
    sp.add_argument("-o", "--output", help="write to this file (atomically) instead of stdout")
    sp.add_argument("--compact", action="store_true", help="one line of JSON, no indentation")
    sp.add_argument("--format", choices=["json", "jsonl", "markdown", "akn", "csv", "chunks"], default="json",
                    help="json: the Document (default); jsonl: one line per document; markdown: readable "
                         "text; akn: Akoma Ntoso 3.0 XML; csv: one flat table (see --table); chunks: "
                         "retrieval chunks as JSON Lines")
    sp.add_argument("--table", choices=["nodes", "citations", "assignments"],
                    help="with --format csv: which table (default nodes)")
    sp.add_argument("--max-chars", type=_positive(int), default=1500, metavar="N",
                    help="with --format chunks: characters per chunk at most (default 1500)")
    sp.add_argument("--overlap", type=int, default=0, metavar="N",
                    help="with --format chunks: characters of context repeated (default 0)")  # fmt: skip
    sp.set_defaults(func=_cmd_parse)
    ss = _sub(sub, "schema", "print the JSON Schema of the output")
    ss.add_argument("-o", "--output", help="write to this file (atomically) instead of stdout")
    ss.set_defaults(func=_cmd_schema)
    sm = _sub(sub, "summary", "print a readable summary of FILE")
    _file_args(sm)
    sm.set_defaults(func=_cmd_summary)
    sc = _sub(sub, "citations", "list the citations of FILE")
    _file_args(sc)
    sc.add_argument("--format", choices=["table", "json", "csv"], default="table")
    sc.add_argument("-o", "--output", help="write to this file (atomically) instead of stdout")
    sc.set_defaults(func=_cmd_citations)
    sa = _sub(sub, "assignments", "list who does what by when in FILE")
    _file_args(sa)
    sa.add_argument("--format", choices=["table", "json", "csv"], default="table")
    sa.add_argument("-o", "--output", help="write to this file (atomically) instead of stdout")
    sa.set_defaults(func=_cmd_assignments)
    _add_batch_parser(sub)
    sg = _sub(sub, "graph", "build the citation graph of a batch output folder")
    sg.add_argument("outdir", metavar="OUTDIR", help="the output folder of `vnlegal batch`")
    sg.add_argument("-o", "--output", metavar="GRAPHDIR", help="where to write (default OUTDIR/_graph)")
    sg.add_argument("--format", action="append", choices=["csv", "graphml", "parquet"],
                    help="repeatable (default: csv and graphml); parquet needs vnlegal[parquet]")  # fmt: skip
    sg.set_defaults(func=_cmd_graph)
    sv = _sub(sub, "serve", "serve the parser over HTTP (needs vnlegal[serve])")
    sv.add_argument("--host", default="127.0.0.1", help="interface to listen on (default 127.0.0.1)")
    sv.add_argument("--port", type=int, default=8000, help="TCP port (default 8000)")
    sv.add_argument("--workers", type=_positive(int), default=2, metavar="N",
                    help="parsing processes, one document each at a time (default 2)")
    sv.add_argument("--max-bytes", type=_positive(int), default=64_000_000, metavar="N",
                    help="largest upload accepted, in bytes (default 64000000)")
    sv.add_argument("--time-budget", type=_positive(float), default=60.0, metavar="SECONDS",
                    help="parse time allowed per document (default 60)")  # fmt: skip
    sv.set_defaults(func=_cmd_serve)
    sx = _sub(sub, "completion", "print a shell completion script")
    sx.add_argument("shell", choices=["bash", "zsh", "fish"])
    sx.set_defaults(func=_cmd_completion)
    return p


def _options(parser: argparse.ArgumentParser) -> list[str]:
    return [o for a in parser._actions for o in a.option_strings]


def completion_script(shell: str) -> str:
    """The completion script of ``vnlegal`` for ``shell`` (bash, zsh or fish), from the parser."""
    parser = build_parser()
    subs: dict[str, argparse.ArgumentParser] = {}
    helps: dict[str, str] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            subs = dict(action.choices)
            helps = {a.dest: a.help or "" for a in action._choices_actions}
    if shell == "fish":
        lines = ["# fish completion for vnlegal: save as ~/.config/fish/completions/vnlegal.fish",
                 "complete -c vnlegal -f"]  # fmt: skip
        for name in subs:
            help_text = helps.get(name, "").replace("'", "")
            lines.append(f"complete -c vnlegal -n __fish_use_subcommand -a {name} -d '{help_text}'")
        for name, sp in subs.items():
            cond = f"-n '__fish_seen_subcommand_from {name}'"
            for action in sp._actions:
                longs = [o[2:] for o in action.option_strings if o.startswith("--")]
                shorts = [o[1:] for o in action.option_strings if not o.startswith("--")]
                if not longs:
                    continue
                flag = f"complete -c vnlegal {cond} -l {longs[0]}" + (f" -s {shorts[0]}" if shorts else "")
                if action.choices:
                    flag += " -x -a '" + " ".join(map(str, action.choices)) + "'"
                lines.append(flag)
            lines.append(f"complete -c vnlegal {cond} -F")
        return "\n".join(lines) + "\n"
    cases = "\n".join(f'        {name}) opts="{" ".join(_options(sp))}" ;;' for name, sp in subs.items())
    choices = "\n".join(
        f'        {name}:{opt}) COMPREPLY=( $(compgen -W "{" ".join(map(str, a.choices))}" -- "$cur") ); '
        "return ;;"
        for name, sp in subs.items() for a in sp._actions if a.choices for opt in a.option_strings
    )  # fmt: skip
    bash = f"""_vnlegal() {{
    local cur="${{COMP_WORDS[COMP_CWORD]}}" prev="${{COMP_WORDS[COMP_CWORD-1]}}" opts=""
    if [ "$COMP_CWORD" -eq 1 ]; then
        COMPREPLY=( $(compgen -W "{" ".join(subs)} --help --version" -- "$cur") ); return
    fi
    case "${{COMP_WORDS[1]}}:$prev" in
{choices}
    esac
    case "${{COMP_WORDS[1]}}" in
{cases}
        completion) COMPREPLY=( $(compgen -W "bash zsh fish" -- "$cur") ); return ;;
    esac
    if [[ "$cur" == -* ]]; then
        COMPREPLY=( $(compgen -W "$opts" -- "$cur") )
    else
        COMPREPLY=( $(compgen -f -- "$cur") )
    fi
}}
complete -o filenames -o bashdefault -F _vnlegal vnlegal
"""
    if shell == "zsh":
        # zsh runs the bash function through its bash-completion layer: one script to keep.
        return "#compdef vnlegal\nautoload -U +X bashcompinit && bashcompinit\n" + bash
    return "# bash completion for vnlegal: source it, or save it in bash-completion's completions/\n" + bash


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


if __name__ == "__main__":
    raise SystemExit(main())
