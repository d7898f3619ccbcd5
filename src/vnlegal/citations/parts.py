"""The pieces of one mention: its symbol, pinpoint, date and issuer phrase; and the sentence
around it (a law's name is read by ``vnlegal.citations.names``).

Each reader takes the text and an offset and returns what it read and where it stopped, so the
engine (``vnlegal.citations.find``) assembles a mention left to right.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from vnlegal.citations.patterns import (
    CITE_SYMBOL_RE,
    DAMAGED_TAIL_RE,
    DATE_LEAD_RE,
    MARKER_RE,
    PIN_TOKEN_RE,
    PINPOINT_RE,
    SHORT_YEAR_RE,
    WORD_RE,
    sentence_end_re,
)
from vnlegal.lang import rx
from vnlegal.lang.dates import DATE_RE, date_from_match, make_date
from vnlegal.lang.fold import fold
from vnlegal.lang.symbols import known_codes, normalize_symbol, parse_symbol
from vnlegal.lang.vocab import doc_type_for_code, issuer_codes, issuer_for_code
from vnlegal.model import Pinpoint, Symbol


@dataclass
class Mention:
    """One mention being assembled; offsets index the text."""

    start: int
    """Start of the mention as reported (pinpoint words or a lead-in included)."""
    end: int
    """End of the mention (after its date and issuer)."""
    core: int
    """Start of the type word, name or symbol."""
    doc_type: str | None = None
    symbol: Symbol | None = None
    name: str | None = None
    date: dt.date | None = None
    issuer: str | None = None
    issuer_from: str = ""
    """"text" (written in the mention), "context" (read from the sentence) or ""."""
    pinpoint: Pinpoint | None = None
    internal: bool = False
    relation: str = "reference"
    top: bool = True
    """False for a mention inside the subject of another one."""
    typeless: bool = False
    colon: bool = False
    """Written "số:" - the document's own number in a header, not a citation."""
    fixed: str = ""
    """A relation known before the relation rules run (the law an enacting line amends)."""
    inner: list[Mention] = field(default_factory=list)
    """Laws named inside this one's name (an amending law's "... của Luật X và Luật Y")."""
    alias_of: Mention | None = None
    """The mention this one is a short form of ("(sau đây viết tắt là Chỉ thị 11)")."""


# --- sentences ----------------------------------------------------------------------------

# How far a sentence boundary is looked for around a mention: longer runs without one are table
# debris or hostile input, and bounding the scans keeps the engine linear.
SENTENCE_REACH = 1500


def sentence_start(text: str, lo: int, pos: int) -> int:
    """Start of the clause-level sentence that contains ``pos`` (not before ``lo``)."""
    lo = max(lo, pos - SENTENCE_REACH)
    rev = sentence_end_re(reverse=True)
    while True:
        m = rev.search(text, lo, pos)
        if m is None:
            return lo
        if m.group() in ".)":
            # The dot of a list marker ("5. Nghị định ...") does not end a sentence.
            line = text.rfind("\n", lo, m.start()) + 1
            mk = MARKER_RE.match(text, line, m.end())
            if mk is not None and mk.end() == m.end():
                pos = m.start()
                continue
        return int(m.end())


def sentence_end(text: str, pos: int, hi: int) -> int:
    """End of the sentence that contains ``pos`` (not after ``hi``)."""
    m = sentence_end_re(reverse=False).search(text, pos, min(hi, pos + SENTENCE_REACH))
    return int(m.start()) if m is not None else min(hi, pos + SENTENCE_REACH)


# --- symbols ------------------------------------------------------------------------------

_SEGMENTS = rx.compile(r"[-./&]")
_LAST_SEGMENT = rx.compile(r"[-/.]")
_SERIAL_CODE = rx.compile(r"[A-Z]\d{1,3}")
_DOTTED_YEAR = rx.compile(r"^(?P<num>\d++(?:\.\d++)*?)\.(?P<year>(?:19|20)\d\d)/")
_NUMBER = rx.compile(r"\d++(?:\.\d++)*+[a-zđ]?")
_NUM_YEAR = rx.compile(r"(?P<n>\d++)/(?P<y>(?:19|20)\d\d)")
_PARTY = rx.compile(r"\d[\d.]*+-\p{L}++/")


def code_looks_like_code(code: str) -> bool:
    """True for "NĐ-CP", "TTg", "BCĐ.TTĐN", "V28"; false for words ("Điều", "Tháp")."""
    for i, seg in enumerate(_SEGMENTS.split(code)):
        letters = [c for c in seg if c.isalpha()]
        upper = sum(c.isupper() for c in letters)
        if letters and upper <= len(letters) - upper and (i == 0 or len(seg) > 3 or not upper):
            # A short capitalized part after a code is an abbreviation ("27/ĐN-Cty").
            return False
    return True


def finish_symbol(text: str, m: Any) -> tuple[str, int]:
    """Normalized text and end offset of a CITE_SYMBOL_RE match, with repairs.

    Repairs: a tail split off by a lost hyphen ("86/QĐ UBND", "05/CT BCA V28"), a year joined
    by a dot ("66.4.2025/NQ-CP"), a type code glued to a known issuer code ("2417/QĐUBND").
    """
    end = int(m.end())
    sym = str(m.group(0))
    if "-" not in m.group("code"):
        while True:
            t = DAMAGED_TAIL_RE.match(text, end, end + 16)
            last = _LAST_SEGMENT.split(sym)[-1]
            if t is None or not (
                doc_type_for_code(last) is not None
                or t.group("tail") in issuer_codes()
                or _SERIAL_CODE.fullmatch(t.group("tail"))
            ):
                break
            sym = f"{sym}-{t.group('tail')}"
            end = int(t.end())
    s = normalize_symbol(sym)
    d = _DOTTED_YEAR.match(s)
    if d is not None and not m.group("year"):
        s = f"{d.group('num')}/{d.group('year')}/{s[d.end() :]}"
    return _split_glued(s), end


