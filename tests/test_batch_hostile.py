"""Issue 17: ``vnlegal batch`` over one tree of good files with every kind of hostile file
among them (``tests/hostile.py::write_hostile_tree``), run to the end, killed with SIGKILL
and resumed, and run onto a full disk and resumed once there is room.

Whatever happens to a run, once it has ended (or been resumed to its end): every good file
is converted, its JSON whole, valid and byte-identical to that of an undisturbed run; every
input has exactly one report line, each bad file with its own error type; nothing but those
outputs is left in OUTDIR; ``_summary.json`` counts what the report says; the exit code is 1
(the hostile files fail); no process of the run is left behind.

The batch runs as the command line does (``python -m vnlegal batch``), in a session of its
own, so a kill can reach it and its workers as a supervisor's would.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from vnlegal.errors import printable_path
from vnlegal.model import Document

from . import hostile

ROOT = Path(__file__).resolve().parent.parent
TEXTS = ROOT / "fixtures" / "texts"
BINARY = ROOT / "fixtures" / "binary"
GOOD_TEXTS = ("000", "003", "004", "006", "012", "016", "020", "024", "028", "038", "044", "048", "054")
GOOD_BINARY = ("B06_KH-3898-KH-SCT_LaoCai_2026.docx", "B06.pdf", "B06.html", "numbering.docx")
"""Fixtures with a text layer or text (OCR could make two runs differ)."""
RUN_S = 300
"""Bound on one batch run over the tree (15-20 s on this two-core machine under load): a hang
guard, not a measure."""


@dataclass(frozen=True)
class Tree:
    src: Path
    want: dict[str, str | None]
    """Printable path of every input -> its error type, or None for a good file."""
    sha: dict[str, str]
    """Printable path of every good input -> its sha256."""

    @property
    def good(self) -> list[str]:
        return sorted(p for p, e in self.want.items() if e is None)

    @property
    def errors(self) -> Counter[str]:
        return Counter(e for e in self.want.values() if e is not None)


def _sha256(path: str) -> str:
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Tree:
    src = tmp_path_factory.mktemp("hostile-tree") / "in"
    good = [str(p) for k in GOOD_TEXTS for p in sorted(TEXTS.glob(f"{k}_*.txt"))[:1]]
    good += [str(BINARY / name) for name in GOOD_BINARY]
    want = hostile.write_hostile_tree(str(src), good)
    sha = {printable_path(p): _sha256(p) for p, e in want.items() if e is None}
    return Tree(src, {printable_path(p): e for p, e in want.items()}, sha)


def _cmd(src: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "vnlegal", "batch", str(src), "-o", str(out), "--no-progress", "--workers",
            "2", "-q", *extra]  # fmt: skip


def _start(src: Path, out: Path, *extra: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(_cmd(src, out, *extra), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)  # fmt: skip


def _finish(proc: subprocess.Popen[bytes]) -> int:
    """Wait for a run; then no process of its session may be left (a worker's forked pdfium
    reader included)."""
    try:
        _, err = proc.communicate(timeout=RUN_S)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert _group_gone(proc.pid, 10), "processes of the batch outlived it"
    assert proc.returncode in (0, 1), err.decode(errors="replace")
    return proc.returncode


def _batch(src: Path, out: Path, *extra: str) -> int:
    return _finish(_start(src, out, *extra))


def _group_gone(pgid: int, limit: float) -> bool:
    end = time.monotonic() + limit
    while True:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        if time.monotonic() >= end:
            return False
        time.sleep(0.05)


def _lines(out: Path) -> list[bytes]:
    try:
        return (out / "_report.jsonl").read_bytes().splitlines(keepends=True)
    except FileNotFoundError:
        return []


def _wait_for_lines(out: Path, n: int, proc: subprocess.Popen[bytes]) -> None:
    end = time.monotonic() + RUN_S
    while time.monotonic() < end and proc.poll() is None:
        if len(_lines(out)) >= n:
            return
        time.sleep(0.02)
    raise AssertionError(f"the batch ended or stalled before {n} files were reported")


def _report(out: Path) -> dict[str, dict[str, Any]]:
    """The report by path; every line whole, no path twice."""
    lines = _lines(out)
    assert all(line.endswith(b"\n") for line in lines), "a torn report line"
    rows = [json.loads(line) for line in lines]
    by_path = {r["path"]: r for r in rows}
    assert len(by_path) == len(rows), [p for p, n in Counter(r["path"] for r in rows).items() if n > 1]
    return by_path


def _outputs(out: Path) -> dict[str, bytes]:
    """Every file under OUTDIR but the run's own (``_report.jsonl`` ...), by relative path."""
    found = {}
    for dirpath, _dirs, files in os.walk(out):
        for name in files:
            rel = os.path.relpath(os.path.join(dirpath, name), out)
            if not rel.startswith("_"):
                found[printable_path(rel)] = Path(dirpath, name).read_bytes()
    return found


