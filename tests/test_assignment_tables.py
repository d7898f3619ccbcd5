"""Task tables (assignments/tables.py): one reading whatever shape the table arrives in.

Each category is tested on several variants of the same table: spelling and case of the
column names, markup, row shapes (full rows, Markdown rows that lost empty cells, one cell
per line), group rows, wrapped and merged cells.
"""

from __future__ import annotations

import pytest

from vnlegal.assignments.tables import cell_kind, header_columns, read_table
from vnlegal.lang.fold import fold

# --- column names -------------------------------------------------------------------------

COLUMNS = [
    # (header row, expected field names)
    (
        [
            "STT",
            "Tên dự án",
            "Cơ quan trình",
            "Cơ quan chủ trì thẩm tra",
            "Cơ quan tham gia thẩm tra",
            "Tiến độ trình UBTVQH",
        ],
        ["seq", "task", "implementers", "lead", "cooperating", "time"],
    ),
    (
        [
            "TT",
            "Nhiệm vụ",
            "Cơ quan chủ trì",
            "Cơ quan phối hợp",
            "Thời gian hoàn thành",
            "Sản phẩm",
            "Kinh phí",
        ],
        ["seq", "task", "lead", "cooperating", "time", "output", "funding"],
    ),
    (
        ["TT", "NỘI DUNG", "CHỦ TRÌ", "PHỐI HỢP", "THỜI HẠN"],
        ["seq", "task", "lead", "cooperating", "time"],
    ),
    (
        ["**STT**", "**Nội dung công việc**", "**Đơn vị thực hiện**", "**Thời gian**"],
        ["seq", "task", "implementers", "time"],
    ),
    (  # tone placement of the old style ("hoà") and spacing
        ["Số TT", "Nhiệm vụ", "Đơn vị  chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện/ hoàn thành"],
        ["seq", "task", "lead", "cooperating", "time"],
    ),
    (
        ["TT", "Nhiệm vụ", "Cơ quan chủ trì soạn thảo", "Cơ quan phối hợp", "Tiến độ trình"],
        ["seq", "task", "lead", "cooperating", "time"],
    ),
]


@pytest.mark.parametrize(("header", "names"), COLUMNS, ids=[fold(h[2]) for h, _ in COLUMNS])
def test_column_names(header: list[str], names: list[str]) -> None:
    found = header_columns([header, ["1", "x", "Sở Tư pháp"]])
    assert found is not None
    assert found[1] == names


def test_two_row_header() -> None:
    rows = [
        ["TT", "Nội dung", "Đơn vị thực hiện", "Thời gian"],
        ["", "", "Chủ trì", "Phối hợp", ""],
        ["1", "Rà soát", "Sở Tư pháp", "Sở Nội vụ", "Quý I/2025"],
    ]
    state = read_table(rows)
    assert state is not None
    assert state.rows[0].text("lead") == "Sở Tư pháp"
    assert state.rows[0].text("cooperating") == "Sở Nội vụ"


def test_not_a_task_table() -> None:
    assert read_table([["Họ và tên", "Chức vụ"], ["Nguyễn Văn A", "Giám đốc"]]) is None


# --- one table, every rendering -------------------------------------------------------------

HEADER = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian", "Ghi chú"]
EXPECTED = [
    (1, "Sở Tư pháp", "Sở Nội vụ, các sở, ngành liên quan", "Quý III/2021"),
    (2, "Sở Khoa học và Công nghệ", "Ủy ban nhân dân các huyện", "Thường xuyên"),
    (3, "Công an tỉnh", "Sở Tư pháp", "Trước ngày 30/6/2025"),
]


def _full() -> list[list[str]]:
    return [
        HEADER,
        [
            "1",
            "Rà soát văn bản quy phạm pháp luật",
            "Sở Tư pháp",
            "Sở Nội vụ, các sở, ngành liên quan",
            "Quý III/2021",
            "",
        ],
        [
            "2",
            "Xây dựng cơ sở dữ liệu",
            "Sở Khoa học và Công nghệ",
            "Ủy ban nhân dân các huyện",
            "Thường xuyên",
            "",
        ],
        ["3", "Kiểm tra, xử lý vi phạm", "Công an tỉnh", "Sở Tư pháp", "Trước ngày 30/6/2025", ""],
    ]


def _markdown() -> list[list[str]]:
    rows = _full()
    return [rows[0], ["---"] * len(HEADER), *rows[1:]]


def _lost_empty_cells() -> list[list[str]]:
    # HTML-to-Markdown converters and some readers drop empty cells: rows are short.
    return [[c for c in row if c] for row in _full()]


def _one_cell_per_line() -> list[list[str]]:
    return [[c] for row in _full() for c in row if c]


def _numbering_row() -> list[list[str]]:
    rows = _full()
    return [rows[0], ["", "(1)", "(2)", "(3)", "(4)", "(5)"], *rows[1:]]


