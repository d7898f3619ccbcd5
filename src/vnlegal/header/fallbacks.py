"""Header fallbacks: facts the header block lacked but the document states elsewhere.

Runs after the outline: a law without a date line gives its date in the passage sentence
("Luật này đã được Quốc hội ... thông qua ngày 17 tháng 6 năm 2020"), and a header without
an issuer names it in the enacting sentence ("Thủ tướng Chính phủ ban hành Quyết định ...").
"""

from __future__ import annotations

from functools import cache

import regex

from vnlegal.lang.dates import DATE_RE, date_from_match
from vnlegal.lang.patterns import ISSUED_SRC, PASSAGE_SRC
from vnlegal.lang.vocab import doc_types
from vnlegal.lines import Line
from vnlegal.model import Document

_PASSAGE_DATE = regex.compile(PASSAGE_SRC + r"\s++(?P<date>" + DATE_RE.pattern + ")", regex.I)
# A date left blank for the hand ("ngày   tháng   năm 2024", "ngày .../.../2024"): the
# document is undated on purpose, so no date is taken from elsewhere.
_BLANK_DAY = regex.compile(r"(?i)ngày\s*+(?:tháng|[.…]+)")
# The passage sentence follows the last article, at most this far past the body's end.
_PASSAGE_REACH = 400


def fill_fallbacks(doc: Document, lines: list[Line], b0: int, b1: int) -> None:
    """Fill the header's date and issuer from the body lines[b0:b1] where the header lacks them."""
    h = doc.header
    if h.date is None and (h.symbol is None or h.symbol.number) and not _blank_date_in_header(doc):
        end = lines[min(b1, len(lines)) - 1].end if lines else 0
        lo = lines[b0].start if b0 < len(lines) else 0
        for m in _PASSAGE_DATE.finditer(doc.text, lo, min(len(doc.text), end + _PASSAGE_REACH)):
            dm = DATE_RE.match(doc.text, m.start("date"))
            h.date = date_from_match(dm) if dm else None
    if h.issuer.name is None:
        text = "\n".join(n.text or "" for n in doc.preamble)
        who = enacting_issuer(text)
        if who:
            h.issuer.name = who


def enacting_issuer(text: str) -> str | None:
    """The body named in an enacting sentence ("Thủ tướng Chính phủ ban hành Quyết định ...")."""
    m = _enacting().search(text)
    return m.group("who").strip() if m else None


@cache
def _enacting() -> regex.Pattern[str]:
    # Built on first use: the type names come from a data table.
    names = "|".join(regex.escape(d.name) for d in doc_types())
    return regex.compile(rf"(?m)^\W*(?P<who>\p{{Lu}}[\p{{L}} ]{{2,80}}?)\s+{ISSUED_SRC}\s+(?:{names})\b")


def _blank_date_in_header(doc: Document) -> bool:
    span = doc.header.span
    if span is None:
        return False
    return bool(_BLANK_DAY.search(doc.text, span.start, span.end))
