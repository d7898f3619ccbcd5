"""Header fallbacks: facts the header block lacked but the document states elsewhere.

Runs after the outline: a law without a date line gives its date in the passage sentence
("Luật này đã được Quốc hội ... thông qua ngày 17 tháng 6 năm 2020"), and a header without
an issuer names it in the enacting sentence ("Thủ tướng Chính phủ ban hành Quyết định ...").
"""

from __future__ import annotations

from collections import Counter
from functools import cache

import regex

from vnlegal.data import Position, load_table
from vnlegal.header.language import NO_DOCUMENT, NOT_VIETNAMESE
from vnlegal.lang import rx
from vnlegal.lang.agency import agency_case, header_openers
from vnlegal.lang.dates import DATE_RE, date_from_match
from vnlegal.lang.fold import fold
from vnlegal.lang.patterns import ATTACHED_SRC, ISSUED_SRC, PASSAGE_SRC, alternation, phrase_pattern
from vnlegal.lang.symbols import SYMBOL_PATTERN, parse_symbol
from vnlegal.lang.vocab import doc_type_named, doc_types
from vnlegal.lines import Line, is_upper
from vnlegal.model import Document

# The sitting may come between the verb and the date: "... thông qua tại Phiên họp thứ 49
# ngày 26 tháng 9 năm 2025", "thông qua tại kỳ họp thứ 9 ngày ...".
_PASSAGE_DATE = rx.compile(
    PASSAGE_SRC + r"(?:\s++tại\s++[^.;\n]{1,80}?)?\s++(?P<date>" + DATE_RE.pattern + ")", regex.I
)
# A date left blank for the hand ("ngày   tháng   năm 2024", "ngày .../.../2024"): the
# document is undated on purpose, so no date is taken from elsewhere.
_BLANK_DAY = rx.compile(r"(?i)ngày\s*+(?:tháng|[.…]+)")
# The passage sentence follows the last article, at most this far past the body's end.
_PASSAGE_REACH = 400


def fill_fallbacks(doc: Document, lines: list[Line], b0: int, b1: int) -> None:
    """Fill the header's date and issuer from the body lines[b0:b1] where the header lacks them."""
    h = doc.header
    if any(w.startswith(NOT_VIETNAMESE) for w in doc.source.warnings):
        return  # nothing is read from a text in another language (header.language)
    if h.date is None and (h.symbol is None or h.symbol.number) and not _blank_date_in_header(doc):
        end = lines[min(b1, len(lines)) - 1].end if lines else 0
        lo = lines[b0].start if b0 < len(lines) else 0
        for m in _PASSAGE_DATE.finditer(doc.text, lo, min(len(doc.text), end + _PASSAGE_REACH)):
            dm = DATE_RE.match(doc.text, m.start("date"))
            h.date = date_from_match(dm) if dm else None
    preamble = "\n".join(n.text or "" for n in doc.preamble)
    if h.issuer.name is None:
        who = enacting_issuer(preamble)
        who = _body_of(who) if who else _authority_line(lines[b0 : min(b1, b0 + 3)])
        if who:
            h.issuer.name = who
    if h.doc_type is None and not h.motto:
        # A body shown without its header block names its type where it enacts itself:
        # "Chính phủ ban hành Nghị định bãi bỏ ...".
        m = _enacting().search(preamble)
        h.doc_type = m.group("type") if m else _self_named_type(doc.text)
    if h.symbol is None and h.doc_type is not None and not h.motto:
        _self_reference(doc)
    if _nothing_found(doc):
        doc.source.warnings.append(
            f"{NO_DOCUMENT}: no header block (motto, number, type line), no enacting sentence and "
            "no structure (Điều, Chương, numbered sections) were recognised"
        )


def _nothing_found(doc: Document) -> bool:
    """Neither a header field nor a structured unit: the page holds no recognisable document."""
    h = doc.header
    if h.motto or h.symbol or h.doc_type or h.issuer.name or h.date or h.title:
        return False
    return not doc.body and not doc.attachments and not any(n.children for n in doc.preamble)


