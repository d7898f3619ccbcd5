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
    # The leading class rejects ordinary characters in one test, so the scan stays fast.
    rf"(?=[\r\n {_SPACES}\u200b-\u200d\u2060\ufeff\u00ad\u2010-\u2015\u2212\ufe58\ufe63\uff0d\p{{M}}])"
    r"(?:(?P<nl>\r\n?)"
    r"|(?P<drop>[\u200b-\u200d\u2060\ufeff\u00ad]++)"
    # A lone plain space needs no edit: match only runs, other space characters, and
    # spaces at a line end or start, so ordinary text yields no match at all.
    rf"|(?P<sp>[{_SPACES}][ {_SPACES}]*+|[ ]{{2,}}+[ {_SPACES}]*+|(?<=^|\n)[ ]++|[ ]++(?=\r|\n|$))"
    r"|(?P<dash>[\u2010-\u2015\u2212\ufe58\ufe63\uff0d])"
    r"|(?P<comb>\p{M}++))"
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
        elif kind == "drop":
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

_TONES = {"\u0300": 2, "\u0301": 1, "\u0303": 4, "\u0309": 3, "\u0323": 5}
_QUALITY = set("âăêôơưÂĂÊÔƠƯ")
_VOWELS = set("aăâeêioôơuưyAĂÂEÊIOÔƠUƯY")
_WORD = regex.compile(r"\p{L}+")


@lru_cache(maxsize=65536)
def _canon_syllable(word: str) -> str:
    """Move the tone mark of one syllable to its modern ("new style") position."""
    if word.isascii() or len(word) > 8:
        return word
    decomposed = unicodedata.normalize("NFD", word)
    tone = ""
    bare_chars: list[str] = []
    for ch in decomposed:
        if ch in _TONES:
            tone = ch
        else:
            bare_chars.append(ch)
    if not tone:
        return word
    bare = unicodedata.normalize("NFC", "".join(bare_chars))
    if len(bare) != len(word):
        return word
    idx = [i for i, c in enumerate(bare) if c in _VOWELS]
    if not idx:
        return word
    low = bare.lower()
    # "qu" and "gi" start with a consonant cluster: their u/i is not the nucleus.
    if len(idx) > 1 and (
        (low.startswith("qu") and idx[0] == 1) or (low.startswith("gi") and idx[0] == 1)
    ):
        idx = idx[1:]
    quality = [i for i in idx if bare[i] in _QUALITY]
    if quality:
        pos = quality[-1] if low[quality[0] : quality[0] + 2] == "ươ" else quality[0]
        if (
            len(quality) > 1
            and bare[quality[0]].lower() == "ư"
            and bare[quality[-1]].lower() == "ơ"
        ):
            pos = quality[-1]
    elif idx[-1] < len(bare) - 1:
        pos = idx[-1]  # a final consonant follows: tone on the last vowel ("hoàng")
    elif len(idx) >= 2:
        # Open syllable: the canonical key puts the tone on the first vowel of the last pair,
        # the placement most official texts use ("hòa", "thủy", "ủy", "mùa").
        pos = idx[-2]
    else:
        pos = idx[0]
    target = unicodedata.normalize("NFC", unicodedata.normalize("NFD", bare[pos]) + tone)
    result = bare[:pos] + target + bare[pos + 1 :]
    return result if len(result) == len(word) else word


# Only an open syllable ending in "oa", "oe" or "uy" with the tone on its last vowel ("hoà",
# "khoẻ", "thuỷ") is written differently in the two styles; matching just those keeps the
# pass cheap on ordinary text. Anchored at word starts, bounded: linear in the input.
_OLD_STYLE = regex.compile(
    r"(?<!\p{L})\p{L}{0,6}?(?:[oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?!\p{L})"
)


def canon_tones(text: str) -> str:
    """``text`` with each syllable's tone mark in the canonical position; length is unchanged."""
    result: str = _OLD_STYLE.sub(lambda m: _canon_syllable(m.group()), text)
    return result


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Comparison key: tone placement folded, lowercased, spaces collapsed ("UỶ" == "ủy")."""
    return " ".join(canon_tones(unicodedata.normalize("NFC", text)).lower().split())
