"""The command line, and the published JSON Schema staying in step with the models."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vnlegal.cli import main
from vnlegal.schema import json_schema

from .conftest import ROOT, fixture_path


def test_schema_file_is_current() -> None:
    published = json.loads((ROOT / "docs" / "schema.json").read_text(encoding="utf-8"))
    assert published == json_schema(), (
        "docs/schema.json is stale: run `vnlegal schema -o docs/schema.json`"
    )


def test_parse_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "doc.json"
    assert main(["parse", str(fixture_path("000")), "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["schema_version"] == "1.0"
    assert data["header"]["symbol"]["text"] == "1560/KH-UBND"
    assert main(["parse", "--compact", str(fixture_path("026"))]) == 0
    assert capsys.readouterr().out.count("\n") == 1


def test_errors_go_to_stderr_with_nonzero_exit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    assert main(["parse", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "EmptyDocumentError" in err and "Traceback" not in err


def test_summary_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["summary", str(fixture_path("000"))]) == 0
    assert "1560/KH-UBND" in capsys.readouterr().out
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0


def test_citations_and_assignments_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["citations", "--format", "csv", str(fixture_path("000"))]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 8  # a header row and the seven citations of SPEC §3
    assert "72/2015/NĐ-CP" in out[1] and "basis" in out[1]
    assert main(["assignments", "--format", "json", str(fixture_path("000"))]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["node_id"] for r in rows] == ["II.1", "II.3"]
