"""Outline stage: markers table-driven, and trees of real documents."""

from __future__ import annotations

import pytest

import vnlegal
from vnlegal.lang.markers import classify

from .conftest import parsed

MARKERS = [
    ("Chương I", ("chapter", "I")),
    ("CHƯƠNG II. QUY ĐỊNH CHUNG", ("chapter", "II")),
    ("Chương IIa", ("chapter", "IIA")),
    ("Phần thứ nhất", ("part", "1")),
    ("PHẦN THỨ HAI", ("part", "2")),
    ("Phần II", ("part", "II")),
    ("Mục 1. THANH TRA CHÍNH PHỦ", ("section", "1")),
    ("Tiểu mục 2. Thủ tục", ("subsection", "2")),
    ("Điều 1. Phạm vi điều chỉnh", ("article", "1")),
    ("Điều 1: Thành lập Đoàn kiểm tra", ("article", "1")),
    ("Điều 5a. Điều được bổ sung", ("article", "5a")),
    ("Điều 12", ("article", "12")),
    ("Điều 2. Nghị định này áp dụng đối với", ("article", "2")),  # with its stop: a heading
    ("I. MỤC ĐÍCH, YÊU CẦU", ("section", "I")),
    ("IV. ĐỀ XUẤT, KIẾN NGHỊ", ("section", "IV")),
    ("1. Mục đích", ("item", "1")),
    ("4.Quyết định này có hiệu lực", ("item", "4")),
    ("2a. Khoản được bổ sung", ("item", "2a")),
    ("10) Phối hợp", ("item", "10")),
    ("1.1. Các văn bản quản lý nhà nước đã ban hành", ("subitem", "1.1")),
    ("7.4.1. Thực trạng môi trường", ("subitem", "7.4.1")),
    ("a) Khẩn trương ban hành", ("point", "a")),
    ("đ) Chủ trì, phối hợp", ("point", "đ")),
    ("a1) Điểm được bổ sung", ("point", "a1")),
    ("b. Cơ sở dữ liệu", ("point", "b")),
    ("- Đơn vị chủ trì: Sở Thông tin và Truyền thông.", ("bullet", "-")),
    ("+ Tổ chức hội nghị", ("bullet", "+")),
    ("\uf0b7 Bullet from Word", ("bullet", "-")),
    # a heading that names a law keeps its stop; a type no law is cited by stays a heading
    ("Điều 5. Luật Đất đai năm 2013 được sửa đổi như sau", ("article", "5")),
    ("Điều 2 Kế hoạch thực hiện năm 2026", ("article", "2")),
]

NOT_MARKERS = [
    "Điều 6, Điều 7 Nghị định số 32/2024/NĐ-CP.",  # a wrapped reference, not a heading
    "điều 5 của Luật này",
    "chương III Nghị định số 08/2018/NĐ-CP",
    "1.313 trường hợp vi phạm",
    "2024 là năm bản lề",
    "Căn cứ Luật Tổ chức chính quyền địa phương",
    "MỤC ĐÍCH, YÊU CẦU",
    "II NỘI DUNG",  # a Roman numeral needs its dot
    # a reference a hard wrap put at the line start: the article's number, then an act
    "Điều 2 Nghị định này, mỗi năm một lần được hỗ trợ",
    "Điều 5 Luật số 45/2019/QH14 quy định",
    "**Điều 12 Quyết định này** và",
    # ... or a law or code named with its year (OCR keeps the page's line breaks; 40/2021/AL,
    # 29/2019/AL: the name misread in lower case, the year after it)
    "Điều 221 Bộ luật Dân sự năm 2015).",
    "Điều 249 Bộ luật đô tụng hình sự năm 2003, quyết định sửa Bản án sơ thẩm",
    "Điều 167 Luật Đất đai năm 2013);",
    # a form's formula: a division's label followed by "=" or "+"
    "Mục I = mục 1 + mục 2 + mục 3;",
    "MỤC 1 =mục 1.1 + mục 1.2",
    "Chương II + Chương III",
    "| 1. | Hoàn thiện dự thảo |",
]


