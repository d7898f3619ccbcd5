"""Citation placement: each citation tagged with the innermost node that holds it.

Runs after the outline and the attachments: a citation in the header block is tagged
"header", one in the preamble's paragraphs "preamble", one after the body "closing", any
other the id of the deepest node whose span holds its start. An internal reference to "this
article" or "this clause" ("các khoản 1, 2 và 5 Điều này") gets that unit's label in its pinpoint.
"""

from __future__ import annotations

import bisect

import regex

from vnlegal.citations.find import extract_citations
from vnlegal.lang import rx
from vnlegal.model import Citation, Document, Node, Pinpoint

# "Điều này" / "khoản này" in an internal reference: the unit that holds the mention.
_THIS_UNIT = rx.compile(r"(?<!\p{L})(?P<unit>Điều|khoản)\s++này(?!\p{L})", regex.IGNORECASE)
_UNIT_KIND = {"điều": ("article", "article"), "khoản": ("item", "clause")}


def place_citations(doc: Document, start: int) -> list[Citation]:
    """Citations from where the document proper starts (a portal prelude and page title are
    the site's words, not the document's), each tagged with the innermost node holding it."""
    own = doc.header.symbol.text if doc.header.symbol else None
    cits = extract_citations(doc.text, start=start, self_symbol=own)
    header = doc.header.span
    roots = [*doc.preamble, *doc.body]
    for att in doc.attachments:
        roots.extend([*att.preamble, *att.body])
    body_end = max((n.span.end for n in doc.body), default=-1)
    # By identity: ``node in doc.preamble`` compares models field by field, and node ids are
    # unique, so only the node itself is equal to it.
    preamble = {id(n) for n in doc.preamble}
    starts: dict[int, list[int]] = {}
    for c in cits:
        pos = c.span.start
        if header is not None and header.start <= pos < header.end:
            c.node_id = "header"
            continue
        node = node_at(roots, pos, starts)
        if node is not None and node.kind == "paragraph" and id(node) in preamble:
            c.node_id = "preamble"
        elif node is not None:
            c.node_id = node.id
            if c.internal:
                _this_unit(c, roots, pos)
        else:
            c.node_id = "closing" if 0 <= body_end <= pos else "preamble"
    return cits


def place_footnote_citations(doc: Document) -> list[Citation]:
    """Citations inside ``doc.footnotes``, each tagged with its note's id ("footnote.17").

    They are references of the document: in a consolidated text (VBHN) the footnotes are the
    amendment history and name the amending documents ("Khoản này được sửa đổi ... theo quy
    định tại ... Luật số 63/2020/QH14"), which the running text does not. The notes are read in
    one scan, after the body's citations (which stay what they were), so that a law named alone
    in one note ("Luật Ban hành văn bản quy phạm pháp luật") joins the key of its numbered
    mention in another. Every one is a plain "reference": a note's sentence is about the unit it
    is called from or about the amending law, never about what this document does to the cited
    one ("Căn cứ Hiến pháp" quoted in a note is the amending law's basis, not this one's). "Khoản
    này" / "Điều này" in a note is the unit its mark stands in."""
    notes = doc.footnotes
    if not notes:
        return []
    own = doc.header.symbol.text if doc.header.symbol else None
    cits = extract_citations(doc.text, start=notes[0].span.start, end=notes[-1].span.end, self_symbol=own)
    starts = [n.span.start for n in notes]
    roots = [*doc.preamble, *doc.body]
    out: list[Citation] = []
    for c in cits:
        note = notes[max(0, bisect.bisect_right(starts, c.span.start) - 1)]
        c.node_id = note.id
        c.relation = "reference"
        if c.internal and note.mark is not None:
            _this_unit(c, roots, note.mark.start)
        out.append(c)
    return out


def node_at(nodes: list[Node], pos: int, starts: dict[int, list[int]] | None = None) -> Node | None:
    """The innermost node whose span holds ``pos`` (siblings are in text order). ``starts``
    keeps each sibling list's start offsets between calls (rebuilding them for every
    citation is quadratic in a long flat outline)."""
    found: Node | None = None
    level = nodes
    memo: dict[int, list[int]] = {} if starts is None else starts
    while level:
        key = id(level)
        if key not in memo:
            memo[key] = [n.span.start for n in level]
        i = bisect.bisect_right(memo[key], pos) - 1
        if i < 0 or not (level[i].span.start <= pos < level[i].span.end):
            break
        found = level[i]
        level = found.children
    return found


def _this_unit(c: Citation, roots: list[Node], pos: int) -> None:
    """Fill "Điều này"/"khoản này" of an internal reference with the label of the article or
    clause that holds it ("các khoản 1, 2 và 5 Điều này" in Điều 7 -> article "7")."""
    for m in _THIS_UNIT.finditer(c.text):
        unit = m.group("unit").lower()
        # "khoản này" is a clause of this article too: both levels are filled.
        wanted = [_UNIT_KIND[unit]] + ([_UNIT_KIND["điều"]] if unit == "khoản" else [])
        path = _path(roots, pos)
        for kind, key in wanted:
            pin = c.pinpoint or Pinpoint()
            if getattr(pin, key) is not None:
                continue
            label = next((n.label for n in reversed(path) if n.kind == kind and n.label), None)
            if label is not None:
                c.pinpoint = pin.model_copy(update={key: label})


def _path(nodes: list[Node], pos: int) -> list[Node]:
    """The nodes whose spans hold ``pos``, outermost first."""
    out: list[Node] = []
    level = nodes
    while level:
        i = bisect.bisect_right([n.span.start for n in level], pos) - 1
        if i < 0 or not (level[i].span.start <= pos < level[i].span.end):
            break
        out.append(level[i])
        level = level[i].children
    return out
