"""What a cold start loads (issue 20). Timings live in benchmarks/speed.py; these tests check the
imports that decide them, each in a fresh interpreter."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from vnlegal.assignments import body_ends
from vnlegal.assignments.body_ends import unit_list_end

ROOT = Path(__file__).resolve().parent.parent
PLAN = ROOT / "fixtures" / "texts" / "000_ke-hoach_1560-kh-ubnd_binhduong_ttdn_2021.txt"

# Modules a text parse never needs: the tagger (a second and 90 MB), the binary readers' engines.
HEAVY = (
    "underthesea",
    "numpy",
    "pypdfium2",
    "pdfplumber",
    "docx",
    "lxml",
    "PIL",
    "vnlegal.readers.pdf_ocr",
    "vnlegal.readers.pdf",
)


def _modules_after(code: str) -> list[str]:
    """``sys.modules`` after running ``code`` in a fresh interpreter."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=300, check=True
    )
    loaded: list[str] = json.loads(done.stdout.splitlines()[-1])
    return loaded


def test_parsing_a_plan_does_not_import_underthesea() -> None:
    """The seed plan's unit lists are settled by the tables: underthesea is not imported, nor
    any engine of the binary readers."""
    loaded = set(_modules_after(f"import vnlegal\nvnlegal.parse({str(PLAN)!r})"))
    assert not [m for m in HEAVY if m in loaded]


def test_import_vnlegal_imports_only_itself() -> None:
    """``import vnlegal`` loads its public names on first use (PEP 562): no pydantic, no regex."""
    loaded = _modules_after("import vnlegal")
    assert [m for m in loaded if m.startswith(("vnlegal", "pydantic", "regex"))] == ["vnlegal"]


def test_a_tail_of_unit_words_asks_no_tagger(monkeypatch: pytest.MonkeyPatch) -> None:
    """Heads, kinds, levels and linking words only: the list runs to the punctuation."""

    def no_tagger(*args: object, **kwargs: object) -> int | None:
        raise AssertionError("underthesea asked about a tail of unit words")

    monkeypatch.setattr(body_ends, "_first_verb", no_tagger)
    for text in (
        "Ủy ban nhân dân các huyện, thị xã, thành phố.",
        "Ủy ban nhân dân các xã, phường, thị trấn và các cơ quan, đơn vị liên quan.",
    ):
        assert text[: unit_list_end(text)] == text[:-1]


def test_a_word_that_may_be_a_verb_still_asks_the_tagger(monkeypatch: pytest.MonkeyPatch) -> None:
    """"tổ chức" is a kind of unit and a task verb: there the tags decide."""
    asked: list[str] = []

    def tagger(text: str, start: int, end: int, *, after_name: bool = False) -> int | None:
        asked.append(text[start:end])
        return None

    monkeypatch.setattr(body_ends, "_first_verb", tagger)
    text = "Ủy ban nhân dân cấp tỉnh và cơ quan, tổ chức có liên quan."
    assert text[: unit_list_end(text)] == text[:-1]
    assert asked == [" ban nhân dân cấp tỉnh và cơ quan, tổ chức có liên quan"]
