"""Flat tables (nodes, citations, assignments) and the ``vnlegal parse --format/--table`` options."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from lxml import etree

from vnlegal.assignments import assignments_table
from vnlegal.cli import main
from vnlegal.export.tables import COLUMNS, to_csv, to_table
from vnlegal.lang.symbols import symbol_key
from vnlegal.model import Document

from .conftest import TEXTS, fixture_path, parsed

FIXTURES = sorted(p.name[:3] for p in TEXTS.glob("*.txt"))
_TYPES: dict[str, tuple[type, ...]] = {
    "date": (dt.date,), "time_start": (dt.date,), "time_end": (dt.date,), "internal": (bool,),
    "issuer_decoded": (bool,), "symbol_year": (int,), "start": (int,), "end": (int,),
    "position": (int,), "depth": (int,), "children": (int,), "page": (int,), "table_rows": (int,),
    "quantity_value": (float,), "quantity_estimated": (bool,),
}  # fmt: skip


@pytest.mark.parametrize("prefix", FIXTURES)
def test_tables_have_fixed_columns_and_typed_values(prefix: str) -> None:
    doc = parsed(prefix)
    for table, columns in COLUMNS.items():
        rows = to_table(doc, table)  # type: ignore[arg-type]
        for row in rows:
            assert tuple(row) == columns
            for key, value in row.items():
                allowed = _TYPES.get(key, (str,))
                assert value is None or isinstance(value, allowed), (table, key, value)
                if allowed == (int,):
                    assert not isinstance(value, bool)
    nodes = to_table(doc, "nodes")
    assert [r["id"] for r in nodes] == [n.id for n in doc.iter_nodes()]
    ids = {r["id"] for r in nodes}
    assert all(r["parent_id"] is None or r["parent_id"] in ids for r in nodes)
    assert len(to_table(doc, "citations")) == len(doc.citations)
    assert [r["node_id"] for r in to_table(doc, "assignments")] == [a.node_id for a in doc.assignments]


def test_rows_start_with_the_document_and_its_key() -> None:
    doc = parsed("050")
    assert doc.header.symbol is not None
    for table in COLUMNS:
        for row in to_table(doc, table):  # type: ignore[arg-type]
            assert row["document"] == str(fixture_path("050"))
            assert row["document_key"] == symbol_key(doc.header.symbol.text) == "14/2024/TT-BCT"
    assert to_table(Document(), "nodes") == []


def test_citation_rows() -> None:
    rows = to_table(parsed("046"), "citations")
    pinned = next(r for r in rows if r["pinpoint_article"] == "12")
    assert pinned["key"] == "65/2017/NĐ-CP"
    assert (pinned["pinpoint_clause"], pinned["pinpoint"], pinned["relation"]) == (
        "1",
        "article 12 clause 1",
        "repeals",
    )
    assert pinned["date"] == dt.date(2017, 5, 19)
    assert (pinned["symbol_number"], pinned["symbol_year"]) == ("65", 2017)


def test_assignment_rows_are_those_of_assignments_table() -> None:
    doc = parsed("000")
    rows = to_table(doc, "assignments")
    assert [
        {k: v for k, v in r.items() if k not in ("document", "document_key")} for r in rows
    ] == assignments_table(doc)
    assert rows[1]["time_start"] == dt.date(2021, 7, 1)


def test_node_rows() -> None:
    rows = {r["id"]: r for r in to_table(parsed("000"), "nodes")}
    bullet = rows["II.3.bullet_4"]
    assert (bullet["parent_id"], bullet["depth"], bullet["kind"], bullet["part"]) == (
        "II.3",
        3,
        "bullet",
        "body",
    )
    assert (bullet["field_name"], bullet["field_label"]) == ("lead", "Đơn vị chủ trì")
    assert rows["paragraph_1"]["part"] == "preamble"
    table = next(r for r in to_table(parsed("003"), "nodes") if r["kind"] == "table")
    assert (table["part"], table["table_rows"]) == ("att1", 10)


def test_csv_reads_back() -> None:
    doc = parsed("000")
    for table, columns in COLUMNS.items():
        text = to_csv(doc, table)  # type: ignore[arg-type]
        reader = csv.DictReader(io.StringIO(text))
        assert tuple(reader.fieldnames or ()) == columns
        rows = list(reader)
        assert len(rows) == len(to_table(doc, table))  # type: ignore[arg-type]
    first = next(csv.DictReader(io.StringIO(to_csv(doc, "citations"))))
    assert (first["key"], first["internal"], first["date"], first["name"]) == (
        "72/2015/NĐ-CP",
        "false",
        "2015-09-07",
        "",
    )


def test_unknown_table() -> None:
    with pytest.raises(ValueError, match="unknown table"):
        to_table(parsed("000"), "people")  # type: ignore[arg-type]


# --- command line ---------------------------------------------------------------------------


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_formats(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(fixture_path("046"))
    code, out, _ = run(["parse", path], capsys)
    assert code == 0 and json.loads(out)["header"]["symbol"]["text"] == "285/2025/NĐ-CP"
    code, out, _ = run(["parse", path, "--format", "markdown"], capsys)
    assert code == 0 and out.startswith("# Nghị định 285/2025/NĐ-CP\n")
    code, out, _ = run(["parse", path, "--format", "akn"], capsys)
    root = etree.fromstring(out.encode("utf-8"))
    assert code == 0 and etree.QName(root).localname == "akomaNtoso"
    code, out, _ = run(["parse", path, "--format", "csv"], capsys)
    assert code == 0 and out.startswith(",".join(COLUMNS["nodes"]) + "\n")
    code, out, _ = run(["parse", path, "--format", "csv", "--table", "citations"], capsys)
    assert code == 0 and len(out.splitlines()) == 1 + len(parsed("046").citations)


def test_cli_table_needs_csv(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["parse", str(fixture_path("000")), "--table", "citations"], capsys)
    assert (code, out) == (2, "")
    assert "--table goes with --format csv" in err


def test_cli_writes_the_output_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "plan.md"
    code, out, _ = run(["parse", str(fixture_path("000")), "--format", "markdown", "-o", str(target)], capsys)
    assert (code, out) == (0, "")
    assert target.read_text(encoding="utf-8") == parsed("000").to_markdown()
