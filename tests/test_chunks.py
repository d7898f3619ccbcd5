"""Chunks for retrieval (vnlegal.chunks) on the dev normative texts: every chunk's text is a slice of
Document.text, the chunks tile the outline, none crosses a Điều, long Điều are split at khoản."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

import vnlegal
from vnlegal.model import Document, Node

TEXTS = Path(__file__).resolve().parent.parent / "fixtures" / "texts"
NORMATIVE = (
    "016_quyet-dinh_16-2026-qd-ubnd_laocai_ban-hanh-quy-che-ccn",
    "024_quyet-dinh_45-2025-qd-ttg_nha-o-cong-vu", "044_nghi-quyet_170-2024-qh15",
    "046_nghi-dinh_285-2025-nd-cp_bai-bo", "048_thong-tu_62-2019-tt-bca",
    "050_thong-tu_14-2024-tt-bct", "054_luat_84-2025-qh15_thanh-tra",
)  # fmt: skip
OTHERS = ("000_ke-hoach_1560-kh-ubnd_binhduong_ttdn_2021", "038_bao-cao_bc-ubnd_laocai_khoang-san-2025")


@pytest.fixture(scope="module", params=[*NORMATIVE, *OTHERS])
def doc(request: pytest.FixtureRequest) -> Document:
    return vnlegal.parse(str(TEXTS / f"{request.param}.txt"))


def _regions(doc: Document) -> list[tuple[str, list[Node]]]:
    out = [("main", [*doc.preamble, *doc.body])]
    return out + [(a.id, [*a.preamble, *a.body]) for a in doc.attachments]


def _articles(doc: Document) -> list[Node]:
    return [n for n in doc.iter_nodes() if n.kind == "article"]


@pytest.mark.parametrize(("max_chars", "overlap"), [(1500, 0), (600, 120), (250, 40)])
def test_chunks_tile_and_respect_articles(doc: Document, max_chars: int, overlap: int) -> None:
    parts = vnlegal.chunks(doc, max_chars=max_chars, overlap=overlap)
    assert [c.index for c in parts] == list(range(len(parts)))
    for c in parts:
        assert c.text == doc.text[c.text_span.start : c.text_span.end]
        assert c.text_span.start <= c.span.start < c.span.end == c.text_span.end
        assert c.span.start - c.text_span.start <= overlap
        assert not doc.text[c.span.start].isspace() and not doc.text[c.span.end - 1].isspace()
    # Tiling: per region, consecutive chunks leave only white space between them, and the
    # first and last reach the region's first and last characters.
    for part, nodes in _regions(doc):
        mine = [c for c in parts if c.part == part]
        if not nodes:
            assert not mine
            continue
        text = doc.text
        lo = min(n.span.start for n in nodes)
        hi = max(n.span.end for n in nodes)
        assert text[lo : mine[0].span.start].strip() == ""
        assert text[mine[-1].span.end : hi].strip() == ""
        for a, b in itertools.pairwise(mine):
            assert a.span.end <= b.span.start and text[a.span.end : b.span.start].strip() == ""
    # No chunk, overlap included, holds text of two Điều.
    for c in parts:
        touched = [
            a.id for a in _articles(doc)
            if doc.text[max(a.span.start, c.text_span.start) : min(a.span.end, c.text_span.end)].strip()
        ]  # fmt: skip
        assert len(touched) <= 1, (c.id, touched)
        if touched:
            assert c.article == touched[0]
    # Metadata and citations.
    h = doc.header
    for c in parts:
        assert c.symbol == (h.symbol.text if h.symbol else None) and c.doc_type == h.doc_type
        assert c.date == (h.date.isoformat() if h.date else None)
        inside = [x.key for x in doc.citations if x.key and c.span.start <= x.span.start < c.span.end]
        assert c.citations == list(dict.fromkeys(inside))


def test_long_article_split_at_clauses() -> None:
    doc = vnlegal.parse(str(TEXTS / "054_luat_84-2025-qh15_thanh-tra.txt"))
    parts = vnlegal.chunks(doc, max_chars=1200)
    dieu2 = [c for c in parts if c.article == "chuong_I.dieu_2"]
    assert [c.breadcrumb for c in dieu2] == [
        "Chương I > Điều 2 > khoản 1 – 6", "Chương I > Điều 2 > khoản 7 – 13", "Chương I > Điều 2 > khoản 14",
    ]  # fmt: skip
    assert dieu2[0].text.startswith("Điều 2. Giải thích từ ngữ")
    assert dieu2[1].text.startswith("7. ")
    # A Chương heading goes with its first Điều, which fits whole.
    first = next(c for c in parts if c.article == "chuong_I.dieu_1")
    assert first.text.startswith("Chương I\nNHỮNG QUY ĐỊNH CHUNG\nĐiều 1.")
    assert first.breadcrumb == "Chương I > Điều 1"
    assert all(len(c.span.model_dump()) == 2 and c.span.end - c.span.start <= 1200 for c in parts)
    # The preamble stands apart.
    assert parts[0].breadcrumb == "Mở đầu" and parts[0].text.startswith("Căn cứ Hiến pháp")
    assert parts[0].id == "84/2025/QH15#0000"


def test_bad_arguments() -> None:
    doc = vnlegal.parse_text("QUYẾT ĐỊNH\n\nĐiều 1. Một điều.\n\nĐiều 2. Điều nữa.\n")
    with pytest.raises(ValueError):
        vnlegal.chunks(doc, max_chars=0)
    with pytest.raises(ValueError):
        vnlegal.chunks(doc, overlap=-1)
    assert [json.loads(c.model_dump_json())["article"] for c in vnlegal.chunks(doc)] == ["dieu_1", "dieu_2"]
