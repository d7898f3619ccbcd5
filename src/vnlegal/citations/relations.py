"""How this document relates to each document it cites.

Relations come from cue words (citation_cues.tsv) read in their clause:
- a cue right before a mention (only filler words between) sets its relation, if the cue stands
  where a clause starts ("Căn cứ ...", "; bãi bỏ ..."), or - for verbs such as "thực hiện" -
  anywhere in a clause that is not the subject of an earlier mention; a cue that needs this
  document as its subject ("hướng dẫn", "quy định chi tiết") counts only after "<Type> này";
- mentions listed after a mention share its relation ("Thực hiện Công văn A, Công văn B");
- a mention inside the subject of another one ("Công văn ... hướng dẫn thực hiện Quyết định X")
  is a reference, except an amending act named in a "Căn cứ" clause ("Luật ... được sửa đổi, bổ
  sung bởi Luật số ..."), which is part of the same legal basis; a listed document of less legal
  force than the outer one cannot be inside its subject ("Nghị định ... hướng dẫn Luật Hộ tịch và
  Quyết định số 101/QĐ-TTg" lists the Quyết định beside the Nghị định);
- a short form defined in brackets ("... (sau đây viết tắt là Quyết định số 765)") is the same
  document as the mention it abbreviates (the last one before it in the sentence of its type):
  it takes that mention's relation;
- a cue heading a list ("Bãi bỏ toàn bộ các nghị định sau đây:") governs the list items;
- "X hết hiệu lực kể từ ngày <Type> này có hiệu lực" replaces X; "X hết hiệu lực" repeals it;
- a narrated sentence (past tense "đã ...", or a paragraph opening "Ngày 24/02/2020, ...") tells
  what others did: reference;
- after the main document's "Nơi nhận:", a "Căn cứ" is the basis of an attached form, not of
  this document; inside model forms ("Mẫu số 01") every mention is a reference.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cache

import regex

from vnlegal.citations.parts import Mention, sentence_end, sentence_start
from vnlegal.citations.patterns import (
    LABEL,
    LEVEL,
    MARKER_RE,
    cue_re,
    cue_relation,
    cue_words,
    legal_force,
)
from vnlegal.lang import rx
from vnlegal.lang.fold import fold
from vnlegal.lang.patterns import RECIPIENTS_SRC, alternation
from vnlegal.lang.vocab import doc_types

_PURE_SEP = rx.compile(r"[\s,;()]*+(?:(?:và|hoặc|cùng)(?!\p{L})[\s,;()]*+)?", regex.IGNORECASE)
# A clause break before an enacting formula: ", <body> ban hành <Type> <cue>".
_ENACTED_TYPE = rx.compile(r"[,;)]")
_AND_END = rx.compile(r"(?<!\p{L})(?:và|cùng)\s*+\Z", regex.IGNORECASE)
_SEPARATOR = rx.compile(r"[,;(]|(?<!\p{L})(?:và|hoặc)(?!\p{L})", regex.IGNORECASE)
# Matched backwards from a cue (a REVERSE pattern anchors at the end offset instead of trying
# every start in the clause): what may stand right before a clause-opening cue.
_CLAUSE_START = rx.compile(
    r"(?r)(?:[;,:(]|(?<!\p{L})(?:và|đồng\s++thời|về\s++việc|này|trên\s++đây\s++là))\s*+",
    regex.IGNORECASE,
)
_THIS_BEFORE = rx.compile(r"(?r)(?<!\p{L})này\s*+", regex.IGNORECASE)
_NARRATIVE = rx.compile(r"(?<!\p{L})đã(?!\p{L})(?!\s++được)", regex.IGNORECASE)
_DATED_OPENING = rx.compile(r"[\s\-+•|*]*+Ngày\s++\d{1,2}+[/.-]\d{1,2}+[/.-]\d{4}+\s*+,")
_EXPIRES = rx.compile(
    r"\s*+(?:đã\s++)?hết\s++hiệu\s++lực(?P<successor>[^.;\n]{0,60}?này\s++có\s++hiệu\s++lực)?",
    regex.IGNORECASE,
)
_FORM = r"[ \t|*]*+Mẫu\s++(?:số\s++)?\d"
_CLOSING = rf"[ \t|*]*+(?i:{RECIPIENTS_SRC})\s*+:"
_ROMAN = rx.compile(r"[IVXLC]+\.")
_ITEM_RELATIONS = frozenset({"amends", "repeals", "replaces", "guides"})
_LIST_WORDS_END = rx.compile(r"(?<!\p{L})(?:sau|sau\s++đây)\s*+\Z", regex.IGNORECASE)
# Relations whose list head must end with ":" to govern the list below it (a basis heading,
# "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", names its list by itself).
_OBJECT_RELATIONS = frozenset({"implements"})
_LINE_OPEN = rx.compile(
    r"[ \t|*]*+(?:(?:[IVXLC]{1,6}+\.|\d{1,3}+(?:\.\d{1,3}+)*+[.)]|[a-zđ][).]|[-+•])[ \t]*+)?"
)
# A list governed by a heading cue is read for at most this many lines.
_LIST_LINES = 400
# Only fillers may stand between a cue and its mention, so a short reach suffices.
_CUE_REACH = 200


@cache
def _filler_re() -> regex.Pattern[str]:
    """What may stand between a cue and its mention: fillers, pinpoint words, separators."""
    fillers = alternation(cue_words("filler"))
    return rx.compile(
        rf"(?:[\s,]++|(?:và|hoặc|của)(?!\p{{L}})|(?:{fillers})(?!\p{{L}})"
        rf"|(?:các\s++)?{LEVEL}\s++{LABEL})*+\Z",
        regex.IGNORECASE,
    )


@cache
def _line_cue(*, first: bool) -> regex.Pattern[str]:
    """A relation cue opening a line after an optional list marker or an article's label ("Điều
    2. Bãi bỏ các văn bản sau:" heads a list). A newline anchors it (the
    engine scans for a literal much faster than for a multi-line "^"); ``first`` is the variant
    for the segment's first line."""
    return rx.compile(
        ("" if first else r"\n")
        + r"[ \t|*]*+(?:(?P<mk>[IVXLC]{1,6}+\.|\d{1,3}+(?:\.\d{1,3}+)*+[.)]|[a-zđ][).]"
        r"|Điều\s++\d{1,3}+[a-zđ]?[.:])\s*+)?"
        r"(?P<cue>" + cue_re("lead").pattern + "|" + cue_re("verb").pattern + ")",
        regex.IGNORECASE,
    )


