"""Assignments from labelled fields in prose, by category, each with several variants
(wrapping, case, markup, label shapes). Parsed end to end from a small plan."""

from __future__ import annotations

import pytest

import vnlegal

HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 12/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nLào Cai, ngày 5 tháng 3 năm 2025\n\nKẾ HOẠCH\n"
    "Triển khai công tác ABC\n\nII. NHIỆM VỤ\n1. Rà soát văn bản\n"
)


def _roles(body: str) -> list[tuple[list[str], list[str], list[str]]]:
    doc = vnlegal.parse_text(HEAD + body)
    return [(a.lead, a.implementers, a.cooperating) for a in doc.assignments if a.source == "field"]


ROLE_VALUES = [
    # a value that hands out roles itself
    (
        "- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với Sở Tài chính và UBND các huyện.\n",
        (["Sở Nội vụ"], [], ["Sở Tài chính", "UBND các huyện"]),
    ),
    (
        "- Đơn vị thực hiện: Sở Tư pháp chủ trì, phối hợp với các cơ quan liên quan.\n",
        (["Sở Tư pháp"], [], ["các cơ quan liên quan"]),
    ),
    (
        "- CƠ QUAN THỰC HIỆN: Công an tỉnh chủ trì, phối hợp với Sở Y tế.\n",
        (["Công an tỉnh"], [], ["Sở Y tế"]),
    ),
    # a value that goes on into the task
    (
        "- Đơn vị thực hiện: Sở KH&CN tiến hành rà soát các văn bản.\n",
        ([], ["Sở KH&CN"], []),
    ),
    (
        "- Đơn vị thực hiện: Sở Khoa học và Công nghệ tiến hành rà soát các văn bản.\n",
        ([], ["Sở Khoa học và Công nghệ"], []),
    ),
    (
        "- Đơn vị thực hiện: UBND các huyện tổ chức kiểm tra.\n",
        ([], ["UBND các huyện"], []),
    ),
    # qualifiers are not part of a unit; "có liên quan" is
    (
        "- Đơn vị phối hợp: các sở, ngành theo chức năng, nhiệm vụ được giao.\n",
        ([], [], ["các sở, ngành"]),
    ),
    (
        "- Đơn vị phối hợp: các sở, ngành có liên quan.\n",
        ([], [], ["các sở, ngành có liên quan"]),
    ),
    (
        "- Đơn vị phối hợp: Sở Tài chính theo quy định.\n",
        ([], [], ["Sở Tài chính"]),
    ),
    # unit lists
    (
        "- Đơn vị phối hợp: các sở, ban, ngành và địa phương.\n",
        ([], [], ["các sở, ban, ngành", "địa phương"]),
    ),
    (
        "- Đơn vị chủ trì: Ủy ban nhân dân các huyện, thị xã, thành phố.\n",
        (["Ủy ban nhân dân các huyện, thị xã, thành phố"], [], []),
    ),
    (
        "- Đơn vị phối hợp: Sở KH&CN, UBND cấp xã.\n",
        ([], [], ["Sở KH&CN", "UBND cấp xã"]),
    ),
    # values wrapped over lines
    (
        "- Đơn vị chủ trì: Sở Khoa học\nvà Công nghệ.\n",
        (["Sở Khoa học và Công nghệ"], [], []),
    ),
    (
        "- Đơn vị phối hợp: Sở Tư pháp, Sở Nội vụ\nvà Ủy ban nhân dân các huyện.\n",
        ([], [], ["Sở Tư pháp", "Sở Nội vụ", "Ủy ban nhân dân các huyện"]),
    ),
    # bold labels as Markdown converters write them
    (
        "**- Đơn vị chủ trì:** Sở Tư pháp.\n",
        (["Sở Tư pháp"], [], []),
    ),
    (
        "- **Đơn vị phối hợp:** Sở Nội vụ và các cơ quan liên quan.\n",
        ([], [], ["Sở Nội vụ", "các cơ quan liên quan"]),
    ),
]


@pytest.mark.parametrize(("body", "expected"), ROLE_VALUES, ids=[b[:40] for b, _ in ROLE_VALUES])
def test_field_values(body: str, expected: tuple[list[str], list[str], list[str]]) -> None:
    assert _roles(body) == [expected]


HEADING_LABELS = [
    "2. Cơ quan chủ trì, phối hợp\na) Cơ quan chủ trì\n- Ban Chỉ đạo quốc gia.\nb) Cơ quan phối hợp\n"
    "- Các Bộ, ngành liên quan.\n3. Thời gian thực hiện: Tháng 12/2013 và thường xuyên.\n",
    "2. Cơ quan chủ trì, phối hợp:\na) Cơ quan chủ trì:\n- Ban Chỉ đạo quốc gia.\nb) Cơ quan phối hợp:\n"
    "- Các Bộ, ngành liên quan.\n3. Thời gian thực hiện: Tháng 12/2013 và thường xuyên.\n",
    "2. CƠ QUAN CHỦ TRÌ, PHỐI HỢP\na) Cơ quan chủ trì\n- Ban Chỉ đạo quốc gia.\nb) Cơ quan phối hợp\n"
    "- Các Bộ, ngành liên quan.\n3. Thời gian thực hiện: Tháng 12/2013 và thường xuyên.\n",
]


@pytest.mark.parametrize("body", HEADING_LABELS, ids=["plain", "colons", "capitals"])
def test_label_used_as_heading(body: str) -> None:
    doc = vnlegal.parse_text(
        HEAD.replace("1. Rà soát văn bản\n", "") + "1. Nội dung: rà soát văn bản.\n" + body
    )
    found = [a for a in doc.assignments if a.source == "field"]
    assert len(found) == 1
    a = found[0]
    assert (a.lead, a.cooperating) == (["Ban Chỉ đạo quốc gia"], ["Các Bộ, ngành liên quan"])
    assert a.time is not None
    assert a.time.text == "Tháng 12/2013 và thường xuyên"
    assert a.time.start is not None
    assert a.time.start.isoformat() == "2013-12-01"


TIMES = [
    ("- Thời gian: thực hiện trong quý III/2021.", "quý III/2021", "2021-07-01", "2021-09-30"),
    ("- Thời gian hoàn thành: Trước ngày 30/6/2025.", "Trước ngày 30/6/2025", None, "2025-06-30"),
    ("- Thời gian: Thường xuyên.", "Thường xuyên", None, None),
    (
        "- Thời gian thực hiện: Năm 2025 và các năm tiếp theo.",
        "Năm 2025 và các năm tiếp theo",
        "2025-01-01",
        None,
    ),
    ("- Thời hạn: Tháng 03/2026.", "Tháng 03/2026", "2026-03-01", "2026-03-31"),
]


@pytest.mark.parametrize(("line", "text", "start", "end"), TIMES, ids=[t[1] for t in TIMES])
def test_field_time_kept_as_written(line: str, text: str, start: str | None, end: str | None) -> None:
    doc = vnlegal.parse_text(HEAD + "- Đơn vị chủ trì: Sở Tư pháp.\n" + line + "\n")
    (a,) = [a for a in doc.assignments if a.source == "field"]
    assert a.time is not None
    assert a.time.text == text
    assert (a.time.start.isoformat() if a.time.start else None) == start
    assert (a.time.end.isoformat() if a.time.end else None) == end
