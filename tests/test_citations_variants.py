"""Issue 15: citation categories, each tested with its variants (spacing, case, wrapping, markup),
not with one dev example each."""

from __future__ import annotations

import pytest

from vnlegal.citations import extract_citations
from vnlegal.model import Citation


def _external(text: str) -> list[Citation]:
    return [c for c in extract_citations(text, decode_issuer=False) if not c.internal]


# --- symbols with stray spaces, none, dots, extra parts, line breaks -------------------------

SYMBOLS = [
    ("Quyết định số 416/QĐ- TTg ngày 2/3/2020", "416/QĐ-TTg"),
    ("Quyết định số 416/QĐ -TTg ngày 2/3/2020", "416/QĐ-TTg"),
    ("Quyết định số 416 /QĐ-TTg ngày 2/3/2020", "416/QĐ-TTg"),
    ("Nghị quyết số 71/NQ -CP của Chính phủ", "71/NQ-CP"),
    ("Chỉ thị số 37- CT/TW của Ban Bí thư", "37-CT/TW"),
    ("Tờ trình số357/TTr-CP ngày 1/2/2020", "357/TTr-CP"),
    ("Tờ trình Số357/TTr-CP ngày 1/2/2020", "357/TTr-CP"),
    ("Báo cáo số 01/QĐ - CTY ngày 01/7/2025", "01/QĐ-CTY"),
    ("Tờ trình số 118/TTr- STTTT ngày 20/12/2023", "118/TTr-STTTT"),
    ("Văn bản số 13.4/2026/ĐN-VL ngày 13/4/2026", "13.4/2026/ĐN-VL"),
    ("hộ chiếu nổ mìn số 06/03/2026/HCNM", "06/03/2026/HCNM"),
    ("hộ chiếu nổ mìn số 03/3527/2026/HCNM", "03/3527/2026/HCNM"),
    ("hộ chiếu nổ mìn số 01/01/2026/HCNM - G16", "01/01/2026/HCNM-G16"),
    ("Văn bản số 11/2026CV-YVG ngày 18/4/2026", "11/2026CV-YVG"),
    ("Văn bản số YBB-SA032/26-LR ngày 21/4/2026", "YBB-SA032/26-LR"),
    ("Văn bản số 27/ĐN-Cty ngày 21/4/2026", "27/ĐN-Cty"),
    ("Nghị quyết số 10-\nNQ/TW ngày 10/02/2022 của Bộ Chính trị", "10-NQ/TW"),
    ("Nghị quyết số 10-NQ/TW ngày 10/02/2022", "10-NQ/TW"),
    ("Kế hoạch ứng cứu khẩn cấp số: 01/KH- GTYB ngày 01/7/2025", "01/KH-GTYB"),
    ("Quyết định số: 2339/QĐ-UBND ngày 12/12/2025 của Ủy ban", "2339/QĐ-UBND"),
]


@pytest.mark.parametrize(("text", "symbol"), SYMBOLS, ids=[s for _, s in SYMBOLS])
def test_symbol_grammar_tolerates_spacing(text: str, symbol: str) -> None:
    cits = _external("Căn cứ " + text + ";")
    assert [c.symbol.text if c.symbol else None for c in cits] == [symbol]


NOT_SYMBOLS = [
    "ngày 21/4/2026 về việc",
    "Quyết định số 12/QĐ-UBND - Ban hành quy chế",  # the code ends before "- Ban"
    "Kế hoạch 5 năm",
    "Quyết định 2020 của tỉnh",
]


@pytest.mark.parametrize("text", NOT_SYMBOLS)
def test_symbol_grammar_does_not_overreach(text: str) -> None:
    syms = [c.symbol.text for c in _external(text) if c.symbol]
    assert all(s in ("12/QĐ-UBND",) for s in syms)


# --- bare numbers ---------------------------------------------------------------------------

BARE = [
    ("Văn bản số 02 ngày 21/4/2026 của Công ty", "Văn bản", "02"),
    ("Đề án số 08 của Ủy ban nhân dân tỉnh", "Đề án", "08"),
    ("thực hiện Chỉ thị 11 của Ban Thường vụ Tỉnh ủy", "Chỉ thị", "11"),
    ("theo Quyết định số 765 ngày 1/2/2024", "Quyết định", "765"),
    ("theo QUYẾT ĐỊNH 765", "Quyết định", "765"),
]


@pytest.mark.parametrize(("text", "doc_type", "number"), BARE, ids=[b[2] for b in BARE])
def test_bare_numbers_with_their_type(text: str, doc_type: str, number: str) -> None:
    cits = _external(text)
    assert len(cits) == 1
    assert (cits[0].doc_type, cits[0].symbol.text if cits[0].symbol else None) == (doc_type, number)
    # The key of a bare number carries its type: "Chỉ thị 11" and "Quyết định 11" differ.
    assert doc_type.lower() in cits[0].key


def test_bare_number_keys_join_mentions() -> None:
    cits = _external("Thực hiện Chỉ thị 11 của Ban Thường vụ; triển khai Chỉ thị 11 đến cơ sở.")
    assert len(cits) == 2 and cits[0].key == cits[1].key


# --- non-act documents cited by type ----------------------------------------------------------

NON_ACTS = [
    ("Giấy phép sử dụng vật liệu nổ công nghiệp số 507/GP-BCT", "Giấy phép"),
    ("Giấy chứng nhận thẩm duyệt PCCC số 44/TD-PCCC ngày 1/2/2020", "Giấy chứng nhận"),
    ("Giấy chứng nhận đủ điều kiện về an ninh, trật tự số 12/GCN", "Giấy chứng nhận"),
    ("hộ chiếu nổ mìn số 02/2026/HCNM", "Hộ chiếu nổ mìn"),
    ("Báo cáo đánh giá rủi ro về an toàn số 310/BC-TCT", "Báo cáo"),
    ("Phương án bảo vệ an ninh trật tự số 05/PA-CTY", "Phương án"),
]


@pytest.mark.parametrize(("text", "doc_type"), NON_ACTS, ids=[n[0][:25] for n in NON_ACTS])
def test_non_acts_take_their_type(text: str, doc_type: str) -> None:
    cits = _external("Kiểm tra " + text + " của Công ty.")
    assert [c.doc_type for c in cits] == [doc_type]


# --- law names with commas and conjunctions ---------------------------------------------------