@cache
def _alias_re() -> regex.Pattern[str]:
    """Matched backwards from a mention: the words defining it as a short form of the one before
    ("(sau đây viết tắt là ", ", sau đây gọi là ")."""
    return rx.compile(rf"(?r)[(,]\s*+(?:{alternation(cue_words('alias'))})\s*+", regex.IGNORECASE)


def _alias_target(text: str, m: Mention, before: list[Mention]) -> Mention | None:
    """The mention ``m`` abbreviates, if a short-form definition introduces it: the last earlier
    mention of the same type (a name's first word for a law cited by name), else the last one."""
    if not before or _alias_re().match(text, max(0, m.start - 60), m.start) is None:
        return None
    kind = m.doc_type or (m.name or "").split(" ")[0]
    for o in reversed(before):
        if kind and (o.doc_type == kind or (o.name or "").startswith(kind)):
            return o.alias_of or o
    return before[-1].alias_of or before[-1]


@dataclass
class _Scope:
    start: int
    end: int
    relation: str


@cache
def _line_re(body: str, *, first: bool) -> regex.Pattern[str]:
    # A newline anchors the pattern (a literal the engine scans for fast); ``first`` is the
    # variant for the first line of the segment.
    return rx.compile(body if first else r"\n" + body)


def _line_starting(text: str, body: str, lo: int, hi: int) -> int:
    """Offset of the first line in [lo, hi) that starts with ``body``, else past ``hi``."""
    if (lo == 0 or text[lo - 1] == "\n") and _line_re(body, first=True).match(text, lo, hi):
        return lo
    m = _line_re(body, first=False).search(text, lo, hi)
    return int(m.start()) + 1 if m is not None else hi + 1


