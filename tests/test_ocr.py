"""OCR of scans, images and PDFs whose fonts lost their Unicode map (issue 18).

Tests that run Tesseract skip, saying why, where it or its Vietnamese data is missing (CI
installs both: .ci/run). The fixtures are small: B04 (a real two-page scanned Công văn),
its header as a bilevel PNG, B03's first page as a two-frame TIFF, and B06 with its fonts'
Unicode maps removed.
"""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

import vnlegal
from vnlegal.readers.ocr_engine import Engine, Word, find_engine, ocr_threads, parse_tsv
from vnlegal.readers.ocr_pages import fix_confusions, segments
from vnlegal.readers.sniff import sniff_format

ROOT = Path(__file__).resolve().parent.parent
BINARY = ROOT / "fixtures" / "binary"
OCR = ROOT / "fixtures" / "ocr"

needs_tesseract = pytest.mark.skipif(
    not isinstance(find_engine(), Engine),
    reason=f"Tesseract with Vietnamese data is not installed ({find_engine()}): "
    "apt-get install tesseract-ocr tesseract-ocr-vie",
)


# --- without the engine ---------------------------------------------------------------


def test_images_are_sniffed_from_their_bytes() -> None:
    assert sniff_format(b"\x89PNG\r\n\x1a\n") == "image"
    assert sniff_format(b"\xff\xd8\xff\xe0") == "image"
    assert sniff_format(b"II*\x00") == "image" and sniff_format(b"MM\x00*") == "image"
    assert sniff_format((OCR / "B03_page1.tif").read_bytes()) == "image"


def test_tsv_words_become_segments_in_pdf_units() -> None:
    tsv = "\n".join([
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
        "5\t1\t1\t1\t1\t1\t100\t100\t60\t40\t96\tSỞ",
        "5\t1\t1\t1\t1\t2\t170\t100\t90\t40\t95\tCÔNG",
        "5\t1\t1\t1\t1\t3\t600\t100\t90\t40\t95\tCỘNG",
        "4\t1\t1\t1\t1\t0\t100\t100\t590\t40\t-1\t",
    ])  # fmt: skip
    words = parse_tsv(tsv)
    assert [w.text for w in words] == ["SỞ", "CÔNG", "CỘNG"]
    segs = segments(words, height_px=3300, dpi=300)
    # The wide gap is a column break, as in a text-layer PDF: two segments on one baseline.
    assert [s.text for s in segs] == ["SỞ CÔNG", "CỘNG"]
    assert segs[0].base == segs[1].base == pytest.approx((3300 - 140) * 72 / 300)
    assert segs[0].x0 == pytest.approx(24.0) and segs[0].size == pytest.approx(9.6)


def test_usual_confusions_are_undone() -> None:
    def w(text: str, line: int = 1) -> Word:
        return Word(text, (1, 1, line), 0, 0, 10, 10, 90.0)

    fixed = fix_confusions([w("W⁄v"), w("trao"), w("1,", 2), w("Về", 2), w("số", 3), w("1,", 3), w("2", 3)])
    assert [x.text for x in fixed] == ["V/v", "trao", "1.", "Về", "số", "1,", "2"]


def test_ocr_mode_is_checked() -> None:
    with pytest.raises(ValueError, match="ocr must be one of"):
        vnlegal.parse(BINARY / "B06.pdf", ocr="sometimes")  # type: ignore[arg-type]


def test_one_ocr_thread_inside_a_worker_process() -> None:
    import multiprocessing

    # A batch worker is a child process: the pool already keeps every core busy.
    with multiprocessing.get_context("fork").Pool(1) as pool:
        assert pool.apply(ocr_threads, (8,)) == 1
    assert 1 <= ocr_threads(8) <= 4


