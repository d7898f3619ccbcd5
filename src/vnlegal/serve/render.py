"""What one request to the service answers: the formats ``/parse`` offers, their media types,
and ``render``, which parses the upload and serializes the answer inside a worker process.

Apart from the pool (``vnlegal.serve.pool``) because it is the only part that touches the
parser; the OpenAPI description (``vnlegal.serve.openapi``) reads the same formats.
"""

from __future__ import annotations

import json

from vnlegal.api import parse
from vnlegal.limits import Limits
from vnlegal.readers.ocr_mode import OcrMode

__all__ = ["FORMATS", "MEDIA", "render"]

FORMATS = ("json", "markdown", "akn", "chunks")
MEDIA = {
    "json": "application/json",
    "markdown": "text/markdown; charset=utf-8",
    "akn": "application/akn+xml",
    "chunks": "application/x-ndjson",
}
"""The media type of each format."""


def render(op: str, fmt: str, data: bytes, limits: Limits, ocr: OcrMode = "auto") -> tuple[str, bytes]:
    """(media type, body) of one request, computed in a worker process; ``ocr`` as in
    ``vnlegal.parse``."""
    doc = parse(data, limits=limits, ocr=ocr)
    if op == "citations":
        return MEDIA["json"], json.dumps(
            [c.model_dump(mode="json") for c in doc.citations], ensure_ascii=False
        ).encode()
    if op == "assignments":
        return MEDIA["json"], json.dumps(
            [a.model_dump(mode="json") for a in doc.assignments], ensure_ascii=False
        ).encode()
    if fmt == "markdown":
        from vnlegal.export.markdown import to_markdown  # lazy: start-up, only the format asked for

        return MEDIA[fmt], to_markdown(doc).encode()
    if fmt == "akn":
        from vnlegal.export.akn import to_akn  # lazy: start-up, only the format asked for

        return MEDIA[fmt], to_akn(doc).encode()
    if fmt == "chunks":
        from vnlegal.export.chunks import chunks  # lazy: start-up, only the format asked for

        return MEDIA[fmt], "".join(c.model_dump_json() + "\n" for c in chunks(doc)).encode()
    return MEDIA["json"], doc.model_dump_json().encode()
