"""Property-based tests: random text, mutated real documents, and truncated or bit-flipped
PDF/DOCX/HTML files. parse() returns a Document that keeps every invariant
(tests/invariants.py) or raises a ParseError, in bounded time; never another exception, and
never ``InternalError`` (a bug) or a blown time budget on inputs this small.

The example counts are kept small for CI; ``VNLEGAL_PROPERTY_EXAMPLES=2000`` runs each
property that many times (with a random seed) for a deeper search.
"""

from __future__ import annotations

import io
import os
import time
import zipfile
from datetime import timedelta
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import vnlegal
from vnlegal import Limits
from vnlegal.errors import InternalError, ParseError, TimeBudgetExceededError
from vnlegal.model import Document

from .conftest import TEXTS
from .hostile import PDF_PLAN, pdf
from .invariants import check_document
from .readers_support import BINARY

_DEEP = int(os.environ.get("VNLEGAL_PROPERTY_EXAMPLES", "0"))
# Inputs here are at most a few hundred kB: a few seconds is already a hot spot.
_LIMITS = Limits(time_budget_s=8.0)
_BOUND_S = 10.0


def _settings(examples: int) -> settings:
    return settings(
        max_examples=_DEEP or examples,
        deadline=timedelta(seconds=_BOUND_S),
        derandomize=not _DEEP,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    """Import the readers' dependencies before the first timed example."""
    vnlegal.parse(BINARY / "numbering.pdf")
    vnlegal.parse(BINARY / "numbering.docx")
    vnlegal.parse(BINARY / "portal.html")


def parse_checked(source: str | bytes, **kwargs: str) -> Document | None:
    """parse() under test: a checked Document, or None for a ParseError."""
    start = time.perf_counter()
    try:
        doc = vnlegal.parse(source, limits=_LIMITS, **kwargs)  # type: ignore[arg-type]
    except (InternalError, TimeBudgetExceededError) as exc:
        raise AssertionError(f"{type(exc).__name__}: {exc}") from exc
    except ParseError:
        doc = None
    elapsed = time.perf_counter() - start
    assert elapsed < _BOUND_S, f"parse took {elapsed:.1f} s"
    if doc is not None:
        check_document(doc)
    return doc


# --- random text --------------------------------------------------------------------------

_LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY"
_TONED = "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵÀÁẢÃẠÉÈỀẾỂỄỆÔỒỐỔỖỘƠỜỚỞỠỢƯỪỨỬỮỰ"
_OTHER = "0123456789 \n\n\t.,;:/-()[]|*“”\"'…–—•+§\u00a0\u200b\r\ufeff"
_MARKS = "\u0300\u0301\u0309\u0303\u0323\u0302\u031b"
_TOKENS = [
    "Điều 1.", "Điều 2", "Chương I", "CHƯƠNG II", "Mục 1", "Phần thứ nhất", "I.", "II.", "III.", "IV.",
    "1.", "2.", "1.1.", "1.2.3.", "a)", "b)", "đ)", "-", "+", "•", "số 1/", "Số: 12/KH-UBND", "/QĐ-UBND",
    "Nghị định số 72/2015/NĐ-CP", "Luật Thanh tra", "Thông tư 14/2024/TT-BCT", "ngày 15 tháng 4 năm 2021",
    "Hà Nội, ngày 01 tháng 01 năm 2024", "ỦY BAN NHÂN DÂN", "TỈNH BÌNH DƯƠNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA",
    "Độc lập - Tự do - Hạnh phúc", "KẾ HOẠCH", "QUYẾT ĐỊNH", "Kính gửi:", "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN",
    "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn A", "PHỤ LỤC", "(Kèm theo Kế hoạch số 12/KH-UBND)",
    "Sở Tài chính chủ trì, phối hợp với", "Thời gian: Quý II/2024", "Căn cứ",
    "theo quy định tại khoản 2 Điều 5",
    "| STT | Nội dung | Đơn vị chủ trì |", "|---|---|---|", "| 1 | Tập huấn | Sở Công Thương |", "\n", "\n\n",
    "    ", ";", "./.", "“", "”",
]  # fmt: skip

_chars = st.text(alphabet=st.sampled_from(_LETTERS + _TONED + _OTHER + _MARKS), max_size=3000)
_tokens = st.lists(
    st.one_of(st.sampled_from(_TOKENS), st.text(alphabet=_LETTERS + _TONED + " ", max_size=12)),
    max_size=300,
).map(" ".join)
_lines = st.lists(st.one_of(st.sampled_from(_TOKENS), _chars.map(lambda s: s[:80])), max_size=120).map(
    "\n".join
)


_any_text = st.one_of(_chars, _tokens, _lines)


@pytest.mark.parametrize("as_bytes", [False, True], ids=["str", "bytes"])
@_settings(60)
@given(_any_text)
def test_random_text(as_bytes: bool, text: str) -> None:
    # A one-line str with a slash would be read as a path: the newline keeps it text.
    parse_checked(text.encode("utf-8") if as_bytes else f"{text}\n")


@_settings(40)
@given(_any_text)
def test_random_text_in_legacy_bytes(text: str) -> None:
    """Bytes that are not UTF-8 go through the cp1258/TCVN3/VNI sniffing."""
    parse_checked(text.encode("cp1258", "ignore") + b"\x81\xa9\xfe")


# --- mutated real documents --------------------------------------------------------------

_SMALL = sorted(p for p in TEXTS.glob("*.txt") if p.stat().st_size < 20_000)
_MARKERS = ["Điều 3.", "I.", "II. NỘI DUNG", "số 1/", "1.", "a)", "- ", "Chương V", "PHỤ LỤC", "Nơi nhận:",
            "(Kèm theo Quyết định số 5/QĐ-UBND)", "| a | b |", "“", "”", "KT. BỘ TRƯỞNG", ""]  # fmt: skip


@cache
def _lines_of(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")


_op = st.tuples(
    st.sampled_from(["delete", "duplicate", "shuffle", "insert", "join", "split", "truncate"]),
    st.floats(0, 1),
    st.integers(1, 30),
    st.sampled_from(_MARKERS),
)


def _mutate(lines: list[str], ops: list[tuple[str, float, int, str]], seed: int) -> str:
    import random

    rng = random.Random(seed)
    out = list(lines)
    for kind, where, size, marker in ops:
        if not out:
            break
        i = int(where * (len(out) - 1))
        j = min(len(out), i + size)
        if kind == "delete":
            del out[i:j]
        elif kind == "duplicate":
            out[j:j] = out[i:j]
        elif kind == "shuffle":
            window = out[i:j]
            rng.shuffle(window)
            out[i:j] = window
        elif kind == "insert":
            out.insert(i, marker if rng.random() < 0.5 else f"{marker} {out[i]}")
        elif kind == "join":
            out[i:j] = [" ".join(out[i:j])]
        elif kind == "split":
            line = out[i]
            k = int(where * len(line))
            out[i : i + 1] = [line[:k], line[k:]]
        else:
            text = "\n".join(out)
            return text[: int(where * len(text))]
    return "\n".join(out)


@_settings(60)
@given(st.sampled_from(_SMALL), st.lists(_op, min_size=1, max_size=8), st.integers(0, 2**16))
def test_mutated_documents(path: Path, ops: list[tuple[str, float, int, str]], seed: int) -> None:
    parse_checked(_mutate(_lines_of(path), ops, seed) + "\n")


# --- damaged binary files ----------------------------------------------------------------

_BINARIES = ["numbering.pdf", "numbering.docx", "portal.html", "B06_KH-3898-KH-SCT_LaoCai_2026.docx",
             "B06.html"]  # fmt: skip


@cache
def _binary(name: str) -> bytes:
    if name == "made.pdf":
        return pdf([PDF_PLAN, PDF_PLAN[::-1]])
    return (BINARY / name).read_bytes()


def _damage(data: bytes, cut: float, flips: list[tuple[float, int]]) -> bytes:
    buf = bytearray(data[: max(1, int(len(data) * cut))])
    for where, value in flips:
        buf[int(where * (len(buf) - 1))] = value
    return bytes(buf)


@_settings(80)
@given(
    st.sampled_from([*_BINARIES, "made.pdf"]),
    st.one_of(st.just(1.0), st.floats(0.0, 1.0)),
    st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), max_size=24),
)
def test_truncated_and_bit_flipped_files(name: str, cut: float, flips: list[tuple[float, int]]) -> None:
    parse_checked(_damage(_binary(name), cut, flips))


