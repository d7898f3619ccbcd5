"""The assignment stage on small hand-built trees: field, table, heading and sentence readings."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from itertools import count

from vnlegal.assignments import assignments_table
from vnlegal.assignments.extract import extract_assignments
from vnlegal.export.tables import ASSIGNMENT_ROW_COLUMNS as COLUMNS
from vnlegal.export.text import render_assignments
from vnlegal.model import Attachment, Document, Header, Node, NodeKind, Span
from vnlegal.outline.fields import read_field

_pos = count(0, 10)


def node(
    id: str,
    kind: NodeKind,
    title: str | None = None,
    text: str | None = None,
    children: list[Node] | None = None,
    rows: list[list[str]] | None = None,
) -> Node:
    """A node at the next position in text order; labelled lines get their Field as the outline does."""
    start = next(_pos)
    field = read_field(text) if text and kind in ("bullet", "paragraph", "item", "point") else None
    return Node(
        id=id,
        kind=kind,
        title=title,
        text=text,
        field=field,
        children=children or [],
        rows=rows,
        span=Span(start=start, end=start + 5),
    )


def doc(body: list[Node], attachments: list[Attachment] | None = None, year: int = 2021) -> Document:
    return Document(header=Header(date=dt.date(year, 4, 15)), body=body, attachments=attachments or [])


def seed_plan() -> Document:
    """The shape of the seed plan's section II (corpus/dev/000)."""
    return doc(
        [
            node(
                "II",
                "section",
                title="NỘI DUNG THỰC HIỆN",
                children=[
                    node(
                        "II.1",
                        "item",
                        title="Xây dựng Kế hoạch triển khai công tác thông tin đối ngoại",
                        children=[
                            node(
                                "II.1.p1",
                                "paragraph",
                                text="Ủy ban nhân dân các huyện, thị xã, thành phố chủ động điều chỉnh, sửa "
                                "đổi văn bản chỉ đạo.",
                            ),
                            node(
                                "II.1.bullet_1",
                                "bullet",
                                text="Đơn vị chủ trì: Ủy ban nhân dân các huyện, thị xã, thành phố.",
                            ),
                            node(
                                "II.1.bullet_2",
                                "bullet",
                                text="Đơn vị thực hiện: Phòng Văn hóa và Thông tin các huyện, thị xã, "
                                "thành phố, Ủy ban nhân dân các xã, phường, thị trấn và các cơ quan, đơn vị "
                                "liên quan.",
                            ),
                        ],
                    ),
                    node(
                        "II.3",
                        "item",
                        title="Tập huấn, bồi dưỡng nghiệp vụ về thông tin đối ngoại",
                        children=[
                            node("II.3.bullet_1", "bullet", text="Đối tượng: Lãnh đạo các sở, ban, ngành."),
                            node("II.3.bullet_2", "bullet", text="Số lượng: dự kiến 250 người/hội nghị."),
                            node("II.3.bullet_3", "bullet", text="Thời gian: thực hiện trong quý III/2021."),
                            node(
                                "II.3.bullet_4",
                                "bullet",
                                text="Đơn vị chủ trì: Sở Thông tin và Truyền thông.",
                            ),
                            node("II.3.bullet_5", "bullet", text="Kinh phí: Ngân sách tỉnh."),
                        ],
                    ),
                ],
            )
        ]
    )


def test_fields_give_one_assignment_per_task() -> None:
    found = extract_assignments(seed_plan())
    assert [a.node_id for a in found] == ["II.1", "II.3"]
    a1, a3 = found
    assert a1.source == "field"
    assert a1.task == "Xây dựng Kế hoạch triển khai công tác thông tin đối ngoại"
    assert a1.lead == ["Ủy ban nhân dân các huyện, thị xã, thành phố"]
    assert a1.implementers == [
        "Phòng Văn hóa và Thông tin các huyện, thị xã, thành phố",
        "Ủy ban nhân dân các xã, phường, thị trấn",
        "các cơ quan, đơn vị liên quan",
    ]
    assert a1.time is None
    assert a3.lead == ["Sở Thông tin và Truyền thông"]
    assert a3.time is not None
    assert (a3.time.text, a3.time.start, a3.time.end) == (
        "quý III/2021",
        dt.date(2021, 7, 1),
        dt.date(2021, 9, 30),
    )
    assert a3.quantity is not None
    assert (a3.quantity.value, a3.quantity.unit, a3.quantity.estimated) == (250, "người/hội nghị", True)
    assert a3.audience == "Lãnh đạo các sở, ban, ngành"
    assert a3.funding == "Ngân sách tỉnh"


