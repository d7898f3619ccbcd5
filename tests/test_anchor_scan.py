"""citations.patterns.anchor_scan: the anchor scans find what ``finditer`` finds (issue 20)."""

from __future__ import annotations

import random
from collections.abc import Iterable

import pytest
import regex

from vnlegal.citations import exclude
from vnlegal.citations import patterns as P

_PIECES = [
    *"0123456789/-. :abđQĐCVNUB\n",
    "số ", "Số ", "SỐ ", "Luật ", "Chỉ thị ", "QUYẾT ĐỊNH ", "Quyết định ", "QĐ-UBND", "12a-UBND",
    "12 -QĐ", "1.2/2020 /TT", "/2021/", "2020", "ab-", "đ-", "\u0663-", "QCVN 05A:2020/BCT",
    "TCVN 2622:1995", "số 48 CT/TW", "Điều 1", "Tên dự án", "tên ", "dự án luật sau đây:",
]  # fmt: skip


def _key(found: Iterable[regex.Match[str]]) -> list[tuple[int, int, tuple[str | None, ...]]]:
    return [(m.start(), m.end(), m.groups()) for m in found]


def _texts() -> list[str]:
    rnd = random.Random(20)
    return ["".join(rnd.choice(_PIECES) for _ in range(rnd.randint(1, 60))) for _ in range(3000)]


@pytest.mark.parametrize("sparse", [0, 24])
def test_anchor_scans_match_finditer(monkeypatch: pytest.MonkeyPatch, sparse: int) -> None:
    # sparse 0: offsets are always listed (the path real documents take).
    monkeypatch.setattr(P, "_SPARSE", sparse)
    for t in _texts():
        for lo, hi in ((0, len(t)), (min(3, len(t)), max(min(3, len(t)), len(t) - 2))):
            so = P.literal_starts(t, P.SO_WORDS, lo, hi)
            for pattern, starts in (
                (P.CITE_SYMBOL_RE, P.symbol_starts(t, lo, hi)),
                (P.STANDARD_RE, P.literal_starts(t, P.STANDARD_WORDS, lo, hi)),
                (P.SO_AFTER_RE, so),
                (P.SPACED_PARTY_RE, so),
                (P.bare_number_re(), P.literal_starts(t, P.bare_number_words(), lo, hi)),
            ):
                assert _key(P.anchor_scan(pattern, t, starts, lo, hi)) == _key(pattern.finditer(t, lo, hi)), t
            heads = exclude._draft_heads(t, lo, hi)[0]
            assert heads == [h.start("line") for h in exclude._HEAD_LINE.finditer(t, lo, hi)], t


def test_dense_words_are_scanned() -> None:
    text = "số " * 1000
    assert P.literal_starts(text, P.SO_WORDS, 0, len(text)) is None
    assert P.symbol_starts("1/" * 1000, 0, 2000) is None
