"""Header stage: portal prelude, issuing body, motto, number, place and date, type and title.

Real headers arrive as two columns printed side by side, as table cells joined by "|", as
Markdown tables, flattened onto one line, or with words broken over lines. So the stage
does not trust line structure: it cuts the header zone into cells (at "|", at wide gaps,
at line ends), joins the cells into one string with a map back to ``Document.text``, finds
the anchors (motto, "Số:", "<place>, ngày ...", "V/v") in that string, and reads the issuer
from the upper-case text the anchors leave over.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise

import regex

from vnlegal.data import AgencyHead, Place, load_table
from vnlegal.header.language import language_warning
from vnlegal.header.prelude import issuer_keys, parse_prelude
from vnlegal.header.title import (
    CAN_CU,
    KINH_GUI,
    KINH_GUI_ANY,
    MARKUP,
    PREAMBLE_START,
    SEPARATOR,
    STRUCTURE,
    adopted_by,
    read_addressees,
    read_title,
)
from vnlegal.lang.agency import agency_case, agency_heads, header_openers
from vnlegal.lang.dates import DATE_RE, date_from_match
from vnlegal.lang.fold import canon_tones, fold
from vnlegal.lang.patterns import MOTTO, NATION, alternation
from vnlegal.lang.symbols import SYMBOL_PATTERN, SYMBOL_RE, known_codes, parse_symbol, repair_damaged
from vnlegal.lang.vocab import doc_type_for_code, doc_type_named, doc_types, place_levels
from vnlegal.lines import Line, is_upper
from vnlegal.model import Header, Issuer, Span, Symbol

_PIPE = regex.compile(r"\|")
# Characters a motto line may hold besides the state's name (the motto's second line, an issuer
# cell, a date run on after it in a flattened header).
_MOTTO_SLACK = 60
_CODE_CHAR = regex.compile(r"[-/\d]")
_SO = regex.compile(
    r"(?<![\p{L}])(?:(?:luật|nghị\s+quyết|pháp\s+lệnh|lệnh)\s+)?số\s*+:\s*+(?P<sym>" + SYMBOL_PATTERN + ")",
    regex.I | regex.VERBOSE,
)
# "Số 12/2025/TT-BTC" with its colon lost: only "Số"/"SỐ" capitalised (a "số" inside a
# sentence of the zone, "Công văn số 12/...", is a reference, not this document's number).
_DIVISION = regex.compile(r"(?i)^\W*(?:điều|chương|phần|mục)\s++(?:\d|[IVXLC]++(?![\p{L}]))")
_HEADERISH = regex.compile(r"^\W*(?:(?i:số)\s*:|\p{Lu}{2,}\s)")
_SO_NO_COLON = regex.compile(
    r"(?<![\p{L}])(?-i:Số|SỐ)\s*+\.?\s*+(?P<sym>" + SYMBOL_PATTERN + ")",
    regex.VERBOSE,
)
_SYM_AT = SYMBOL_RE
# A number line of the issuer column, maybe with the type before "số" ("Luật số: 140/...").
_SO_LINE = regex.compile(r"^(?:\p{L}++\s++){0,2}+số\s*+[:.]?\s*+[\d.…_/ ]", regex.I)
_SO_BLANK = regex.compile(r"(?<![\p{L}])số\s*+:\s*+[.…_ ]*+(?=$|\s)", regex.I)
_PLACE_WORD = r"(?<![\p{L}\d/.-])(?:TP\.\s*+)?\p{Lu}[\p{Ll}]++(?:-\p{Lu}[\p{Ll}]++)?+"
# Place words may be joined by a hyphen ("Bà Rịa - Vũng Tàu").
_PLACE_DATE = regex.compile(
    rf"(?P<place>(?-i:{_PLACE_WORD}(?:(?:\s*+-\s*+|\s++){_PLACE_WORD}){{0,5}}+))\s*+,\s*+(?=ngày)"
    rf"(?P<date>{DATE_RE.pattern})",
    regex.I,
)
# A date line with no place ("Ngày 8 tháng 12 năm 2025"): "Ngày" capitalised, opening a cell.
_DATE_ALONE = regex.compile(rf"(?=(?-i:Ngày|NGÀY)\s*+\d)(?:{DATE_RE.pattern})", regex.I)
# A flattened header line that opens with its place and date ("Hà Nội, ngày 5 tháng ...").
_LEADING_PLACE_DATE = regex.compile(r"^\W*+(?:[\p{L}.-]++\s++){0,6}+[\p{L}.-]++\s*+,\s*+ngày\b", regex.I)
_VV = regex.compile(r"(?<![\p{L}])V/v\b\s*+:?\s*+", regex.I)
# Words in capitals; " - " between two of them stays inside the run: a joint issuer ("BỘ TƯ
# PHÁP - BỘ CÔNG AN") or a hyphenated place ("TỈNH BÀ RỊA - VŨNG TÀU") is one run.
_SENTENCE_OPENING = 60  # letters read to tell running text from a flattened header
_SENTENCE_TAIL_ISSUER = regex.compile(r"(?<=[.;:!?]\s++)\p{Lu}[\p{Lu} ,&-]{0,80}+(?:[-_*=]{3,}+\s*+)?$")
_UPPER_RUN = regex.compile(r"(?:(?<![\p{L}\d])[\p{Lu}][\p{Lu}\d&.,-]*+(?:\s++-\s++(?=\p{Lu}{2})|\s++|$))++")
_REPUBLIC_WORDS = regex.compile(r"(?<![\p{L}])CỘNG\s*+H(?:ÒA|OÀ|OA)(?![\p{L}])", regex.I)
# A place and its date glued to the word before: a capital and lower case letters right after
# a letter or digit, then place words and ", ngày".
_GLUED_PLACE = regex.compile(
    rf"(?<=[\p{{L}}\d])(?=\p{{Lu}}\p{{Ll}}++(?:(?:\s*+-\s*+|\s++){_PLACE_WORD}){{0,5}}+\s*+,\s*+ngày\s)"
)
_WORD_AT = regex.compile(r"\S++")
_JOINT_SEP = regex.compile(r"\s*+-\s*+")


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


@dataclass
class _Cell:
    text: str
    start: int  # document offset of text[0]
    line: int


_TAIL_ISSUER = regex.compile(
    r"(?:(?<=[.;:!?]\s)|^)\p{Lu}(?:[\p{Lu} ,&]{0,80}\p{Lu})?(?=\s*+[-_*=]{3,}+\s*+$)"
)


def _cells(lines: list[Line], lo: int, hi: int, first_from: int = 0) -> list[_Cell]:
    """Cut lines[lo:hi] into cells at "|", wide gaps and separators; strip Markdown marks.

    ``first_from`` skips the start of the first line (a page title run on before the issuer).
    """
    out: list[_Cell] = []
    for ln in lines[lo:hi]:
        cuts = sorted({first_from if ln.index == lo else 0, len(ln.text), *ln.gaps})
        cuts = [c for c in cuts if ln.index != lo or c >= first_from]
        pieces: list[tuple[int, int]] = []
        for a, b in pairwise(cuts):
            seg_start = a
            for m in _PIPE.finditer(ln.text[a:b]):
                pieces.append((seg_start, a + m.start()))
                seg_start = a + m.end()
            pieces.append((seg_start, b))
        for a, b in pieces:
            for part in SEPARATOR.split(ln.text[a:b]):
                if not part.strip():
                    continue
                off = ln.text.find(part, a)
                clean = MARKUP.sub(" ", part)
                stripped = clean.strip()
                if stripped:
                    lead = len(clean) - len(clean.lstrip())
                    out.append(_Cell(stripped, ln.start + off + lead, ln.index))
    return out


def _type_line(text: str) -> str | None:
    """Canonical doc type when ``text`` is a type line ("KẾ HOẠCH", "QUYẾT ĐỊNH")."""
    clean = MARKUP.sub("", text).strip(" |:.\t")
    if not clean or len(clean) > 40 or not is_upper(clean):
        return None
    d = doc_type_named(clean)
    return d.name if d else None


@cache
def _typed_number() -> regex.Pattern[str]:
    """A line that gives the type and the number together, no "Số:" line elsewhere: "ÁN LỆ SỐ
    61/2023/AL", "Luật số 100/2015/QH13", "PHÁP LỆNH SỐ: 02/2022/UBTVQH15" (built on first
    use: the type names come from data/doc_types.tsv)."""
    names = alternation(d.name.lower() for d in doc_types())
    return regex.compile(
        rf"^[\W_]*+(?P<type>{names})\s++số\s*+[:.]?\s*+(?P<sym>{SYMBOL_PATTERN})",
        regex.I | regex.VERBOSE,
    )


def _typed_number_line(text: str) -> tuple[str, Symbol] | None:
    """(type, symbol) of a line that opens with a type name, "số" and a symbol."""
    m = _typed_number().match(MARKUP.sub("", text))
    if m is None:
        return None
    d = doc_type_named(m.group("type"))
    sym = parse_symbol(m.group("sym"))
    return (d.name, sym) if d is not None and sym is not None else None


def _motto_line(text: str) -> bool:
    """The state's name set as the motto: in capitals, or opening its cell with little else on
    the line (not "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;" in a preamble)."""
    m = NATION.search(text)
    if m is None:
        return False
    before = MARKUP.sub("", text[: m.start()]).strip(" |\t")
    if fold(before).endswith("nước"):
        return False  # "NƯỚC CỘNG HÒA ... NĂM 1992": the country named in a title or sentence
    if is_upper(m.group()):
        return True
    return (not before or is_upper(before)) and len(text.strip(" |*")) <= len(m.group()) + _MOTTO_SLACK


def _find_motto(lines: list[Line], lo: int, limit: int) -> int | None:
    for k, ln in enumerate(lines[lo:limit], lo):
        if _motto_line(ln.text):
            return ln.index
        if _DIVISION.match(ln.text) or CAN_CU.match(ln.text):
            # The body has begun: a state's name below is a heading ("Chương I / NƯỚC CỘNG HÒA
            # XÃ HỘI CHỦ NGHĨA VIỆT NAM" in a constitution), not a header's motto.
            return None
        # Web excerpts break the motto over two lines ("CỘNG" / "HÒA XÃ HỘI ...").
        if (
            ln.text.strip(" |")
            and k + 1 < len(lines)
            and not NATION.search(lines[k + 1].text)
            and _motto_line(f"{ln.text} {lines[k + 1].text}")
        ):
            return ln.index
    return None


def _zone_start(lines: list[Line], motto: int, floor: int) -> int:
    """Walk up from the motto line over issuer lines (upper case, separators, blanks)."""
    i = motto
    taken = 0
    while i - 1 >= floor and taken < 6:
        t = lines[i - 1].text
        core = SEPARATOR.sub("", MARKUP.sub("", t)).replace("|", "").strip()
        # The left column may come whole before the motto: issuer lines, then "Số: ..." (a
        # joint circular's header cells printed one after the other).
        if core and not is_upper(core) and not _SO_LINE.match(core):
            break
        if core:
            taken += 1
        i -= 1
    return i


def parse_header(text: str, lines: list[Line]) -> HeaderResult:
    """Read the header block at the top of ``lines``."""
    n = len(lines)
    foreign = language_warning(text)
    if foreign is not None:
        # An English translation has "CIRCULAR" and "THE GOVERNMENT" where a header would be:
        # nothing is read from it rather than an issuer made of them.
        return HeaderResult(Header(), warnings=[foreign])
    meta, prelude_end = parse_prelude(lines, min(n, 40))
    header = Header()
    res = HeaderResult(header, meta)
    motto = _find_motto(lines, prelude_end, min(n, prelude_end + 40))
    if motto is not None:
        header.motto = True
    start, first_from = _header_start(lines, prelude_end, motto)
    type_idx, zone_end = _header_end(header, lines, start, motto)
    _read_anchors(header, _cells(lines, start, zone_end, first_from))
    body_start = zone_end
    if type_idx is not None:
        body_start = read_title(header, lines, type_idx)
    body_start = read_addressees(header, lines, body_start)
    if header.issuer.name is None and body_start < n:
        header.issuer.name = adopted_by(lines[body_start].text)
    if header.issuer.name is None and meta:
        _issuer_from_meta(header, meta)
    elif header.issuer.name and meta:
        _complete_issuer(header, meta)
    _complete_from_place(header, text)
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


def _header_start(lines: list[Line], prelude_end: int, motto: int | None) -> tuple[int, int]:
    """Where the header zone starts: (line index, offset in that line to start from)."""
    n = len(lines)
    first_from = 0
    if motto is not None:
        start = _zone_start(lines, motto, prelude_end)
        if start > prelude_end:
            # Crawlers glue the page title to the issuer line: "... ban hành. BỘ Y TẾ -------".
            tail = _TAIL_ISSUER.search(lines[start - 1].text)
            if tail is not None:
                start -= 1
                first_from = tail.start()
    else:
        start = prelude_end
        while start < n and not lines[start].text.strip(" |"):
            start += 1
        # Without a motto, skip page-title lines until something header-like appears; a
        # preamble or structure line first means the page shows the body alone (a heading in
        # capitals further down, "NHỮNG QUY ĐỊNH CHUNG", is no header).
        for j in range(start, min(n, start + 8)):
            if _body_line(lines[j].text):
                break
            if _type_line(lines[j].text) or _HEADERISH.match(lines[j].text):
                start = j
                break
    return start, first_from


def _body_line(text: str) -> bool:
    """A line of the body: structure ("Chương I", "Điều 1.") or a preamble ("Căn cứ ...",
    "Theo đề nghị ...")."""
    t = MARKUP.sub("", text).strip(" |\t")
    if DATE_RE.match(t):
        return False  # "Ngày 8 tháng 12 năm 2025": the date line of a header without a place
    return bool(STRUCTURE.match(t) or CAN_CU.match(t) or (t[:1].isupper() and PREAMBLE_START.match(t)))


def _header_end(header: Header, lines: list[Line], start: int, motto: int | None) -> tuple[int | None, int]:
    """(index of the type line or None, end of the header zone); sets ``header.doc_type``."""
    n = len(lines)
    # The type line ends the zone; a letter (Công văn) has none, so stop at "Kính gửi" or prose.
    type_idx: int | None = None
    end = start
    # "Luật số: 140/2025/QH15" in a law's header column is followed by its type line "LUẬT";
    # "ÁN LỆ SỐ 61/2023/AL" is the type line itself. A line giving type and number is taken
    # as the type line only when no type line of its own follows.
    typed: tuple[int, str, Symbol] | None = None
    for j in range(start, min(n, start + 30)):
        t = _type_line(lines[j].text)
        if typed is None and not t and (tn := _typed_number_line(lines[j].text)) is not None:
            typed = (j, *tn)
        if t:
            type_idx = j
            header.doc_type = t
            break
        if (j > max(start, motto or start) or motto is None) and (
            KINH_GUI.match(lines[j].text) or _body_line(lines[j].text)
        ):
            break
        if j > (motto or start) + 1 and _prose(lines[j].text):
            break
        end = j + 1
    if type_idx is None and typed is not None:
        type_idx, header.doc_type, header.symbol = typed
    zone_end = type_idx if type_idx is not None else end
    return type_idx, zone_end


def _read_anchors(header: Header, cells: list[_Cell]) -> None:
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
    m = _VV.search(canon)
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
    _read_issuer(header, cells, joined, offs, used, vv_end)


def _split_glued_place(cells: list[_Cell]) -> list[_Cell]:
    """Cells where a place and date run on from the word before them with no space ("Số:
    293/2025/NĐ-CPHà Nội, ngày ...", a crawler's or a converter's join) are cut there, so the
    symbol ends before the place and the place keeps its first word."""
    out: list[_Cell] = []
    for c in cells:
        m = _GLUED_PLACE.search(c.text)
        if m is None:
            out.append(c)
            continue
        k = m.start()
        out.append(_Cell(c.text[:k], c.start, c.line))
        out.append(_Cell(c.text[k:], c.start + k, c.line))
    return out


def _cell_starts(cells: list[_Cell], offs: list[int]) -> list[int]:
    """Offsets in the joined string where each cell starts."""
    out: list[int] = []
    pos = 0
    for c in cells:
        out.append(pos)
        pos += len(c.text) + 1
    del offs
    return out


def _place_start(cells: list[_Cell], offs: list[int], joined: str, a: int, date_at: int) -> int:
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
    pat: regex.Pattern[str], canon: str, cells: list[_Cell], offs: list[int]
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


def _wrapped_cells(cells: list[_Cell], k: int, used: list[bool]) -> list[str]:
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


def _prose(t: str) -> bool:
    """A long sentence in normal case: the body has begun."""
    return (
        len(t) > 120
        and not is_upper(t)
        and sum(c.islower() for c in t) > len(t) // 2
        and _LEADING_PLACE_DATE.match(t) is None
        and _VV.match(t.lstrip(" |*")) is None
    )


def _join(cells: list[_Cell]) -> tuple[str, list[int]]:
    parts: list[str] = []
    offs: list[int] = []
    for c in cells:
        if parts:
            parts.append(" ")
            offs.append(offs[-1] + 1)
        parts.append(c.text)
        offs.extend(range(c.start, c.start + len(c.text)))
    return "".join(parts), offs


def _cell_end(cells: list[_Cell], offs: list[int], joined: str, i: int) -> int:
    end_doc = cells[i].start + len(cells[i].text)
    for k in range(len(joined)):
        if offs[k] >= end_doc - 1:
            return k + 1
    return len(joined)


def _next_anchor(canon: str, pos: int, cells: list[_Cell], offs: list[int]) -> int | None:
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


def _read_issuer(
    header: Header,
    cells: list[_Cell],
    joined: str,
    offs: list[int],
    used: list[bool],
    vv_end: int | None,
) -> None:
    """Upper-case text the anchors left over, in order, is the issuer (one or two levels)."""
    runs: list[str] = []
    # Runs whose line ends with " -": a joint issuer wrapped after its hyphen ("BỘ TƯ PHÁP -
    # BỘ CÔNG AN -" / "TÒA ÁN NHÂN DÂN TỐI CAO") goes on in the next run.
    dangling: set[int] = set()
    pos = 0
    for c in cells:
        k0 = pos
        k1 = pos + len(c.text)
        pos = k1 + 1
        text = c.text
        if _sentence(text):
            # Capitals inside a sentence are abbreviations ("UBND tỉnh ban hành ..."); only an
            # issuer run on after its last full stop counts ("... do Bộ Y tế ban hành. BỘ Y TẾ").
            tail = _SENTENCE_TAIL_ISSUER.search(text)
            if tail is None:
                continue
            k0 += tail.start()
            text = text[tail.start() :]
        free = "".join(ch if not used[k] else "\n" for k, ch in zip(range(k0, k1), text, strict=False))
        for chunk in free.split("\n"):
            chunk = chunk.strip(" ,.;:|")
            # A motto the anchors missed (damaged: "CỘNG HÒA XàHỘI ...") is never the issuer.
            chunk = chunk[: r.start()] if (r := _REPUBLIC_WORDS.search(chunk)) else chunk
            for m in _UPPER_RUN.finditer(chunk):
                run = m.group().strip(" ,.;:-")
                code_like = " " not in run and _CODE_CHAR.search(run)
                # A gazette head names the type beside the issuer ("VĂN BẢN HỢP NHẤT - VĂN
                # PHÒNG QUỐC HỘI"): the type's part is not the issuer's.
                run = " - ".join(x for x in _JOINT_SEP.split(run) if not _type_line(x)) or run
                if is_upper(run) and len(run) >= 2 and not _type_line(run) and not code_like:
                    runs.append(run)
            if runs and chunk.rstrip().endswith("-"):
                dangling.add(len(runs) - 1)
    if not runs:
        return
    if not header.motto:
        # No motto: capitals at the top are a title ("BÃI BỎ MỘT SỐ NGHỊ ĐỊNH ...") or a
        # gazette's section head ("PHẦN VĂN BẢN QUY PHẠM PHÁP LUẬT"), not an issuer, unless
        # they open with a body's head noun.
        while runs and not _opens_body(runs[0]):
            runs.pop(0)
            dangling = {k - 1 for k in dangling if k > 0}
        if not runs:
            return
    levels: list[list[str]] = []
    for k, run in enumerate(runs):
        starts_body = any(fold(run).startswith(h + " ") or fold(run) == h for h, _ in agency_heads())
        if k - 1 in dangling and levels:
            levels[-1].append(f"- {run}")
        elif levels and (not starts_body or len(" ".join(levels[-1]).split()) < 2):
            levels[-1].append(run)
        else:
            levels.append([run])
        if len(levels) > 2:
            break
    header.issuer.lines = runs
    names = [_issuer_case(" ".join(lv)) for lv in levels[:2]]
    if len(names) == 2:
        header.issuer = Issuer(name=names[1], parent=names[0], lines=runs)
    else:
        header.issuer = Issuer(name=names[0], parent=None, lines=runs)


def _sentence(t: str) -> bool:
    """A cell that is running text: long, and opening with mostly lower-case letters (a header
    flattened onto one line with its body opens in capitals: "UBND TỈNH ... CỘNG HÒA ...")."""
    letters = [ch for ch in t if ch.isalpha()][:_SENTENCE_OPENING]
    return len(t) > 80 and sum(ch.islower() for ch in letters) > 0.6 * len(letters)


def _opens_body(run: str) -> bool:
    f = fold(run)
    return any(f.startswith(h + " ") or f == h for h in header_openers())


def _issuer_case(name: str) -> str:
    """Normal case of an issuer line; a joint issuer ("BỘ TƯ PHÁP - BỘ CÔNG AN", every part
    opening with a body's head noun) is cased part by part and kept joined by " - "."""
    parts = _JOINT_SEP.split(name)
    if len(parts) > 1 and all(_opens_body(p) for p in parts):
        return " - ".join(agency_case(p) for p in parts)
    return agency_case(name)


def _complete_from_place(header: Header, text: str) -> None:
    """A header cut to "ỦY BAN NHÂN DÂN" (its second line lost) is completed from the place
    line when the document itself names that place with its level ("... trên địa bàn tỉnh
    Ninh Bình"): "Ủy ban nhân dân tỉnh Ninh Bình". Without that evidence it stays as read."""
    name, place = header.issuer.name, header.place
    if not name or not place or fold(name) not in _bare_local_heads():
        return
    levels = "|".join(regex.escape(lv) for lv in place_levels())
    m = regex.search(rf"(?<![\p{{L}}])(?P<lv>{levels})\s++{regex.escape(place)}(?![\p{{L}}])", text, regex.I)
    if m is not None:
        header.issuer.name = f"{name} {m.group('lv').lower()} {place}"


@cache
def _bare_local_heads() -> frozenset[str]:
    """Folded heads of bodies that exist at every administrative level, so their name needs a
    place ("ủy ban nhân dân", "hội đồng nhân dân"): the agency names rows whose example adds a
    level word after the head."""
    levels = set(place_levels())
    out = set()
    for r in load_table(AgencyHead):
        rest = fold(r.example)[len(fold(r.head)) :].strip(" /")
        if r.kind == "name" and any(rest.startswith(lv + " ") for lv in levels):
            out.add(fold(r.head))
    return frozenset(out)


def _issuer_from_meta(header: Header, meta: dict[str, str]) -> None:
    for key, value in meta.items():
        if fold(key) in issuer_keys() and value:
            header.issuer.name = value


def _complete_issuer(header: Header, meta: dict[str, str]) -> None:
    """A header cut to "ỦY BAN NHÂN DÂN" is completed by the portal's "Cơ quan ban hành"."""
    name = header.issuer.name or ""
    for key, value in meta.items():
        if fold(key) in issuer_keys() and value:
            v = value.strip()
            if fold(name) in ("ủy ban nhân dân", "hội đồng nhân dân") and regex.match(
                r"(?i)tỉnh|thành phố", v
            ):
                header.issuer.name = f"{name} {v[:1].lower()}{v[1:]}"
