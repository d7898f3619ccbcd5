"""PDF page furniture, step 3 of :mod:`vnlegal.readers.pdf_layout`: the lines that belong to
the page rather than the text go.

Running heads and feet (lines that repeat at the top or bottom of the pages, gazette heads
from the ``running_heads`` table) and page numbers go by :func:`drop_running_heads`;
footnotes (small rows at the bottom of a page that start with a raised note number) are
taken off the page by :func:`take_notes`, to be kept apart from the running text.
"""

from __future__ import annotations

from collections import Counter
from functools import cache

import regex

from vnlegal.data import RunningHead, load_table
from vnlegal.lang import rx
from vnlegal.readers.pdf_rows import Margins, Row

_DIGITS = rx.compile(r"\d++")


@cache
def _running_phrases() -> tuple[tuple[str, str], ...]:
    """(phrase, where) of the running heads the vocabulary knows; where: top, bottom, any."""
    return tuple((r.phrase, r.where) for r in load_table(RunningHead) if r.where != "page")


@cache
def _page_number() -> regex.Pattern[str]:
    """A line that is only a page number: "3", "- 3 -", "3/12", "Trang 3"."""
    words = "|".join(regex.escape(r.phrase) for r in load_table(RunningHead) if r.where == "page")
    return rx.compile(
        rf"^[\s\-–—.(\[]*+(?:(?i:{words})\s*+)?\d{{1,4}}+(?:\s*+/\s*+\d{{1,4}}+)?[\s\-–—.)\]]*+$"
    )


def _head_key(text: str) -> str:
    """A line with its numbers masked: the same running head on every page gives one key."""
    key: str = _DIGITS.sub("#", " ".join(text.split()))
    return key.strip(" #-–—.|/")


def _vocabulary_head(text: str, where: str) -> bool:
    """A line that opens with a known running-head phrase of the page's ``where`` (top, bottom)."""
    t = text.strip(" -–—.|()[]0123456789")
    return any(t.startswith(p) and w in (where, "any") for p, w in _running_phrases())


def drop_running_heads(pages: list[list[Row]]) -> None:
    """Remove repeated top/bottom lines, gazette heads and page numbers."""
    counts: Counter[str] = Counter()
    for rows in pages:
        seen = {_head_key(r.text) for r in rows[:2] + rows[-2:]}
        counts.update(k for k in seen if len(k) >= 4)
    need = max(2, (len(pages) + 1) // 2)

    def running(r: Row, where: str) -> bool:
        text = r.text
        return bool(
            _page_number().match(text) or counts[_head_key(text)] >= need or _vocabulary_head(text, where)
        )

    for rows in pages:
        for _ in range(2):
            if rows and running(rows[0], "top"):
                rows.pop(0)
        for _ in range(2):
            if rows and running(rows[-1], "bottom"):
                rows.pop()


def take_notes(rows: list[Row], m: Margins, size: float) -> list[Row]:
    """Take the footnotes off the bottom of a page: the rows from the first row smaller than
    the running text's ``size`` that opens with a note number (raised, or plain but raised
    somewhere on the page), removed from ``rows`` and returned in page order."""
    k = len(rows)
    while k > 0 and rows[k - 1].size < 0.88 * size:
        k -= 1
    start = None
    for j in range(k, len(rows)):
        if note_number(rows[j], m) is not None:
            start = j
            break
    if start is None:
        return []
    notes = rows[start:]
    del rows[start:]
    return notes


def note_number(r: Row, m: Margins) -> str | None:
    """The number that opens footnote row ``r``: its raised lead, or a plain number that is a
    mark on the page; None for a row that goes on with the note above it."""
    if r.lead_sup:
        return r.lead_sup
    number = _DIGITS.match(r.text)
    if number is not None and str(number.group()) in m.refs:
        return str(number.group())
    return None