def test_text_pdf_never_loads_the_ocr_engine() -> None:
    code = (
        "import sys, vnlegal\n"
        "doc = vnlegal.parse('fixtures/binary/B06.pdf')\n"
        "print(doc.source.ocr, 'tesserocr' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert out.stdout.split() == ["[]", "False"], out.stderr


def test_blank_last_page_is_neither_ocred_nor_warned_about() -> None:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(BINARY / "B06.pdf"))
    pdf.new_page(595, 842)
    buf = io.BytesIO()
    pdf.save(buf)
    doc = vnlegal.parse(buf.getvalue())
    assert doc.source.ocr == []
    assert not any("no text layer" in w for w in doc.source.warnings), doc.source.warnings


def test_missing_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VNLEGAL_OCR_ENGINE", "none")
    # "auto" falls back to the text-layer behaviour, naming the packages to install.
    with pytest.raises(vnlegal.NoTextLayerError, match="tesseract-ocr-vie"):
        vnlegal.parse(BINARY / "B04_CV-813-CucHoaChat_2026_scanned.pdf")
    with pytest.raises(vnlegal.MissingOcrEngineError, match="tesseract-ocr and tesseract-ocr-vie"):
        vnlegal.parse(OCR / "B04_header.png")
    with pytest.raises(vnlegal.MissingOcrEngineError):
        vnlegal.parse(BINARY / "B06.pdf", ocr="always")
    assert issubclass(vnlegal.MissingOcrEngineError, vnlegal.ParseError)
    # A text-layer PDF does not need the engine at all.
    assert vnlegal.parse(BINARY / "B06.pdf").header.symbol is not None


def test_ocr_never_keeps_the_old_errors() -> None:
    with pytest.raises(vnlegal.NoTextLayerError, match="OCR"):
        vnlegal.parse(BINARY / "B04_CV-813-CucHoaChat_2026_scanned.pdf", ocr="never")
    with pytest.raises(vnlegal.NoTextLayerError, match="Unicode map"):
        vnlegal.parse(BINARY / "B06_nomap.pdf", ocr="never")
    with pytest.raises(vnlegal.UnsupportedFormatError, match="OCR is switched off"):
        vnlegal.parse(OCR / "B04_header.png", ocr="never")


# --- with Tesseract -------------------------------------------------------------------


@needs_tesseract
def test_scanned_cong_van_is_read() -> None:
    doc = vnlegal.parse(BINARY / "B04_CV-813-CucHoaChat_2026_scanned.pdf")
    h = doc.header
    assert doc.source.format == "pdf" and [o.page for o in doc.source.ocr] == [1, 2]
    assert all(o.confidence > 80 for o in doc.source.ocr)
    assert h.doc_type == "Công văn" and h.place == "Hà Nội"
    assert h.issuer.parent == "Bộ Công Thương"
    # "813" and the day are handwritten: left blank, with a warning, not made up.
    assert h.symbol is not None and h.symbol.text == "/HC-CNHC" and h.symbol.number == ""
    assert any("illegible number" in w for w in doc.source.warnings)
    assert h.addressees == ["Cục Hải quan"]
    assert [n.label for n in doc.body if n.kind == "item"][:4] == ["1", "2", "3", "4"]


@needs_tesseract
def test_png_page_image_is_read() -> None:
    doc = vnlegal.parse((OCR / "B04_header.png").read_bytes())
    assert doc.source.format == "image" and doc.source.pages == 1
    assert doc.header.doc_type == "Công văn" and doc.header.title is not None
    assert doc.header.title.startswith("trao đổi về một số quy định")


@needs_tesseract
def test_multipage_tiff_is_read() -> None:
    doc = vnlegal.parse(OCR / "B03_page1.tif")
    assert doc.source.pages == 2 and [o.page for o in doc.source.ocr] == [1, 2]
    assert doc.header.issuer.name == "Ủy ban nhân dân tỉnh Lào Cai"
    assert doc.header.doc_type == "Công văn"
    assert doc.header.symbol is not None and doc.header.symbol.text == "/UBND-XD"
    assert "Quyết định số" in doc.text


