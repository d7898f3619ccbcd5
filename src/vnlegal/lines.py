"""The Line type every reader produces and every stage consumes."""

from __future__ import annotations

import bisect
from dataclasses import dataclass


@dataclass(slots=True)
class Line:
    """One line of ``Document.text`` with the layout hints its reader could give."""

    text: str
    """The line's text (a slice of ``Document.text``)."""
    start: int
    """Offset of the line's first character in ``Document.text``."""
    end: int
    """Offset one past its last character."""
    index: int = 0
    """Position of the line in the document's line list."""
    page: int | None = None
    """1-based page for paged inputs."""
    bold: bool | None = None
    """True when the reader saw the whole line in bold."""
    centered: bool | None = None
    """True when the reader saw the line centered."""
    gaps: tuple[int, ...] = ()
    """Offsets inside the line where the layout had a column break (wide spaces, tabs)."""


def split_lines(text: str, gaps: list[int] | None = None, pages: list[int] | None = None) -> list[Line]:
    """Cut ``text`` at newlines into Lines; ``gaps`` are document offsets of column breaks.

    ``pages`` lists the document offset at which each page after the first begins.
    """
    out: list[Line] = []
    gap_list = gaps or []
    pos = 0
    if not gap_list and pages is None:
        # The common case (a text without column gaps or pages): no look-ups per line.
        for i, chunk in enumerate(text.split("\n")):
            end = pos + len(chunk)
            out.append(Line(chunk, pos, end, i))
            pos = end + 1
        return out
    for i, chunk in enumerate(text.split("\n")):
        end = pos + len(chunk)
        line_gaps: tuple[int, ...] = ()
        if gap_list:
            lo = bisect.bisect_left(gap_list, pos)
            hi = bisect.bisect_right(gap_list, end)
            if hi > lo:
                line_gaps = tuple(g - pos for g in gap_list[lo:hi])
        page = bisect.bisect_right(pages, pos) + 1 if pages is not None else None
        out.append(Line(chunk, pos, end, i, page=page, gaps=line_gaps))
        pos = end + 1
    return out


def is_upper(text: str) -> bool:
    """True when ``text`` has at least two letters and all of them are capitals."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)
