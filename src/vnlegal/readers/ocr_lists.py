"""List numbers Tesseract misread, put back from their sequence across the document.

A heading's number is read alone at the start of its line, where no word gives the context
that the syllable repair uses; what a reader uses instead is the sequence the number stands
in. Two slips of Tesseract on the numbers of a plan or a precedent, seen on the rendered set:

* an Arabic "1." read as a stroke, "I.", "l." or "|." ("I. Hợp đồng bảo hiểm ..."), which
  opens a Roman section. When the next number at the start of a line is "2." at the same
  indent, the stroke was "1.": a list does not go from a Roman "I" to an Arabic "2".
* a bold Roman number with a stroke lost ("II. NỘI DUNG" read "I. NỘI DUNG", then "III." read
  "II."), so the section repeats the one before it. A Roman section in capitals whose number,
  all strokes, is the previous section's own is the next one (up to "III": only strokes can
  be lost that way). An appendix ("PHỤ LỤC") starts its sections again.

Both work on the pages' segments before the layout stage, so no offset moves.
"""

from __future__ import annotations

from collections.abc import Sequence

from vnlegal.lang import rx
from vnlegal.readers.pdf_layout import Page, Seg

# "1." read as a stroke before a capitalized word (or alone: a wide gap after it).
_STROKE_ONE = rx.compile(r"^[Il|]\.(?:\s++\p{Lu}|$)")
# Any list number opening a line: Arabic "2." / "2)", Roman "II." (the next one in the list).
_NUMBER = rx.compile(r"^(?:(?P<arabic>\d{1,2})|(?P<roman>[IVX]{1,4}))[.)](?:\s|$)")
# A Roman section in capitals: "II. NỘI DUNG", "I. MỤC ĐÍCH, YÊU CẦU".
_ROMAN_CAPS = rx.compile(r"^(?P<roman>I{1,3}|IV|VI{0,3}|IX|XI{0,3})\.\s++\p{Lu}{2,}(?![\p{Ll}])")
_APPENDIX = rx.compile(r"^(?i:phụ\s++lục)(?!\p{L})")
_ROMANS = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9}
_ROMANS |= {"X": 10, "XI": 11, "XII": 12, "XIII": 13}
_INDENT = 1.5
"""How far (in the line's size) two numbers of one list may stand apart."""


def _in_order(pages: Sequence[Page]) -> list[Seg]:
    """The segments in reading order: page by page, top to bottom, left to right."""
    return [s for p in pages for s in sorted(p.segs, key=lambda s: (-s.base, s.x0))]


def fix_list_numbers(pages: Sequence[Page]) -> None:
    """Repair the misread list numbers of ``pages`` in place (see module doc)."""
    segs = _in_order(pages)
    _stroke_ones(segs)
    _lost_strokes(segs)


def _stroke_ones(segs: list[Seg]) -> None:
    for k, s in enumerate(segs):
        m = _STROKE_ONE.match(s.text)
        if m is None:
            continue
        nxt = next((t for t in segs[k + 1 :] if _NUMBER.match(t.text)), None)
        if nxt is None:
            continue
        n = _NUMBER.match(nxt.text)
        if n is not None and n["arabic"] == "2" and nxt.text[1] == s.text[1]:
            if abs(nxt.x0 - s.x0) <= _INDENT * max(s.size, nxt.size):
                s.text = "1" + s.text[1:]


def _lost_strokes(segs: list[Seg]) -> None:
    prev = 0
    for s in segs:
        if _APPENDIX.match(s.text):
            prev = 0
            continue
        m = _ROMAN_CAPS.match(s.text)
        if m is None:
            continue
        read = m["roman"]
        value = _ROMANS[read]
        if value == prev and set(read) == {"I"} and prev + 1 <= 3:
            value = prev + 1
            s.text = "I" * value + s.text[len(read) :]
        prev = value
