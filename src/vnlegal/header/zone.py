"""Where the header is: the motto line, the header zone above and below it (issuer lines,
the type line, "Số:", "Kính gửi"), and the zone cut into cells at "|", wide gaps and line ends
(``cut_cells``), since real headers arrive as two columns side by side, table cells, Markdown
tables or flattened lines.

The first step of ``vnlegal.header.parse.parse_header``; the anchors read in the cells are
``vnlegal.header.anchors``, the issuer ``vnlegal.header.issuer``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from itertools import pairwise

import regex

from vnlegal.header.title import CAN_CU, KINH_GUI, MARKUP, PREAMBLE_START, SEPARATOR, STRUCTURE
from vnlegal.lang import rx
from vnlegal.lang.dates import DATE_RE
from vnlegal.lang.fold import fold
from vnlegal.lang.patterns import NATION, alternation
from vnlegal.lang.symbols import SYMBOL_PATTERN, parse_symbol
from vnlegal.lang.vocab import doc_type_named, doc_types
from vnlegal.lines import Line, is_upper
from vnlegal.model import Header, Symbol

__all__ = ["VV", "Cell", "cut_cells", "find_motto", "header_end", "header_start", "type_lead", "type_line"]

_PIPE = rx.compile(r"\|")
# Characters a motto line may hold besides the state's name (the motto's second line, an issuer
# cell, a date run on after it in a flattened header).
_MOTTO_SLACK = 60
_DIVISION = rx.compile(r"(?i)^\W*(?:điều|chương|phần|mục)\s++(?:\d|[IVXLC]++(?![\p{L}]))")
_HEADERISH = rx.compile(r"^\W*(?:(?i:số)\s*:|\p{Lu}{2,}\s)")
# A number line of the issuer column, maybe with the type before "số" ("Luật số: 140/...").
# Up to two words before "Số" ("Luật số: ..."), never "Số" itself: the possessive words would
# take it and leave "Số 06/2026/TT-BTC" (its colon lost) unmatched.
_SO_LINE = rx.compile(r"^(?:(?!số(?!\p{L}))\p{L}++\s++){0,2}+số\s*+[:.]?\s*+[\d.…_/ ]", regex.I)
# A flattened header line that opens with its place and date ("Hà Nội, ngày 5 tháng ...").
_LEADING_PLACE_DATE = rx.compile(r"^\W*+(?:[\p{L}.-]++\s++){0,6}+[\p{L}.-]++\s*+,\s*+ngày\b", regex.I)
VV = rx.compile(r"(?<![\p{L}])V/v\b\s*+:?\s*+", regex.I)
"""A "V/v" (về việc) opening a letter's subject line."""
_TAIL_ISSUER = rx.compile(r"(?:(?<=[.;:!?]\s)|^)\p{Lu}(?:[\p{Lu} ,&]{0,80}\p{Lu})?(?=\s*+[-_*=]{3,}+\s*+$)")


@dataclass
class Cell:
    """A piece of the header zone: its text and where it starts in ``Document.text``."""

    text: str
    start: int  # document offset of text[0]
    line: int


def cut_cells(lines: list[Line], lo: int, hi: int, first_from: int = 0) -> list[Cell]:
    """Cut lines[lo:hi] into cells at "|", wide gaps and separators; strip Markdown marks.

    ``first_from`` skips the start of the first line (a page title run on before the issuer).
    """
    out: list[Cell] = []
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
                    out.append(Cell(stripped, ln.start + off + lead, ln.index))
    return out


# A stop between the words of a type name, a speck OCR read beside a letter ("QUYẾT: ĐỊNH",
# "KẾ. HOẠCH"): no type name holds one, so it is not read.
_INNER_STOP = rx.compile(r"(?<=\p{Lu})[:;,.](?=\s++\p{Lu})")


def type_line(text: str) -> str | None:
    """Canonical doc type when ``text`` is a type line ("KẾ HOẠCH", "QUYẾT ĐỊNH")."""
    clean = _INNER_STOP.sub("", MARKUP.sub("", text)).strip(" |:.\t")
    if not clean or len(clean) > 40 or not is_upper(clean):
        return None
    d = doc_type_named(clean)
    return d.name if d else None


# What may follow the type name on a type line that carries its title: the title in capitals
# ("QUYẾT ĐỊNH CHẤP THUẬN CHỦ TRƯƠNG ĐẦU TƯ", "BIÊN BẢN KIỂM TRA"), or the summary in normal
# case after "Về"/"V/v" ("QUYẾT ĐỊNH Về việc ..."); never a number ("ÁN LỆ SỐ 61/2023/AL",
# read by ``_typed_number``) or a dash (a gazette's "VĂN BẢN HỢP NHẤT - VĂN PHÒNG QUỐC HỘI").
_LEAD_SUMMARY = rx.compile(r"^(?:về\s|v/v\b)", regex.I)
_LEAD_NUMBER = rx.compile(r"^(?:số\b|\d)", regex.I)
# Old-style type lines name the enacting authority after the type ("QUYẾT ĐỊNH CỦA BỘ TRƯỞNG
# BỘ TÀI CHÍNH", "CHỈ THỊ CỦA THỦ TƯỚNG CHÍNH PHỦ"): the title is on the lines below.
_LEAD_AUTHORITY = rx.compile(r"^của\s", regex.I)
_TYPE_WORDS_MAX = 5
"""Words of the longest type name ("Quy chuẩn kỹ thuật quốc gia")."""