NAMES = [
    (
        "theo Luật Phòng, chống phổ biến vũ khí hủy diệt hàng loạt;",
        "Luật Phòng, chống phổ biến vũ khí hủy diệt hàng loạt",
    ),
    ("theo Luật Phòng , chống mua bán người;", "Luật Phòng , chống mua bán người"),
    ("theo Luật Thi đua, khen thưởng;", "Luật Thi đua, khen thưởng"),
    (
        "theo Luật Hiến, lấy, ghép mô, bộ phận cơ thể người và hiến, lấy xác;",
        "Luật Hiến, lấy, ghép mô, bộ phận cơ thể người và hiến, lấy xác",
    ),
    ("theo Luật Quy hoạch đô thị, đảm bảo thống nhất", "Luật Quy hoạch đô thị"),
    ("theo Luật Tiền gửi, các văn bản", "Luật Tiền gửi"),
    ("theo Luật Tiền gửi, nghị định hướng dẫn", "Luật Tiền gửi"),
    ("theo Luật Tiền gửi, Luật Đất đai", "Luật Tiền gửi"),
]


@pytest.mark.parametrize(("text", "name"), NAMES, ids=[n[1][:30] for n in NAMES])
def test_law_name_ends_where_the_name_ends(text: str, name: str) -> None:
    assert _external(text)[0].name == name


# --- amending laws: one document, the laws it names cited too ---------------------------------

AMENDING = [
    (
        "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Thương mại, Luật Cạnh tranh và Luật "
        "Điện lực ngày 1 tháng 7 năm 2025;",
        ["Luật Thương mại", "Luật Cạnh tranh", "Luật Điện lực"],
    ),
    (
        "Căn cứ Luật Sửa đổi, bổ sung một số Điều của Luật Sở hữu trí tuệ số 36/2009/QH12;",
        ["Luật Sở hữu trí tuệ"],
    ),
    (
        "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Thể dục, thể thao, Luật Du lịch ngày 2/2/2024;",
        ["Luật Thể dục, thể thao", "Luật Du lịch"],
    ),
    # Besides articles, an annex amended too, named before "của" (vbpl 000625).
    (
        "Căn cứ Luật sửa đổi, bổ sung một số điều và Phụ lục Danh mục chỉ tiêu thống kê quốc gia của "
        "Luật thống kê ngày 12 tháng 11 năm 2021;",
        ["Luật thống kê"],
    ),
    (
        "Căn cứ Luật Sửa đổi, bổ sung một số điều và các Phụ lục của Luật Thống kê ngày 12/11/2021;",
        ["Luật Thống kê"],
    ),
    (
        "Căn cứ Luật sửa đổi, bổ sung một số điều và Phụ lục Danh mục chỉ tiêu thống kê quốc gia\n"
        "của Luật thống kê ngày 12 tháng 11 năm 2021;",
        ["Luật thống kê"],
    ),
]


@pytest.mark.parametrize(
    ("text", "inner"),
    AMENDING,
    ids=["three", "capital-Sửa", "comma-name", "and-annex", "and-annexes-capital", "and-annex-wrapped"],
)
def test_amending_law_and_the_laws_it_names(text: str, inner: list[str]) -> None:
    cits = _external(text)
    assert cits[0].name is not None and cits[0].name.lower().startswith("luật sửa đổi")
    assert cits[0].relation == "basis"
    assert [c.name for c in cits[1:]] == inner
    assert all(c.relation == "reference" for c in cits[1:])
    spans = [(c.span.start, c.span.end) for c in cits]
    assert len(set(spans)) == len(spans)  # never the same span twice


def test_many_laws_amending_law_is_one_document() -> None:
    cits = _external(
        "Căn cứ Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch ngày 20 "
        "tháng 11 năm 2018;"
    )
    assert [c.name for c in cits] == [
        "Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch"
    ]


def test_enacting_line_amends_the_named_law() -> None:
    text = (
        "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n"
        "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Giá số 16/2023/QH15.\n"
    )
    cits = _external(text)
    law = [c for c in cits if c.name == "Luật Giá"]
    assert len(law) == 1 and law[0].symbol is not None and law[0].symbol.text == "16/2023/QH15"
    assert law[0].relation == "amends"


def test_title_after_colon_is_the_same_document() -> None:
    cits = _external(
        "theo khoản 16 Điều 1 Luật số 146/2025/QH15 của Quốc hội: Luật sửa đổi, bổ sung một số "
        "điều của 15 luật trong lĩnh vực nông nghiệp và môi trường"
    )
    assert [c.symbol.text if c.symbol else c.name for c in cits] == ["146/2025/QH15"]


# --- drafts are not citations, the laws they name are ----------------------------------------

DRAFT_HEADS = [
    "1. Trình Quốc hội xem xét, thông qua đối với 13 dự án luật sau đây:",
    "1. TRÌNH QUỐC HỘI CÁC DỰ ÁN LUẬT SAU ĐÂY:",
    "Các dự thảo luật sau:",
]


@pytest.mark.parametrize("head", DRAFT_HEADS)
def test_drafts_in_a_programme_list(head: str) -> None:
    text = (
        f"{head}\n"
        "a) Luật Hộ tịch (sửa đổi);\n"
        "b) Luật Thủ tục ban hành quyết định hành chính;\n"
        "c) Luật sửa đổi, bổ sung một số điều của Luật Công chứng;\n"
        "d) Luật sửa đổi, bổ sung một số điều của Luật Đo lường (theo khoản 1 Điều 27 của Luật "
        "Ban hành văn bản quy phạm pháp luật);\n"
    )
    names = [c.name for c in _external(text)]
    assert names == ["Luật Công chứng", "Luật Đo lường", "Luật Ban hành văn bản quy phạm pháp luật"]


def test_drafts_in_a_table_with_a_project_column() -> None:
    text = (
        "|\nTên dự án\n|\nCơ quan trình\n|\n1.\n|\n"
        "Luật sửa đổi, bổ sung một số điều của Luật Nhà ở\n|\nChính phủ\n"
    )
    assert [c.name for c in _external(text)] == ["Luật Nhà ở"]


def test_existing_laws_in_an_ordinary_list_stay() -> None:
    text = "Căn cứ:\na) Luật Đất đai;\nb) Luật sửa đổi, bổ sung một số điều của Luật Điện lực;\n"
    names = [c.name for c in _external(text)]
    assert names == ["Luật Đất đai", "Luật sửa đổi, bổ sung một số điều của Luật Điện lực", "Luật Điện lực"]


# --- relation scopes: an item's text is not the listed document -------------------------------


def test_repeal_list_items_and_their_text() -> None:
    text = (
        "Điều 2. Bãi bỏ các văn bản sau đây:\n"
        "1. Nghị định số 68/2017/NĐ-CP ngày 25/5/2017 của Chính phủ;\n"
        "2. Thông tư số 15/2017/TT-BCT ngày 1/2/2017 của Bộ Công Thương.\n"
    )
    assert [c.relation for c in _external(text)] == ["repeals", "repeals"]


def test_amended_table_rows_are_references() -> None:
    text = (
        "2. Sửa đổi, bổ sung các dòng của Phụ lục số 02 như sau:\n"
        "|\n16\n|\nHàng dự trữ quốc gia\n|\nBộ Tài chính định giá theo quy định của Luật Dự trữ quốc gia\n|\n"
    )
    assert [c.relation for c in _external(text)] == ["reference"]


