"""The issuer written after "của" in a citation: where the body's name ends, and its normal case.

"... của Ban chỉ đạo Công tác thông tin đối ngoại tỉnh Bình Dương về triển khai ..." -> "Ban chỉ
đạo Công tác thông tin đối ngoại tỉnh Bình Dương": known bodies (issuer_names.tsv, agencies.tsv,
issuer_codes.tsv) end a name first, then a place after them; otherwise boundary words
(citation_stopwords.tsv) and punctuation; where the rules are unsure, underthesea's POS tags.
"""

from __future__ import annotations

from functools import cache

import regex

from vnlegal.citations.parts import DIGIT, SPACES, STOP_CHARS, next_is_lower
from vnlegal.citations.patterns import (
    MARKER_RE,
    REACH,
    WORD_RE,
    PhraseSet,
    agency_head_re,
    cue_re,
    issuer_names,
    stop_re,
    stop_words,
)
from vnlegal.data import Place, load_table
from vnlegal.lang import nlp, rx
from vnlegal.lang.agency import agency_case
from vnlegal.lang.fold import fold
from vnlegal.lang.patterns import alternation, phrase_pattern
from vnlegal.lang.vocab import agency_names, doc_types, issuer_codes, place_levels

# Between a unit's name and the dash before its parent body: a few more words of the unit's name
# ("Phòng Cảnh sát QLHC[ về TTXH] - Công an tỉnh"), no punctuation or digits.
_UNIT_TAIL = rx.compile(r"(?:[ \t]++[\p{L}\p{M}&]++){0,5}?(?P<dash>[ \t]*+-[ \t]*+\n?[ \t]*+)")

# A term after a body: "khóa XII", "Khoá XV".
_TERM = rx.compile(r"\s++(?P<t>(?i:kh(?:óa|oá))\s++[IVXLC]{1,6}+)(?![\p{L}\d])")
# A trade name in brackets after a company's name: "(PV GAS)", "(VNPT)".
_TRADE_NAME = rx.compile(r"[ \t]*+\((?P<abbr>[\p{Lu}\d][\p{Lu}\d &.\-]{0,20}+)\)")

# Capitalized parts of a name after a comma (a word of two syllables at most each), closed by
# "và <Part>": ", An ninh và Đối ngoại".
_NAME_PARTS = rx.compile(
    r"(?:,[ \t]++\p{Lu}\p{Ll}*+(?:[ \t]++(?!và(?!\p{L}))\p{Ll}++)?+){1,4}+"
    r"[ \t]++và[ \t]++\p{Lu}\p{Ll}*+(?:[ \t]++(?!và(?!\p{L}))\p{Ll}++)?+(?![\p{L}\d])"
)

# A number that ends a company's name ("... thương mại 299"), not a date or a symbol.
_NAME_NUMBER = rx.compile(r"\d{1,4}+(?![\d/\-:\p{L}]|[.,]\d)")

# Within the next three words, no punctuation between: a capitalized word or a number.
_CAP_AHEAD = rx.compile(r"\p{L}++(?:[ \t]++\p{Ll}++){0,2}+[ \t\n]++[\p{Lu}\d]")

# After a full stop: the next sentence starts (a capital after spaces).
_NEXT_SENTENCE = rx.compile(r"\s++\p{Lu}")

# This many lower-case words closing an issuer phrase make its end unsure.
_UNSURE_TAIL = 3


@cache
def _known_issuers() -> PhraseSet:
    names = set(issuer_names().get("agency", ())) | set(agency_names().values())
    return PhraseSet(sorted(names | set(issuer_codes().values())))


@cache
def _companies() -> PhraseSet:
    return PhraseSet(list(issuer_names().get("company", ())))


@cache
def _strong_stop_re() -> regex.Pattern[str]:
    """The boundary words that end a name in any case ("về", "tại", "ngày"): a company's name is a
    proper name, whose lower-case words ("giao thông", "và chế biến") are not boundaries."""
    words = alternation([w for w, anycase in stop_words("issuer") if anycase])
    return rx.compile(rf"(?i:{words})(?!\p{{L}})")


