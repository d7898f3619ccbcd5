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
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import multiprocessing as mp
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from starlette.applications import Starlette
from starlette.requests import ClientDisconnect, Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from vnlegal import __version__
from vnlegal.api import parse
from vnlegal.errors import (
    InternalError,
    MissingConverterError,
    ParseError,
    TooLargeError,
    UnsupportedFormatError,
)
from vnlegal.limits import Limits

__all__ = ["SERVICE_LIMITS", "create_app", "run"]

SERVICE_LIMITS = Limits(max_bytes=64_000_000, max_pages=2_000, time_budget_s=60.0)
"""The service's default limits: tighter than ``parse()``'s, since uploads come from strangers."""
GRACE_S = 10.0
"""Seconds past the time budget before a worker is killed (the budget is checked cooperatively)."""
FORMATS = ("json", "markdown", "akn", "chunks")
_MEDIA = {
    "json": "application/json",
    "markdown": "text/markdown; charset=utf-8",
    "akn": "application/akn+xml",
    "chunks": "application/x-ndjson",
}
_STATUS: dict[type[ParseError], int] = {
    InternalError: 500,
    TooLargeError: 413,
    UnsupportedFormatError: 415,
    MissingConverterError: 501,
}


# --- worker processes ----------------------------------------------------------------------


def _render(op: str, fmt: str, data: bytes, limits: Limits) -> tuple[str, bytes]:
    """(media type, body) of one request, computed in a worker process."""
    doc = parse(data, limits=limits)
    if op == "citations":
        return _MEDIA["json"], json.dumps(
            [c.model_dump(mode="json") for c in doc.citations], ensure_ascii=False
        ).encode()
    if op == "assignments":
        return _MEDIA["json"], json.dumps(
            [a.model_dump(mode="json") for a in doc.assignments], ensure_ascii=False
        ).encode()
    if fmt == "markdown":
        from vnlegal.export.markdown import to_markdown  # lazy: start-up, only the format asked for

        return _MEDIA[fmt], to_markdown(doc).encode()
    if fmt == "akn":
        from vnlegal.export.akn import to_akn  # lazy: start-up, only the format asked for

        return _MEDIA[fmt], to_akn(doc).encode()
    if fmt == "chunks":
        from vnlegal.export.chunks import chunks  # lazy: start-up, only the format asked for

        return _MEDIA[fmt], "".join(c.model_dump_json() + "\n" for c in chunks(doc)).encode()
    return _MEDIA["json"], doc.model_dump_json().encode()


def _worker(conn: Connection, limits: Limits) -> None:
    """A worker process: one request at a time from ``conn``, the answer back on it."""
    while True:
        try:
            op, fmt, data = conn.recv()
        except (EOFError, OSError):
            return
        try:
            media, body = _render(op, fmt, data, limits)
            reply: tuple[Any, ...] = ("ok", media, body)
        except ParseError as exc:
            status = next((s for cls, s in _STATUS.items() if isinstance(exc, cls)), 422)
            reply = ("error", status, type(exc).__name__, exc.message)
        except Exception as exc:  # a bug outside parse(): reported, the worker lives on
            reply = ("error", 500, "InternalError", f"{type(exc).__name__}: {exc}")
        try:
            conn.send(reply)
        except (BrokenPipeError, OSError):
            return


@dataclass
class _Slot:
    proc: BaseProcess
    conn: Connection


class Problem(Exception):
    """An RFC 9457 problem: raised by a handler, answered as ``application/problem+json``."""

    def __init__(self, status: int, title: str, detail: str, kind: str | None = None) -> None:
        super().__init__(detail)
        self.status, self.title, self.detail = status, title, detail
        self.kind = kind or title.replace(" ", "")


