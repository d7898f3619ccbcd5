"""Coverage-guided fuzzing of the text pipeline: decoding, normalization, repairs, and every
stage (header, layout, outline, citations, fields, assignments).

    .venv/bin/python benchmarks/fuzz/fuzz_text.py -max_total_time=600 -timeout=30 \
        -rss_limit_mb=4096 -max_len=16384 -artifact_prefix=/tmp/vnlegal-fuzz/ /tmp/vnlegal-fuzz/text

The first byte picks how the rest reaches ``parse()``: as a ``str`` (UTF-8, damage replaced),
as bytes whose encoding is sniffed, or as bytes declared to be text. An empty corpus
directory is seeded with the fixture texts under 20 kB.
"""

from __future__ import annotations

import sys

import atheris
from common import ROOT, check, seed


def one_input(data: bytes) -> None:
    if not data:
        return
    mode, body = data[0] % 3, data[1:]
    if mode == 0:
        # A newline keeps a one-line str from being read as a file path.
        check(body.decode("utf-8", "replace") + "\n")
    elif mode == 1:
        check(body)
    else:
        check(body, format="text")


def main() -> None:
    seeds = [p for p in sorted((ROOT / "fixtures" / "texts").glob("*.txt")) if p.stat().st_size < 20_000]
    seed(sys.argv, seeds)
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
