"""Accuracy benchmark: score ``vnlegal.parse()`` against the gold annotations of a corpus.

For every ``*.txt`` in the corpus folder that has a gold file ``<corpus>/gold/<stem>.json``
(format: ``<corpus>/gold/README.md``) the document is parsed and compared with the gold on:

* header fields -- symbol, doc_type, issuer_name, issuer_parent, place, date, title,
  signer_name, signer_position, recipients (count); accuracy = correct / compared;
* outline -- precision / recall / F1 of labelled units matched by their full label path
  (``("section:II", "item:1")``), as multisets; at ``outline_depth == "article"`` only
  part/chapter/section/subsection/article are kept on both sides;
* citations -- external citations aligned with the gold in text order (longest common
  subsequence over "same document" pairs); P/R/F1, and over matched pairs the accuracy of
  date, issuer, doc_type, relation and pinpoint;
* assignments -- F1 of (role, unit) pairs (role in lead / implementers / cooperating), as a
  multiset per document, plus how many matched pairs also sit at the gold outline path.

A parse exception counts as all-wrong for that document; the run continues.

Run from the repository root::

    .venv/bin/python benchmarks/accuracy.py                 # default corpus ../shared/corpus/dev
    .venv/bin/python benchmarks/accuracy.py --corpus DIR --json out.json --details
    .venv/bin/python benchmarks/accuracy.py --binary DIR    # also the binary files (PDF, DOCX ...)

``--binary DIR`` scores the binary files of DIR whose name starts with a key of
``BINARY_GOLD`` against the gold of their text version (B06 is the DOCX of text 004, B08 of
050; "B06.pdf", "B06.doc", "B06.html" are the same document converted), and lists the other
binary files with their parse result.

The scoring functions are importable (see tests/test_benchmarks_scoring.py).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
import traceback
import unicodedata
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from vnlegal.lang import nlp
from vnlegal.lang.fold import fold
from vnlegal.model import Citation, Document, Node

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "corpus" / "dev"

HEADER_FIELDS: tuple[str, ...] = (
    "symbol",
    "doc_type",
    "issuer_name",
    "issuer_parent",
    "place",
    "date",
    "title",
    "signer_name",
    "signer_position",
    "recipients",
)
OUTLINE_KINDS = frozenset(
    {"part", "chapter", "section", "subsection", "article", "item", "subitem", "point"}
)
ARTICLE_KINDS = frozenset({"part", "chapter", "section", "subsection", "article"})
ROLES: tuple[str, ...] = ("lead", "implementers", "cooperating")
CITATION_ATTRS: tuple[str, ...] = ("date", "issuer", "doc_type", "relation", "pinpoint")
PINPOINT_KEYS: tuple[str, ...] = ("article", "clause", "point")

Path_ = tuple[str, ...]

# --- normalization ----------------------------------------------------------------------

_DASHES = re.compile(r"[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]")
_SPACES = re.compile(r"\s+")
_TRAILING = " .;:"


def fold_text(value: str | None) -> str | None:
    """Comparison key for free text: NFC, tone placement folded, casefolded, whitespace
    collapsed, trailing ". ; :" stripped. Empty -> None."""
    if value is None:
        return None
    key = fold(value).casefold()
    key = " ".join(key.split()).rstrip(_TRAILING)
    return key or None


def norm_symbol(value: str | None) -> str | None:
    """Comparison key for a number/symbol: NFC, dashes unified, no spaces, casefolded."""
    if value is None:
        return None
    key = _SPACES.sub("", _DASHES.sub("-", unicodedata.normalize("NFC", value)))
    key = key.strip(".,;:").casefold()
    return key or None


def norm_label(label: str | None) -> str:
    """Outline label key: NFC, stripped of blanks, dots and brackets, casefolded."""
    if label is None:
        return ""
    return unicodedata.normalize("NFC", label).strip().strip(".)( ").casefold()


def path_element(kind: str, label: str | None) -> str:
    """One element of an outline path: ``"item:1"``."""
    return f"{kind}:{norm_label(label)}"


def norm_path(path: Iterable[str]) -> Path_:
    """Normalize a gold path (``["section:II", "item:1"]``) to the key used for matching."""
    out: list[str] = []
    for element in path:
        kind, _, label = element.partition(":")
        out.append(f"{kind.strip()}:{norm_label(label)}")
    return tuple(out)


# --- generic P/R/F1 ---------------------------------------------------------------------


@dataclass
class PRF:
    """Counts of one precision/recall measurement; ratios are None when undefined."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def gold(self) -> int:
        return self.tp + self.fn

    @property
    def ours(self) -> int:
        return self.tp + self.fp

    @property
    def precision(self) -> float | None:
        return self.tp / self.ours if self.ours else None

    @property
    def recall(self) -> float | None:
        return self.tp / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        """Harmonic mean; 0 when one side is empty and the other not; None when both are."""
        if not self.gold and not self.ours:
            return None
        p, r = self.precision or 0.0, self.recall or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def __iadd__(self, other: PRF) -> PRF:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    def to_json(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "gold": self.gold,
            "ours": self.ours,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


def multiset_prf(gold: Iterable[Hashable], ours: Iterable[Hashable]) -> PRF:
    """P/R/F1 counts of two multisets (duplicates count)."""
    g, o = Counter(gold), Counter(ours)
    tp = sum((g & o).values())
    return PRF(tp=tp, fp=sum(o.values()) - tp, fn=sum(g.values()) - tp)


@dataclass
class Ratio:
    """correct / total."""

    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def add(self, ok: bool) -> None:
        self.total += 1
        self.correct += int(ok)

    def __iadd__(self, other: Ratio) -> Ratio:
        self.correct += other.correct
        self.total += other.total
        return self

    def to_json(self) -> dict[str, Any]:
        return {"correct": self.correct, "total": self.total, "accuracy": self.value}


# --- header -----------------------------------------------------------------------------


def our_header(doc: Document) -> dict[str, Any]:
    """The header fields of a parsed document, in the gold's vocabulary."""
    h, c = doc.header, doc.closing
    sig = c.signature
    return {
        "symbol": h.symbol.text if h.symbol else None,
        "doc_type": h.doc_type,
        "issuer_name": h.issuer.name,
        "issuer_parent": h.issuer.parent,
        "place": h.place,
        "date": h.date.isoformat() if h.date else None,
        "title": h.title,
        "signer_name": sig.name if sig else None,
        "signer_position": sig.position if sig else None,
        # An empty list means "no Nơi nhận block" (gold: null).
        "recipients": len(c.recipients) or None,
    }


def header_value_equal(name: str, gold: Any, ours: Any) -> bool:
    """Compare one header field; null vs null counts as equal."""
    if name == "symbol":
        return norm_symbol(gold) == norm_symbol(ours)
    if name == "recipients":
        return (gold or None) == (ours or None)
    if name == "date":
        g = gold.isoformat() if isinstance(gold, dt.date) else (gold or None)
        o = ours.isoformat() if isinstance(ours, dt.date) else (ours or None)
        return g == o
    return fold_text(gold) == fold_text(ours)


def score_header(gold_header: dict[str, Any], ours: dict[str, Any] | None) -> dict[str, bool]:
    """Per field: correct or not. ``ours=None`` (parse failed) makes every field wrong."""
    if ours is None:
        return dict.fromkeys(HEADER_FIELDS, False)
    return {
        f: header_value_equal(f, gold_header.get(f), ours.get(f)) for f in HEADER_FIELDS
    }


# --- outline ----------------------------------------------------------------------------


def _kind(element: str) -> str:
    return element.partition(":")[0]


def gold_outline_paths(gold: dict[str, Any]) -> list[Path_]:
    """Gold outline paths, filtered to article level when ``outline_depth == "article"``."""
    article_only = gold.get("outline_depth") == "article"
    out: list[Path_] = []
    for unit in gold.get("outline") or []:
        path = norm_path(unit["path"])
        if not path:
            continue
        if article_only:
            if _kind(path[-1]) not in ARTICLE_KINDS:
                continue
            path = tuple(e for e in path if _kind(e) in ARTICLE_KINDS or _kind(e) == "attachment")
        out.append(path)
    return out


def _walk(
    nodes: Sequence[Node],
    prefix: Path_,
    kinds: frozenset[str],
    visit: Callable[[Node, Path_, bool], None],
) -> None:
    """Depth-first; ``visit(node, path, counted)``: path of counted ancestors (+ itself)."""
    for node in nodes:
        counted = node.kind in kinds
        path = (*prefix, path_element(node.kind, node.label)) if counted else prefix
        visit(node, path, counted)
        _walk(node.children, path, kinds, visit)


def our_outline_paths(doc: Document, depth: str = "full") -> list[Path_]:
    """Label paths of our labelled units in text order (body, then each attachment)."""
    kinds = ARTICLE_KINDS if depth == "article" else OUTLINE_KINDS
    out: list[Path_] = []

    def visit(_node: Node, path: Path_, counted: bool) -> None:
        if counted:
            out.append(path)

    _walk(doc.body, (), kinds, visit)
    for i, att in enumerate(doc.attachments):
        _walk(att.body, (f"attachment:{i + 1}",), kinds, visit)
    return out


def node_label_paths(doc: Document) -> dict[str, Path_]:
    """Map every node id to the label path of its labelled ancestors (itself included)."""
    out: dict[str, Path_] = {}

    def visit(node: Node, path: Path_, _counted: bool) -> None:
        out.setdefault(node.id, path)

    _walk(doc.preamble, (), OUTLINE_KINDS, visit)
    _walk(doc.body, (), OUTLINE_KINDS, visit)
    for i, att in enumerate(doc.attachments):
        prefix = (f"attachment:{i + 1}",)
        if att.id:
            out.setdefault(att.id, prefix)
        _walk(att.preamble, prefix, OUTLINE_KINDS, visit)
        _walk(att.body, prefix, OUTLINE_KINDS, visit)
    return out


_ROW_ID = re.compile(r"^(?P<base>.*)\.row_(?P<n>\d+)$")


def resolve_node_path(node_id: str, paths: dict[str, Path_]) -> Path_ | None:
    """Label path of a node id; a table row ``<table id>.row_N`` -> table path + "row:N"."""
    if node_id in paths:
        return paths[node_id]
    m = _ROW_ID.match(node_id)
    if m and m["base"] in paths:
        return (*paths[m["base"]], f"row:{int(m['n'])}")
    return None


# --- citations --------------------------------------------------------------------------


@dataclass
class CitationRecord:
    """A citation reduced to the fields the gold carries (both sides use this type)."""

    text: str = ""
    doc_type: str | None = None
    symbol: str | None = None
    name: str | None = None
    date: str | None = None
    issuer: str | None = None
    relation: str | None = None
    pinpoint: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_gold(cls, c: dict[str, Any]) -> CitationRecord:
        pin = c.get("pinpoint") or {}
        return cls(
            text=c.get("text") or "",
            doc_type=c.get("doc_type"),
            symbol=c.get("symbol"),
            name=c.get("name"),
            date=c.get("date"),
            issuer=c.get("issuer"),
            relation=c.get("relation"),
            pinpoint={k: str(v) for k, v in pin.items() if k in PINPOINT_KEYS and v},
        )

    @classmethod
    def from_model(cls, c: Citation) -> CitationRecord:
        pin: dict[str, str] = {}
        if c.pinpoint is not None:
            pin = {k: v for k in PINPOINT_KEYS if (v := getattr(c.pinpoint, k))}
        return cls(
            text=c.text,
            doc_type=c.doc_type,
            symbol=c.symbol.text if c.symbol else None,
            name=c.name,
            date=c.date.isoformat() if c.date else None,
            # The gold records the issuer as written; one decoded from the symbol (SPEC §2) is
            # extra information, not a reading of the text, so it is compared as null.
            issuer=None if getattr(c, "issuer_decoded", False) else c.issuer,
            relation=c.relation,
            pinpoint=pin,
        )

    def label(self) -> str:
        ident = self.symbol or self.name or "?"
        return f"{self.doc_type or '-'} {ident} [{self.relation}] «{self.text[:80]}»"


def our_citations(doc: Document) -> list[CitationRecord]:
    """External citations of a parsed document, in text order."""
    cits = sorted((c for c in doc.citations if not c.internal), key=lambda c: c.span.start)
    return [CitationRecord.from_model(c) for c in cits]


def citation_match(gold: CitationRecord, ours: CitationRecord) -> bool:
    """Same cited document: equal symbols (when both have one), else folded names equal or
    one containing the other; and doc_type equal or null on either side."""
    gs, os_ = norm_symbol(gold.symbol), norm_symbol(ours.symbol)
    if gs and os_:
        same = gs == os_
    else:
        gn, on = fold_text(gold.name), fold_text(ours.name)
        same = bool(gn and on and (gn == on or gn in on or on in gn))
    if not same:
        return False
    gt, ot = fold_text(gold.doc_type), fold_text(ours.doc_type)
    return gt is None or ot is None or gt == ot


def align(
    gold: Sequence[Any], ours: Sequence[Any], match: Callable[[Any, Any], bool]
) -> list[tuple[int, int]]:
    """Order-preserving alignment with the most matched pairs (LCS); earliest pairs first."""
    n, m = len(gold), len(ours)
    ok = [[match(g, o) for o in ours] for g in gold]
    # best[i][j]: most pairs between gold[i:] and ours[j:].
    best = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        row, below = best[i], best[i + 1]
        for j in range(m - 1, -1, -1):
            if ok[i][j]:
                row[j] = below[j + 1] + 1
            else:
                row[j] = max(below[j], row[j + 1])
    pairs: list[tuple[int, int]] = []
    i = j = 0
    while i < n and j < m:
        if ok[i][j] and best[i][j] == best[i + 1][j + 1] + 1:
            pairs.append((i, j))
            i += 1
            j += 1
        elif best[i + 1][j] >= best[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


def citation_attr_equal(attr: str, gold: CitationRecord, ours: CitationRecord) -> bool:
    """Compare one attribute of a matched citation pair; null vs null is equal."""
    if attr == "date":
        return (gold.date or None) == (ours.date or None)
    if attr == "relation":
        return gold.relation == ours.relation
    if attr == "pinpoint":
        def key(p: dict[str, str]) -> dict[str, str]:
            return {k: norm_label(v) for k, v in p.items()}

        return key(gold.pinpoint) == key(ours.pinpoint)
    value: Callable[[CitationRecord], str | None] = {
        "issuer": lambda c: c.issuer,
        "doc_type": lambda c: c.doc_type,
    }[attr]
    return fold_text(value(gold)) == fold_text(value(ours))


@dataclass
class CitationScore:
    """Citation P/R/F1, attribute accuracy over matched pairs, and the alignment."""

    prf: PRF
    attrs: dict[str, Ratio]
    pairs: list[tuple[int, int]]
    gold: list[CitationRecord]
    ours: list[CitationRecord]


def score_citations(
    gold: Sequence[CitationRecord], ours: Sequence[CitationRecord]
) -> CitationScore:
    """Align citations in text order and score them."""
    pairs = align(gold, ours, citation_match)
    prf = PRF(tp=len(pairs), fp=len(ours) - len(pairs), fn=len(gold) - len(pairs))
    attrs = {a: Ratio() for a in CITATION_ATTRS}
    for gi, oi in pairs:
        for a in CITATION_ATTRS:
            attrs[a].add(citation_attr_equal(a, gold[gi], ours[oi]))
    return CitationScore(prf, attrs, pairs, list(gold), list(ours))


# --- assignments ------------------------------------------------------------------------

AssignmentUnit = tuple[str, str, Path_ | None]  # (role, folded unit, label path)


def fold_unit(unit: str) -> str:
    """Key of a unit name: folded, trailing punctuation stripped."""
    return fold_text(unit) or ""


def gold_assignment_units(gold: dict[str, Any]) -> list[AssignmentUnit]:
    """(role, unit, path) for every unit of every gold assignment."""
    out: list[AssignmentUnit] = []
    for a in gold.get("assignments") or []:
        path = norm_path(a.get("path") or [])
        for role in ROLES:
            out.extend((role, fold_unit(u), path) for u in a.get(role) or [] if fold_unit(u))
    return out


# The gold annotates labelled fields and task tables only (gold/README.md), so readings from
# headings and prose are scored separately, not against it.
GOLD_SOURCES = ("field", "table")


def our_assignment_units(doc: Document, sources: tuple[str, ...] = GOLD_SOURCES) -> list[AssignmentUnit]:
    """(role, unit, path) for every unit of the assignments we read from ``sources``."""
    paths = node_label_paths(doc)
    out: list[AssignmentUnit] = []
    for a in doc.assignments:
        if a.source not in sources:
            continue
        path = resolve_node_path(a.node_id, paths)
        for role in ROLES:
            units: list[str] = getattr(a, role)
            out.extend((role, fold_unit(u), path) for u in units if fold_unit(u))
    return out


@dataclass
class AssignmentScore:
    """(role, unit) P/R/F1, per role, and how many matched pairs share the gold path."""

    prf: PRF
    by_role: dict[str, PRF]
    path_ok: Ratio
    missing: list[tuple[str, str]]
    extra: list[tuple[str, str]]


def score_assignments(
    gold: Sequence[AssignmentUnit], ours: Sequence[AssignmentUnit]
) -> AssignmentScore:
    """Document-level multiset comparison of (role, unit); path agreement on the side."""
    g2 = [(r, u) for r, u, _ in gold]
    o2 = [(r, u) for r, u, _ in ours]
    prf = multiset_prf(g2, o2)
    by_role = {
        role: multiset_prf([x for x in g2 if x[0] == role], [x for x in o2 if x[0] == role])
        for role in ROLES
    }
    with_path = Counter(gold) & Counter(u for u in ours if u[2] is not None)
    path_ok = Ratio(correct=sum(with_path.values()), total=prf.tp)
    gc, oc = Counter(g2), Counter(o2)
    return AssignmentScore(
        prf, by_role, path_ok, sorted((gc - oc).elements()), sorted((oc - gc).elements())
    )


# --- one document -----------------------------------------------------------------------


@dataclass
class DocResult:
    """Everything measured on one document."""

    name: str
    seconds: float
    error: str | None
    header: dict[str, bool]
    header_gold: dict[str, Any]
    header_ours: dict[str, Any] | None
    outline: PRF
    outline_missing: list[Path_]
    outline_extra: list[Path_]
    citations: CitationScore
    assignments: AssignmentScore

    @property
    def header_ratio(self) -> Ratio:
        return Ratio(sum(self.header.values()), len(self.header))

    def to_json(self) -> dict[str, Any]:
        cit = self.citations
        return {
            "name": self.name,
            "seconds": self.seconds,
            "error": self.error,
            "header": {
                **self.header_ratio.to_json(),
                "fields": {
                    f: {
                        "correct": ok,
                        "gold": self.header_gold.get(f),
                        "ours": (self.header_ours or {}).get(f),
                    }
                    for f, ok in self.header.items()
                },
            },
            "outline": {
                **self.outline.to_json(),
                "missing": [list(p) for p in self.outline_missing],
                "extra": [list(p) for p in self.outline_extra],
            },
            "citations": {
                **cit.prf.to_json(),
                "attributes": {a: r.to_json() for a, r in cit.attrs.items()},
                "pairs": cit.pairs,
                "missing": [asdict(cit.gold[i]) for i in unmatched(cit, gold_side=True)],
                "extra": [asdict(cit.ours[i]) for i in unmatched(cit, gold_side=False)],
            },
            "assignments": {
                **self.assignments.prf.to_json(),
                "by_role": {r: p.to_json() for r, p in self.assignments.by_role.items()},
                "path": self.assignments.path_ok.to_json(),
                "missing": self.assignments.missing,
                "extra": self.assignments.extra,
            },
        }


def unmatched(score: CitationScore, *, gold_side: bool) -> list[int]:
    """Indexes of gold (or our) citations that the alignment left unpaired."""
    side = 0 if gold_side else 1
    used = {p[side] for p in score.pairs}
    n = len(score.gold if gold_side else score.ours)
    return [i for i in range(n) if i not in used]


def score_document(
    gold: dict[str, Any], doc: Document | None, *, name: str = "", seconds: float = 0.0,
    error: str | None = None,
) -> DocResult:
    """Score one parsed document against its gold; ``doc=None`` means the parse failed."""
    ours_doc = doc if doc is not None else Document()
    depth = gold.get("outline_depth") or "full"
    ours_header = our_header(doc) if doc is not None else None
    gold_header = gold.get("header") or {}
    g_paths = gold_outline_paths(gold)
    o_paths = our_outline_paths(ours_doc, depth)
    gc, oc = Counter(g_paths), Counter(o_paths)
    cits = score_citations(
        [CitationRecord.from_gold(c) for c in gold.get("citations") or []],
        our_citations(ours_doc),
    )
    asg = score_assignments(gold_assignment_units(gold), our_assignment_units(ours_doc))
    return DocResult(
        name=name or str(gold.get("file", "")),
        seconds=seconds,
        error=error,
        header=score_header(gold_header, ours_header),
        header_gold={f: gold_header.get(f) for f in HEADER_FIELDS},
        header_ours=ours_header,
        outline=multiset_prf(g_paths, o_paths),
        outline_missing=list((gc - oc).elements()),
        outline_extra=list((oc - gc).elements()),
        citations=cits,
        assignments=asg,
    )


# --- totals -----------------------------------------------------------------------------


@dataclass
class Totals:
    """Micro-averaged sums over documents."""

    documents: int = 0
    errors: int = 0
    seconds: float = 0.0
    header: Ratio = field(default_factory=Ratio)
    header_fields: dict[str, Ratio] = field(
        default_factory=lambda: {f: Ratio() for f in HEADER_FIELDS}
    )
    outline: PRF = field(default_factory=PRF)
    citations: PRF = field(default_factory=PRF)
    citation_attrs: dict[str, Ratio] = field(
        default_factory=lambda: {a: Ratio() for a in CITATION_ATTRS}
    )
    assignments: PRF = field(default_factory=PRF)
    assignment_roles: dict[str, PRF] = field(default_factory=lambda: {r: PRF() for r in ROLES})
    assignment_path: Ratio = field(default_factory=Ratio)
    relations: Counter[tuple[str, str]] = field(default_factory=Counter)
    """(gold relation, our relation) of every matched citation whose gold states one."""

    def add(self, r: DocResult) -> None:
        self.documents += 1
        self.errors += r.error is not None
        self.seconds += r.seconds
        self.header += r.header_ratio
        for f, ok in r.header.items():
            self.header_fields[f].add(ok)
        self.outline += r.outline
        self.citations += r.citations.prf
        for a, ratio in r.citations.attrs.items():
            self.citation_attrs[a] += ratio
        for gi, oi in r.citations.pairs:
            gold_rel = r.citations.gold[gi].relation
            if gold_rel:
                self.relations[(gold_rel, r.citations.ours[oi].relation or "-")] += 1
        self.assignments += r.assignments.prf
        for role, prf in r.assignments.by_role.items():
            self.assignment_roles[role] += prf
        self.assignment_path += r.assignments.path_ok

    def to_json(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "errors": self.errors,
            "seconds": self.seconds,
            "header": {
                **self.header.to_json(),
                "fields": {f: r.to_json() for f, r in self.header_fields.items()},
            },
            "outline": self.outline.to_json(),
            "citations": {
                **self.citations.to_json(),
                "attributes": {a: r.to_json() for a, r in self.citation_attrs.items()},
                "relations": {f"{g}->{o}": n for (g, o), n in sorted(self.relations.items())},
            },
            "assignments": {
                **self.assignments.to_json(),
                "by_role": {r: p.to_json() for r, p in self.assignment_roles.items()},
                "path": self.assignment_path.to_json(),
            },
        }


# --- running ----------------------------------------------------------------------------


def run_document(txt: Path, gold: dict[str, Any]) -> DocResult:
    """Parse one file (timed) and score it; an exception scores the document as all-wrong."""
    import vnlegal

    start = time.perf_counter()
    try:
        doc: Document | None = vnlegal.parse(txt)
        error = None
    except Exception as exc:
        doc = None
        error = f"{type(exc).__name__}: {exc}"
        tb = traceback.extract_tb(exc.__traceback__)
        if tb:
            error += f" (at {Path(tb[-1].filename).name}:{tb[-1].lineno})"
    seconds = time.perf_counter() - start
    return score_document(gold, doc, name=txt.stem, seconds=seconds, error=error)


BINARY_GOLD = {"B06": "004", "B08": "050"}
"""Binary file name prefix -> stem prefix of the text version whose gold it is scored on."""
BINARY_SUFFIXES = (".pdf", ".docx", ".doc", ".html", ".htm")
UNREADABLE_TAGS = ("_encrypted", "_nomap", "_scanned")
"""Name tags of files made to fail (they are listed with their error, not scored)."""


def run_binary(binary: Path, gold_dir: Path) -> tuple[list[DocResult], Totals, list[str]]:
    """Score the binary files that have a text version with gold; describe the others."""
    results: list[DocResult] = []
    others: list[str] = []
    totals = Totals()
    for path in sorted(p for p in binary.iterdir() if p.suffix.lower() in BINARY_SUFFIXES):
        prefix = path.name[:3]
        golds = sorted(gold_dir.glob(f"{BINARY_GOLD.get(prefix, '-')}_*.json"))
        if not golds or any(tag in path.stem for tag in UNREADABLE_TAGS):
            others.append(_describe(path))
            continue
        gold = json.loads(golds[0].read_text(encoding="utf-8"))
        result = run_document(path, gold)
        result.name = path.name
        results.append(result)
        totals.add(result)
    return results, totals, others


def _describe(path: Path) -> str:
    import vnlegal

    try:
        doc = vnlegal.parse(path)
    except vnlegal.ParseError as exc:
        return f"{path.name}: {type(exc).__name__}: {exc.message}"
    h = doc.header
    units = sum(1 for n in doc.iter_nodes() if n.kind in OUTLINE_KINDS)
    return (
        f"{path.name}: {doc.source.format}, {doc.source.pages or '-'} pages; {h.doc_type} "
        f"{h.symbol.text if h.symbol else '-'} of {h.issuer.name}, {h.place}, {h.date}; "
        f"{units} outline units; signer {doc.closing.signature.name if doc.closing.signature else '-'}"
    )


def run_corpus(corpus: Path) -> tuple[list[DocResult], Totals, list[str]]:
    """Score every ``*.txt`` of ``corpus`` that has a gold file."""
    results: list[DocResult] = []
    skipped: list[str] = []
    totals = Totals()
    for txt in sorted(corpus.glob("*.txt")):
        gold_path = corpus / "gold" / f"{txt.stem}.json"
        if not gold_path.is_file():
            skipped.append(txt.name)
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        result = run_document(txt, gold)
        results.append(result)
        totals.add(result)
    return results, totals, skipped


# --- output -----------------------------------------------------------------------------


def _f(x: float | None) -> str:
    return "-" if x is None else f"{x:.2f}"


def _pct(r: Ratio) -> str:
    return "-" if r.value is None else f"{100 * r.value:.0f}%"


COLUMNS: tuple[str, ...] = (
    "document", "sec", "header", "outl g/o", "oP", "oR", "oF1",
    "cit g/o", "cP", "cR", "cF1", "cAttr", "asg g/o", "aP", "aR", "aF1", "aPath", "err",
)  # fmt: skip


def _row(
    name: str, seconds: float, header: Ratio, outline: PRF, cit: PRF, attrs: dict[str, Ratio],
    asg: PRF, path: Ratio, err: str,
) -> list[str]:
    pooled = Ratio()
    for r in attrs.values():
        pooled += r
    return [
        name, f"{seconds:.2f}", f"{header.correct}/{header.total}",
        f"{outline.gold}/{outline.ours}", _f(outline.precision), _f(outline.recall), _f(outline.f1),
        f"{cit.gold}/{cit.ours}", _f(cit.precision), _f(cit.recall), _f(cit.f1), _pct(pooled),
        f"{asg.gold}/{asg.ours}", _f(asg.precision), _f(asg.recall), _f(asg.f1), _pct(path), err,
    ]  # fmt: skip


def render_table(results: Sequence[DocResult], totals: Totals, name_width: int = 34) -> str:
    """The per-document table with a TOTAL row."""
    rows = [list(COLUMNS)]
    for r in results:
        name = r.name if len(r.name) <= name_width else r.name[: name_width - 1] + "…"
        rows.append(
            _row(name, r.seconds, r.header_ratio, r.outline, r.citations.prf, r.citations.attrs,
                 r.assignments.prf, r.assignments.path_ok, "ERR" if r.error else "")
        )  # fmt: skip
    rows.append(
        _row("TOTAL", totals.seconds, totals.header, totals.outline, totals.citations,
             totals.citation_attrs, totals.assignments, totals.assignment_path,
             str(totals.errors) if totals.errors else "")
    )  # fmt: skip
    widths = [max(len(row[i]) for row in rows) for i in range(len(COLUMNS))]

    def fmt(row: list[str]) -> str:
        cells = [row[0].ljust(widths[0])]
        cells += [c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)]
        return "  ".join(cells).rstrip()

    rule = "-" * len(fmt(rows[0]))
    lines = [fmt(rows[0]), rule, *(fmt(r) for r in rows[1:-1]), rule, fmt(rows[-1])]
    return "\n".join(lines)


def render_summary(totals: Totals) -> str:
    """Per-field header accuracy, citation attributes, assignment roles, legend."""
    t = totals
    fields = "  ".join(f"{f} {_pct(r)}" for f, r in t.header_fields.items())
    attrs = "  ".join(f"{a} {_pct(r)}" for a, r in t.citation_attrs.items())
    roles = "  ".join(
        f"{role} F1 {_f(p.f1)} ({p.gold}/{p.ours})" for role, p in t.assignment_roles.items()
    )
    return "\n".join([
        f"header accuracy {_pct(t.header)} ({t.header.correct}/{t.header.total}): {fields}",
        f"outline  P {_f(t.outline.precision)}  R {_f(t.outline.recall)}  F1 {_f(t.outline.f1)}",
        f"citations  P {_f(t.citations.precision)}  R {_f(t.citations.recall)}  "
        f"F1 {_f(t.citations.f1)};  over {t.citations.tp} matched pairs: {attrs}",
        f"assignments  P {_f(t.assignments.precision)}  R {_f(t.assignments.recall)}  "
        f"F1 {_f(t.assignments.f1)};  {roles};  same path {t.assignment_path.correct}/"
        f"{t.assignment_path.total}",
        f"documents {t.documents}, parse errors {t.errors}, parse time {t.seconds:.2f} s",
        "legend: g/o = gold/ours counts; P/R/F1 micro; cAttr = citation attributes correct over "
        "matched pairs (date, issuer, doc_type, relation, pinpoint pooled); aPath = matched "
        "(role, unit) pairs at the gold path; '-' = nothing to score",
    ])  # fmt: skip


def _show(value: Any) -> str:
    return "null" if value is None else repr(value)


def render_details(r: DocResult) -> str:
    """Human-readable mismatches of one document."""
    out = [f"== {r.name}"]
    if r.error:
        out.append(f"  PARSE ERROR: {r.error}")
    for f, ok in r.header.items():
        if not ok:
            ours = (r.header_ours or {}).get(f)
            out.append(f"  header.{f}: gold={_show(r.header_gold.get(f))} ours={_show(ours)}")
    for p in r.outline_missing:
        out.append(f"  outline missing: {' > '.join(p)}")
    for p in r.outline_extra:
        out.append(f"  outline extra:   {' > '.join(p)}")
    cit = r.citations
    for i in unmatched(cit, gold_side=True):
        out.append(f"  citation missing: {cit.gold[i].label()}")
    for i in unmatched(cit, gold_side=False):
        out.append(f"  citation extra:   {cit.ours[i].label()}")
    for gi, oi in cit.pairs:
        g, o = cit.gold[gi], cit.ours[oi]
        for a in CITATION_ATTRS:
            if not citation_attr_equal(a, g, o):
                out.append(
                    f"  citation {g.symbol or g.name}: {a} gold={_show(getattr(g, a))} "
                    f"ours={_show(getattr(o, a))}"
                )
    for role, unit in r.assignments.missing:
        out.append(f"  assignment missing: {role}: {unit}")
    for role, unit in r.assignments.extra:
        out.append(f"  assignment extra:   {role}: {unit}")
    if len(out) == 1:
        out.append("  (no mismatches)")
    return "\n".join(out)


RELATIONS = ("basis", "implements", "amends", "replaces", "repeals", "guides", "reference")


def render_relations(totals: Totals) -> str:
    """The relation confusion table of matched citations: gold relation by row, ours by column,
    with each gold relation's accuracy; then the issuer accuracy and underthesea's calls."""
    seen = {o for _, o in totals.relations} - set(RELATIONS)
    cols = [*RELATIONS, *sorted(seen)]
    head = f"{'gold/ours':<12}" + "".join(f"{c[:10]:>11}" for c in cols) + f"{'n':>6}{'acc':>7}"
    lines = ["relations of matched citations (gold by row, ours by column):", head]
    for g in RELATIONS:
        row = [totals.relations.get((g, c), 0) for c in cols]
        n = sum(row)
        if not n:
            continue
        acc = totals.relations.get((g, g), 0) / n
        lines.append(f"{g:<12}" + "".join(f"{v or '.':>11}" for v in row) + f"{n:>6}{acc:>7.3f}")
    issuer = totals.citation_attrs["issuer"]
    if issuer.value is not None:
        lines.append(
            f"issuer accuracy of matched citations: {issuer.value:.3f} ({issuer.correct}/{issuer.total})"
        )
    calls = ", ".join(f"{k} {v}" for k, v in sorted(nlp.calls().items())) or "none"
    lines.append(f"underthesea calls (where the rules are unsure): {calls}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                        help=f"folder with *.txt and gold/*.json (default {DEFAULT_CORPUS})")
    parser.add_argument("--json", type=Path, metavar="OUT", help="write all numbers to OUT")
    parser.add_argument("--details", action="store_true",
                        help="print per-document mismatches after the table")
    parser.add_argument("--binary", type=Path, metavar="DIR",
                        help="also score the binary files of DIR (see module doc)")
    args = parser.parse_args(argv)  # fmt: skip

    corpus: Path = args.corpus
    if not (corpus / "gold").is_dir():
        print(f"error: {corpus}/gold not found", file=sys.stderr)
        return 2
    results, totals, skipped = run_corpus(corpus)
    if not results:
        print(f"error: no *.txt with gold in {corpus}", file=sys.stderr)
        return 2
    if args.details:
        for r in results:
            print(render_details(r))
        print()
    print(render_table(results, totals))
    print()
    print(render_summary(totals))
    print()
    print(render_relations(totals))
    if skipped:
        print(f"skipped (no gold): {', '.join(skipped)}")
    for r in results:
        if r.error:
            print(f"parse error {r.name}: {r.error}", file=sys.stderr)
    binary_payload: dict[str, Any] | None = None
    if args.binary:
        b_results, b_totals, others = run_binary(args.binary, corpus / "gold")
        print(f"\nbinary files of {args.binary}:")
        if args.details:
            for r in b_results:
                print(render_details(r))
        print(render_table(b_results, b_totals))
        print(render_summary(b_totals))
        for line in others:
            print(f"  {line}")
        binary_payload = {
            "totals": b_totals.to_json(),
            "documents": [r.to_json() for r in b_results],
            "others": others,
        }
    if args.json:
        payload = {
            "binary": binary_payload,
            "corpus": str(corpus.resolve()),
            "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "totals": totals.to_json(),
            "documents": [r.to_json() for r in results],
            "skipped": skipped,
        }
        args.json.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