def _group_rows() -> list[list[str]]:
    rows = _full()
    return [
        rows[0],
        ["I", "Nhiệm vụ chung", "", "", "", ""],
        rows[1],
        rows[2],
        ["", "II. NHIỆM VỤ CỤ THỂ", "", "", "", ""],
        rows[3],
    ]


def _group_cells_stream() -> list[list[str]]:
    cells = _one_cell_per_line()
    return [*cells[:6], ["I"], ["Trình Quốc hội xem xét, thông qua"], ["(dự kiến tháng 4/2026)"], *cells[6:]]


def _wrapped_cells() -> list[list[str]]:
    # A cell wrapped onto a row of its own (no number, no task): it finishes the row above.
    rows = _full()
    first = ["1", "Rà soát văn bản quy phạm pháp luật", "Sở Tư pháp", "Sở Nội vụ,", "Quý III/2021", ""]
    return [rows[0], first, ["", "", "", "các sở, ngành liên quan", "", ""], rows[2], rows[3]]


def _wrapped_stream() -> list[list[str]]:
    rows = _lost_empty_cells()
    first = ["1", "Rà soát văn bản quy phạm pháp luật", "Sở Tư pháp", "Sở Nội vụ,"]
    return [rows[0], first, ["các sở, ngành liên quan"], ["Quý III/2021"], rows[2], rows[3]]


def _spanned_cells() -> list[list[str]]:
    # Word's gridSpan leaves empty cells after a merged one: rows longer than the header.
    return [[*row, "", ""] for row in _full()]


RENDERINGS = {
    "full": _full,
    "markdown": _markdown,
    "lost-empty-cells": _lost_empty_cells,
    "one-cell-per-line": _one_cell_per_line,
    "numbering-row": _numbering_row,
    "group-rows": _group_rows,
    "group-cells-stream": _group_cells_stream,
    "wrapped-cells": _wrapped_cells,
    "wrapped-stream": _wrapped_stream,
    "spanned-cells": _spanned_cells,
}


@pytest.mark.parametrize("name", list(RENDERINGS))
def test_every_rendering_reads_the_same(name: str) -> None:
    state = read_table(RENDERINGS[name]())
    assert state is not None
    got = [
        (r.number, r.text("lead"), " ".join(r.text("cooperating").split()), r.text("time"))
        for r in state.rows
    ]
    assert got == EXPECTED


def test_unnumbered_rows_and_wrapped_names() -> None:
    # No row numbers: each task text opens a row; a name alone on a line goes on the cell.
    rows = [
        ["TT", "Nhiệm vụ thực hiện", "Người thực hiện", "Ghi chú"],
        ["Rà soát điều kiện của học viên", "Vũ Việt Linh"],
        ["Nguyễn Thị Loan"],
        ["Tổ chức chấm bài", "Đỗ Mạnh Cường"],
        ["In ấn chứng chỉ", "Vũ Việt Linh"],
    ]
    state = read_table(rows)
    assert state is not None
    assert [r.cells["implementers"] for r in state.rows] == [
        ["Vũ Việt Linh", "Nguyễn Thị Loan"],
        ["Đỗ Mạnh Cường"],
        ["Vũ Việt Linh"],
    ]


@pytest.mark.parametrize("ditto", ['"', "-nt-", "Như trên"])
def test_ditto_repeats_the_cell_above(ditto: str) -> None:
    rows = [
        ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"],
        ["1", "Rà soát", "Sở Tư pháp", "Quý I/2025"],
        ["2", "Báo cáo", ditto, "Quý II/2025"],
    ]
    state = read_table(rows)
    assert state is not None
    assert state.rows[1].text("lead") == "Sở Tư pháp"


def test_headerless_part_goes_on() -> None:
    state = read_table(_full()[:3])
    assert state is not None
    read_table([_full()[3]], state)
    assert [r.number for r in state.rows] == [1, 2, 3]


CELLS = [
    ("1.", "seq"),
    ("12", "seq"),
    ("1.2", "seq"),
    ("II", "group"),
    ("A.", "group"),
    ("I. Nhiệm vụ chung", "group"),
    ("(3)", "skip"),
    ("Quý III/2021", "time"),
    ("Xong trong tháng 5/2026", "time"),
    ("Năm 2025 và các năm tiếp theo", "time"),
    ("Thường xuyên", "time"),
    ("Sở Tư pháp", "unit"),
    ("UBND các xã, phường", "unit"),
    ("Các Sở, ban, ngành; UBND các xã", "unit"),
    ("Vũ Việt Linh", "unit"),
    ("Thuế tỉnh", "unit"),
    ("Kho bạc Nhà nước huyện", "unit"),
    ("Rà soát văn bản", "text"),
    ("Tổ chức hội nghị tổng kết năm 2024 tại các huyện và thành phố trong tỉnh", "text"),
    ("Hội nghị sơ kết", "text"),
]


@pytest.mark.parametrize(("cell", "kind"), CELLS, ids=[c for c, _ in CELLS])
def test_cell_kind(cell: str, kind: str) -> None:
    assert cell_kind(cell) == kind
