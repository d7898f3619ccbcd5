"""Golden files: a reviewable projection of each fixture's parse in ``*.expected.json``.

Regenerate with ``make golden`` (``python -m tests.golden --write``) and review the diff by
eye before committing; ``tests/test_golden.py`` fails when the output drifts from them.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import vnlegal
from vnlegal.model import Document, Node

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "texts"


def _nodes(nodes: list[Node]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for n in nodes:
        item: dict[str, Any] = {"id": n.id, "kind": n.kind}
        if n.label is not None and n.kind not in ("bullet",):
            item["label"] = n.label
        head = n.title or n.text or ""
        if n.kind not in ("paragraph",):
            item["head"] = head.split("\n")[0][:60]
        if n.field is not None:
            item["field"] = [n.field.name, n.field.value[:60]]
        if n.rows is not None:
            item["rows"] = len(n.rows)
        kids = _nodes(n.children)
        if kids:
            item["children"] = kids
        out.append(item)
    return out


def project(doc: Document) -> dict[str, Any]:
    """The parts of a Document a reviewer checks: header, closing, outline, links, tasks."""
    h = doc.header
    sig = doc.closing.signature
    return {
        "metadata": doc.metadata,
        "header": {
            "issuer": h.issuer.name,
            "parent": h.issuer.parent,
            "symbol": h.symbol.model_dump() if h.symbol else None,
            "doc_type": h.doc_type,
            "place": h.place,
            "date": h.date.isoformat() if h.date else None,
            "title": h.title,
            "addressees": h.addressees,
        },
        "closing": {
            "signature": sig.model_dump() if sig else None,
            "recipients": doc.closing.recipients,
        },
        "preamble": len(doc.preamble),
        "body": _nodes(doc.body),
        "attachments": [
            {"kind": a.kind, "title": a.title, "doc_type": a.doc_type, "body": _nodes(a.body)}
            for a in doc.attachments
        ],
        "citations": [
            {
                "text": c.text,
                "key": c.key,
                "relation": c.relation,
                "node": c.node_id,
                "date": c.date.isoformat() if c.date else None,
                "issuer": c.issuer,
            }
            for c in doc.citations
        ],
        "assignments": [a.model_dump(mode="json", exclude_none=True) for a in doc.assignments],
        "warnings": doc.source.warnings,
    }


def expected_path(txt: Path) -> Path:
    """Where the golden file of fixture ``txt`` lives."""
    return txt.with_suffix(".expected.json")


def render(txt: Path) -> str:
    """The golden JSON text for fixture ``txt``."""
    return json.dumps(project(vnlegal.parse(txt)), ensure_ascii=False, indent=1) + "\n"


def main() -> None:
    """Write (``--write``) or check the golden files of every fixture."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--write", action="store_true", help="rewrite the golden files")
    args = ap.parse_args()
    stale = 0
    for txt in sorted(FIXTURES.glob("*.txt")):
        new = render(txt)
        path = expected_path(txt)
        if path.exists() and path.read_text(encoding="utf-8") == new:
            continue
        stale += 1
        if args.write:
            path.write_text(new, encoding="utf-8")
            print(f"wrote {path.name}")
        else:
            print(f"stale {path.name}")
    if not args.write and stale:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
