"""Mentions that are no citation, or no citation of their own: the document's own number
("Số: 1560/KH-UBND", "(Kèm theo Kế hoạch số ...)", the enacting line "Quốc hội ban hành Luật
Thanh tra."), the English translation's copy of a mention ("Pursuant to ... Law No
50/2005/QH10"), the number of a form, item or appendix ("theo mẫu số 01-SHTT", "Quy định tại mục
số 7"), and drafts ("Luật Hộ tịch (sửa đổi)", the items of a list of draft laws).

Apart from the scanner (``vnlegal.citations.finder``) because these are judgements on the
mentions it found, made with the lines around them, not anchors of their own.
"""

from __future__ import annotations

import bisect
from functools import cache

import regex

from vnlegal.citations.parts import Mention
from vnlegal.citations.patterns import anchor_scan, cue_words
from vnlegal.lang import rx
from vnlegal.lang.fold import fold
from vnlegal.lang.patterns import ATTACHED_LINE_SRC, ISSUED_SRC, alternation
from vnlegal.lang.symbols import normalize_symbol

__all__ = ["draft_ids", "drop_self"]

_ATTACHED_LINE = rx.compile(ATTACHED_LINE_SRC + r"\s++", regex.IGNORECASE)
_DIGIT = rx.compile(r"\d")
_REVISED = rx.compile(r"\s*+\(\s*+sửa\s++đổi\s*+\)", regex.IGNORECASE)
_ITEM_OPEN = rx.compile(
    r"[ \t|*]*+(?:(?:[IVXLC]{1,6}+\.|\d{1,3}+(?:\.\d{1,3}+)*+[.)]|[a-zđ][).])[ \t]*+)?"
)
# A list head, or a unit heading that ends the reach of the heads above it.
_HEAD_LINE = rx.compile(
    r"(?:^|(?<=\n))(?P<line>[ \t|*]*+(?:(?P<unit>Điều[ \t]++\d|Chương[ \t]|PHỤ[ \t]++LỤC|Phụ[ \t]++lục)"
    r"[^\n]*+|(?i:tên)[ \t][^\n]*+|[^\n]*+(?<=:[ \t]{0,4})(?=\n|\Z)))"
)
_DRAFT_WORDS = rx.compile(r"(?<!\p{L})(?:dự\s++án|dự\s++thảo)(?!\p{L})", regex.IGNORECASE)
_ENACTING = rx.compile(r"(?r)\p{Lu}[^\n.;]{0,80}?\s" + ISSUED_SRC + r"\s++")


@cache
def _unit_number() -> regex.Pattern[str]:
    """Matched backwards from a number: a unit word and "số" before it ("mẫu số ", "Mục số ")."""
    units = alternation(cue_words("unitnum"))
    return rx.compile(rf"(?r)(?<!\p{{L}})(?:{units})\s*+(?:(?i:số)\s*+:?\s*+)?", regex.IGNORECASE)


@cache
def _foreign_type() -> regex.Pattern[str]:
    """Matched backwards from a number: an English type word ("of Law No 50/2005/QH10"), so the
    number belongs to the translation printed beside the Vietnamese mention."""
    words = alternation(cue_words("foreign"))
    return rx.compile(rf"(?r)(?<!\p{{L}})(?-i:{words})(?:\s++(?:No\.?|N°|Number))?\s*+")


def _translated(text: str, m: Mention) -> bool:
    """True for a number named by an English type word: a translation's copy of a mention."""
    return (
        m.typeless
        and m.symbol is not None
        and (_foreign_type().match(text, max(0, m.core - 30), m.core) is not None)
    )


def _numbers_a_unit(text: str, m: Mention) -> bool:
    """True when the mention's number is that of a form, item or appendix ("theo mẫu số 01-SHTT",
    "Quy định tại mục số 7"): the unit word stands right before it, the type word (if any) before
    that is the sentence's, not the number's."""
    if m.symbol is None or m.internal:
        return False
    at = text.find(m.symbol.number or m.symbol.text, m.core, m.end)
    return at > 0 and _unit_number().match(text, max(0, at - 30), at) is not None


