"""The service's errors as RFC 9457 problem details (``application/problem+json``): the
``Problem`` a handler or the pool raises, the HTTP status of each vnlegal error, and the
answer to a worker's reply.

Apart from the app because the pool raises ``Problem`` too (503 when it is full) and the
worker maps errors to statuses with ``STATUS``.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from vnlegal.errors import (
    InternalError,
    MissingConverterError,
    ParseError,
    TooLargeError,
    UnsupportedFormatError,
)

__all__ = ["STATUS", "Problem", "problem_response", "reply_response"]

STATUS: dict[type[ParseError], int] = {
    InternalError: 500,
    TooLargeError: 413,
    UnsupportedFormatError: 415,
    MissingConverterError: 501,
}
"""The HTTP status of a vnlegal error; any other ``ParseError`` is 422."""


class Problem(Exception):
    """An RFC 9457 problem: raised by a handler, answered as ``application/problem+json``."""

    def __init__(self, status: int, title: str, detail: str, kind: str | None = None) -> None:
        super().__init__(detail)
        self.status, self.title, self.detail = status, title, detail
        self.kind = kind or title.replace(" ", "")


def problem_response(request: Request, p: Problem) -> Response:
    """The problem details of ``p`` (with ``Retry-After`` on 503)."""
    body = {
        "type": f"urn:vnlegal:problem:{p.kind}",
        "title": p.title,
        "status": p.status,
        "detail": p.detail,
        "instance": request.url.path,
    }
    headers = {"Retry-After": "1"} if p.status == 503 else None
    return JSONResponse(body, status_code=p.status, media_type="application/problem+json", headers=headers)


def reply_response(reply: tuple[Any, ...]) -> Response:
    """The response to a worker's reply; an error reply is raised as a ``Problem``."""
    if reply[0] == "ok":
        return Response(reply[2], media_type=reply[1])
    _, status, kind, message = reply
    titles = {413: "Content Too Large", 415: "Unsupported Media Type", 422: "Unprocessable Content",
              500: "Internal Server Error", 501: "Not Implemented"}  # fmt: skip
    raise Problem(status, titles.get(status, "Error"), message, kind)
