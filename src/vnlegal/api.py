"""parse(): pick a reader, run the stages in order, build the Document."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path
from typing import cast

from vnlegal.errors import InternalError, ParseError, TooLargeError, printable_path
from vnlegal.lang import rx
from vnlegal.limits import DEFAULT_LIMITS, Limits, budget, checkpoint
from vnlegal.lines import Line, split_lines
from vnlegal.model import Document, OcrPage, Source, SourceFormat
from vnlegal.normalize.core import Normalized, normalize
from vnlegal.pipeline import run_stages
from vnlegal.readers import read_any
from vnlegal.readers.ocr_mode import OcrMode, check_mode
from vnlegal.readers.result import ReadResult
from vnlegal.readers.sniff import sniff_format
from vnlegal.readers.text import decode_str, decode_text, ensure_text

SourceLike = str | bytes | os.PathLike[str]

_SURROGATE = rx.compile("[\ud800-\udfff]")
_SUFFIXES = (".txt", ".pdf", ".docx", ".doc", ".html", ".htm", ".png", ".jpg", ".jpeg", ".tif", ".tiff")


def _looks_like_path(s: str) -> bool:
    return (
        "\n" not in s
        and len(s) < 4096
        and (os.sep in s or s.endswith(_SUFFIXES))
    )


def parse(
    source: SourceLike, *, format: str | None = None, limits: Limits | None = None, ocr: OcrMode = "auto"
) -> Document:
    """Parse a Vietnamese official document into a ``Document``.

    ``source`` is a path (``str`` or ``PathLike``), the file's bytes, or the document text as
    a ``str``. A ``str`` is a file name when it is one line with a path separator or a file
    extension (``"plans/1560.pdf"``); for text from strangers, or a one-line text such as
    ``"Số: 12/KH-UBND"``, use ``parse_text()``, which never reads a file. The format is
    sniffed from the content unless ``format`` is given.
    ``limits`` bounds what is accepted (size, pages, zip bombs, nesting, line length, time);
    the defaults (``vnlegal.Limits()``) let real documents through.
    ``ocr`` says which pages are read by OCR (Tesseract with its Vietnamese model): "auto"
    (scanned pages, pages whose fonts lost their Unicode map, and images), "always" (every
    page of a PDF, its text layer ignored) or "never"; ``doc.source.ocr`` lists those pages.

    Returns a Document or raises a ``vnlegal.ParseError`` subclass, whatever the input: a
    dependency's failure is wrapped in the subclass that names the problem, an input over a
    limit raises ``TooLargeError`` or ``TimeBudgetExceededError``, and an unforeseen failure
    raises ``InternalError`` (a bug) with the original exception as its cause. Only a
    ``source`` of the wrong type raises ``TypeError``.
    """
    lim = DEFAULT_LIMITS if limits is None else limits
    path: str | None = None
    if isinstance(source, os.PathLike) or (isinstance(source, str) and _looks_like_path(source)):
        path = os.fspath(source)
    elif not isinstance(source, str | bytes | bytearray | memoryview):
        raise TypeError(f"parse() takes a path, bytes or str, not {type(source).__name__}")
    return _guarded(source, path, format, lim, check_mode(ocr))


def parse_text(text: str, *, limits: Limits | None = None) -> Document:
    """Parse ``text``, the document itself, into a ``Document``; never reads a file.

    ``parse(s)`` takes a one-line ``s`` with a path separator or a file extension for a file
    name, which suits a script but not text from strangers: ``parse_text`` never touches the
    file system and never sniffs a binary format, so it is the call for untrusted or one-line
    text. Errors and limits are those of ``parse()``.

    >>> import vnlegal
    >>> vnlegal.parse_text("Số: 12/KH-UBND").source.format
    'text'
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_text() takes a str, not {type(text).__name__}")
    return _guarded(text, None, "text", DEFAULT_LIMITS if limits is None else limits)