def type_lead(text: str) -> tuple[str, str | None] | None:
    """(canonical type, the title's start or None) of a type line that goes on after the type
    name in the same line: "QUYẾT ĐỊNH CHẤP THUẬN CHỦ TRƯƠNG ĐẦU TƯ" -> ("Quyết định", "CHẤP
    THUẬN CHỦ TRƯƠNG ĐẦU TƯ"); "CHỈ THỊ CỦA THỦ TƯỚNG CHÍNH PHỦ" -> ("Chỉ thị", None). The type
    name is in capitals, the longest one that opens the line ("NGHỊ QUYẾT LIÊN TỊCH ...")."""
    if type_line(text):
        return None  # the type alone ("THÔNG TƯ LIÊN TỊCH", not "THÔNG TƯ" + "LIÊN TỊCH")
    words = MARKUP.sub("", text).strip(" |:\t").split()
    for n in range(min(_TYPE_WORDS_MAX, len(words) - 1), 0, -1):
        head = _INNER_STOP.sub("", " ".join(words[:n]))
        d = doc_type_named(head)
        if d is None or not is_upper(head):
            continue
        if d.family == "administrative" and not d.code:
            # A letter ("Công văn", "Văn bản": no type code in its symbol) has no type line:
            # "VĂN BẢN MỚI" is a portal's menu, "CÔNG VĂN ĐẾN" a register's heading.
            return None
        rest = " ".join(words[n:]).rstrip(" :")
        if not rest[:1].isalpha() or _LEAD_NUMBER.match(rest):
            return None
        if _LEAD_AUTHORITY.match(rest) and is_upper(rest):
            return d.name, None
        if is_upper(rest) or _LEAD_SUMMARY.match(rest):
            return d.name, rest
        return None
    return None


@cache
def _typed_number() -> regex.Pattern[str]:
    """A line that gives the type and the number together, no "Số:" line elsewhere: "ÁN LỆ SỐ
    61/2023/AL", "Luật số 100/2015/QH13", "PHÁP LỆNH SỐ: 02/2022/UBTVQH15" (built on first
    use: the type names come from data/doc_types.tsv)."""
    names = alternation(d.name.lower() for d in doc_types())
    return rx.compile(
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


def reach(lines: list[Line], lo: int, count: int) -> int:
    """The index after ``count`` lines with text from ``lo``: the header's windows count what
    a reader sees, so blank lines (a header table that pandoc or a Word export spreads over
    dozens of them) do not push the type line or the motto out of reach."""
    seen = 0
    k = lo
    n = len(lines)
    while k < n and seen < count:
        if lines[k].text.strip():
            seen += 1
        k += 1
    return k


def find_motto(lines: list[Line], lo: int, limit: int) -> int | None:
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


def header_start(lines: list[Line], prelude_end: int, motto: int | None) -> tuple[int, int]:
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
        for j in range(start, reach(lines, start, 8)):
            if _body_line(lines[j].text):
                break
            if type_line(lines[j].text) or _HEADERISH.match(lines[j].text):
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


def header_end(header: Header, lines: list[Line], start: int, motto: int | None) -> tuple[int | None, int]:
    """(index of the type line or None, end of the header zone); sets ``header.doc_type``."""
    # The type line ends the zone; a letter (Công văn) has none, so stop at "Kính gửi" or prose.
    type_idx: int | None = None
    end = start
    # "Luật số: 140/2025/QH15" in a law's header column is followed by its type line "LUẬT";
    # "ÁN LỆ SỐ 61/2023/AL" is the type line itself. A line giving type and number is taken
    # as the type line only when no type line of its own follows.
    typed: tuple[int, str, Symbol] | None = None
    for j in range(start, reach(lines, start, 30)):
        t = type_line(lines[j].text)
        if typed is None and not t and (tn := _typed_number_line(lines[j].text)) is not None:
            typed = (j, *tn)
        if t:
            type_idx = j
            header.doc_type = t
            break
        if (motto is None or j > motto) and (lead := type_lead(lines[j].text)) is not None:
            # The type line runs on with its title ("BIÊN BẢN KIỂM TRA"): the title is read
            # from the rest of the line (``read_title``).
            type_idx = j
            header.doc_type = lead[0]
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


def _prose(t: str) -> bool:
    """A long sentence in normal case: the body has begun."""
    return (
        len(t) > 120
        and not is_upper(t)
        and sum(c.islower() for c in t) > len(t) // 2
        and _LEADING_PLACE_DATE.match(t) is None
        and VV.match(t.lstrip(" |*")) is None
    )