# --- short forms defined in brackets: the same document, its relation, its key ---------------

ALIASES = [
    # (text, index of the short form, relation expected for it)
    (
        "Thực hiện Chỉ thị số 11-CT/TU ngày 04/01/2026 của Ban Thường vụ Tỉnh ủy về khoáng sản "
        "(viết tắt là Chỉ thị 11), Ủy ban nhân dân tỉnh ban hành Kế hoạch.",
        1,
        "implements",
    ),
    (
        "Thực hiện Chỉ thị số 11-CT/TU ngày 04/01/2026 của Ban Thường vụ Tỉnh ủy về khoáng sản\n"
        "(sau đây viết tắt là Chỉ thị 11), Ủy ban nhân dân tỉnh ban hành Kế hoạch.",
        1,
        "implements",
    ),
    (
        "Căn cứ Nghị định số 35/2022/NĐ-CP ngày 28 tháng 5 năm 2022 của Chính phủ về khu công "
        "nghiệp (gọi tắt là Nghị định số 35/2022/NĐ-CP);",
        1,
        "basis",
    ),
    (
        "Căn cứ Nghị định số 35/2022/NĐ-CP ngày 28 tháng 5 năm 2022 của Chính phủ về khu công "
        "nghiệp ( Sau đây gọi tắt là  Nghị định 35/2022/NĐ-CP );",
        1,
        "basis",
    ),
    (
        "Căn cứ Luật Thuế thu nhập doanh nghiệp số 67/2025/QH15 (sau đây gọi là Luật Thuế thu "
        "nhập doanh nghiệp);",
        1,
        "basis",
    ),
    # The short form of the outer act, not of the act its description names.
    (
        "Thực hiện Quyết định số 765/QĐ-BTTTT ngày 28/4/2023 của Bộ Thông tin và Truyền thông về "
        "ban hành Chương trình hành động thực hiện Chỉ thị số 07/CT-TTg (sau đây viết tắt là "
        "Quyết định số 765);",
        2,
        "implements",
    ),
    (
        "Thực hiện Quyết định số 765/QĐ-BTTTT ngày 28/4/2023 của Bộ Thông tin và Truyền thông về "
        "ban hành Chương trình hành động thực hiện Chỉ thị số 07/CT-TTg (sau đây viết tắt là "
        "QUYẾT ĐỊNH SỐ 765);",
        2,
        "implements",
    ),
]


@pytest.mark.parametrize(("text", "idx", "relation"), ALIASES)
def test_short_form_is_the_same_document(text: str, idx: int, relation: str) -> None:
    cits = _external(text)
    assert cits[idx].relation == relation
    assert cits[idx].key == cits[0].key
    assert cits[idx].issuer is None  # the short form names no issuer


def test_later_uses_of_a_short_form_share_its_key() -> None:
    cits = _external(
        "Thực hiện Chỉ thị số 11-CT/TU ngày 04/01/2026 của Ban Thường vụ Tỉnh ủy (viết tắt là "
        "Chỉ thị 11).\nBáo cáo kết quả thực hiện Chỉ thị 11 của Ban Thường vụ Tỉnh ủy."
    )
    assert len(cits) == 3 and len({c.key for c in cits}) == 1


def test_a_bracket_that_defines_no_short_form_is_not_one() -> None:
    cits = _external(
        "Thực hiện Chỉ thị số 11-CT/TU của Ban Thường vụ Tỉnh ủy (thay thế Chỉ thị số 05-CT/TU)."
    )
    assert cits[1].key != cits[0].key


# --- a verb cue made a noun ("kết quả thực hiện X") names what is reported on: reference -------

NOMINAL = [
    ("Báo cáo tình hình, kết quả thực hiện Chỉ thị số 11-CT/TU ngày 04/01/2026.", "reference"),
    ("- tuyên truyền việc thực hiện các quy định của Luật Địa chất và khoáng sản.", "reference"),
    ("đánh giá kết quả 2 năm thực hiện Quyết định số 105/2009/QĐ-TTg của Thủ tướng", "reference"),
    ("đánh giá kết quả 2 năm\nthực hiện Quyết định số 105/2009/QĐ-TTg của Thủ tướng", "reference"),
    ("KIỂM TRA VIỆC THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW", "reference"),
    ("theo dõi tiến độ triển khai Kế hoạch số 01/KH-UBND ngày 02/01/2026", "reference"),
    # "về việc" opens a title: the plan implements what follows.
    ("KẾ HOẠCH\nVề việc triển khai thực hiện Chỉ thị số 11-CT/TU", "implements"),
    ("VỀ VIỆC TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 13/CT-TTG", "implements"),
    ("Thực hiện Chỉ thị số 11-CT/TU ngày 04/01/2026", "implements"),
]


@pytest.mark.parametrize(("text", "relation"), NOMINAL)
def test_a_verb_cue_made_a_noun_is_no_relation(text: str, relation: str) -> None:
    assert [c.relation for c in _external(text)] == [relation]


# --- a place written after a body is part of the issuer -------------------------------------

PLACE_AFTER = [
    ("Nghị quyết số 34-NQ/TU của Tỉnh uỷ Lào Cai ngày 27/12/2025", "Tỉnh uỷ Lào Cai"),
    ("Nghị quyết số 34-NQ/TU của Tỉnh ủy Lào Cai ngày 27/12/2025", "Tỉnh ủy Lào Cai"),
    ("Nghị quyết số 34-NQ/TU của TỈNH ỦY LÀO CAI", "Tỉnh ủy Lào Cai"),
    ("Thông báo số 2128/TB-SCT ngày 26/6/2025 của Sở Công Thương Yên Bái về việc", "Sở Công Thương Yên Bái"),
    ("Thông báo số 2128/TB-SCT ngày 26/6/2025 của Sở Công Thương\nYên Bái về việc", "Sở Công Thương Yên Bái"),
    ("Thông báo số 2128/TB-SCT của SỞ CÔNG THƯƠNG YÊN BÁI VỀ VIỆC", "Sở Công Thương Yên Bái"),
    (
        "Chương trình số 39-CTr/TU ngày 29/01/2026 của Ban Thường vụ Tỉnh ủy Lào Cai;",
        "Ban Thường vụ Tỉnh ủy Lào Cai",
    ),
    ("Quyết định số 1/QĐ-UBND của ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH VỀ VIỆC", "Ủy ban nhân dân tỉnh Bình Định"),
    (
        "Quyết định số 1/QĐ-UBND của Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu về",
        "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu",
    ),
    # Capitalized words that are no place stay out.
    ("Thông tư số 13/2015/TT-BTC ngày 30/01/2015 của Bộ Tài chính Quy định về kiểm tra", "Bộ Tài chính"),
    (
        "Quyết định số 1/QĐ-UBND của Ủy ban nhân dân tỉnh Tây Ninh Quy định về",
        "Ủy ban nhân dân tỉnh Tây Ninh",
    ),
]