def test_fields_without_units_are_no_assignment() -> None:
    d = doc(
        [
            node(
                "II",
                "section",
                title="NỘI DUNG",
                children=[
                    node(
                        "II.1", "item", text="Thời gian: 1,5 ngày (bắt đầu từ 13h30 thứ Hai ngày 06/7/2026)."
                    ),
                    node("II.2", "item", text="Địa điểm: Sở Công Thương Lào Cai."),
                ],
            )
        ]
    )
    assert extract_assignments(d) == []


def test_repeated_labels_split_sibling_tasks() -> None:
    d = doc(
        [
            node(
                "III",
                "section",
                title="NHIỆM VỤ",
                children=[
                    node("III.p1", "paragraph", text="Tổ chức hội nghị sơ kết."),
                    node("III.b1", "bullet", text="Chủ trì: Sở Nội vụ."),
                    node("III.b2", "bullet", text="Thời gian: tháng 5/2023."),
                    node("III.p2", "paragraph", text="Tổ chức hội nghị tổng kết."),
                    node("III.b3", "bullet", text="Chủ trì: Sở Tư pháp."),
                    node("III.b4", "bullet", text="Thời gian: tháng 11/2023."),
                ],
            )
        ]
    )
    a, b = extract_assignments(d)
    assert (a.node_id, a.task, a.lead, a.time and a.time.text) == (
        "III.p1",
        "Tổ chức hội nghị sơ kết",
        ["Sở Nội vụ"],
        "tháng 5/2023",
    )
    assert (b.node_id, b.lead, b.time and b.time.text) == ("III.p2", ["Sở Tư pháp"], "tháng 11/2023")


def test_empty_field_lists_units_as_children() -> None:
    d = doc(
        [
            node(
                "1",
                "item",
                title="Tuyên truyền pháp luật",
                children=[
                    node(
                        "1.b1",
                        "bullet",
                        text="Đơn vị phối hợp:",
                        children=[
                            node("1.b1.p1", "bullet", text="Sở Y tế;"),
                            node("1.b1.p2", "bullet", text="Công an tỉnh."),
                        ],
                    ),
                    node("1.b2", "bullet", text="Cơ quan chủ trì: Sở Tư pháp"),
                ],
            )
        ]
    )
    (a,) = extract_assignments(d)
    assert a.lead == ["Sở Tư pháp"] and a.cooperating == ["Sở Y tế", "Công an tỉnh"]


TABLE_ROWS = [
    ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện/ hoàn thành"],
    [
        "1.",
        "Hoàn thiện dự thảo Nghị định sửa đổi, bổ sung một số điều của Nghị định số 06/2022/NĐ-CP.",
        "Cục Biến đổi khí hậu",
        "Vụ Pháp chế và các đơn vị có liên quan thuộc Bộ TN&MT.",
        "Tháng 8/2024",
    ],
    [
        "2.",
        "Tổ chức các khóa đào tạo, tập huấn.",
        "Cục Biến đổi khí hậu",
        "Các đơn vị thuộc các Bộ quản lý lĩnh vực, các tổ chức quốc tế, các Viện nghiên cứu, Trường Đại "
        "học có liên quan.",
        "2024 - 2030",
    ],
    ["", "", "", "", ""],
]


def test_task_table_rows() -> None:
    table = node("att1.table_1", "table", rows=TABLE_ROWS)
    d = doc([], [Attachment(kind="appendix", title="PHỤ LỤC", body=[table], id="att1")])
    a1, a2 = extract_assignments(d)
    assert a1.node_id == "att1.table_1.row_1" and a1.source == "table"
    assert a1.task.startswith("Hoàn thiện dự thảo Nghị định")
    assert a1.lead == ["Cục Biến đổi khí hậu"]
    assert a1.cooperating == ["Vụ Pháp chế", "các đơn vị có liên quan thuộc Bộ TN&MT"]
    assert a1.time is not None and (a1.time.text, a1.time.start) == ("Tháng 8/2024", dt.date(2024, 8, 1))
    assert a2.node_id == "att1.table_1.row_2"
    assert a2.cooperating[-1] == "các Viện nghiên cứu, Trường Đại học có liên quan"
    assert a2.time is not None and a2.time.end == dt.date(2030, 12, 31)


