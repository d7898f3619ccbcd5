"""Markdown made by the HTML-to-Markdown converters people use (html2text, markdownify) reads
as the page itself: the same outline as the HTML reader or the plain text gives.

``benchmarks/converters.py`` measures this on the 282 silver vbpl pages; here a Word page saved
as HTML (fixtures/binary/B06.html) and a dev law (fixtures/texts/054_...) rendered as a portal
renders it: bold headings, a chapter's number and title in one bold run split by ``<br>``, the
number and the word in two bold runs, ``<em>   </em>`` indents, paragraphs wrapped at 78.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

import pytest

import vnlegal
from vnlegal.lang.markers import classify

html2text = pytest.importorskip("html2text")
markdownify = pytest.importorskip("markdownify")

ROOT = Path(__file__).resolve().parent.parent
LAW = ROOT / "fixtures" / "texts" / "054_luat_84-2025-qh15_thanh-tra.txt"
Outline = list[tuple[tuple[str, str | None], ...]]


def _h2t(width: int) -> Callable[[str], str]:
    def convert(page: str) -> str:
        h = html2text.HTML2Text()
        h.body_width = width
        return str(h.handle(page))

    return convert


CONVERTERS: dict[str, Callable[[str], str]] = {
    "html2text": _h2t(78),
    "html2text_nowrap": _h2t(0),
    "markdownify": lambda page: str(markdownify.markdownify(page, heading_style="ATX")),
}


def outline(nodes: list[vnlegal.Node], above: tuple[tuple[str, str | None], ...] = ()) -> Outline:
    out: Outline = []
    for n in nodes:
        if n.kind in ("part", "chapter", "section", "subsection", "article", "item", "subitem", "point"):
            path = (*above, (n.kind, n.label))
            out.append(path)
            out += outline(n.children, path)
        else:
            out += outline(n.children, above)
    return out


def portal_page(text: str) -> str:
    """``text`` as a portal page: a <p> per line; divisions in bold, a chapter's word and number
    in two bold runs and its title after a <br> in the same paragraph; clauses indented with an
    emphasised run of spaces."""
    lines = text.split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        line = html.escape(lines[k])
        m = classify(lines[k])
        if m is not None and m.kind == "chapter" and k + 1 < len(lines):
            word, _, number = line.partition(" ")
            title = html.escape(lines[k + 1])
            out.append(f"<p><strong>{word}</strong><strong>{number}</strong><br><strong>{title}</strong></p>")
            k += 2
            continue
        if m is not None and m.kind == "article":
            out.append(f"<p><strong>{line}</strong></p>")
        elif m is not None and m.kind in ("item", "point"):
            out.append(f"<p><em>   </em>{line}</p>")
        else:
            out.append(f"<p>{line}</p>")
        k += 1
    return "<html><body>" + "\n".join(out) + "</body></html>"


@pytest.mark.parametrize("name", sorted(CONVERTERS))
def test_a_law_through_a_portal_and_a_converter_keeps_its_outline(name: str) -> None:
    text = LAW.read_text(encoding="utf-8")
    expected = outline(vnlegal.parse_text(text).body)
    assert len(expected) > 50  # chapters, articles, clauses and points
    got = outline(vnlegal.parse_text(CONVERTERS[name](portal_page(text))).body)
    assert got == expected


@pytest.mark.parametrize("name", sorted(CONVERTERS))
def test_a_word_page_saved_as_html_through_a_converter_keeps_its_outline(name: str) -> None:
    page = ROOT / "fixtures" / "binary" / "B06.html"
    expected = outline(vnlegal.parse(page).body)
    assert expected
    got = outline(vnlegal.parse_text(CONVERTERS[name](page.read_text(encoding="utf-8"))).body)
    assert got == expected
