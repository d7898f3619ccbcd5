"""One parser for dates as Vietnamese documents write them.

"ngày 15 tháng 4 năm 2021", "ngày 15/4/2021", "15-4-2021", "15.04.2021"; a date whose day or
month was left blank ("ngày    tháng 6 năm 2026") reads as None.
"""

from __future__ import annotations

import datetime as dt

import regex

from vnlegal.lang import rx

# Day/month/year in words. Day and month may be blank (pre-issue copies), hence the optional
# digits; the caller decides what a blank means.
DATE_WORDS_PATTERN = (
    r"ngày\s*+(?P<d>\d{1,2}+)?+\s*+(?:tháng|thg)\s*+(?P<m>\d{1,2}+)?+\s*+năm\s*+(?P<y>\d{4}+)"
)
DATE_NUMERIC_PATTERN = (
    r"(?<![\d/.-])(?P<d2>\d{1,2}+)[/.-](?P<m2>\d{1,2}+)[/.-](?P<y2>(?:19|20)\d\d)(?![\d/])"
)
DATE_RE = rx.compile(
    rf"(?:{DATE_WORDS_PATTERN})|(?:(?:ngày\s*+)?{DATE_NUMERIC_PATTERN})", regex.IGNORECASE
)


def make_date(
    year: int | str | None, month: int | str | None, day: int | str | None
) -> dt.date | None:
    """A valid date, or None when a part is missing or out of range."""
    try:
        if year is None or month is None or day is None:
            return None
        return dt.date(int(year), int(month), int(day))
    except (ValueError, TypeError):
        return None


def date_from_match(m: regex.Match[str]) -> dt.date | None:
    """The date of a ``DATE_RE`` match (None when blank or impossible)."""
    if m.group("y"):
        return make_date(m.group("y"), m.group("m"), m.group("d"))
    return make_date(m.group("y2"), m.group("m2"), m.group("d2"))


def parse_date(text: str) -> dt.date | None:
    """The first date written in ``text``, or None.

    >>> parse_date("Bình Dương, ngày 15 tháng 4 năm 2021")
    datetime.date(2021, 4, 15)
    """
    m = DATE_RE.search(text)
    return date_from_match(m) if m else None
