"""The header's anchors, found in the zone's cells joined into one string (so that an anchor
broken over cells is still one match): the motto, "Số: <symbol>", "<place>, ngày ...", a date
alone, and the "V/v" subject of a letter; what they leave over goes to the issuer
(``vnlegal.header.issuer``).

Apart from the zone (``vnlegal.header.zone``), which says where the cells are, because reading
the anchors works on the joined string and its map back to the text.
"""

from __future__ import annotations

from functools import cache

import regex

from vnlegal.data import Place, load_table
from vnlegal.header.issuer import read_issuer
from vnlegal.header.title import KINH_GUI_ANY
from vnlegal.header.zone import VV, Cell
from vnlegal.lang import rx
from vnlegal.lang.dates import DATE_RE, date_from_match
from vnlegal.lang.fold import canon_tones, fold
from vnlegal.lang.patterns import MOTTO, NATION
from vnlegal.lang.symbols import SYMBOL_PATTERN, SYMBOL_RE, known_codes, parse_symbol, repair_damaged
from vnlegal.lang.vocab import doc_types
from vnlegal.model import Header, Symbol

__all__ = ["read_anchors"]

_SO = rx.compile(
    r"(?<![\p{L}])(?:(?:luật|nghị\s+quyết|pháp\s+lệnh|lệnh)\s+)?số\s*+:\s*+(?P<sym>" + SYMBOL_PATTERN + ")",
    regex.I | regex.VERBOSE,
)
# "Số 12/2025/TT-BTC" with its colon lost: only "Số"/"SỐ" capitalised (a "số" inside a
# sentence of the zone, "Công văn số 12/...", is a reference, not this document's number).
_SO_NO_COLON = rx.compile(
    r"(?<![\p{L}])(?-i:Số|SỐ)\s*+\.?\s*+(?P<sym>" + SYMBOL_PATTERN + ")",
    regex.VERBOSE,
)
_SYM_AT = SYMBOL_RE
_SO_BLANK = rx.compile(r"(?<![\p{L}])số\s*+:\s*+[.…_ ]*+(?=$|\s)", regex.I)
_PLACE_WORD = r"(?<![\p{L}\d/.-])(?:TP\.\s*+)?\p{Lu}[\p{Ll}]++(?:-\p{Lu}[\p{Ll}]++)?+"
# Place words may be joined by a hyphen ("Bà Rịa - Vũng Tàu").
_PLACE_DATE = rx.compile(
    rf"(?P<place>(?-i:{_PLACE_WORD}(?:(?:\s*+-\s*+|\s++){_PLACE_WORD}){{0,5}}+))\s*+,\s*+(?=ngày)"
    rf"(?P<date>{DATE_RE.pattern})",
    regex.I,
)
# A date line with no place ("Ngày 8 tháng 12 năm 2025"): "Ngày" capitalised, opening a cell.
_DATE_ALONE = rx.compile(rf"(?=(?-i:Ngày|NGÀY)\s*+\d)(?:{DATE_RE.pattern})", regex.I)
# A place and its date glued to the word before: a capital and lower case letters right after
# a letter or digit, then place words and ", ngày".
_GLUED_PLACE = rx.compile(
    rf"(?<=[\p{{L}}\d])(?=\p{{Lu}}\p{{Ll}}++(?:(?:\s*+-\s*+|\s++){_PLACE_WORD}){{0,5}}+\s*+,\s*+ngày\s)"
)
_WORD_AT = rx.compile(r"\S++")


def read_anchors(header: Header, cells: list[Cell]) -> None:
    """Symbol, place and date, and the "V/v" title found in the zone's ``cells``, then the
    issuer from what they leave over."""
    cells = _split_glued_place(cells)
    # On the joined string one regex finds an anchor even when it is broken over cells.
    joined, offs = _join(cells)
    canon = canon_tones(joined)
    used = [False] * len(joined)

    def mark(a: int, b: int) -> None:
        for k in range(a, b):
            used[k] = True

    for pat in (NATION, MOTTO):
        for m in pat.finditer(canon):
            mark(*m.span())
    kg = KINH_GUI_ANY.search(canon)
    if kg is not None:
        # Flattened letters run "Kính gửi: ..." and the first paragraph on after the header.
        for k in range(kg.start(), len(joined)):
            used[k] = True
    m = (_SO.search(canon) or _SO_NO_COLON.search(canon)) if header.symbol is None else None
    if m:
        sym_text, sym_end = repair_damaged(joined, _SYM_AT.match(joined, m.start("sym")) or m)
        header.symbol = _unglue(parse_symbol(sym_text))
        mark(m.start(), max(m.end(), sym_end))
    else:
        mb = _SO_BLANK.search(canon)
        if mb:
            mark(*mb.span())
    m = _PLACE_DATE.search(canon)
    if m:
        a = _place_start(cells, offs, joined, m.start("place"), m.start("date"))
        header.place = " ".join(joined[a : m.end("place")].split()) or None
        dm = DATE_RE.match(canon, m.start("date"))
        header.date = date_from_match(dm) if dm else None
        mark(a, m.end())
    elif (m := _first_at_cell_start(_DATE_ALONE, canon, cells, offs)) is not None:
        dm = DATE_RE.search(canon, m.start())
        header.date = date_from_match(dm) if dm else None
        mark(*m.span())
    vv_end = None
    m = VV.search(canon)
    if m:
        vv_cell = next(i for i, c in enumerate(cells) if offs[m.start()] < c.start + len(c.text) + 1)
        title_parts = [joined[m.end() : _cell_end(cells, offs, joined, vv_cell)]]
        cut = _next_anchor(canon, m.end(), cells, offs)
        if cut is not None:
            title_parts = [joined[m.end() : cut]]
        if cut is None:
            title_parts.extend(_wrapped_cells(cells, vv_cell, used))
        mark(m.start(), m.end() + len(title_parts[0]))
        vv_end = m.end() + len(title_parts[0])
        header.title = " ".join(" ".join(title_parts).split()) or None
        if header.doc_type is None:
            header.doc_type = "Công văn"
    read_issuer(header, cells, joined, offs, used, vv_end)


