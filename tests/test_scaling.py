"""Regression tests for the hot spots found by probing hostile shapes of input: each input
below took 10-30 s before its fix (quadratic) and takes well under a second after it. The
bounds leave a wide margin for a busy CI machine; a quadratic relapse blows through them."""

from __future__ import annotations

import time
from functools import cache

import pytest

import vnlegal
from vnlegal.readers.html import read_html

from .conftest import TEXTS
from .hostile import PDF_PLAN, pdf
from .invariants import check_document

BOUND_S = 6.0


def _timed(text: str) -> tuple[vnlegal.Document, float]:
    vnlegal.parse("Kế hoạch\nấm")  # imports and table loads are not the hot spot
    start = time.perf_counter()
    doc = vnlegal.parse(text)
    return doc, time.perf_counter() - start


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # outline: each duplicate id searched its "_2", "_3", ... suffixes from the start.
        ("duplicate_article_numbers", "Kế hoạch\n" + "Điều 1. Nội dung\n" * 20_000),
        # normalize: a run of tone marks was rescanned from every position in it.
        ("run_of_tone_marks", "Kế hoạch\na" + "\u0301" * 100_000 + "\n"),
        # outline: a hard-wrapped paragraph's growing text was searched for its end per line.
        ("one_paragraph_of_10000_lines", "Kế hoạch\n" + ("Q" * 60 + "\n") * 10_000),
        # stages: every citation compared nodes field by field and rebuilt sibling offsets.
        ("thousands_of_citations", "Kế hoạch\n" + "\nĐiều 1 số 1/2020/NĐ-CP ngày 1/2/2020 " * 4_000),
    ],
)
def test_hot_spot_stays_linear(name: str, text: str) -> None:
    doc, elapsed = _timed(text)
    assert elapsed < BOUND_S, f"{name}: {elapsed:.1f} s"
    check_document(doc)


@cache
def _flattened() -> str:
    texts = [p.read_text(encoding="utf-8") for p in sorted(TEXTS.glob("*.txt"))]
    return " ".join(" ".join(texts).split())


def test_a_million_characters_on_one_line() -> None:
    """A document flattened onto one line (lost line breaks) is read, in linear time."""
    flat = _flattened()
    text = (flat * (1_000_000 // len(flat) + 1))[:1_000_000]
    doc, elapsed = _timed(text + "\n")
    assert elapsed < 5 * BOUND_S, f"{elapsed:.1f} s"
    assert doc.citations
    check_document(doc)


def test_html_nested_deeper_than_libxml2_default_keeps_its_text() -> None:
    """libxml2 drops content below 255 levels without a word unless told otherwise; pages
    with hundreds of unclosed tags are read whole, iteratively (no recursion limit)."""
    inner = "Kế hoạch số 12/KH-UBND về việc triển khai nhiệm vụ năm 2024."
    page = "<html><body>" + "<font>" * 900 + inner + "</body></html>"
    text = read_html(page.encode()).pages[0]
    assert inner in text


def test_html_text_node_over_ten_megabytes_is_kept() -> None:
    """libxml2 also drops a text node over 10 MB unless told otherwise."""
    body = "Nội dung kế hoạch. " * 600_000
    page = f"<html><body><p>{body}</p></body></html>"
    text = read_html(page.encode()).pages[0]
    assert body.strip() in text


def _hairlines() -> str:
    """Some 37 000 short rules that do not join: 19 000 horizontal, 18 600 vertical."""
    ops = ["0.1 w"]
    for j in range(380):
        for i in range(50):
            x, y = 20 + i * 11.1, 40 + j * 2.05
            ops.append(f"{x:.2f} {y:.2f} m {x + 8.2:.2f} {y:.2f} l S")
    for i in range(270):
        for j in range(69):
            x, y = 20 + i * 2.05, 40 + j * 11.0
            ops.append(f"{x:.2f} {y:.2f} m {x:.2f} {y + 8.2:.2f} l S")
    return "\n".join(ops)


def test_pdf_page_of_hairlines() -> None:
    """Tables are found by testing every horizontal rule against every vertical one: a page of
    hairlines took 22 s for its 350 million pairs. Past a million pairs the page is read as
    text, with a warning."""
    data = pdf([PDF_PLAN], drawing=_hairlines())
    vnlegal.parse(pdf([PDF_PLAN]))
    start = time.perf_counter()
    doc = vnlegal.parse(data)
    assert time.perf_counter() - start < BOUND_S
    assert any("too many rules" in w for w in doc.source.warnings)
    assert "KE HOACH" in doc.text
