"""The archive's citation graph (vnlegal.graph): a small archive of real fixture texts and made-up
documents that cite each other; every edge is checked from both ends."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

import vnlegal
from vnlegal import graph
from vnlegal.export.markdown import to_markdown

TEXTS = Path(__file__).resolve().parent.parent / "fixtures" / "texts"
REAL = (
    "046_nghi-dinh_285-2025-nd-cp_bai-bo", "050_thong-tu_14-2024-tt-bct", "054_luat_84-2025-qh15_thanh-tra",
    "003_ke-hoach_09-kh-btnmt_tin-chi-cac-bon_2024", "042_chi-thi_13-ct-ttg_2024",
)  # fmt: skip


def made_up(issuer: str, symbol: str, place: str, date: str, kind: str, title: str, body: str) -> str:
    """A small official document: header, motto, number, place and date, type, title, body."""
    d, m, y = date.split("/")
    return (
        f"{issuer}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: {symbol}\n"
        f"{place}, ngày {d} tháng {m} năm {y}\n\n{kind}\n{title}\n\n{body}\n"
    )


_PLAN = (
    "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n\nI. MỤC ĐÍCH\n\n1. Triển khai có hiệu quả quy định."
)
MADE_UP = {
    "nd35": made_up(
        "CHÍNH PHỦ",
        "35/2005/NĐ-CP",
        "Hà Nội",
        "17/03/2005",
        "NGHỊ ĐỊNH",
        "VỀ VIỆC XỬ LÝ KỶ LUẬT",
        "Điều 1. Phạm vi điều chỉnh\n\nNghị định này quy định việc xử lý kỷ luật.\n\n"
        "Điều 2. Hiệu lực thi hành\n\nNghị định này có hiệu lực sau 15 ngày kể từ ngày đăng Công báo.",
    ),
    "tt10": made_up(
        "BỘ CÔNG THƯƠNG",
        "10/2026/TT-BCT",
        "Hà Nội",
        "15/01/2026",
        "THÔNG TƯ",
        "SỬA ĐỔI MỘT SỐ ĐIỀU",
        "Căn cứ Nghị định số 285/2025/NĐ-CP ngày 03 tháng 11 năm 2025 của Chính phủ bãi bỏ một số nghị "
        "định của Chính phủ;\n\nBộ trưởng Bộ Công Thương ban hành Thông tư sửa đổi một số điều.\n\n"
        "Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số 14/2024/TT-BCT ngày 15 tháng 8 năm 2024 "
        "của Bộ trưởng Bộ Công Thương\n\n1. Sửa đổi khoản 1 Điều 2 như sau: nội dung mới.\n\n"
        "Điều 2. Hiệu lực thi hành\n\n1. Thông tư này có hiệu lực kể từ ngày 01 tháng 3 năm 2026 và thay "
        "thế Thông tư số 09/2025/TT-BCT ngày 10 tháng 3 năm 2025 của Bộ trưởng Bộ Công Thương.\n\n"
        "2. Thông tư này hướng dẫn Nghị định số 35/2005/NĐ-CP.",
    ),
    "tt09": made_up(
        "BỘ CÔNG THƯƠNG",
        "09/2025/TT-BCT",
        "Hà Nội",
        "10/03/2025",
        "THÔNG TƯ",
        "QUY ĐỊNH VỀ AN TOÀN ĐIỆN",
        "Điều 1. Phạm vi điều chỉnh\n\nThông tư này quy định về an toàn điện.",
    ),
    "qd40_laocai": made_up(
        "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI",
        "40/2026/QĐ-UBND",
        "Lào Cai",
        "10/01/2026",
        "QUYẾT ĐỊNH",
        "BAN HÀNH QUY ĐỊNH VỀ QUẢN LÝ CHỢ",
        "Điều 1. Ban hành kèm theo Quyết định này Quy định về quản lý chợ.",
    ),
    "qd40_yenbai": made_up(
        "ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI",
        "40/2026/QĐ-UBND",
        "Yên Bái",
        "10/01/2026",
        "QUYẾT ĐỊNH",
        "BAN HÀNH QUY ĐỊNH VỀ PHÍ",
        "Điều 1. Ban hành kèm theo Quyết định này Quy định về phí.",
    ),
    # Another province's plan names the issuer: resolved by it; the Luật by name and date.
    "kh12_hagiang": made_up(
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG",
        "12/KH-UBND",
        "Hà Giang",
        "20/01/2026",
        "KẾ HOẠCH",
        "TRIỂN KHAI",
        "Thực hiện Quyết định số 40/2026/QĐ-UBND ngày 10/01/2026 của UBND tỉnh Lào Cai; Luật Thanh tra "
        "ngày 25 tháng 6 năm 2025, " + _PLAN,
    ),
    # No issuer written, and the plan's province issued neither: left ambiguous.
    "kh13_lamdong": made_up(
        "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG",
        "13/KH-UBND",
        "Lâm Đồng",
        "21/01/2026",
        "KẾ HOẠCH",
        "TRIỂN KHAI",
        "Thực hiện Quyết định số 40/2026/QĐ-UBND, " + _PLAN,
    ),
    # No issuer written: the plan's own province issued one of them.
    "kh14_yenbai": made_up(
        "ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI",
        "14/KH-UBND",
        "Yên Bái",
        "22/01/2026",
        "KẾ HOẠCH",
        "TRIỂN KHAI",
        "Thực hiện Quyết định số 40/2026/QĐ-UBND, " + _PLAN,
    ),
}

# (citing, relation, cited): every edge the archive must have, and no other.
EXPECTED = {
    ("046_nghi-dinh_285-2025-nd-cp_bai-bo", "repeals", "nd35"),
    ("tt10", "basis", "046_nghi-dinh_285-2025-nd-cp_bai-bo"),
    ("tt10", "amends", "050_thong-tu_14-2024-tt-bct"),
    ("tt10", "replaces", "tt09"),
    ("tt10", "guides", "nd35"),
    ("kh12_hagiang", "implements", "qd40_laocai"),
    ("kh12_hagiang", "implements", "054_luat_84-2025-qh15_thanh-tra"),
    ("kh14_yenbai", "implements", "qd40_yenbai"),
    ("003_ke-hoach_09-kh-btnmt_tin-chi-cac-bon_2024", "implements", "042_chi-thi_13-ct-ttg_2024"),
    ("003_ke-hoach_09-kh-btnmt_tin-chi-cac-bon_2024", "reference", "042_chi-thi_13-ct-ttg_2024"),
}


def _name(path: str) -> str:
    return Path(path).stem


@pytest.fixture(scope="module")
def archive() -> list[vnlegal.Document]:
    docs = [vnlegal.parse(str(TEXTS / f"{n}.txt")) for n in REAL]
    for name, text in MADE_UP.items():
        doc = vnlegal.parse_text(text)
        doc.source.path = f"made-up/{name}.txt"
        docs.append(doc)
    # The same decree again, as another file of the archive (a .docx beside its .txt).
    copy = vnlegal.parse_text(MADE_UP["nd35"])
    copy.source.path = "made-up/copies/nd35.docx"
    docs.append(copy)
    return docs


@pytest.fixture(scope="module")
def g(archive: list[vnlegal.Document]) -> graph.Graph:
    return graph.build(archive)


def test_every_edge_both_ways(g: graph.Graph) -> None:
    found = {(_name(e.source), e.relation, _name(e.target)) for e in g.edges}
    assert found == EXPECTED
    for e in g.edges:
        assert e in g.outgoing(e.source) and e in g.outgoing(e.source, e.relation)
        assert e in g.incoming(e.target) and e in g.incoming(e.target, e.inverse)
        assert e.inverse == graph.INVERSE[e.relation]
    # Nothing dangles: the edges out of each document are the edges into the others.
    outs = {e for d in g.documents for e in g.outgoing(d)}
    ins = {e for d in g.documents for e in g.incoming(d)}
    assert outs == ins == set(g.edges)
    amended = next(d for d in g.documents if d.endswith("050_thong-tu_14-2024-tt-bct.txt"))
    assert [(_name(e.source), e.inverse) for e in g.incoming(amended)] == [("tt10", "amended by")]


def test_methods_and_ambiguity(g: graph.Graph) -> None:
    method = {(_name(e.source), _name(e.target)): e.method for e in g.edges}
    assert method["kh12_hagiang", "qd40_laocai"] == "symbol+issuer"
    assert method["kh14_yenbai", "qd40_yenbai"] == "symbol+own issuer"
    assert method["kh12_hagiang", "054_luat_84-2025-qh15_thanh-tra"] == "name+date"
    assert method["tt10", "tt09"] == "symbol"
    # A document in two files is one target: the copy listed first, and the method says so.
    assert method["tt10", "nd35"] == "symbol+copies"
    [amb] = g.ambiguous
    assert amb.key == "40/2026/QĐ-UBND" and amb.mentions == 1
    assert [_name(c) for c in amb.candidates] == ["qd40_laocai", "qd40_yenbai"]
    assert [_name(c) for c in amb.cited_by] == ["kh13_lamdong"]


def test_unresolved_are_counted(g: graph.Graph, archive: list[vnlegal.Document]) -> None:
    by_key = {u.key: u for u in g.unresolved}
    # Nghị định 285/2025 repeals eight decrees; only 35/2005 is in the archive.
    assert "105/2006/NĐ-CP" in by_key and "35/2005/NĐ-CP" not in by_key
    counted = sum(u.mentions for u in g.unresolved) + sum(e.mentions for e in g.edges)
    counted += sum(a.mentions for a in g.ambiguous) + g.self_citations
    cited = sum(1 for d in archive for c in d.citations if not c.internal and c.key and c.key != "self")
    assert counted == cited  # every mention is an edge, unresolved, ambiguous, or self
    assert g.unresolved == sorted(g.unresolved, key=lambda u: (-u.mentions, u.key))


def test_scheme_and_markdown(g: graph.Graph, archive: list[vnlegal.Document]) -> None:
    nd35 = next(d for d in archive if d.source.path == "made-up/nd35.txt")
    scheme = dict(g.scheme(nd35))
    assert scheme == {
        "Văn bản hướng dẫn": ["Thông tư 10/2026/TT-BCT (2026-01-15, Bộ Công Thương): Sửa đổi một số điều"],
        "Văn bản bãi bỏ": [
            "Nghị định 285/2025/NĐ-CP (2025-11-03, Chính phủ): Bãi bỏ một số nghị định của Chính phủ"
        ],
    }
    md = to_markdown(nd35, graph=g)
    assert "# Lược đồ" in md and "## Văn bản bãi bỏ" in md
    assert "# Lược đồ" not in to_markdown(nd35)
    assert to_markdown(nd35, graph=graph.build([])) == to_markdown(nd35)


def test_exports(g: graph.Graph, tmp_path: Path) -> None:
    written = g.write(tmp_path, ["csv", "graphml"])
    assert sorted(p.name for p in written) == [
        "ambiguous.csv", "documents.csv", "edges.csv", "graph.graphml", "unresolved.csv",
    ]  # fmt: skip
    with open(tmp_path / "edges.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert {(_name(r["source"]), r["relation"], _name(r["target"])) for r in rows} == EXPECTED
    assert all(r["inverse"] == graph.INVERSE[r["relation"]] for r in rows)
    root = ET.parse(tmp_path / "graph.graphml").getroot()
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    assert len(root.findall(".//g:node", ns)) == len(g.documents)
    assert len(root.findall(".//g:edge", ns)) == len(EXPECTED)
    with pytest.raises(ValueError):
        g.write(tmp_path, ["xlsx"])


def test_parquet(g: graph.Graph, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    g.write(tmp_path, ["parquet"])
    table = pq.read_table(tmp_path / "edges.parquet")
    assert table.num_rows == len(EXPECTED)
    assert table.schema.field("mentions").type == "int64"


def test_load_batch_output(archive: list[vnlegal.Document], tmp_path: Path) -> None:
    """``load`` reads per-document JSON (ids relative to OUTDIR) and documents.jsonl."""
    per_file = tmp_path / "json"
    for doc in archive:
        out = per_file / f"{_name(doc.source.path or '')}.txt.json"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(doc.model_dump_json(), encoding="utf-8")
    (per_file / "_summary.json").write_text("{}", encoding="utf-8")
    g1 = graph.build(graph.load(per_file))
    assert {(e.source, e.relation, e.target) for e in g1.edges} == {
        (f"{a}.txt", rel, f"{b}.txt") for a, rel, b in EXPECTED
    }
    jsonl = tmp_path / "jsonl"
    jsonl.mkdir()
    (jsonl / "documents.jsonl").write_text("".join(d.model_dump_json() + "\n" for d in archive), "utf-8")
    g2 = graph.build(graph.load(jsonl))
    assert {(_name(e.source), e.relation, _name(e.target)) for e in g2.edges} == EXPECTED
    with pytest.raises(FileNotFoundError):
        list(graph.load(tmp_path / "nothing"))
    (tmp_path / "empty").mkdir()
    with pytest.raises(FileNotFoundError):
        list(graph.load(tmp_path / "empty"))
    assert json.loads((per_file / "_summary.json").read_text()) == {}