def _rezip(data: bytes, member: str, new: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, new if info.filename == member else src.read(info))
    return out.getvalue()


_XML_BITS = [b"<w:p>", b"</w:p>", b"<w:tbl><w:tr><w:tc>", b"</w:tc></w:tr></w:tbl>", b"<w:tab/>", b"<w:br/>",
             b'<w:numPr><w:ilvl w:val="8"/><w:numId w:val="1"/></w:numPr>', b'<w:gridSpan w:val="999"/>',
             b"<w:vanish/>", b"<w:caps/>", b"&amp;", b"\xe1\xbb", b"<", b">", b'"', b"</w:body>"]  # fmt: skip


@cache
def _part(member: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(_binary("numbering.docx"))) as z:
        return z.read(member)


@pytest.mark.parametrize("member", ["word/document.xml", "word/numbering.xml", "word/styles.xml"])
@_settings(40)
@given(st.lists(st.tuples(st.floats(0, 1), st.integers(0, 40), st.sampled_from(_XML_BITS)), min_size=1))
def test_mutated_docx_parts(member: str, edits: list[tuple[float, int, bytes]]) -> None:
    """Damage inside the XML, which bit flips in compressed bytes rarely reach."""
    buf = bytearray(_part(member))
    for where, drop, bit in edits:
        i = int(where * len(buf))
        buf[i : i + drop] = bit
    parse_checked(_rezip(_binary("numbering.docx"), member, bytes(buf)), format="docx")
