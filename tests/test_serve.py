"""The HTTP service (vnlegal serve) tested against a live uvicorn on a free loopback port."""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

httpx = pytest.importorskip("httpx")
pytest.importorskip("starlette")
pytest.importorskip("uvicorn")

import vnlegal  # noqa: E402
from tests.hostile import declare_size, docx  # noqa: E402
from vnlegal.serve import free_port, wait_until_up  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TEXTS = sorted((ROOT / "fixtures" / "texts").glob("*.txt"))
MAX_BYTES = 2_000_000


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """``vnlegal serve`` (the command) on 127.0.0.1, 2 workers, a 2 MB upload limit; always stopped."""
    port = free_port()
    cmd = [sys.executable, "-m", "vnlegal", "serve", "--host", "127.0.0.1", "--port", str(port),
           "--workers", "2", "--max-bytes", str(MAX_BYTES)]  # fmt: skip
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(url, timeout=90)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


def _expected(path: Path) -> dict[str, object]:
    return vnlegal.parse(path.read_bytes()).model_dump(mode="json")


def test_endpoints(server: str) -> None:
    health = httpx.get(f"{server}/health").json()
    assert health["status"] == "ok" and health["workers"] == 2
    assert "$defs" in httpx.get(f"{server}/schema").json()
    spec = httpx.get(f"{server}/openapi.json").json()
    assert {"/parse", "/citations", "/assignments", "/schema", "/health"} <= set(spec["paths"])
    assert "openapi.json" in httpx.get(f"{server}/docs").text
    path = ROOT / "fixtures" / "texts" / "054_luat_84-2025-qh15_thanh-tra.txt"
    raw = httpx.post(f"{server}/parse", content=path.read_bytes(), timeout=60)
    assert raw.status_code == 200 and raw.headers["content-type"] == "application/json"
    assert raw.json() == _expected(path)
    with open(path, "rb") as f:
        md = httpx.post(f"{server}/parse?format=markdown", files={"file": (path.name, f)}, timeout=60)
    assert md.status_code == 200 and md.text == vnlegal.parse(path.read_bytes()).to_markdown()
    akn = httpx.post(f"{server}/parse", params={"format": "akn"}, content=path.read_bytes(), timeout=60)
    assert akn.status_code == 200 and akn.text.startswith("<?xml")
    chunks = httpx.post(f"{server}/parse", params={"format": "chunks"}, content=path.read_bytes(), timeout=60)
    lines = [json.loads(x) for x in chunks.text.splitlines()]
    assert lines and lines[1]["breadcrumb"] == "Chương I > Điều 1"
    cites = httpx.post(f"{server}/citations", content=path.read_bytes(), timeout=60).json()
    assert cites == _expected(path)["citations"]
    plan = ROOT / "fixtures" / "texts" / "000_ke-hoach_1560-kh-ubnd_binhduong_ttdn_2021.txt"
    tasks = httpx.post(f"{server}/assignments", content=plan.read_bytes(), timeout=60).json()
    assert tasks == _expected(plan)["assignments"] and tasks


def _problem(r: httpx.Response, status: int, kind: str | None = None) -> dict[str, object]:
    assert r.status_code == status, r.text
    assert r.headers["content-type"] == "application/problem+json"
    body = r.json()
    assert body["status"] == status and body["title"] and body["detail"] and body["instance"]
    if kind:
        assert body["type"] == f"urn:vnlegal:problem:{kind}"
    return dict(body)


def test_errors_are_problem_details(server: str) -> None:
    _problem(httpx.post(f"{server}/parse?format=xlsx", content=b"x"), 400)
    _problem(httpx.post(f"{server}/parse?ocr=sometimes", content=b"x"), 400)
    _problem(httpx.post(f"{server}/parse", content=b""), 400)
    _problem(httpx.post(f"{server}/parse", files={"other": ("a.txt", b"abc")}), 400)
    rar = b"Rar!\x1a\x07\x00" + bytes(300)
    _problem(httpx.post(f"{server}/parse", content=rar), 415, "UnsupportedFormatError")
    _problem(httpx.post(f"{server}/parse", content=b"x" * (MAX_BYTES + 100_000)), 413, "TooLargeError")
    bomb = declare_size(docx(), "word/document.xml", 4_000_000_000)
    _problem(httpx.post(f"{server}/parse", files={"file": ("bomb.docx", bomb)}), 413, "TooLargeError")
    _problem(httpx.post(f"{server}/parse", content=b" \n \n"), 422, "EmptyDocumentError")
    assert httpx.get(f"{server}/parse").status_code == 405


