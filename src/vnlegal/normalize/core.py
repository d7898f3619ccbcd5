"""Normalization stage: raw decoded text -> ``Document.text`` plus a map back to the raw text.

What changes: line endings become "\\n"; BOM, zero-width and soft-hyphen characters go;
every horizontal space run (NBSP, tabs, ideographic space ...) becomes one space and
spaces at line ends go; every dash variant becomes "-"; the Icelandic eth "Ð" typed for "Đ"
becomes "Đ"; combining sequences are composed to NFC (a tone mark typed before the
circumflex, breve or horn of its vowel is put after it first). Then ``vnlegal.normalize.repair`` mends
damage (detached tone marks, stripped hyphens, glued lines, viewer debris, flattened text),
each kind with a warning. The document's own spelling (old or new tone placement) is kept:
matchers use ``fold`` / ``canon_tones`` instead of rewriting the text.
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import regex

from vnlegal.lang import rx
from vnlegal.lang.fold import TONE_MARKS
from vnlegal.limits import checkpoint, regex_timeout
from vnlegal.normalize.repair import find_repairs

if TYPE_CHECKING:
    from vnlegal.normalize.edits import Edit

# One alternation, one pass: each branch is a single character class (no nesting), so the
# scan is linear whatever the input.
_SPACES = r"\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\f\v"
_EDIT = rx.compile(
    # Every branch starts with a character that needs an edit, so ordinary text (letters and
    # single spaces between words) yields no match; no lookbehind, and a single space fails at
    # once on its lookahead, so the scan stays fast. Leading blanks are cut before the scan.
    rf"(?P<nl>\r\n?+[{_SPACES} ]*+|\n[{_SPACES} ]++)"
    r"|(?P<drop>[\u200b-\u200d\u2060\ufeff\u00ad]++)"
    rf"|(?P<sp>[{_SPACES}][ {_SPACES}]*+|[ ](?=[ {_SPACES}\r\n]|$)[ {_SPACES}]*+)"
    r"|(?P<dash>[\u2010-\u2015\u2212\ufe58\ufe63\uff0d])"
    r"|(?P<comb>\p{M}++)"
)
# Where an _EDIT match can start, found without trying _EDIT's alternation at every space: a
# character of this class (searched by the regex engine), or one of _BLANK_PAIRS (found by
# str.find), or a space or newline right before a character of the class. Scanning for these
# and matching _EDIT only there is two to three times as fast as ``_EDIT.finditer``.
_HIT = rx.compile(
    rf"[\r{_SPACES}\u200b-\u200d\u2060\ufeff\u00ad\u2010-\u2015\u2212\ufe58\ufe63\uff0d\p{{M}}]"
)
_BLANK_PAIRS = ("  ", "\n ", " \n")
_START = rx.compile(rf"[{_SPACES} ]++")
# The Icelandic eth typed for "Đ"/"đ": replaced one for one after the scan (offsets unchanged).
_ETH = str.maketrans("\u00d0\u00f0", "\u0110\u0111")
# A tone mark typed before the shape mark of its vowel ("e" + acute + circumflex) does not compose
# to "ế" under NFC, because both marks have the same combining class: put the shape first.
# The lookbehind starts a match only at the head of a run of tone marks: a long run not followed
# by a shape mark is then scanned once, not once per position (quadratic).
_TONE_BEFORE_SHAPE = rx.compile(rf"(?<![{TONE_MARKS}])([{TONE_MARKS}]++)([\u0302\u0306\u031b]++)")

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
    warnings: list[str] = field(default_factory=list)
    """Repairs made to the text (``vnlegal.normalize.repair``), one sentence per kind."""

    def to_raw(self, pos: int) -> int:
        """Offset in the raw text that corresponds to ``pos`` in the normalized text."""
        i = bisect.bisect_right(self._anchors_norm, pos) - 1
        if i < 0:
            return pos
        return self._anchors_raw[i] + (pos - self._anchors_norm[i])


def normalize(raw: str, *, keep_lines: bool = False) -> Normalized:
    """Normalize ``raw`` (see module doc) and keep a map back to its offsets.

    ``keep_lines`` limits the repairs to those that keep every line (for text whose lines
    carry layout hints from a reader); the normalization itself never adds or drops a line."""
    out: list[str] = []
    norm_pos = 0
    last = 0
    anchors_n: list[int] = []
    anchors_r: list[int] = []
    gaps: list[int] = []
    n = len(raw)
    lead = _START.match(raw)
    if lead is not None:
        last = lead.end()
        anchors_n.append(0)
        anchors_r.append(last)
    # The scan between two edits runs in C, out of reach of checkpoints: the regex module's
    # own timeout holds it to what is left of the time budget.
    for k, m in enumerate(_edits(raw, last)):
        if not k & 0x3FF:
            checkpoint("normalizing the text")
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
            nfd = _TONE_BEFORE_SHAPE.sub(r"\2\1", unicodedata.normalize("NFD", seq))
            rep = unicodedata.normalize("NFC", nfd)
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
    if "\u00d0" in text or "\u00f0" in text:
        text = text.translate(_ETH)
    edits, warnings = find_repairs(text, keep_lines=keep_lines)
    if not edits:
        return Normalized(text, raw, anchors_n, anchors_r, gaps)
    first = Normalized(text, raw, anchors_n, anchors_r, gaps)
    return _apply_repairs(first, edits, warnings)


def _edits(raw: str, pos: int) -> Iterator[regex.Match[str]]:
    """The matches of _EDIT in ``raw`` from ``pos`` on, as ``finditer`` would give them."""
    timeout = regex_timeout()
    n = len(raw)
    # The next hit of each finder at or after ``pos`` (n: none left), refreshed when passed.
    char_at = -1
    pairs_at = [-1] * len(_BLANK_PAIRS)
    end_space = n - 1 if raw.endswith(" ") else n
    while pos < n:
        if char_at < pos:
            h = _HIT.search(raw, pos, timeout=timeout)
            char_at = h.start() if h is not None else n
        for k, pair in enumerate(_BLANK_PAIRS):
            if pairs_at[k] < pos:
                found = raw.find(pair, pos)
                pairs_at[k] = found if found >= 0 else n
        at = min(char_at, end_space if end_space >= pos else n, *pairs_at)
        if at == char_at and at > pos and raw[at - 1] in " \n":
            at -= 1  # " \t", "\n\u00a0": the edit starts at the blank before
        if at >= n:
            return
        m = _EDIT.match(raw, at, timeout=timeout)
        if m is None:
            pos = at + 1  # the blank before a hit that starts no edit with it ("\n\r")
            continue
        yield m
        pos = m.end()


def _apply_repairs(first: Normalized, edits: list[Edit], warnings: list[str]) -> Normalized:
    """``first`` with ``edits`` applied to its text; the offset map is composed so that it still
    leads to the raw text, and column gaps follow the text they marked."""
    text = first.text
    out: list[str] = []
    rep_n: list[int] = []  # anchors of the repair map: (repaired offset, normalized offset)
    rep_o: list[int] = []
    pos = last = 0
    for e in edits:
        out.append(text[last : e.start])
        pos += e.start - last
        out.append(e.new)
        pos += len(e.new)
        rep_n.append(pos)
        rep_o.append(e.end)
        last = e.end
    out.append(text[last:])
    new_text = "".join(out)
    if not unicodedata.is_normalized("NFC", new_text):
        new_text = unicodedata.normalize("NFC", new_text)

    def to_first(p: int) -> int:
        i = bisect.bisect_right(rep_n, p) - 1
        return p if i < 0 else rep_o[i] + (p - rep_n[i])

    def from_first(q: int) -> int:
        i = bisect.bisect_right(rep_o, q) - 1
        return q if i < 0 else rep_n[i] + (q - rep_o[i])

    # Break points of the composed map: the repair anchors, and the points whose image is an
    # anchor of the first map. Each gets its raw offset by evaluating both maps.
    points = set(rep_n)
    for a in first._anchors_norm:
        p = from_first(a)
        if to_first(p) == a:
            points.add(p)
    ordered = sorted(points)
    raws = [first.to_raw(to_first(p)) for p in ordered]
    gaps = [from_first(g) for g in first.gaps]
    return Normalized(new_text, first.raw, ordered, raws, gaps, warnings)
