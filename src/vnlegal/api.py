"""parse(): pick a reader, run the stages in order, build the Document."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from .errors import ParseError, UnsupportedFormatError
from .lines import split_lines
from .model import Document, Source
from .normalize import normalize
from .readers.sniff import sniff_format
from .readers.text import decode_text, ensure_text
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
        raise UnsupportedFormatError(f"{fmt} input is not supported by this version", path=path)

    if text_input is not None:
        raw, source_info.encoding = text_input, None
    else:
        raw, source_info.encoding = decode_text(data, path=path)
    ensure_text(raw, path=path)
    norm = normalize(raw)
    lines = split_lines(norm.text, norm.gaps)
    doc = Document(source=source_info, text=norm.text)
    run_stages(doc, lines)
    return doc