@pytest.mark.parametrize(("text", "issuer"), PLACE_AFTER)
def test_a_place_after_the_body_is_part_of_the_issuer(text: str, issuer: str) -> None:
    assert [c.issuer for c in _external(text)] == [issuer]


# --- a unit written with the body it belongs to after a dash is one issuer -------------------

UNIT_PARENT = [
    (
        "Giấy chứng nhận số 118.04/GCN ngày 09/01/2026 của "
        "Phòng Cảnh sát QLHC về TTXH - Công an tỉnh Lào Cai.",
        "Phòng Cảnh sát QLHC về TTXH - Công an tỉnh Lào Cai",
    ),
    (
        "Giấy chứng nhận số 118.04/GCN ngày 09/01/2026 của "
        "Phòng Cảnh sát QLHC về TTXH -Công an tỉnh Lào Cai.",
        "Phòng Cảnh sát QLHC về TTXH - Công an tỉnh Lào Cai",
    ),
    (
        "Giấy chứng nhận thẩm duyệt PCCC số 44/TD-PCCC ngày 08/4/2025 của "
        "phòng cảnh sát PCCC và CHCN - Công an tỉnh Yên Bái.",
        "phòng cảnh sát PCCC và CHCN - Công an tỉnh Yên Bái",
    ),
    (
        "Giấy chứng nhận thẩm duyệt PCCC số 44/TD-PCCC ngày 08/4/2025 của "
        "phòng cảnh sát PCCC và CHCN -\nCông an tỉnh Yên Bái.",
        "phòng cảnh sát PCCC và CHCN - Công an tỉnh Yên Bái",
    ),
    (
        "Văn bản số 11/GĐN-CNLY ngày 21/4/2026 của "
        "Chi nhánh Lục Yên - Công ty cổ phần Luyện kim và Khai khoáng Việt Đức;",
        "Chi nhánh Lục Yên - Công ty cổ phần Luyện kim và Khai khoáng Việt Đức",
    ),
    # A lower-case word with no body after a dash is no issuer; a date after a dash is no body.
    ("Văn bản số 1/SCT ngày 2/3/2020 của các sở, ngành", None),
    ("Văn bản số 1/SCT của Sở Tư pháp - Ngày 2/3/2020", "Sở Tư pháp"),
]


@pytest.mark.parametrize(("text", "issuer"), UNIT_PARENT)
def test_a_unit_and_its_parent_body_are_one_issuer(text: str, issuer: str | None) -> None:
    assert [c.issuer for c in _external(text)] == [issuer]


# --- a company's name is a proper name: its ordinary words do not end it ----------------------

COMPANIES = [
    (
        "Văn bản số 17/TB-NM ngày 27/02/2026 của Công ty cổ phần Xây dựng giao thông Yên Bái về việc.",
        "Công ty cổ phần Xây dựng giao thông Yên Bái",
    ),
    (
        "Văn bản số 17/TB-NM của Công ty cổ phần Xây dựng giao thông Yên Bái ngày 27/02/2026",
        "Công ty cổ phần Xây dựng giao thông Yên Bái",
    ),
    (
        "Văn bản số 17/TB-NM của Công ty cổ phần Xây dựng giao thông\nYên Bái.",
        "Công ty cổ phần Xây dựng giao thông Yên Bái",
    ),
    (
        "Văn bản số 13.4/2026/ĐN-VL của Công ty TNHH Khai thác và chế biến đá Việt Long;",
        "Công ty TNHH Khai thác và chế biến đá Việt Long",
    ),
    (
        "Văn bản số 305/QLTC ngày 20/4/2026 của Công ty cổ phần Xây dựng và thương mại 299.",
        "Công ty cổ phần Xây dựng và thương mại 299",
    ),
    (
        "Văn bản số 11/VT ngày 29/5/2026 của Hợp tác xã Văn Thịnh về việc đề nghị huấn luyện",
        "Hợp tác xã Văn Thịnh",
    ),
]


@pytest.mark.parametrize(("text", "issuer"), COMPANIES)
def test_a_company_name_runs_to_a_real_boundary(text: str, issuer: str) -> None:
    assert [c.issuer for c in _external(text)] == [issuer]


def test_a_company_named_before_its_letter_issued_it() -> None:
    cits = _external(
        "Doanh nghiệp tư nhân Thành Hương - Nghĩa Lộ tại Văn bản số 01/GĐN-TH ngày 21/4/2026; "
        "Công ty TNHH Khai thác và chế biến đá Việt Long tại Văn bản số 13.4/2026/ĐN-VL ngày "
        "13/4/2026; Công ty cổ phần Xây dựng và thương mại 299 tại Văn bản số 305/QLTC."
    )
    assert [c.issuer for c in cits] == [
        "Doanh nghiệp tư nhân Thành Hương - Nghĩa Lộ",
        "Công ty TNHH Khai thác và chế biến đá Việt Long",
        "Công ty cổ phần Xây dựng và thương mại 299",
    ]


# --- a document issued after another cannot be inside its description: it is listed beside it ---

LATER = [
    # (text, relation of each mention in order)
    (
        "Căn cứ Nghị định số 123/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ quy định về hóa "
        "đơn, chứng từ và Nghị định số 70/2025/NĐ-CP ngày 20 tháng 3 năm 2025 của Chính phủ;",
        ["basis", "basis"],
    ),
    (
        "Căn cứ Nghị định số 123/2020/NĐ-CP của Chính phủ quy định về hóa đơn, chứng từ\nvà Nghị "
        "định số 70/2025/NĐ-CP của Chính phủ;",
        ["basis", "basis"],
    ),
    (
        "Căn cứ Thông tư số 23/2024/TT-BCT ngày 07/11/2024 của Bộ trưởng Bộ Công Thương quy định về "
        "vật liệu nổ công nghiệp và Thông tư số 38/2025/TT-BCT ngày 19/6/2025 của Bộ trưởng Bộ Công "
        "Thương về việc sửa đổi, bổ sung;",
        ["basis", "basis"],
    ),
    (
        "Căn cứ Nghị định số 08/2022/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Bảo vệ "
        "môi trường và Nghị định số 05/2025/NĐ-CP của Chính phủ;",
        ["basis", "reference", "basis"],
    ),
    (
        "Thực hiện Kế hoạch số 10/KH-UBND ngày 02/01/2025 của UBND tỉnh về chuyển đổi số và Công văn "
        "số 20/UBND-KT ngày 03/02/2026 của UBND tỉnh;",
        ["implements", "implements"],
    ),
    # Earlier or same-year documents stay inside the description.
    (
        "Căn cứ Nghị định số 11/2025/NĐ-CP của Chính phủ sửa đổi, bổ sung một số điều của Nghị định "
        "số 02/2022/NĐ-CP của Chính phủ quy định chi tiết Luật Cảnh sát cơ động và Nghị định số "
        "06/2024/NĐ-CP ngày 15/11/2025 của Chính phủ;",
        ["basis", "basis", "reference", "reference"],
    ),
    # Amending laws after "đã được sửa đổi, bổ sung theo" are later by nature: still described.
    (
        "a) Bãi bỏ Điều 101 của Luật Giao thông đường thủy nội địa số 23/2004/QH11 đã được sửa đổi, "
        "bổ sung một số điều theo Luật số 48/2014/QH13 và Luật số 97/2015/QH13;",
        ["repeals", "reference", "reference"],
    ),
]


