"""No text lost: the top-level parts of every fixture tile ``Document.text``."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

import vnlegal
from vnlegal.model import Document

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
DOCUMENTS = sorted((FIXTURES / "texts").glob("*.txt")) + sorted(
    p
    for p in (FIXTURES / "binary").glob("*")
    if p.suffix.lower() in (".docx", ".pdf", ".html")
    and "_encrypted" not in p.stem  # unreadable by design
    and "_nomap" not in p.stem
)


def assert_tiles(doc: Document) -> None:
    parts = doc.parts
    assert parts, "a document with text has parts"
    assert parts[0].span.start == 0
    assert parts[-1].span.end == len(doc.text)
    for a, b in itertools.pairwise(parts):
        assert a.span.end == b.span.start, (a, b)
    leftovers = [p for p in parts if p.kind == "leftover" and doc.text[p.span.start : p.span.end].strip()]
    assert len(leftovers) == sum("belongs to no part" in w for w in doc.source.warnings)


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name[:12])
def test_parts_tile_the_text(path: Path) -> None:
    doc = vnlegal.parse(path)
    assert_tiles(doc)
    kinds = [p.kind for p in doc.parts]
    if doc.body:
        assert "body" in kinds
    if doc.closing.signature is not None or doc.closing.recipients:
        assert "closing" in kinds
    assert kinds.count("attachment") == len(doc.attachments)


def test_header_preamble_body_in_order() -> None:
    doc = vnlegal.parse(FIXTURES / "texts" / "000_ke-hoach_1560-kh-ubnd_binhduong_ttdn_2021.txt")
    kinds = [p.kind for p in doc.parts]
    assert kinds[:3] == ["header", "preamble", "body"]
    body = next(p for p in doc.parts if p.kind == "body")
    assert doc.text[body.span.start :].startswith("I. MỤC ĐÍCH")
