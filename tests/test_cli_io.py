"""The command line as Unix tools are used (issue 19): paths only, stdin, JSON Lines, --text,
atomic output, clear errors, help with examples and exit codes, shell completion, the batch's
main guard, `vnlegal graph` and `batch --tables parquet`. Each case runs the real command."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TEXTS = ROOT / "fixtures" / "texts"
PLAN = TEXTS / "000_ke-hoach_1560-kh-ubnd_binhduong_ttdn_2021.txt"
LAW = TEXTS / "054_luat_84-2025-qh15_thanh-tra.txt"
COMMANDS = ("parse", "summary", "citations", "assignments", "schema", "batch", "graph", "serve", "completion")


def vnlegal(*args: str, stdin: bytes | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "vnlegal", *args], input=stdin, capture_output=True, cwd=cwd, timeout=300
    )


def _error(r: subprocess.CompletedProcess[bytes], *words: str) -> str:
    err = r.stderr.decode()
    assert r.returncode == 2, err
    assert err.startswith("vnlegal: error: ") and "Traceback" not in err, err
    assert "parse_text" not in err and "Python" not in err
    for w in words:
        assert w in err, err
    assert r.stdout == b""
    return err


@pytest.mark.parametrize("command", ["parse", "summary", "citations", "assignments"])
def test_missing_path_and_directory_are_errors(command: str, tmp_path: Path) -> None:
    _error(vnlegal(command, "batch_in"), "batch_in: no such file", "-")
    _error(vnlegal(command, str(tmp_path)), f"{tmp_path}: is a directory", "vnlegal batch")


def test_stdin_equals_the_file() -> None:
    for fmt in ("markdown", "json"):
        piped = vnlegal("parse", "-", "--format", fmt, stdin=PLAN.read_bytes())
        direct = vnlegal("parse", str(PLAN), "--format", fmt)
        assert piped.returncode == direct.returncode == 0
        if fmt == "markdown":
            assert piped.stdout == direct.stdout
        else:
            a, b = json.loads(piped.stdout), json.loads(direct.stdout)
            assert a["source"].pop("path") is None and b["source"].pop("path") == str(PLAN)
            assert a == b
    # With the name given, the piped output is the file's, byte for byte.
    named = vnlegal("parse", "-", "--stdin-filename", str(PLAN), stdin=PLAN.read_bytes())
    assert named.returncode == 0 and named.stdout == vnlegal("parse", str(PLAN)).stdout
    _error(vnlegal("parse", str(PLAN), "--stdin-filename", "x.txt"), "--stdin-filename", "`-`")
    summary = vnlegal("summary", "-", stdin=PLAN.read_bytes())
    assert summary.returncode == 0 and summary.stdout == vnlegal("summary", str(PLAN)).stdout


def test_several_files_are_json_lines(tmp_path: Path) -> None:
    r = vnlegal("parse", str(PLAN), str(LAW))
    assert r.returncode == 0
    lines = r.stdout.decode().splitlines()
    assert [json.loads(x)["header"]["symbol"]["text"] for x in lines] == ["1560/KH-UBND", "84/2025/QH15"]
    # A file that fails is named on stderr; the others are written; exit 2.
    empty = tmp_path / "empty.txt"
    empty.write_text(" \n", encoding="utf-8")
    r = vnlegal("parse", str(PLAN), str(empty), str(LAW), "-o", str(tmp_path / "all.jsonl"))
    assert r.returncode == 2 and f"{empty}" in r.stderr.decode() and "EmptyDocumentError" in r.stderr.decode()
    assert len((tmp_path / "all.jsonl").read_text("utf-8").splitlines()) == 2
    # A missing path among them stops everything before any output.
    r = vnlegal("parse", str(PLAN), "nofile.txt", "-o", str(tmp_path / "none.jsonl"))
    _error(r, "nofile.txt: no such file")
    assert not (tmp_path / "none.jsonl").exists()
    _error(vnlegal("parse", str(PLAN), str(LAW), "--format", "markdown"), "takes one file")


def test_chunks_format() -> None:
    r = vnlegal("parse", str(LAW), "--format", "chunks", "--max-chars", "1200", "--overlap", "50")
    assert r.returncode == 0
    chunks = [json.loads(x) for x in r.stdout.decode().splitlines()]
    assert chunks[1]["breadcrumb"] == "Chương I > Điều 1" and chunks[1]["symbol"] == "84/2025/QH15"


def test_text_flag() -> None:
    r = vnlegal("parse", "--text", "Số: 12/KH-UBND", "--compact")
    assert r.returncode == 0 and json.loads(r.stdout)["source"]["format"] == "text"
    r = vnlegal("summary", "--text", "fixtures/texts/nothing.txt")  # a text, never a file name
    assert r.returncode == 0


def test_output_errors_and_atomic_writes(tmp_path: Path) -> None:
    _error(vnlegal("parse", str(PLAN), "-o", "/nonexistent/x.json"), "/nonexistent/x.json", "create it")
    _error(vnlegal("parse", str(PLAN), "-o", str(tmp_path)), "is a directory")
    out = tmp_path / "plan.json"
    out.write_text("old", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    r = vnlegal("parse", str(empty), "-o", str(out))
    assert r.returncode == 2 and "EmptyDocumentError" in r.stderr.decode()
    assert out.read_text("utf-8") == "old"  # a failed run leaves the old file whole
    assert vnlegal("parse", str(PLAN), "-o", str(out)).returncode == 0
    assert json.loads(out.read_text("utf-8"))["header"]["symbol"]["text"] == "1560/KH-UBND"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.txt", "plan.json"]  # no temp litter


@pytest.mark.parametrize("command", COMMANDS)
def test_help_shows_examples_and_exit_codes(command: str) -> None:
    r = vnlegal(command, "--help")
    text = r.stdout.decode()
    assert r.returncode == 0 and "exit codes:" in text and "example" in text, text


def test_bash_completion(tmp_path: Path) -> None:
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("no bash")
    script = tmp_path / "vnlegal.bash"
    script.write_bytes(vnlegal("completion", "bash").stdout)
    probe = textwrap.dedent(f"""\
        source {script}
        COMP_WORDS=(vnlegal pa); COMP_CWORD=1; _vnlegal; echo "${{COMPREPLY[*]}}"
        COMP_WORDS=(vnlegal parse --for); COMP_CWORD=2; _vnlegal; echo "${{COMPREPLY[*]}}"
        COMP_WORDS=(vnlegal parse --format ch); COMP_CWORD=3; _vnlegal; echo "${{COMPREPLY[*]}}"
        """)
    r = subprocess.run([bash, "-c", probe], capture_output=True, text=True, timeout=30)
    assert r.stdout.splitlines() == ["parse", "--format", "chunks"], r.stderr
    for shell in ("zsh", "fish"):
        text = vnlegal("completion", shell).stdout.decode()
        assert "vnlegal" in text and "parse" in text
        if (exe := shutil.which(shell)) is not None:
            check = [exe, "-n", "-c", text] if shell == "zsh" else [exe, "--no-execute", "-c", text]
            assert subprocess.run(check, capture_output=True, timeout=30).returncode == 0
    assert vnlegal("completion", "tcsh").returncode == 2


def test_batch_run_without_main_guard_fails_at_once(tmp_path: Path) -> None:
    """A script that calls batch.run() at its top level gets one clear error before any output
    (its workers would import the script again and start the batch anew)."""
    out = tmp_path / "out"
    script = tmp_path / "convert.py"
    script.write_text(
        f"from vnlegal.batch import run\nrun([{str(PLAN)!r}], {str(out)!r}, workers=1, progress=False)\n",
        encoding="utf-8",
    )
    r = subprocess.run([sys.executable, script], capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert r.returncode == 1
    last = r.stderr.strip().splitlines()[-1]
    assert last.startswith("vnlegal.batch.inputs.BatchError:") and "line 2" in last
    assert 'if __name__ == "__main__":' in last
    assert r.stderr.count("Traceback") == 1 and len(r.stderr.splitlines()) < 15
    assert not out.exists()
    # Guarded (also by a main() function called under the guard), it runs.
    script.write_text(
        "from vnlegal.batch import run\n\ndef main():\n"
        f"    run([{str(PLAN)!r}], {str(out)!r}, workers=1, progress=False)\n\n"
        'if __name__ == "__main__":\n    main()\n',
        encoding="utf-8",
    )
    r = subprocess.run([sys.executable, script], capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert (out / f"{PLAN.name}.json").exists()


def test_graph_and_parquet_tables_of_a_batch(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    src = tmp_path / "in"
    src.mkdir()
    for name in ("003_ke-hoach_09-kh-btnmt_tin-chi-cac-bon_2024", "042_chi-thi_13-ct-ttg_2024"):
        shutil.copy(TEXTS / f"{name}.txt", src)
    out = tmp_path / "out"
    r = vnlegal("batch", str(src), "-o", str(out), "--workers", "1", "--quiet", "--tables", "parquet")
    assert r.returncode == 0, r.stderr
    cites = pq.read_table(out / "_citations.parquet")
    assert cites.num_rows > 0 and "key" in cites.column_names
    r = vnlegal("graph", str(out), "--format", "csv", "--format", "graphml", "--format", "parquet")
    assert r.returncode == 0, r.stderr
    assert r.stdout.decode().startswith("2 documents, 2 edges")
    edges = (out / "_graph" / "edges.csv").read_text("utf-8").splitlines()
    assert edges[1].startswith("003_ke-hoach_09-kh-btnmt_tin-chi-cac-bon_2024.txt,09/KH-BTNMT,implements,")
    assert (out / "_graph" / "graph.graphml").exists() and (out / "_graph" / "edges.parquet").exists()
    _error(vnlegal("graph", str(tmp_path / "nothing")), "no such folder")
    _error(vnlegal("graph", str(src)), "no document JSON")
