"""The text of a PDF page as pdfium gives it, cut into positioned segments for the layout
(``pdf_layout``): pdfium's plain text, the boxes of only the characters that decide the layout
(line ends, both sides of each space run, the first digit of each number), font size, baseline
and weight; and the page's ruled lines, from which ``pdf_tables`` finds tables.

Apart from ``vnlegal.readers.pdf`` (which opens the file, runs this per page in a forked child,
plans OCR and lays the pages out) because it is the part that talks to pdfium's text API.
"""

from __future__ import annotations

import ctypes
import itertools
from typing import Any

import regex

from vnlegal.lang import rx
from vnlegal.readers.pdf_layout import Seg
from vnlegal.readers.pdf_tables import Rule, Table, TooManyRules

__all__ = ["MAX_PAGE_OBJECTS", "rules", "segments"]

MAX_PAGE_OBJECTS = 200_000
"""A page with more drawn objects is a vector drawing: its rules are not read (each costs a
few calls into pdfium)."""

# pdfium ends a line at "\r\n", or at a line-end hyphen it marks U+FFFE (kept with the line).
_LINE = rx.compile(r"[^\r\n\ufffe\x02]*+[\ufffe\x02]|[^\r\n\ufffe\x02]++")
_SPACE_RUN = rx.compile(r"[ \u00a0\u3000]++")
_DIGITS = rx.compile(r"\d++")
_BOLD_NAME = rx.compile(r"(?i)bold|black|heavy|,b\b|-bd\b")


class _Chars:
    """What the layout needs of a text page's characters, fetched on demand and cached."""

    def __init__(self, raw: Any, tp: Any) -> None:
        self.raw = raw
        self.tp = tp
        self._rect = raw.FS_RECTF()
        self._rect_ref = ctypes.byref(self._rect)
        self._matrix = raw.FS_MATRIX()
        self._matrix_ref = ctypes.byref(self._matrix)
        self._x = ctypes.c_double()
        self._y = ctypes.c_double()
        self._loose = raw.FPDFText_GetLooseCharBox
        self.cache: dict[int, tuple[float, float]] = {}

    def span(self, i: int) -> tuple[float, float]:
        """(left, right) of character ``i``."""
        b = self.cache.get(i)
        if b is None:
            r = self._rect
            b = (r.left, r.right) if self._loose(self.tp, i, self._rect_ref) else (0.0, 0.0)
            self.cache[i] = b
        return b

    def size_base(self, i: int) -> tuple[float, float]:
        """(font size in page units, baseline y) of character ``i``."""
        raw = self.raw
        size = raw.FPDFText_GetFontSize(self.tp, i)
        # The Tf size is often 1 with the real size in the text matrix: scale by it.
        if raw.FPDFText_GetMatrix(self.tp, i, self._matrix_ref):
            m = self._matrix
            size *= (m.c * m.c + m.d * m.d) ** 0.5
        raw.FPDFText_GetCharOrigin(self.tp, i, ctypes.byref(self._x), ctypes.byref(self._y))
        return max(size, 0.1), self._y.value

    def bold(self, i: int) -> bool:
        """Whether character ``i`` is set in a bold face."""
        weight = self.raw.FPDFText_GetFontWeight(self.tp, i)
        if weight > 0:
            return bool(weight >= 600)
        buf = ctypes.create_string_buffer(128)
        flags = ctypes.c_int()
        n = self.raw.FPDFText_GetFontInfo(self.tp, i, buf, 128, ctypes.byref(flags))
        name = buf.value.decode("latin-1", "replace") if n else ""
        # Font descriptor flag 19 is ForceBold.
        return bool(_BOLD_NAME.search(name)) or bool(flags.value & (1 << 18))


def _page_text(raw: Any, tp: Any, n: int) -> str:
    buf = (ctypes.c_ushort * (n + 1))()
    got = raw.FPDFText_GetText(tp, 0, n, buf)
    text = bytes(buf)[: max(0, got - 1) * 2].decode("utf-16-le", "replace")
    if len(text) != n:
        # Characters outside the BMP (or pdfium's own skips) break the index mapping.
        text = "".join(chr(raw.FPDFText_GetUnicode(tp, i) or 0xFFFD) for i in range(n))
    return text


def segments(raw: Any, tp: Any, tables: list[Table]) -> list[Seg]:
    """The page's pdfium lines cut at wide gaps (and table rules) into segments."""
    n = raw.FPDFText_CountChars(tp)
    if n <= 0:
        return []
    text = _page_text(raw, tp, n)
    chars = _Chars(raw, tp)
    span = chars.span
    out: list[Seg] = []
    for m in _LINE.finditer(text):
        a, b = m.span()
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a >= b:
            continue
        cuts = [a]
        size = base = 0.0
        for sp in _SPACE_RUN.finditer(text, a, b):
            p, q = sp.start() - 1, sp.end()
            bp, bq = span(p), span(q)
            if not size:
                size, base = chars.size_base(a)
            # A wide gap, a jump back to the left, or a table rule separates two pieces.
            if (
                bq[0] - bp[1] > 1.6 * size
                or bq[0] < bp[0] - 1.0
                or any(_crosses(t, bp[1], bq[0], base) for t in tables)
            ):
                cuts.append(q)
        cuts.append(b)
        for s, e in itertools.pairwise(cuts):
            seg = _segment(text, s, e, chars)
            if seg is not None:
                out.append(seg)
    return out


