"""What the exporters share: division markers as printed, ASCII slugs, and where each citation
and each footnote mark sits in the text of the node it belongs to."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

from vnlegal.lang import rx
from vnlegal.lang.patterns import HEADING_WORD_SRC
from vnlegal.model import Citation, Document, Footnote, Node, Span

Segment = tuple[str, Citation | Footnote | None]
"""A run of text, and the citation it is the mention of (None for plain text); an empty run
with a footnote is the note's mark (the raised number, which ``Document.text`` leaves out)."""

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


def notes_by_node(doc: Document) -> tuple[dict[str, list[Footnote]], list[Footnote]]:
    """The footnotes whose mark has a place in a node's title or text, by that node's id (the
    innermost node that holds the mark), in text order; and the others, in page order: no mark
    found, or a mark in the header, the closing or a table, which the exports write their own
    way (they get the note without its mark)."""
    nodes = doc.iter_nodes()
    placed: dict[str, list[Footnote]] = {}
    rest: list[int] = []
    marked = sorted((n.mark.start if n.mark else -1, k) for k, n in enumerate(doc.footnotes))
    for at, k in marked:
        note = doc.footnotes[k]
        holder = _innermost(nodes, at, at) if at >= 0 else None
        texts = [holder.title or "", holder.text or ""] if holder is not None else []
        if holder is None or holder.kind == "table" or _mark_place(doc, holder, texts, note) is None:
            rest.append(k)
        else:
            placed.setdefault(holder.id, []).append(note)
    return placed, [doc.footnotes[k] for k in sorted(rest)]


_WORDS_AROUND = 8
"""Most words of context on each side of a mark that find its place in a node's title or text."""


def place_notes(
    doc: Document, node: Node, texts: Sequence[str], segments: list[list[Segment]], notes: Sequence[Footnote]
) -> tuple[list[list[Segment]], list[Footnote]]:
    """``segments`` (of ``texts``, a node's title and text as ``link`` split them) with the marks
    of ``notes`` put in as footnote segments, and the notes whose place was not found.

    A node's title and text are its span's text less the marker, white space joined: a mark is
    found by the words before it in ``Document.text`` (the last of them right before the mark),
    else by the words after it. A mark inside a citation's mention goes after the mention (a link
    holds no note)."""
    places: list[list[tuple[int, Footnote]]] = [[] for _ in texts]
    missed: list[Footnote] = []
    for note in notes:
        hit = _mark_place(doc, node, texts, note)
        if hit is None:
            missed.append(note)
        else:
            places[hit[0]].append((hit[1], note))
    out: list[list[Segment]] = []
    for segs, marks in zip(segments, places, strict=True):
        out.append(_with_marks(segs, sorted(marks, key=lambda m: m[0])) if marks else segs)
    return out, missed


def _with_marks(segs: list[Segment], marks: list[tuple[int, Footnote]]) -> list[Segment]:
    """``segs`` with an empty footnote segment at each offset of ``marks`` (sorted)."""
    new: list[Segment] = []
    pos = k = 0
    for text, c in segs:
        end = pos + len(text)
        if c is None:
            cut = 0
            while k < len(marks) and marks[k][0] < end:
                at = marks[k][0] - pos
                if at > cut:
                    new.append((text[cut:at], None))
                    cut = at
                new.append(("", marks[k][1]))
                k += 1
            if cut < len(text):
                new.append((text[cut:], None))
        else:
            while k < len(marks) and marks[k][0] <= pos:  # right before the mention
                new.append(("", marks[k][1]))
                k += 1
            new.append((text, c))
            while k < len(marks) and marks[k][0] < end:  # inside it: after it
                new.append(("", marks[k][1]))
                k += 1
        pos = end
    new.extend(("", note) for _, note in marks[k:])
    return new


def _mark_place(doc: Document, node: Node, texts: Sequence[str], note: Footnote) -> tuple[int, int] | None:
    """(index in ``texts``, offset) where ``note``'s mark stands, or None.

    The words before the mark are looked for, the longest run first (the first of them may be
    the node's marker, which its title and text leave out), then the words after it; where a run
    is found more than once ("văn bản quy phạm pháp luật" twice in one title), the place nearest
    the mark's own offset in the node wins."""
    if note.mark is None:
        return None
    at = note.mark.start
    rel = at - node.span.start
    lo, hi = max(node.span.start, at - 80), min(node.span.end, at + 80)
    before = doc.text[lo:at].split()
    if before and lo > node.span.start and not doc.text[lo - 1].isspace():
        before = before[1:]  # the window cut a word: its tail would match inside another
    after = doc.text[at:hi].split()
    if after and hi < node.span.end and not doc.text[hi].isspace():
        after = after[:-1]
    runs_before = [(before[-k:], True) for k in range(min(len(before), _WORDS_AROUND), 0, -1)]
    runs_after = [(after[:k], False) for k in range(min(len(after), _WORDS_AROUND), 0, -1)]
    # The side the mark is glued to first ("thẩm tra17 dự án": the words before it).
    text = doc.text
    glued_after = at == 0 or (at < len(text) and text[at - 1].isspace() and not text[at].isspace())
    runs = runs_after + runs_before if glued_after else runs_before + runs_after
    for words, is_before in runs:
        body = r"\s+".join(re.escape(w) for w in words)
        pat = re.compile(body + r"(?!\w)" if is_before else r"(?<!\w)" + body, re.IGNORECASE)
        best: tuple[int, int, int] | None = None
        base = 0
        for i, text in enumerate(texts):
            for m in pat.finditer(text):
                pos = m.end() if is_before else m.start()
                gap = abs(base + pos - rel)
                if best is None or gap < best[0]:
                    best = (gap, i, pos)
            base += len(text) + 1
        if best is not None:
            return best[1], best[2]
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
