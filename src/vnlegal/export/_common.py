"""What the exporters share: division markers as printed, ASCII slugs, and where each citation
sits in the text of the node it belongs to."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

from vnlegal.lang import rx
from vnlegal.lang.patterns import HEADING_WORD_SRC
from vnlegal.model import Citation, Document, Node, Span

Segment = tuple[str, Citation | None]
"""A run of text, and the citation it is the mention of (None for plain text)."""

_KIND_WORD = {"part": "Phần", "chapter": "Chương", "article": "Điều"}
# Normative ids carry the division's name ("muc_2", "tieu_muc_1"); administrative ids do not, and
# there "section" is a Roman "I." heading.
_SEGMENT_WORD = (("tieu_muc_", "Tiểu mục"), ("muc_", "Mục"))
# Where the id does not tell, the printed text does: "Mục 1" of an administrative document.
_PRINTED_WORD = tuple(
    (rx.compile(r"[\s*_#>|]*+(?:" + HEADING_WORD_SRC[kind] + r")\s++"), word)
    for kind, word in (("subsection", "Tiểu mục"), ("section", "Mục"))
)


def marker(node: Node, printed: str = "") -> str:
    """The division's marker as a Vietnamese document prints it: "Chương II", "Điều 5.", "I.",
    "1.2.", "a)", "-"; "" for paragraphs and tables. ``printed``, the text at the node's start,
    tells a section printed "Mục 1" from a Roman "I." where the id does not."""
    label = node.label
    if not label or node.kind in ("paragraph", "table"):
        return ""
    if node.kind in _KIND_WORD:
        return f"{_KIND_WORD[node.kind]} {label}" + ("." if node.kind == "article" else "")
    if node.kind in ("section", "subsection"):
        last = node.id.rsplit(".", 1)[-1]
        for prefix, word in _SEGMENT_WORD:
            if last.startswith(prefix):
                return f"{word} {label}"
        for pattern, word in _PRINTED_WORD:
            m = pattern.match(printed)
            if m is not None and printed[m.end() :].upper().startswith(label.upper()):
                return f"{word} {label}"
        return f"{label}."
    if node.kind == "point":
        return f"{label})"
    if node.kind == "bullet":
        return label
    return f"{label}."


def slug(text: str) -> str:
    """Lowercase ASCII with "-" between words: "Nghị định" -> "nghi-dinh", "BCĐ.TTĐN" -> "bcd-ttdn"."""
    base = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    ascii_ = "".join(ch for ch in base if not unicodedata.combining(ch)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")


def citations_by_node(doc: Document) -> dict[str, list[Citation]]:
    """The citations grouped by the node whose text holds them, in text order.

    A citation names its node by ``node_id``. Any other id ("preamble", "header", "closing") is
    resolved by offsets: to the innermost node whose span holds the mention, else to the
    attachment whose span holds it (its title, key ``Attachment.id``), else kept as it is --
    "header" for the title and "Kính gửi", "closing" for "Nơi nhận".
    """
    nodes = doc.iter_nodes()
    ids = {n.id for n in nodes}
    out: dict[str, list[Citation]] = {}
    for c in sorted(doc.citations, key=lambda c: (c.span.start, -c.span.end)):
        nid = c.node_id
        if nid not in ids:
            holder = _innermost(nodes, c.span.start, c.span.end)
            if holder is not None:
                nid = holder.id
            else:
                nid = next((a.id for a in doc.attachments if a.span and _holds(a.span, c)), nid)
        out.setdefault(nid, []).append(c)
    return out


def _holds(span: Span, c: Citation) -> bool:
    return span.start <= c.span.start and c.span.end <= span.end


def _innermost(nodes: Iterable[Node], start: int, end: int) -> Node | None:
    best: Node | None = None
    for n in nodes:
        if n.span.start <= start and end <= n.span.end:
            if best is None or n.span.end - n.span.start <= best.span.end - best.span.start:
                best = n
    return best


def _pattern(mention: str) -> re.Pattern[str]:
    # The mention has runs of white space as one space; the node text may keep a line break.
    # Case is ignored: a title printed in capitals is shown in sentence case (title_display).
    return re.compile(r"\s+".join(re.escape(w) for w in mention.split()), re.IGNORECASE)


def link(texts: Sequence[str], cites: Sequence[Citation]) -> tuple[list[list[Segment]], list[Citation]]:
    """Split each of ``texts`` (a node's title, text, table cells ...) into segments, the mentions
    of ``cites`` marked; also return the citations whose mention was not found.

    Mentions are looked for in order, each after the previous one (a document may mention the
    same act twice); one that overlaps a mention already placed (a name nested in a longer
    name) is left unplaced, since links do not nest.
    """
    found: list[list[tuple[int, int, Citation]]] = [[] for _ in texts]
    missing: list[Citation] = []
    cur_text, cur_pos = 0, 0
    for c in cites:
        words = c.text.split()
        hit = _find(texts, found, _pattern(c.text), cur_text, cur_pos) if words else None
        if hit is None:
            missing.append(c)
            continue
        i, start, end = hit
        found[i].append((start, end, c))
        cur_text, cur_pos = i, end
    segments: list[list[Segment]] = []
    for text, spans in zip(texts, found, strict=True):
        segs: list[Segment] = []
        pos = 0
        for start, end, c in sorted(spans, key=lambda s: s[0]):
            if start > pos:
                segs.append((text[pos:start], None))
            segs.append((text[start:end], c))
            pos = end
        if pos < len(text) or not segs:
            segs.append((text[pos:], None))
        segments.append(segs)
    return segments, missing


def _find(
    texts: Sequence[str],
    found: list[list[tuple[int, int, Citation]]],
    pat: re.Pattern[str],
    ti: int,
    pos: int,
) -> tuple[int, int, int] | None:
    # From the cursor to the end first, then from the start (citations are ordered by their
    # offsets in Document.text, which a title and a text of the same node may not follow).
    order = [(i, pos if i == ti else 0) for i in range(ti, len(texts))] + [(i, 0) for i in range(len(texts))]
    for i, start in order:
        for m in pat.finditer(texts[i], start):
            if not any(m.start() < e and s < m.end() for s, e, _ in found[i]):
                return i, m.start(), m.end()
    return None


def lines_of(segments: list[Segment]) -> list[list[Segment]]:
    """Segments split at line breaks (one paragraph each); a mention that spans a break is
    kept whole in the line where it starts, the break becoming a space."""
    out: list[list[Segment]] = [[]]
    for text, c in segments:
        if c is not None:
            out[-1].append((" ".join(text.split()), c))
            continue
        parts = text.split("\n")
        for k, part in enumerate(parts):
            if k:
                out.append([])
            if part:
                out[-1].append((part, None))
    return [line for line in out if any(t.strip() for t, _ in line)]
