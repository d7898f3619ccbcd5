"""Hostile and broken input, one named case each: parse() raises the right ParseError subclass,
names the file, and gives up within two seconds. Every file is written by the test."""

from __future__ import annotations

import gzip
import io
import json
import os
import random
import re
import resource
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

import vnlegal
from vnlegal import Limits
from vnlegal.errors import (
    CorruptDocumentError,
    EmptyDocumentError,
    EncryptedDocumentError,
    MissingConverterError,
    NoTextLayerError,
    ParseError,
    TimeBudgetExceededError,
    TooLargeError,
    UnsupportedFormatError,
)
from vnlegal.readers import doc as doc_reader

from . import hostile
from .conftest import fixture_path
from .hostile import (
    PDF_PLAN,
    PLAN,
    W_NS,
    XLSX_TYPE,
    billion_laughs,
    declare_size,
    document_xml,
    docx,
    loopback_server,
    ole,
    para,
    pdf,
    pdf_forms,
    rtf_linking,
)

SECONDS = 2.0
_PLAN_TEXT = "\n".join(PLAN).encode()


@dataclass(frozen=True)
class Bad:
    """A named bad input and what parse() must say about it."""

    name: str
    make: Callable[[], bytes]
    error: type[ParseError]
    suffix: str = ".bin"
    limits: Limits | None = None
    format: str | None = None
    match: str | None = None
    ocr: str = "auto"