def _operative_cue(text: str, s0: int, m: Mention, prev: Mention | None) -> str | None:
    """Relation of the cue that governs ``m`` from its own clause, if one does."""
    lo = max(prev.end if prev is not None else s0, m.start - _CUE_REACH)
    best = None
    mode = ""
    filler = _filler_re()
    for md in ("lead", "self", "verb"):
        for c in cue_re(md).finditer(text, lo, m.start):
            if filler.match(text, c.end(), m.start) and (best is None or c.start() > best.start()):
                best, mode = c, md
    if best is None:
        return None
    cs = int(best.start())
    clause_lo = s0
    if prev is not None:
        semi = text.rfind(";", prev.end, cs)
        if semi >= 0:
            clause_lo = semi + 1
        else:
            gap = text[prev.end : cs]
            # Right after a mention a cue belongs to its subject ("... của Ban Thường vụ Tỉnh ủy
            # thực hiện Chỉ thị ..."), unless a separator opens a new clause ("... và thực hiện").
            enacted = _enacted(text, prev.end, cs)
            if not (_PURE_SEP.fullmatch(gap) and _SEPARATOR.search(gap)) and not enacted:
                # (An enacting formula after a clause break is this document's own clause:
                # "..., Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện Chỉ thị 11".)
                return None
            clause_lo = cs
    if mode == "self":
        # Only with this document as subject: "Nghị định này quy định chi tiết ...", or the
        # title in capitals ("QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT ĐẤT ĐAI").
        if not (_THIS_BEFORE.match(text, clause_lo, cs) or _in_title(text, cs)):
            return None
    elif mode == "lead":
        before = text[clause_lo:cs]
        rel = cue_relation().get(fold(best.group("cue")))
        if rel != "basis" and _in_basis_item(text, cs):
            # "Căn cứ Nghị định số 16/2023/NĐ-CP ...; sửa đổi quy định tại ... Nghị định số
            # 47/2021/NĐ-CP": the cited act's content; this document amends nothing here.
            return None
        if not (
            before.strip() == ""
            or _CLAUSE_START.match(text, clause_lo, cs)
            or _enacting_re().match(text, clause_lo, cs)
            or MARKER_RE.fullmatch(before.rstrip())
            or _opens_title_line(text, clause_lo, cs)
        ):
            return None
    elif cue_re("block").search(text, clause_lo, cs) or _nominal_re().match(text, clause_lo, cs):
        return None
    return cue_relation().get(fold(best.group("cue")))


@cache
def _nominal_re() -> regex.Pattern[str]:
    """Matched backwards from a verb cue: a noun that makes it the object of another verb
    ("báo cáo kết quả 2 năm thực hiện Chỉ thị ...", "tuyên truyền việc thực hiện Luật ..."), so
    the cue tells what is reported on, not what this document does. "về việc" opens a title
    ("KẾ HOẠCH Về việc triển khai thực hiện ...") and is no such noun."""
    nouns = alternation(cue_words("nominal"))
    return rx.compile(
        rf"(?r)(?<!\p{{L}})(?<!(?<!\p{{L}})về\s++)(?:{nouns})"
        rf"(?:\s++\d{{1,3}}+\s++(?:năm|tháng))?\s++",
        regex.IGNORECASE,
    )


@cache
def _basis_opening() -> regex.Pattern[str]:
    """A line that opens an item of the legal basis ("Căn cứ ...", "- Trên cơ sở ...")."""
    basis = alternation([c for c in cue_words("lead") if cue_relation().get(fold(c)) == "basis"])
    return rx.compile(
        rf"[ \t|*\-+•]*+(?:(?:[a-zđ]|\d{{1,3}}+)[.)][ \t]*+)?(?:{basis})(?!\p{{L}})", regex.IGNORECASE
    )


