"""The part of a header below the type line: the summary (trích yếu) and "Kính gửi"."""

from __future__ import annotations

from functools import cache

import regex

from vnlegal.data import Position, load_table
from vnlegal.lang import rx
from vnlegal.lang.agency import header_openers
from vnlegal.lang.fold import fold
from vnlegal.lines import Line, is_upper
from vnlegal.model import Header

# Shared with header.py, which imports them from here.
SEPARATOR = rx.compile(r"[-_=*~.…]{3,}+")
MARKUP = rx.compile(r"[*#`]++")
KINH_GUI = rx.compile(r"^\W*kính\s+gửi\s*+:?\s*+", regex.I)
KINH_GUI_ANY = rx.compile(r"kính\s+gửi", regex.I)
STRUCTURE = rx.compile(
    r"^\W*(?:(?:điều|chương|phần|mục)\s+(?:\d|[IVXLC]++(?![\p{L}])|thứ\s)|[IVXLC]+\s*[.:]\s|\d+\s*[.)]\s*\p{Lu})",
    regex.I,
)
"""A structure line: "Điều 1.", "Chương II", "Phần thứ hai", "I. MỤC ĐÍCH", "1. Mục tiêu"."""
# What opens a body without structure: a constitution's "LỜI NÓI ĐẦU", a gazette's
# "(Tiếp theo Công báo số ...)" continuation note. Neither belongs to the title above it.
_BODY_OPENING = rx.compile(r"(?i)^\W*(?:lời\s++nói\s++đầu|lời\s++mở\s++đầu|\(tiếp\s++theo\b)")
# A dated note in parentheses under the title ("(Cấp lần đầu: ngày 02 tháng 02 năm 2026)" under
# an investment decision's title, "(Điều chỉnh lần thứ hai: ngày 5/3/2024)"): no part of it.
_DATED_NOTE = rx.compile(r"(?i)^\((?=[^)]*?(?:năm\s*+\d{4}|\d{1,2}/\d{1,2}/\d{4}))[^()]*+\)$")
CAN_CU = rx.compile(r"(?i)^\W*căn\s+cứ\b")
"""A preamble line: "Căn cứ Luật ..." (the header is over)."""
_KINH_GUI_INLINE = rx.compile(r"kính\s+gửi\s*+:\s*+(?P<rest>.+)$", regex.I)
_ADDR_SPLIT = rx.compile(r"(?:^|\s)[-+•]\s++")
_DASH_ITEM = rx.compile(r"^\s*+[-+•]\s*+")
PREAMBLE_START = rx.compile(
    r"^\W*(?:căn\s+cứ|thực\s+hiện|theo\s+đề\s+nghị|xét\s|để\s|nhằm\s|triển\s+khai|trên\s+cơ\s+sở|"
    r"thi\s+hành|ngày\s+\d|vừa\s+qua|trong\s+|hiện\s+nay|tiếp\s+theo|sau\s+khi|qua\s|hôm\s+nay\b)",
    regex.I,
)


# The adoption statement under a precedent's or resolution's title: "Được Hội đồng Thẩm phán
# Tòa án nhân dân tối cao thông qua ngày ...": not the summary; it names the adopting body.
_ADOPTED = rx.compile(r"^\W*được\s++(?P<who>\p{Lu}[\p{L} ,-]{2,120}?)\s++thông\s++qua\b", regex.I)


# The same statement with something other than letters inside the body's name (a note mark,
# "Tòa án nhân dân tối cao1 thông qua"; OCR's noise, "Thẩm phán 1: òa án"): no name is read
# from it, but it still ends the title above it.
_ADOPTED_ANY = rx.compile(r"^\W*được\s++\p{Lu}[^.;]{2,160}?\s++thông\s++qua\b", regex.I)


def adopted_by(text: str) -> str | None:
    """The body named by an adoption statement ("Được <body> thông qua ..."), or None."""
    m = _ADOPTED.match(text)
    return m.group("who").strip() if m else None


