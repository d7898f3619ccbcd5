"""What every binary reader returns: the text of each page, laid out for the text stages."""

from __future__ import annotations

from dataclasses import dataclass, field

Hint = tuple[bool | None, bool | None]
"""Layout hint of one output line: (bold, centered); None where the reader could not tell."""


PageMark = tuple[int, str, int]
"""A raised note number taken out of a page's text: (offset in that text, the number as
printed, the page it is printed on -- a later one when a paragraph goes on over a page break)."""


@dataclass
class Note:
    """A page footnote the reader took off the page, in page order."""

    page: int
    """Page number, from 1."""
    label: str
    """The note's number as printed ("1", "17")."""
    text: str
    """The note's text without its number, its lines joined into one."""


@dataclass
class ReadResult:
    """Text of a binary document, page by page, in the layout the text stages read.

    Table rows are one line each with cells joined by " | " (a cell with line breaks keeps
    them); side-by-side header and signature blocks come as the left block's lines, then the
    right block's. ``hints`` holds, per page, one (bold, centered) pair per line of that
    page's text, or is empty when the reader gives none.
    """

    pages: list[str]
    """Text of each page (the whole document as one page for formats without pages)."""
    warnings: list[str] = field(default_factory=list)
    """Doubtful readings and repairs, one sentence each."""
    page_count: int | None = None
    """Number of pages for paged formats (PDF); None when the format has no pages."""
    hints: list[list[Hint]] = field(default_factory=list)
    """Per page, a (bold, centered) hint for each line of its text; may be empty."""
    ocr: list[tuple[int, float]] = field(default_factory=list)
    """(page number, mean word confidence 0-100) of each page read by OCR."""
    notes: list[Note] = field(default_factory=list)
    """The page footnotes, kept apart from ``pages`` (they are no part of the running text)."""
    marks: list[list[PageMark]] = field(default_factory=list)
    """Per page, the raised note numbers taken out of its text (offset in the page's text,
    number as printed, page printed on); empty when the reader gives none."""


class PageWriter:
    """Collects the lines of one page together with their layout hints."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.hints: list[Hint] = []

    def add(self, text: str, bold: bool | None = None, centered: bool | None = None) -> None:
        """Append ``text`` (it may hold line breaks: each line gets the same hint)."""
        # A stray carriage return would split a line in normalization and shift the hints.
        parts = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        self.lines.extend(parts)
        self.hints.extend([(bold, centered)] * len(parts))

    def text(self) -> str:
        """The page text, lines joined by newlines."""
        return "\n".join(self.lines)