@cache
def _enacting_re() -> regex.Pattern[str]:
    """Matched backwards from a cue: the enacting formula naming this document's own type ("...
    liên tịch ban hành Thông tư liên tịch sửa đổi, bổ sung một số điều của Thông tư liên tịch số
    10/2018/...", "ban hành Kế hoạch triển khai thực hiện ..."): what the cue says, this document
    does."""
    types = alternation([d.name for d in doc_types()])
    verbs = alternation(cue_words("verb"))
    return rx.compile(
        rf"(?r)(?<!\p{{L}})ban\s++hành\s++(?:{types})(?:\s++(?:{verbs}))?\s++", regex.IGNORECASE
    )


def _enacted(text: str, lo: int, cs: int) -> bool:
    """True when [lo, cs) ends with a clause of its own in which a body enacts this document:
    ", Ủy ban nhân dân tỉnh Lào Cai ban hành Kế hoạch triển khai " before the cue at ``cs``."""
    brk = _ENACTED_TYPE.search(text, lo, cs)
    if brk is None or _in_basis_item(text, cs):
        return False
    formula = _enacting_re().match(text, lo, cs)
    if formula is None:
        return False
    last_break = max(text.rfind(c, lo, formula.start()) for c in ",;)")
    subject = text[last_break + 1 : formula.start()]
    return any(w[:1].isupper() for w in subject.split())


def _in_basis_item(text: str, pos: int) -> bool:
    """True when ``pos`` lies on a line that opens with a basis cue ("Căn cứ ...")."""
    line = text.rfind("\n", max(0, pos - 1500), pos) + 1
    return _basis_opening().match(text, line, pos) is not None


@cache
def _type_names_folded() -> frozenset[str]:
    return frozenset(fold(d.name) for d in doc_types())


def _opens_title_line(text: str, lo: int, cs: int) -> bool:
    """True when the cue at ``cs`` opens a title in capitals right under the document's type line
    ("THÔNG TƯ\nBÃI BỎ THÔNG TƯ SỐ 31/2015/TT-BYT ..."): the title's clause starts there."""
    line = text.rfind("\n", lo, cs) + 1
    if line <= lo or text[line:cs].strip() or not _in_title(text, cs):
        return False
    nl = text.rfind("\n", lo, line - 1)
    above = text[lo if nl < 0 else nl + 1 : line - 1].strip(" \t|*")
    return above.isupper() and fold(" ".join(above.split())) in _type_names_folded()


def _in_title(text: str, pos: int) -> bool:
    """True when ``pos`` is in a line written in capitals (a document title)."""
    a = text.rfind("\n", max(0, pos - 300), pos) + 1
    b = text.find("\n", pos, pos + 300)
    line = text[a : b if b >= 0 else min(len(text), pos + 300)]
    letters = [c for c in line if c.isalpha()]
    return len(letters) > 8 and all(c.isupper() for c in letters)


def _dangling_scopes(text: str, lo: int, hi: int, starts: list[int]) -> list[_Scope]:
    """Cues heading a list with no mention in their own sentence, and the lines they govern."""
    scopes: list[_Scope] = []
    first = _line_cue(first=True).match(text, lo, hi) if lo == 0 or text[lo - 1] != "\n" else None
    heads = ([first] if first is not None else []) + list(
        _line_cue(first=False).finditer(text, max(0, lo - 1), hi)
    )
    for c in heads:
        line_start = c.start() + (text[c.start()] == "\n")
        s_end = sentence_end(text, c.end(), hi)
        k = bisect.bisect_left(starts, c.end())
        if k < len(starts) and starts[k] < s_end:
            continue
        # A list head ends with ":" or is a heading; a cue at the start of a wrapped line in a
        # running sentence ("... thì\nthực hiện theo ...") is not one.
        if sentence_start(text, lo, c.start("cue")) < line_start:
            continue
        tail = text[c.end() : s_end].rstrip()
        if tail.endswith((".", ";")):
            continue
        rel = cue_relation().get(fold(c.group("cue")))
        if (
            rel in _ITEM_RELATIONS
            and not text.startswith(":", s_end)
            and not (c.group("mk") or "").startswith("Điều")
            and not _LIST_WORDS_END.search(tail)
        ):
            # "d) Bãi bỏ khoản 5" acts on its own; a head announces a list ("... sau:", "...
            # như sau", an article's heading "Điều 2. Bãi bỏ các văn bản").
            continue
        if rel in _OBJECT_RELATIONS and not text.startswith(":", s_end):
            # "Thực hiện các văn bản sau:" heads a list of what is implemented; a heading such
            # as "Điều 16. Triển khai nghiệp vụ kiểm soát" or a table cell "Thực hiện theo quy
            # định của pháp luật về nhà ở" names a task, not documents.
            continue
        if rel is not None:
            end = _list_end(text, s_end, hi, _style(c.group("mk") or ""))
            if end is not None:
                scopes.append(_Scope(s_end, end, rel))
    return scopes