def _draft_heads(text: str, lo: int, hi: int) -> tuple[list[int], list[bool]]:
    """Line starts of list heads (a line ending with ":", a table column "Tên ...") and unit
    headings in [lo, hi), each with whether it heads a list of drafts ("... dự án luật sau
    đây:", "Tên dự án"); one scan, so each mention's look-up is a bisection."""
    starts: list[int] = []
    drafts: list[bool] = []
    # Every match starts a line: tried at line starts only (``anchor_scan``), not at every offset.
    lines: list[int] | None = None
    if text.count("\n", lo, hi) * 8 <= hi - lo:
        lines = [lo]
        at = text.find("\n", lo, hi)
        while at >= 0:
            lines.append(at + 1)
            at = text.find("\n", at + 1, hi)
    for h in anchor_scan(_HEAD_LINE, text, lines, lo, hi):
        starts.append(h.start("line"))
        drafts.append(h.group("unit") is None and _DRAFT_WORDS.search(h.group("line")) is not None)
    return starts, drafts


def draft_ids(text: str, found: list[Mention], lo: int, hi: int) -> set[int]:
    """Ids of the mentions that name drafts; the list heads are read only when a candidate
    (a law named alone, opening a line) needs them."""
    if not any(_draft_candidate(text, m) for m in found):
        return set()
    heads = _draft_heads(text, lo, hi)
    return {id(m) for m in found if _draft(text, m, heads)}


def _draft_candidate(text: str, m: Mention) -> bool:
    if m.symbol is not None or m.date is not None or m.name is None or m.internal:
        return False
    return m.doc_type in ("Luật", "Bộ luật", "Pháp lệnh") and not _DIGIT.search(text, m.core, m.end)


def _draft(text: str, m: Mention, heads: tuple[list[int], list[bool]]) -> bool:
    """True for a draft law named by its title alone: "Luật Hộ tịch (sửa đổi)", or an item of a
    list whose head lists drafts ("... đối với 13 dự án luật sau đây:", a table column "Tên dự
    án"). An existing law cited by name alone is not told apart by its words, but by where it
    stands."""
    if not _draft_candidate(text, m):
        return False
    if _REVISED.match(text, m.end, m.end + 20):
        return True
    line = text.rfind("\n", 0, m.core) + 1
    if not _ITEM_OPEN.fullmatch(text, line, m.core):
        return False
    k = bisect.bisect_left(heads[0], line) - 1
    return k >= 0 and heads[1][k]


def drop_self(text: str, mentions: list[Mention], self_symbol: str | None) -> list[Mention]:
    """Mentions without those of the document itself."""
    own = fold(normalize_symbol(self_symbol)) if self_symbol else None
    out: list[Mention] = []
    for m in mentions:
        line = max(text.rfind("\n", max(0, m.start - 300), m.start) + 1, m.start - 300)
        if m.colon and (m.doc_type is None or not text[line : m.start].strip()):
            # "Số: 1560/KH-UBND", "Luật số: 140/2025/QH15" open the header line of this
            # document; "... Kế hoạch ứng cứu khẩn cấp số: 01/KH-GTYB" in a sentence cites one.
            continue
        if m.symbol is not None and own and fold(m.symbol.text) == own:
            continue
        if _numbers_a_unit(text, m) or _translated(text, m):
            continue
        if not m.internal and _ATTACHED_LINE.fullmatch(text, line, m.start):
            continue  # "(Kèm theo Kế hoạch số ...)" heading an attachment
        if m.name and _ENACTING.match(text, line, m.start):
            # "Quốc hội ban hành Luật Thanh tra." names this law. In "ban hành Luật sửa đổi, bổ
            # sung một số điều của Luật Giá số 16/2023/QH15" this law amends the laws its title
            # names, and the number after the title is the last one's.
            if m.inner:
                last = m.inner[-1]
                last.symbol, last.date, last.issuer, last.issuer_from = (
                    m.symbol,
                    m.date,
                    m.issuer,
                    m.issuer_from,
                )
                last.end = m.end
                for inner in m.inner:
                    inner.top, inner.fixed = True, "amends"
                out.extend(m.inner)
                m.inner = []
                continue
            if m.symbol is None:
                continue
        out.append(m)
    return out
