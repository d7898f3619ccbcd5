"""Coverage-guided fuzzing of the readers: PDF, DOCX (the package and its XML), HTML and the
OLE checks of .doc, then the stages on whatever text comes out.

    .venv/bin/python benchmarks/fuzz/fuzz_readers.py -max_total_time=600 -timeout=30 \
        -rss_limit_mb=4096 -max_len=131072 -artifact_prefix=/tmp/vnlegal-fuzz/ /tmp/vnlegal-fuzz/readers

The first byte picks the route: the bytes as a file whose format is sniffed; the bytes as a
PDF, as HTML; or the bytes as the main XML part of a DOCX package (zipped here with the
styles and numbering of fixtures/binary/numbering.docx, so that mutations reach the XML
walk instead of failing the ZIP checksums). An empty corpus directory is seeded with the
binary fixtures (PDF, DOCX, HTML) and with their document.xml parts.
"""

from __future__ import annotations

import io
import sys
import tempfile
import zipfile
from functools import cache
from pathlib import Path

import atheris
from common import ROOT, check, seed

BINARY = ROOT / "fixtures" / "binary"
_SEEDS = [
    "numbering.pdf",
    "B06.pdf",
    "numbering.docx",
    "B06_KH-3898-KH-SCT_LaoCai_2026.docx",
    "B08_TT-14-2024-TT-BCT.docx",
    "portal.html",
    "B06.html",
]
_XML_ROUTE = 3


@cache
def _package() -> dict[str, bytes]:
    with zipfile.ZipFile(BINARY / "numbering.docx") as z:
        return {i.filename: z.read(i) for i in z.infolist()}


def _docx_with(document: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as z:
        for name, blob in _package().items():
            z.writestr(name, document if name == "word/document.xml" else blob)
    return out.getvalue()


def one_input(data: bytes) -> None:
    if not data:
        return
    route, body = data[0] % 4, data[1:]
    if route == 0:
        check(body)
    elif route == 1:
        check(body, format="pdf")
    elif route == 2:
        check(body, format="html")
    else:
        check(_docx_with(body), format="docx")


def _seed_files() -> list[Path]:
    """Fixture files, each prefixed with the route byte that reads it as it is."""
    tmp = Path(tempfile.mkdtemp(prefix="vnlegal-fuzz-seeds-"))
    out: list[Path] = []
    for name in _SEEDS:
        data = (BINARY / name).read_bytes()
        f = tmp / name
        f.write_bytes(bytes([0]) + data)
        out.append(f)
        if name.endswith(".docx"):
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                xml = tmp / f"{name}.document.xml"
                xml.write_bytes(bytes([_XML_ROUTE]) + z.read("word/document.xml"))
                out.append(xml)
    return out


def main() -> None:
    seed(sys.argv, _seed_files())
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