def _list_end(text: str, pos: int, hi: int, own: str) -> int | None:
    """End of the list that follows a heading (its items share one marker style), or None."""
    item_style = ""
    pos = text.find("\n", pos, hi)
    for _ in range(_LIST_LINES):
        if pos < 0:
            break
        nxt = text.find("\n", pos + 1, hi)
        mk = MARKER_RE.match(text, pos + 1, hi if nxt < 0 else nxt)
        if mk is not None:
            st = _style(mk.group("m"))
            if (not item_style and (st == own or st in ("article", "chapter"))) or (
                item_style and st != item_style
            ):
                return pos + 1 if item_style else None
            item_style = st
        pos = nxt
    if not item_style:
        return None
    return hi if pos < 0 else pos


def _style(marker: str) -> str:
    if not marker:
        return ""
    if marker.startswith("Điều"):
        return "article"
    if marker.startswith(("Chương", "Mục")):
        return "chapter"
    if _ROMAN.fullmatch(marker):
        return "roman"
    if marker[0].isdigit():
        return "arabic" + str(max(0, marker.count(".") - 1))
    if marker[0] in "-+•":
        return "bullet"
    return "letter"


def _later(text: str, m: Mention, parent: Mention | None) -> bool:
    """True when ``m`` was issued after ``parent``, so it cannot be inside its description: by
    the years of their symbols ("70/2025" after "123/2020"), else by their dates."""
    if parent is None:
        return False
    if cue_re("amend").search(text, parent.end, m.start) is not None:
        # "Luật ... số 23/2004/QH11 đã được sửa đổi, bổ sung theo Luật số 48/2014/QH13, ...": the
        # amending laws are later by nature and still part of the description.
        return False
    ym = m.symbol.year if m.symbol is not None else None
    yp = parent.symbol.year if parent.symbol is not None else None
    if ym is not None and yp is not None and ym != yp:
        return ym > yp
    return m.date is not None and parent.date is not None and m.date > parent.date


def _less_force(m: Mention, parent: Mention | None) -> bool:
    """True when ``m`` has less legal force than ``parent``, so it is not in its subject."""
    if parent is None or not m.doc_type or not parent.doc_type:
        return False
    force = legal_force()
    return force.get(m.doc_type, 9) > force.get(parent.doc_type, 9)


