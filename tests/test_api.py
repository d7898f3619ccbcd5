"""parse(): inputs, encodings, errors, and invariants every Document keeps."""

from __future__ import annotations

import pickle
import unicodedata

import pytest

import vnlegal
from vnlegal.model import Document

from .conftest import TEXTS, fixture_path, parsed

SEED = fixture_path("000")
_TONES = "\u0300\u0301\u0303\u0309\u0323"


def _cp1258(text: str) -> bytes:
    """Windows-1258 bytes: base letters precomposed, tone marks as combining characters."""
    out = []
    for ch in text:
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in _TONES))
        out.append(base + "".join(c for c in d if c in _TONES))
    return "".join(out).encode("cp1258")


def test_path_bytes_and_str_agree() -> None:
    by_path = vnlegal.parse(SEED)
    by_str_path = vnlegal.parse(str(SEED))
    by_bytes = vnlegal.parse(SEED.read_bytes())
    by_text = vnlegal.parse(SEED.read_text(encoding="utf-8"))
    assert by_path.source.path == str(SEED)
    assert by_bytes.source.path is None
    for other in (by_str_path, by_bytes, by_text):
        assert other.header == by_path.header
        assert other.body == by_path.body
    assert by_bytes.source.sha256 == by_path.source.sha256


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (b"\xef\xbb\xbf" + "Số: 1560/KH-UBND\nKẾ HOẠCH".encode(), "utf-8-sig"),
        ("Số: 1560/KH-UBND\nKẾ HOẠCH".encode("utf-16"), "utf-16"),
        (_cp1258("Số: 1560/KH-UBND\nKẾ HOẠCH"), "cp1258"),
    ],
)
def test_encodings_are_sniffed(data: bytes, encoding: str) -> None:
    doc = vnlegal.parse(data)
    assert doc.source.encoding == encoding
    assert doc.header.symbol is not None and doc.header.symbol.text == "1560/KH-UBND"
    assert doc.header.doc_type == "Kế hoạch"


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", vnlegal.EmptyDocumentError),
        (b"   \n\t\n", vnlegal.EmptyDocumentError),
        (bytes(range(256)) * 4, vnlegal.UnsupportedFormatError),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, vnlegal.CorruptDocumentError),  # an image, damaged
        (b"%PDF-1.7\n%binary", vnlegal.CorruptDocumentError),
        (b"\xff\xfe" + "abc".encode("utf-16-le") + b"\x00\xd8", vnlegal.UnsupportedFormatError),
    ],
)
def test_bad_input_raises_typed_error(data: bytes, error: type[Exception]) -> None:
    with pytest.raises(error):
        vnlegal.parse(data)


def test_errors_share_one_base() -> None:
    assert issubclass(vnlegal.UnsupportedFormatError, vnlegal.ParseError)
    with pytest.raises(vnlegal.ParseError, match="no such file"):
        vnlegal.parse(TEXTS / "does-not-exist.txt")


def test_readable_but_odd_text_still_parses() -> None:
    doc = vnlegal.parse("Một dòng chữ bình thường, không có tiêu đề hay số hiệu.")
    assert doc.header.symbol is None
    assert doc.text.startswith("Một dòng")


@pytest.mark.parametrize("path", sorted(TEXTS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_invariants(path: object) -> None:
    doc = parsed(str(path.name[:3]))  # type: ignore[attr-defined]
    nodes = doc.iter_nodes()
    ids = [n.id for n in nodes]
    assert len(ids) == len(set(ids)), "node ids are unique"
    for n in nodes:
        assert 0 <= n.span.start <= n.span.end <= len(doc.text)
        for c in n.children:
            assert n.span.start <= c.span.start and c.span.end <= n.span.end
    for c in doc.citations:
        # A hard wrap inside a mention reads as one space in Citation.text.
        assert " ".join(doc.text[c.span.start : c.span.end].split()) == c.text
    again = Document.model_validate_json(doc.model_dump_json())
    assert again == doc


def test_deterministic_and_picklable() -> None:
    a = vnlegal.parse(fixture_path("016")).model_dump_json()
    b = vnlegal.parse(fixture_path("016")).model_dump_json()
    assert a == b
    doc = parsed("000")
    assert pickle.loads(pickle.dumps(doc)) == doc


def test_spans_point_into_text() -> None:
    doc = parsed("000")
    sec = doc.body[0]
    assert doc.text[sec.span.start : sec.span.end].startswith("I. MỤC ĐÍCH, YÊU CẦU")
