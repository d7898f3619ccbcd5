"""A batch run onto a disk that fills up, then ``--resume`` once there is room: run as root
of a user and mount namespace (``unshare -rm``), where it mounts a small tmpfs as OUTDIR,
and print what it saw as JSON (tests/test_hostile_limits.py reads it)::

    unshare -rm python -m tests.hostile_disk SRC OUTDIR SIZE_KB [KEEP]

With KEEP, OUTDIR is also copied after each run to KEEP/full and KEEP/resumed (the tmpfs
goes with the namespace), so the caller can read every output.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path


def _run(src: str, out: str, *extra: str) -> int:
    cmd = [sys.executable, "-m", "vnlegal", "batch", src, "-o", out, "--no-progress", "--workers", "2",
           "-q", *extra]  # fmt: skip
    return subprocess.run(cmd, check=False).returncode


def _state(out: Path) -> dict[str, object]:
    report = (out / "_report.jsonl").read_bytes()
    lines = report.splitlines(keepends=True)
    torn = bool(lines) and not lines[-1].endswith(b"\n")
    rows = [json.loads(line) for line in lines if line.endswith(b"\n")]
    summary = out / "_summary.json"
    return {
        "torn": torn,
        "rows": [[r["path"], r["status"], r["error_type"]] for r in rows],
        "summary": json.loads(summary.read_text(encoding="utf-8")) if summary.exists() else None,
        "outputs": sorted(str(p.relative_to(out)) for p in out.rglob("*.json") if not p.name.startswith("_")),
        "citations_csv": (out / "_citations.csv").exists(),
    }


def main(src: str, out: str, size_kb: int, keep: str | None = None) -> None:
    Path(out).mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", out], check=True)
    full_rc = _run(src, out)
    full = _state(Path(out))
    if keep:
        shutil.copytree(out, Path(keep) / "full")
    # Space is freed: the same tmpfs, ten times larger.
    subprocess.run(["mount", "-o", f"remount,size={size_kb * 10}k", out], check=True)
    resume_rc = _run(src, out, "--resume")
    resumed = _state(Path(out))
    if keep:
        shutil.copytree(out, Path(keep) / "resumed")
    print(json.dumps({"full_rc": full_rc, "full": full, "resume_rc": resume_rc, "resumed": resumed}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), *sys.argv[4:5])