def _split_glued(s: str) -> str:
    """ "2417/QĐUBND" -> "2417/QĐ-UBND": a type code glued to a known issuer code."""
    head, slash, code = s.rpartition("/")
    if not slash or "-" in code or not code.isupper():
        return s
    for i in range(1, len(code)):
        if doc_type_for_code(code[:i]) is not None and code[i:] in known_codes():
            return f"{head}/{code[:i]}-{code[i:]}"
    return s


def to_symbol(s: str) -> Symbol:
    """A Symbol for normalized text ``s``; dotted numbers ("66.4/2025/NQ-CP") are kept whole."""
    num = _NUMBER.match(s)
    if num is not None and "." in num.group():
        parsed = parse_symbol("0" + s[num.end() :])
        if parsed is not None:
            return parsed.model_copy(update={"text": s, "number": num.group()})
    parsed = parse_symbol(s)
    if parsed is not None and parsed.text == s:
        return parsed
    bare = _NUM_YEAR.fullmatch(s)
    if bare is not None:
        return Symbol(text=s, number=bare.group("n"), year=int(bare.group("y")))
    head, _, rest = s.partition("/")
    return Symbol(text=s, number=head, issuer_code=rest or None)


def symbol_at(text: str, pos: int) -> Any:
    """A plausible symbol match right at ``pos`` (after "số" or a law's name), else None."""
    m = CITE_SYMBOL_RE.match(text, pos, pos + 80)
    if m is None or m.group("blank") or not code_looks_like_code(m.group("code")):
        return None
    return m


def issuer_from_symbol(sym: Symbol) -> str | None:
    """The body a symbol's issuer code names with certainty ("CP" -> Chính phủ), else None.

    Not decoded: joint codes ("BTC-BNV" names two bodies) and Party codes ("35-NQ/TW" is used
    by the Central Committee, the Politburo and the Secretariat alike).
    """
    code = sym.issuer_code or ""
    if not code or "/" in code or _PARTY.match(sym.text):
        return None
    parts = code.split("-")
    if len(parts) > 1 and issuer_for_code(parts[1]) is not None:
        return None
    return issuer_for_code(parts[0])


# --- pinpoints ----------------------------------------------------------------------------

_LEVEL_KEYS = {
    "điểm": "point",
    "khoản": "clause",
    "điều": "article",
    "chương": "chapter",
    "mục": "section",
    "tiểu mục": "section",
    "phần": "part",
    "phụ lục": "appendix",
}
_CLOSING_LEVELS = ("article", "chapter", "part", "section", "appendix")


def read_pinpoint(text: str, lo: int, hi: int) -> tuple[Pinpoint, int] | None:
    """The pinpoint chain that ends at ``hi`` (only spaces, "," or "của" between), and its start.

    Several articles are joined ("Điều 4, Điều 5" -> "4, 5"); when two locations each name a
    clause or point ("khoản 2 Điều 6 và khoản 1 Điều 30"), only the one next to the document is
    kept: one pinpoint cannot hold both.
    """
    m = PINPOINT_RE.search(text, max(lo, hi - 220), hi)
    if m is None:
        return None
    items: list[tuple[dict[str, list[str]], int]] = []
    pending: dict[str, list[str]] = {}
    pending_start = -1
    level = ""
    for t in PIN_TOKEN_RE.finditer(text, m.start(), m.end()):
        if t.group("level"):
            level = _LEVEL_KEYS.get(fold(t.group("level")), "")
        if not level:
            continue
        if pending_start < 0:
            pending_start = int(t.start())
        pending.setdefault(level, []).append(t.group("label"))
        if level in _CLOSING_LEVELS and t.group("level"):
            items.append((pending, pending_start))
            pending, pending_start = {}, -1
    if pending:
        items.append((pending, pending_start))
    if not items:
        return None
    if sum(1 for labels, _ in items if "clause" in labels or "point" in labels) >= 2:
        items = items[-1:]
    merged: dict[str, list[str]] = {}
    for labels, _ in items:
        for k, v in labels.items():
            merged.setdefault(k, []).extend(v)
    start = items[0][1]
    if text[m.start() : start].strip().lower() == "các":
        start = int(m.start())
    return Pinpoint(**{k: ", ".join(v) for k, v in merged.items()}), start


# --- dates --------------------------------------------------------------------------------


def read_date(text: str, pos: int, end: int, year_hint: int | None) -> tuple[dt.date | None, int]:
    """A date written at ``pos`` ("ngày 07/9/2015", "ngày 02 tháng 5 năm 2024") and its end;
    (None, pos) when none is written there."""
    end = min(end, pos + 60)
    lead = DATE_LEAD_RE.match(text, pos, end)
    if lead is None:
        return None, pos
    m = DATE_RE.match(text, lead.end(), end)
    if m is not None:
        return date_from_match(m), int(m.end())
    s = SHORT_YEAR_RE.match(text, lead.end(), end)
    if s is not None and year_hint is not None and str(year_hint).endswith(s.group("y")):
        return make_date(year_hint, s.group("m"), s.group("d")), int(s.end())
    return None, pos


# --- words ------------------------------------------------------------------------------

SPACES = rx.compile(r"\s*+")
DIGIT = rx.compile(r"\d")
STOP_CHARS = frozenset(',;.:()[]"“”|\t')


def next_is_lower(text: str, pos: int, end: int) -> bool:
    """True when the next word after ``pos`` starts in lower case."""
    w = WORD_RE.search(text, pos, min(end, pos + 40))
    return w is not None and w.group()[0].islower()
