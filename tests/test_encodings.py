"""Legacy encodings: codec tables against glibc iconv, round trips of every fixture through
TCVN3, VNI, VIQR, cp1258 and mojibake, and no false alarms on clean or foreign text."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

import pytest

import vnlegal
from vnlegal.data import Syllable, SyllablePart, Tcvn3Byte, VniLetter, load_table
from vnlegal.errors import UnsupportedFormatError
from vnlegal.lang import syllables
from vnlegal.model import Document
from vnlegal.readers.legacy.detect import decode_legacy_bytes, looks_viqr, repair_text
from vnlegal.readers.legacy.encodings import (
    decode_tcvn3,
    decode_vni,
    encode_tcvn3,
    encode_vni,
    read_cp1252,
    tcvn3_from_cp1252,
    vni_from_cp1252,
)
from vnlegal.readers.legacy.viqr import decode_viqr, encode_viqr
from vnlegal.readers.text import decode_text

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "texts"
TEXTS = sorted(FIXTURES.glob("*.txt"))
IDS = [p.name[:3] for p in TEXTS]
TONES = "\u0300\u0301\u0303\u0309\u0323"
needs_iconv = pytest.mark.skipif(shutil.which("iconv") is None, reason="glibc iconv not installed")


@cache
def source(path: Path) -> str:
    # U+200B cannot be written in any legacy encoding; normalize() drops it anyway, but a space
    # before it would then survive at a line end, so the comparison starts without it.
    return unicodedata.normalize("NFC", path.read_text("utf-8").replace("\u200b", ""))


@cache
def reference(path: Path) -> Document:
    return vnlegal.parse(source(path).encode("utf-8"))


def projection(doc: Document) -> tuple[Any, ...]:
    """What must not change whatever the input encoding: the text and every stage's output."""
    return (
        doc.text,
        doc.header.model_dump(),
        [n.model_dump() for n in doc.body],
        [n.model_dump() for n in doc.preamble],
        [c.model_dump() for c in doc.citations],
        doc.closing.model_dump(),
        [a.model_dump() for a in doc.attachments],
    )


def iconv(data: bytes, src: str, dst: str, *flags: str) -> bytes:
    out = subprocess.run(["iconv", *flags, "-f", src, "-t", dst], input=data, capture_output=True)
    if out.returncode and not flags:
        raise AssertionError(out.stderr.decode())
    return out.stdout


def iconv_tcvn3(text: str) -> bytes:
    """``text`` as glibc writes it in TCVN5712-1. Characters TCVN 5712 lacks (“ ” …) go in as
    placeholders and come out as their Windows-1252 bytes, as in a .VnTime document from Word."""
    chars = sorted({c for c in text if ord(c) > 127})
    probe = iconv("\n".join(chars).encode(), "UTF-8", "TCVN5712-1", "-c")
    kept = set(iconv(probe, "TCVN5712-1", "UTF-8").decode().split("\n"))
    missing = [c for c in chars if c not in kept]
    for i, c in enumerate(missing):
        text = text.replace(c, f"\x7f{i:02d}\x7f")
    data = iconv(text.encode(), "UTF-8", "TCVN5712-1")
    for i, c in enumerate(missing):
        data = data.replace(f"\x7f{i:02d}\x7f".encode(), c.encode("cp1252"))
    return data


