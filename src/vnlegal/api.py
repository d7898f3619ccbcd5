"""parse(): pick a reader, run the stages in order, build the Document."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import cast

from .errors import ParseError
from .lines import Line, split_lines
from .model import Document, Source, SourceFormat
from .normalize import normalize
from .readers import read_any
from .readers.result import ReadResult
from .readers.sniff import sniff_format
from .readers.text import decode_str, decode_text, ensure_text
from .stages import run_stages

SourceLike = str | bytes | os.PathLike[str]


def _looks_like_path(s: str) -> bool:
    return (
        "\n" not in s
        and len(s) < 4096
        and (os.sep in s or s.endswith((".txt", ".pdf", ".docx", ".doc", ".html", ".htm")))
    )


def parse(source: SourceLike, *, format: str | None = None) -> Document:
    """Parse a Vietnamese official document into a ``Document``.

    ``source`` is a path (``str`` or ``PathLike``), the file's bytes, or the document text as
    a ``str``. The format is sniffed from the content unless ``format`` is given.
    Raises a ``vnlegal.ParseError`` subclass for input it cannot read.
    """
    path: str | None = None
    text_input: str | None = None
    if isinstance(source, os.PathLike) or (isinstance(source, str) and _looks_like_path(source)):
        path = os.fspath(source)
        try:
            data = Path(path).read_bytes()
        except FileNotFoundError:
            raise ParseError("no such file", path=path) from None
        except IsADirectoryError:
            raise ParseError("is a directory, not a file", path=path) from None
        except OSError as exc:
            raise ParseError(f"cannot read the file ({exc.strerror})", path=path) from None
    elif isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
    elif isinstance(source, str):
        text_input = source
        data = source.encode("utf-8")
    else:
        raise TypeError(f"parse() takes a path, bytes or str, not {type(source).__name__}")

    fmt = format or (
        "text"
        if text_input is not None
        else sniff_format(data, Path(path).suffix.lower() if path else "")
    )
    source_info = Source(path=path, format="text", sha256=hashlib.sha256(data).hexdigest())
    if fmt != "text":
        result = read_any(fmt, data, path)
        # read_any accepts only the binary formats of SourceFormat.
        source_info.format = cast(SourceFormat, fmt)
        source_info.pages = result.page_count
        text, lines = _paged_lines(result)
        source_info.warnings.extend(result.warnings)
        ensure_text(text, path=path)
    else:
        decoded = decode_str(text_input) if text_input is not None else decode_text(data, path=path)
        raw, source_info.legacy_encoding = decoded.text, decoded.legacy
        source_info.encoding = None if text_input is not None else decoded.encoding
        ensure_text(raw, path=path)
        norm = normalize(raw)
        source_info.warnings.extend([*decoded.warnings, *norm.warnings])
        text, lines = norm.text, split_lines(norm.text, norm.gaps)
    doc = Document(source=source_info, text=text)
    run_stages(doc, lines)
    return doc


def _paged_lines(result: ReadResult) -> tuple[str, list[Line]]:
    """Normalize each page, join the pages with newlines, and cut the text into Lines whose
    ``page`` (paged formats) and bold/centered hints come from the reader."""
    parts: list[str] = []
    gaps: list[int] = []
    starts: list[int] = []
    pos = 0
    for k, page in enumerate(result.pages):
        norm = normalize(page, keep_lines=True)
        result.warnings.extend(w for w in norm.warnings if w not in result.warnings)
        if k:
            starts.append(pos)
        gaps.extend(g + pos for g in norm.gaps)
        parts.append(norm.text)
        pos += len(norm.text) + 1
    text = "\n".join(parts)
    lines = split_lines(text, gaps, pages=starts if result.page_count is not None else None)
    hints = [h for page_hints in result.hints for h in page_hints]
    if len(hints) == len(lines):
        for ln, (bold, centered) in zip(lines, hints, strict=True):
            ln.bold, ln.centered = bold, centered
    return text, lines