@cache
def _positions() -> PhraseSet:
    return PhraseSet(list(issuer_names().get("position", ())))


@cache
def _place_re() -> regex.Pattern[str]:
    levels = "|".join(phrase_pattern(lv) for lv in place_levels())
    return rx.compile(rf"(?:\s++(?:{levels}))?(?:\s++\p{{Lu}}[\p{{Ll}}\p{{M}}]*+){{1,4}}+")


@cache
def _places() -> PhraseSet:
    """Provinces and districts (places.tsv) of two syllables or more; a district whose name is
    also an ordinary word ("Thống Nhất") is left out, a province never is."""
    return PhraseSet(
        [r.name for r in load_table(Place) if " " in r.name.strip() and (not r.word or not r.province)]
    )


@cache
def _level_lead() -> regex.Pattern[str]:
    levels = "|".join(phrase_pattern(lv) for lv in place_levels())
    return rx.compile(rf"(?:\s++(?:{levels}))?\s++")


@cache
def _ends_with_level() -> regex.Pattern[str]:
    levels = "|".join(phrase_pattern(lv) for lv in place_levels())
    return rx.compile(rf"(?r)(?<!\p{{L}})(?:{levels})", regex.IGNORECASE)


def read_issuer(text: str, pos: int, end: int) -> tuple[str, int] | None:
    """The issuing body written at ``pos`` (after "của"), as written, and where it ends.

    A known body (with a place after it: "Ủy ban nhân dân tỉnh Lào Cai") ends it first;
    otherwise words run to punctuation, a boundary word ("về", "quy định", "ban hành" ...) or "và"
    before a lower-case word; an unsure end is checked with underthesea's POS tags. A unit
    written with the body it belongs to after a dash ("Phòng Cảnh sát QLHC về TTXH - Công an
    tỉnh Lào Cai", "Chi nhánh Lục Yên - Công ty ...") is read whole.
    """
    end = min(end, pos + REACH)
    if pos >= end:
        return None
    if not (text[pos].isupper() or text.startswith("liên", pos)):
        # A unit's name may be written in lower case ("phòng cảnh sát PCCC và CHCN - Công an
        # tỉnh Yên Bái"); only the body after its dash makes it an issuer.
        if agency_head_re().match(text[pos].upper() + text[pos + 1 : pos + 40]) is None:
            return None
        head = WORD_RE.match(text, pos, end)
        return _with_parent(text, pos, int(head.end()) if head is not None else pos, end)
    unit = _read_body(text, pos, end)
    if unit is None:
        return None
    unit = _with_trailer(text, pos, unit, end)
    return _with_parent(text, pos, unit[1], end) or unit


def _with_trailer(text: str, pos: int, unit: tuple[str, int], end: int) -> tuple[str, int]:
    """The body's term ("Ban Chấp hành Trung ương khóa XII", "Quốc hội khoá XV") and a
    company's trade name in brackets ("Tổng công ty Khí Việt Nam - CTCP (PV GAS)"), which are
    part of the issuer; a bracketed abbreviation of the body's own words ("Hợp tác xã Văn Thịnh
    (HTX)") is a short form defined for the text, not part of the name."""
    name, stop = unit
    term = _TERM.match(text, stop, end)
    if term is not None:
        word, numeral = term.group("t").split()
        return f"{name} {word.lower()} {numeral}", int(term.end())
    trade = _TRADE_NAME.match(text, stop, end)
    if trade is not None and _companies().match(text, pos, end) is not None:
        abbr = "".join(trade.group("abbr").split())
        words = [w for w in regex.split(r"[\s\-]+", name) if w]
        initials = {"".join(w[0] for w in words[:k]).upper() for k in range(1, len(words) + 1)}
        if abbr.upper() not in initials:
            return f"{name} ({' '.join(trade.group('abbr').split())})", int(trade.end())
    return unit


def known_issuer_at(text: str, pos: int, end: int) -> tuple[str, int] | None:
    """The issuer at ``pos`` if a known body's name starts there ("Chính phủ", "Ủy ban nhân dân
    tỉnh"): where no "của" introduces it, only a name the tables know is read as one."""
    if _known_issuers().match(text, pos, min(end, pos + REACH)) is None:
        return None
    return read_issuer(text, pos, end)


