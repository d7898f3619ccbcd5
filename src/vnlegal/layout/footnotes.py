"""A PDF's page footnotes in ``Document.text``: after the document's last part, one per line as
printed with their number, in a part of their own ("footnotes"), each tied to its mark.

Why after the last part and not at the foot of each page: a footnote printed at the foot of a
page would, put back where it is printed, cut a paragraph or a unit that goes on across the page
break, and "1 Điều này được sửa đổi ..." would open an item 1 of the outline. Gathered after the
document, the notes are text of the document (nothing is lost, the parts still tile the text)
that no structure stage reads: the stages run before they are appended.

A note's mark is the raised number in the running text that calls it. The reader takes that
number out of the text (it is glued to what it follows: "thẩm tra17", "Điều 5.3"), so the mark is
an empty span where it stood; it is looked for on the note's own page only (a note is printed at
the foot of the page that calls it), and a note whose number is not found there exactly once
gets no mark rather than a guessed one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from vnlegal.model import Document, Footnote, Part, Span
from vnlegal.normalize.core import normalize

NoteIn = tuple[int, str, str]
"""A footnote as the reader gives it: (page, number as printed, text without the number)."""
MarkIn = tuple[int, int, str]
"""A note mark: (offset in ``Document.text``, page, number as printed)."""


def append_footnotes(doc: Document, notes: Sequence[NoteIn], marks: Sequence[MarkIn]) -> list[str]:
    """Append ``notes`` to ``doc.text`` (see module doc), fill ``doc.footnotes`` and add the
    "footnotes" part; returns the warnings (notes whose mark was not found)."""
    if not notes:
        return []
    block = "\n".join(f"{label} {text}".rstrip() for _, label, text in notes)
    lines = normalize(block, keep_lines=True).text.split("\n")
    if len(lines) != len(notes):  # normalization keeps every line; never trust it blindly
        lines = block.split("\n")
    body_end = len(doc.text)
    sep = "\n" if doc.text else ""
    start = body_end + len(sep)
    doc.text = doc.text + sep + "\n".join(lines)

    where: dict[tuple[int, str], list[int]] = {}
    for pos, page, label in marks:
        where.setdefault((page, label), []).append(pos)
    seen: Counter[str] = Counter()
    missing = 0
    pos = start
    for (page, label, _), line in zip(notes, lines, strict=True):
        seen[label] += 1
        ident = f"footnote.{label}" + (f"_{seen[label]}" if seen[label] > 1 else "")
        text = line[len(label) :].lstrip() if line.startswith(label) else line
        found = where.get((page, label), [])
        mark = Span(start=found[0], end=found[0]) if len(found) == 1 else None
        missing += mark is None
        span = Span(start=pos, end=pos + len(line))
        doc.footnotes.append(Footnote(id=ident, label=label, text=text, span=span, page=page, mark=mark))
        pos += len(line) + 1

    if doc.parts:
        last = doc.parts[-1]
        # The line break before the notes goes with the part before them, as blank gaps do.
        doc.parts[-1] = last.model_copy(update={"span": Span(start=last.span.start, end=start)})
        doc.parts.append(Part(kind="footnotes", span=Span(start=start, end=len(doc.text))))
    else:
        doc.parts.append(Part(kind="footnotes", span=Span(start=0, end=len(doc.text))))
    if missing:
        return [f"{missing} footnote(s) whose mark was not found on their page (mark left null)"]
    return []