def _split_glued_place(cells: list[Cell]) -> list[Cell]:
    """Cells where a place and date run on from the word before them with no space ("Số:
    293/2025/NĐ-CPHà Nội, ngày ...", a crawler's or a converter's join) are cut there, so the
    symbol ends before the place and the place keeps its first word."""
    out: list[Cell] = []
    for c in cells:
        m = _GLUED_PLACE.search(c.text)
        if m is None:
            out.append(c)
            continue
        k = m.start()
        out.append(Cell(c.text[:k], c.start, c.line))
        out.append(Cell(c.text[k:], c.start + k, c.line))
    return out


def _cell_starts(cells: list[Cell], offs: list[int]) -> list[int]:
    """Offsets in the joined string where each cell starts."""
    out: list[int] = []
    pos = 0
    for c in cells:
        out.append(pos)
        pos += len(c.text) + 1
    del offs
    return out


def _place_start(cells: list[Cell], offs: list[int], joined: str, a: int, date_at: int) -> int:
    """Where the place before a date starts, given the widest run of place words at ``a``.

    A place broken over a line ("Bà Rịa - Vũng" / "Tàu, ngày ...") fills the cell it starts in;
    words that end a longer cell ("V/v ... đi thăm Bắc Lào" / "Hà Nội, ngày") are that cell's
    sentence, not the place: the place then starts at the cell of the date."""
    starts = _cell_starts(cells, offs)
    inside = [k for k in starts if a < k < date_at]
    if inside:
        first_cell = max(k for k in starts if k <= a)
        return a if first_cell == a else inside[-1]
    if a in starts:
        return a
    # The words run on from a sentence in the same cell (two lines joined upstream): the place
    # is the longest tail of them that names a province, city or district.
    words = list(_WORD_AT.finditer(joined, a, date_at))
    for w in words[1:]:
        at: int = w.start()
        if fold(" ".join(joined[at:date_at].replace(",", " ").split())) in _place_names():
            return at
    return a


@cache
def _place_names() -> frozenset[str]:
    """Folded names of provinces, cities and districts (data/places.tsv)."""
    return frozenset(fold(r.name).replace(" - ", " ").replace("-", " ") for r in load_table(Place))


def _first_at_cell_start(
    pat: regex.Pattern[str], canon: str, cells: list[Cell], offs: list[int]
) -> regex.Match[str] | None:
    starts = set(_cell_starts(cells, offs))
    return next((m for m in pat.finditer(canon) if m.start() in starts), None)


def _unglue(sym: Symbol | None) -> Symbol | None:
    """A symbol whose type and issuer codes lost their hyphen ("1961/QĐUBND"): split at the
    type code when what follows is a whole issuer code ("QĐ" + "UBND"), and the glued code is
    not itself a known code ("TTCP" stays)."""
    code = sym.issuer_code if sym is not None else None
    if sym is None or sym.type_code or not code or "-" in code or code in known_codes():
        return sym
    for d in doc_types():
        if d.code and code.startswith(d.code) and code[len(d.code) :] in known_codes():
            return parse_symbol(sym.text.replace(code, f"{d.code}-{code[len(d.code) :]}")) or sym
    return sym


def _wrapped_cells(cells: list[Cell], k: int, used: list[bool]) -> list[str]:
    """The cells after cell ``k`` that continue its text: a summary wrapped in a narrow column
    goes on in lower case ("V/v tăng cường công tác quản" / "lý, thanh tra, ...")."""
    out: list[str] = []
    pos = sum(len(c.text) + 1 for c in cells[: k + 1])
    for c in cells[k + 1 :]:
        if used[pos] or not c.text[:1].islower():
            break
        out.append(c.text)
        pos += len(c.text) + 1
    return out


def _join(cells: list[Cell]) -> tuple[str, list[int]]:
    parts: list[str] = []
    offs: list[int] = []
    for c in cells:
        if parts:
            parts.append(" ")
            offs.append(offs[-1] + 1)
        parts.append(c.text)
        offs.extend(range(c.start, c.start + len(c.text)))
    return "".join(parts), offs


def _cell_end(cells: list[Cell], offs: list[int], joined: str, i: int) -> int:
    end_doc = cells[i].start + len(cells[i].text)
    for k in range(len(joined)):
        if offs[k] >= end_doc - 1:
            return k + 1
    return len(joined)


def _next_anchor(canon: str, pos: int, cells: list[Cell], offs: list[int]) -> int | None:
    best: int | None = None
    for pat in (NATION, MOTTO, _PLACE_DATE, KINH_GUI_ANY):
        m = pat.search(canon, pos)
        if m is None:
            continue
        at = m.start()
        if pat is _PLACE_DATE:
            at = _place_start(cells, offs, canon, m.start("place"), m.start("date"))
        if best is None or at < best:
            best = at
    return best
