"""The service's ASGI app (Starlette): the routes, reading an upload (raw body or multipart
``file``, refused past the size limit), the worker pool started with the app's lifespan, and
``run`` with uvicorn; ``free_port`` and ``wait_until_up`` help tests and benchmarks start one.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import AsyncIterator, Callable
from typing import Any, cast, get_args

from starlette.applications import Starlette
from starlette.requests import ClientDisconnect, Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from vnlegal import __version__
from vnlegal.limits import Limits
from vnlegal.readers.ocr_mode import OcrMode
from vnlegal.serve.openapi import docs_page, openapi_spec
from vnlegal.serve.pool import WorkerPool
from vnlegal.serve.problems import Problem, problem_response, reply_response
from vnlegal.serve.render import FORMATS

OCR_MODES: tuple[str, ...] = get_args(OcrMode)

__all__ = ["SERVICE_LIMITS", "create_app", "free_port", "run", "wait_until_up"]

SERVICE_LIMITS = Limits(max_bytes=64_000_000, max_pages=2_000, time_budget_s=60.0)
"""The service's default limits: tighter than ``parse()``'s, since uploads come from strangers."""


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
                ocr = request.query_params.get("ocr", "auto")
                if ocr not in OCR_MODES:
                    raise Problem(400, "Bad Request", f"unknown ocr {ocr!r}: use " + ", ".join(OCR_MODES))
                data = await _document(request, lim.max_bytes)
                if not data:
                    raise Problem(
                        400, "Bad Request", "no document: send it as the body or as a multipart 'file'"
                    )
                return reply_response(await pool().submit(op, fmt, data, cast("OcrMode", ocr)))
            except Problem as p:
                return problem_response(request, p)
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
        return HTMLResponse(docs_page(openapi_spec()))

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
