"""Symbols and dates: one parser each, shared by header and citations."""

from __future__ import annotations

import datetime as dt

import pytest

from vnlegal.lang.dates import parse_date
from vnlegal.lang.symbols import parse_symbol

SYMBOLS = [
    ("1560/KH-UBND", "1560", None, "KH", "UBND"),
    ("72/2015/NĐ-CP", "72", 2015, "NĐ", "CP"),
    ("2905/BTTTT-TTĐN", "2905", None, None, "BTTTT-TTĐN"),
    ("01-KH/BCĐ.TTĐN", "01", None, "KH", "BCĐ.TTĐN"),
    ("77/2015/QH13", "77", 2015, None, "QH13"),
    ("1004/2025/UBTVQH15", "1004", 2025, None, "UBTVQH15"),
    ("01/2021/TTLT-BTC-BNV", "01", 2021, "TTLT", "BTC-BNV"),
    ("35-NQ/TW", "35", None, "NQ", "TW"),
    ("23/VBHN-VPQH", "23", None, "VBHN", "VPQH"),
    ("217-HĐBT", "217", None, None, "HĐBT"),
    ("16 /2026/QĐ-UBND", "16", 2026, "QĐ", "UBND"),
    ("/KH-SCT", "", None, "KH", "SCT"),
    ("13/CT\u2013TTg", "13", None, "CT", "TTg"),
]


@pytest.mark.parametrize(("text", "number", "year", "type_code", "issuer_code"), SYMBOLS)
def test_symbol(
    text: str, number: str, year: int | None, type_code: str | None, issuer_code: str
) -> None:
    s = parse_symbol(text)
    assert s is not None
    assert (s.number, s.year, s.type_code, s.issuer_code) == (number, year, type_code, issuer_code)
    assert " " not in s.text and "\u2013" not in s.text


DATES = [
    ("Bình Dương, ngày 15 tháng 4 năm 2021", dt.date(2021, 4, 15)),
    ("ngày 07/9/2015 của Chính phủ", dt.date(2015, 9, 7)),
    ("ngày 25-03-2014", dt.date(2014, 3, 25)),
    ("Hà Nội, ngày 02 tháng 5 năm 2024", dt.date(2024, 5, 2)),
    ("ngày 05 tháng11 năm 2010", dt.date(2010, 11, 5)),
    ("Lào Cai, ngày       tháng 6 năm 2026", None),
    ("ngày 31 tháng 2 năm 2021", None),
    ("năm 2021", None),
]


@pytest.mark.parametrize(("text", "expected"), DATES)
def test_date(text: str, expected: dt.date | None) -> None:
    assert parse_date(text) == expected
