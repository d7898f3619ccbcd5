"""DOCX reader: body content in document order, with Word's automatic numbering rendered.

The OPC package is opened with ``zipfile`` and only the main document, its styles and its
numbering definitions are unpacked (found by content type and relationship). The body is then
turned into text with lxml's C-level operations rather than a Python walk over every run,
which costs two to three times python-docx's own load on a table-heavy Thông tư:

1. what is not shown goes in one pass: deleted text, field codes, properties, the fallback
   copies of text boxes; hidden runs go and all-caps runs are upper-cased (the few runs
   concerned are found by XPath);
2. tabs and breaks get their characters; every paragraph, cell and row gets a marker as its
   tail (a row also one as its text), so the serialized text shows the structure;
3. Word's automatic numbering ("Điều 1.", "1.", "a)"), which python-docx does not render into
   ``paragraph.text`` either, is computed in document order from numbering.xml for the
   numbered paragraphs (found by XPath) and written as the paragraph's own text; bold and
   centered body paragraphs get a hint marker the same way;
4. the body is serialized as text once, and each row becomes one line with its cells joined
   by " | " (a cell with several paragraphs keeps its line breaks; a one-cell row is a frame
   and its lines stand alone).

Here are step 4 and the reader's entry point; the package is opened by
:mod:`vnlegal.readers.docx_package`, styles are resolved by :mod:`vnlegal.readers.docx_styles`
and steps 1 to 3 live in :mod:`vnlegal.readers.docx_body`.
"""

from __future__ import annotations

from typing import Any

from vnlegal.errors import CorruptDocumentError, ParseError
from vnlegal.limits import DEFAULT_LIMITS, Limits, checkpoint
from vnlegal.readers.bullets import lead_bullet
from vnlegal.readers.docx_body import CELL_END, HINT, MARKS, ROW, mark, prune
from vnlegal.readers.docx_package import Parts, open_package
from vnlegal.readers.docx_styles import Styles
from vnlegal.readers.numbering import Numbering, W
from vnlegal.readers.result import Hint, ReadResult


def _row(m: Any) -> str:
    """One table row: cells joined by " | "; a one-cell row's lines stand alone."""
    cells = m.group(1).split(CELL_END)[:-1]
    texts = ["\n".join(t for line in c.split("\n") if (t := line.strip())) for c in cells]
    if not any(texts):
        return ""
    if len(texts) == 1:
        return texts[0] + "\n"
    # An empty cell adds " |" rather than " | ": the line then needs no collapsing of double
    # spaces by the normalizer, which reads the same text either way.
    return texts[0] + "".join(f" | {t}" if t else " |" for t in texts[1:]) + "\n"


def _render(parts: Parts) -> tuple[str, list[Hint]]:
    """The body's text (one line per paragraph or table row) and a hint per line."""
    # lxml is imported on first use: importing vnlegal stays fast for text-only callers.
    from lxml import etree

    styles = Styles(parts.styles)
    numbering = Numbering(parts.numbering, styles.all_numbering())
    body = parts.document.find(f"{W}body")
    mark(body, styles, numbering)
    checkpoint("numbering the DOCX paragraphs")
    prune(body, styles)
    checkpoint("pruning the DOCX body")
    text = ROW.sub(_row, etree.tostring(body, method="text", encoding="unicode"))
    lines = text.split("\n")
    if lines and not lines[-1]:
        lines.pop()
    hints: list[Hint] = []
    for i, line in enumerate(lines):
        m = HINT.match(line)
        if m is None:
            hints.append((None, None))
            continue
        hints.append((True if m.group(1) else None, True if m.group(2) else None))
        lines[i] = line[m.end() :]
    return lead_bullet(MARKS.sub("", "\n".join(lines))), hints


def read_docx(data: bytes, *, path: str | None = None, limits: Limits | None = None) -> ReadResult:
    """Read a DOCX file into one page of text (DOCX has no fixed pages). A package over
    ``limits`` (entries, uncompressed size) raises ``TooLargeError`` before it is unpacked."""
    parts = open_package(data, path, DEFAULT_LIMITS if limits is None else limits)
    if parts.document is None or parts.document.find(f"{W}body") is None:
        raise CorruptDocumentError("damaged DOCX: the document has no body", path=path)
    try:
        text, hints = _render(parts)
    except ParseError:
        raise
    except Exception as exc:
        raise CorruptDocumentError(f"damaged DOCX ({type(exc).__name__}: {exc})", path=path) from None
    return ReadResult(pages=[text], hints=[hints])
