"""The service described: ``openapi_spec`` (OpenAPI 3.1, served as /openapi.json) and
``docs_page``, a self-contained HTML page of the endpoints (served as /docs).

Apart from the app because it is a long literal description that changes with the routes'
documentation, not with their behaviour.
"""

from __future__ import annotations

from typing import Any

from vnlegal import __version__
from vnlegal.serve.render import FORMATS, MEDIA

__all__ = ["docs_page", "openapi_spec"]


def openapi_spec() -> dict[str, Any]:
    """The OpenAPI 3.1 description of the service."""
    problem_schema = {"schema": {"$ref": "#/components/schemas/Problem"}}
    problem = {
        "description": "RFC 9457 problem details",
        "content": {"application/problem+json": problem_schema},
    }
    file_field = {"file": {"type": "string", "format": "binary"}}
    upload = {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {"type": "object", "properties": file_field, "required": ["file"]}
            },
            "application/octet-stream": {"schema": {"type": "string", "format": "binary"}},
        },
    }
    errors = {str(s): problem for s in (400, 413, 415, 422, 500, 501, 503)}

    def post(summary: str, ok: dict[str, Any], params: list[dict[str, Any]] | None = None) -> dict[str, Any]:
        responses = {"200": ok, **errors}
        return {
            "post": {
                "summary": summary,
                "parameters": params or [],
                "requestBody": upload,
                "responses": responses,
            }
        }

    def get(summary: str, ok: str) -> dict[str, Any]:
        return {"get": {"summary": summary, "responses": {"200": {"description": ok}}}}

    fmt = {
        "name": "format",
        "in": "query",
        "schema": {"type": "string", "enum": list(FORMATS), "default": "json"},
    }
    ocr = {
        "name": "ocr",
        "in": "query",
        "description": "OCR of scanned pages: auto (pages without a usable text layer), always, never",
        "schema": {"type": "string", "enum": ["auto", "always", "never"], "default": "auto"},
    }
    listing = {"description": "a JSON array", "content": {"application/json": {"schema": {"type": "array"}}}}
    parsed = {
        "description": "the Document (format=json), Markdown, Akoma Ntoso XML or chunks (JSON Lines)",
        "content": {m: {} for m in MEDIA.values()},
    }
    fields = {
        k: {"type": "integer" if k == "status" else "string"} for k in ("type", "title", "status", "detail")
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "vnlegal",
            "version": __version__,
            "description": "Parse Vietnamese official documents into a typed tree.",
        },
        "paths": {
            "/parse": post("Parse a document (text, PDF, DOCX, DOC, HTML; sniffed)", parsed, [fmt, ocr]),
            "/citations": post("The document's citations", listing, [ocr]),
            "/assignments": post("The document's assignments", listing, [ocr]),
            "/schema": get("The JSON Schema of the Document", "JSON Schema"),
            "/health": get("Liveness and pool state", "ok"),
        },
        "components": {"schemas": {"Problem": {"type": "object", "properties": fields}}},
    }


def docs_page(spec: dict[str, Any]) -> str:
    """A self-contained HTML page of the endpoints (no script from a CDN: it works offline)."""
    from html import escape  # lazy: start-up, only for this page

    rows = []
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            codes = ", ".join(op["responses"])
            rows.append(f"<tr><td><code>{method.upper()} {escape(path)}</code></td>"
                        f"<td>{escape(op['summary'])}</td><td>{codes}</td></tr>")  # fmt: skip
    return (
        "<!doctype html><meta charset=utf-8><title>vnlegal API</title>"
        f"<h1>vnlegal {escape(spec['info']['version'])}</h1><p>{escape(spec['info']['description'])} "
        "The machine-readable description is <a href=openapi.json>openapi.json</a>.</p>"
        "<table border=1 cellpadding=4><tr><th>endpoint<th>what<th>status codes</tr>"
        + "".join(rows)
        + "</table>"
    )