@pytest.mark.parametrize(("text", "expected"), MARKERS)
def test_marker(text: str, expected: tuple[str, str]) -> None:
    m = classify(text)
    assert m is not None
    assert (m.kind, m.label) == expected


@pytest.mark.parametrize("text", NOT_MARKERS)
def test_not_a_marker(text: str) -> None:
    assert classify(text) is None


def _labels(nodes: list[vnlegal.Node]) -> list[str]:
    return [f"{n.kind}:{n.label}" for n in nodes if n.kind not in ("paragraph", "bullet", "table")]


def test_seed_outline() -> None:
    doc = parsed("000")
    assert _labels(doc.body) == ["section:I", "section:II"]
    one, two = doc.body
    assert one.title == "MỤC ĐÍCH, YÊU CẦU"
    assert [c.title for c in one.children] == ["Mục đích", "Yêu cầu"]
    assert [len(c.children) for c in one.children] == [3, 5]
    assert all(b.kind == "bullet" for c in one.children for b in c.children)
    assert [c.id for c in two.children][:3] == ["II.1", "II.2", "II.3"]
    assert two.children[0].text is not None and two.children[0].text.startswith(
        "Ủy ban nhân dân các huyện"
    )
    assert len(doc.preamble) == 1 and doc.preamble[0].text is not None
    assert doc.preamble[0].text.startswith("Căn cứ Nghị định số 72/2015/NĐ-CP")


def test_normative_ids_and_nesting() -> None:
    doc = parsed("048")
    chapter2 = doc.body[1]
    assert chapter2.id == "chuong_II"
    muc1 = chapter2.children[0]
    assert (muc1.kind, muc1.id, muc1.title) == (
        "section",
        "chuong_II.muc_1",
        "LỄ TANG CẤP NHÀ NƯỚC",
    )
    art8 = muc1.children[0]
    assert art8.id == "chuong_II.muc_1.dieu_8"
    assert art8.children[0].id == "chuong_II.muc_1.dieu_8.khoan_1"


def test_duplicate_labels_get_unique_ids() -> None:
    doc = parsed("048")  # Điều 28 has two khoản "2." in the source
    ids = [n.id for n in doc.iter_nodes()]
    assert len(ids) == len(set(ids))


def test_attached_document_has_own_outline() -> None:
    doc = parsed("016")
    assert [n.id for n in doc.body] == ["dieu_1", "dieu_2", "dieu_3"]
    (att,) = doc.attachments
    assert att.kind == "attached_document"
    assert att.doc_type == "Quy chế"
    assert att.symbol is not None and att.symbol.text == "16/2026/QĐ-UBND"
    assert [c.label for c in att.body] == ["I", "II", "III"]
    assert att.body[0].id == "att1.chuong_I"


def test_template_annexes_are_not_structure() -> None:
    doc = parsed("050")
    assert [n.label for n in doc.body] == ["1", "2", "3", "4", "5", "6"]
    for att in doc.attachments:
        assert not [n for n in att.body if n.kind in ("chapter", "article", "section")]


def test_heading_split_over_two_lines() -> None:
    doc = parsed("006")
    assert doc.body[0].title == "CĂN CỨ XÂY DỰNG KẾ HOẠCH"
    doc = parsed("014")
    assert doc.body[0].children[0].title == "Mục đích"


def test_inserted_units_and_colon_article() -> None:
    text = (
        "LUẬT\nSỬA ĐỔI\nĐiều 5a. Điều mới\n1. Khoản một.\n2a. Khoản chèn.\n"
        "a1) Điểm chèn;\nĐiều 6: \nNội dung.\n4.Quyết định có hiệu lực.\n"
    )
    doc = vnlegal.parse(text)
    art = doc.body[0]
    assert (art.id, art.title) == ("dieu_5a", "Điều mới")
    assert [c.id for c in art.children] == ["dieu_5a.khoan_1", "dieu_5a.khoan_2a"]
    assert art.children[1].children[0].id == "dieu_5a.khoan_2a.diem_a1"
    assert doc.body[1].id == "dieu_6"
    assert doc.body[1].children[0].label == "4"


