"""Structural markers at the start of a line: "Chương II", "Điều 5a.", "I.", "1.2.", "a)", "-".

One function, ``classify``, shared by the outline stage and the document splitter.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from vnlegal.data import LawName, Ordinal, load_table
from vnlegal.lang import rx
from vnlegal.lang.patterns import HEADING_WORD_SRC as _WORD
from vnlegal.lang.patterns import alternation
from vnlegal.lang.vocab import doc_types

_ROMAN = r"[IVXLC]{1,7}+"
# After the label of a division: a reference reads on ("Phần IV; Phần VI;", "Chương V của
# Nghị định này"), as does a form's formula ("Mục I = mục 1 + mục 2"); a heading does not.
_NOT_REFERENCE = r"(?!\s*+[;,=+]|\s++\p{Ll})"

# Each pattern starts at the line start (after stray Markdown/pipe marks) and is anchored,
# with possessive repeats, so a long line costs one linear scan.
# A division's word may touch its number ("Điều11.", "CHƯƠNGII"): a converter that split
# the bold of "**Điều** **11**" into "**Điều****11**" drops the space, and no Vietnamese word
# runs on into digits or capital Roman numerals.
_PART = rx.compile(
    rf"{_WORD['part']}(?:\s++(?i:thứ)\s++(?P<ord>\p{{L}}+)|\s*+(?P<lab>{_ROMAN}|\d++))(?![\p{{L}}\d]){_NOT_REFERENCE}\s*+[.:-]?\s*+"
)
_CHAPTER = rx.compile(
    rf"{_WORD['chapter']}\s*+(?P<lab>{_ROMAN}|\d++)(?P<ins>[a-z])?(?![\p{{L}}\d]){_NOT_REFERENCE}\s*+[.:-]?\s*+"
)
_SUBSECTION = rx.compile(
    rf"{_WORD['subsection']}\s*+(?P<lab>\d++)(?![\p{{L}}\d]){_NOT_REFERENCE}\s*+[.:-]?\s*+"
)
_SECTION_MUC = rx.compile(
    rf"{_WORD['section']}\s*+(?P<lab>\d++|{_ROMAN})(?![\p{{L}}\d]){_NOT_REFERENCE}\s*+[.:-]?\s*+"
)
# A wrapped reference ("Điều 6, Điều 7 Nghị định ...") is not a heading: the number must be
# followed by ".", ":", "-", a capitalized title, or the line end.
_ARTICLE = rx.compile(
    rf"{_WORD['article']}\s*+(?P<lab>\d++[a-zđ]?)(?![\p{{L}}\d])\s*+(?:[.:-]\s*+|(?=\p{{Lu}}|$))"
)
# A Roman section's title starts with a capital (or a digit, a quote): "C: hệ số điều chỉnh",
# "X: số lượng" are legend lines, "IV) và ..." a wrapped reference.
_ROMAN_SECTION = rx.compile(rf"(?P<lab>{_ROMAN})\s*+[.:)/-]\s*+(?=[^\s\p{{Ll}}])")
# A capital-letter division above the Roman sections: "A. MỤC ĐÍCH, YÊU CẦU", "B. Nội dung".
_LETTER_PART = rx.compile(r"(?P<lab>[A-Z])\s*+\.\s++(?=\p{Lu})")
_SUBITEM = rx.compile(r"(?P<lab>\d{1,2}+(?:\.\d{1,2}+){1,3}+)\.?+\s*+(?=\p{L})")
# An item's text starts with a letter, a quote or a bracket, or after a space with a short
# number ("2. 01 (một) bản sao ..."); "1.000 đồng" and "2020. Ủy ban" are no items.
_ITEM = rx.compile(r"(?P<lab>\d{1,3}+[a-zđ]?)\s*+(?:[.)]\s*+(?=[\p{L}\"“(])|\.\s++(?=\d{1,3}+(?!\d)))")
_POINT = rx.compile(r"(?P<lab>[a-zđ]\d?)\s*+\)\s*+|(?P<lab2>[a-zđ])\.\s++(?=\p{Lu})")
_BULLET = rx.compile(r"(?P<lab>[-+•●○◦▪►✓\uf0b7\uf0a7\uf076*])\s*+(?=\S)")
_LEAD = rx.compile(r"^[\s|*#>]*+")


@cache
def _act_reference() -> regex.Pattern[str]:
    """A document type named right after an article's number, then "này", "số" or a number:
    "Điều 2 Nghị định này", "Điều 5 Luật số 45/2019/QH14", "Điều 3 Thông tư 12/2024/..." -- or
    a law or code (the kinds of law_names.tsv, cited by their name) with its name and year:
    "Điều 221 Bộ luật Dân sự năm 2015", "Điều 167 Luật Đất đai năm 2013" -- a reference, never
    a heading (a heading's title names no act that way)."""
    names = alternation(t.name for t in doc_types())
    laws = alternation({r.kind for r in load_table(LawName)})
    return rx.compile(
        rf"(?:{names})\s++(?:(?i:này|số)(?!\p{{L}})|\d)"
        rf"|(?:{laws})\s++\p{{L}}++(?:\s++\p{{L}}++){{0,5}}?\s++năm\s++(?:19|20)\d\d(?!\d)"
    )


def _cites_an_act(text: str, marker: str, at: int) -> bool:
    """True when the article marker ``marker`` (no stop after its number) ends at ``at`` where
    a document type and "này"/"số"/a number follow."""
    return marker.rstrip()[-1:] not in ".:-" and _act_reference().match(text, at) is not None


@cache
def _ordinals() -> dict[str, str]:
    """Ordinal word after "thứ" -> the part's label ("nhất" -> "1"), from ordinals.tsv."""
    return {r.word: str(r.value) for r in load_table(Ordinal)}


@dataclass(frozen=True, slots=True)
class Marker:
    """What a line opens: kind (SPEC node kind), label, and where its text starts."""

    kind: str
    label: str
    content: int  # offset in the line where the text after the marker begins
    start: int  # offset of the marker itself


def classify(text: str) -> Marker | None:
    """The structural marker that opens ``text``, or None for a plain paragraph line."""
    # The layout splitter, the attachment reader and the outline builder ask about the same
    # lines; a str keeps its hash, so a repeated question costs a dict lookup. Long lines are
    # not kept (the cache must stay small whatever the input).
    return _classify_short(text) if len(text) <= 300 else _classify(text)


@lru_cache(maxsize=8192)
def _classify_short(text: str) -> Marker | None:
    return _classify(text)


def _classify(text: str) -> Marker | None:
    lead = _LEAD.match(text)
    s = lead.end() if lead else 0
    if s >= len(text):
        return None
    ch = text[s]
    if ch in "PCMĐTpcmđt":
        for pat, kind in ((_PART, "part"), (_CHAPTER, "chapter"), (_SUBSECTION, "subsection"),
                          (_SECTION_MUC, "section"), (_ARTICLE, "article")):  # fmt: skip
            m = pat.match(text, s)
            if m and kind == "article" and _cites_an_act(text, m.group(0), m.end()):
                return None  # "Điều 2 Nghị định này, ...": a reference a wrap put first
            if m:
                lab = m.group("lab") if m.groupdict().get("lab") else None
                if kind == "part" and lab is None:
                    lab = _ordinals().get((m.group("ord") or "").lower(), m.group("ord"))
                if kind == "chapter" and m.group("ins"):
                    lab = f"{lab}{m.group('ins')}"
                return Marker(
                    kind, (lab or "").upper() if kind != "article" else lab or "", m.end(), s
                )
    if ch in "IVXLC":
        m = _ROMAN_SECTION.match(text, s)
        if m and _valid_roman(m.group("lab")):
            return Marker("section", m.group("lab"), m.end(), s)
    if "A" <= ch <= "Z" and ch not in "IVXLC":
        m = _LETTER_PART.match(text, s)
        if m:
            return Marker("part", m.group("lab"), m.end(), s)
    if ch.isdigit():
        m = _SUBITEM.match(text, s)
        if m:
            return Marker("subitem", m.group("lab"), m.end(), s)
        m = _ITEM.match(text, s)
        if m:
            return Marker("item", m.group("lab"), m.end(), s)
        return None
    if ch.islower():
        m = _POINT.match(text, s)
        if m:
            return Marker("point", m.group("lab") or m.group("lab2"), m.end(), s)
        return None
    m = _BULLET.match(text, s)
    if m:
        lab = m.group("lab")
        return Marker("bullet", "+" if lab == "+" else "-", m.end(), s)
    return None


_ROMAN_OK = rx.compile(r"^M{0,3}+(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")


def _valid_roman(s: str) -> bool:
    return bool(s) and bool(_ROMAN_OK.match(s))
