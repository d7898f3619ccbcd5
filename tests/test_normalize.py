"""Normalization keeps a map to the raw text; fold() equates tone placements."""

from __future__ import annotations

import unicodedata

import pytest

from vnlegal.normalize import canon_tones, fold, normalize


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