def test_task_table_people_one_per_line_and_lost_number_cell() -> None:
    rows = [
        ["TT", "Nhiệm vụ thực hiện", "Người thực hiện", "Ghi chú"],
        ["", "Rà soát việc đáp ứng các điều kiện của học viên", "Vũ Việt Linh\nNguyễn Thị Loan", ""],
        ["Tổ chức chấm bài", "Vũ Việt Linh"],
    ]
    d = doc([node("att1.table_1", "table", rows=rows)])
    a1, a2 = extract_assignments(d)
    assert a1.implementers == ["Vũ Việt Linh", "Nguyễn Thị Loan"] and a1.lead == []
    assert (a2.node_id, a2.task, a2.implementers) == (
        "att1.table_1.row_2",
        "Tổ chức chấm bài",
        ["Vũ Việt Linh"],
    )


def test_table_without_unit_columns_is_no_task_table() -> None:
    rows = [["STT", "Tên đơn vị", "Địa chỉ"], ["1", "Công ty A", "Lào Cai"]]
    assert extract_assignments(doc([node("dieu_1.table_1", "table", rows=rows)])) == []


def test_unit_heading_gives_the_unit_its_duties() -> None:
    d = doc(
        [
            node(
                "III",
                "section",
                title="TỔ CHỨC THỰC HIỆN",
                children=[
                    node(
                        "III.1",
                        "item",
                        title="Sở Thông tin và Truyền thông:",
                        children=[
                            node(
                                "III.1.b1",
                                "bullet",
                                text="Chủ trì, phối hợp với Sở Nội vụ tổ chức tập huấn cho người phát ngôn.",
                            ),
                            node(
                                "III.1.b2",
                                "bullet",
                                text="Phối hợp với Sở Ngoại vụ cung cấp thông tin cho báo chí nước ngoài.",
                            ),
                            node("III.1.b3", "bullet", text="Theo dõi, đôn đốc việc thực hiện Kế hoạch."),
                        ],
                    )
                ],
            )
        ]
    )
    lead, coop, plain = extract_assignments(d)
    assert (lead.node_id, lead.source, lead.lead, lead.cooperating) == (
        "III.1.b1",
        "heading",
        ["Sở Thông tin và Truyền thông"],
        ["Sở Nội vụ"],
    )
    assert lead.task == "tổ chức tập huấn cho người phát ngôn"
    assert (coop.lead, coop.cooperating) == (["Sở Ngoại vụ"], ["Sở Thông tin và Truyền thông"])
    assert (plain.implementers, plain.task) == (
        ["Sở Thông tin và Truyền thông"],
        "Theo dõi, đôn đốc việc thực hiện Kế hoạch",
    )


def test_unit_heading_with_responsibility_words() -> None:
    d = doc(
        [
            node(
                "III.1",
                "item",
                title="Cục Biến đổi khí hậu có trách nhiệm:",
                children=[
                    node(
                        "III.1.a",
                        "point",
                        text="Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan hoàn thiện dự thảo.",
                    )
                ],
            )
        ]
    )
    (a,) = extract_assignments(d)
    assert (a.lead, a.cooperating) == (["Cục Biến đổi khí hậu"], ["các cơ quan, đơn vị có liên quan"])


def test_sentence_reading() -> None:
    d = doc(
        [
            node(
                "4",
                "item",
                text="Giao Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ và các cơ quan liên quan tổ chức "
                "hội nghị triển khai trước ngày 30/6/2021.",
            )
        ]
    )
    (a,) = extract_assignments(d)
    assert a.source == "sentence"
    assert (a.lead, a.cooperating) == (["Sở Tư pháp"], ["Sở Nội vụ", "các cơ quan liên quan"])
    assert a.task.startswith("tổ chức hội nghị")
    assert a.time is not None and a.time.end == dt.date(2021, 6, 30) and a.time.start is None


