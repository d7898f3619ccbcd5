"""Who issued a cited document when the mention itself does not say, read from its sentence.

"Ngày 24/02/2020, Chính phủ ban hành Nghị định số 23/2020/NĐ-CP", "đề nghị của Giám đốc Sở Công
Thương tại Tờ trình số ...", "Ủy ban nhân dân tỉnh đã ban hành 02 Quyết định ..., cụ thể: Quyết
định số ..." all name the issuer; and "Văn bản số 343/... ngày ... (...); Văn bản số 422/... ngày
... của Cục Khoáng sản Việt Nam" gives both letters one issuer.
"""

from __future__ import annotations

import bisect
from functools import cache

import regex

from vnlegal.citations.issuers import read_issuer
from vnlegal.citations.parts import Mention, sentence_start
from vnlegal.citations.patterns import agency_head_re, cue_re, cue_words
from vnlegal.lang import rx
from vnlegal.lang.dates import DATE_RE, date_from_match
from vnlegal.lang.patterns import alternation

_PURE_SEP = rx.compile(r"[\s,;()]*+(?:(?:và|hoặc)(?!\p{L})[\s,;()]*+)?", regex.IGNORECASE)
_PARENS = rx.compile(r"\([^()]{0,120}+\)")
_TAI_END = rx.compile(r"(?r)(?<!\p{L})tại\s*+", regex.IGNORECASE)
_SUBJECT_START = rx.compile(r"[\s\-+•|*\d.)]*+")
_LEAD_IN_DATE = rx.compile(r"[\s\-+•|*]*+(?=Ngày\s)")


@cache
def _adverbs() -> regex.Pattern[str]:
    """Matched backwards from a verb: the adverbs between a body and its verb ("đã", "đồng thời")."""
    words = alternation(cue_words("adverb"))
    return rx.compile(rf"(?r)(?:\s++(?:{words})(?!\p{{L}}))*+\s*+", regex.IGNORECASE)


def fill_context(text: str, mentions: list[Mention], lo: int) -> None:
    """Issuer (and date) of numbered mentions that state none, from the sentence around them.

    A pinpointed mention ("quy định tại Điều 28 Luật ...") names a provision, not who issued it,
    and laws cited by name are left alone.
    """
    author = cue_re("author")
    intro = cue_re("list")
    starts = [m.start for m in mentions]
    for idx, m in enumerate(mentions):
        if m.internal or m.issuer is not None or m.symbol is None or m.pinpoint is not None:
            continue
        if m.alias_of is not None:  # a short form names no issuer: the full mention does
            continue
        s0 = sentence_start(text, lo, m.start)
        found: tuple[str, int] | None = None
        direct = False
        for v in reversed(list(author.finditer(text, s0, m.start))):
            if _in_body_name(text, s0, int(v.start()), int(v.end())):
                continue  # "Công ty cổ phần Xây dựng giao thông Yên Bái": "giao" is no verb here
            inner = starts[bisect.bisect_left(starts, v.end(), 0, idx) : idx]
            listed = intro.search(text, v.end(), m.start)
            if text[v.end() : m.start].strip() == "":
                direct = True
            elif listed is not None and not any(p < listed.start() for p in inner):
                pass
            elif _TAI_END.match(text, v.end(), m.start) is None or inner:
                break
            line = text.rfind("\n", s0, v.start()) + 1
            found = (
                _body_ending(text, s0, v.start())
                or _body_at(text, s0, v.start())
                or (_body_at(text, line, v.start()) if line > s0 else None)
                or _past_subject(text, s0, v.start())
            )
            if found is not None:
                break
            direct = False
        if found is None:
            tai = _TAI_END.match(text, max(s0, m.start - 12), m.start)
            if tai is not None:
                found = _body_ending(text, s0, tai.start())
        if found is None and idx and _same_issuer(mentions[idx - 1], m):
            p = mentions[idx - 1]
            if p.issuer_from == "context" and p.end > s0:
                found = (p.issuer or "", m.start)
        if found is None:
            continue
        m.issuer, m.issuer_from = found[0], "context"
        if direct:
            _lead_in(text, s0, m, found[1])


def _in_body_name(text: str, s0: int, lo: int, hi: int) -> bool:
    """True when the words at [lo, hi) belong to the name of a body that starts before them."""
    for h in agency_head_re().finditer(text, max(s0, lo - 150), lo):
        r = read_issuer(text, h.start(), hi + 200)
        if r is not None and r[1] >= hi:
            return True
    return False


def _lead_in(text: str, s0: int, m: Mention, body_at: int) -> None:
    """Take "Ngày D, <body> <verb>" into the mention: its date and its span."""
    d = _LEAD_IN_DATE.match(text, s0, m.start)
    dm = DATE_RE.match(text, d.end(), m.start) if d is not None else None
    if m.date is None and dm is not None and text[dm.end() : body_at].strip(" ,\n") == "":
        m.date = date_from_match(dm)
        m.start = int(dm.start())
    else:
        m.start = min(m.start, body_at)


def _same_issuer(a: Mention, b: Mention) -> bool:
    """True when two numbered mentions carry the same issuer code ("SNNMT-CCMT", "SNNMT-KS")."""
    if a.symbol is None or b.symbol is None or a.internal or b.internal:
        return False
    ca, cb = a.symbol.issuer_code or "", b.symbol.issuer_code or ""
    return bool(ca) and ca.split("-")[0].upper() == cb.split("-")[0].upper()


def share_trailing_issuer(text: str, mentions: list[Mention]) -> None:
    """A "của <body>" closing a list of mentions of one type and issuer code, with nothing but
    dates and notes in brackets between them, issued them all."""
    for i in range(len(mentions) - 2, -1, -1):
        a, b = mentions[i], mentions[i + 1]
        if a.issuer is not None or b.issuer is None or b.issuer_from != "text" or a.alias_of:
            continue
        if not _same_issuer(a, b) or a.doc_type != b.doc_type:
            continue
        if _PURE_SEP.fullmatch(_PARENS.sub(" ", text[a.end : b.core])):
            a.issuer, a.issuer_from = b.issuer, "text"


def _past_subject(text: str, s0: int, hi: int) -> tuple[str, int] | None:
    """The body that acts in the past tense in the sentence ("..., Sở X đã tham mưu ...")."""
    for h in agency_head_re().finditer(text, s0, hi):
        r = read_issuer(text, h.start(), hi)
        if r is not None and text[r[1] : r[1] + 4].strip().startswith("đã"):
            return r[0], int(h.start())
    return None


def _body_ending(text: str, s0: int, hi: int) -> tuple[str, int] | None:
    """The body whose name ends right before ``hi``, adverbs ("đã") skipped."""
    b = _adverbs().match(text, s0, hi)
    end = int(b.start()) if b is not None else hi
    seg_lo = s0
    for ch in ",;:(":
        seg_lo = max(seg_lo, text.rfind(ch, s0, end) + 1)
    k = text.rfind(" của ", seg_lo, end)
    if k >= 0:
        seg_lo = k + 5
    for h in agency_head_re().finditer(text, seg_lo, end):
        r = read_issuer(text, h.start(), end)
        if r is not None and text[r[1] : end].strip() == "":
            return r[0], int(h.start())
    return None


def _body_at(text: str, s0: int, hi: int) -> tuple[str, int] | None:
    """The body that opens the sentence (its subject), if the sentence starts with one."""
    p = _SUBJECT_START.match(text, s0, hi)
    pos = int(p.end()) if p is not None else s0
    if agency_head_re().match(text, pos, hi) is None:
        return None
    r = read_issuer(text, pos, hi)
    return (r[0], pos) if r is not None else None
