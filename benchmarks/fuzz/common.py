"""Shared by the fuzz harnesses: instrumented imports, the check every input must pass, and
seeding of an empty corpus directory. Run from the repository root (see README.md)."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import atheris

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

# Coverage feedback comes from vnlegal's own code: instrument it, and import every module the
# pipeline reaches lazily, so that they are instrumented too.
with atheris.instrument_imports(include=["vnlegal"]):
    import vnlegal.api
    import vnlegal.readers.doc
    import vnlegal.readers.docx
    import vnlegal.readers.html
    import vnlegal.readers.pdf
    import vnlegal.readers.text
    from vnlegal.errors import InternalError, ParseError, TimeBudgetExceededError
    from vnlegal.limits import Limits

from tests.invariants import check_document  # noqa: E402

# LibreOffice would start for every mutated OLE file that names a WordDocument stream (two
# seconds each): fuzz the checks before the conversion, not LibreOffice.
vnlegal.readers.doc.find_soffice = lambda: None

LIMITS = Limits(time_budget_s=10.0)
"""A fuzz input is small: running out of ten seconds is a finding (a hang), not an answer."""


def check(source: str | bytes, **kwargs: Any) -> None:
    """Parse ``source``: a ParseError is an answer; anything else -- another exception, an
    ``InternalError`` (a bug), a blown time budget, or a Document that breaks an invariant --
    is raised for libFuzzer to record as a crash."""
    try:
        doc = vnlegal.api.parse(source, limits=LIMITS, **kwargs)
    except (InternalError, TimeBudgetExceededError):
        raise
    except ParseError:
        return
    check_document(doc)


def seed(argv: list[str], files: Iterable[Path]) -> None:
    """Copy ``files`` into the first corpus directory named on the command line when it is
    missing or empty, so that a run starts from real documents."""
    dirs = [Path(a) for a in argv[1:] if not a.startswith("-")]
    if not dirs:
        return
    corpus = dirs[0]
    corpus.mkdir(parents=True, exist_ok=True)
    if any(corpus.iterdir()):
        return
    for f in files:
        shutil.copy(f, corpus / f.name)
