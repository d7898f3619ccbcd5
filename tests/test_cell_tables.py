"""Tables printed one cell per line, with no separator, read back into rows."""

from __future__ import annotations

import pytest

import vnlegal
from vnlegal.lines import Line
from vnlegal.outline.cell_tables import find_cell_tables


def lines_of(text: str) -> list[Line]:
    out, pos = [], 0
    for t in text.split("\n"):
        out.append(Line(t, pos, pos + len(t)))
        pos += len(t) + 1
    return out


HEADER = "STT\nNội dung\nĐơn vị chủ trì\nThời gian"
ROWS = [
    ["1", "Tập huấn kỹ thuật an toàn", "Sở Công Thương", "Quý III/2026"],
    ["2", "Kiểm tra việc sử dụng vật liệu nổ", "Sở Công Thương", "Tháng 10/2026"],
]


@pytest.mark.parametrize(
    ("body", "rows"),
    [
        # the plain shape
        ("\n".join("\n".join(r) for r in ROWS), ROWS),
        # "1." with a dot, and the number joined to its first cell
        ("1.\n" + "\n".join(ROWS[0][1:]) + "\n2. " + "\n".join(ROWS[1][1:]), [["1.", *ROWS[0][1:]], ROWS[1]]),
        # a column-number row under the header (kept as printed: text of the table), a group
        # row between task rows
        ("(1)\n(2)\n(3)\n(4)\nI\nNhiệm vụ chung\n" + "\n".join("\n".join(r) for r in ROWS),
         [["(1)", "(2)", "(3)", "(4)"], ["I", "Nhiệm vụ chung", "", ""], *ROWS]),
        ("| (1) | (2) | (3) | (4)\n" + "\n".join("\n".join(r) for r in ROWS),
         [["(1)", "(2)", "(3)", "(4)"], *ROWS]),
        # an empty cell the copy dropped, and a cell run over two lines
        ("1\nTập huấn kỹ thuật\nan toàn\nSở Công Thương\nQuý III/2026\n2\nKiểm tra\nSở Công Thương",
         [ROWS[0], ["2", "Kiểm tra", "Sở Công Thương", ""]]),
    ],
)
def test_numbered_rows(body: str, rows: list[list[str]]) -> None:
    text = f"Phụ lục\n{HEADER}\n{body}\n\nIII. TỔ CHỨC THỰC HIỆN"
    (table,) = find_cell_tables(lines_of(text))
    assert table.rows[0] == HEADER.split("\n")
    assert table.rows[1:] == rows


def test_rows_counted_without_a_number_column() -> None:
    text = (
        "Nhiệm vụ\nCơ quan chủ trì\nCơ quan phối hợp\nRà soát văn bản\nSở Tư pháp\nCác sở\n"
        "Tập huấn\nSở Nội vụ\nUBND cấp xã\nIII. TỔ CHỨC THỰC HIỆN"
    )
    (table,) = find_cell_tables(lines_of(text))
    assert table.rows == [
        ["Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp"],
        ["Rà soát văn bản", "Sở Tư pháp", "Các sở"],
        ["Tập huấn", "Sở Nội vụ", "UBND cấp xã"],
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Nội dung\n1. Rà soát văn bản.\n2. Tập huấn.",  # a heading word, then a list: no table
        "STT\nNội dung\n1\nRà soát",  # two columns are not evidence enough
        "Ghi chú: các sở thực hiện.\nNội dung công việc được giao.\nThời gian thực hiện trong năm.",
    ],
)
def test_no_table_without_evidence(text: str) -> None:
    assert find_cell_tables(lines_of(text)) == []


def test_cell_table_becomes_a_table_node_with_assignments() -> None:
    doc = vnlegal.parse_text(
        "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 12/KH-UBND\nLào Cai, ngày 5 tháng 3 năm 2026\nKẾ HOẠCH\nTriển khai công tác X\n"
        "I. NHIỆM VỤ\n"
        + HEADER
        + "\n"
        + "\n".join("\n".join(r) for r in ROWS)
        + "\n\nII. TỔ CHỨC THỰC HIỆN\n"
    )
    tables = [n for n in doc.iter_nodes() if n.kind == "table"]
    assert [t.rows for t in tables] == [[HEADER.split("\n"), *ROWS]]
    assert [(a.lead, a.time.text if a.time else None) for a in doc.assignments] == [
        (["Sở Công Thương"], "Quý III/2026"),
        (["Sở Công Thương"], "Tháng 10/2026"),
    ]


def test_cells_separated_by_lone_pipes() -> None:
    """A Word table a converter wrote as "|" lines between the cells: every cell kept, in text
    order, one per row (rows are not marked in such a stream)."""
    text = "\n".join(
        ["Phụ lục", "|", "", "STT", "", "|", "Tên dự án", "|", "Cơ quan trình", "|", "Tiến độ trình",
         "| I", "Trình Quốc hội tại Kỳ họp thứ nhất", "|", "1.", "|", "Luật Hộ tịch (sửa đổi)", "|",
         "Chính phủ", "|", "Tháng 2/2026", "", "III. TỔ CHỨC THỰC HIỆN"]
    )  # fmt: skip
    (table,) = find_cell_tables(lines_of(text))
    assert [r[0] for r in table.rows] == [
        "STT", "Tên dự án", "Cơ quan trình", "Tiến độ trình", "I\nTrình Quốc hội tại Kỳ họp thứ nhất",
        "1.", "Luật Hộ tịch (sửa đổi)", "Chính phủ", "Tháng 2/2026",
    ]  # fmt: skip
    assert lines_of(text)[table.end].text == ""