def test_parallel_uploads_with_a_bomb(server: str) -> None:
    """50 parallel uploads of the dev corpus, a zip bomb among them: all answered correctly, the
    bomb at once (refused before any parse), the good ones in about their own parse time."""
    expected = {p.name: _expected(p) for p in TEXTS}
    jobs = [(p.name, p.read_bytes()) for p in (TEXTS[k % len(TEXTS)] for k in range(50))]
    bomb = declare_size(docx(), "word/document.xml", 4_000_000_000)
    jobs.insert(10, ("bomb.docx", bomb))

    def send(job: tuple[str, bytes]) -> tuple[str, int, float, bytes]:
        name, data = job
        start = time.perf_counter()
        r = httpx.post(f"{server}/parse", files={"file": (name, data)}, timeout=120)
        return name, r.status_code, time.perf_counter() - start, r.content

    with concurrent.futures.ThreadPoolExecutor(16) as pool:
        results = list(pool.map(send, jobs))
    for name, status, _, content in results:
        if name == "bomb.docx":
            assert status in (413, 422)
            continue
        assert status == 200, (name, content[:300])
        assert json.loads(content) == expected[name], name
    bomb_s = next(s for n, _, s, _ in results if n == "bomb.docx")
    assert bomb_s < 30
    assert httpx.get(f"{server}/health").json()["killed"] == 0


def test_ocr_query_reaches_the_parser(server: str) -> None:
    """``ocr=never`` refuses a scanned page as ``parse(ocr="never")`` does; a text is the same
    whatever the mode."""
    binary = Path(__file__).resolve().parent.parent / "fixtures" / "binary"
    scan = binary / "B04_CV-813-CucHoaChat_2026_scanned.pdf"
    _problem(httpx.post(f"{server}/parse?ocr=never", content=scan.read_bytes()), 422, "NoTextLayerError")
    text = "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 12/KH-UBND\nKẾ HOẠCH\nTriển khai công tác X\n".encode()
    never = httpx.post(f"{server}/citations?ocr=never", content=text, timeout=120)
    always = httpx.post(f"{server}/citations?ocr=always", content=text, timeout=120)
    assert never.status_code == always.status_code == 200
    assert never.json() == always.json()


def test_client_disconnect_mid_upload(server: str) -> None:
    """A client that sends half its upload and hangs up costs nothing: no worker is taken, the
    service keeps answering."""
    host, port = server.removeprefix("http://").split(":")
    for _ in range(3):
        with socket.create_connection((host, int(port)), timeout=10) as s:
            s.sendall(
                b"POST /parse HTTP/1.1\r\nHost: x\r\nContent-Type: application/octet-stream\r\n"
                b"Content-Length: 1000000\r\n\r\n" + b"a" * 50_000
            )
            time.sleep(0.2)
    time.sleep(0.5)
    health = httpx.get(f"{server}/health").json()
    assert health["busy"] == 0 and health["waiting"] == 0
    path = TEXTS[0]
    assert httpx.post(f"{server}/parse", content=path.read_bytes(), timeout=60).json() == _expected(path)


def test_worker_killed_past_its_deadline() -> None:
    """A parse that overstays (simulated: a deadline of 0 s, a worker without a budget) has its
    worker killed and replaced; the request is answered 422 and the next one is served."""
    from vnlegal import serve

    async def scenario() -> tuple[tuple[object, ...], int, tuple[object, ...]]:
        pool = serve.WorkerPool(1, serve.SERVICE_LIMITS.replace(time_budget_s=None), max_queue=1)
        pool.start()
        try:
            pool.deadline_s = 0.0
            reply = await pool.submit("parse", "json", TEXTS[-1].read_bytes())
            pool.deadline_s = 60.0
            again = await pool.submit("parse", "json", TEXTS[0].read_bytes())
            return reply, pool.killed, again
        finally:
            pool.close()

    reply, killed, again = asyncio.run(scenario())
    assert reply[:3] == ("error", 422, "TimeBudgetExceededError") and killed == 1
    assert again[0] == "ok" and json.loads(again[2]) == _expected(TEXTS[0])