@pytest.mark.parametrize(("text", "relations"), LATER)
def test_a_later_document_is_listed_beside_not_described(text: str, relations: list[str]) -> None:
    assert [c.relation for c in _external(text)] == relations


# --- an item of the legal basis: what it says of the cited act is the act's content -----------

BASIS_ITEMS = [
    (
        "Căn cứ Nghị định số 98/2025/NĐ-CP của Chính phủ quy định việc lập dự toán trong các dự án đã "
        "đầu tư xây dựng;",
        ["basis"],
    ),
    (
        "- Căn cứ Nghị định số 98/2025/NĐ-CP của Chính phủ quy định việc lập dự toán trong các dự án\n"
        "đã đầu tư xây dựng;",
        ["basis"],
    ),
    (
        "Căn cứ Nghị định số 16/2023/NĐ-CP ngày 25 tháng 4 năm 2023 của Chính phủ về doanh nghiệp quốc "
        "phòng; sửa đổi quy định tại điểm g khoản 1 Điều 23 Nghị định số 47/2021/NĐ-CP;",
        ["basis", "reference"],
    ),
    (
        "căn cứ Nghị định số 16/2023/NĐ-CP của Chính phủ về doanh nghiệp quốc phòng; bãi bỏ Điều 5 "
        "Nghị định số 47/2021/NĐ-CP;",
        ["basis", "reference"],
    ),
    # Narration after the basis still tells what others did; an article still amends.
    ("Căn cứ Kế hoạch số 12/KH-UBND ngày 1/2/2025 của UBND tỉnh, Sở đã tổ chức kiểm tra.", ["reference"]),
    ("Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 47/2021/NĐ-CP;", ["amends"]),
]


@pytest.mark.parametrize(("text", "relations"), BASIS_ITEMS)
def test_a_basis_item_describes_the_act_it_cites(text: str, relations: list[str]) -> None:
    assert [c.relation for c in _external(text)] == relations


# --- the number of a form, item or appendix is no document -------------------------------------

UNIT_NUMBERS = [
    ("Đơn đề nghị theo mẫu số 01-SHTT ban hành kèm Thông tư này", []),
    ("Đơn đề nghị theo Mẫu số 01-SHTT ban hành kèm Thông tư này", []),
    ("Đơn đề nghị theo MẪU SỐ 01-SHTT", []),
    ("Đơn đề nghị theo mẫu 01-SHTT", []),
    ("Quy định tại mục số 7 Phụ lục kèm theo Luật này", []),
    ("chi tiết tại Phụ lục số 01/PL ban hành kèm theo Kế hoạch", []),
    ("thi công Gói thầu số 13 (kho Bản Giõng)", []),
    ("báo cáo theo biểu mẫu số\n02/BC-UBND", []),
    # A document after the form's number is cited; a document's own number is kept.
    ("theo Mẫu số 01 ban hành kèm theo Thông tư số 12/2020/TT-BTC", ["12/2020/TT-BTC"]),
    ("Căn cứ Quyết định số 12/QĐ-UBND ngày 1/2/2020", ["12/QĐ-UBND"]),
    ("Văn bản số 02 ngày 21/4/2026 của Công ty", ["02"]),
]


@pytest.mark.parametrize(("text", "symbols"), UNIT_NUMBERS)
def test_the_number_of_a_form_or_item_is_no_document(text: str, symbols: list[str]) -> None:
    assert [c.symbol.text for c in _external(text) if c.symbol] == symbols


# --- a translation printed beside the Vietnamese mention is no second citation -----------------

TRANSLATED = [
    "Căn cứ Luật Sở hữu trí tuệ số 50/2005/QH10 ngày 29/11/2005/Pursuant to Article 216 of Law No "
    "50/2005/QH10 on Intellectual Property;",
    "Căn cứ Luật Sở hữu trí tuệ số 50/2005/QH10 ngày 29/11/2005 Pursuant to Article 216 of Law "
    "50/2005/QH10 on Intellectual Property;",
    "Căn cứ Luật Sở hữu trí tuệ số 50/2005/QH10 ngày 29/11/2005 /Pursuant to Article 216 of Law "
    "No. 50/2005/QH10;",
    "Căn cứ Luật Sở hữu trí tuệ số 50/2005/QH10 ngày 29/11/2005\nPursuant to Article 216 of Law\n"
    "50/2005/QH10;",
]


@pytest.mark.parametrize("text", TRANSLATED)
def test_a_translation_beside_a_mention_is_no_second_citation(text: str) -> None:
    cits = _external(text)
    assert len(cits) == 1 and cits[0].doc_type == "Luật"


def test_a_typeless_number_in_vietnamese_is_still_cited() -> None:
    assert [c.symbol.text for c in _external("theo số 12/2020/NĐ-CP của Chính phủ") if c.symbol] == [
        "12/2020/NĐ-CP"
    ]


# --- a named instrument completed by its body ("Quy chế làm việc của UBND tỉnh") ---------------

WORKING_RULES = [
    ("Căn cứ Quy chế làm việc của UBND tỉnh, Chủ tịch UBND tỉnh ủy quyền", "UBND tỉnh", "basis"),
    ("theo đúng Quy chế làm việc của Chính phủ.", "Chính phủ", "reference"),
    ("theo Quy chế làm việc của Ủy ban nhân dân tỉnh Lào Cai;", "Ủy ban nhân dân tỉnh Lào Cai", "reference"),
    ("theo QUY CHẾ LÀM VIỆC CỦA BỘ TƯ PHÁP", "Bộ Tư pháp", "reference"),
    ("theo Quy chế làm việc của\nChính phủ và các nhiệm vụ", "Chính phủ", "reference"),
]


@pytest.mark.parametrize(("text", "issuer", "relation"), WORKING_RULES)
def test_a_named_instrument_is_completed_by_its_body(text: str, issuer: str, relation: str) -> None:
    cits = _external(text)
    assert [(c.doc_type, c.issuer, c.relation) for c in cits] == [("Quy chế", issuer, relation)]
    assert cits[0].name is not None and cits[0].name.endswith(cits[0].text.split()[-1])