def _with_parent(text: str, pos: int, stop: int, end: int) -> tuple[str, int] | None:
    """The unit at ``pos`` with the body after its dash, if a dash and a body follow within a
    few words of ``stop`` (where the unit's own reading ended)."""
    tail = _UNIT_TAIL.match(text, stop, min(end, stop + 60))
    if tail is None or agency_head_re().match(text, tail.end(), end) is None:
        return None
    parent = _read_body(text, int(tail.end()), end)
    if parent is None:
        return None
    unit = " ".join(text[pos : tail.start("dash")].split())
    return f"{unit} - {parent[0]}", parent[1]


def _read_body(text: str, pos: int, end: int) -> tuple[str, int] | None:
    p = pos
    title = _positions().match(text, p, end)
    if title is not None:
        p = int(SPACES.match(text, title[0], end).end())
    known = _known_issuers().match(text, p, end)
    if known is not None:
        stop = _place_after(text, p, known[0], end)
        name = clean_issuer(text[pos:stop])
        if stop > known[0] and name != " ".join(text[pos:stop].split()):
            # Printed in capitals: the place keeps its listed spelling ("SỞ CÔNG THƯƠNG YÊN BÁI"
            # -> "Sở Công Thương Yên Bái"), which the agency casing does not know.
            place = _places().match(text, int(SPACES.match(text, known[0], end).end()), end)
            if place is not None and place[0] == stop:
                name = f"{clean_issuer(text[pos : known[0]])} {place[1]}"
        return name, stop
    stop = _scan_issuer(text, pos, end)
    if stop <= pos:
        return None
    return clean_issuer(text[pos:stop]), stop


def _place_after(text: str, name_start: int, pos: int, end: int) -> int:
    """End of a place written after a body's name: "... tỉnh Lào Cai", or "Lào Cai" after a name
    that ends with a level word ("Ủy ban nhân dân tỉnh")."""
    pl = _place_re().match(text, pos, end)
    if pl is None:
        return pos
    first = WORD_RE.search(text, pl.start(), pl.end())
    if first is None or stop_re("issuer").match(text, first.start(), end):
        return pos
    if first.group()[0].islower() or _ends_with_level().match(text, name_start, pos):
        # A listed place ends where its name does, also in capitals ("TỈNH BÌNH ĐỊNH VỀ ...").
        lead = _level_lead().match(text, pos, end)
        listed = _places().match(text, int(lead.end()), end) if lead is not None else None
        return listed[0] if listed is not None else int(pl.end())
    # A province or district right after the body's name is part of it ("Tỉnh ủy Lào Cai", "Sở
    # Công Thương Yên Bái"); other capitalized words are not ("của Bộ Tài chính Quy định về ...").
    place = _places().match(text, int(first.start()), end)
    return place[0] if place is not None else pos


