"""Time expressions and quantities: real ones from the dev corpus and the forms of issue 4."""

from __future__ import annotations

import datetime as dt

import pytest

from vnlegal.assignments.timeexpr import parse_quantity, parse_time

D = dt.date

# (value as written, expected text, start, end); default year 2021 for dates without a year.
TIMES: list[tuple[str, str, dt.date | None, dt.date | None]] = [
    # dev corpus
    ("thực hiện trong quý III/2021.", "quý III/2021", D(2021, 7, 1), D(2021, 9, 30)),
    ("Tháng 8/2024", "Tháng 8/2024", D(2024, 8, 1), D(2024, 8, 31)),
    ("2024 - 2025", "2024 - 2025", D(2024, 1, 1), D(2025, 12, 31)),
    ("2026 - 2027", "2026 - 2027", D(2026, 1, 1), D(2027, 12, 31)),
    ("2025 - 2030", "2025 - 2030", D(2025, 1, 1), D(2030, 12, 31)),
    ("2024 - 2030", "2024 - 2030", D(2024, 1, 1), D(2030, 12, 31)),
    (
        "xử lý dứt điểm việc khai thác cát, sỏi xong trong quý II/2026.",
        "quý II/2026",
        D(2026, 4, 1),
        D(2026, 6, 30),
    ),
    ("hoàn thành trong Quý III năm 2024;", "Quý III năm 2024", D(2024, 7, 1), D(2024, 9, 30)),
    (
        "trình Chính phủ trước ngày 30 tháng 7 năm 2024.",
        "trước ngày 30 tháng 7 năm 2024",
        None,
        D(2024, 7, 30),
    ),
    ("hoàn thành trước ngày 31 tháng 10 năm 2024;", "trước ngày 31 tháng 10 năm 2024", None, D(2024, 10, 31)),
    (
        "báo cáo Thủ tướng Chính phủ trước ngày 30 tháng 9 năm 2024.",
        "trước ngày 30 tháng 9 năm 2024",
        None,
        D(2024, 9, 30),
    ),
    ("quyết định trước ngày 20 tháng 10 năm 2024.", "trước ngày 20 tháng 10 năm 2024", None, D(2024, 10, 20)),
    (
        "diễn ra tại An Giang từ ngày 23 đến ngày 26 tháng 02 năm 2006",
        "từ ngày 23 đến ngày 26 tháng 02 năm 2006",
        D(2006, 2, 23),
        D(2006, 2, 26),
    ),
    ("bắt đầu từ ngày 22/02/2006.", "bắt đầu từ ngày 22/02/2006", D(2006, 2, 22), None),
    ("giai đoạn 2021 - 2030, có xét đến năm 2050", "giai đoạn 2021 - 2030", D(2021, 1, 1), D(2030, 12, 31)),
    (
        "TRÊN ĐỊA BÀN TỈNH TIỀN GIANG GIAI ĐOẠN 2022-2025",
        "GIAI ĐOẠN 2022-2025",
        D(2022, 1, 1),
        D(2025, 12, 31),
    ),
    ("đến năm 2030", "đến năm 2030", None, D(2030, 12, 31)),
    ("giai đoạn 2017 - 2024", "giai đoạn 2017 - 2024", D(2017, 1, 1), D(2024, 12, 31)),
    ("Từ 01/3/2025 đến thời điểm kiểm tra.", "Từ 01/3/2025", D(2025, 3, 1), None),
    ("1,5 ngày (bắt đầu từ 13h30 thứ Hai ngày 06/7/2026).", "ngày 06/7/2026", D(2026, 7, 6), D(2026, 7, 6)),
    ("Báo cáo 6 tháng gửi trước ngày 20 tháng 6 hằng năm", "trước ngày 20 tháng 6 hằng năm", None, None),
    ("Bình Dương, ngày 15 tháng 4 năm 2021", "ngày 15 tháng 4 năm 2021", D(2021, 4, 15), D(2021, 4, 15)),
    ("năm 2021", "năm 2021", D(2021, 1, 1), D(2021, 12, 31)),
    ("Tháng 10 năm 2024", "Tháng 10 năm 2024", D(2024, 10, 1), D(2024, 10, 31)),
    # the forms listed in issue 4
    ("Quý II-III/2026", "Quý II-III/2026", D(2026, 4, 1), D(2026, 9, 30)),
    ("6 tháng đầu năm 2022", "6 tháng đầu năm 2022", D(2022, 1, 1), D(2022, 6, 30)),
    ("6 tháng cuối năm 2022", "6 tháng cuối năm 2022", D(2022, 7, 1), D(2022, 12, 31)),
    ("tháng 5/2023", "tháng 5/2023", D(2023, 5, 1), D(2023, 5, 31)),
    ("năm 2024", "năm 2024", D(2024, 1, 1), D(2024, 12, 31)),
    ("2024-2025", "2024-2025", D(2024, 1, 1), D(2025, 12, 31)),
    ("trước ngày 30/6/2021", "trước ngày 30/6/2021", None, D(2021, 6, 30)),
    ("trước 15/12", "trước 15/12", None, D(2021, 12, 15)),
    (
        "từ ngày 01/7/2021 đến ngày 30/9/2021",
        "từ ngày 01/7/2021 đến ngày 30/9/2021",
        D(2021, 7, 1),
        D(2021, 9, 30),
    ),
    ("Thường xuyên", "Thường xuyên", None, None),
    ("Hằng năm", "Hằng năm", None, None),
    ("Hàng năm.", "Hàng năm", None, None),
    # more shapes
    ("quý 3/2021", "quý 3/2021", D(2021, 7, 1), D(2021, 9, 30)),
    ("Quý IV/2023 và Quý I/2024", "Quý IV/2023 và Quý I/2024", D(2023, 10, 1), D(2024, 3, 31)),
    ("từ tháng 5 đến tháng 7/2023", "từ tháng 5 đến tháng 7/2023", D(2023, 5, 1), D(2023, 7, 31)),
    ("tháng 12/2023 - tháng 1/2024", "tháng 12/2023 - tháng 1/2024", D(2023, 12, 1), D(2024, 1, 31)),
    ("trước quý IV/2024", "trước quý IV/2024", None, D(2024, 9, 30)),
    ("năm 2024 và các năm tiếp theo", "năm 2024 và các năm tiếp theo", D(2024, 1, 1), None),
    ("từ năm 2025 trở đi", "từ năm 2025 trở đi", D(2025, 1, 1), None),
    ("Quý I hằng năm", "Quý I hằng năm", None, None),
    ("6 tháng cuối năm", "6 tháng cuối năm", D(2021, 7, 1), D(2021, 12, 31)),
    ("chậm nhất ngày 15/12/2023", "chậm nhất ngày 15/12/2023", None, D(2023, 12, 15)),
    ("đến hết năm 2025", "đến hết năm 2025", None, D(2025, 12, 31)),
    ("Định kỳ hằng quý", "Định kỳ hằng quý", None, None),
    ("thực hiện trong quí III/2021", "quí III/2021", D(2021, 7, 1), D(2021, 9, 30)),
    ("tháng 02/2024", "tháng 02/2024", D(2024, 2, 1), D(2024, 2, 29)),
]


