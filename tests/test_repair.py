"""Damage repair: detached tone marks, stripped hyphens, glued lines, viewer debris, flattened
documents, tone placement in fold(); offsets still lead back to the raw text."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
import regex

import vnlegal
from vnlegal.lang.fold import canon_slips, canon_tones, fold
from vnlegal.normalize.core import normalize

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "texts"
BROKEN = FIXTURES / "028_cong-van_2917-sgddt-vp_ninhthuan_2010_broken-encoding.txt"
STRIPPED = FIXTURES / "020_quyet-dinh_86-qd-ubnd_binhphuoc_ban-chi-dao_2012.txt"
GLUED = FIXTURES / "026_cong-van_554-ubnd-kt_angiang_2006.txt"


def check_map(raw: str) -> None:
    """Every word the repairs left alone maps back onto the same word of the raw text."""
    n = normalize(raw)
    strip = str.maketrans("", "", "\u0300\u0301\u0303\u0309\u0323")
    for m in regex.finditer(r"\p{L}{3,}+", n.text):
        # the last letter's own offset, + 1: an end offset maps past whatever was cut after it
        there = unicodedata.normalize("NFC", raw[n.to_raw(m.start()) : n.to_raw(m.end() - 1) + 1])
        if there == m.group():
            continue
        # an edited word (a tone put back): the raw word at that place differs only in tones
        bare = unicodedata.normalize("NFD", there).translate(strip)
        assert bare == unicodedata.normalize("NFD", m.group()).translate(strip), (m.group(), there)


# --- the broken letter (028) -----------------------------------------------------------


def test_broken_letter_reads_like_its_gold() -> None:
    doc = vnlegal.parse(BROKEN)
    gold = json.loads((FIXTURES / "gold" / f"{BROKEN.stem}.json").read_text("utf-8"))["header"]
    h = doc.header
    assert h.title == gold["title"]
    assert (h.symbol.text if h.symbol else None) == gold["symbol"]
    assert h.issuer.name == gold["issuer_name"] and h.issuer.parent == gold["issuer_parent"]
    assert (h.place, str(h.date)) == (gold["place"], gold["date"])
    assert h.addressees == ["Ủy ban nhân dân tỉnh Ninh Thuận", "Bộ Giáo dục và Đào tạo"]
    paths = [(n.id, n.kind) for n in doc.iter_nodes() if n.kind in ("section", "item", "point")]
    assert paths == [("I", "section"), ("I.1", "item"), ("I.1.a", "point"), ("I.1.b", "point")]
    assert doc.body[0].title is not None and doc.body[0].title.startswith("TÌNH HÌNH THIỆT HẠI")
    warnings = " | ".join(doc.source.warnings)
    assert "detached tone mark" in warnings and "flattened" in warnings and "Xem mẫu" in warnings
    assert "\u0300" not in doc.text and "Xem mẫu" not in doc.text
    assert unicodedata.is_normalized("NFC", doc.text)


def test_broken_letter_offsets_lead_back_to_the_raw_text() -> None:
    check_map(BROKEN.read_text("utf-8"))
    raw = BROKEN.read_text("utf-8")
    n = normalize(raw)
    i = n.text.index("Kính gửi")
    assert raw[n.to_raw(i) : n.to_raw(i) + 8] == "Kính gửi"
    j = n.text.index("Phan Rang-Tháp Chàm")
    assert raw[n.to_raw(j) : n.to_raw(j) + 19] == "Phan Rang-Tháp Chàm"


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("báo cáo nhanh tinh hình bị thiêt hai \u0300 \u0323 \u0323 do lũ lụt",
         "báo cáo nhanh tình hình bị thiệt hại do lũ lụt"),
        ("của ngành Giao duc và Đao tao. \u0301 \u0323 \u0300 \u0323\nVừa qua",
         "của ngành Giáo dục và Đào tạo.\nVừa qua"),
        ("I. TINH HINH THIÊT HAI \u0300 \u0300 \u0323 \u0323", "I. TÌNH HÌNH THIỆT HẠI"),
    ],
)  # fmt: skip
def test_detached_marks_go_back_to_their_words(raw: str, fixed: str) -> None:
    n = normalize(raw)
    assert n.text == fixed
    assert any("detached tone mark" in w for w in n.warnings)
    check_map(raw)


def test_combining_marks_in_the_wrong_order_or_on_a_consonant() -> None:
    # NFD with the tone typed before the circumflex: NFC alone leaves "é" + U+0302
    assert normalize("Vie\u0323\u0302t Nam, ke\u0301\u0302t qua\u0309").text == "Việt Nam, kết quả"
    # a dot below typed after the final consonant ("thiêṭ")
    n = normalize("bị thiêt\u0323 hại")
    assert n.text == "bị thiệt hại" and n.warnings


# --- stripped hyphens, glued lines, debris ---------------------------------------------


def test_stripped_hyphens_are_restored() -> None:
    doc = vnlegal.parse(STRIPPED)
    assert "Độc lập - Tự do - Hạnh phúc" in doc.text
    assert doc.header.symbol is not None and doc.header.symbol.text == "86/QĐ-UBND"
    assert "Số: 86/QĐ-UBND" in doc.text and "282/QĐ-TTg" in doc.text
    assert "05/CT-BCA-V28" in doc.text and "48-CT/TW" in doc.text
    assert "giai đoạn 2011-2015" in doc.text
    keys = [c.key for c in doc.citations]
    assert "05/CT-BCA-V28" in keys and "902/TB/TT-BCĐ" in keys
    check_map(STRIPPED.read_text("utf-8"))


def test_symbols_are_left_alone_where_hyphens_were_kept() -> None:
    raw = (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/KH-UBND\n"
        "Căn cứ Quyết định số 86/QĐ UBND ngày 12/01/2012; Quyết định số 7/QĐ-TTg.\n"
    )
    assert normalize(raw).text == raw


def test_glued_capitals_get_their_line_break() -> None:
    n = normalize("TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNGThái Hữu Phép\nKT. GIÁM ĐỐCTrần Văn Bình")
    assert n.text == "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nThái Hữu Phép\nKT. GIÁM ĐỐC\nTrần Văn Bình"
    assert n.to_raw(n.text.index("Trần")) == n.raw.index("Trần")
    for keep in ("Quyết định 1191/QĐ-TTg", "UBND HĐNDTỉnh", "ĐẠI HỌC QUỐC GIAHÀ NỘI", "iPhone ABCDef"):
        assert normalize(keep).text == keep
    doc = vnlegal.parse(GLUED)
    sig = doc.closing.signature
    assert sig is not None and sig.position == "CHÁNH VĂN PHÒNG" and sig.name == "Thái Hữu Phép"


def test_viewer_debris_before_the_header() -> None:
    raw = "Tải về\nXem mẫu\n\n  1. UBND TỈNH NINH THUẬN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    n = normalize(raw)
    assert n.text == "UBND TỈNH NINH THUẬN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    assert n.to_raw(0) == raw.index("UBND")
    # no debris: a document that starts with its first item keeps it
    assert normalize("1. Mục đích\nKế hoạch nhằm ...").text == "1. Mục đích\nKế hoạch nhằm ..."
    # the same words after the header are text
    assert "Tải về" in normalize("UBND TỈNH A\nTải về\n").text
    assert normalize("UBND TỈNH A\n\nB").text == "UBND TỈNH A\n\nB"


def test_html_remnants_are_removed() -> None:
    raw = "ỦY BAN NHÂN DÂN<br>TỈNH BÌNH DƯƠNG&nbsp;&nbsp;<b>Số: 1560/KH-UBND</b>\nA &amp; B"
    assert normalize(raw).text == "ỦY BAN NHÂN DÂN\nTỈNH BÌNH DƯƠNG Số: 1560/KH-UBND\nA & B"
    assert normalize("x < 5 & y > 2").text == "x < 5 & y > 2"


def test_only_flattened_documents_are_reflowed() -> None:
    para = (
        "Căn cứ quy định hiện hành, các đơn vị gồm: a) Sở Tài chính; b) Sở Nội vụ. Nội dung "
        "thực hiện như sau: 1. Tổ chức tuyên truyền; 2. Kiểm tra, giám sát. "
    ) * 6
    text = f"KẾ HOẠCH\n{para.strip()}\nNơi nhận:"
    assert normalize(text).text == text


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.txt")), ids=lambda p: p.name[:3])
def test_repairs_fire_only_on_damaged_fixtures(path: Path) -> None:
    raw = path.read_text("utf-8")
    n = normalize(raw)
    damaged = {"020", "026", "028"}
    assert bool(n.warnings) == (path.name[:3] in damaged), n.warnings
    check_map(raw)


# --- tone placement in fold() -----------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("hoà", "hòa"),
        ("thuỷ", "thủy"),
        ("UỶ BAN", "ỦY BAN"),
        ("ngừơi", "người"),
        ("lựơng", "lượng"),
        ("qúy", "quý"),
        ("gìa", "già"),
        ("haị", "hại"),
        ("dàì", "dài"),
        ("hòan", "hoàn"),
        ("tụê", "tuệ"),
    ],
)
def test_fold_equates_tone_placements_and_slips(a: str, b: str) -> None:
    assert fold(a) == fold(b)
    assert len(canon_slips(a)) == len(a)


def test_canon_tones_leaves_canonical_and_glued_text_alone() -> None:
    text = "quý già giữa người ngoài khuya quỳnh thuyền SởỦY"
    assert canon_slips(text) == text and canon_tones(text) == text
    assert canon_tones("CỘNG HOÀ, Uỷ ban") == "CỘNG HÒA, Ủy ban"


def test_fold_agrees_with_underthesea_on_tone_placement() -> None:
    """underthesea's token normalizer table: where an entry only moves a tone mark, fold()
    must give both sides the same key (98% or more; the rest are triple-mark typos)."""
    table = pytest.importorskip("underthesea.pipeline.text_normalize.text_normalizer").token_map
    strip = str.maketrans("", "", "\u0300\u0301\u0303\u0309\u0323")

    def parts(w: str) -> tuple[str, str]:
        d = unicodedata.normalize("NFD", w)
        return d.translate(strip), "".join(sorted({c for c in d if c in "\u0300\u0301\u0303\u0309\u0323"}))

    pairs = [(k, v) for k, v in table.items() if k != v and len(k) == len(v) and parts(k) == parts(v)]
    agree = sum(fold(k) == fold(v) for k, v in pairs)
    assert len(pairs) > 2000 and agree / len(pairs) >= 0.98


def test_keep_lines_runs_only_line_preserving_repairs() -> None:
    raw = "Xem mẫu\nUBND TỈNH A\nGIÁM ĐỐCTrần Văn Bình\nthiêt hai \u0323 \u0323\nĐộc lập Tự do Hạnh phúc"
    kept = normalize(raw, keep_lines=True)
    assert kept.text.count("\n") == raw.count("\n")
    assert kept.text.endswith("thiệt hại\nĐộc lập - Tự do - Hạnh phúc")
    full = normalize(raw).text
    assert full.startswith("UBND TỈNH A\nGIÁM ĐỐC\nTrần Văn Bình")
