"""The rendering repairs: Markdown debris removed and hard-wrapped lines joined, decided from
the evidence a reader uses, with offsets kept; and the structure of every fixture the same in
each rendering of benchmarks/renderings.py (hard-wrapped, Markdown, two-column header)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

import vnlegal
from vnlegal.normalize import normalize
from vnlegal.normalize.markup import is_markdown, markup_edits
from vnlegal.normalize.unwrap import unwrap_edits, wrap_width

from .readers_support import scorer

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures" / "texts"


def apply(text: str, finder: object) -> str:
    edits, _ = finder(text)  # type: ignore[operator]
    out, k = [], 0
    for e in edits:
        out.append(text[k : e.start])
        out.append(e.new)
        k = e.end
    out.append(text[k:])
    return "".join(out)


# --- Markdown debris --------------------------------------------------------------------------

MD = "**I. MỤC ĐÍCH, YÊU CẦU**\n**1. Mục đích**\n"
PLAIN = "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (MD + "*Hà Nội, ngày **24** tháng 11 năm*", PLAIN + "Hà Nội, ngày 24 tháng 11 năm"),
        # an emphasis pair split over a line break, the closing mark glued to a digit
        (MD + "*Hà Nội, ngày 24 tháng 11 năm\n202**5*", PLAIN + "Hà Nội, ngày 24 tháng 11 năm\n2025"),
        # empty runs and runs glued together
        (MD + "**Điều 1.**** **Ban hành", PLAIN + "Điều 1. Ban hành"),
        # underscores as emphasis (turndown's default), escapes, heading marks, star bullets
        (
            MD + "__Kính gửi__: Sở X\n1\\. Mục đích\n## CHƯƠNG I\n* Rà soát",
            PLAIN + "Kính gửi: Sở X\n1. Mục đích\nCHƯƠNG I\n- Rà soát",
        ),
        # what is not emphasis stays: a blank to fill in, a rule, a footnote mark
        (MD + "Số: ___/QĐ-UBND\n______\nGhi chú (*)", PLAIN + "Số: ___/QĐ-UBND\n______\nGhi chú (*)"),
        # an emphasis pair around the spaces of a Word indent ("<em>   </em>1. ..."), as html2text
        # ("__ 1\\."), turndown ("** **") and by hand ("_ _", "* *") write it
        (
            MD + "__ 1\\. Khu vực Hòn Chông:\n** **a) Ranh giới;\n_ _ b) Điểm b;\n  * * Điều 2. Hiệu lực",
            PLAIN + "1. Khu vực Hòn Chông:\na) Ranh giới;\nb) Điểm b;\nĐiều 2. Hiệu lực",
        ),
        # two runs glued where the page had a line break or a space (markdownify drops a <br>
        # inside bold): a space; digits on both sides are joined as before
        (
            MD
            + "****Mục 1****KHẤU TRỪ TIỀN****\n****Chương II********QUY ĐỊNH****\n"
            + "**Điều****11****. Hiệu lực**",
            PLAIN + "Mục 1 KHẤU TRỪ TIỀN\nChương II QUY ĐỊNH\nĐiều 11. Hiệu lực",
        ),
        (MD + "Số: **12****34**/QĐ-UBND", PLAIN + "Số: 1234/QĐ-UBND"),
        # ... and Word's formatting runs split inside one numeral or one word: joined as printed
        (
            MD + "**Chương XI****I**\n**Chương X****III**\n**Đ****iều 5.**\n**ĐIỀ****U 6.**",
            PLAIN + "Chương XII\nChương XIII\nĐiều 5.\nĐIỀU 6.",
        ),
        # a word split by two emphasis runs with a space between ("ng_ _ày", html2text of
        # "<em>ng</em><em>ày</em>"): put back when the pieces make a common syllable
        (
            MD + "_Hà Nội, ng_ _ày 10 tháng 9 năm 2025_\n**Đi** **ều 5.**\n*ngà* *y 12*\n"
            "_Quyết_ _định_ _Hà_ _Nội_",
            PLAIN + "Hà Nội, ngày 10 tháng 9 năm 2025\nĐiều 5.\nngày 12\nQuyết định Hà Nội",
        ),
        # a year, a Roman numeral and a word split the same way; an empty pair before an
        # opening one ("___13_"); the closing marks of a law's passage line
        (
            MD + "_Hà Nội, ngày_ ___13_ _tháng 02 năm 20_ _26_\n"
            "_L_ _uật này được Quốc hội khoá X_ _V_ _, Kỳ họp thứ_ _10_ _thông qua ngày_ _10_ "
            "_năm 20_ _25_ _.___",
            PLAIN + "Hà Nội, ngày 13 tháng 02 năm 2026\n"
            "Luật này được Quốc hội khoá XV , Kỳ họp thứ 10 thông qua ngày 10 năm 2025 .",
        ),
        # a label in emphasis with its word glued after it (markdownify dropped the space)
        (
            MD + "*2.*Sở Giao dịch\n_a)_Cơ quan thuế\n**3.**Bộ Tài chính",
            PLAIN + "2. Sở Giao dịch\na) Cơ quan thuế\n3.Bộ Tài chính",
        ),
        # pandoc: an empty pair with spaces inside ("<em>   </em>"), a bold opening before it,
        # and its hard line break, a backslash at the line end
        (
            MD + "*   *1. Khu vực Hòn Chông:\n***   *Điều 1. Công bố**\n_  _a) Ranh giới;\n"
            "**THÔNG TƯ**\\\nSửa đổi",
            PLAIN + "1. Khu vực Hòn Chông:\nĐiều 1. Công bố\na) Ranh giới;\nTHÔNG TƯ\nSửa đổi",
        ),
        # the same with no-break spaces, and collapsed to one space before a line with no
        # single mark to close an emphasis ("* *1. ...", "***** *Điều 2. ...****")
        (
            MD + "*\xa0 \xa0 *1. Thông tư số 338\n* *2. Thông tư số 42\n"
            "***** *Điều 2. Hiệu lực****\n* *Rà soát* các",
            PLAIN + "1. Thông tư số 338\n2. Thông tư số 42\nĐiều 2. Hiệu lực\n- Rà soát các",
        ),
        # blanks to fill in stay
        (MD + "Họ tên: ___ ___\nSố: ___/QĐ-UBND", PLAIN + "Họ tên: ___ ___\nSố: ___/QĐ-UBND"),
        # emphasis around a lone punctuation mark ("**Điều 1 _._** Sửa đổi", html2text)
        (
            MD + "**Điều 1 _._** Sửa đổi\nĐiều 2 *:* Hiệu lực\nĐiều 3 **.** Phạm vi",
            PLAIN + "Điều 1 . Sửa đổi\nĐiều 2 : Hiệu lực\nĐiều 3 . Phạm vi",
        ),
        # a rule of spaced stars is neither emphasis nor a bullet
        (MD + "* * *\n* Rà soát", PLAIN + "* * *\n- Rà soát"),
        # a star bullet whose words open with emphasis: the bullet stays, the emphasis goes
        (MD + "* *Rà soát* các nội dung\n* **Rà soát** các", PLAIN + "- Rà soát các nội dung\n- Rà soát các"),
    ],
)
def test_markdown_debris_removed(text: str, expected: str) -> None:
    assert apply(text, markup_edits) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ghi chú: (*) số liệu ước tính; 5* là hạng khách sạn.",
        "Chỉ một cặp **in đậm** trong văn bản thường.",
        "Điều 1. Phạm vi\n1. Quy định chung.",
    ],
)
def test_plain_text_is_not_markdown(text: str) -> None:
    assert not is_markdown(text)
    assert markup_edits(text) == ([], None)


def test_markdown_table_rule_is_evidence() -> None:
    assert is_markdown("| STT | Nội dung |\n| --- | --- |\n| 1 | Rà soát |")


# --- hard wraps -------------------------------------------------------------------------------

PARAGRAPH = (
    "Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ về quản lý hoạt động thông tin "
    "đối ngoại, Thông tư số 22/2016/TT-BTTTT ngày 19/10/2016 của Bộ Thông tin và Truyền thông hướng "
    "dẫn quản lý hoạt động thông tin đối ngoại của các tỉnh, thành phố trực thuộc Trung ương và các "
    "văn bản có liên quan, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"
)


def wrap(text: str, width: int) -> str:
    """``text`` hard-wrapped at ``width`` the way benchmarks/renderings.py wraps it."""
    return "\n".join(part for line in text.split("\n") for part in renderings().wrap_line(line, width))


@pytest.mark.parametrize("width", [60, 78, 100])
def test_wrapped_paragraph_is_joined(width: int) -> None:
    text = "\n".join([PARAGRAPH] * 4)
    wrapped = wrap(text, width)
    assert wrap_width(wrapped.split("\n")) is not None
    assert apply(wrapped, unwrap_edits) == text


@pytest.mark.parametrize(
    ("heading", "joined"),
    [
        # html2text at 78 columns: the break inside a bold heading puts a reference at the
        # line start, which alone would read as the next article
        ("**Điều 15. Sửa đổi tên của Điều 33; sửa đổi, bổ sung một số điểm, khoản của\nĐiều 33**",
         "Điều 15. Sửa đổi tên của Điều 33; sửa đổi, bổ sung một số điểm, khoản của Điều 33"),
        # over three lines, a clause's reference on the middle one
        ("**Điều 4. Sửa đổi, bổ sung một số\nkhoản 2 của Điều 7 và\nĐiều 9 Nghị định**",
         "Điều 4. Sửa đổi, bổ sung một số khoản 2 của Điều 7 và Điều 9 Nghị định"),
        # underscores closing the same pair as the asterisks (a bold-italic heading)
        ("**_Chương II. QUY ĐỊNH VỀ MỤC_\nI CỦA LUẬT**", "Chương II. QUY ĐỊNH VỀ MỤC I CỦA LUẬT"),
    ],
)
def test_a_break_inside_a_bold_pair_is_a_wrap(heading: str, joined: str) -> None:
    text = f"**I. MỤC ĐÍCH**\n**1. Mục đích**\n{heading}\n\n1\\. Nội dung.\n**Điều 16.** Hiệu lực"
    doc = vnlegal.parse_text(text)
    assert joined in doc.text.split("\n")
    # a blank line ends the paragraph: the pair left open in it does not join the next one
    assert "1. Nội dung." in doc.text.split("\n")


def test_an_open_pair_outside_markdown_joins_nothing() -> None:
    text = "Ghi chú (**) số liệu ước tính\nĐiều 2. Hiệu lực"
    assert unwrap_edits(text) == ([], None)


def test_paragraph_per_line_is_not_wrapped() -> None:
    text = "\n".join([PARAGRAPH, "1. Mục đích", "Bảo đảm thực hiện.", PARAGRAPH + " " + PARAGRAPH] * 3)
    assert wrap_width(text.split("\n")) is None
    assert unwrap_edits(text) == ([], None)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # a reference the wrap put at a line start is the sentence going on
        ("người được quy định tại khoản 3, khoản 4", "Điều 3 Quyết định này."),
        ("theo quy định tại Điều 8,", "Điều 15 Nghị định số 217/2025/NĐ-CP ngày 05/8/2025."),
        ("của Chính phủ (Phụ lục", "IV) và tổ chức thực hiện nhằm đạt mục tiêu."),
        ("trong giai đoạn 2021", "- 2030 trên địa bàn tỉnh."),
    ],
)
def test_marker_lookalike_after_a_forced_break_goes_on(before: str, after: str) -> None:
    filler = wrap(" ".join([PARAGRAPH] * 3), 60)
    text = f"{filler}\n{before.ljust(58, 'x')[:58]}\n{after}\n{filler}"
    joined = apply(text, unwrap_edits)
    assert f"\n{after}" not in joined


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("các nội dung cụ thể được quy định như sau đây cho từng đơn vị:", "a) Sở Xây dựng chủ trì."),
        ("định, phê duyệt và quản lý dự án đầu tư xây dựng hạ tầng kỹ thuật.", "b) Sở Xây dựng có ý kiến."),
        ("gửi cho Sở Công Thương 01 (một) bản để tổng hợp thông tin chung", "- Sở Tài chính phối hợp."),
        ("II. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU ĐỂ THỰC HIỆN KẾ HOẠCH NĂM NAY", "Để thực hiện Kế hoạch, các sở."),
        ("II. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU ĐỂ THỰC HIỆN KẾ HOẠCH NĂM NAY", "1. Nhiệm vụ chung của các sở."),
    ],
)
def test_real_units_and_heading_ends_stay(before: str, after: str) -> None:
    filler = wrap(" ".join([PARAGRAPH] * 3), 64)
    text = f"{filler}\n{before}\n{after}\n{filler}"
    assert f"\n{after}\n" in apply(text, unwrap_edits)


def test_page_number_lines_are_not_joined() -> None:
    filler = wrap(" ".join([PARAGRAPH] * 3), 64)
    text = f"{filler}\nxây dựng, trình và tổ chức thực hiện phương án phát triển cụm công,\n   3\n\n{filler}"
    assert "\n   3\n" in apply(text, unwrap_edits)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I.\nMỤC ĐÍCH, YÊU CẦU\n1.\nMục đích", "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích"),
        ("a)\nRà soát văn bản.", "a) Rà soát văn bản."),
        ("Điều 5.\nPhạm vi điều chỉnh", "Điều 5. Phạm vi điều chỉnh"),
        ("II -\nNỘI DUNG", "II - NỘI DUNG"),
    ],
)
def test_bare_marker_takes_its_heading(text: str, expected: str) -> None:
    assert apply(text, unwrap_edits) == expected


def test_bare_markers_in_a_plan_make_units() -> None:
    doc = vnlegal.parse_text(
        "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 12/KH-UBND\nLào Cai, ngày 5 tháng 3 năm 2026\nKẾ HOẠCH\nTriển khai công tác X\n"
        "I.\nMỤC ĐÍCH, YÊU CẦU\n1.\nMục đích\nBảo đảm việc thực hiện.\nII. NỘI DUNG\n1. Nhiệm vụ\n"
        "a)\nRà soát văn bản.\n"
    )
    tree = [(n.label, n.title, [(c.label, c.title) for c in n.children]) for n in doc.body]
    assert tree == [("I", "MỤC ĐÍCH, YÊU CẦU", [("1", "Mục đích")]), ("II", "NỘI DUNG", [("1", "Nhiệm vụ")])]


def test_offsets_point_into_the_input() -> None:
    """Joins change a newline into a space and deletions keep the map to the raw text."""
    raw = "**I. MỤC ĐÍCH**\n**1. Mục đích**\n*Hà Nội, ngày 5 tháng 3 năm 2026*\nI.\nNỘI DUNG"
    n = normalize(raw)
    assert n.text == "I. MỤC ĐÍCH\n1. Mục đích\nHà Nội, ngày 5 tháng 3 năm 2026\nI. NỘI DUNG"
    k = n.text.index("Hà Nội")
    assert raw[n.to_raw(k) : n.to_raw(k) + 6] == "Hà Nội"


# --- every rendering of the fixtures ----------------------------------------------------------


def renderings() -> ModuleType:
    name = "vnlegal_benchmarks_renderings"
    if name in sys.modules:
        return sys.modules[name]
    scorer()  # renderings.py imports the scorer beside it as "accuracy"
    sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / "renderings.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


GOLDEN = sorted(p for p in FIXTURES.glob("*.txt") if (FIXTURES / "gold" / f"{p.stem}.json").exists())


@pytest.mark.parametrize("rendering", ["wrapped", "markdown", "twocol"])
@pytest.mark.parametrize("path", GOLDEN[::3], ids=lambda p: p.name[:3])
def test_structure_survives_rendering(path: Path, rendering: str) -> None:
    """Header and outline of a rendering score as the clean text does (a sample of the
    fixtures here; benchmarks/renderings.py runs every dev text)."""
    mod = renderings()
    gold = json.loads((FIXTURES / "gold" / f"{path.stem}.json").read_text("utf-8"))
    text = path.read_text("utf-8")
    clean = mod.run_rendering("clean", text, gold, path.stem)
    other = mod.run_rendering(rendering, text, gold, path.stem)
    assert other.error is None
    assert other.header_ratio.correct >= clean.header_ratio.correct
    lost = (other.outline_missing, other.outline_extra)
    assert (other.outline.f1 or 0.0) >= (clean.outline.f1 or 0.0) - 0.01, lost
