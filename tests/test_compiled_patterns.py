"""The shipped compiled patterns (``vnlegal.lang.rx``): current, and only ever a shortcut."""

from __future__ import annotations

import pickle
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import regex

from vnlegal.lang import rx

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "vnlegal"
SEED_PLAN = "000_ke-hoach_1560-kh-ubnd_binhduong_ttdn_2021"


def _same_regex() -> None:
    """Entries of another ``regex`` release are ignored at run time and cannot be compared here;
    the tests that need them skip, saying which release the file names."""
    built = pickle.loads(_file_bytes())
    if (built.get("regex"), built.get("default_version")) != (regex.__version__, int(regex.DEFAULT_VERSION)):
        pytest.skip(
            f"the shipped file was built for regex {built.get('regex')}, {regex.__version__} is installed"
        )


@pytest.fixture
def fresh_table() -> Iterator[None]:
    """Reload the shipped table around a test that fakes it."""
    rx._shipped.cache_clear()
    yield
    rx._shipped.cache_clear()


def test_shipped_file_is_current() -> None:
    """The file holds exactly the patterns the package compiles, compiled by the installed
    ``regex`` (``tools/build_patterns.py --check``; ``make patterns`` rebuilds it)."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_patterns.py"), "--check"],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]


def test_every_pattern_is_compiled_through_rx() -> None:
    """A pattern compiled with ``regex.compile`` elsewhere would never be shipped."""
    bad = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in sorted(SRC.rglob("*.py"))
        if path.name != "rx.py"
        for n, line in enumerate(path.read_text("utf-8").splitlines(), start=1)
        if "regex.compile(" in line
    ]
    assert not bad, "use vnlegal.lang.rx.compile:\n" + "\n".join(bad)


def test_a_hit_is_the_pattern_regex_compiles() -> None:
    """Same source, flags and groups, same matches over a real plan. (The code lists are not
    compared: ``regex`` orders some set members by hash, so they differ between processes.)"""
    _same_regex()
    table = rx._shipped()
    assert table, "the shipped file was not loaded (built for another regex?)"
    text = (ROOT / "fixtures" / "texts" / f"{SEED_PLAN}.txt").read_text("utf-8")
    for pattern, flags in sorted(table, key=repr):
        if isinstance(pattern, str):
            hit, fresh = rx.compile(pattern, flags), regex.compile(pattern, flags)
            subject: str | bytes = text
        else:  # the HTML reader's charset pattern
            hit, fresh = rx.compile(pattern, flags), regex.compile(pattern, flags)
            subject = text.encode()
        assert (hit.pattern, hit.flags, hit.groupindex) == (fresh.pattern, fresh.flags, fresh.groupindex)
        spans = [(m.span(), m.groups()) for m in hit.finditer(subject)]
        assert spans == [(m.span(), m.groups()) for m in fresh.finditer(subject)], pattern[:80]


def test_a_miss_compiles_normally() -> None:
    pattern = r"(?P<x>không có trong bảng)\d{1,3}+"
    assert rx.cache_key(pattern) not in rx._shipped()
    assert rx.compile(pattern, regex.I).match("KHÔNG CÓ TRONG BẢNG12")
    assert rx.cache_key(pattern, regex.I) in rx.requested()


def test_a_stale_entry_falls_back(fresh_table: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """An entry that unpickles to another pattern, or not at all, is ignored."""
    wanted, other = r"Điều\s++(?P<n>\d++)", r"Khoản\s++(?P<n>\d++)"
    table = {
        rx.cache_key(wanted): pickle.dumps(regex.compile(other)),
        rx.cache_key(other, regex.I): b"not a pickle",
    }
    monkeypatch.setattr(rx, "_shipped", lambda: table)
    got = rx.compile(wanted)
    assert got.pattern == wanted and got.match("Điều 12")["n"] == "12"
    assert rx.compile(other, regex.I).match("KHOẢN 3")["n"] == "3"


def test_a_file_for_another_regex_is_ignored(fresh_table: None, monkeypatch: pytest.MonkeyPatch) -> None:
    _same_regex()
    assert rx._shipped()
    rx._shipped.cache_clear()
    monkeypatch.setattr(regex, "__version__", "0.0.0")
    assert rx._shipped() == {}
    assert rx.compile(r"Chương\s++[IVX]++").match("Chương IV")
    rx._shipped.cache_clear()
    monkeypatch.setattr(regex, "__version__", pickle.loads(_file_bytes())["regex"])
    monkeypatch.setattr(regex, "DEFAULT_VERSION", regex.VERSION1)
    assert rx._shipped() == {}


def _file_bytes() -> bytes:
    return (SRC / "lang" / rx.CACHE_FILE).read_bytes()