def _as_built(tree: Tree, path: str, row: dict[str, Any], good: tuple[str, ...] = ("ok", "skipped")) -> bool:
    """The report line of ``path`` says what the tree was built to give: a status in ``good``
    for a good file, its own error type for a bad one."""
    want = tree.want[path]
    return bool(row["status"] in good if want is None else row["error_type"] == want)


def _check(
    tree: Tree, out: Path, rc: int, *, like: dict[str, bytes] | None = None
) -> dict[str, dict[str, Any]]:
    """A run over ``tree`` that got to its end (see module doc); ``like``: the outputs of an
    undisturbed run, which these must equal byte for byte."""
    rep = _report(out)
    assert set(rep) == set(tree.want), set(rep) ^ set(tree.want)
    outputs = _outputs(out)
    for path, error in tree.want.items():
        r = rep[path]
        if error is None:
            assert r["status"] in ("ok", "skipped"), r
            rel = os.path.relpath(path, printable_path(str(tree.src))) + ".json"
            assert r["output"] == rel, r
            data = outputs.pop(rel)
            doc = Document.model_validate_json(data)
            assert doc.source.path == path and doc.source.sha256 == tree.sha[path] == r["sha256"], r
            if like is not None:
                assert data == like[rel], rel
        else:
            assert (r["status"], r["error_type"], r["output"]) == ("error", error, None), r
            assert r["error"], r
    assert not outputs, sorted(outputs)  # no output of a bad file, no temp file, no stray copy
    assert not any(b"SECRET-OUTSIDE" in p.read_bytes() for p in out.rglob("*") if p.is_file())
    summary = json.loads((out / "_summary.json").read_text(encoding="utf-8"))
    assert summary["files"] == len(tree.want) == summary["converted"] + summary["skipped"] + summary["failed"]
    assert summary["converted"] + summary["skipped"] == len(tree.good)
    assert summary["skipped"] == sum(r["status"] == "skipped" for r in rep.values())
    assert summary["errors"] == dict(tree.errors)
    assert not summary["disk_full"] and not summary["interrupted"]
    assert rc == 1
    return rep


@pytest.fixture(scope="module")
def clean(tree: Tree, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    out = tmp_path_factory.mktemp("clean") / "out"
    start = time.perf_counter()
    rc = _batch(tree.src, out)
    print(f"clean run: {time.perf_counter() - start:.1f} s")
    return out, rc


def test_clean_run_converts_every_good_file_and_reports_every_bad_one_once(
    tree: Tree, clean: tuple[Path, int]
) -> None:
    out, rc = clean
    rep = _check(tree, out, rc)
    assert all(rep[p]["status"] == "ok" for p in tree.good)
    assert len(tree.errors) == 7 and sum(tree.errors.values()) == 17  # the tree is as hostile as built
    names = {name for _, _, files in os.walk(os.fsencode(out)) for name in files}
    assert b"bad\xff.txt.json" in names and b"new\nline.txt.json" in names  # the real bytes


@pytest.mark.parametrize("who", ["group", "parent"])
def test_kill_9_then_resume(tree: Tree, clean: tuple[Path, int], tmp_path: Path, who: str) -> None:
    """SIGKILL of the run's process group (a supervisor's kill: parent and workers at once), or
    of the parent alone (workers must follow), partway through; ``--resume`` is killed too,
    then a last ``--resume`` finishes. OUTDIR holds the summary of an earlier finished run,
    which a killed run must not leave behind to describe a report it did not write."""
    reference = _outputs(clean[0])
    out = tmp_path / "out"
    out.mkdir()
    shutil.copy(clean[0] / "_summary.json", out / "_summary.json")
    for extra, at in (((), 6), (("--resume",), 12)):
        proc = _start(tree.src, out, *extra)
        try:
            _wait_for_lines(out, at, proc)
            if who == "group":
                os.killpg(proc.pid, signal.SIGKILL)
            else:
                proc.send_signal(signal.SIGKILL)
            proc.wait(10)
            assert _group_gone(proc.pid, 15), "worker processes outlived the killed parent"
        finally:
            if not _group_gone(proc.pid, 0):
                os.killpg(proc.pid, signal.SIGKILL)
        rep = _report(out)
        assert at <= len(rep) < len(tree.want), "the kill did not land mid-run"
        assert not (out / "_summary.json").exists(), "a summary that is not the killed run's"
        assert all(_as_built(tree, path, r) for path, r in rep.items()), rep
    done = {p for p, r in rep.items() if r["status"] in ("ok", "skipped")}
    rep = _check(tree, out, _batch(tree.src, out, "--resume"), like=reference)
    assert {p for p, r in rep.items() if r["status"] == "skipped"} >= done


def _workers(pid: int) -> dict[int, list[int]]:
    """The batch's worker processes (children of its fork server, itself a child of ``pid``),
    each with its own children (pdfium's forked reader)."""
    parents: dict[int, int] = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                stat = Path(f"/proc/{name}/stat").read_bytes()
            except OSError:
                continue
            parents[int(name)] = int(stat[stat.rfind(b")") + 2 :].split()[1])
    servers = {p for p, pp in parents.items() if pp == pid}
    workers = [p for p, pp in parents.items() if pp in servers]
    return {w: [p for p, pp in parents.items() if pp == w] for w in workers}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="finds the workers in /proc")