def test_an_instrument_of_no_named_body_is_no_citation() -> None:
    assert _external("xây dựng Quy chế làm việc của đơn vị") == []


# --- "Căn cứ Luật <name in lower case>": a basis clause cites one law ------------------------

LOWER_NAMES = [
    ("Căn cứ Luật tổ chức HĐND và UBND\nngày 26/11/2003;", "Luật tổ chức HĐND và UBND", "basis"),
    ("Căn cứ Luật tổ chức HĐND và UBND ngày 26/11/2003;", "Luật tổ chức HĐND và UBND", "basis"),
    ("CĂN CỨ Luật tổ chức chính quyền địa phương;", "Luật tổ chức chính quyền địa phương", "basis"),
    ("Căn cứ vào Luật đất đai năm 2013;", "Luật đất đai", "basis"),
    ("Căn cứ vào Luật Đất đai năm 2013;", "Luật Đất đai", "basis"),
]


@pytest.mark.parametrize(("text", "name", "relation"), LOWER_NAMES)
def test_a_basis_clause_names_a_law_in_lower_case(text: str, name: str, relation: str) -> None:
    assert [(c.name, c.relation) for c in _external(text)] == [(name, relation)]


@pytest.mark.parametrize("text", ["Căn cứ Luật hiện hành;", "theo Luật tổ chức HĐND", "căn cứ luật pháp"])
def test_a_lower_case_name_elsewhere_is_no_law(text: str) -> None:
    assert _external(text) == []


# --- where an issuer ends: a sentence, a letter's subject; a known body without "của" ---------

ISSUER_ENDS = [
    (
        "Tờ trình số 562-TTr/ĐU ngày 13/3/2026 của Đảng ủy UBND tỉnh Lào Cai. Trong đó, tỉnh",
        "Đảng ủy UBND tỉnh Lào Cai",
    ),
    ("Công văn số 1/CV của Công ty Cổ phần ABC. Công ty đã", "Công ty Cổ phần ABC"),
    ("Quyết định số 1/QĐ-UBND của UBND TP. Hồ Chí Minh về", "UBND TP. Hồ Chí Minh"),
    ("Công văn số 847/UBND-VX1 ngày 22/3/2011 của UBND tỉnh Quảng Ninh V/v tiếp tục", "UBND tỉnh Quảng Ninh"),
    ("Công văn số 847/UBND-VX1 ngày 22/3/2011 của UBND tỉnh Quảng Ninh v/v tiếp tục", "UBND tỉnh Quảng Ninh"),
    ("Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 Chính phủ về thực hiện", "Chính phủ"),
    ("(Văn bản số 1289/UBND-TH ngày 23/02/2026 Ủy\nban nhân dân tỉnh)", "Ủy ban nhân dân tỉnh"),
    ("Quyết định số 1/QĐ-UBND ngày 2/3/2020 Sở tổ chức", None),
    ("Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018;\nChính phủ ban hành", None),
    ("Văn bản số 1/CV của Công ty cổ phần ABC có trách nhiệm báo cáo", "Công ty cổ phần ABC"),
    (
        "Công ty cổ phần Xây dựng giao thông Yên Bái tại Văn bản số 36/CV-GTYB ngày 25/3/2026;",
        "Công ty cổ phần Xây dựng giao thông Yên Bái",
    ),
]


@pytest.mark.parametrize(("text", "issuer"), ISSUER_ENDS)
def test_where_an_issuer_ends(text: str, issuer: str | None) -> None:
    assert [c.issuer for c in _external(text)] == [issuer]


# --- "Điều này", "khoản này": the unit that holds the reference completes its pinpoint ----------

_ARTICLE = "QUYẾT ĐỊNH\n{head}Điều 7. Trách nhiệm thi hành\n1. Sở Tư pháp thực hiện.\n2. {line}\n"
THIS_UNIT = [
    ("Các cơ quan thực hiện theo các khoản 1, 2 và 5 Điều này.", {"article": "7", "clause": "1, 2, 5"}),
    ("Các cơ quan thực hiện theo các khoản 1, 2 và 5 điều này.", {"article": "7", "clause": "1, 2, 5"}),
    ("Các cơ quan thực hiện theo các khoản 1, 2 và 5 Điều\nnày.", {"article": "7", "clause": "1, 2, 5"}),
    ("Theo điểm a khoản này.", {"article": "7", "clause": "2", "point": "a"}),
    ("Theo khoản 2 Điều 3 Quyết định này.", {"article": "3", "clause": "2"}),
]


@pytest.mark.parametrize(("line", "pin"), THIS_UNIT)
def test_this_article_or_clause_is_resolved(line: str, pin: dict[str, str]) -> None:
    import vnlegal

    for head in ("", "Chương I\nQUY ĐỊNH CHUNG\n"):
        doc = vnlegal.parse(_ARTICLE.format(head=head, line=line))
        cits = [c for c in doc.citations if c.internal]
        assert len(cits) == 1
        assert cits[0].pinpoint is not None
        assert cits[0].pinpoint.model_dump(exclude_none=True) == pin


# --- one key per document: a law named alone joins its numbered mention ------------------------

KEYS = [
    ("Căn cứ Luật Thanh tra số 11/2022/QH15;\nTheo Luật Thanh tra, các cơ quan ...; theo Luật thanh tra.", 1),
    ("Căn cứ Luật KH, CN & ĐMST số 93/2025/QH15; theo Luật KH, CN & ĐMST.", 1),
    ("Căn cứ Luật KH, CN&ĐMST số 93/2025/QH15; theo Luật KH, CN&ĐMST.", 1),
    (
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; theo Luật Tổ chức chính "
        "quyền địa phương.",
        1,
    ),
    ("Theo LUẬT THANH TRA; căn cứ Luật Thanh tra số 11/2022/QH15.", 1),
    # Two numbered laws of one name: the one named alone is not guessed.
    ("Căn cứ Luật Đất đai số 45/2013/QH13; Luật Đất đai số 31/2024/QH15; theo Luật Đất đai.", 3),
]


@pytest.mark.parametrize(("text", "n_keys"), KEYS)
def test_a_law_named_alone_shares_the_key_of_its_numbered_mention(text: str, n_keys: int) -> None:
    cits = _external(text)
    assert len(cits) >= 2 and len({c.key for c in cits}) == n_keys


@pytest.mark.parametrize(
    "text",
    ["Căn cứ Hiến pháp năm 1980; Hiến pháp này quy định", "Căn cứ Hiến pháp năm 1980;\nHIẾN PHÁP NÀY có"],
)
def test_this_constitution_is_internal(text: str) -> None:
    cits = extract_citations(text)
    assert [(c.internal, c.key == "self") for c in cits] == [(False, False), (True, True)]


# --- the enacting formula: what "ban hành <Type> sửa đổi ... của X" says, this document does ------

