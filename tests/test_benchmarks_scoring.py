"""Scoring functions of benchmarks/accuracy.py on small hand-made gold and Documents."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from vnlegal.model import Assignment, Attachment, Citation, Document, Node, Pinpoint, Signature, Span, Symbol

from .readers_support import scorer

acc = scorer()
SP = Span(start=0, end=0)


def node(id_: str, kind: str, label: str | None, *children: Node) -> Node:
    return Node(id=id_, kind=kind, label=label, span=SP, children=list(children))


def cit(
    text: str,
    symbol: str | None = None,
    *,
    doc_type: str | None = None,
    name: str | None = None,
    date: str | None = None,
    issuer: str | None = None,
    relation: str = "reference",
    start: int = 0,
    internal: bool = False,
    pinpoint: Pinpoint | None = None,
) -> Citation:
    return Citation(
        text=text,
        span=Span(start=start, end=start + len(text)),
        doc_type=doc_type,
        symbol=Symbol(text=symbol, number="") if symbol else None,
        name=name,
        date=dt.date.fromisoformat(date) if date else None,
        issuer=issuer,
        relation=relation,  # type: ignore[arg-type]
        internal=internal,
        pinpoint=pinpoint,
    )


def gcit(symbol: str | None, **kw: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "text": kw.pop("text", symbol or kw.get("name") or ""),
        "doc_type": None,
        "symbol": symbol,
        "name": None,
        "date": None,
        "issuer": None,
        "relation": "reference",
    }
    base.update(kw)
    return base


# --- primitives -------------------------------------------------------------------------


def test_prf_numbers() -> None:
    prf = acc.multiset_prf(["a", "a", "b", "c"], ["a", "b", "b", "d", "e"])
    assert (prf.tp, prf.fp, prf.fn) == (2, 3, 2)
    assert prf.precision == pytest.approx(0.4)
    assert prf.recall == pytest.approx(0.5)
    assert prf.f1 == pytest.approx(2 * 0.4 * 0.5 / 0.9)


def test_prf_empty_sides() -> None:
    both = acc.multiset_prf([], [])
    assert (both.precision, both.recall, both.f1) == (None, None, None)
    nothing_found = acc.multiset_prf(["x"], [])
    assert (nothing_found.precision, nothing_found.recall, nothing_found.f1) == (None, 0.0, 0.0)
    only_extra = acc.multiset_prf([], ["x"])
    assert (only_extra.precision, only_extra.recall, only_extra.f1) == (0.0, None, 0.0)


def test_fold_and_symbol_keys() -> None:
    assert acc.fold_text("UỶ BAN  NHÂN DÂN tỉnh Khánh Hoà.") == acc.fold_text(
        "Ủy ban nhân dân tỉnh Khánh Hòa"
    )
    assert acc.fold_text("Sở Y tế;") == "sở y tế"
    assert acc.fold_text("  ") is None
    assert acc.norm_symbol("13/CT-TTG") == acc.norm_symbol("13/CT-TTg")
    assert acc.norm_symbol(" 16 /2026/QĐ–UBND") == acc.norm_symbol("16/2026/QĐ-UBND")
    assert acc.norm_symbol("16/2026/QĐ-UBND") != acc.norm_symbol("16/2025/QĐ-UBND")


def test_align_pairs_repeated_mentions_in_order() -> None:
    pairs = acc.align(list("ABAC"), list("XAABC"), lambda g, o: g == o)
    # A-A, A-A, C-C (as long as A-B-C); the earliest pairing is taken
    assert pairs == [(0, 1), (2, 2), (3, 4)]


# --- header -----------------------------------------------------------------------------

GOLD_HEADER: dict[str, Any] = {
    "symbol": "13/CT-TTg",
    "doc_type": "Chỉ thị",
    "issuer_name": "Ủy ban nhân dân tỉnh Khánh Hòa",
    "issuer_parent": None,
    "place": "Hà Nội",
    "date": "2024-05-02",
    "title": "Về tăng cường công tác quản lý",
    "signer_name": "Phạm Minh Chính",
    "signer_position": "THỦ TƯỚNG",
    "recipients": None,
}


def test_header_fields() -> None:
    doc = Document()
    doc.header.symbol = Symbol(text="13/CT-TTG", number="13")  # case differs: still correct
    doc.header.doc_type = "Chỉ thị"
    doc.header.issuer.name = "UỶ BAN NHÂN DÂN TỈNH KHÁNH HOÀ"  # old tone placement, caps
    doc.header.issuer.parent = "Chính phủ"  # gold null: wrong
    doc.header.place = None  # gold "Hà Nội": wrong
    doc.header.date = dt.date(2024, 5, 2)
    doc.header.title = "VỀ TĂNG CƯỜNG  CÔNG TÁC QUẢN LÝ."  # whitespace + trailing period
    doc.closing.signature = Signature(name="Phạm Minh Chính", position="PHÓ THỦ TƯỚNG")
    doc.closing.recipients = []  # empty list == null
    ok = acc.score_header(GOLD_HEADER, acc.our_header(doc))
    assert ok == {
        "symbol": True,
        "doc_type": True,
        "issuer_name": True,
        "issuer_parent": False,
        "place": False,
        "date": True,
        "title": True,
        "signer_name": True,
        "signer_position": False,
        "recipients": True,
    }
    doc.closing.recipients = ["Như trên", "Lưu: VT"]
    assert acc.score_header({**GOLD_HEADER, "recipients": 2}, acc.our_header(doc))["recipients"]
    assert not acc.score_header(GOLD_HEADER, acc.our_header(doc))["recipients"]
    assert acc.score_header(GOLD_HEADER, None) == dict.fromkeys(acc.HEADER_FIELDS, False)


# --- outline ----------------------------------------------------------------------------


def _outline_doc() -> Document:
    doc = Document()
    doc.body = [
        node(
            "I",
            "section",
            "I",
            node("I.1", "item", "1"),
            # a labelled point hanging below a bullet still counts, under the item path
            node("I.2", "item", "2.", node("I.2.-", "bullet", "-", node("I.2.a", "point", "a"))),
        ),
        node("II", "section", "II", node("II.p", "paragraph", None), node("II.3", "item", "3")),
        node("III", "section", "III"),  # extra
    ]
    doc.attachments = [
        Attachment(
            kind="attached_document",
            id="att1",
            body=[node("att1.I", "chapter", "I", node("att1.d1", "article", "1"))],
        )
    ]
    return doc


def _gold_outline(depth: str = "full") -> dict[str, Any]:
    paths = [
        ["section:I"],
        ["section:I", "item:1"],
        ["section:I", "item:2"],
        ["section:I", "item:2", "point:a"],
        ["section:II"],
        ["section:II", "item:1"],  # missing (ours has item 3)
        ["attachment:1", "chapter:I"],
        ["attachment:1", "chapter:I", "article:1"],
    ]
    return {
        "outline_depth": depth,
        "outline": [{"path": p, "kind": p[-1].split(":")[0], "heading": ""} for p in paths],
    }


def test_outline_full() -> None:
    gold, doc = _gold_outline(), _outline_doc()
    ours = acc.our_outline_paths(doc, "full")
    assert ("section:i", "item:2", "point:a") in ours
    assert ("attachment:1", "chapter:i", "article:1") in ours
    prf = acc.multiset_prf(acc.gold_outline_paths(gold), ours)
    # gold 8, ours 9 (I, I.1, I.2, I.2.a, II, II.3, III, att chapter, att article), tp 7
    assert (prf.tp, prf.fp, prf.fn) == (7, 2, 1)
    assert prf.precision == pytest.approx(7 / 9)
    assert prf.recall == pytest.approx(7 / 8)
    assert prf.f1 == pytest.approx(14 / 17)


def test_outline_article_depth_keeps_structural_units_only() -> None:
    gold, doc = _gold_outline("article"), _outline_doc()
    assert acc.gold_outline_paths(gold) == [
        ("section:i",),
        ("section:ii",),
        ("attachment:1", "chapter:i"),
        ("attachment:1", "chapter:i", "article:1"),
    ]
    result = acc.score_document(gold, doc)
    assert (result.outline.tp, result.outline.fp, result.outline.fn) == (4, 1, 0)
    assert result.outline_extra == [("section:iii",)]


def test_outline_duplicates_count() -> None:
    gold = {"outline": [{"path": ["item:1"]}, {"path": ["item:1"]}]}
    doc = Document(body=[node("1", "item", "1")])
    prf = acc.multiset_prf(acc.gold_outline_paths(gold), acc.our_outline_paths(doc))
    assert (prf.tp, prf.fp, prf.fn) == (1, 0, 1)


# --- citations --------------------------------------------------------------------------


def test_citations_alignment_and_attributes() -> None:
    gold = [
        gcit("72/2015/NĐ-CP", doc_type="Nghị định", date="2015-09-07", issuer="Chính phủ",
             relation="basis"),
        gcit("1191/QĐ-TTg", doc_type="Quyết định", date="2020-08-05", relation="basis"),
        gcit(None, doc_type="Luật", name="Luật Hộ tịch", relation="implements",
             pinpoint={"article": "5", "clause": "2"}),
        gcit("1191/QĐ-TTg", doc_type="Quyết định", issuer="Thủ tướng Chính phủ"),
        gcit("99/2020/TT-BTC", doc_type="Thông tư"),  # missed
    ]  # fmt: skip
    doc = Document(
        citations=[
            cit("Quyết định 1191", "1191/QĐ-TTG", doc_type="Quyết định", date="2020-08-05",
                issuer="Thủ tướng", relation="implements", start=20),
            cit("NĐ 72", "72/2015/NĐ-CP", doc_type="Nghị định", date="2015-09-07",
                issuer="Chính Phủ.", relation="basis", start=0),
            cit("Điều 3 Quyết định này", doc_type="Quyết định", internal=True, start=30),
            cit("Luật Hộ tịch năm 2014", name="Luật Hộ tịch năm 2014", doc_type="Luật",
                relation="implements", start=40,
                pinpoint=Pinpoint(article="5", clause="2")),
            cit("Quyết định 1191", "1191/QĐ-TTg", doc_type="Nghị định", start=60),  # type clash
            cit("Quyết định 1191", "1191/QĐ-TTg", start=70, issuer="Thủ tướng Chính phủ"),
            cit("Luật Đất đai", name="Luật Đất đai", doc_type="Luật", start=80),  # extra
        ]
    )  # fmt: skip
    ours = acc.our_citations(doc)
    assert [c.text for c in ours][:2] == ["NĐ 72", "Quyết định 1191"]  # sorted, internal gone
    assert len(ours) == 6
    score = acc.score_citations([acc.CitationRecord.from_gold(g) for g in gold], ours)
    assert score.pairs == [(0, 0), (1, 1), (2, 2), (3, 4)]
    assert (score.prf.tp, score.prf.fp, score.prf.fn) == (4, 2, 1)
    assert score.prf.precision == pytest.approx(4 / 6)
    assert score.prf.recall == pytest.approx(4 / 5)
    assert score.prf.f1 == pytest.approx(8 / 11)
    a = {k: (r.correct, r.total) for k, r in score.attrs.items()}
    assert a == {
        "date": (4, 4),
        "issuer": (3, 4),  # 2nd pair: gold null, ours "Thủ tướng"; null vs null counts
        "doc_type": (3, 4),  # 4th pair: gold Quyết định, ours null -> not equal
        "relation": (3, 4),  # 2nd pair: basis vs implements
        "pinpoint": (4, 4),
    }
    assert acc.unmatched(score, gold_side=True) == [4]
    assert acc.unmatched(score, gold_side=False) == [3, 5]


def test_citation_match_rules() -> None:
    g = acc.CitationRecord(symbol="31/2024/QH15", name="Luật Đất đai", doc_type="Luật")
    assert acc.citation_match(g, acc.CitationRecord(name="Luật đất đai"))  # by name
    assert acc.citation_match(g, acc.CitationRecord(symbol="31/2024/qh15"))
    assert not acc.citation_match(g, acc.CitationRecord(symbol="45/2024/QH15", name="Luật Đất đai"))
    assert not acc.citation_match(g, acc.CitationRecord(name="Luật Nhà ở"))
    assert not acc.citation_match(
        g, acc.CitationRecord(symbol="31/2024/QH15", doc_type="Nghị quyết")
    )


# --- assignments ------------------------------------------------------------------------


def test_assignments_f1_and_paths() -> None:
    gold = {
        "assignments": [
            {"path": ["section:II", "item:1"], "lead": ["Sở Tài chính"],
             "implementers": ["Ủy ban nhân dân các huyện, thị xã, thành phố", "Sở Y tế"],
             "cooperating": []},
            {"path": ["attachment:1", "row:2"], "lead": ["Cục Biến đổi khí hậu"],
             "implementers": [], "cooperating": ["Vụ Pháp chế"]},
        ]
    }  # fmt: skip
    table = Node(id="att1.t", kind="table", span=SP, rows=[["Nhiệm vụ", "Chủ trì"]])
    doc = Document(
        body=[
            node("II", "section", "II", node("II.1", "item", "1", node("II.1.-", "bullet", "-")))
        ],
        attachments=[Attachment(kind="appendix", id="att1", body=[table])],
        assignments=[
            Assignment(node_id="II.1.-", source="field", task="t", lead=["Sở Tài chính."],
                       implementers=["ỦY BAN NHÂN DÂN các huyện, thị xã, thành phố;"],
                       cooperating=["Sở Y tế"]),
            Assignment(node_id="att1.t.row_3", source="table", task="t",
                       lead=["Cục Biến đổi khí hậu"], cooperating=["Vụ Pháp chế"]),
        ],
    )  # fmt: skip
    paths = acc.node_label_paths(doc)
    assert acc.resolve_node_path("II.1.-", paths) == ("section:ii", "item:1")
    assert acc.resolve_node_path("att1.t.row_3", paths) == ("attachment:1", "row:3")
    assert acc.resolve_node_path("nowhere", paths) is None
    score = acc.score_assignments(acc.gold_assignment_units(gold), acc.our_assignment_units(doc))
    # gold 5 units, ours 5; "Sở Y tế" has the wrong role -> tp 4
    assert (score.prf.tp, score.prf.fp, score.prf.fn) == (4, 1, 1)
    assert score.prf.f1 == pytest.approx(0.8)
    assert (score.by_role["implementers"].tp, score.by_role["implementers"].fn) == (1, 1)
    assert (score.by_role["cooperating"].tp, score.by_role["cooperating"].fp) == (1, 1)
    # II.1 pairs sit at the gold path; the table pairs point at row 3 instead of row 2
    assert (score.path_ok.correct, score.path_ok.total) == (2, 4)
    assert score.missing == [("implementers", "sở y tế")]
    assert score.extra == [("cooperating", "sở y tế")]


# --- a whole document -------------------------------------------------------------------


def test_failed_parse_scores_all_wrong() -> None:
    gold = {
        "header": GOLD_HEADER,
        "outline_depth": "full",
        "outline": _gold_outline()["outline"],
        "citations": [gcit("72/2015/NĐ-CP")],
        "assignments": [{"path": ["item:1"], "lead": ["Sở X"], "implementers": [],
                         "cooperating": []}],
    }  # fmt: skip
    r = acc.score_document(gold, None, name="x", error="ValueError: boom")
    assert (r.header_ratio.correct, r.header_ratio.total) == (0, 10)
    assert (r.outline.tp, r.outline.fn, r.outline.recall) == (0, 8, 0.0)
    assert (r.citations.prf.fn, r.citations.prf.f1) == (1, 0.0)
    assert (r.assignments.prf.fn, r.assignments.prf.f1) == (1, 0.0)
    totals = acc.Totals()
    totals.add(r)
    assert totals.errors == 1
    assert totals.to_json()["header"]["accuracy"] == 0.0
    assert "PARSE ERROR" in acc.render_details(r)
    assert "TOTAL" in acc.render_table([r], totals)
