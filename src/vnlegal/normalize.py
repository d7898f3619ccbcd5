"""Normalization stage: raw decoded text -> ``Document.text`` plus a map back to the raw text.

What changes: line endings become "\\n"; BOM, zero-width and soft-hyphen characters go;
every horizontal space run (NBSP, tabs, ideographic space ...) becomes one space and
spaces at line ends go; every dash variant becomes "-"; combining sequences are composed
to NFC. The document's own spelling (old or new tone placement) is kept: matchers use
``fold`` / ``canon_tones`` instead of rewriting the text.
"""

from __future__ import annotations

import bisect
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import regex

# One alternation, one pass: each branch is a single character class (no nesting), so the
# scan is linear whatever the input.
_SPACES = r"\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\f\v"
_EDIT = regex.compile(
    # Every branch starts with a character that needs an edit, so ordinary text (letters and
    # single spaces between words) yields no match; no lookbehind, so the scan stays fast.
    rf"(?P<nl>\r\n?+[{_SPACES} ]*+|\n[{_SPACES} ]++)"
    rf"|(?P<start>\A[{_SPACES} ]++)"
    r"|(?P<drop>[\u200b-\u200d\u2060\ufeff\u00ad]++)"
    rf"|(?P<sp>[{_SPACES}][ {_SPACES}]*+|[ ]{{2,}}+[ {_SPACES}]*+|[ ]++(?=\r|\n|$))"
    r"|(?P<dash>[\u2010-\u2015\u2212\ufe58\ufe63\uff0d])"
    r"|(?P<comb>\p{M}++)"
)

# A run of this many spaces inside a line separates layout columns (two-column headers and
# signature blocks typed with spaces, OCR output that keeps the page layout).
WIDE_GAP = 3


@dataclass
class Normalized:
    """Normalized text with a sparse map from its offsets back to the raw text."""

    text: str
    raw: str
    # Anchor pairs (normalized offset, raw offset), sorted, one per edit point.
    _anchors_norm: list[int] = field(default_factory=list)
    _anchors_raw: list[int] = field(default_factory=list)
    gaps: list[int] = field(default_factory=list)
    """Normalized offsets where a wide run of spaces was collapsed (column breaks)."""

    def to_raw(self, pos: int) -> int:
        """Offset in the raw text that corresponds to ``pos`` in the normalized text."""
        i = bisect.bisect_right(self._anchors_norm, pos) - 1
        if i < 0:
            return pos
        return self._anchors_raw[i] + (pos - self._anchors_norm[i])


def normalize(raw: str) -> Normalized:
    """Normalize ``raw`` (see module doc) and keep a map back to its offsets."""
    out: list[str] = []
    norm_pos = 0
    last = 0
    anchors_n: list[int] = []
    anchors_r: list[int] = []
    gaps: list[int] = []
    n = len(raw)
    for m in _EDIT.finditer(raw):
        s, e = m.span()
        if s > last:
            out.append(raw[last:s])
            norm_pos += s - last
        kind = m.lastgroup
        if kind == "nl":
            rep = "\n"
        elif kind in ("drop", "start"):
            rep = ""
        elif kind == "sp":
            before = raw[s - 1] if s else "\n"
            after = raw[e] if e < n else "\n"
            if before in "\r\n" or after in "\r\n":
                rep = ""
            else:
                rep = " "
                if e - s >= WIDE_GAP and raw[s:e].strip(" ") == "":
                    gaps.append(norm_pos)
                elif "\t" in raw[s:e]:
                    gaps.append(norm_pos)
        elif kind == "dash":
            rep = "-"
        else:
            # Marks compose with the character before them, if that one was copied verbatim.
            base = raw[s - 1] if s > last else ""
            seq = base + m.group()
            rep = unicodedata.normalize("NFC", seq)
            if rep == seq:
                out.append(m.group())
                norm_pos += e - s
                last = e
                continue
            if base:
                out[-1] = out[-1][:-1]
                norm_pos -= 1
        out.append(rep)
        norm_pos += len(rep)
        anchors_n.append(norm_pos)
        anchors_r.append(e)
        last = e
    if last < n:
        out.append(raw[last:])
    text = "".join(out)
    if not unicodedata.is_normalized("NFC", text):
        # Compositions across a removed character (rare): fall back to whole-text NFC.
        text = unicodedata.normalize("NFC", text)
    return Normalized(text, raw, anchors_n, anchors_r, gaps)


# --- tone placement ---------------------------------------------------------------------

# Only an open syllable ending in "oa", "oe" or "uy" with the tone on its last vowel ("hoà",
# "khoẻ", "thuỷ") is written differently in the two styles. The pattern finds just that
# two-letter ending (not after "q", where "u" is not a vowel: "quý"), so ordinary text costs
# one fast scan and the replacement moves the mark to the first vowel ("hòa").
_OLD_STYLE = regex.compile(r"(?<![qQ])[oOuU][àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ](?!\p{L})")
_OLD_PAIRS = frozenset({"oa", "oe", "uy"})


def _move_tone(m: regex.Match[str]) -> str:
    pair: str = m.group()
    first, second = pair[0], pair[1]
    parts = unicodedata.normalize("NFD", second)
    base, tone = parts[0], parts[1:]
    if (first + base).lower() not in _OLD_PAIRS:
        return pair
    return unicodedata.normalize("NFC", first + tone) + base


def canon_tones(text: str) -> str:
    """``text`` with each syllable's tone mark in the canonical position; length is unchanged."""
    result: str = _OLD_STYLE.sub(_move_tone, text)
    return result


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Comparison key: tone placement folded, lowercased, spaces collapsed ("UỶ" == "ủy")."""
    return " ".join(canon_tones(unicodedata.normalize("NFC", text)).lower().split())