def test_quoted_wording_stays_text() -> None:
    text = (
        "LUẬT\nSỬA ĐỔI\nĐiều 1. Sửa đổi Luật X\n1. Điều 3 được sửa đổi như sau:\n"
        "“Điều 3. Giải thích từ ngữ\n1. Từ ngữ một.\n2. Từ ngữ hai.”\n2. Khoản tiếp theo.\n"
    )
    doc = vnlegal.parse(text)
    (art,) = doc.body
    assert [c.label for c in art.children] == ["1", "2"]
    assert "“Điều 3. Giải thích từ ngữ" in (art.children[0].text or "")
    assert art.children[0].children == []


def test_task_table_rows() -> None:
    doc = parsed("003")
    (att,) = doc.attachments
    tables = [n for n in att.body if n.kind == "table"]
    assert tables and tables[0].rows is not None
    rows = tables[0].rows
    assert rows[0][:3] == ["TT", "Nhiệm vụ", "Cơ quan chủ trì"]
    assert len(rows) == 10  # header + 9 tasks


def test_appendix_heading_and_symbol() -> None:
    (att,) = parsed("004").attachments
    assert att.kind == "appendix"
    assert att.title is not None and att.title.startswith("PHÂN CÔNG NHIỆM VỤ CỦA TỔ CÔNG TÁC")
    assert att.symbol is not None and att.symbol.text == "/KH-SCT"
    (table,) = [n for n in att.body if n.kind == "table"]
    assert table.rows is not None and len(table.rows) == 10
    assert all(len(r) == 4 for r in table.rows)  # the empty auto-numbered TT cell is kept


# Category: an article heading that lost its word "Điều" ("15. Trách nhiệm thi hành" after
# Điều 14): the next article's number, breaking the open article's clauses, read as a heading.
_LAST_ARTICLE = "NGHỊ ĐỊNH\nĐiều 14. Hiệu lực thi hành\nNghị định này có hiệu lực từ ngày 01/5/2026.\n"


@pytest.mark.parametrize(
    "heading",
    [
        "15. Trách nhiệm thi hành",
        "15. TRÁCH NHIỆM THI HÀNH",
        "**15. Trách nhiệm thi hành**",
        "15 . Trách nhiệm thi hành",
    ],
)
def test_article_without_its_word(heading: str) -> None:
    doc = vnlegal.parse(_LAST_ARTICLE + heading + "\nCác Bộ trưởng chịu trách nhiệm thi hành./.\n")
    assert [(n.kind, n.label) for n in doc.body] == [("article", "14"), ("article", "15")]
    assert doc.body[1].title is not None and "thi hành" in doc.body[1].title.lower()


@pytest.mark.parametrize(
    "text",
    [
        # the clauses go on: "4." after "3." is the next clause, however short
        "NGHỊ ĐỊNH\nĐiều 3. Tổ chức\n1. Sở A làm.\n2. Sở B làm.\n3. Sở C làm.\n4. Trách nhiệm chung\n",
        # article 3 is printed with its word further on
        "NGHỊ ĐỊNH\nĐiều 2. Nội dung\n1. Nội dung một.\n3. Tổ chức thực hiện\nĐiều 3. Hiệu lực thi hành\n",
        # the next article printed is not the one after it: a clause printed out of sequence
        "NGHỊ ĐỊNH\nĐiều 5. Nội dung\n1. Việc một.\n2. Việc hai.\n6. Tổ chức thực hiện\nĐiều 8. Hiệu lực\n",
        # a sentence, not a heading
        _LAST_ARTICLE + "15. Các Bộ trưởng chịu trách nhiệm thi hành Nghị định này.\n",
    ],
)
def test_a_clause_stays_a_clause(text: str) -> None:
    doc = vnlegal.parse(text)
    articles = [n for n in doc.body if n.kind == "article"]
    assert all(c.kind == "item" for a in articles for c in a.children if c.kind != "paragraph")
    assert len(articles) == len({n.label for n in articles}) == text.count("Điều ")