def assign_relations(text: str, mentions: list[Mention], lo: int, hi: int) -> None:
    """Set ``relation`` (and ``top``) of every non-internal mention, in text order."""
    outer = [m for m in mentions if not m.internal]
    if not outer:
        return
    scopes = _dangling_scopes(text, lo, hi, [m.core for m in outer])
    scope_starts = [sc.start for sc in scopes]
    form_at = _line_starting(text, _FORM, lo, hi)
    closing_at = _line_starting(text, _CLOSING, lo, hi)
    prev: Mention | None = None
    parent: Mention | None = None
    sent = -1
    governing = "reference"
    in_sentence: list[Mention] = []
    for m in outer:
        s0 = sentence_start(text, lo, m.start)
        prev_in = prev
        if prev is None or s0 != sent or prev.end <= s0:
            sent, prev_in, parent = s0, None, None
            in_sentence = []
            k = bisect.bisect_right(scope_starts, m.start) - 1
            governing = scopes[k].relation if k >= 0 and m.start < scopes[k].end else "reference"
        target = _alias_target(text, m, in_sentence)
        in_sentence.append(m)
        cue = _operative_cue(text, s0, m, prev_in)
        if target is not None:
            # A short form names the same document again: its relation is that mention's.
            m.alias_of, m.relation, m.top = target, target.relation, False
            prev = m
            continue
        if cue is not None:
            m.relation, m.top, governing = cue, True, cue
        elif prev_in is None:
            m.relation, m.top = governing, True
            if governing in _ITEM_RELATIONS and not _opens_line(text, m.start):
                # A list under "Bãi bỏ ... sau:" or "Sửa đổi ... như sau:" names its documents
                # where its items start; one further into an item (a table cell's text, the new
                # wording) belongs to that item's text.
                m.relation = "reference"
        else:
            gap = text[prev_in.end : m.start]
            if _PURE_SEP.fullmatch(gap):
                if ";" in gap or (not prev_in.top and (_less_force(m, parent) or _later(text, m, parent))):
                    m.relation, m.top = governing, True
                else:
                    m.relation, m.top = prev_in.relation, prev_in.top
            elif gap.rstrip().endswith(("(", ",", ";", ":")) or "\n" in gap[-3:]:
                m.relation, m.top = governing, True
            elif _AND_END.search(gap) and _later(text, m, parent):
                # "Căn cứ Nghị định số 123/2020/NĐ-CP ... quy định về hóa đơn, chứng từ và Nghị
                # định số 70/2025/NĐ-CP ...": a 2020 decree cannot describe one of 2025, so the
                # second is listed beside the first, not inside its description.
                m.relation, m.top = governing, True
            else:
                m.relation, m.top = "reference", False
                if governing == "basis" and parent is not None and _amends(text, parent.end, m.start):
                    m.relation = "basis"
        if m.top:
            parent = m
        if m.relation != "reference" and _narrative(text, s0, m, hi):
            m.relation = "reference"
        expires = _EXPIRES.match(text, m.end, min(hi, m.end + 120))
        if expires is not None and m.relation == "reference":
            m.relation = "replaces" if expires.group("successor") else "repeals"
        if m.start >= form_at or (m.start >= closing_at and m.relation == "basis"):
            m.relation = "reference"
        prev = m


def _opens_line(text: str, pos: int) -> bool:
    """True when only a list marker or table bar stands between the line start and ``pos``, or
    the line opens with a relation cue of its own."""
    line = text.rfind("\n", max(0, pos - 1000), pos) + 1
    if _LINE_OPEN.fullmatch(text, line, pos) is not None:
        return True
    # An item that states its own act ("g) Bãi bỏ cụm từ ... tại khoản 3 Điều 63 của Luật ...").
    return _line_cue(first=True).match(text, line, pos) is not None


def _narrative(text: str, s0: int, m: Mention, hi: int) -> bool:
    """True in a narrated sentence: past tense ("..., Ủy ban nhân dân tỉnh đã triển khai"), or a
    paragraph that opens with a date ("Ngày 24/02/2020, Chính phủ ban hành ... Căn cứ ...")."""
    end = sentence_end(text, m.end, hi)
    if m.relation == "basis" and text[s0:end].rstrip().endswith(";"):
        # An item of the legal basis ("Căn cứ Nghị định ... trong các dự án đã đầu tư xây
        # dựng;") has no clause of its own to narrate: a past tense is the cited act's content.
        pass
    elif _NARRATIVE.search(text, s0, end):
        return True
    line = text.rfind("\n", max(0, s0 - 1500), s0) + 1
    return line < s0 and _DATED_OPENING.match(text, line, s0) is not None


def _amends(text: str, lo: int, hi: int) -> bool:
    """True when the last link between two mentions is an amendment ("được sửa đổi, bổ sung
    bởi", "sửa đổi, bổ sung một số điều của"), not guidance ("quy định chi tiết ...")."""
    links = list(cue_re("amend").finditer(text, lo, hi))
    return bool(links) and cue_re("self").search(text, links[-1].end(), hi) is None
