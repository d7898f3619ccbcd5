"""Markdown export: every fixture renders, with a heading per unit and every citation linked by
key to the list of cited documents (checked by rendering with a CommonMark parser)."""

from __future__ import annotations

import re

import pytest

from vnlegal.export.markdown import to_markdown
from vnlegal.model import Document, Node, Span

from .conftest import TEXTS, parsed

markdown_it = pytest.importorskip("markdown_it")

FIXTURES = sorted(p.name[:3] for p in TEXTS.glob("*.txt"))
_HEADED = {"part", "chapter", "section", "subsection", "article"}


def html(md: str) -> str:
    return str(markdown_it.MarkdownIt("commonmark").enable("table").render(md))


def headed_nodes(doc: Document) -> int:
    """Units rendered as headings of level 2..6 (the deeper ones become bold lines)."""
    count = 0

    def walk(nodes: list[Node], level: int) -> None:
        nonlocal count
        for n in nodes:
            if n.kind in ("bullet", "table"):
                walk(n.children, level)
                continue
            headed = n.kind in _HEADED or bool(n.title)
            if headed and level <= 6:
                count += 1
            walk(n.children, level + 1)

    for part in (
        doc.preamble,
        doc.body,
        *[a.preamble for a in doc.attachments],
        *[a.body for a in doc.attachments],
    ):
        walk(part, 2)
    return count


@pytest.mark.parametrize("prefix", FIXTURES)
def test_fixture_renders_with_headings_and_linked_citations(prefix: str) -> None:
    doc = parsed(prefix)
    md = to_markdown(doc)
    assert md.startswith("# ") and md.endswith("\n")
    headings = [line for line in md.splitlines() if re.match(r"#{1,6} ", line)]
    extra = 1 + len(doc.attachments) + (1 if doc.citations else 0)  # title, attachments, cited list
    assert len(headings) == headed_nodes(doc) + extra
    rendered = html(md)
    # Every reference link resolved (CommonMark leaves an undefined [text][label] as text).
    written = len(re.findall(r"(?<!\\)\]\[", md))
    assert rendered.count('<a href="#ref-') == written
    assert "][" not in re.sub(r"<code>.*?</code>", "", rendered)
    assert rendered.count('<a id="ref-') == len({c.key or c.text for c in doc.citations})


def test_nearly_every_citation_is_linked() -> None:
    total = linked = 0
    for prefix in FIXTURES:
        doc = parsed(prefix)
        total += len(doc.citations)
        linked += html(to_markdown(doc)).count('<a href="#ref-')
    assert linked >= 0.98 * total, (linked, total)


def test_seed_plan() -> None:
    doc = parsed("000")
    md = doc.to_markdown()
    assert md == to_markdown(doc)
    lines = md.splitlines()
    assert lines[:3] == [
        "# Kế hoạch 1560/KH-UBND",
        "",
        "**Công tác thông tin đối ngoại tỉnh Bình Dương năm 2021**",
    ]
    assert "- **Cơ quan ban hành:** Ủy ban nhân dân tỉnh Bình Dương" in lines
    assert "## I. MỤC ĐÍCH, YÊU CẦU" in lines
    assert "### 1. Mục đích" in lines
    assert "- Số lượng: dự kiến 250 người/hội nghị." in lines
    assert (
        md.startswith("# Kế hoạch")
        and "Căn cứ [Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ][72/2015/NĐ-CP]" in md
    )
    # Two mentions of Quyết định 1191/QĐ-TTg, one entry.
    assert md.count("][1191/QĐ-TTg]") == 2
    assert '[1191/QĐ-TTg]: #ref-3 "Quyết định 1191/QĐ-TTg"' in lines


def test_normative_document() -> None:
    md = to_markdown(parsed("054"))
    assert "## Chương I. NHỮNG QUY ĐỊNH CHUNG" in md.splitlines()
    assert "### Điều 1. Phạm vi điều chỉnh" in md.splitlines()
    decree = to_markdown(parsed("046"))
    assert (
        "**1.** [Nghị định số 35/2005/NĐ-CP ngày 17 tháng 3 năm 2005 của Chính phủ][35/2005/NĐ-CP]" in decree
    )


def test_closing_attachments_and_tables() -> None:
    md = to_markdown(parsed("003"))
    assert "**KT. BỘ TRƯỞNG**  \n**THỨ TRƯỞNG**  \n**Lê Công Thành**" in md
    assert "**Nơi nhận:**" in md
    assert "\n# PHỤ LỤC" in md
    assert "<table>" in html(md)


def test_nested_bullets_are_nested_lists() -> None:
    rendered = html(to_markdown(parsed("038")))
    assert re.search(r"<li>[^<]*<ul>\s*<li>", rendered)


def test_text_that_looks_like_markdown_stays_text() -> None:
    para = Node(
        id="I.paragraph_1",
        kind="paragraph",
        text="1. không phải *danh sách* [x] <b>đậm</b>\n# không tiêu đề",
        span=Span(start=0, end=1),
    )
    node = Node(id="I", kind="section", label="I", title="A_B", children=[para], span=Span(start=0, end=1))
    rendered = html(to_markdown(Document(body=[node])))
    assert "<ol" not in rendered and "<em>" not in rendered and "<b>" not in rendered
    assert "<h1>không tiêu đề" not in rendered
    assert "1. không phải *danh sách* [x] &lt;b&gt;đậm&lt;/b&gt;" in rendered
    assert "<h2>I. A_B</h2>" in rendered


def test_empty_document() -> None:
    assert to_markdown(Document()) == "# Văn bản\n"
