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
    cue_re,
    issuer_names,
    stop_re,
)
from vnlegal.lang import nlp, rx
from vnlegal.lang.agency import agency_case
from vnlegal.lang.fold import fold
from vnlegal.lang.patterns import phrase_pattern
from vnlegal.lang.vocab import agency_names, issuer_codes, place_levels

# This many lower-case words closing an issuer phrase make its end unsure.
_UNSURE_TAIL = 3


@cache
def _known_issuers() -> PhraseSet:
    names = set(issuer_names().get("agency", ())) | set(agency_names().values())
    return PhraseSet(sorted(names | set(issuer_codes().values())))


@cache
def _positions() -> PhraseSet:
    return PhraseSet(list(issuer_names().get("position", ())))


@cache
def _place_re() -> regex.Pattern[str]:
    levels = "|".join(phrase_pattern(lv) for lv in place_levels())
    return rx.compile(rf"(?:\s++(?:{levels}))?(?:\s++\p{{Lu}}[\p{{Ll}}\p{{M}}]*+){{1,4}}+")


@cache
def _ends_with_level() -> regex.Pattern[str]:
    levels = "|".join(phrase_pattern(lv) for lv in place_levels())
    return rx.compile(rf"(?r)(?<!\p{{L}})(?:{levels})", regex.IGNORECASE)


def read_issuer(text: str, pos: int, end: int) -> tuple[str, int] | None:
    """The issuing body written at ``pos`` (after "của"), as written, and where it ends.

    A known body (with a place after it: "Ủy ban nhân dân tỉnh Lào Cai") ends it first;
    otherwise words run to punctuation, a boundary word ("về", "quy định", "ban hành" ...) or "và"
    before a lower-case word; an unsure end is checked with underthesea's POS tags.
    """
    end = min(end, pos + REACH)
    if pos >= end or not (text[pos].isupper() or text.startswith("liên", pos)):
        return None
    p = pos
    title = _positions().match(text, p, end)
    if title is not None:
        p = int(SPACES.match(text, title[0], end).end())
    known = _known_issuers().match(text, p, end)
    if known is not None:
        stop = _place_after(text, p, known[0], end)
        return clean_issuer(text[pos:stop]), stop
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
        return int(pl.end())
    return pos


def _scan_issuer(text: str, pos: int, end: int) -> int:
    words = 0
    last = last_cap = pos
    tail_lower = 0
    stops = stop_re("issuer")
    i = pos
    while i < end and words < 16:
        ch = text[i]
        if ch in STOP_CHARS or (ch == "\n" and _new_unit(text, i + 1, end)):
            break
        if ch.isspace() or ch == "-":
            i += 1
            continue
        w = WORD_RE.match(text, i, end)
        if w is None or (words >= 2 and stops.match(text, i, end)):
            break
        word = w.group()
        if DIGIT.match(word) or (fold(word) == "và" and next_is_lower(text, w.end(), end)):
            break
        words += 1
        last = int(w.end()) - (len(word) - len(word.rstrip(".")))
        if word[0].isupper():
            last_cap, tail_lower = last, 0
        else:
            tail_lower += 1
        i = int(w.end())
    if tail_lower >= _UNSURE_TAIL:
        # Lower-case words after the last capitalized one: a body's name rarely ends so, while a
        # subject clause the boundary words missed often does; POS tags decide.
        cut = _first_verb(text, pos, last)
        if cut is not None and cut >= last_cap:
            last = cut
    return last


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
