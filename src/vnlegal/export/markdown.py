"""Markdown rendering of a Document: ``to_markdown(doc)``, ``vnlegal parse --format markdown``.

The document title is the level-1 heading and the top divisions of the body are level 2 (Chương,
Điều, "I." ...), each level below one deeper down to level 6. Divisions without a title (a khoản
that is a sentence, a point "a)") are paragraphs led by their marker in bold, dash bullets are
list items, tables are pipe tables. Every citation is a reference-style link whose label is the
citation's ``key`` -- ``[Nghị định số 72/2015/NĐ-CP ...][72/2015/NĐ-CP]`` -- resolved to the
list of cited documents at the end, so that two mentions of one act link to one entry.
A PDF's page footnotes are Markdown footnotes: ``[^17]`` where the note's mark stands (when it
was found), ``[^17]: text`` after the document's last part.
Given the archive's citation graph (``vnlegal.graph.build``), a "Lược đồ" section lists the
documents of the archive this one cites and those that cite it, by relation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from vnlegal.export._common import (
    Segment,
    citations_by_node,
    lines_of,
    link,
    marker,
    notes_by_node,
    place_notes,
)
from vnlegal.model import Attachment, Citation, Document, Footnote, Node

_HEADED = frozenset({"part", "chapter", "section", "subsection", "article"})
_SPECIAL = re.compile(r"([\\`*_\[\]<>])")
_ORDERED = re.compile(r"^(\d+)([.)])(?=\s|$)")
_BLOCK = re.compile(r"^(#|[-+*=](?=\s|$))")


class SchemeSource(Protocol):
    """What gives a document's lược đồ: ``vnlegal.graph.Graph`` (the exporter reads the model
    only, so it takes the graph by this one method)."""

    def scheme(self, doc: Document) -> Sequence[tuple[str, Sequence[str]]]:
        """(heading, entries) per relation of ``doc`` in the archive."""
        ...


def to_markdown(doc: Document, graph: SchemeSource | None = None) -> str:
    """``doc`` as Markdown: a heading per division of the outline, citations linked by key;
    with ``graph`` (``vnlegal.graph.build(docs)``), a "Lược đồ" section of its relations in
    the archive.

    >>> import vnlegal
    >>> md = vnlegal.parse("fixtures/texts/000_ke-hoach_1560-kh-ubnd_binhduong_ttdn_2021.txt").to_markdown()
    >>> print(md.splitlines()[0])
    # Kế hoạch 1560/KH-UBND
    """
    return _Renderer(doc, graph).render()


def _escape(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", text)


def _escape_start(text: str) -> str:
    # A paragraph that starts like a list item or a heading would be read as one.
    text = _ORDERED.sub(r"\1\\\2", text, count=1)
    return _BLOCK.sub(r"\\\1", text, count=1)


_WORD = re.compile(r"\w+")


def _unshown(text: str, shown: list[str]) -> list[str]:
    """The lines (or " | " cells) of ``text`` with a word that none of ``shown`` accounts for,
    in order: what the closing stage did not read ("(Đã ký)", a rank before the signer's name,
    a typist's file path, a form printed after the signature) is text of the document all the
    same, and the Markdown keeps it as printed."""
    left: dict[str, int] = {}
    for x in shown:
        for w in _WORD.findall(x.casefold()):
            left[w] = left.get(w, 0) + 1
    out = []
    for line in text.split("\n"):
        for cell in line.split(" | "):
            words = _WORD.findall(cell.casefold())
            missing = False
            for w in words:
                if left.get(w, 0) > 0:
                    left[w] -= 1
                else:
                    missing = True
            cell = " ".join(cell.replace("|", " ").split())
            if missing and cell:
                out.append(cell)
    return out


def _label(key: str) -> str:
    return re.sub(r"([\\\[\]])", r"\\\1", " ".join(key.split()))


def _cite_key(c: Citation) -> str:
    return c.key or " ".join(c.text.split())


_NOTE_KEY = re.compile(r"[\w-]+")


def _note_refs(doc: Document) -> dict[str, str]:
    """Footnote id -> its Markdown reference: "[^17]" (the id is unique where a number is
    printed twice: "footnote.3_2" -> "[^3_2]"); a label that is no number ("*", a raised mark OCR
    could not read) is "[^fn4]", by the note's place in the list."""
    out = {}
    for k, note in enumerate(doc.footnotes, 1):
        key = note.id.removeprefix("footnote.")
        out[note.id] = f"[^{key}]" if _NOTE_KEY.fullmatch(key) else f"[^fn{k}]"
    return out


class _Renderer:
    def __init__(self, doc: Document, graph: SchemeSource | None = None) -> None:
        self.doc = doc
        self.graph = graph
        self.cites = citations_by_node(doc)
        self.notes, _ = notes_by_node(doc)
        self.note_refs = _note_refs(doc)
        self.blocks: list[tuple[str, str]] = []  # (kind, markdown); kind "li" blocks join tightly
        self.refs: dict[str, list[Citation]] = {}
        for c in doc.citations:
            self.refs.setdefault(_cite_key(c), []).append(c)
        self.labels = self._labels()

    def _labels(self) -> dict[str, str]:
        # Link labels match case-insensitively: keys that differ only in case get a suffix.
        out: dict[str, str] = {}
        seen: set[str] = set()
        for key in self.refs:
            label, k = _label(key), 2
            while label.casefold() in seen:
                label, k = f"{_label(key)} ({k})", k + 1
            seen.add(label.casefold())
            out[key] = label
        return out

    # --- output ---------------------------------------------------------------------------

    def add(self, text: str, kind: str = "p") -> None:
        self.blocks.append((kind, text))

    def render(self) -> str:
        self.header()
        self.nodes(self.doc.preamble, 2)
        self.nodes(self.doc.body, 2)
        self.leftovers()
        self.closing()
        for k, att in enumerate(self.doc.attachments, 1):
            self.attachment(att, k)
        self.footnotes()
        self.references()
        self.scheme()
        out: list[str] = []
        prev = ""
        for kind, text in self.blocks:
            if out:
                out.append("\n" if kind == "li" and prev == "li" else "\n\n")
            out.append(text)
            prev = kind
        return "".join(out) + "\n"

    def inline(self, segments: list[Segment]) -> str:
        parts = []
        for text, c in segments:
            if c is None:
                parts.append(_escape(text))
            elif isinstance(c, Footnote):
                parts.append(self.note_refs[c.id])
            else:
                parts.append(f"[{_escape(text)}][{self.labels[_cite_key(c)]}]")
        return "".join(parts)

    def paragraphs(self, segments: list[Segment], lead: str = "") -> list[str]:
        out = []
        for k, line in enumerate(lines_of(segments)):
            if lead and k == 0:
                # A note marked right after the marker ("3.²") follows the marker, unspaced.
                j = 0
                while j < len(line) and isinstance(line[j][1], Footnote):
                    j += 1
                out.append(f"{lead}{self.inline(line[:j])} {self.inline(line[j:]).strip()}")
                continue
            out.append(_escape_start(self.inline(line).strip()))
        if lead and not out:
            out.append(lead)
        return out

    # --- parts ----------------------------------------------------------------------------

    def header(self) -> None:
        h = self.doc.header
        head = " ".join(x for x in (h.doc_type, h.symbol.text if h.symbol else None) if x)
        title = h.title_display or h.title
        self.add(f"# {_escape(head or title or 'Văn bản')}")
        segs, _ = link([title or "", *h.addressees], self.cites.get("header", []))
        if title and head:
            self.add(f"**{self.inline(segs[0]).strip()}**")
        facts = []
        if h.issuer.name or h.issuer.lines:
            issuer = h.issuer.name or " ".join(h.issuer.lines)
            if h.issuer.parent:
                issuer += f" ({h.issuer.parent})"
            facts.append(("Cơ quan ban hành", issuer))
        if h.symbol:
            facts.append(("Số, ký hiệu", h.symbol.text))
        if h.place or h.date:
            when = f"ngày {h.date.day} tháng {h.date.month} năm {h.date.year}" if h.date else ""
            facts.append(("Địa danh, ngày ban hành", ", ".join(x for x in (h.place, when) if x)))
        facts = [(name, _escape(value)) for name, value in facts]
        if h.addressees:
            facts.append(("Kính gửi", "; ".join(self.inline(s).strip() for s in segs[1:])))
        if facts:
            self.add("\n".join(f"- **{name}:** {value}" for name, value in facts), "li")

    def nodes(self, nodes: list[Node], level: int, depth: int = 0) -> None:
        for n in nodes:
            self.node(n, level, depth)

    def node(self, n: Node, level: int, depth: int) -> None:
        texts = [n.title or "", n.text or ""]
        if n.kind == "table":
            self.table(n)
            return
        segs, _ = link(texts, self.cites.get(n.id, []))
        (title, text), _ = place_notes(self.doc, n, texts, segs, self.notes.get(n.id, []))
        mark = _escape(marker(n, self.doc.text[n.span.start : n.span.start + 40]))
        if n.kind == "bullet":
            lines = self.paragraphs([*title, ("\n", None), *text] if n.title else text)
            # Four spaces a level: Python-Markdown (MkDocs) needs them, CommonMark accepts them.
            item = "    " * depth + f"- {lines[0] if lines else ''}"
            rest = [("    " * (depth + 1)) + line for line in lines[1:]]
            self.add("\n".join([item, *rest]), "li")
            self.nodes(n.children, level, depth + 1)
            return
        if n.kind in _HEADED or n.title:
            text_title = self.inline(title).strip()
            # "Chương I" / "Mục 2" are printed above their title: a full stop keeps them apart.
            if mark and text_title and not mark.endswith((".", ")")):
                mark += "."
            head = " ".join(x for x in (mark, text_title) if x)
            if level <= 6:
                self.add(f"{'#' * level} {head}")
            else:
                self.add(f"**{head}**")
            for para in self.paragraphs(text):
                self.add(para)
        else:
            for para in self.paragraphs(text, f"**{mark}**" if mark else ""):
                self.add(para)
        self.nodes(n.children, level + 1)

    def table(self, n: Node) -> None:
        rows = n.rows or []
        if not rows:
            return
        width = max(len(r) for r in rows)
        cells = [c for r in rows for c in r]
        segs, _ = link(cells, self.cites.get(n.id, []))
        out, k = [], 0
        for r in rows:
            line = []
            for _ in r:
                rendered = self.inline(segs[k]).strip().replace("|", "\\|").replace("\n", "<br>")
                line.append(rendered)
                k += 1
            line += [""] * (width - len(r))
            out.append("| " + " | ".join(line) + " |")
        out.insert(1, "|" + "---|" * width)
        self.add("\n".join(out))

    def leftovers(self) -> None:
        """Text no stage claimed (a "leftover" part): kept verbatim, so nothing vanishes."""
        for part in self.doc.parts:
            if part.kind == "leftover":
                text = self.doc.text[part.span.start : part.span.end].strip()
                if text:
                    self.add(text)

    def closing(self) -> None:
        sig = self.doc.closing.signature
        if sig is not None:
            lines = [*sig.authority_lines, *(x for x in (sig.position, sig.name) if x)]
            if lines:
                self.add("  \n".join(f"**{_escape(x)}**" for x in lines))
        recipients = self.doc.closing.recipients
        if recipients:
            segs, _ = link(recipients, self.cites.get("closing", []))
            self.add("**Nơi nhận:**")
            self.add("\n".join(f"- {self.inline(s).strip()}" for s in segs), "li")
        shown = ["Nơi nhận", *recipients]
        if sig is not None:
            shown += [*sig.authority_lines, *(x for x in (sig.position, sig.name) if x)]
        for line in _unshown(self._closing_text(), shown):
            self.add(_escape_start(_escape(line)))

    def _closing_text(self) -> str:
        return "\n".join(
            self.doc.text[p.span.start : p.span.end] for p in self.doc.parts if p.kind == "closing"
        )

    def attachment(self, att: Attachment, k: int) -> None:
        name = att.doc_type or ("Phụ lục" if att.kind == "appendix" else f"Văn bản kèm theo {k}")
        title = att.title or ""
        if title and att.doc_type and not title.casefold().startswith(att.doc_type.casefold()):
            title = f"{att.doc_type}: {title}"
        head = self._head_lines(att, title)
        segs, _ = link([title or name, *head], self.cites.get(att.id, []))
        self.add(f"# {self.inline(segs[0]).strip()}")
        # The heading block's other lines as printed ("(Kèm theo Thông tư số ... ngày ... của
        # ...)", an attached document's issuer and motto): the text is the document's, kept.
        for line in segs[1:]:
            self.add(_escape_start(self.inline(line).strip()))
        if att.symbol and not head:
            self.add(f"*Kèm theo văn bản số {_escape(att.symbol.text)}*")
        self.nodes(att.preamble, 2)
        self.nodes(att.body, 2)

    def _head_lines(self, att: Attachment, title: str) -> list[str]:
        """The lines of ``att``'s heading block (its text before its first node) that its
        Markdown heading ``title`` does not already show."""
        if att.span is None:
            return []
        nodes = [*att.preamble, *att.body]
        end = min((n.span.start for n in nodes), default=att.span.end)
        shown = " ".join(title.split()).casefold()
        out = []
        for line in self.doc.text[att.span.start : end].split("\n"):
            text = " ".join(line.split())
            if text and text.casefold() not in shown:
                out.append(text)
        return out

    def footnotes(self) -> None:
        """The page footnotes as Markdown footnote definitions, in page order (a note whose mark
        has no place in the Markdown has its definition only)."""
        for note in self.doc.footnotes:
            (segs,), _ = link([note.text], self.cites.get(note.id, []))
            self.add(f"{self.note_refs[note.id]}: {self.inline(segs).strip()}")

    def references(self) -> None:
        if not self.refs:
            return
        self.add("# Văn bản được dẫn chiếu")
        items, defs = [], []
        for k, (key, cites) in enumerate(self.refs.items(), 1):
            c = next((x for x in cites if x.date or x.issuer), cites[0])
            what = " ".join(x for x in (c.doc_type, c.symbol.text if c.symbol else None) if x)
            if not c.symbol and c.name:
                what = c.name
            facts = [x for x in (c.date.isoformat() if c.date else None, c.issuer) if x]
            relations = list(dict.fromkeys(x.relation for x in cites))
            line = f'- <a id="ref-{k}"></a>**{_escape(what or key)}**'
            if facts:
                line += " — " + _escape(", ".join(facts))
            line += f" · `{key}` · {', '.join(relations)}"
            if c.internal:
                line += " · văn bản này"
            if len(cites) > 1:
                line += f" · {len(cites)} lần"
            items.append(line)
            title = (what or key).replace('"', "'")
            defs.append(f'[{self.labels[key]}]: #ref-{k} "{title}"')
        self.add("\n".join(items), "li")
        self.add("\n".join(defs), "defs")

    def scheme(self) -> None:
        groups = self.graph.scheme(self.doc) if self.graph is not None else []
        if not groups:
            return
        self.add("# Lược đồ")
        for heading, entries in groups:
            self.add(f"## {_escape(heading)}")
            self.add("\n".join(f"- {_escape(e)}" for e in entries), "li")
