"""Time expressions and quantities of plans, normalized.

"quý III/2021" -> 2021-07-01..2021-09-30; "Quý II-III/2026", "6 tháng đầu năm 2022",
"tháng 5/2023", "năm 2024", "2024-2025", "trước ngày 30/6/2021" (no start), "từ ngày ... đến
ngày ...", "đến năm 2030"; "Thường xuyên", "Hằng năm" keep their text with no dates.
The words come from data/time_words.tsv and data/quantity_words.tsv; matching runs over
``canon_tones`` of the text (same length), so offsets apply to the text as written.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from functools import cache

import regex

from vnlegal.data import QuantityWord, TimeWord, load_table
from vnlegal.lang import rx
from vnlegal.lang.dates import make_date
from vnlegal.lang.fold import canon_alternation as _alt
from vnlegal.lang.fold import canon_tones, fold
from vnlegal.model import Quantity, TimeSpec

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


@dataclass(frozen=True)
class _Patterns:
    atom: regex.Pattern[str]
    may_atom: regex.Pattern[str]
    """What every ``atom`` match holds: a digit, or a quarter or half-year word."""
    prefix: regex.Pattern[str]
    prefix_kind: dict[str, str]
    joiner: regex.Pattern[str]
    open_end: regex.Pattern[str]
    recurring: regex.Pattern[str]


@cache
def _patterns() -> _Patterns:
    words: dict[str, list[str]] = {}
    for row in load_table(TimeWord):
        words.setdefault(row.kind, []).append(row.word)
    day, month, quarter = _alt(words["day"]), _alt(words["month"]), _alt(words["quarter"])
    year, period = _alt(words["year"]), _alt(words["period"])
    half1, half2 = _alt(words["first_half"]), _alt(words["second_half"])
    ranges = _alt(words["range"])
    y = r"(?:19|20)\d\d"
    roman = r"(?:iv|i{1,3}+|[1-4])(?![\p{L}\d])"
    sep = rf"\s*+(?:-|,|&|và|{ranges})\s*+"
    atom = rx.compile(
        rf"""
        (?P<dn>(?:(?:{day})\s*+)?(?<![\d/.])(?P<dn_d>\d{{1,2}})\s*+[/.-]\s*+(?P<dn_m>\d{{1,2}})
            (?:\s*+[/.-]\s*+(?P<dn_y>{y}))?(?![\d/]|\.\d))
        |(?P<dw>(?:{day})\s*+(?P<dw_d>\d{{1,2}})(?!\d)(?:\s++(?:{month})\s*+(?P<dw_m>\d{{1,2}})
            (?:\s*+,?\s*+(?:{year})\s*+(?P<dw_y>{y}))?)?)
        |(?P<h>(?:(?P<h1>{half1})|(?P<h2>{half2}))(?:\s*+(?P<h_y>{y}))?)
        |(?P<q>(?:{quarter})\s*+(?P<q_a>{roman})(?:{sep}(?:(?:{quarter})\s*+)?(?P<q_b>{roman}))?
            (?:\s*+(?:/|-|,)?\s*+(?:(?:{year})\s*+)?(?P<q_y>{y}))?)
        |(?P<mo>(?:{month})\s*+(?P<mo_a>\d{{1,2}})(?!\d)(?:{sep}(?:(?:{month})\s*+)?(?P<mo_b>\d{{1,2}})(?![\d/]\d))?
            (?:\s*+(?:/|-|,)?\s*+(?:(?:{year})\s*+)?(?P<mo_y>{y}))?)
        |(?P<yr>(?:(?:{period}|{year})\s*+)?(?<![\d/.-])(?P<yr_a>{y})
            (?:\s*+(?:-|{ranges})\s*+(?:(?:{year})\s*+)?(?P<yr_b>{y}))?(?![\d/]|-\p{{L}}))
        """,
        regex.IGNORECASE | regex.VERBOSE | regex.V1,
    )
    prefix_words = {w: k for k in ("before", "until", "from", "during") for w in words.get(k, [])}
    prefix = rx.compile(rf"(?:^|(?<=[\s(,;:]))(?:{_alt(list(prefix_words))})\s*+$", regex.IGNORECASE)
    return _Patterns(
        atom=atom,
        # Each branch of ``atom`` has a digit or one of these words; most paragraphs have neither,
        # and this small pattern rules them out many times faster than ``atom`` can.
        may_atom=rx.compile(rf"\d|{quarter}|{half1}|{half2}", regex.IGNORECASE | regex.V1),
        prefix=prefix,
        prefix_kind={fold(w): k for w, k in prefix_words.items()},
        joiner=rx.compile(rf"^(?:{sep}|\s*+;\s*+)$", regex.IGNORECASE),
        open_end=rx.compile(rf"\s*+,?\s*+(?:{_alt(words['open_end'])})", regex.IGNORECASE),
        recurring=rx.compile(rf"(?<!\p{{L}})(?:{_alt(words['recurring'])})(?!\p{{L}})", regex.IGNORECASE),
    )


@dataclass
class _Atom:
    start: int
    end: int
    kind: str  # day | month | quarter | half | year
    first: tuple[int | None, int | None, int | None]  # (year, month, day) of the first point
    last: tuple[int | None, int | None, int | None]


def _int(s: str | None) -> int | None:
    return int(s) if s else None


def _atom(m: regex.Match[str]) -> _Atom:
    g = m.group
    if g("dn") or g("dw"):
        p = "dn" if g("dn") else "dw"
        point = (_int(g(f"{p}_y")), _int(g(f"{p}_m")), _int(g(f"{p}_d")))
        return _Atom(m.start(), m.end(), "day", point, point)
    if g("h"):
        year = _int(g("h_y"))
        months = (1, 6) if g("h1") else (7, 12)
        return _Atom(m.start(), m.end(), "half", (year, months[0], None), (year, months[1], None))
    if g("q"):
        year = _int(g("q_y"))
        qa = _ROMAN[g("q_a").lower()]
        qb = _ROMAN[g("q_b").lower()] if g("q_b") else qa
        return _Atom(m.start(), m.end(), "quarter", (year, 3 * qa - 2, None), (year, 3 * qb, None))
    if g("mo"):
        year = _int(g("mo_y"))
        ma = int(g("mo_a"))
        mb = int(g("mo_b")) if g("mo_b") else ma
        return _Atom(m.start(), m.end(), "month", (year, ma, None), (year, mb, None))
    ya = int(g("yr_a"))
    yb = int(g("yr_b")) if g("yr_b") else ya
    return _Atom(m.start(), m.end(), "year", (ya, None, None), (yb, None, None))


def _first_day(p: tuple[int | None, int | None, int | None]) -> dt.date | None:
    year, month, day = p
    return make_date(year, month or 1, day or 1)


def _last_day(p: tuple[int | None, int | None, int | None]) -> dt.date | None:
    year, month, day = p
    if year is None:
        return None
    month = month or 12
    if not 1 <= month <= 12:
        return None
    return make_date(year, month, day or calendar.monthrange(year, month)[1])


def _fill_years(atoms: list[_Atom], default_year: int | None) -> None:
    """An atom without a year takes the next one's ("từ tháng 5 đến tháng 7/2023")."""
    known: int | None = None
    for a in reversed(atoms):
        year = a.last[0] or a.first[0]
        if year is not None:
            known = year
        fill = known if known is not None else default_year
        a.first = (a.first[0] or fill, a.first[1], a.first[2])
        a.last = (a.last[0] or fill, a.last[1], a.last[2])
    for a in atoms:  # a day alone takes the month of the point after it ("từ ngày 23 đến ...")
        if a.kind == "day" and a.first[1] is None:
            nxt = next((b for b in atoms if b.start > a.start), None)
            if nxt is not None:
                a.first = a.last = (a.first[0] or nxt.first[0], nxt.first[1], a.first[2])


