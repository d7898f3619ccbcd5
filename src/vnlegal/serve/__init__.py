"""The HTTP service: ``vnlegal serve`` (needs ``pip install 'vnlegal[serve]'``).

An ASGI app (Starlette) served by uvicorn. Endpoints:

- ``POST /parse?format=json|markdown|akn|chunks``: the document as a multipart file (field
  ``file``) or as the raw request body; answers the Document JSON, Markdown, Akoma Ntoso XML or
  chunks as JSON Lines;
- ``POST /citations``, ``POST /assignments``: the document's citations / assignments as JSON;
- ``GET /schema``: the JSON Schema of the Document; ``GET /health``: liveness and pool state;
- ``GET /openapi.json`` and ``GET /docs``: the OpenAPI description and a page rendering it.

Parsing never runs in the server process: each upload goes to a bounded pool of worker
processes that each parse one document at a time under ``vnlegal.Limits`` (size, time budget,
zip bombs ...). A worker that outlives the time budget by a grace period is killed and replaced,
so one hostile file costs one worker for its time budget and never stalls the others; when every
worker is busy and ``max_queue`` uploads already wait, the service answers 503 at once.
Errors are RFC 9457 problem details (``application/problem+json``): 400 a bad request, 413 an
input over a limit (``TooLargeError``), 415 a format vnlegal does not read
(``UnsupportedFormatError``), 422 any other document it cannot read (``ParseError``, time budget
included), 501 a missing converter, 500 a bug, 503 the service is full.

The package, one module per concern: ``render`` (what a request answers, computed in a
worker: formats and media types), ``pool`` (the worker processes, their deadlines and
replacement), ``problems`` (errors as RFC 9457 problem details), ``openapi`` (the OpenAPI
description and its HTML page), ``app`` (the Starlette app, its routes and uvicorn).
"""

from __future__ import annotations

from vnlegal.serve.app import SERVICE_LIMITS, create_app, free_port, run, wait_until_up
from vnlegal.serve.openapi import openapi_spec
from vnlegal.serve.pool import GRACE_S, WorkerPool
from vnlegal.serve.problems import Problem
from vnlegal.serve.render import FORMATS

__all__ = [
    "FORMATS",
    "GRACE_S",
    "SERVICE_LIMITS",
    "Problem",
    "WorkerPool",
    "create_app",
    "free_port",
    "openapi_spec",
    "run",
    "wait_until_up",
]