ENACTING = [
    (
        "Bộ trưởng Bộ Tư pháp, Bộ trưởng Bộ Công an liên tịch ban hành Thông tư liên tịch sửa đổi, bổ "
        "sung một số điều của Thông tư liên tịch số 10/2018/TTLT-BTP-BCA ngày 29 tháng 6 năm 2018.",
        "amends",
    ),
    (
        "Bộ trưởng Bộ Tư pháp ban hành Thông tư sửa đổi, bổ sung một số điều của Thông tư số 10/2018/TT-BTP.",
        "amends",
    ),
    (
        "Bộ trưởng Bộ Tư pháp ban hành Thông tư sửa đổi, bổ sung một số điều của Thông tư số\n"
        "10/2018/TT-BTP.",
        "amends",
    ),
    ("Chính phủ ban hành Nghị định bãi bỏ Nghị định số 12/2015/NĐ-CP.", "repeals"),
    ("CHÍNH PHỦ BAN HÀNH NGHỊ ĐỊNH BÃI BỎ NGHỊ ĐỊNH SỐ 12/2015/NĐ-CP.", "repeals"),
    # Narrated: others enacted it.
    ("UBND tỉnh đã ban hành Quyết định sửa đổi Quyết định số 12/2020/QĐ-UBND.", "reference"),
]


@pytest.mark.parametrize(("text", "relation"), ENACTING)
def test_the_enacting_formula_states_this_documents_act(text: str, relation: str) -> None:
    assert [c.relation for c in _external(text)] == [relation]


# --- a heading governs the list below it only when it heads a list of documents -----------------

HEADS = [
    (
        "Thực hiện các văn bản sau:\n1. Quyết định số 12/QĐ-TTg ngày 1/2/2020;\n2. Chỉ thị số 05/CT-TTg;",
        ["implements", "implements"],
    ),
    (
        "TRIỂN KHAI CÁC VĂN BẢN SAU:\n- Quyết định số 12/QĐ-TTg ngày 1/2/2020;\n- Chỉ thị số 05/CT-TTg;",
        ["implements", "implements"],
    ),
    (
        "I. CĂN CỨ XÂY DỰNG\nKẾ HOẠCH\n1. Quyết định số 924/QĐ-TTg ngày 22 tháng 8 năm 2022;\n"
        "2. Thông tư 05/2022/TT-BNNPTNT;\nII. MỤC TIÊU",
        ["basis", "basis"],
    ),
    ("Căn cứ:\n- Quyết định số 924/QĐ-TTg;\n- Thông tư 05/2022/TT-BNNPTNT;", ["basis", "basis"]),
    # A task heading names no documents: what its items cite is a reference.
    (
        "Điều 16. Triển khai nghiệp vụ kiểm soát\n1. Chuyển hồ sơ.\n2. Xử lý theo quy định tại Bộ luật "
        "Hình sự.\nĐiều 17. Hiệu lực",
        ["reference"],
    ),
    (
        "Thực hiện theo quy định của pháp luật về nhà ở\n1. Nhà ở xã hội theo Luật Nhà ở.\n2. Nhà ở "
        "công vụ.\n3. Khác.",
        ["reference"],
    ),
]


@pytest.mark.parametrize(("text", "relations"), HEADS)
def test_a_heading_governs_a_list_of_documents_only(text: str, relations: list[str]) -> None:
    assert [c.relation for c in _external(text)] == relations


CONCRETIZE = [
    "- Cụ thể hóa Nghị quyết số 34-NQ/TU ngày 27 tháng 12 năm 2025 của Ban thường vụ Tỉnh ủy;",
    "- Cụ thể hoá Nghị quyết số 34-NQ/TU ngày 27/12/2025;",
    "CỤ THỂ HÓA NGHỊ QUYẾT SỐ 34-NQ/TU",
    "Kế hoạch nhằm cụ thể hóa Nghị quyết số 34-NQ/TU của Ban thường vụ Tỉnh ủy.",
]


@pytest.mark.parametrize("text", CONCRETIZE)
def test_concretizing_an_act_implements_it(text: str) -> None:
    assert [c.relation for c in _external(text)] == ["implements"]


# --- a term, a trade name, commas inside a name; where a list goes on ---------------------------

ISSUER_PARTS = [
    (
        "Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương khóa XII về một số vấn đề",
        ["Ban Chấp hành Trung ương khóa XII"],
    ),
    (
        "Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương Đảng khoá XII;",
        ["Ban Chấp hành Trung ương Đảng khoá XII"],
    ),
    ("Nghị quyết số 12/2023/QH15 ngày 1/2/2023 của Quốc hội KHÓA XV về", ["Quốc hội khóa XV"]),
    (
        "Công văn số 615/KVN-PC ngày 3/4/2019 của Tổng công ty Khí Việt Nam- CTCP (PV GAS) về việc",
        ["Tổng công ty Khí Việt Nam- CTCP (PV GAS)"],
    ),
    ("Văn bản số 11/VT ngày 29/5/2026 của Hợp tác xã Văn Thịnh (HTX) về việc", ["Hợp tác xã Văn Thịnh"]),
    ("Văn bản số 11/VT của Bộ Tài chính (BTC) về việc", ["Bộ Tài chính"]),
    (
        "Văn bản số 702/UBQPANĐN15 ngày 01/8/2025 của Ủy ban Quốc phòng, An ninh và Đối ngoại và Tờ trình "
        "số 1049/TTr-UBPLTP15",
        ["Ủy ban Quốc phòng, An ninh và Đối ngoại", None],
    ),
    (
        "Văn bản số 1/ABC của Ủy ban Quốc phòng, An ninh và Đối ngoại về việc",
        ["Ủy ban Quốc phòng, An ninh và Đối ngoại"],
    ),
    (
        "Văn bản số 1/ABC của Bộ Khoa học, Công nghệ và Môi trường về việc",
        ["Bộ Khoa học, Công nghệ và Môi trường"],
    ),
    # A comma before another body, act or place ends the name; so does "và" before an act.
    ("Văn bản số 1/ABC của Ban Tuyên giáo, Sở Tư pháp và Sở Nội vụ", ["Ban Tuyên giáo"]),
    ("Văn bản số 1/ABC của Ban Quản lý dự án, Hà Nội và Lào Cai", ["Ban Quản lý dự án"]),
    (
        "Kế hoạch số 10/KH-UBND của UBND tỉnh và Nghị quyết số 5/NQ-HĐND của HĐND tỉnh",
        ["UBND tỉnh", "HĐND tỉnh"],
    ),
]


@pytest.mark.parametrize(("text", "issuers"), ISSUER_PARTS)
def test_the_parts_of_an_issuers_name(text: str, issuers: list[str | None]) -> None:
    assert [c.issuer for c in _external(text)] == issuers