def _zip(entries: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in entries:
            z.writestr(name, blob)
    return buf.getvalue()


def _many_entries() -> bytes:
    return docx(extra=[(f"word/media/image{i}.png", b"") for i in range(10_001)])


def _real_bomb() -> bytes:
    # 20 MB of zeros deflate to 20 kB.
    return docx(extra=[("word/media/zeros.bin", bytes(20_000_000))])


def _deep_docx() -> bytes:
    nested = "<w:sdt><w:sdtContent>" * 300 + para("x") + "</w:sdtContent></w:sdt>" * 300
    return docx(document_xml(para("KẾ HOẠCH") + nested))


def _huge_run() -> bytes:
    return docx(document_xml(para("KẾ HOẠCH") + para("Nội dung " * 1_300_000)))


def _xxe() -> bytes:
    prolog = '<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    return docx(document_xml(para("Điều 1. &x;"), prolog=prolog))


def _missing_main() -> bytes:
    data = docx()
    entries: list[tuple[str, bytes]] = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        entries = [(i.filename, z.read(i)) for i in z.infolist() if i.filename != "word/document.xml"]
    return _zip(entries)


def _no_body() -> bytes:
    return docx(f'<?xml version="1.0"?><w:document xmlns:w="{W_NS}"></w:document>')


def _deep_html() -> bytes:
    return ("<html><body>" + "<div>" * 1_500 + "Kế hoạch số 12/KH-UBND " * 20 + "</div>" * 1_500).encode()


def _random_bytes() -> bytes:
    rng = random.Random(8)
    return bytes(rng.randrange(256) for _ in range(4096))


_RELS_BOMB = (
    '<?xml version="1.0"?>'
    + billion_laughs().replace("w:document", "Relationships")
    + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="word/document.xml" Type="&lol9;"/></Relationships>'
)
_XXE_TYPES = (
    '<?xml version="1.0"?><!DOCTYPE Types [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="&x;"/></Types>'
)


def _with_part(name: str, content: str) -> bytes:
    """The default DOCX with part ``name`` replaced by ``content``."""
    src = zipfile.ZipFile(io.BytesIO(docx()))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as out:
        for info in src.infolist():
            out.writestr(info.filename, content if info.filename == name else src.read(info))
    return buf.getvalue()


CASES = [
    # Text that is no text.
    Bad("empty_file", lambda: b"", EmptyDocumentError),
    Bad("blank_lines", lambda: b" \n\t\r\n   \n", EmptyDocumentError),
    Bad("only_punctuation", lambda: b"- . - | *** ... ___ ---\n" * 20, EmptyDocumentError),
    Bad("utf8_bom_only", lambda: b"\xef\xbb\xbf", EmptyDocumentError),
    Bad("utf16_bom_only", lambda: b"\xff\xfe", EmptyDocumentError),
    Bad("nul_bytes", lambda: bytes(4096), UnsupportedFormatError, match="binary"),
    Bad("random_bytes", _random_bytes, UnsupportedFormatError),
    Bad("invalid_utf16", lambda: b"\xff\xfeK\x00\x00\xd8", UnsupportedFormatError),
    Bad("invalid_utf8_after_bom", lambda: b"\xef\xbb\xbfK\xe1\xba", UnsupportedFormatError),
    Bad("undecodable_8bit", lambda: b"\x81 xyz " * 50, UnsupportedFormatError, match="undecodable"),
    Bad("unknown_format_hint", lambda: _PLAN_TEXT, UnsupportedFormatError, format="odt"),
    # Files that are not documents.
    Bad("png_image", lambda: b"\x89PNG\r\n\x1a\n" + bytes(64), CorruptDocumentError, match="image"),
    Bad("jpeg_image", lambda: b"\xff\xd8\xff\xe0" + bytes(64), CorruptDocumentError, match="image"),
    Bad("tiff_scan", lambda: b"II*\x00" + bytes(64), CorruptDocumentError, match="image"),
    Bad("gzip_archive", lambda: gzip.compress(_PLAN_TEXT), UnsupportedFormatError, match="archive"),
    Bad("rar_archive", lambda: b"Rar!\x1a\x07\x00" + bytes(64), UnsupportedFormatError, match="archive"),
    Bad("rtf_file", lambda: b"{\\rtf1\\ansi K\\'ea ho\\'e1ch}", UnsupportedFormatError, match="RTF"),
    Bad("plain_zip", lambda: _zip([("a.txt", _PLAN_TEXT)]), UnsupportedFormatError, match="ZIP"),
    # PDF.
    Bad("pdf_header_only", lambda: b"%PDF-1.7\n", CorruptDocumentError, suffix=".pdf"),
    Bad("pdf_truncated", lambda: pdf([PDF_PLAN])[:400], CorruptDocumentError, suffix=".pdf"),
    Bad("pdf_without_pages", lambda: pdf([]), CorruptDocumentError, suffix=".pdf"),
    Bad(
        "pdf_page_tree_loop",
        lambda: pdf([], page_objects=["<< /Type /Pages /Kids [2 0 R] /Count 1 >>"]),
        CorruptDocumentError,
        suffix=".pdf",
    ),
    Bad("pdf_blank_scan", lambda: pdf([[], []]), NoTextLayerError, suffix=".pdf", match="OCR"),
    Bad(
        "pdf_fonts_without_unicode",
        lambda: pdf([["\xb8\xb5\xac\xae\xa6 " * 10] * 5]),
        NoTextLayerError,
        suffix=".pdf",
        match="Unicode",
        ocr="never",  # with OCR, the page is read as the glyphs show (tests/test_ocr.py)
    ),
    Bad("pdf_password", lambda: pdf([PDF_PLAN], encrypt=True), EncryptedDocumentError, suffix=".pdf"),
    Bad(
        "pdf_too_many_pages",
        lambda: pdf([PDF_PLAN] * 3),
        TooLargeError,
        suffix=".pdf",
        limits=Limits(max_pages=2),
        match="3 pages",
    ),
    # DOCX and zip bombs.
    Bad("docx_not_a_zip", lambda: b"PK\x03\x04word/" + bytes(300), CorruptDocumentError, format="docx"),
    Bad("docx_truncated", lambda: docx()[:300], CorruptDocumentError, suffix=".docx"),
    Bad(
        "docx_zip_bomb_declared",
        lambda: declare_size(docx(), "word/document.xml", 4_000_000_000),
        TooLargeError,
        suffix=".docx",
        match="uncompressed",
    ),
    Bad(
        "docx_zip_bomb_deflated",
        _real_bomb,
        TooLargeError,
        suffix=".docx",
        limits=Limits(max_docx_uncompressed=10_000_000),
    ),
    Bad(
        "docx_entry_longer_than_declared",
        lambda: declare_size(docx(), "word/document.xml", 50),
        CorruptDocumentError,
        suffix=".docx",
    ),
    Bad("docx_too_many_entries", _many_entries, TooLargeError, suffix=".docx", match="entries"),
    Bad(
        "docx_billion_laughs",
        lambda: docx(document_xml(para("&lol9;"), prolog=billion_laughs())),
        CorruptDocumentError,
        suffix=".docx",
    ),
    Bad("docx_external_entity", _xxe, CorruptDocumentError, suffix=".docx", match="DTD"),
    Bad(
        "docx_entity_bomb_in_relationships",
        lambda: docx(rels=_RELS_BOMB),
        CorruptDocumentError,
        suffix=".docx",
        match="relationships",
    ),
    Bad(
        "docx_external_entity_in_content_types",
        lambda: _with_part("[Content_Types].xml", _XXE_TYPES),
        CorruptDocumentError,
        suffix=".docx",
        match="content types",
    ),
    Bad("docx_nested_too_deep", _deep_docx, TooLargeError, suffix=".docx", match="deeper"),
    Bad("docx_huge_text_run", _huge_run, TooLargeError, suffix=".docx"),
    Bad("docx_missing_main_part", _missing_main, CorruptDocumentError, suffix=".docx"),
    Bad("docx_broken_xml", lambda: docx("<w:document><w:body><w:p>"), CorruptDocumentError, suffix=".docx"),
    Bad("docx_without_body", _no_body, CorruptDocumentError, suffix=".docx", match="no body"),
    Bad("docx_empty_body", lambda: docx(document_xml(para(" "))), EmptyDocumentError, suffix=".docx"),
    Bad("xlsx_spreadsheet", lambda: docx(main_type=XLSX_TYPE), UnsupportedFormatError, suffix=".docx"),
    # Word 97-2003.
    Bad("ole_encrypted_package", lambda: ole("EncryptionInfo", "EncryptedPackage"), EncryptedDocumentError),
    Bad("doc_password", lambda: ole("WordDocument", "1Table", fib_flags=0x0100), EncryptedDocumentError),
    Bad("ole_spreadsheet", lambda: ole("Workbook"), UnsupportedFormatError, match="not a Word"),
    # HTML.
    Bad("html_empty_body", lambda: b"<html><body>  </body></html>", EmptyDocumentError),
    Bad(
        "html_only_scripts",
        lambda: b"<html><head><script>a=1</script></head><body><script>b()</script></body></html>",
        EmptyDocumentError,
    ),
    Bad("html_nested_too_deep", _deep_html, TooLargeError, match="levels deep"),
    Bad(
        "html_too_large",
        lambda: b"<html><body><p>" + "Kế hoạch ".encode() * 200 + b"</p></body></html>",
        TooLargeError,
        limits=Limits(max_bytes=1000),
        format="html",
    ),
    # Limits on any input.
    Bad("text_too_large", lambda: _PLAN_TEXT * 100, TooLargeError, limits=Limits(max_bytes=1000)),
    Bad(
        "line_too_long",
        lambda: b"KE HOACH\n" + b"Noi dung " * 200,
        TooLargeError,
        limits=Limits(max_line_length=1000),
        match="a line of the text",
    ),
    Bad(
        "time_budget",
        lambda: fixture_path("000").read_bytes(),
        TimeBudgetExceededError,
        limits=Limits(time_budget_s=0.0),
        match="time budget",
    ),
]


def test_at_least_thirty_named_inputs() -> None:
    assert len(CASES) >= 30
    assert len({c.name for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_bad_input_raises_the_right_error_quickly(case: Bad, tmp_path: Path) -> None:
    path = tmp_path / f"input{case.suffix}"
    path.write_bytes(case.make())
    start = time.perf_counter()
    with pytest.raises(ParseError) as err:
        vnlegal.parse(path, format=case.format, limits=case.limits, ocr=case.ocr)  # type: ignore[arg-type]
    elapsed = time.perf_counter() - start
    assert type(err.value) is case.error, f"{type(err.value).__name__}: {err.value}"
    assert elapsed < SECONDS, f"{case.name} took {elapsed:.2f} s"
    assert err.value.path == str(path)
    assert str(err.value).startswith(f"{path}: ")
    if case.match:
        assert re.search(case.match, str(err.value)), str(err.value)


def test_external_entity_is_never_read(tmp_path: Path) -> None:
    path = tmp_path / "xxe.docx"
    path.write_bytes(_xxe())
    with pytest.raises(CorruptDocumentError) as err:
        vnlegal.parse(path)
    assert "root:" not in str(err.value)


def test_missing_converter(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(doc_reader, "find_soffice", lambda: None)
    path = tmp_path / "old.doc"
    path.write_bytes(ole("WordDocument", "1Table", fib_flags=0))
    with pytest.raises(MissingConverterError, match="LibreOffice"):
        vnlegal.parse(path)


@pytest.mark.parametrize(
    ("name", "source", "message"),
    [
        ("missing_file", "no-such-dir/ke-hoach.txt", "no such file"),
        ("directory", ".", "directory"),
        ("nul_in_name", "bad\x00name.txt", "not a valid file name"),
    ],
)
def test_unreadable_paths_are_plain_parse_errors(name: str, source: str, message: str) -> None:
    target = Path(source) if name == "directory" else source
    with pytest.raises(ParseError, match=message) as err:
        vnlegal.parse(target)
    assert type(err.value) is ParseError


def test_parse_text_never_reads_a_file(tmp_path: Path) -> None:
    """parse() takes a one-line path for a file; parse_text() keeps every str a text."""
    secret = tmp_path / "secret.txt"
    secret.write_text("KẾ HOẠCH\nBí mật nội bộ", encoding="utf-8")
    assert "Bí mật" in vnlegal.parse(str(secret)).text
    as_text = vnlegal.parse_text(str(secret))
    assert as_text.source.path is None and as_text.text == str(secret)
    with pytest.raises(ParseError, match="parse_text"):
        vnlegal.parse("Số: 12/KH-UBND")
    one_line = vnlegal.parse_text("Số: 12/KH-UBND")
    assert one_line.text == "Số: 12/KH-UBND" and one_line.source.format == "text"
    # A text that starts like a PDF stays a text: no format is sniffed.
    assert vnlegal.parse_text("%PDF-1.7\nKẾ HOẠCH").source.format == "text"
    with pytest.raises(TypeError):
        vnlegal.parse_text(b"bytes")  # type: ignore[arg-type]


def test_large_str_and_bytes_are_refused_before_work() -> None:
    text = "Kế hoạch\n" + "Nội dung. " * 1000
    with pytest.raises(TooLargeError):
        vnlegal.parse(text, limits=Limits(max_bytes=100))
    with pytest.raises(TooLargeError):
        vnlegal.parse(text.encode(), limits=Limits(max_bytes=100))


def test_numbering_amplification_stays_bounded() -> None:
    """A list level that repeats "%1" and starts at two billion in letters would spell
    megabytes for every numbered paragraph; labels are capped instead."""
    numbering = (
        f'<?xml version="1.0"?><w:numbering xmlns:w="{W_NS}"><w:abstractNum w:abstractNumId="0">'
        '<w:lvl w:ilvl="0"><w:start w:val="2000000000"/><w:numFmt w:val="lowerLetter"/>'
        f'<w:lvlText w:val="{"%1" * 50_000}"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
    )
    numbered = (
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
        "<w:r><w:t>x</w:t></w:r></w:p>"
    )
    package = "http://schemas.openxmlformats.org/package/2006/relationships"
    rel_type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"
    doc_rels = (
        f'<?xml version="1.0"?><Relationships xmlns="{package}">'
        f'<Relationship Id="rId1" Type="{rel_type}" Target="numbering.xml"/></Relationships>'
    )
    data = docx(
        document_xml(para("KẾ HOẠCH") + numbered * 2000),
        extra=[("word/numbering.xml", numbering), ("word/_rels/document.xml.rels", doc_rels)],
    )
    start = time.perf_counter()
    doc = vnlegal.parse(data)
    assert time.perf_counter() - start < 10
    assert len(doc.text) < 2000 * 300
    assert "2000000000" in doc.text


def test_errors_keep_path_and_message_through_pickle() -> None:
    import pickle

    err = TooLargeError("the PDF is 9 pages", path="a/b.pdf")
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is TooLargeError and back.path == "a/b.pdf" and back.message == err.message
    assert str(back) == str(err)
    assert isinstance(TimeBudgetExceededError("x"), TimeoutError)


@pytest.mark.parametrize("budget", [0.3, 1.0])
def test_time_budget_stops_a_long_parse_promptly(budget: float) -> None:
    """The budget is checked inside long loops and bounds the regex scans of whole texts, so
    a parse stops soon after it runs out, whichever stage it is in."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(fixture_path("000").parent.glob("*.txt"))]
    big = "\n".join(texts) * 10
    vnlegal.parse("Kế hoạch\nấm")
    start = time.perf_counter()
    with pytest.raises(TimeBudgetExceededError, match="time budget"):
        vnlegal.parse(big, limits=Limits(time_budget_s=budget))
    assert time.perf_counter() - start < budget + 1.0


@pytest.mark.parametrize("charset", ["idna", "punycode", "undefined", "hex", "no-such-codec"])
def test_html_declaring_a_codec_that_cannot_decode_it(charset: str) -> None:
    """Found by probing the reader: ``bytes.decode(codec, "replace")`` raises for codecs that
    do not replace (``idna``, ``punycode``, ``undefined``); the page falls back to UTF-8 or
    cp1258 like a page that declares nothing."""
    page = f'<html><head><meta charset="{charset}"></head><body><p>Kế hoạch số 12/KH-UBND</p></body></html>'
    # Bytes no codec here decodes cleanly make "punycode" raise as well.
    doc = vnlegal.parse(page.encode() + bytes(range(128, 256)))
    assert "12/KH-UBND" in doc.text


# --- issue 17: documents that ask for the network or for files outside the input --------

_NAMESPACES = doc_reader.sandbox_mode() == "namespace"
_SOFFICE = doc_reader.find_soffice()


def _canary(path: Path) -> bytes:
    """A valid PNG carrying a marker that would show up in whatever embedded it."""
    from PIL import Image, PngImagePlugin  # lazy: start-up

    marker = b"CANARY-" + path.name.encode()
    info = PngImagePlugin.PngInfo()
    info.add_text("canary", marker.decode())
    Image.new("L", (4, 4)).save(path, pnginfo=info)
    os.utime(path, (1_000_000, 1_000_000))  # an atime a read would move (where atime is kept)
    return marker


@pytest.mark.skipif(not _NAMESPACES, reason="user namespaces (unshare -rmnpf) are not available here")
def test_sandbox_has_no_network_and_no_files_outside(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET")
    root, scratch = tmp_path / "root", tmp_path / "scratch"
    root.mkdir()
    scratch.mkdir()
    with loopback_server() as (url, seen):
        probe = (f"if [ -e {secret} ]; then echo visible; fi; "
                 f"if command -v python3 >/dev/null; then python3 -c \"import urllib.request as u; "
                 f"u.urlopen('{url}/x', timeout=2)\" 2>/dev/null && echo fetched; fi; echo done")  # fmt: skip
        cmd = doc_reader._sandbox_cmd(str(root), [str(scratch)], ["/bin/sh", "-c", probe], "namespace")
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=30, check=True).stdout
    assert out.split() == ["done"], out
    assert seen == []


@pytest.mark.skipif(_SOFFICE is None, reason="LibreOffice is not installed")
@pytest.mark.skipif(not _NAMESPACES, reason="user namespaces (unshare -rmnpf) are not available here")
def test_doc_conversion_fetches_nothing_and_reads_no_other_file(tmp_path: Path) -> None:
    # The fields of a Word file: INCLUDEPICTURE of a loopback URL, of a local picture (a path
    # and a file:// URL) and INCLUDETEXT of it. LibreOffice converts an RTF as it converts a
    # .doc; without the sandbox it embeds the local picture (checked when this was written).
    canary = tmp_path / "secret.png"
    marker = _canary(canary)
    before = canary.stat().st_atime
    assert _SOFFICE is not None
    with loopback_server() as (url, seen):
        out = doc_reader.convert_to_docx(rtf_linking(f"{url}/img.png", str(canary)), _SOFFICE, None)
    assert seen == []
    with zipfile.ZipFile(io.BytesIO(out)) as z:
        assert not any(marker in z.read(n) for n in z.namelist())
        assert not any(n.startswith("word/media/") for n in z.namelist())
    assert canary.stat().st_atime == before


# --- issue 17: a batch over a tree of hostile files among good ones ----------------------


def _hostile_tree(tmp_path: Path) -> Path:
    """Good files, a link to a secret outside the tree, a FIFO, a link to /dev/zero, a link
    to "." (a loop), a name that is not UTF-8 and a name with a newline; and files whose
    content is hostile: a PDF form that draws itself, a ZIP whose end record hides 20 000
    entries, a million lines of "1.", a line of 6 million characters."""
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-OUTSIDE\n" + "\n".join(PLAN), encoding="utf-8")
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    for name in ("good1.txt", "sub/good2.txt", "new\nline.txt"):
        (src / name).write_bytes(_PLAN_TEXT)
    with open(os.fsencode(src) + b"/bad\xff.txt", "wb") as f:
        f.write(_PLAN_TEXT)
    (src / "outside.txt").symlink_to(secret)
    (src / "zero.txt").symlink_to("/dev/zero")
    os.mkfifo(src / "fifo.txt")
    (src / "loop").symlink_to(".")
    (src / "sub" / "up").symlink_to("..")
    (src / "sub" / "xobject.pdf").write_bytes(pdf_forms(1, loop=True))
    hostile.write_zip_lying_about_entries(str(src / "sub" / "entries.docx"), 20_000)
    hostile.write_lines(str(src / "ones.txt"), "1.", 1_000_000)
    hostile.write_long_line(str(src / "long.txt"), 6_000_000)
    return src


_CONTENT = ("xobject.pdf", "entries.docx", "ones.txt", "long.txt")
"""The hostile contents of the tree: each is refused with TooLargeError."""


def _report_lines(out: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in (out / "_report.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("follow", [False, True])
def test_batch_over_hostile_tree_reports_every_file_once(tmp_path: Path, follow: bool) -> None:
    from vnlegal.batch import run  # lazy: start-up (worker processes)

    src, out = _hostile_tree(tmp_path), tmp_path / "out"
    start = time.perf_counter()
    summary = run([src], out, workers=2, progress=False, follow_symlinks=follow)
    assert time.perf_counter() - start < 60
    rows = _report_lines(out)
    by_name = {str(r["path"]).rsplit("/", 1)[-1]: r for r in rows}
    assert len(rows) == len(by_name) == 11, sorted(by_name)
    assert json.loads((out / "_summary.json").read_text(encoding="utf-8"))["files"] == 11
    for name in _CONTENT:
        assert by_name[name]["error_type"] == "TooLargeError", by_name[name]
    good = ["good1.txt", "good2.txt", "new\nline.txt", "bad\\xff.txt", *(["outside.txt"] if follow else [])]
    for name in good:
        assert by_name[name]["status"] == "ok", by_name[name]
    assert by_name["fifo.txt"]["error_type"] == "ParseError"
    assert "FIFO" in str(by_name["fifo.txt"]["error"])
    if follow:
        assert by_name["zero.txt"]["error_type"] == "ParseError"
    else:
        assert by_name["outside.txt"]["error_type"] == by_name["zero.txt"]["error_type"] == "SymlinkRefused"
        assert not any(b"SECRET-OUTSIDE" in p.read_bytes() for p in out.rglob("*") if p.is_file())
    assert (out / "new\nline.txt.json").is_file()
    assert os.path.isfile(os.fsencode(out) + b"/bad\xff.txt.json")
    assert summary.exit_code == 1


def test_dask_over_hostile_tree_reports_every_file_once(tmp_path: Path) -> None:
    """On a Dask cluster the workers hash and parse the same way: a FIFO or a link to /dev/zero
    is refused unread, never a hang (issue 17: a Dask run hung on them)."""
    distributed = pytest.importorskip("distributed")
    from vnlegal.batch import run  # lazy: start-up (worker processes)

    src, out = _hostile_tree(tmp_path), tmp_path / "out"
    start = time.perf_counter()
    with (
        distributed.LocalCluster(n_workers=1, processes=True, dashboard_address=None) as c,
        distributed.Client(c) as client,
    ):
        summary = run([src], out, client=client, progress=False, timeout=60)
    assert time.perf_counter() - start < 120
    by_name = {str(r["path"]).rsplit("/", 1)[-1]: r for r in _report_lines(out)}
    assert len(by_name) == summary.files == 11
    assert all(by_name[name]["error_type"] == "TooLargeError" for name in _CONTENT)
    assert by_name["fifo.txt"]["error_type"] == "ParseError" and "FIFO" in str(by_name["fifo.txt"]["error"])
    assert by_name["zero.txt"]["error_type"] == by_name["outside.txt"]["error_type"] == "SymlinkRefused"
    assert by_name["bad\\xff.txt"]["status"] == by_name["new\nline.txt"]["status"] == "ok"


def test_glob_over_links_to_the_folder_terminates(tmp_path: Path) -> None:
    from vnlegal.batch.inputs import Inputs  # lazy: start-up

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_bytes(_PLAN_TEXT)
    (src / "l1").symlink_to(".")
    (src / "l2").symlink_to(".")
    for follow in (False, True):
        start = time.perf_counter()
        found = [rel for _, rel in Inputs([str(src / "**" / "*.txt")], follow_symlinks=follow)]
        assert found == ["a.txt"]
        assert time.perf_counter() - start < 2


def test_non_regular_files_are_refused_before_open(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    zero = tmp_path / "zero.txt"
    zero.symlink_to("/dev/zero")
    for path, what in ((fifo, "FIFO"), (zero, "character device")):
        start = time.perf_counter()
        with pytest.raises(ParseError, match=what) as err:
            vnlegal.parse(path)
        assert type(err.value) is ParseError
        assert time.perf_counter() - start < SECONDS


# --- issue 17: native code that would run away -------------------------------------------


@pytest.mark.parametrize(("name", "data"), [("form_draws_itself", pdf_forms(1, loop=True)),
                                           ("chain_of_30_forms", pdf_forms(30))])  # fmt: skip
def test_recursive_form_xobject_ends_in_a_typed_error(name: str, data: bytes) -> None:
    # pdfium reads the page in a child process: the caller lives, within 2x the budget, and
    # its own memory stays small (the child's is watched against Limits.max_memory).
    budget = 3.0
    start = time.perf_counter()
    with pytest.raises((TooLargeError, TimeBudgetExceededError)):
        vnlegal.parse(data, limits=Limits(time_budget_s=budget))
    assert time.perf_counter() - start < 2 * budget + 1.0
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss < 1_500_000  # KiB: 1.5 GB


def test_pdf_memory_limit_kills_the_reader_not_the_caller() -> None:
    with pytest.raises(TooLargeError, match="max_memory"):
        vnlegal.parse(pdf_forms(1, loop=True), limits=Limits(time_budget_s=30, max_memory=20_000_000))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the reader forks on Linux only")
def test_a_caller_killed_from_outside_leaves_no_pdf_reader_running(tmp_path: Path) -> None:
    """pdfium's page reader is a forked child: a caller killed with SIGKILL (or by the OOM
    killer) takes it along, so a page that draws without end does not go on unwatched."""
    path = tmp_path / "xobject.pdf"
    path.write_bytes(pdf_forms(1, loop=True))
    code = (
        "import sys, vnlegal; vnlegal.parse(sys.argv[1], "
        "limits=vnlegal.Limits(time_budget_s=60, max_memory=3_000_000_000), ocr='never')"
    )
    proc = subprocess.Popen([sys.executable, "-c", code, str(path)])
    children: list[int] = []
    deadline = time.monotonic() + 60
    while not children and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
        for task in Path(f"/proc/{proc.pid}/task").glob("*/children"):
            children += [int(x) for x in task.read_text().split()]
    assert children, "the PDF reader never forked"
    proc.kill()
    proc.wait()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and any(Path(f"/proc/{c}").exists() for c in children):
        time.sleep(0.05)
    def running(pid: int) -> bool:  # a zombie waits for its reaper, it runs nothing
        stat = Path(f"/proc/{pid}/stat")
        try:
            return ") Z" not in stat.read_text()
        except OSError:
            return False

    assert not [c for c in children if running(c)]