def parse_time(text: str, default_year: int | None = None, *, deadline_only: bool = False) -> TimeSpec | None:
    """The first time expression in ``text`` as {text, start, end}, or None.

    ``default_year`` completes dates written without a year ("trước 15/12"); with
    ``deadline_only`` (prose) a bare date or year is not read as a time, since in a sentence
    it is usually the date of a cited document.

    >>> t = parse_time("thực hiện trong quý III/2021.")
    >>> t.text, t.start.isoformat(), t.end.isoformat()
    ('quý III/2021', '2021-07-01', '2021-09-30')
    """
    if not text:
        return None
    p = _patterns()
    canon = canon_tones(text)
    # Atoms are read only as far as the first group goes, and the recurring words only when
    # the answer needs them (prose, ``deadline_only``, mostly returns None before).
    found = p.atom.finditer(canon)
    first = next(found, None) if p.may_atom.search(canon) is not None else None
    if first is None:
        if deadline_only:
            return None
        every = list(p.recurring.finditer(canon))
        if not every:
            return None
        return TimeSpec(text=text[every[0].start() : every[-1].end()])
    # The first group of atoms joined by "-", ",", "và", "đến".
    group = [first]
    for m in found:
        if p.joiner.match(canon[group[-1].end() : m.start()]) is None:
            break
        group.append(m)
    atoms = [_atom(m) for m in group]
    pm = p.prefix.search(canon, 0, atoms[0].start)
    prefix = p.prefix_kind.get(fold(pm.group()), "") if pm else ""
    if (
        deadline_only
        and prefix not in ("before", "during")
        and not (prefix != "until" and any(a.kind in ("quarter", "half") for a in atoms))
    ):
        return None
    recurring = list(p.recurring.finditer(canon))
    start_at = pm.start() if pm and prefix != "during" else atoms[0].start
    end_at = atoms[-1].end
    repeats = any(r.start() >= atoms[-1].end and r.start() - end_at <= 2 for r in recurring)
    _fill_years(atoms, None if repeats or recurring else default_year)
    start = _first_day(atoms[0].first)
    end = _last_day(atoms[-1].last)
    oe = p.open_end.match(canon, end_at)
    if oe is not None:
        end_at, end = oe.end(), None
    if repeats:
        r = next(r for r in recurring if r.start() >= atoms[-1].end)
        end_at = r.end()
    if prefix == "before":
        first = atoms[0]
        start = None
        if first.kind != "day":
            begin = _first_day(first.first)
            end = begin - dt.timedelta(days=1) if begin else None
        if len(atoms) > 1:
            end = _last_day(atoms[-1].last)
    elif prefix == "until":
        start = None if len(atoms) == 1 else start
    elif prefix == "from" and len(atoms) == 1:
        end = None
    return TimeSpec(text=text[start_at:end_at].strip(" ,;."), start=start, end=end)