def test_enough_time_cases() -> None:
    assert len(TIMES) >= 40


@pytest.mark.parametrize(("value", "text", "start", "end"), TIMES, ids=[t[0][:40] for t in TIMES])
def test_parse_time(value: str, text: str, start: dt.date | None, end: dt.date | None) -> None:
    t = parse_time(value, 2021)
    assert t is not None
    assert (t.text, t.start, t.end) == (text, start, end)


@pytest.mark.parametrize(
    "value",
    ["", "Sở Thông tin và Truyền thông", "Nghị định số 06/2022/NĐ-CP", "1,5 ngày", "Ký hiệu 1560/KH-UBND"],
)
def test_no_time(value: str) -> None:
    assert parse_time(value) is None


def test_without_default_year_a_date_without_year_has_no_dates() -> None:
    t = parse_time("trước 15/12")
    assert t is not None and t.text == "trước 15/12" and t.start is None and t.end is None


@pytest.mark.parametrize(
    "sentence",
    [
        "xây dựng Nghị định sửa đổi Nghị định số 06/2022/NĐ-CP ngày 07 tháng 01 năm 2022 của Chính phủ",
        "khí mê-tan trong lĩnh vực quản lý chất thải đến năm 2030",
        "thực hiện Luật Bảo vệ môi trường năm 2020",
    ],
)
def test_deadline_only_ignores_dates_of_cited_documents(sentence: str) -> None:
    assert parse_time(sentence, deadline_only=True) is None


def test_deadline_only_reads_deadlines() -> None:
    t = parse_time("trình Chính phủ trước ngày 30 tháng 7 năm 2024", deadline_only=True)
    assert t is not None and t.end == D(2024, 7, 30)


QUANTITIES = [
    ("dự kiến 250 người/hội nghị.", "dự kiến 250 người/hội nghị", 250.0, "người/hội nghị", True),
    ("khoảng 1.500 lượt người tham gia", "khoảng 1.500 lượt người", 1500.0, "lượt người", True),
    ("02 lớp, mỗi lớp 60 học viên", "02 lớp", 2.0, "lớp", False),
    ("1,5 tỷ đồng", "1,5 tỷ đồng", 1.5, "tỷ đồng", False),
    ("300 đại biểu tham dự", "300 đại biểu", 300.0, "đại biểu", False),
    ("Dự kiến: 200 người", "Dự kiến: 200 người", 200.0, "người", True),
    ("tối đa 60 học viên/lớp", "tối đa 60 học viên/lớp", 60.0, "học viên/lớp", False),
    ("120 người (dự kiến)", "120 người", 120.0, "người", True),
]


@pytest.mark.parametrize(("value", "text", "number", "unit", "estimated"), QUANTITIES)
def test_parse_quantity(value: str, text: str, number: float, unit: str, estimated: bool) -> None:
    q = parse_quantity(value)
    assert q is not None
    assert (q.text, q.value, q.unit, q.estimated) == (text, number, unit, estimated)


def test_no_quantity() -> None:
    assert parse_quantity("Lãnh đạo các sở, ban, ngành") is None
