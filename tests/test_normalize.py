"""Normalization keeps a map to the raw text; fold() equates tone placements."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnlegal.lang.fold import canon_tones, fold
from vnlegal.normalize.core import normalize


def test_edits() -> None:
    raw = "A\u00a0\u00a0 b\r\nc\u2013d  \n\ufeffx\u200b y e\u0301 \n  z\t"
    n = normalize(raw)
    assert n.text == "A b\nc-d\nx y é\nz"
    assert unicodedata.is_normalized("NFC", n.text)


def test_offsets_map_back_to_raw() -> None:
    raw = "Số:\u00a0\u00a0\u00a01560/KH\u2013UBND\r\nKẾ HOẠCH"
    n = normalize(raw)
    i = n.text.index("1560")
    assert raw[n.to_raw(i) : n.to_raw(i) + 4] == "1560"
    j = n.text.index("KẾ")
    assert raw[n.to_raw(j) : n.to_raw(j) + 2] == "KẾ"


def test_wide_gaps_are_column_hints() -> None:
    n = normalize("ỦY BAN NHÂN DÂN        CỘNG HÒA XÃ HỘI")
    assert n.text == "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI"
    assert n.gaps == [len("ỦY BAN NHÂN DÂN")]


def test_decomposed_input_is_composed() -> None:
    nfd = unicodedata.normalize("NFD", "Điều 62. Sửa đổi, bổ sung")
    assert normalize(nfd).text == "Điều 62. Sửa đổi, bổ sung"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("hoà", "hòa"),
        ("thuỷ", "thủy"),
        ("UỶ BAN", "ủy ban"),
        ("khoẻ", "khỏe"),
        ("CỘNG HOÀ", "Cộng hòa"),
    ],
)
def test_fold_equates_tone_placement(a: str, b: str) -> None:
    assert fold(a) == fold(b)


def test_canon_tones_keeps_length() -> None:
    s = "UỶ BAN NHÂN DÂN TỈNH AN GIANG, CỘNG HOÀ, thuỷ lợi, quý"
    assert len(canon_tones(s)) == len(s)
    assert canon_tones(s).startswith("ỦY BAN")


_BLANKISH = [
    *"ab \n\r\t\f\u00a0\u3000\u200b\u00ad\u2013\u2212\u0301\u0302\u0309e",
    "  ",
    "\n ",
    " \n",
    "\r\n",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_BLANKISH), max_size=40), st.integers(min_value=0, max_value=3))
def test_edit_points_are_those_of_the_full_pattern(parts: list[str], start: int) -> None:
    """The fast edit-point finder gives exactly the matches of the one-pass pattern."""
    from vnlegal.normalize.core import _EDIT, _edits

    text = "".join(parts)
    start = min(start, len(text))
    assert [m.span() for m in _edits(text, start)] == [m.span() for m in _EDIT.finditer(text, start)]