@needs_tesseract
def test_type_line_with_its_title_is_read_from_scans() -> None:
    # Tops of two real scans (fixtures/ocr, 250 dpi, black and white): QĐ 2338/QĐ-UBND Lào Cai
    # ("QUYẾT ĐỊNH CHẤP THUẬN CHỦ TRƯƠNG ĐẦU TƯ", read "QUYẾT: ĐỊNH ...", and a dated issue
    # note under the title) and a site-inspection record ("BIÊN BẢN KIỂM TRA" over a title
    # line in normal case, underlined; no issuer column).
    qd = vnlegal.parse(OCR / "QD2338_header.png").header
    assert (qd.doc_type, qd.title) == (
        "Quyết định",
        "CHẤP THUẬN CHỦ TRƯƠNG ĐẦU TƯ ĐỒNG THỜI CHẤP THUẬN NHÀ ĐẦU TƯ",
    )
    assert qd.issuer.name == "Ủy ban nhân dân tỉnh Lào Cai" and qd.place == "Lào Cai"
    # The stamped number and the handwritten month: blank, not made up.
    assert qd.symbol is not None and qd.symbol.text == "/QĐ-UBND" and qd.date is None
    bb = vnlegal.parse(OCR / "bien_ban_header.png").header
    assert bb.doc_type == "Biên bản" and bb.issuer.name is None and bb.title is not None
    assert bb.title.startswith("KIỂM TRA") and bb.title.endswith("khu vực sử dụng vật liệu nổ công nghiệp")


@needs_tesseract
def test_issuer_named_by_its_founding_decision_is_read_whole() -> None:
    # B01's top (fonts without a Unicode map, rendered at 250 dpi): "SỞ CÔNG THƯƠNG / ĐOÀN
    # KIỂM TRA / THEO QUYẾT ĐỊNH / SỐ 1050/QĐ-SCT", then "Số: 1105/KH-ĐKT".
    h = vnlegal.parse(OCR / "B01_header.png").header
    assert h.issuer.parent == "Sở Công Thương"
    assert h.issuer.name == "Đoàn Kiểm tra theo Quyết định số 1050/QĐ-SCT"
    assert h.symbol is not None and h.symbol.text == "1105/KH-ĐKT" and h.doc_type == "Kế hoạch"


@needs_tesseract
def test_fonts_without_unicode_map_are_read_by_ocr() -> None:
    ref = vnlegal.parse(BINARY / "B06.pdf")
    doc = vnlegal.parse(BINARY / "B06_nomap.pdf")
    assert doc.source.ocr and doc.header.doc_type == ref.header.doc_type
    assert doc.header.issuer.name == ref.header.issuer.name


@needs_tesseract
def test_ocr_always_reads_a_text_pdf_by_ocr() -> None:
    doc = vnlegal.parse(BINARY / "B06.pdf", ocr="always")
    ref = vnlegal.parse(BINARY / "B06.pdf")
    assert len(doc.source.ocr) == ref.source.pages
    assert doc.header.symbol == ref.header.symbol


# --- the command line -------------------------------------------------------------------


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "vnlegal", *args], capture_output=True, text=True, timeout=300, check=False
    )


def test_cli_ocr_never_refuses_an_image() -> None:
    r = _cli("summary", str(OCR / "B04_header.png"), "--ocr", "never")
    assert r.returncode == 2 and "OCR is switched off" in r.stderr
    r = _cli("parse", str(OCR / "B04_header.png"), "--ocr", "sometimes")
    assert r.returncode == 2 and "--ocr" in r.stderr


@needs_tesseract
def test_cli_ocr_auto_reads_a_scan() -> None:
    r = _cli("citations", str(OCR / "B04_header.png"), "--ocr", "auto", "--format", "json")
    assert r.returncode == 0, r.stderr
    r = _cli("summary", str(OCR / "B04_header.png"))
    assert r.returncode == 0 and "Cục Hóa chất" in r.stdout and "Công văn" in r.stdout
