"""Word's automatic numbering: the labels ("Điều 1.", "1.", "a)", "-") that a DOCX paragraph
shows but does not hold as text.

A numbered paragraph carries ``numPr`` (numId, ilvl), directly or through its paragraph style.
numId names a ``w:num`` instance of an ``abstractNum``; each level of that defines the start
value, the number format, the label template ("Điều %1.", "%1.%2.") and when the level
restarts. The counters are kept per abstractNum, as Word does, so two list instances of one
definition continue one sequence unless an instance overrides its start.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_VAL = f"{W}val"
_LEVELS = 9

# Bullets whose glyph is a symbol-font code point or a letter drawn in a symbol font ("o" in
# Courier New, "§" in Wingdings) all read as a dash; "+" and "•" keep their own meaning.
_KEEP_BULLETS = frozenset("-+•*")

# Word's own counters stop at 32767.
_MAX_SPELLED = 32_767
# No real label ("Điều 12.", "1.2.3.", "a)") comes near this; a level text that repeats "%1"
# thousands of times would multiply every numbered paragraph into megabytes.
_MAX_LABEL = 255

_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip


def _roman(n: int) -> str:
    out: list[str] = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _letters(n: int) -> str:
    # Word counts a..z, then aa..zz, then aaa..: the letter repeats, it does not carry.
    n = max(n, 1)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    """``n`` in the OOXML number format ``fmt`` (decimal, upperRoman, lowerLetter, ...).

    Letters and Roman numerals beyond ``_MAX_SPELLED`` are written in digits: their length
    grows with ``n``, and a hostile start value of two billion would spell 77 million "z"s
    for every paragraph of the list."""
    if n > _MAX_SPELLED and fmt in ("upperRoman", "lowerRoman", "upperLetter", "lowerLetter"):
        fmt = "decimal"
    if fmt in ("upperRoman", "lowerRoman"):
        r = _roman(n) if n > 0 else str(n)
        return r.upper() if fmt == "upperRoman" else r
    if fmt in ("upperLetter", "lowerLetter"):
        s = _letters(n)
        return s.upper() if fmt == "upperLetter" else s
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)


def bullet_label(text: str) -> str:
    """The bullet a list level shows, as the text stages read it ("-", "+", "•")."""
    t = text.strip()
    if t and all(c in _KEEP_BULLETS for c in t):
        return t[0]
    return "-"


@dataclass
class Level:
    """One level of a list definition."""

    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    restart: int | None = None
    """``lvlRestart``: restart after a use of this level number (1-based) or a higher one;
    0 never restarts; None is the default (any higher level restarts it)."""
    suffix: str = "tab"
    legal: bool = False
    style: str | None = None


@dataclass
class _Num:
    abstract: str
    levels: dict[int, Level] = field(default_factory=dict)
    starts: dict[int, int] = field(default_factory=dict)


def int_val(el: Any) -> int | None:
    """The integer ``w:val`` of ``el``; None when ``el`` is missing or its value is no integer."""
    if el is None:
        return None
    try:
        return int(el.get(_VAL))
    except (TypeError, ValueError):
        return None


def _int(el: Any, default: int) -> int:
    value = int_val(el)
    return default if value is None else value


def _level(el: Any) -> Level:
    lvl = Level()
    # The schema's default start is 0 (Word writes it out in practice).
    lvl.start = _int(el.find(f"{W}start"), 0)
    fmt = el.find(f"{W}numFmt")
    if fmt is not None:
        lvl.fmt = fmt.get(_VAL) or "decimal"
    text = el.find(f"{W}lvlText")
    if text is not None:
        lvl.text = (text.get(_VAL) or "")[:_MAX_LABEL]
    restart = el.find(f"{W}lvlRestart")
    if restart is not None:
        lvl.restart = _int(restart, 0)
    suffix = el.find(f"{W}suff")
    if suffix is not None:
        lvl.suffix = suffix.get(_VAL) or "tab"
    legal = el.find(f"{W}isLgl")
    lvl.legal = legal is not None and legal.get(_VAL) not in ("0", "false")
    style = el.find(f"{W}pStyle")
    if style is not None:
        lvl.style = style.get(_VAL)
    return lvl


class Numbering:
    """The list definitions of one document and the running counters while it is read."""

    def __init__(self, root: Any | None, style_num: dict[str, tuple[str | None, int | None]]) -> None:
        """``root`` is the ``w:numbering`` element (None when the document has none);
        ``style_num`` maps a style id to the (numId, ilvl) its paragraph properties give."""
        # Levels are read on first use: a document defines dozens of lists (templates bring
        # them) and numbers paragraphs from a few.
        self._abstract_el: dict[str, Any] = {}
        self._abstract: dict[str, dict[int, Level]] = {}
        self._links: dict[str, str] = {}
        self._nums: dict[str, _Num] = {}
        self._counters: dict[str, list[int | None]] = {}
        self._started: set[str] = set()
        self._style_num = style_num
        if root is None:
            return
        for a in root.iterfind(f"{W}abstractNum"):
            aid = a.get(f"{W}abstractNumId") or ""
            self._abstract_el[aid] = a
            link = a.find(f"{W}numStyleLink")
            if link is not None and link.get(_VAL):
                self._links[aid] = link.get(_VAL)
        for n in root.iterfind(f"{W}num"):
            nid = n.get(f"{W}numId") or ""
            num = _Num(abstract=(n.find(f"{W}abstractNumId").get(_VAL) or "")
                       if n.find(f"{W}abstractNumId") is not None else "")  # fmt: skip
            for ov in n.iterfind(f"{W}lvlOverride"):
                ilvl = _int_attr(ov, f"{W}ilvl")
                so = ov.find(f"{W}startOverride")
                if so is not None:
                    num.starts[ilvl] = _int(so, 1)
                lv = ov.find(f"{W}lvl")
                if lv is not None:
                    num.levels[ilvl] = _level(lv)
            self._nums[nid] = num

    @property
    def defined(self) -> bool:
        """Whether the document defines any list (a numId to count paragraphs of)."""
        return bool(self._nums)

    def _levels(self, aid: str) -> dict[int, Level]:
        """The levels of abstract list ``aid`` (empty when there is no such list)."""
        levels = self._abstract.get(aid)
        if levels is None:
            a = self._abstract_el.get(aid)
            levels = {}
            if a is not None:
                levels = {_int_attr(lv, f"{W}ilvl"): _level(lv) for lv in a.iterfind(f"{W}lvl")}
            self._abstract[aid] = levels
        return levels

    def _resolve(self, aid: str) -> str:
        """Follow a numbering-style link to the definition that holds the levels."""
        for _ in range(4):
            style = self._links.get(aid)
            if style is None:
                break
            nid = self._style_num.get(style, (None, None))[0]
            num = self._nums.get(nid or "")
            if num is None or num.abstract == aid:
                break
            aid = num.abstract
        return aid

    def level_for_style(self, num_id: str, style: str | None) -> int | None:
        """The level whose ``pStyle`` is ``style`` in the list ``num_id`` (style-linked lists)."""
        num = self._nums.get(num_id)
        if num is None or style is None:
            return None
        for ilvl, lvl in self._levels(self._resolve(num.abstract)).items():
            if lvl.style == style:
                return ilvl
        return None

    def label(self, num_id: str, ilvl: int) -> tuple[str, str] | None:
        """Count one paragraph of list ``num_id`` at level ``ilvl``; returns (label, suffix)
        where suffix is "tab", "space" or "nothing", or None when the list is unknown."""
        num = self._nums.get(num_id)
        if num is None:
            return None
        aid = self._resolve(num.abstract)
        levels = self._levels(aid)
        ilvl = min(max(ilvl, 0), _LEVELS - 1)

        def level(k: int) -> Level:
            return num.levels.get(k) or levels.get(k) or _DEFAULT_LEVELS[k]

        counters = self._counters.setdefault(aid, [None] * _LEVELS)
        if num_id not in self._started:
            # A list instance that overrides a start begins its own count there.
            self._started.add(num_id)
            for k, start in num.starts.items():
                if 0 <= k < _LEVELS:
                    counters[k] = start - 1
        lvl = level(ilvl)
        cur = counters[ilvl]
        counters[ilvl] = lvl.start if cur is None else cur + 1
        for k in range(ilvl + 1, _LEVELS):
            restart = level(k).restart
            if restart is None or (restart > 0 and ilvl < restart):
                counters[k] = None
        if lvl.fmt == "bullet":
            return bullet_label(lvl.text), lvl.suffix
        out = lvl.text
        for k in range(ilvl, -1, -1):
            token = f"%{k + 1}"
            if token in out:
                ref = level(k)
                value = counters[k] if counters[k] is not None else ref.start
                fmt = "decimal" if (lvl.legal and ref.fmt != "none") else ref.fmt
                out = out.replace(token, format_number(value or 0, fmt))
        return out[:_MAX_LABEL], lvl.suffix


_DEFAULT_LEVELS = tuple(Level(text=f"%{k + 1}.") for k in range(_LEVELS))
"""What a level the list does not define counts like (shared, never changed)."""


def _int_attr(el: Any, name: str) -> int:
    try:
        return int(el.get(name) or 0)
    except ValueError:
        return 0
