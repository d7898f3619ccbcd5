"""Labelled lines -> Field, and task-table header cells -> field names."""

from __future__ import annotations

import pytest

from vnlegal.data import FieldLabel, load_table
from vnlegal.outline.fields import column_name, label_name, read_field


@pytest.mark.parametrize(
    ("line", "name", "label", "value"),
    [
        (
            "Đơn vị chủ trì: Ủy ban nhân dân các huyện, thị xã, thành phố.",
            "lead",
            "Đơn vị chủ trì",
            "Ủy ban nhân dân các huyện, thị xã, thành phố.",
        ),
        (
            "Đơn vị thực hiện: Phòng Văn hóa và Thông tin.",
            "implementers",
            "Đơn vị thực hiện",
            "Phòng Văn hóa và Thông tin.",
        ),
        ("Số lượng: dự kiến 250 người/hội nghị.", "quantity", "Số lượng", "dự kiến 250 người/hội nghị."),
        ("Thời gian: thực hiện trong quý III/2021.", "time", "Thời gian", "thực hiện trong quý III/2021."),
        ("Đối tượng: Lãnh đạo các sở, ban, ngành", "audience", "Đối tượng", "Lãnh đạo các sở, ban, ngành"),
        ("Địa điểm: Sở Công Thương Lào Cai.", "location", "Địa điểm", "Sở Công Thương Lào Cai."),
        ("Cơ quan chủ trì: Sở Tư pháp", "lead", "Cơ quan chủ trì", "Sở Tư pháp"),
        ("Chủ trì: Sở Nội vụ", "lead", "Chủ trì", "Sở Nội vụ"),
        ("Cơ quan thực hiện: Công an tỉnh", "implementers", "Cơ quan thực hiện", "Công an tỉnh"),
        ("Đơn vị phối hợp: Sở Y tế", "cooperating", "Đơn vị phối hợp", "Sở Y tế"),
        ("Cơ quan phối hợp: các sở, ngành", "cooperating", "Cơ quan phối hợp", "các sở, ngành"),
        ("Phối hợp: Công an tỉnh", "cooperating", "Phối hợp", "Công an tỉnh"),
        ("Thời gian thực hiện: Quý II-III/2026", "time", "Thời gian thực hiện", "Quý II-III/2026"),
        ("Tiến độ: Thường xuyên", "time", "Tiến độ", "Thường xuyên"),
        ("Thời hạn: trước 15/12", "time", "Thời hạn", "trước 15/12"),
        ("Kinh phí: Ngân sách tỉnh", "funding", "Kinh phí", "Ngân sách tỉnh"),
        ("Nguồn kinh phí: ngân sách nhà nước", "funding", "Nguồn kinh phí", "ngân sách nhà nước"),
        ("Sản phẩm: Báo cáo tổng kết", "output", "Sản phẩm", "Báo cáo tổng kết"),
        ("Kết quả: Quyết định phê duyệt", "output", "Kết quả", "Quyết định phê duyệt"),
        # case, tone placement, spacing, markup and qualifiers
        ("ĐƠN VỊ CHỦ TRÌ: Sở Y tế", "lead", "ĐƠN VỊ CHỦ TRÌ", "Sở Y tế"),
        ("Đơn vị chủ trì : Sở Y tế", "lead", "Đơn vị chủ trì", "Sở Y tế"),
        ("*Đơn vị chủ trì:* Sở Y tế", "lead", "Đơn vị chủ trì", "Sở Y tế"),
        (
            "Thời gian thực hiện/ hoàn thành: Tháng 8/2024",
            "time",
            "Thời gian thực hiện/ hoàn thành",
            "Tháng 8/2024",
        ),
        ("Thời gian (dự kiến): tháng 9/2023", "time", "Thời gian (dự kiến)", "tháng 9/2023"),
        ("Đơn vị phối hợp:", "cooperating", "Đơn vị phối hợp", ""),
    ],
)
def test_read_field(line: str, name: str, label: str, value: str) -> None:
    f = read_field(line)
    assert f is not None
    assert (f.name, f.label, f.value) == (name, label, value)


@pytest.mark.parametrize(
    "line",
    [
        "Nội dung huấn luyện: Quy định tại Điều 7 Nghị định số 181/2024/NĐ-CP",
        "Đối tượng áp dụng:",
        "Thời hạn kiểm tra: Kể từ ngày công bố Quyết định này.",
        "a) Đối với cơ quan chủ trì:",
        "Chủ trì thực hiện các thủ tục sau:",
        "Ủy ban nhân dân các huyện, thị xã, thành phố chủ động điều chỉnh văn bản.",
        "Trên đây là Kế hoạch công tác thông tin đối ngoại: đề nghị các đơn vị thực hiện.",
        "Số: 1560/KH-UBND",
        "Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ",
        "TT: 1",
        "",
    ],
)
def test_prose_is_not_a_field(line: str) -> None:
    assert read_field(line) is None


def test_every_table_label_reads_back() -> None:
    """Each label of data/field_labels.tsv maps to its own name (the table has no duplicates)."""
    for r in load_table(FieldLabel):
        assert label_name(r.label) == r.name, r.label


@pytest.mark.parametrize(
    ("cell", "name"),
    [
        ("TT", "seq"),
        ("Nhiệm vụ", "task"),
        ("Nội dung/Nhiệm vụ", "task"),
        ("Cơ quan chủ trì", "lead"),
        ("Cơ quan phối hợp", "cooperating"),
        ("Thời gian thực hiện/ hoàn thành", "time"),
        ("Người thực hiện", "implementers"),
        ("Ghi chú", "note"),
        ("Sản phẩm", "output"),
        ("Đơn vị chủ trì thực hiện", "lead"),
        ("Cơ quan, đơn vị phối hợp thực hiện", "cooperating"),
        ("Thời gian hoàn thành dự kiến", "time"),
        ("Kinh phí (triệu đồng)", "funding"),
        ("Nội dung\ncông việc", "task"),
        ("Mẫu số", None),
    ],
)
def test_column_name(cell: str, name: str | None) -> None:
    assert column_name(cell) == name