def _segment(text: str, s: int, e: int, chars: _Chars) -> Seg | None:
    while e > s and text[e - 1].isspace():
        e -= 1
    if e <= s:
        return None
    ref = next((k for k in range(s, e) if text[k].isalpha()), s)
    size, base = chars.size_base(ref)
    body = text[s:e]
    lead_sup = ""
    drop: list[tuple[int, int]] = []
    for d in _DIGITS.finditer(text, s, e):
        if d.start() == ref:
            continue
        dsize, dbase = chars.size_base(d.start())
        # A raised smaller number is a note mark ("thẩm tra17"), unless it is a unit's power.
        if dsize >= 0.8 * size or dbase <= base + 0.2 * size:
            continue
        if d.start() == s:
            lead_sup = d.group()
        elif _unit_power(text, d.start()):
            continue
        drop.append((d.start() - s, d.end() - s))
    marks: list[tuple[int, str]] = []
    removed = 0
    gaps: list[str] = []
    for x, y in drop:
        # A mark set in the space between two words ("chi tiết¹³dự thảo", "Thường trực¹⁵Ủy
        # ban") leaves that space behind, or the words would run together.
        gaps.append(" " if 0 < x and y < len(body) and body[x - 1].isalpha() and body[y].isalpha() else "")
        if x > 0:  # the opening number is ``lead_sup``, not a mark inside the text
            marks.append((x - removed, body[x:y]))
        removed += y - x - len(gaps[-1])
    for (x, y), gap in zip(reversed(drop), reversed(gaps), strict=True):
        body = body[:x] + gap + body[y:]
    lead = len(body) - len(body.lstrip())
    body = body.strip()
    return Seg(
        text=body,
        marks=[(min(max(k - lead, 0), len(body)), label) for k, label in marks],
        x0=chars.span(s)[0],
        x1=chars.span(e - 1)[1],
        base=base,
        size=size,
        bold=chars.bold(ref),
        lead_sup=lead_sup,
    )


def _crosses(table: Table, x0: float, x1: float, y: float) -> bool:
    if not table.holds((x0 + x1) / 2, y):
        return False
    return any(x0 - 1.0 <= v.at <= x1 + 1.0 and v.lo <= y <= v.hi for v in table.verticals)


def rules(raw: Any, page: Any) -> tuple[list[Rule], list[Rule]]:
    """Horizontal and vertical rules drawn on the page (table borders), from its paths."""
    horizontal: list[Rule] = []
    vertical: list[Rule] = []
    n = raw.FPDFPage_CountObjects(page)
    if n > MAX_PAGE_OBJECTS:
        raise TooManyRules(f"{n} page objects")
    get, kind = raw.FPDFPage_GetObject, raw.FPDFPageObj_GetType
    matrix = raw.FS_MATRIX()
    x, y = ctypes.c_float(), ctypes.c_float()
    for i in range(n):
        obj = get(page, i)
        if kind(obj) != raw.FPDF_PAGEOBJ_PATH:
            continue
        count = raw.FPDFPath_CountSegments(obj)
        if count <= 0 or count > 400 or not raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(matrix)):
            continue
        m = matrix
        start = prev = None
        for k in range(count):
            seg = raw.FPDFPath_GetPathSegment(obj, k)
            if not raw.FPDFPathSegment_GetPoint(seg, ctypes.byref(x), ctypes.byref(y)):
                continue
            pt = (m.a * x.value + m.c * y.value + m.e, m.b * x.value + m.d * y.value + m.f)
            t = raw.FPDFPathSegment_GetType(seg)
            if t == raw.FPDF_SEGMENT_MOVETO:
                start = prev = pt
                continue
            if prev is not None and t == raw.FPDF_SEGMENT_LINETO:
                _add_rule(prev, pt, horizontal, vertical)
                if raw.FPDFPathSegment_GetClose(seg) and start is not None:
                    _add_rule(pt, start, horizontal, vertical)
            prev = pt
    return horizontal, vertical


def _add_rule(
    p: tuple[float, float], q: tuple[float, float], horizontal: list[Rule], vertical: list[Rule]
) -> None:
    dx, dy = abs(p[0] - q[0]), abs(p[1] - q[1])
    if dy <= 1.0 and dx >= 8.0:
        horizontal.append(Rule((p[1] + q[1]) / 2, min(p[0], q[0]), max(p[0], q[0])))
    elif dx <= 1.0 and dy >= 8.0:
        vertical.append(Rule((p[0] + q[0]) / 2, min(p[1], q[1]), max(p[1], q[1])))


def _unit_power(text: str, k: int) -> bool:
    """A superscript after a unit ("m2", "km3") is an exponent, not a note mark."""
    return regex.search(r"(?<![\p{L}])(?:k|c|d|m)?m$", text[max(0, k - 3) : k]) is not None


# --- garbled text ---------------------------------------------------------------------