def read_title(header: Header, lines: list[Line], type_idx: int, lead: str | None = None) -> int:
    """Lines after the type line up to the preamble are the summary; returns the next index.

    ``lead`` is the title's start printed on the type line itself ("BIÊN BẢN KIỂM TRA"): a
    title so begun in capitals may end on one line in normal case below it ("BIÊN BẢN KIỂM
    TRA" / "Thực tế khu vực sử dụng vật liệu nổ công nghiệp"), the type word set apart."""
    parts: list[str] = [lead] if lead else []
    j = type_idx + 1
    n = len(lines)
    upper_title: bool | None = is_upper(lead) if lead else None
    while j < n and len(parts) < 8:
        raw = lines[j].text
        t = MARKUP.sub("", raw).strip(" |\t")
        if not t:
            nxt = next((x.text.strip(" |*") for x in lines[j + 1 : j + 3] if x.text.strip(" |*")), "")
            # A blank line ends the summary unless the next line plainly continues it.
            if parts and not nxt[:1].islower():
                j += 1
                break
            j += 1
            continue
        if SEPARATOR.fullmatch(t):
            j += 1
            if parts:
                break
            continue
        if STRUCTURE.match(t) or KINH_GUI.match(t) or CAN_CU.match(t) or _ADOPTED_ANY.match(t):
            break
        if _BODY_OPENING.match(t) or (parts and _DATED_NOTE.match(t)):
            break
        # A summary may itself start "Thực hiện ..."/"Triển khai ..."; later lines may not.
        # A wrapped summary goes on in lower case ("... của pháp luật" / "trong quản lý ...").
        if parts and t[:1].isupper() and PREAMBLE_START.match(t):
            break
        is_up = is_upper(t)
        if parts and is_up and _authority(t):
            break
        if lead and upper_title and len(parts) == 1 and not is_up and _subtitle(t):
            parts.append(t)
            j += 1
            break
        if upper_title is not None and upper_title and not is_up and t[:1].isupper():
            break
        if parts and not upper_title and is_up:
            break
        if upper_title is None:
            upper_title = is_up
        parts.append(t)
        j += 1
        if len(t) > 250:
            break
    if parts:
        header.title = " ".join(" ".join(parts).split())
    return j


_SUBTITLE_MAX = 120
"""Characters of a title's last line in normal case under a type line that began it."""
_SENTENCE_END = rx.compile(r"[.:;]$")


def _subtitle(t: str) -> bool:
    """A short line opening with a capital and ending without a stop: the rest of a title."""
    return t[:1].isupper() and len(t) <= _SUBTITLE_MAX and not _SENTENCE_END.search(t)


@cache
def _authority_heads() -> tuple[str, ...]:
    """Folded openers of a line naming who enacts: header openers (agency_heads.tsv) and the
    positions that enact (positions.tsv, column enacts)."""
    positions = {fold(r.position) for r in load_table(Position) if r.enacts}
    return tuple(sorted(set(header_openers()) | positions, key=len, reverse=True))


def _authority(t: str) -> bool:
    """An upper-case line naming who enacts ("ỦY BAN NHÂN DÂN TỈNH", "BỘ TRƯỞNG BỘ ...")."""
    f = fold(t)
    return any(f.startswith(h + " ") or f == h for h in _authority_heads())


def read_addressees(header: Header, lines: list[Line], j: int) -> int:
    """A "Kính gửi:" block right after the header (inline, or a dash list below it)."""
    n = len(lines)
    k = j
    while k < n and k < j + 4 and not KINH_GUI.search(lines[k].text.replace("|", " ")):
        k += 1
    if k >= n or k >= j + 4:
        # Letters put "Kính gửi" on the place/date line of a flattened header.
        for ln in lines[max(0, j - 3) : j]:
            m = _KINH_GUI_INLINE.search(ln.text)
            if m:
                header.addressees = _split_addressees(m.group("rest"))
        return j
    first = lines[k].text.replace("|", " ").strip()
    m = KINH_GUI.match(first) or KINH_GUI_ANY.search(first)
    rest = first[m.end() :].strip(" :") if m else ""
    items: list[str] = []
    if rest:
        items.extend(_split_addressees(rest))
    k += 1
    while k < n:
        t = lines[k].text.replace("|", " ").strip()
        if not t:
            k += 1
            continue
        if _DASH_ITEM.match(t):
            items.append(_DASH_ITEM.sub("", t).rstrip(";,. "))
            k += 1
            continue
        break
    header.addressees = [i for i in items if i]
    return k


def _split_addressees(rest: str) -> list[str]:
    parts = _ADDR_SPLIT.split(rest)
    out = [p.strip().rstrip(";,.") for p in parts if p.strip()]
    return out if len(out) > 1 or not out else [out[0]]