class WorkerPool:
    """Worker processes that each parse one document at a time; a stuck one is killed."""

    def __init__(self, workers: int, limits: Limits, max_queue: int) -> None:
        self.size = workers
        self.limits = limits
        budget = limits.time_budget_s
        self.deadline_s = None if budget is None else budget + GRACE_S
        """Seconds a request may hold a worker before the worker is killed."""
        self.max_queue = max_queue
        self.waiting = 0
        self.served = 0
        self.killed = 0
        self._ctx = _context()
        self._idle: asyncio.Queue[_Slot] = asyncio.Queue()
        self._all: list[_Slot] = []

    def start(self) -> None:
        for _ in range(self.size):
            self._idle.put_nowait(self._spawn())

    def _spawn(self) -> _Slot:
        parent, child = self._ctx.Pipe()
        proc = self._ctx.Process(target=_worker, args=(child, self.limits), daemon=True, name="vnlegal-serve")
        proc.start()
        child.close()
        slot = _Slot(proc, parent)
        self._all.append(slot)
        return slot

    def _replace(self, slot: _Slot) -> _Slot:
        slot.proc.kill()
        slot.proc.join(5)
        slot.conn.close()
        self._all.remove(slot)
        return self._spawn()

    @property
    def busy(self) -> int:
        return self.size - self._idle.qsize()

    async def submit(self, op: str, fmt: str, data: bytes) -> tuple[Any, ...]:
        """Parse ``data`` in a worker; the worker's reply tuple."""
        if self._idle.empty() and self.waiting >= self.max_queue:
            raise Problem(
                503, "Service Unavailable", "every worker is busy and the queue is full; retry later"
            )
        self.waiting += 1
        try:
            slot = await self._idle.get()
        finally:
            self.waiting -= 1
        loop = asyncio.get_running_loop()
        deadline = self.deadline_s
        try:
            await loop.run_in_executor(None, slot.conn.send, (op, fmt, data))
            reply: tuple[Any, ...] = await asyncio.wait_for(
                loop.run_in_executor(None, slot.conn.recv), deadline
            )
        except TimeoutError:
            self.killed += 1
            slot = self._replace(slot)
            reply = ("error", 422, "TimeBudgetExceededError",
                     f"parsing took longer than {deadline or 0:g} s; the worker was stopped")  # fmt: skip
        except (EOFError, OSError):  # the worker died (out of memory, a crash in a library)
            self.killed += 1
            slot = self._replace(slot)
            reply = ("error", 500, "InternalError", "the worker parsing this document died")
        except BaseException:
            # Cancelled (the client went away, shutdown): the worker may still be parsing.
            slot = self._replace(slot)
            raise
        finally:
            self._idle.put_nowait(slot)
        self.served += 1
        return reply

    def close(self) -> None:
        for slot in self._all:
            slot.proc.kill()
        for slot in self._all:
            slot.proc.join(5)
            slot.conn.close()
        self._all.clear()


def _context() -> Any:
    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        # Workers fork from a server that has imported the parser: a replacement starts in ms.
        ctx.set_forkserver_preload(["vnlegal.serve"])
        return ctx
    return mp.get_context("spawn")


# --- HTTP ----------------------------------------------------------------------------------


def _problem(request: Request, p: Problem) -> Response:
    body = {
        "type": f"urn:vnlegal:problem:{p.kind}",
        "title": p.title,
        "status": p.status,
        "detail": p.detail,
        "instance": request.url.path,
    }
    headers = {"Retry-After": "1"} if p.status == 503 else None
    return JSONResponse(body, status_code=p.status, media_type="application/problem+json", headers=headers)


async def _body(request: Request, limit: int | None) -> bytes:
    """The request body, refused with 413 past ``limit`` bytes (declared or streamed)."""
    declared = request.headers.get("content-length")
    # Multipart framing adds a little around the file: allowed on top of the limit.
    slack = 64 * 1024
    if limit is not None and declared and declared.isdigit() and int(declared) > limit + slack:
        raise Problem(413, "Content Too Large", f"the upload is {declared} bytes, over the limit of {limit}",
                      "TooLargeError")  # fmt: skip
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if limit is not None and size > limit + slack:
            raise Problem(
                413, "Content Too Large", f"the upload is over the limit of {limit} bytes", "TooLargeError"
            )
        chunks.append(chunk)
    return b"".join(chunks)


async def _document(request: Request, limit: int | None) -> bytes:
    """The uploaded document: the ``file`` field of a multipart form, else the raw body."""
    body = await _body(request, limit)
    if not request.headers.get("content-type", "").startswith("multipart/form-data"):
        return body

    async def replay() -> dict[str, Any]:
        return {"type": "http.request", "body": body, "more_body": False}

    form = await Request(request.scope, replay).form(max_files=1, max_fields=10)
    upload = form.get("file")
    if upload is None or isinstance(upload, str):
        raise Problem(400, "Bad Request", "a multipart upload needs the document in a field named 'file'")
    data = await upload.read()
    await form.close()
    return data


def _reply(reply: tuple[Any, ...]) -> Response:
    if reply[0] == "ok":
        return Response(reply[2], media_type=reply[1])
    _, status, kind, message = reply
    titles = {413: "Content Too Large", 415: "Unsupported Media Type", 422: "Unprocessable Content",
              500: "Internal Server Error", 501: "Not Implemented"}  # fmt: skip
    raise Problem(status, titles.get(status, "Error"), message, kind)


