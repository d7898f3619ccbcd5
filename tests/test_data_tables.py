"""The data tables and their one loader (vnlegal.data): every table loads, every row has its
example, the header names the columns the code reads, and a table is read from disk once."""

from __future__ import annotations

import ast
from collections import Counter
from dataclasses import dataclass, fields
from importlib import resources
from pathlib import Path
from typing import ClassVar

import pytest

import vnlegal.data.loader as data
from vnlegal.citations.find import extract_citations
from vnlegal.data import ROWS, Position, Row, TableError, load_table
from vnlegal.header.prelude import issuer_keys
from vnlegal.header.title import _authority
from vnlegal.lang.agency import agency_heads, header_openers
from vnlegal.lang.markers import classify
from vnlegal.layout.split import _position_line
from vnlegal.normalize.repair import _agency_starts

SRC = Path(__file__).resolve().parent.parent / "src" / "vnlegal"


def _files() -> set[str]:
    return {
        p.name.removesuffix(".tsv")
        for p in resources.files("vnlegal.data").iterdir()
        if p.name.endswith(".tsv")
    }


def test_every_table_file_has_one_row_class() -> None:
    names = [r.table for r in ROWS]
    assert len(names) == len(set(names))
    assert set(names) == _files()


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r.table)
def test_table_loads_with_an_example_in_every_row(row: type[Row]) -> None:
    rows = load_table(row)
    assert rows, row.table
    for r in rows:
        assert isinstance(r, row)
        assert r.example.strip(), (row.table, r)  # type: ignore[attr-defined]  # every table ends in example


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r.table)
def test_header_names_the_columns_the_code_reads(row: type[Row]) -> None:
    text = data.read_text(row.table)
    header = next(ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))
    columns = [f.name for f in fields(row)]  # type: ignore[arg-type]
    assert header.split("\t") == columns
    assert columns[-1] == "example"


def test_no_module_reads_a_table_by_name_or_position() -> None:
    """Tables are loaded only through their row class (load_table(Position)): no file name
    strings, and no row indexed by position (row[0]) right off load_table."""
    for path in SRC.rglob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "load_table":
                assert node.args and isinstance(node.args[0], ast.Name), (path, node.lineno)
            if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Call):
                assert getattr(node.value.func, "id", None) != "load_table", (path, node.lineno)


def test_a_table_is_read_from_disk_once_per_process(monkeypatch: pytest.MonkeyPatch) -> None:
    reads: Counter[str] = Counter()
    read = data.read_text

    def counting(name: str) -> str:
        reads[name] += 1
        return read(name)

    # A fresh cache, as at process start; monkeypatch puts the real one back afterwards.
    monkeypatch.setattr(data, "_LOADED", {})
    monkeypatch.setattr(data, "read_text", counting)
    first = [load_table(r) for r in ROWS]
    again = [load_table(r) for r in ROWS]
    assert all(a is b for a, b in zip(first, again, strict=True))
    assert reads == Counter({r.table: 1 for r in ROWS})


@dataclass(frozen=True, slots=True)
class _Sample(Row):
    table: ClassVar[str] = "sample"
    word: str
    count: int
    flag: bool
    example: str


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("word\tcount\texample\nx\t1\t\tex\n", "header"),
        ("word\tcount\tflag\texample\nx\t1\tex\n", "row 1 has 3 cells"),
        ("word\tcount\tflag\texample\nx\tone\t\tex\n", "column count"),
        ("word\tcount\tflag\texample\nx\t1\tyes\tex\n", "column flag"),
    ],
)
def test_a_broken_table_fails_at_load(monkeypatch: pytest.MonkeyPatch, text: str, message: str) -> None:
    monkeypatch.setattr(data, "read_text", lambda name: text)
    with pytest.raises(TableError, match=message):
        data._parse(_Sample)


def test_cells_take_their_column_type(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "# comment\nword\tcount\tflag\texample\n\nx\t12\t1\tex one\ny\t3\t\tex two\n"
    monkeypatch.setattr(data, "read_text", lambda name: text)
    assert data._parse(_Sample) == (_Sample("x", 12, True, "ex one"), _Sample("y", 3, False, "ex two"))


# --- the words that moved from code into the tables ---------------------------------------


@pytest.mark.parametrize(
    ("line", "label"),
    [("PHẦN THỨ NHẤT", "1"), ("Phần thứ hai", "2"), ("PHẦN THỨ TƯ", "4"), ("Phần thứ mười", "10")],
)
def test_part_ordinals_come_from_ordinals_tsv(line: str, label: str) -> None:
    m = classify(line)
    assert m is not None and (m.kind, m.label) == ("part", label)


@pytest.mark.parametrize(
    ("line", "signs"),
    [
        ("BỘ TRƯỞNG", True),
        ("PHÓ CHỦ TỊCH THƯỜNG TRỰC", True),
        ("GIÁM  ĐỐC", True),
        ("KT. CHỦ TỊCH", False),
        ("TRƯỞNG PHÒNG", False),
        ("Chủ tịch", False),
    ],
)
def test_tail_signature_positions_come_from_positions_tsv(line: str, signs: bool) -> None:
    assert bool(_position_line().match(line)) is signs


def test_position_flags() -> None:
    rows = {r.position: r for r in load_table(Position)}
    assert rows["PHÓ GIÁM ĐỐC"].tail and not rows["PHÓ GIÁM ĐỐC"].enacts
    assert rows["VIỆN TRƯỞNG"].enacts and not rows["VIỆN TRƯỞNG"].tail
    assert not rows["BÍ THƯ"].tail and not rows["BÍ THƯ"].enacts


@pytest.mark.parametrize(
    ("line", "enacts"),
    [
        ("BỘ TRƯỞNG BỘ CÔNG THƯƠNG", True),
        ("ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG", True),
        ("CHÍNH PHỦ", True),
        ("HỘI ĐỒNG THẨM ĐỊNH", True),
        ("CHÁNH VĂN PHÒNG", True),
        ("VỀ VIỆC BAN HÀNH QUY CHẾ", False),
        ("PHÓ GIÁM ĐỐC SỞ", False),
    ],
)
def test_enacting_lines_come_from_the_tables(line: str, enacts: bool) -> None:
    assert _authority(line) is enacts


def test_agency_heads_by_kind() -> None:
    names = {h for _, h in agency_heads()}
    assert {"Ủy ban nhân dân", "Sở", "Bộ"} <= names
    # Header openers that are no head of a body's name stay out of agency_case and citations.
    assert not names & {"Chính phủ", "Quốc hội", "Thủ tướng", "Hội đồng", "Cộng hòa"}
    assert {"chính phủ", "quốc hội", "thủ tướng", "cộng hòa", "ủy ban nhân dân"} <= set(header_openers())
    assert {"cộng hòa", "chính phủ", "ubnd"} <= set(_agency_starts())


def test_issuer_metadata_keys() -> None:
    assert issuer_keys() == frozenset({"cơ quan ban hành", "nơi ban hành"})


def test_standard_type_names_come_from_doc_types_tsv() -> None:
    (c,) = extract_citations("Áp dụng QCVN 05A:2020/BCT Quy chuẩn kỹ thuật quốc gia về an toàn.")
    assert c.doc_type == "Quy chuẩn kỹ thuật quốc gia"
    (c,) = extract_citations("Theo TCVN 2622:1995.")
    assert c.doc_type == "Tiêu chuẩn quốc gia"