PLAN_TITLES = [
    ("KẾ HOẠCH\nTriển khai thi hành Luật Việc làm", "implements"),
    ("KẾ HOẠCH\nTRIỂN KHAI THI HÀNH LUẬT VIỆC LÀM", "implements"),
    ("KẾ HOẠCH tổ chức triển khai thi hành Luật Thanh tra năm 2025", "implements"),
    ("KẾ HOẠCH\nThực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị", "implements"),
    ("Để thực hiện Chỉ thị số 11-CT/TU ngày 4/1/2026, UBND tỉnh ban hành Kế hoạch", "implements"),
    # Executing a law as a task, not the plan's purpose.
    ("- Tổ chức thi hành Luật Việc làm đến cơ sở.", "reference"),
]


@pytest.mark.parametrize(("text", "relation"), PLAN_TITLES)
def test_a_plans_title_and_purpose_implement(text: str, relation: str) -> None:
    assert [c.relation for c in _external(text)] == [relation]


ENACTED_PLAN = [
    (
        "Thực hiện Chỉ thị số 11-CT/TU ngày 04/01/2026 của Ban Thường vụ Tỉnh ủy về khoáng sản (viết tắt là "
        "Chỉ thị 11), Ủy ban nhân dân tỉnh Lào Cai ban hành Kế hoạch triển khai thực hiện Chỉ thị 11 với "
        "các nội dung như sau:",
        ["implements", "implements", "implements"],
    ),
    (
        "Thực hiện Chỉ thị số 11-CT/TU của Ban Thường vụ Tỉnh ủy (viết tắt là Chỉ thị 11), Ủy ban nhân dân\n"
        "tỉnh ban hành Kế hoạch thực hiện Chỉ thị 11 như sau:",
        ["implements", "implements", "implements"],
    ),
    (
        "Theo Công văn số 1/UBND của UBND tỉnh, Sở ban hành Kế hoạch thực hiện Chỉ thị số 5/CT-TTg.",
        ["reference", "implements"],
    ),
    # No body enacts in its own clause: the act after is the cited one's content.
    (
        "Căn cứ Quyết định số 1/QĐ-UBND của UBND tỉnh, ban hành Kế hoạch thực hiện Chỉ thị số 5/CT-TTg;",
        ["basis", "reference"],
    ),
    (
        "Công văn số 1/UBND của UBND tỉnh hướng dẫn, các huyện ban hành Kế hoạch thực hiện Chỉ thị số "
        "5/CT-TTg.",
        ["reference", "reference"],
    ),
]


@pytest.mark.parametrize(("text", "relations"), ENACTED_PLAN)
def test_a_body_enacting_this_plan_states_its_purpose(text: str, relations: list[str]) -> None:
    assert [c.relation for c in _external(text)] == relations


REVISED_ENACTED = [
    ("Căn cứ Luật Khoa học, công nghệ (sửa đổi) và đổi mới sáng tạo số 93/2025/QH15;", "93/2025/QH15"),
    ("Căn cứ Luật Đất đai (sửa đổi) số 31/2024/QH15;", "31/2024/QH15"),
    ("Căn cứ Luật Đất đai (sửa đổi)\nsố 31/2024/QH15;", "31/2024/QH15"),
    ("Căn cứ Luật Đất đai ( sửa đổi ) số 31/2024/QH15;", "31/2024/QH15"),
]


@pytest.mark.parametrize(("text", "symbol"), REVISED_ENACTED)
def test_a_draft_mark_before_a_number_is_an_enacted_law(text: str, symbol: str) -> None:
    cits = _external(text)
    assert [(c.doc_type, c.symbol.text if c.symbol else None, c.relation) for c in cits] == [
        ("Luật", symbol, "basis")
    ]


def test_a_draft_mark_alone_is_still_a_draft() -> None:
    assert _external("dự án Luật Hộ tịch (sửa đổi);") == []


# --- a title in capitals under the type line states this document's act -----------------------

_HEAD = "BỘ Y TẾ\n\nSố: 10/2025/TT-BYT\n\n"
CAPS_TITLES = [
    ("THÔNG TƯ\nBÃI BỎ THÔNG TƯ SỐ 31/2015/TT-BYT NGÀY 14 THÁNG 10 NĂM 2015\n", "repeals"),
    ("**THÔNG TƯ**\n**BÃI BỎ THÔNG TƯ SỐ 31/2015/TT-BYT NGÀY 14 THÁNG 10 NĂM 2015**\n", "repeals"),
    (
        "THÔNG TƯ\nBÃI BỎ THÔNG TƯ SỐ 31/2015/TT-BYT NGÀY 14 THÁNG 10\nNĂM 2015 CỦA BỘ TRƯỞNG BỘ Y TẾ\n",
        "repeals",
    ),
    ("THÔNG TƯ\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA THÔNG TƯ SỐ 31/2015/TT-BYT\n", "amends"),
    ("THÔNG TƯ\nBãi bỏ Thông tư số 31/2015/TT-BYT ngày 14 tháng 10 năm 2015\n", "repeals"),
    # A title that is not under the type line is not this document's act.
    ("BÁO CÁO TÌNH HÌNH\nTHAY THẾ THÔNG TƯ SỐ 31/2015/TT-BYT\n", "reference"),
]


@pytest.mark.parametrize(("title", "relation"), CAPS_TITLES)
def test_a_title_in_capitals_states_this_documents_act(title: str, relation: str) -> None:
    import vnlegal

    doc = vnlegal.parse(_HEAD + title + "\nCăn cứ Luật Tổ chức Chính phủ;\n")
    cits = [c for c in doc.citations if c.symbol is not None and c.symbol.text == "31/2015/TT-BYT"]
    assert [c.relation for c in cits] == [relation]


LIST_HEADS = [
    (
        "Điều 2. Bãi bỏ các văn bản sau\n1. Quyết định số 1/QĐ-UBND;\n2. Quyết định số 2/QĐ-UBND;\n"
        "Điều 3. Hiệu lực",
        ["repeals", "repeals"],
    ),
    (
        "Bãi bỏ các văn bản sau đây:\n- Quyết định số 1/QĐ-UBND;\n- Quyết định số 2/QĐ-UBND;",
        ["repeals", "repeals"],
    ),
    # A point that acts on its own heads nothing: what the items after it cite is theirs.
    ("d) Bãi bỏ khoản 5\n3. Theo Quyết định số 5/QĐ-UBND thì\n4. Khác", ["reference"]),
    ("d) Bãi bỏ khoản 5 Điều 3\ne) Theo Quyết định số 5/QĐ-UBND thì", ["reference"]),
    (
        "4. Sửa đổi, bổ sung một số nội dung của Phụ lục I ban hành kèm theo Thông tư số 27/2024/TT-BCT",
        ["amends"],
    ),
]


@pytest.mark.parametrize(("text", "relations"), LIST_HEADS)
def test_an_act_heads_a_list_only_when_it_announces_one(text: str, relations: list[str]) -> None:
    assert [c.relation for c in _external(text)] == relations