@cache
def _quantity_re() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    rows = load_table(QuantityWord)
    lead = _alt([r.word for r in rows if r.kind in ("estimate", "bound")])
    stops = _alt([r.word for r in rows if r.kind == "stop"])
    word = r"\p{L}++(?:\s*+/\s*+\p{L}++)*+"
    pattern = rx.compile(
        rf"(?:(?<!\p{{L}})(?P<pre>(?:(?:{lead})\s*+:?\s*+)++))?"
        rf"(?<![\d/.,])(?P<num>\d{{1,3}}(?:\.\d{{3}})++(?:,\d++)?|\d++(?:,\d++)?)(?![\d/])"
        rf"(?:\s*+(?P<unit>(?!(?:{stops})(?!\p{{L}})){word}(?:\s++(?!(?:{stops})(?!\p{{L}})){word}){{0,2}}))?",
        regex.IGNORECASE,
    )
    estimate = _alt([r.word for r in rows if r.kind == "estimate"])
    return pattern, rx.compile(rf"(?<!\p{{L}})(?:{estimate})(?!\p{{L}})", regex.IGNORECASE)


def parse_quantity(text: str) -> Quantity | None:
    """The first quantity in ``text``: number, unit, and whether it is an estimate.

    >>> q = parse_quantity("dự kiến 250 người/hội nghị.")
    >>> q.text, q.value, q.unit, q.estimated
    ('dự kiến 250 người/hội nghị', 250.0, 'người/hội nghị', True)
    """
    pattern, estimate = _quantity_re()
    canon = canon_tones(text)
    m = pattern.search(canon)
    if m is None:
        return None
    num = m.group("num").replace(".", "").replace(",", ".")
    unit = text[m.start("unit") : m.end("unit")] if m.group("unit") else None
    estimated = estimate.search(canon) is not None
    return Quantity(
        text=text[m.start() : m.end()].strip(),
        value=float(num),
        unit=" ".join(unit.split()) if unit else None,
        estimated=estimated,
    )