def test_sentence_cooperation_makes_the_other_lead() -> None:
    d = doc(
        [
            node(
                "6",
                "item",
                text="Bộ Thông tin và Truyền thông phối hợp với các Bộ liên quan chỉ đạo các cơ quan "
                "báo chí.",
            )
        ]
    )
    (a,) = extract_assignments(d)
    assert (a.lead, a.cooperating) == (["các Bộ liên quan"], ["Bộ Thông tin và Truyền thông"])


def test_responsibility_sentence() -> None:
    d = doc(
        [
            node(
                "dieu_5",
                "article",
                title="Chánh Văn phòng Sở, Trưởng phòng Quản lý công nghiệp và các cá nhân có liên quan chịu "
                "trách nhiệm thi hành Quyết định này.",
            )
        ]
    )
    (a,) = extract_assignments(d)
    assert a.implementers == [
        "Chánh Văn phòng Sở",
        "Trưởng phòng Quản lý công nghiệp",
        "các cá nhân có liên quan",
    ]
    assert a.task == "thi hành Quyết định này"


def test_prose_without_roles_gives_nothing() -> None:
    d = doc(
        [
            node(
                "I.1",
                "item",
                title="Mục đích",
                children=[node("I.1.b1", "bullet", text="Nâng cao hiệu quả giao lưu, hợp tác.")],
            ),
            node("dieu_1", "article", title="Trách nhiệm của Sở Công Thương"),
            node("II.2", "item", text="Phó Thủ tướng Chính phủ chủ trì cuộc họp về Đề án."),
        ]
    )
    assert extract_assignments(d) == []


def test_flat_table_and_renderers() -> None:
    d = seed_plan()
    rows = assignments_table(d)
    assert len(rows) == 2 and set(rows[0]) == set(COLUMNS)
    assert rows[1]["lead"] == "Sở Thông tin và Truyền thông"
    assert rows[1]["time_start"] == dt.date(2021, 7, 1)
    assert rows[1]["quantity_value"] == 250.0

    # The renderers read the Document's assignments as the pipeline leaves them.
    d.assignments = extract_assignments(d)
    parsed = list(csv.DictReader(io.StringIO(render_assignments(d.assignments, "csv"))))
    assert [r["node_id"] for r in parsed] == ["II.1", "II.3"]
    assert (
        parsed[0]["implementers"].split("; ")[0] == "Phòng Văn hóa và Thông tin các huyện, thị xã, thành phố"
    )

    data = json.loads(render_assignments(d.assignments, "json"))
    assert data[1]["time"] == {"text": "quý III/2021", "start": "2021-07-01", "end": "2021-09-30"}

    table = render_assignments(d.assignments, "table")
    assert table.splitlines()[0].split()[:3] == ["node_id", "source", "lead"]
    assert "Sở Thông tin và Truyền thông" in table


def test_render_rejects_unknown_format() -> None:
    try:
        render_assignments(extract_assignments(seed_plan()), "xml")
    except ValueError as exc:
        assert "xml" in str(exc)
    else:
        raise AssertionError("no error")


def test_assignments_follow_text_order() -> None:
    first = node("I.1", "item", text="Giao Sở Y tế chủ trì tổ chức kiểm tra.")
    table = node("II.table_1", "table", rows=TABLE_ROWS[:2])
    d = doc([first, table])
    assert [a.node_id for a in extract_assignments(d)] == ["I.1", "II.table_1.row_1"]


def test_two_row_header() -> None:
    rows = [
        ["STT", "Nội dung công việc", "Đơn vị thực hiện", "", "Thời gian"],
        ["", "", "Chủ trì", "Phối hợp", ""],
        ["1", "Rà soát văn bản", "Sở Tư pháp", "Sở Nội vụ, Văn phòng Ủy ban nhân dân tỉnh", "Quý II/2024"],
    ]
    (a,) = extract_assignments(doc([node("IV.table_1", "table", rows=rows)]))
    assert (a.node_id, a.task, a.lead) == ("IV.table_1.row_1", "Rà soát văn bản", ["Sở Tư pháp"])
    assert a.cooperating == ["Sở Nội vụ", "Văn phòng Ủy ban nhân dân tỉnh"]
    assert a.time is not None and a.time.start == dt.date(2024, 4, 1)