def cp1258_bytes(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows wrote it: base letters with their shape, tone marks as
    combining bytes."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
        out += (base + "".join(c for c in d if c in TONES)).encode("cp1258")
    return bytes(out)


# --- tables --------------------------------------------------------------------------------

VIETNAMESE = sorted(
    {unicodedata.normalize("NFC", base + tone) for base in "aăâeêioôơuưy" for tone in ("", *TONES)} | {"đ"}
)


@needs_iconv
def test_tcvn3_table_matches_glibc_byte_by_byte() -> None:
    rows = load_table(Tcvn3Byte)
    assert len(rows) >= 138
    for r in rows:
        b = int(r.byte, 16)
        want = iconv(bytes([b]), "TCVN5712-1", "UTF-8").decode()
        got = chr(int(r.char[2:], 16)) if r.char.startswith("U+") else r.char
        assert got == want, (r.byte, got, want)
        assert r.set in ("vn3", "vn1", "mark") and r.example


def test_every_vietnamese_letter_has_a_tcvn3_and_a_vni_code() -> None:
    words = [r.syllable for r in load_table(Syllable)]
    for ch in VIETNAMESE + [c.upper() for c in VIETNAMESE]:
        # in a word: alone, some TCVN3 capitals read as the quote or dash sharing their byte
        word = next(w for w in words if ch.lower() in w)
        word = word.upper() if ch.isupper() else word
        assert decode_tcvn3(encode_tcvn3(word)) == word
        assert decode_vni(encode_vni(ch)) == ch
        # a lone "a." could end a sentence; a lowercase word next makes it a tone mark
        assert decode_viqr(encode_viqr(ch + " x")) == ch + " x"
    assert len({r.char for r in load_table(VniLetter)}) == 134


@pytest.mark.parametrize(
    ("vni", "text"),
    [
        # hand-checked against a VNI-Windows / TCVN3 / VIQR comparison chart
        ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
        ("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc"),
        ("Quyeát ñònh cuûa Boä tröôûng", "Quyết định của Bộ trưởng"),
        ("ngöôøi, nöôùc, thöôïng, khuyûu, quyønh", "người, nước, thượng, khuỷu, quỳnh"),
        ("aù aø aû aõ aï aê aé aè aú aü aë", "á à ả ã ạ ă ắ ằ ẳ ẵ ặ"),
        ("aâ aá aà aå aã aä í ì æ ó ò yù yø yû yõ yî", "â ấ ầ ẩ ẫ ậ í ì ỉ ĩ ị ý ỳ ỷ ỹ ỵ"),
    ],
)
def test_vni_hand_checked_samples(vni: str, text: str) -> None:
    assert vni_from_cp1252(vni) == text
    assert encode_vni(text) == vni.encode("cp1252")


def test_vni_bytes_follow_the_chart() -> None:
    assert encode_vni("á") == b"a\xf9" and encode_vni("ờ") == b"\xf4\xf8"
    assert encode_vni("Đ") == b"\xd1" and encode_vni("ư") == b"\xf6"
    assert encode_vni("Ấ") == b"A\xc1" and encode_vni("ỵ") == b"y\xee"


@pytest.mark.parametrize(
    ("tcvn3", "text"),
    [
        ("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam"),
        ("§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"),
        ("QuyÕt ®Þnh cña Bé tr\u00adëng vÒ viÖc ban hµnh", "Quyết định của Bộ trưởng về việc ban hành"),
        ("B¸o c¸o tµi chÝnh quý II n¨m 2008", "Báo cáo tài chính quý II năm 2008"),
        # upper-case ".VnTimeH" fonts draw the lowercase codes as capitals
        ("CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("UBND TØNH B×NH D¦¥NG", "UBND TỈNH BÌNH DƯƠNG"),
        ("- Ban G§ Së (b¸o c¸o);", "- Ban GĐ Sở (báo cáo);"),
        ("Sè: 86/Q§-UBND", "Số: 86/QĐ-UBND"),
    ],
)
def test_tcvn3_samples(tcvn3: str, text: str) -> None:
    assert tcvn3_from_cp1252(tcvn3) == text


def test_tcvn3_bytes_shared_with_windows_punctuation() -> None:
    # 0x80-0x9F are capitals in TCVN3 (VN1) and quotes, dashes, "…" in Windows text
    text = "“Công” – ỦY BAN NHÂN DÂN TỈNH… GIÁO DỤC, SỰ THẬT, HỘI, Ở ĐÂY, Ý KIẾN. NGƯỜI “Ở” • x ………"
    data = encode_tcvn3(text)
    assert b"\x02" in data and b"\x93" in data  # Ụ on a C0 code, “ on a C1 one
    assert decode_tcvn3(data) == text


def test_syllable_spelling() -> None:
    for w in ("hòa", "hoà", "thủy", "quý", "gì", "giữ", "người", "khuỷu", "Nguyễn", "ỦY", "boong"):
        assert syllables.is_syllable(w), w
    for w in ("thiêt", "duc", "nghành", "ciến", "UBND", "haị", "gìa", "qúy", "tháng11", "ươ"):
        assert not syllables.is_syllable(w), w
    assert syllables.place_tone("thiêt", "\u0323") == "thiệt"
    assert syllables.place_tone("HOA", "\u0300") == "HÒA"
    assert syllables.place_tone("hoa", "\u0300", old_style=True) == "hoà"
    assert syllables.place_tone("nguyên", "\u0303") == "nguyễn"
    for part in load_table(SyllablePart):
        if part.kind == "rhyme":
            base = syllables.split_tone(part.example)[0]
            ok = base.endswith(part.value) or (part.example.startswith("gi") and base[1:] == part.value)
            assert ok, part.value


# --- round trips of every fixture ------------------------------------------------------


@needs_iconv
@pytest.mark.parametrize("path", TEXTS, ids=IDS)
def test_tcvn3_round_trip_against_iconv(path: Path) -> None:
    text = source(path)
    data = iconv_tcvn3(text)
    assert decode_tcvn3(data) == text
    representable = "".join(c for c in text if c not in "“”…")
    assert encode_tcvn3(representable) == iconv(representable.encode(), "UTF-8", "TCVN5712-1")
    doc = vnlegal.parse(data)
    assert doc.source.legacy_encoding == "tcvn3" and doc.source.encoding == "tcvn3"
    assert any("TCVN3" in w for w in doc.source.warnings)
    assert projection(doc) == projection(reference(path))


@pytest.mark.parametrize("path", TEXTS, ids=IDS)
def test_vni_round_trip(path: Path) -> None:
    data = encode_vni(source(path))
    assert decode_vni(data) == source(path)
    doc = vnlegal.parse(data)
    assert doc.source.legacy_encoding == "vni"
    assert projection(doc) == projection(reference(path))


@pytest.mark.parametrize("path", TEXTS, ids=IDS)
def test_mojibake_is_repaired(path: Path) -> None:
    """Legacy bytes that a program read as Windows-1252 and saved as UTF-8 text."""
    for data, name in ((encode_tcvn3(source(path)), "tcvn3"), (encode_vni(source(path)), "vni")):
        garbled = read_cp1252(data)
        doc = vnlegal.parse(garbled)
        assert doc.source.legacy_encoding == name
        assert projection(doc) == projection(reference(path))
        doc = vnlegal.parse(garbled.encode("utf-8"))
        assert doc.source.encoding == "utf-8" and doc.source.legacy_encoding == name
    # UTF-8 read as Windows-1252 ("Cá»™ng hÃ²a"): repaired too, but it is no legacy encoding
    doc = vnlegal.parse(read_cp1252(source(path).encode("utf-8")))
    assert doc.source.legacy_encoding is None and any("UTF-8" in w for w in doc.source.warnings)
    assert projection(doc) == projection(reference(path))


@pytest.mark.parametrize("path", TEXTS, ids=IDS)
def test_viqr_round_trip(path: Path) -> None:
    viqr = encode_viqr(source(path))
    assert looks_viqr(viqr)
    assert decode_viqr(viqr) == source(path)
    doc = vnlegal.parse(viqr.encode("utf-8"))
    assert doc.source.legacy_encoding == "viqr"
    assert projection(doc) == projection(reference(path))


@pytest.mark.parametrize("path", TEXTS, ids=IDS)
def test_cp1258_round_trip(path: Path) -> None:
    doc = vnlegal.parse(cp1258_bytes(source(path)))
    assert doc.source.encoding == "cp1258" and doc.source.legacy_encoding is None
    assert projection(doc) == projection(reference(path))


def test_viqr_samples() -> None:
    assert decode_viqr("Co^.ng ho`a xa~ ho^.i chu? nghi~a Vie^.t Nam") == (
        "Cộng hòa xã hội chủ nghĩa Việt Nam"
    )
    assert decode_viqr("DDo^.c la^.p - Tu+. do - Ha.nh phu'c.") == "Độc lập - Tự do - Hạnh phúc."
    assert decode_viqr("So^' 86/QDD-UBND, ddie^?m dd) khoa?n 1") == "Số 86/QĐ-UBND, điểm đ) khoản 1"
    # unescaped: a full stop that ends a sentence stays a full stop
    assert decode_viqr("Ho. ddi ra. Ca'c ba.n ve^` nha`. Xong") == "Họ đi ra. Các bạn về nhà. Xong"
    assert decode_viqr(r"Chu' y' ha\. Ca'c ba.n") == "Chú ý ha. Các bạn"


# --- no false alarms ---------------------------------------------------------------------

ENGLISH = """I'm sure the report is fine, e.g. section 2 says x^2 + y^2 = z^2 and C++ is used.
Don't you think so? What about the "quoted" words, a+b, o'clock and the O'Neil case?
The committee met on 12 March; its minutes (see Annex I.) were adopted. Add odd addresses.
Dear Sir, please find attached the plan. Yours faithfully, A. Smith."""
FOREIGN = """Le café « crème » coûte trop cher à Paris, où l’été est chaud. Les élèves préfèrent
la bibliothèque. Über die Straße gehen Mädchen und Jungen; Grüße aus München. På lørdag går vi
til søen, og Åse købte æbler. El niño comió piña en España. São Paulo é grande, não é?"""


@pytest.mark.parametrize("path", TEXTS, ids=IDS)
def test_clean_utf8_is_left_alone(path: Path) -> None:
    decoded = decode_text(path.read_bytes())
    assert decoded.legacy is None and not decoded.warnings
    assert decoded.text == path.read_text("utf-8").removeprefix("\ufeff")


@pytest.mark.parametrize("text", [ENGLISH, FOREIGN, ENGLISH.upper(), "plain ASCII text " * 50])
def test_foreign_text_is_not_taken_for_vietnamese(text: str) -> None:
    for data in (text.encode("utf-8"), text.encode("cp1252", errors="replace")):
        decoded = decode_text(data)
        assert decoded.legacy is None and not decoded.warnings, decoded
    assert repair_text(text) == (text, None, [])
    assert not looks_viqr(text)


def test_legacy_bytes_without_vietnamese_fall_back_to_cp1258() -> None:
    found = decode_legacy_bytes(FOREIGN.encode("cp1252", errors="replace"))
    assert found is not None and found[1] == "cp1258"


def test_binary_data_is_still_refused() -> None:
    with pytest.raises(UnsupportedFormatError):
        decode_text(bytes(range(0, 32)) * 40)


def test_tcvn3_capitals_on_control_codes_are_text() -> None:
    text = "GIÁO DỤC VÀ ĐÀO TẠO\nSỰ THẬT, NHỮNG CHỨC VỤ, KỲ HỌP THỨ TƯ\n" * 5
    data = encode_tcvn3(text)
    assert sum(b < 0x20 and b not in (9, 10, 13) for b in data) > 20
    decoded = decode_text(data)
    assert decoded.legacy == "tcvn3" and decoded.text == text


def test_clean_lines_around_mojibake_stay_as_they_are() -> None:
    clean = "Trang chủ › Văn bản pháp luật › Kế hoạch 1560/KH-UBND của tỉnh Bình Dương\n"
    body = source(TEXTS[0])
    fixed, legacy, warnings = repair_text(clean + read_cp1252(encode_tcvn3(body)))
    assert legacy == "tcvn3" and warnings
    assert fixed == clean + body
