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

* a point's letter read as a look-alike ("g)" as "8)" or "ø)", "c)" as "©)", "i)" as "1)",
  "d)" as "đ)"): where the point before it is the letter before the expected one, a look-alike
  of the expected letter is that letter (the points of a clause run a, b, c, d, đ, e, g, h,
  i, k, l, m, n, ... with none skipped).
* a raised note mark after an item's number read into it ("3.²" as "3.2" or "3.?"): after
  item "2." and before any "3.", a "3.2" opens no sub-item of an item that was never opened;
  it is "3." and the mark, kept as the segment's note mark when it is a number.

All work on the pages' segments before the layout stage, so no offset moves.
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
    _point_letters(segs)
    _item_marks(segs)


_POINTS = "abcdđeghiklmnopqrstuvxy"
"""The letters of a clause's points, in order (no f, j, w, z: not Vietnamese letters)."""
# What Tesseract reads for a point's letter before ")" (seen on the rendered set).
_LOOK_ALIKES = {"c": "©(", "d": "đ", "g": "8øq9", "i": "1l|", "l": "1I|"}
_POINT = rx.compile(r"^(?P<label>\S)\)\s")
# An item's number, alone ("2."), or with a sub-number ("2.1"), opening a line.
_ITEM = rx.compile(r"^(?P<n>\d{1,2})\.(?P<sub>\d{1,2}\.?)?+(?=\s|$)")
# An item's number with a raised note mark read after its stop: "3.2", "3.?", "3.*".
_MARKED_ITEM = rx.compile(r"^(?P<n>\d{1,2})\.(?P<mark>\d{1,2}|[?*!'’`])(?=\s)")


def _point_letters(segs: list[Seg]) -> None:
    prev = ""
    for s in segs:
        if _ITEM.match(s.text):
            prev = ""  # a new item: its points start at "a"
            continue
        m = _POINT.match(s.text)
        if m is None:
            continue
        label = m["label"]
        at = _POINTS.find(prev) + 1 if prev else 0
        want = _POINTS[at] if at < len(_POINTS) else ""
        if want and label != want and label in _LOOK_ALIKES.get(want, ""):
            s.text = want + s.text[1:]
            label = want
        prev = label if label in _POINTS else ""


def _item_marks(segs: list[Seg]) -> None:
    prev: tuple[int, bool] | None = None  # the last item's number, and whether it had a sub-number
    for s in segs:
        m = _MARKED_ITEM.match(s.text)
        n = int(m["n"]) if m is not None else 0
        if m is not None and prev == (n - 1, False):
            mark, head = m["mark"], f"{n}."
            s.text = head + s.text[m.end() :]
            cut = m.end() - len(head)  # what left the text before the marks already found
            s.marks = [(k - cut, label) for k, label in s.marks]
            if mark.isdigit():
                s.marks.insert(0, (len(head), mark))
            prev = (n, False)
            continue
        item = _ITEM.match(s.text)
        if item is not None:
            prev = (int(item["n"]), bool(item["sub"]))


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
