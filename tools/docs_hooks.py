"""MkDocs hooks: reference pages generated from the code at build time (``mkdocs.yml: hooks``).

A page asks for generated content with a marker on a line of its own:

- ``<!-- vnlegal:cli -->``: the help of ``vnlegal`` and of each subcommand, from ``build_parser()``;
- ``<!-- vnlegal:schema -->``: a table per model of the JSON Schema, from ``json_schema()``.

So the CLI and schema references cannot drift from the code: they are the code's own output.
"""

from __future__ import annotations

import argparse
import os
from typing import Any

CLI_MARKER = "<!-- vnlegal:cli -->"
SCHEMA_MARKER = "<!-- vnlegal:schema -->"
_WIDTH = "100"


def on_page_markdown(markdown: str, **kwargs: Any) -> str:
    """MkDocs event: replace the markers of a page with the generated references."""
    if CLI_MARKER in markdown:
        markdown = markdown.replace(CLI_MARKER, cli_reference())
    if SCHEMA_MARKER in markdown:
        markdown = markdown.replace(SCHEMA_MARKER, schema_reference())
    return markdown


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _help(parser: argparse.ArgumentParser) -> str:
    # argparse wraps at the terminal width: pin it, so the page is the same on every machine.
    old = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = _WIDTH
    try:
        return parser.format_help().rstrip()
    finally:
        if old is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = old


def cli_reference() -> str:
    """Markdown: a summary table of the subcommands, then the full help of each."""
    from vnlegal.cli import build_parser

    parser = build_parser()
    subs = _subcommands(parser)
    helps = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help or "" for a in action._choices_actions}
    out = ["| command | what it does |", "|---|---|"]
    out += [f"| [`vnlegal {name}`](#vnlegal-{name}) | {helps.get(name, '')} |" for name in subs]
    out += ["", "## vnlegal", "", "```text", _help(parser), "```"]
    for name, sub in subs.items():
        out += ["", f"## vnlegal {name}", "", "```text", _help(sub), "```"]
    return "\n".join(out)


def _type(prop: dict[str, Any]) -> str:
    if "$ref" in prop:
        name = prop["$ref"].rsplit("/", 1)[-1]
        return f"[{name}](#{name.lower()})"
    if "anyOf" in prop:
        return " or ".join(_type(p) for p in prop["anyOf"])
    if "const" in prop:
        return f'`"{prop["const"]}"`'
    if "enum" in prop:
        return " \\| ".join(f'`"{v}"`' for v in prop["enum"])
    kind = prop.get("type", "any")
    if kind == "array":
        return f"list of {_type(prop.get('items', {}))}"
    if kind == "object" and "additionalProperties" in prop:
        return f"map of string to {_type(prop['additionalProperties'])}"
    if kind == "string" and "format" in prop:
        return f"string ({prop['format']})"
    return str(kind)


def _model(name: str, schema: dict[str, Any]) -> list[str]:
    out = [f"### {name}", ""]
    if schema.get("description"):
        out += [" ".join(schema["description"].split()), ""]
    required = set(schema.get("required", []))
    out += ["| field | type | description |", "|---|---|---|"]
    for field, prop in schema.get("properties", {}).items():
        desc = " ".join(prop.get("description", "").split()).replace("|", "\\|")
        mark = f"`{field}`" + (" (required)" if field in required else "")
        out.append(f"| {mark} | {_type(prop)} | {desc} |")
    return [*out, ""]


def schema_reference() -> str:
    """Markdown: the ``Document`` model and every model it uses, one table each."""
    from vnlegal.schema import json_schema

    schema = json_schema()
    out = [f"`{schema['$comment']}`, JSON Schema draft 2020-12.", ""]
    out += _model(schema.get("title", "Document"), schema)
    for name, sub in sorted(schema.get("$defs", {}).items()):
        out += _model(name, sub)
    return "\n".join(out)