def create_app(*, workers: int = 2, limits: Limits | None = None, max_queue: int | None = None) -> Starlette:
    """The ASGI app with a pool of ``workers`` parsing processes, started with the app's
    lifespan. ``limits`` default to ``SERVICE_LIMITS``; ``max_queue`` (default 16 per worker)
    bounds the uploads that wait for a worker before the service answers 503."""
    lim = limits or SERVICE_LIMITS
    state: dict[str, WorkerPool] = {}

    def pool() -> WorkerPool:
        return state["pool"]

    def endpoint(op: str) -> Callable[[Request], Any]:
        async def handle(request: Request) -> Response:
            try:
                fmt = request.query_params.get("format", "json") if op == "parse" else "json"
                if fmt not in FORMATS:
                    raise Problem(400, "Bad Request", f"unknown format {fmt!r}: use " + ", ".join(FORMATS))
                data = await _document(request, lim.max_bytes)
                if not data:
                    raise Problem(
                        400, "Bad Request", "no document: send it as the body or as a multipart 'file'"
                    )
                return _reply(await pool().submit(op, fmt, data))
            except Problem as p:
                return _problem(request, p)
            except ClientDisconnect:
                return Response(status_code=499)  # nobody reads it; uvicorn drops it

        handle.__name__ = f"post_{op}"
        return handle

    async def health(request: Request) -> Response:
        p = pool()
        return JSONResponse({"status": "ok", "version": __version__, "workers": p.size, "busy": p.busy,
                             "waiting": p.waiting, "served": p.served, "killed": p.killed})  # fmt: skip

    async def schema(request: Request) -> Response:
        from vnlegal.schema import json_schema  # lazy: start-up, built on first request

        return JSONResponse(json_schema())

    async def openapi(request: Request) -> Response:
        return JSONResponse(openapi_spec())

    async def docs(request: Request) -> Response:
        return HTMLResponse(_docs_page(openapi_spec()))

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        p = WorkerPool(workers, lim, 16 * workers if max_queue is None else max_queue)
        p.start()
        state["pool"] = p
        try:
            yield
        finally:
            p.close()

    routes = [
        Route("/parse", endpoint("parse"), methods=["POST"]),
        Route("/citations", endpoint("citations"), methods=["POST"]),
        Route("/assignments", endpoint("assignments"), methods=["POST"]),
        Route("/schema", schema, methods=["GET"]),
        Route("/health", health, methods=["GET"]),
        Route("/openapi.json", openapi, methods=["GET"]),
        Route("/docs", docs, methods=["GET"]),
    ]
    return Starlette(routes=routes, lifespan=lifespan)


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
    listing = {"description": "a JSON array", "content": {"application/json": {"schema": {"type": "array"}}}}
    parsed = {
        "description": "the Document (format=json), Markdown, Akoma Ntoso XML or chunks (JSON Lines)",
        "content": {m: {} for m in _MEDIA.values()},
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
            "/parse": post("Parse a document (text, PDF, DOCX, DOC, HTML; sniffed)", parsed, [fmt]),
            "/citations": post("The document's citations", listing),
            "/assignments": post("The document's assignments", listing),
            "/schema": get("The JSON Schema of the Document", "JSON Schema"),
            "/health": get("Liveness and pool state", "ok"),
        },
        "components": {"schemas": {"Problem": {"type": "object", "properties": fields}}},
    }


def _docs_page(spec: dict[str, Any]) -> str:
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


def run(host: str = "127.0.0.1", port: int = 8000, workers: int = 2, limits: Limits | None = None) -> None:
    """Serve the app with uvicorn until interrupted (``vnlegal serve``)."""
    import uvicorn  # optional: the serve extra

    uvicorn.run(create_app(workers=workers, limits=limits), host=host, port=port, log_level="info",
                timeout_graceful_shutdown=5)  # fmt: skip


def free_port() -> int:
    """A free TCP port on the loopback interface (for tests and benchmarks)."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_until_up(url: str, timeout: float = 60.0) -> None:
    """Poll ``url``/health until it answers (a server started in another process)."""
    import httpx  # optional: the serve extra

    end = time.monotonic() + timeout
    while True:
        try:
            if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        if time.monotonic() > end:
            raise TimeoutError(f"{url} did not come up within {timeout:g} s")
        time.sleep(0.2)
