"""What every Document keeps, whatever the input: shared by the property tests, the thread
tests and the fuzz harnesses (benchmarks/fuzz/)."""

from __future__ import annotations

from vnlegal.model import Document, Span

_PLACES = frozenset({"header", "preamble", "closing"})


def _inside(span: Span | None, n: int, what: str) -> None:
    if span is None:
        return
    assert 0 <= span.start <= span.end <= n, f"{what} span {span.start}..{span.end} outside 0..{n}"


def check_document(doc: Document) -> None:
    """Raise AssertionError when ``doc`` breaks an invariant of the output contract: every
    span indexes inside ``doc.text``, children lie inside their parents, node and footnote ids
    are unique, citations and assignments name existing nodes (or footnotes), a citation's text
    is its span's text, and the JSON round-trips to an equal Document."""
    n = len(doc.text)
    _inside(doc.header.span, n, "header")
    nodes = doc.iter_nodes()
    ids = [node.id for node in nodes]
    assert len(ids) == len(set(ids)), "node ids are unique"
    for node in nodes:
        _inside(node.span, n, f"node {node.id}")
        for child in node.children:
            assert node.span.start <= child.span.start and child.span.end <= node.span.end, (
                f"child {child.id} lies outside {node.id}"
            )
    for att in doc.attachments:
        _inside(att.span, n, f"attachment {att.id}")
    notes = [f.id for f in doc.footnotes]
    assert len(notes) == len(set(notes)), "footnote ids are unique"
    for f in doc.footnotes:
        _inside(f.span, n, f"footnote {f.id}")
        _inside(f.mark, n, f"mark of footnote {f.id}")
        assert doc.text[f.span.start : f.span.end].endswith(f.text), f"footnote {f.id} text is its span's"
    known = set(ids) | _PLACES | set(notes)
    for c in doc.citations:
        _inside(c.span, n, f"citation {c.text!r}")
        assert " ".join(doc.text[c.span.start : c.span.end].split()) == c.text, c.text
        assert c.node_id in known, f"citation in unknown node {c.node_id}"
    for a in doc.assignments:
        # A table row's task is named by the table's id plus ".row_N".
        owner = a.node_id.rsplit(".row_", 1)[0] if a.source == "table" else a.node_id
        assert owner in known, f"assignment in unknown node {a.node_id}"
    again = Document.model_validate_json(doc.model_dump_json())
    assert again == doc, "JSON round-trip"