def _guarded(
    source: SourceLike, path: str | None, format: str | None, lim: Limits, ocr: OcrMode = "auto"
) -> Document:
    """Run ``_parse`` under the time budget, turning every failure into a ParseError."""
    with budget(lim.time_budget_s, path):
        try:
            return _parse(source, path, format, lim, ocr)
        except ParseError:
            raise
        except TimeoutError:
            # A regex scan given the rest of the budget as its timeout (limits.regex_timeout).
            checkpoint("a pattern search")
            raise InternalError("a pattern search timed out within the time budget", path=path) from None
        except RecursionError:
            raise TooLargeError("the input is nested too deeply to be read", path=path) from None
        except MemoryError:
            raise TooLargeError("the input needs more memory than is available", path=path) from None
        except Exception as exc:
            raise InternalError(
                f"vnlegal failed on this input ({type(exc).__name__}: {exc}); please report it "
                "with the file",
                path=path,
            ) from exc


_NOT_REGULAR = {
    stat.S_IFIFO: "a FIFO (named pipe)", stat.S_IFCHR: "a character device", stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket", stat.S_IFDIR: "a directory",
}  # fmt: skip


def _read_file(path: str, lim: Limits) -> bytes:
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer. The file is judged by what was
        # opened (fstat), so nothing can swap a pipe or a device in between.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        raise ParseError(
            "no such file (a one-line str with a path separator or a file extension is read as "
            "a file name; parse a text with vnlegal.parse_text())",
            path=path,
        ) from None
    except IsADirectoryError:
        raise ParseError("is a directory, not a file", path=path) from None
    except OSError as exc:
        raise ParseError(f"cannot read the file ({exc.strerror or exc})", path=path) from None
    except ValueError as exc:
        # A NUL character or a lone surrogate in the name.
        raise ParseError(f"not a valid file name ({exc})", path=path) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            what = _NOT_REGULAR.get(stat.S_IFMT(info.st_mode), "not a regular file")
            raise ParseError(f"is {what}, not a regular file: not read", path=path)
        lim.check_size("the file", info.st_size, lim.max_bytes, "bytes", path)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read() if lim.max_bytes is None else fh.read(lim.max_bytes + 1)
    except OSError as exc:
        raise ParseError(f"cannot read the file ({exc.strerror or exc})", path=path) from None
    finally:
        os.close(fd)
    lim.check_size("the file", len(data), lim.max_bytes, "bytes", path)
    return data


def _parse(source: SourceLike, path: str | None, format: str | None, lim: Limits, ocr: OcrMode) -> Document:
    text_input: str | None = None
    warnings: list[str] = []
    if path is not None:
        data = _read_file(path, lim)
    elif isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        lim.check_size("the input", len(data), lim.max_bytes, "bytes", None)
    else:
        text_input = cast(str, source)
        # Characters never outnumber UTF-8 bytes: a str over the limit is refused unencoded.
        lim.check_size("the input", len(text_input), lim.max_bytes, "bytes", None)
        try:
            data = text_input.encode("utf-8")
        except UnicodeEncodeError:
            # Lone surrogates (text decoded with "surrogateescape") are no characters: JSON
            # cannot carry them.
            text_input = _SURROGATE.sub("\ufffd", text_input)
            data = text_input.encode("utf-8")
            warnings.append("lone surrogate code points (undecoded bytes) were replaced by U+FFFD")
        lim.check_size("the input", len(data), lim.max_bytes, "bytes", None)

    fmt = format or (
        "text"
        if text_input is not None
        else sniff_format(data, Path(path).suffix.lower() if path else "")
    )
    shown = None if path is None else printable_path(path)
    source_info = Source(path=shown, format="text", warnings=warnings)
    notes: list[tuple[int, str, str]] = []  # a PDF's page footnotes: (page, number, text)
    marks: list[tuple[int, int, str]] = []
    if fmt != "text":
        result = read_any(fmt, data, path, limits=lim, ocr=ocr)
        checkpoint("reading the file")
        _check_text(result.pages, lim, path)
        # read_any accepts only the binary formats of SourceFormat.
        source_info.format = cast(SourceFormat, fmt)
        source_info.pages = result.page_count
        source_info.ocr = [OcrPage(page=n, confidence=c) for n, c in result.ocr]
        text, lines, marks = _paged(result)
        notes = [(n.page, n.label, n.text) for n in result.notes]
        source_info.warnings.extend(result.warnings)
        ensure_text(text, path=path)
    else:

        def check(raw: str) -> None:
            _check_text([raw], lim, path)

        decoded = (
            decode_str(text_input, check=check)
            if text_input is not None
            else decode_text(data, path=path, check=check)
        )
        raw, source_info.legacy_encoding = decoded.text, decoded.legacy
        source_info.encoding = None if text_input is not None else decoded.encoding
        ensure_text(raw, path=path)
        checkpoint("decoding the text")
        norm = normalize(raw)
        source_info.warnings.extend([*decoded.warnings, *norm.warnings])
        text, lines = norm.text, split_lines(norm.text, norm.gaps)
    checkpoint("normalizing the text")
    # Hashed once the input is known to be readable: an input refused for its size or shape
    # (a 200 MB ZIP with a lying directory) is not hashed first.
    source_info.sha256 = hashlib.sha256(data).hexdigest()
    longest = max((ln.end - ln.start for ln in lines), default=0)
    lim.check_size("the longest line", longest, lim.max_line_length, "characters", path)
    doc = Document(source=source_info, text=text)
    run_stages(doc, lines, notes, marks)
    return doc