def _self_named_type(text: str) -> str | None:
    """The type a body calls itself by: "Nghị định này quy định ...", "... kể từ ngày Thông tư
    này có hiệu lực" (the type most often followed by "này", when it is named at least twice
    and more often than any other)."""
    counts = Counter(fold(m.group("type")) for m in _self_named().finditer(text))
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    d = doc_type_named(ranked[0][0])
    return d.name if d else None


@cache
def _self_named() -> regex.Pattern[str]:
    # Built on first use: the type names come from a data table. Case kept: "Luật này" opens a
    # sentence or follows a word; "LUẬT NÀY" in a heading is not a self-reference.
    names = alternation(d.name for d in doc_types())
    return rx.compile(rf"(?<![\p{{L}}])(?P<type>{names})\s++này(?![\p{{L}}])")


def _authority_line(lines: list[Line]) -> str | None:
    """A body that shows no header block names its issuer on the line in capitals before the
    preamble ("ỦY BAN NHÂN DÂN TỈNH HÀ GIANG", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ..."): the body
    named there, the signing position before it left out."""
    for ln in lines:
        t = ln.text.strip(" |*")
        if not t:
            continue
        if not is_upper(t) or len(t) > 120:
            return None
        body = _body_of(t)
        if any(fold(body).startswith(h + " ") for h in header_openers()):
            return agency_case(body)
        return None
    return None


def _body_of(who: str) -> str:
    """The body in "<position> <body>" ("Bộ trưởng Bộ Tài chính" -> "Bộ Tài chính"); a name
    without a leading position, or whose position is an issuer itself, is returned as it is."""
    f = fold(who)
    for pos in _enacting_positions():
        if not f.startswith(pos + " "):
            continue
        # "Thủ tướng Chính phủ" is itself an issuer (agency_heads.tsv, kind issuer): kept whole.
        if pos in header_openers():
            return who
        rest = who[len(pos) :].strip()
        return (
            rest if any(fold(rest).startswith(h + " ") or fold(rest) == h for h in header_openers()) else who
        )
    return who


@cache
def _enacting_positions() -> tuple[str, ...]:
    return tuple(sorted((fold(r.position) for r in load_table(Position) if r.enacts), key=len, reverse=True))


@cache
def _self_reference_pattern(doc_type: str) -> regex.Pattern[str]:
    """'kèm theo <doc_type> số <symbol> [ngày <date>]', one pattern per type, built once."""
    return rx.compile(
        rf"{ATTACHED_SRC}\s++{phrase_pattern(doc_type.lower())}\s++số\s*+:?\s*+(?P<sym>{SYMBOL_PATTERN})"
        rf"(?:\s*+,?\s*+(?P<date>{DATE_RE.pattern}))?",
        regex.I | regex.VERBOSE,
    )


def _self_reference(doc: Document) -> None:
    """A document without a header block is named by its own attachment: "(kèm theo Quyết
    định số 2112/QĐ-UBND ngày 17 tháng 10 năm 2014)" under a Quyết định gives its number and
    date (only a reference of the document's own type, to a single document)."""
    h = doc.header
    assert h.doc_type is not None
    found = {m.group("sym"): m for m in _self_reference_pattern(h.doc_type).finditer(doc.text)}
    if len(found) != 1:
        return
    m = next(iter(found.values()))
    h.symbol = parse_symbol(m.group("sym"))
    if h.date is None and m.group("date"):
        dm = DATE_RE.match(doc.text, m.start("date"))
        h.date = date_from_match(dm) if dm else None
    doc.source.warnings.append(
        f"no header block: number and date read from the attachment line naming this {h.doc_type}"
    )


def enacting_issuer(text: str) -> str | None:
    """The body named in an enacting sentence ("Thủ tướng Chính phủ ban hành Quyết định ...")."""
    m = _enacting().search(text)
    return m.group("who").strip() if m else None


@cache
def _enacting() -> regex.Pattern[str]:
    # Built on first use: the type names come from a data table.
    names = "|".join(regex.escape(d.name) for d in doc_types())
    return rx.compile(
        rf"(?m)^\W*(?P<who>\p{{Lu}}[\p{{L}} ,-]{{2,160}}?)\s+{ISSUED_SRC}\s+(?P<type>{names})\b"
    )


def _blank_date_in_header(doc: Document) -> bool:
    span = doc.header.span
    if span is None:
        return False
    return bool(_BLANK_DAY.search(doc.text, span.start, span.end))
