"""HTTP service benchmark: requests/s and latency of ``vnlegal serve`` on loopback.

Starts ``vnlegal serve`` on a free port of 127.0.0.1 (never another interface) with
``--workers`` parsing processes, warms it up, then sends ``--requests`` uploads of the fixture
texts (``fixtures/texts/*.txt``, in turn) from ``--concurrency`` client threads, each upload
a multipart ``POST /parse``. Reports requests/s over the run and the p50/p95/max latency of one
request, then stops the server. Bounded: a fixed number of requests, a timeout on each, and the
server is always stopped.

Run from the repository root::

    .venv/bin/python benchmarks/serve.py                       # 2 workers, 200 requests, 4 clients
    .venv/bin/python benchmarks/serve.py --workers 1 --concurrency 2 --requests 100
"""

from __future__ import annotations

import argparse
import concurrent.futures
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

from vnlegal.serve import free_port, wait_until_up

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--concurrency", type=int, default=4)
    ap.add_argument("--requests", type=int, default=200)
    args = ap.parse_args()
    files = sorted((ROOT / "fixtures" / "texts").glob("*.txt"))
    bodies = [(p.name, p.read_bytes()) for p in files]
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    cmd = [sys.executable, "-m", "vnlegal", "serve", "--host", "127.0.0.1", "--port", str(port),
           "--workers", str(args.workers)]  # fmt: skip
    server = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until_up(url, timeout=90)
        with httpx.Client(timeout=120) as client:
            for name, data in bodies:  # warm-up: every worker has imported and run every stage
                client.post(f"{url}/parse", files={"file": (name, data)}).raise_for_status()

        def one(k: int) -> float:
            name, data = bodies[k % len(bodies)]
            start = time.perf_counter()
            r = httpx.post(f"{url}/parse", files={"file": (name, data)}, timeout=120)
            r.raise_for_status()
            return time.perf_counter() - start

        start = time.perf_counter()
        with concurrent.futures.ThreadPoolExecutor(args.concurrency) as pool:
            latencies = sorted(pool.map(one, range(args.requests)))
        wall = time.perf_counter() - start
    finally:
        server.terminate()
        try:
            server.wait(15)
        except subprocess.TimeoutExpired:
            server.kill()
    size = sum(len(d) for _, d in bodies) / len(bodies)
    p95 = latencies[min(len(latencies) - 1, int(0.95 * len(latencies)))]
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"cpus available: {cpus}, load average before: {os.getloadavg()[0]:.2f}")
    print(f"workers {args.workers}, clients {args.concurrency}, {args.requests} requests of {len(bodies)} "
          f"texts (mean {size / 1000:.1f} kB)")  # fmt: skip
    print(f"requests/s {args.requests / wall:.1f}  wall {wall:.1f} s")
    print(f"latency p50 {statistics.median(latencies) * 1000:.0f} ms  p95 {p95 * 1000:.0f} ms  "
          f"max {latencies[-1] * 1000:.0f} ms")  # fmt: skip


if __name__ == "__main__":
    main()