def _scan_issuer(text: str, pos: int, end: int) -> int:
    words = 0
    last = last_cap = pos
    tail_lower = 0
    company = _companies().match(text, pos, end) is not None
    stops = _strong_stop_re() if company else stop_re("issuer")
    i = pos
    while i < end and words < 16:
        ch = text[i]
        if ch == "," and words >= 2 and not company:
            # "Ủy ban Quốc phòng, An ninh và Đối ngoại": a comma inside a body's name, when
            # capitalized parts that open no other body, act or place run on to "và <Part>".
            listed = _NAME_PARTS.match(text, i, end)
            if listed is not None and _parts_open_nothing(text, i, int(listed.end())):
                last = last_cap = i = int(listed.end())
                tail_lower = 0
                words += 2
                continue
        if ch in STOP_CHARS or (ch == "\n" and _new_unit(text, i + 1, end)):
            break
        if ch.isspace() or ch == "-":
            i += 1
            continue
        w = WORD_RE.match(text, i, end)
        if w is not None and fold(w.group()) == "và" and _type_ahead().match(text, w.end(), end):
            break  # "... của UBND tỉnh và Nghị quyết số ...": the list goes on, the name ends
        if w is None and company and words >= 2:
            # "Công ty cổ phần Xây dựng và thương mại 299": a number closes a company's name.
            n = _NAME_NUMBER.match(text, i, end)
            if n is not None:
                last = last_cap = int(n.end())
                tail_lower = 0
            break
        if w is None or (words >= 2 and stops.match(text, i, end)):
            break
        if (
            company
            and words >= 2
            and stop_re("issuer").match(text, i, end)
            and not _CAP_AHEAD.match(text, i, end)
        ):
            # In a company's name a lower-case boundary word counts only where no capitalized
            # word follows it closely: "... Xây dựng giao thông Yên Bái" goes on, "... có trách
            # nhiệm báo cáo" ends.
            break
        word = w.group()
        if text.startswith("/", w.end()):
            break  # "V/v" opens a letter's subject: "... của UBND tỉnh Quảng Ninh V/v ..."
        if DIGIT.match(word) or (not company and fold(word) == "và" and next_is_lower(text, w.end(), end)):
            break
        words += 1
        last = int(w.end()) - (len(word) - len(word.rstrip(".")))
        if word[0].isupper():
            last_cap, tail_lower = last, 0
        else:
            tail_lower += 1
        i = int(w.end())
        stem = word.rstrip(".")
        if stem != word and (len(stem) > 2 or stem.islower()) and _NEXT_SENTENCE.match(text, i, end):
            # "... của Đảng ủy UBND tỉnh Lào Cai. Trong đó ...": a full stop after a word longer
            # than an abbreviation ("TP.", "Q.") ends the sentence, and the name with it.
            break
    if tail_lower >= _UNSURE_TAIL:
        # Lower-case words after the last capitalized one: a body's name rarely ends so, while a
        # subject clause the boundary words missed often does; POS tags decide.
        cut = _first_verb(text, pos, last)
        if cut is not None and cut >= last_cap:
            last = cut
    return last


@cache
def _type_ahead() -> regex.Pattern[str]:
    """A capitalized document type after spaces ("và Nghị quyết số ..."): a new mention."""
    names = [d.name for d in doc_types()]
    return rx.compile(rf"\s++(?:{alternation(names + [n.upper() for n in names])})(?!\p{{L}})")


def _parts_open_nothing(text: str, lo: int, hi: int) -> bool:
    """True when no part after a comma in [lo, hi) opens another body, act or place."""
    for part in regex.split(r",|(?<!\p{L})và(?!\p{L})", text[lo + 1 : hi]):
        p = part.strip()
        if not p:
            continue
        if agency_head_re().match(p) or _type_ahead().match(" " + p) or _places().match(p, 0, len(p)):
            return False
    return True


def _new_unit(text: str, pos: int, end: int) -> bool:
    """True when the line at ``pos`` opens a new unit (a list marker, "Căn cứ ...")."""
    return bool(MARKER_RE.match(text, pos, end) or cue_re("lead").match(text, pos, min(end, pos + 40)))


def _first_verb(text: str, start: int, end: int) -> int | None:
    """Offset where a long issuer phrase turns into a verb phrase, by underthesea's POS tags."""
    segment = text[start:end]
    low = segment.lower()
    cursor = 0
    nouns = 0
    for word, tag in nlp.pos_tags(segment):
        at = low.find(word.lower(), cursor)
        if at < 0:
            continue
        cursor = at + len(word)
        if tag in ("V", "E", "C") and nouns >= 2 and word[:1].islower():
            return start + len(segment[:at].rstrip())
        if tag.startswith("N"):
            nouns += 1
    return None


def clean_issuer(s: str) -> str:
    """An issuer in normal case: spaces collapsed, capitals turned to the usual spelling
    ("THỦ TƯỚNG CHÍNH PHỦ" -> "Thủ tướng Chính phủ"), office titles in their usual case
    ("Bộ Trưởng Bộ Công Thương" -> "Bộ trưởng Bộ Công Thương")."""
    s = " ".join(s.split()).strip(" -")
    letters = [c for c in s if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return agency_case(s)
    title = _positions().match(s, 0, len(s))
    if title is not None:
        return title[1] + s[title[0] :]
    return s
