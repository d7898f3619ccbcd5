"""The help text after each command's options: formats, examples and exit codes.

Long literal text, kept apart from the argument parser (``vnlegal.cli.parser``) so that the
parser reads as the options; ``docs/cli.md`` is generated from both.
"""

from __future__ import annotations

__all__ = ["BATCH_EPILOG", "EPILOGS"]

BATCH_EPILOG = """\
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
EPILOGS = {
    "parse": f"""\
{_INPUT}
formats: json (the Document; one line per document -- JSON Lines -- for several files),
jsonl, markdown, akn (Akoma Ntoso 3 XML), csv (one flat table, --table), chunks (JSON Lines
of retrieval chunks, --max-chars, --overlap). Several files: json, jsonl or chunks only.

examples:
  vnlegal parse plan.pdf -o plan.json
  cat plan.txt | vnlegal parse - --format markdown
  cat plan.txt | vnlegal parse - --stdin-filename plan.txt    same JSON as `vnlegal parse plan.txt`
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
