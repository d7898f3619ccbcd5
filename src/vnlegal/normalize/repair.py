"""Damage repair on normalized text: tone marks that came loose, hyphens a pipeline stripped,
lines glued together, viewer debris above the header, and documents flattened onto one line.

Each finder looks at the normalized (NFC) text and proposes ``Edit``s on it; ``normalize``
applies them and keeps the map back to the raw text, so spans still index ``Document.text``
and ``Normalized.to_raw`` still points into the input. A repair fires only where the reading is
unambiguous, and each kind of repair that fired leaves one sentence in the warnings.

This module runs the finders (``find_repairs``) and holds the small ones; the tone-mark finders
are ``vnlegal.normalize.tone_repair`` and the reflow of flattened documents is ``vnlegal.normalize.reflow``.

Every finder starts with a cheap test (one regex search or a line count), so clean documents
pay a few fast scans and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import regex

from vnlegal.data import Boilerplate, load_table
from vnlegal.lang import rx, syllables
from vnlegal.lang.agency import header_openers
from vnlegal.lang.fold import fold
from vnlegal.lang.patterns import motto_source
from vnlegal.lang.vocab import abbreviations, doc_types
from vnlegal.limits import checkpoint
from vnlegal.normalize.edits import Edit
from vnlegal.normalize.markup import markup_edits
from vnlegal.normalize.reflow import reflow_edits
from vnlegal.normalize.tone_repair import consonant_mark_edits, detached_mark_edits
from vnlegal.normalize.unwrap import unwrap_edits

Finder = Callable[[str], tuple[list[Edit], str | None]]
"""A repair: normalized text -> the edits it proposes, and its warning when it found any."""


def find_repairs(text: str, *, keep_lines: bool = False) -> tuple[list[Edit], list[str]]:
    """All repairs of ``text``: non-overlapping edits in text order, and one warning per kind.

    With ``keep_lines``, only repairs that leave every line in place run (readers that attach
    layout hints to lines need their count unchanged)."""
    edits: list[Edit] = []
    warnings: list[str] = []
    for finder in _LINE_KEEPING if keep_lines else _FINDERS:
        checkpoint("repairing the text")
        found, warning = finder(text)
        if found:
            edits.extend(found)
            if warning:
                warnings.append(warning)
    if not edits:
        return [], []
    edits.sort(key=lambda e: (e.start, e.end))
    kept: list[Edit] = []
    end = -1
    for e in edits:
        if e.start < end or (e.start == end and kept and kept[-1].start == kept[-1].end == e.start):
            continue  # overlapping proposals: the first one wins
        kept.append(e)
        end = e.end
    return kept, warnings


# --- stripped hyphens ----------------------------------------------------------------------

# The motto whose two hyphens were stripped: the separators are bare spaces (named groups).
_MOTTO = rx.compile(
    r"(?i)(?<!\p{L})" + motto_source(first=r"(?P<a>[ \t]++)", second=r"(?P<b>[ \t]++)")
)


def _motto(text: str) -> tuple[list[Edit], str | None]:
    """ "Độc lập Tự do Hạnh phúc" -> "Độc lập - Tự do - Hạnh phúc"."""
    edits: list[Edit] = []
    for m in _MOTTO.finditer(text):
        edits.append(Edit(m.start("a"), m.end("a"), " - "))
        edits.append(Edit(m.start("b"), m.end("b"), " - "))
    return edits, ("hyphens of the national motto restored" if edits else None)


@cache
def _symbol_patterns() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    # Ties in code-point order, not the set's: the pattern must be the same in every process
    # for the shipped compiled copy to be found (lang/rx.py).
    codes = sorted({d.code for d in doc_types() if d.code}, key=lambda c: (-len(c), c))
    alt = "|".join(regex.escape(c) for c in codes)
    issuer = r"\p{Lu}[\p{Lu}\p{N}&.]*+g?+"
    # "86/QĐ UBND", "165/2008/QĐ TTg", "902/TB/TT BCĐ"
    admin = rx.compile(
        rf"(?<![\p{{L}}\p{{N}}/])\d{{1,5}}+/(?:(?:19|20)\d\d/|\p{{Lu}}{{1,6}}+/)*+(?:{alt})(?P<gap> )"
        rf"(?={issuer}(?![\p{{L}}\p{{N}}]))"
    )
    # "48 CT/TW" (Party style: number-TYPE/ISSUER)
    party = rx.compile(
        rf"(?<![\p{{L}}\p{{N}}/\-])\d{{1,4}}+(?P<gap> )(?:{alt})/{issuer}(?![\p{{L}}\p{{N}}])"
    )
    hyphened = rx.compile(rf"\d/(?:(?:19|20)\d\d/)?+(?:{alt})-\p{{Lu}}|\d-(?:{alt})/\p{{Lu}}")
    return admin, party, hyphened


_YEARS = rx.compile(
    r"(?i)(?<=giai[ \t]++đoạn[ \t]++|từ[ \t]++năm[ \t]++)((?:19|20)\d\d)(?P<gap> )((?:19|20)\d\d)(?!\d)"
)
# One more code of the same symbol after a stripped hyphen: "05/CT BCA V28" -> "05/CT-BCA-V28".
_CODE = rx.compile(r"\p{Lu}[\p{Lu}\p{N}&.]*+g?+(?P<gap> )(?P<next>[\p{Lu}\p{N}]{2,8}+)(?![\p{L}\p{N}])")


def _stripped_symbols(text: str) -> tuple[list[Edit], str | None]:
    """In a document whose hyphens were stripped (the motto gives it away, or symbols only ever
    appear without them), "86/QĐ UBND" -> "86/QĐ-UBND", "05/CT BCA V28" -> "05/CT-BCA-V28",
    "48 CT/TW" -> "48-CT/TW", "giai đoạn 2011 2015" -> "giai đoạn 2011-2015"."""
    admin, party, hyphened = _symbol_patterns()
    stripped_motto = _MOTTO.search(text) is not None
    if not stripped_motto and hyphened.search(text) is not None:
        return [], None  # symbols keep their hyphens here
    found = [m for pat in (admin, party) for m in pat.finditer(text)]
    if not found or (not stripped_motto and len(found) < 2):
        return [], None
    edits = [Edit(m.start("gap"), m.end("gap"), "-") for m in found]
    for m in admin.finditer(text):
        pos = m.end()
        while (c := _CODE.match(text, pos)) is not None:
            nxt = c.group("next")
            if syllables.is_syllable(nxt) or not (nxt.isupper() or any(ch.isdigit() for ch in nxt)):
                break
            edits.append(Edit(c.start("gap"), c.end("gap"), "-"))
            pos = c.start("next")
    for m in _YEARS.finditer(text):
        if 0 < int(m.group(3)) - int(m.group(1)) <= 30:
            edits.append(Edit(m.start("gap"), m.end("gap"), "-"))
    return edits, f"{len(edits)} hyphen(s) restored in symbols and year ranges (the text had lost them)"


# --- glued lines --------------------------------------------------------------------------

_GLUED = rx.compile(r"(?<![\p{L}])\p{Lu}{3,}+\p{Ll}++(?![\p{L}])")


def _glued_caps(text: str) -> tuple[list[Edit], str | None]:
    """An all-caps line run into the next one ("GIÁM ĐỐCTrần Văn Bình") gets its line break
    back, when both halves are syllables and the line so far is in capitals."""
    edits: list[Edit] = []
    for m in _GLUED.finditer(text):
        w = m.group()
        k = next(i for i, ch in enumerate(w) if ch.islower()) - 1
        upper, lower = w[:k], w[k:]
        if len(upper) < 2 or not syllables.is_syllable(upper) or not syllables.is_syllable(lower):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[line_start : m.start()].split()
        if not before or not before[-1].isupper() or len(before[-1]) < 2:
            continue
        edits.append(Edit(m.start() + k, m.start() + k, "\n"))
    if not edits:
        return [], None
    return edits, f"{len(edits)} line break(s) restored between a capitalised line and the next"


# --- debris before the header ----------------------------------------------------------


@cache
def _boilerplate() -> frozenset[str]:
    return frozenset(fold(r.phrase) for r in load_table(Boilerplate))


@cache
def _agency_starts() -> tuple[str, ...]:
    heads = set(header_openers()) | {fold(a) for a in abbreviations()}
    return tuple(sorted(heads, key=len, reverse=True))


_PAGE_NUMBER = rx.compile(r"[ \t]*+\d{1,3}[.)][ \t]++")
_LEAD_LINES = 12


def _debris(text: str) -> tuple[list[Edit], str | None]:
    """Viewer buttons and tabs above the document ("Xem mẫu", "Tải về") go with the blank lines
    around them, and so does a page number glued before the first header line ("1. UBND TỈNH")."""
    boiler = _boilerplate()
    dropped: list[str] = []
    pos = 0
    content = -1
    for _ in range(_LEAD_LINES):
        if pos >= len(text):
            break
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl + 1
        line = text[pos:end].strip()
        if line and fold(line) in boiler:
            dropped.append(line)
        elif line:
            content = pos
            break
        pos = end
    if not dropped:
        return [], None
    cut = content if content >= 0 else pos
    m = _PAGE_NUMBER.match(text, cut) if content >= 0 else None
    if m is not None and m.end() < len(text) and text[m.end()].isupper():
        rest = fold(text[m.end() : m.end() + 40])
        if any(rest.startswith(h + " ") for h in _agency_starts()):
            cut = m.end()
            dropped.append(m.group().strip())
    return [Edit(0, cut, "")], "viewer debris before the header removed: " + ", ".join(
        f'"{d}"' for d in dropped
    )


# A tag's attributes may be wrapped over lines (pandoc's "<div class=...\nvbpl-...>").
_TAG = rx.compile(
    r"(?i)</?(?P<name>p|br|div|span|font|b|i|u|strong|em|a|td|tr|th|table|tbody|thead|tfoot|li|ul|ol|h[1-6]"
    r"|center|sup|sub|img|colgroup|col|caption|del|s|hr)\b[^<>]{0,300}+/?>"
)
_ENTITY = rx.compile(r"&(?:nbsp|amp|lt|gt|quot|apos|#\d{2,5}|#x[0-9a-fA-F]{2,4});")
_BLOCK_TAGS = frozenset(("p", "br", "div", "tr", "li", "table", "h1", "h2", "h3", "h4", "h5", "h6", "hr"))
_ENTITY_TEXT = {"&nbsp;": " ", "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'"}


def _html(text: str) -> tuple[list[Edit], str | None]:
    """HTML tags and entities left in a text copy of a web page: tags go (a block tag becomes a
    line break), entities become their characters. Needs two or more of them. Adjacent ones
    ("&nbsp;&nbsp;<b>") make one edit, so they leave one space, not several."""
    if "<" not in text and "&" not in text:
        return [], None
    found = sorted([*_TAG.finditer(text), *_ENTITY.finditer(text)], key=lambda m: m.start())
    if len(found) < 2:
        return [], None
    groups: list[list[regex.Match[str]]] = []
    for m in found:
        if groups and groups[-1][-1].end() == m.start():
            groups[-1].append(m)
        else:
            groups.append([m])
    edits: list[Edit] = []
    for group in groups:
        parts = [_html_text(m) for m in group]
        if "\n" in parts:
            new = "\n"
        elif all(p in ("", " ") for p in parts):
            a, b = group[0].start(), group[-1].end()
            spaced = (a and text[a - 1] in " \n") or (b < len(text) and text[b] in " \n") or a == 0
            new = "" if spaced or " " not in parts else " "
        else:
            new = "".join(parts)
        edits.append(Edit(group[0].start(), group[-1].end(), new))
    return edits, f"{len(found)} HTML tag(s) and entities removed"


def _html_text(m: regex.Match[str]) -> str:
    s = m.group()
    if s.startswith("&#x"):
        return chr(int(s[3:-1], 16))
    if s.startswith("&#"):
        return chr(int(s[2:-1]))
    if s.startswith("&"):
        return _ENTITY_TEXT[s]
    return "\n" if m.group("name").lower() in _BLOCK_TAGS else ""


_LINE_KEEPING: tuple[Finder, ...] = (
    detached_mark_edits,
    consonant_mark_edits,
    _motto,
    _stripped_symbols,
)
_FINDERS: tuple[Finder, ...] = (
    markup_edits,
    _debris,
    _html,
    detached_mark_edits,
    consonant_mark_edits,
    _motto,
    _stripped_symbols,
    _glued_caps,
    reflow_edits,
    unwrap_edits,
)