BYTES_PER_LINE = 2_500
"""Memory the stages may take per line of the text: a line that opens a unit ("1.", "Điều 1.")
becomes a Line, a block and a Node, about 2.2 KB (measured: 100 000 lines of "1." took 220
MB, a million 5 GB)."""
BYTES_PER_CHAR = 40
"""... and per character: the normalized copy, its offset map, the lines' and nodes' texts."""


def _check_text(pages: list[str], lim: Limits, path: str | None) -> None:
    """Refuse, before normalization, a text with a line over ``Limits.max_line_length`` or
    whose lines and characters would need more than ``Limits.max_memory`` in the stages."""
    lines = chars = 0
    for page in pages:
        lim.check_line_length(page, path)
        lines += page.count("\n") + page.count("\r") - page.count("\r\n") + 1
        chars += len(page)
    lim.check_memory("the text", lines * BYTES_PER_LINE + chars * BYTES_PER_CHAR, path)


def _paged_lines(result: ReadResult) -> tuple[str, list[Line]]:
    """Normalize each page, join the pages with newlines, and cut the text into Lines whose
    ``page`` (paged formats) and bold/centered hints come from the reader."""
    text, lines, _ = _paged(result)
    return text, lines


def _paged(result: ReadResult) -> tuple[str, list[Line], list[tuple[int, int, str]]]:
    """``_paged_lines``, and the reader's note marks as (offset in the text, page, number)."""
    parts: list[str] = []
    gaps: list[int] = []
    starts: list[int] = []
    marks: list[tuple[int, int, str]] = []
    pos = 0
    for k, page in enumerate(result.pages):
        norm = normalize(page, keep_lines=True)
        result.warnings.extend(w for w in norm.warnings if w not in result.warnings)
        if k:
            starts.append(pos)
        gaps.extend(g + pos for g in norm.gaps)
        if k < len(result.marks):
            marks.extend((pos + _from_raw(norm, at), on, label) for at, label, on in result.marks[k])
        parts.append(norm.text)
        pos += len(norm.text) + 1
    text = "\n".join(parts)
    lines = split_lines(text, gaps, pages=starts if result.page_count is not None else None)
    hints = [h for page_hints in result.hints for h in page_hints]
    if len(hints) == len(lines):
        for ln, (bold, centered) in zip(lines, hints, strict=True):
            ln.bold, ln.centered = bold, centered
    return text, lines, marks


def _from_raw(norm: Normalized, at: int) -> int:
    """The offset in ``norm.text`` of raw offset ``at``: the first whose raw offset reaches it
    (``to_raw`` never decreases, so a binary search finds it)."""
    lo, hi = 0, len(norm.text)
    while lo < hi:
        mid = (lo + hi) // 2
        if norm.to_raw(mid) < at:
            lo = mid + 1
        else:
            hi = mid
    return lo
