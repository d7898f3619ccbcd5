"""Header stage: portal prelude, issuing body, motto, number, place and date, type and title.

Real headers arrive as two columns printed side by side, as table cells joined by "|", as
Markdown tables, flattened onto one line, or with words broken over lines. So the stage
does not trust line structure: it cuts the header zone into cells (at "|", at wide gaps,
at line ends), joins the cells into one string with a map back to ``Document.text``, finds
the anchors (motto, "Số:", "<place>, ngày ...", "V/v") in that string, and reads the issuer
from the upper-case text the anchors leave over.

The steps, one module each: ``zone`` (the motto, the header zone and its cells, the type
line), ``anchors`` (number, place and date, "V/v"), ``issuer`` (the issuing body, completed
from the place or the portal's metadata); ``title`` the title and "Kính gửi", ``prelude`` a
portal's metadata above the header. This module runs them in order.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from vnlegal.header.anchors import read_anchors
from vnlegal.header.issuer import complete_from_place, complete_issuer, issuer_from_meta
from vnlegal.header.language import language_warning
from vnlegal.header.prelude import parse_prelude
from vnlegal.header.title import adopted_by, read_addressees, read_title
from vnlegal.header.zone import cut_cells, find_motto, header_end, header_start, reach, type_lead
from vnlegal.lang.vocab import doc_type_for_code
from vnlegal.lines import Line
from vnlegal.model import Header, Span

__all__ = ["HeaderResult", "parse_header"]


@dataclass
class HeaderResult:
    """What the header stage read, and where the rest of the document starts."""

    header: Header
    metadata: dict[str, str] = field(default_factory=dict)
    body_start: int = 0
    """Index of the first line after the header (title, "Kính gửi" included)."""
    content_start: int = 0
    """Offset in the text where the document proper starts (after prelude and page titles)."""
    warnings: list[str] = field(default_factory=list)


def parse_header(text: str, lines: list[Line]) -> HeaderResult:
    """Read the header block at the top of ``lines``."""
    n = len(lines)
    foreign = language_warning(text)
    if foreign is not None:
        # An English translation has "CIRCULAR" and "THE GOVERNMENT" where a header would be:
        # nothing is read from it rather than an issuer made of them.
        return HeaderResult(Header(), warnings=[foreign])
    meta, prelude_end = parse_prelude(lines, reach(lines, 0, 40))
    header = Header()
    res = HeaderResult(header, meta)
    motto = find_motto(lines, prelude_end, reach(lines, prelude_end, 40))
    if motto is not None:
        header.motto = True
    start, first_from = header_start(lines, prelude_end, motto)
    type_idx, zone_end = header_end(header, lines, start, motto)
    read_anchors(header, cut_cells(lines, start, zone_end, first_from))
    body_start = zone_end
    if type_idx is not None:
        lead = type_lead(lines[type_idx].text)
        body_start = read_title(header, lines, type_idx, lead[1] if lead else None)
    body_start = read_addressees(header, lines, body_start)
    if header.issuer.name is None and body_start < n:
        header.issuer.name = adopted_by(lines[body_start].text)
    if header.issuer.name is None and meta:
        issuer_from_meta(header, meta)
    elif header.issuer.name and meta:
        complete_issuer(header, meta)
    complete_from_place(header, text)
    if header.doc_type is None and header.symbol is not None and header.symbol.type_code:
        # No type line, but the symbol's type code names the type (Nghị định 30/2020/NĐ-CP,
        # Phụ lục III): "130/KH-UBND" is a Kế hoạch.
        coded = doc_type_for_code(header.symbol.type_code)
        header.doc_type = coded.name if coded else None
    res.body_start = body_start
    res.content_start = lines[start].start if start < n else len(text)
    while start < body_start and not lines[start].text.strip(" |-*"):
        start += 1
    if body_start > start:
        header.span = Span(start=lines[start].start, end=lines[body_start - 1].end)
    return res