def test_kill_9_of_workers_then_resume(tree: Tree, clean: tuple[Path, int], tmp_path: Path) -> None:
    """Workers killed as the OS kills them (SIGKILL, the OOM killer) while the run goes on:
    each file in flight is reported ``WorkerCrashed``, the workers are replaced, the run
    finishes with every input reported once and its summary; ``--resume`` converts the good
    files that crashed. First every worker is killed wherever it is, then every worker seen
    reading a PDF (pdfium's page work runs in a child of the worker, ``readers/pdf_fork``):
    that child must die with its worker, never run on unwatched (on the form that draws itself
    it would grow to gigabytes)."""
    reference = _outputs(clean[0])
    out = tmp_path / "out"
    proc = _start(tree.src, out)
    killed: dict[int, str] = {}
    try:
        _wait_for_lines(out, 4, proc)
        for pid in _workers(proc.pid):
            os.kill(pid, signal.SIGKILL)
            killed[pid] = "anywhere"
        end = time.monotonic() + RUN_S
        while proc.poll() is None and time.monotonic() < end and len(killed) < 6:
            for pid, children in _workers(proc.pid).items():
                if children and pid not in killed:
                    os.kill(pid, signal.SIGKILL)
                    killed[pid] = "in pdfium"
            time.sleep(0.01)
    except BaseException:
        os.killpg(proc.pid, signal.SIGKILL)
        raise
    rc = _finish(proc)
    assert "in pdfium" in killed.values(), killed
    rep = _report(out)
    crashed = {p for p, r in rep.items() if r["error_type"] == "WorkerCrashed"}
    assert any(p.endswith(".pdf") for p in crashed), sorted(crashed)
    assert set(rep) == set(tree.want) and rc == 1
    summary = json.loads((out / "_summary.json").read_text(encoding="utf-8"))
    assert summary["files"] == len(rep) and summary["errors"]["WorkerCrashed"] == len(crashed)
    assert all(_as_built(tree, path, r, ("ok",)) for path, r in rep.items() if path not in crashed), rep
    rep = _check(tree, out, _batch(tree.src, out, "--resume"), like=reference)
    assert all(_as_built(tree, path, rep[path], ("ok",)) for path in crashed)


_UNSHARE = shutil.which("unshare")


def _namespaces() -> bool:
    if _UNSHARE is None:
        return False
    return subprocess.run([_UNSHARE, "-rm", "true"], capture_output=True, check=False).returncode == 0


@pytest.mark.skipif(not _namespaces(), reason="needs user and mount namespaces (unshare -rm) for a tmpfs")
def test_full_disk_then_resume(tree: Tree, clean: tuple[Path, int], tmp_path: Path) -> None:
    """OUTDIR a tmpfs that fills up partway (``tests/hostile_disk.py``, as the plain-text test
    of ``test_hostile_limits.py``): the run stops taking files, reports those it took with
    whole lines, each bad one with its own error and each good one it could not save as
    ``DiskFull``, and writes ``_summary.json``; once the tmpfs is larger, ``--resume``
    finishes the tree."""
    reference = _outputs(clean[0])
    size_kb = 1024 + 600  # the 1 MB reserve and about half of the outputs
    keep = tmp_path / "keep"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    cmd = [_UNSHARE or "unshare", "-rm", sys.executable, "-m", "tests.hostile_disk", str(tree.src),
           str(tmp_path / "out"), str(size_kb), str(keep)]  # fmt: skip
    got = json.loads(subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=3 * RUN_S,
                                    check=True).stdout)  # fmt: skip
    full = keep / "full"
    assert got["full_rc"] == 1 and not got["full"]["torn"]
    rep = _report(full)
    summary = json.loads((full / "_summary.json").read_text(encoding="utf-8"))
    assert summary["disk_full"] and summary["files"] == len(rep) < len(tree.want)
    assert summary["converted"] + summary["failed"] == len(rep)
    full_of = {p for p, r in rep.items() if r["error_type"] == "DiskFull"}
    assert full_of and all(tree.want[p] is None for p in full_of)
    assert any(tree.want[p] is not None for p in rep), "no hostile file before the disk filled"
    outputs = _outputs(full)
    for path, r in rep.items():
        if path in full_of:
            continue
        if tree.want[path] is None:
            assert r["status"] == "ok" and outputs[r["output"]] == reference[r["output"]], r
        else:
            assert r["error_type"] == tree.want[path], r
    assert got["resume_rc"] == 1
    _check(tree, keep / "resumed", got["resume_rc"], like=reference)
