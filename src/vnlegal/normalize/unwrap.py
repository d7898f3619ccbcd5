"""Hard line wraps: a paragraph that a portal, ``pdftotext`` or an e-mail broke into lines of a
fixed width gets its lines joined again, and a marker printed alone on its line ("I." /
"MỤC ĐÍCH, YÊU CẦU") is joined to its heading.

Left as they are, the breaks cut headings in two and, worse, start lines with words that look
like markers: "... quy định tại" / "Điều 5 của Luật này", "giai đoạn 2021" / "- 2030". Whether a
break is a wrap is read from the evidence a reader uses:

* the text is wrapped at all: most long lines end within a few characters of one width ``W``
  (the 97th percentile of line lengths), which a text with a paragraph per line never shows;
* this break was forced: the next line's first word would not have fitted on this line;
* this line does not end a sentence or a list item (".", ";", ":" before a capital);
* a paragraph that has not ended goes on whatever the next line starts with, but for a point
  or a bullet of a list ("a) rà soát", "- Sở X,"): a heading, an article or an item there is a
  reference the wrap put at the line start ("khoản 4" / "Điều 3 Quyết định này");
* a line in capitals is a heading, which ends where the capitals end.

``unwrap_edits`` is one of the finders ``vnlegal.normalize.repair`` runs; each edit turns one
"\\n" into " ", so no offset moves.
"""

from __future__ import annotations

from vnlegal.lang import rx
from vnlegal.lang.markers import Marker, classify
from vnlegal.normalize.edits import Edit
from vnlegal.normalize.markup import is_markdown

_MIN_LINES = 8
_MIN_WIDTH, _MAX_WIDTH = 40, 160
_BAND = 15
"""Characters below the width within which a wrapped line ends (a long word's length)."""
_NEAR_SHARE = 0.3
"""Share of the long lines that must end in the band for the text to count as wrapped."""
_SENTENCE_END = frozenset(".;:!?")
# What may close a sentence after its full stop: quotation marks and brackets ("... thu hồi.”",
# "... như sau:”.”"), and a table row's last separator ("... trong công tác.” | ").
_CLOSERS = "”’\"»)] |"
# A marker printed alone on its line: "I.", "1.", "2.1.", "a)", "Điều 5.", "II -".
_BARE_MARKER = rx.compile(
    r"^[ \t]*+(?:[IVXLC]{1,7}+[ \t]*+[.:)-]|\d{1,3}+(?:\.\d{1,2}+){0,3}+[.)]|[a-zđ]\d?\)|"
    r"(?i:điều)[ \t]++\d++[a-zđ]?[ \t]*+[.:])[ \t]*+$"
)


# Emphasis marks of a Markdown rendering (removed by the markup finder in the same pass): the
# tests below look at the words a reader sees.
_EMPHASIS = rx.compile(r"\*++|(?<!_)__(?!_)")


def _visible(line: str) -> str:
    return _EMPHASIS.sub("", line) if "*" in line or "__" in line else line


_BOLD_RUN = rx.compile(r"\*{2,}+")
# A bold paragraph's opening: the line starts with "**" (maybe "**_") before a word.
_BOLD_START = rx.compile(r"^[ \t]*+\*\*(?=[^\s*])")


def _toggles(line: str) -> int:
    """How many bold marks ("**") ``line`` holds ("****" is two: one pair closed, one opened)."""
    return sum((m.end() - m.start()) // 2 for m in _BOLD_RUN.finditer(line)) if "**" in line else 0


def _bold_open_at_ends(lines: list[str]) -> list[bool]:
    """For each line of a Markdown rendering, whether it ends inside a bold paragraph whose
    pair closes on a later line: a converter that wraps its lines breaks inside a bold heading
    ("**Điều 15. Sửa đổi ... của" / "Điều 33**"), and a pair never spans two paragraphs, so such
    a break is a wrap whatever the next line looks like.

    Only the plain shape counts: the first line opens the pair at its start and leaves it open,
    the lines after it hold no mark until the one that closes it, and no blank line comes in
    between. Stray marks (a signature table's "_**| **TM. ...") open nothing."""
    out = [False] * len(lines)
    k = 0
    n = len(lines)
    while k < n:
        if _BOLD_START.match(lines[k]) is None or _toggles(lines[k]) % 2 == 0:
            k += 1
            continue
        j = k + 1
        while j < n and lines[j].strip() and _toggles(lines[j]) == 0:
            j += 1
        if j < n and lines[j].strip() and _toggles(lines[j]) % 2 == 1:
            for i in range(k, j):
                out[i] = True  # the pair opened on line k closes on line j
            k = j + 1
        else:
            k = j
    return out


# A page number on a line of its own ("3", "- 3 -", "Trang 3"): furniture of a paged rendering,
# never joined to the text around it.
_PAGE_NUMBER = rx.compile(r"^[ \t]*+(?:-[ \t]*+)?(?:(?i:trang)[ \t]++)?\d{1,4}+(?:[ \t]*+-)?[ \t]*+$")


def _is_row(line: str) -> bool:
    """A table row, or a page number: lines that are never part of a wrapped paragraph."""
    if " | " in line or line.lstrip().startswith("|"):
        return True
    # A page number starts with "-", "Trang" or a digit and ends with a digit or "-": most
    # lines are ruled out without the pattern.
    s = line.strip(" \t")
    return (
        bool(s)
        and (s[-1] == "-" or s[-1].isdecimal())
        and (s[0] in "-tT" or s[0].isdecimal())
        and _PAGE_NUMBER.match(line) is not None
    )


_LONG_WORD = _MIN_WIDTH


def _has_long_word(line: str) -> bool:
    return len(line) > _LONG_WORD and any(len(w) > _LONG_WORD for w in line.split())


def wrap_width(lines: list[str]) -> int | None:
    """The width the text was wrapped at, or None when it was not wrapped."""
    # Lengths as written: a converter counts its own marks when it wraps. A wrapper cannot
    # break a word: a line that holds one longer than a usual line's half (a form's dot leader
    # "Họ và tên:.........", a URL) runs past the width and says nothing of it.
    lengths = sorted(len(ln) for ln in lines if ln.strip() and not _is_row(ln) and not _has_long_word(ln))
    if len(lengths) < _MIN_LINES:
        return None
    width = lengths[int(0.97 * (len(lengths) - 1))]
    if not _MIN_WIDTH <= width <= _MAX_WIDTH:
        return None
    long = [n for n in lengths if n >= width // 2]
    near = sum(1 for n in long if n >= width - _BAND)
    return width if long and near >= _NEAR_SHARE * len(long) else None


def _opens_unit(line: str) -> bool:
    """True when ``line`` starts with a marker that reads as one (a range's "- 2030" does not)."""
    m: Marker | None = classify(line)
    if m is None:
        return False
    if m.kind == "bullet":
        return not line[m.content :].lstrip()[:1].isdigit()
    return True


_HEADINGS = frozenset(("part", "chapter", "section", "subsection", "article"))


def _heading(line: str) -> bool:
    """True when ``line`` opens a division's heading ("Điều 4. Trình tự ..."): its title never
    ends in a stop, and a unit on the next line is its first clause, not a wrapped reference."""
    m: Marker | None = classify(line)
    return m is not None and m.kind in _HEADINGS


def _first_unit(line: str) -> bool:
    """True when ``line`` opens what follows a heading: its first clause or point ("1. Việc
    ...", "a) Điều tra ...") or a division named by its word ("Điều 6. Nguyên tắc" after "Mục
    1. BẢO TỒN ..."). A wrapped title's "I.1 và BM I.2" (a bare Roman label) or "3 Điều 5" is
    none of them."""
    m: Marker | None = classify(line)
    if m is None:
        return False
    if (m.kind, m.label) in (("item", "1"), ("point", "a")):
        return True
    return m.kind in _HEADINGS and not line[m.start :].upper().startswith(m.label.upper())


def _goes_on(line: str, nxt: str) -> bool:
    """True when ``nxt`` continues ``line``, a line the width broke before its sentence ended.

    A paragraph that has not ended cannot be followed by a heading, an article or an item: a
    marker there is a reference the wrap put at the line start ("khoản 4" / "Điều 3 Quyết định
    này", "tại Điều 8," / "Điều 15 Nghị định ...", "(Phụ lục" / "IV) và"). Points and bullets
    ("a) rà soát", "- Sở X,") follow an unpunctuated line in lists, so they stay units. A line
    in capitals is a heading: it ends where the capitals end."""
    if _is_caps(line):
        return _is_caps(nxt) and not _opens_unit(nxt)
    m: Marker | None = classify(nxt)
    if m is None:
        return True
    if m.kind == "bullet":
        return nxt[m.content :].lstrip()[:1].isdigit()  # "- 2030": a range "2021 - 2030"
    return m.kind != "point"


def _is_caps(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def unwrap_edits(text: str) -> tuple[list[Edit], str | None]:
    """Joins of hard-wrapped lines and of bare markers with their headings."""
    lines = text.split("\n")
    width = wrap_width(lines)
    edits: list[Edit] = []
    # Each line is read once (it is the next line of one break and the line of the next).
    shown = [_visible(ln) for ln in lines]
    # None: a blank line or a row, which no break joins; else whether it is a bare marker.
    bare = [None if not v.strip() or _is_row(v) else _BARE_MARKER.match(v) is not None for v in shown]
    bold_open = _bold_open_at_ends(lines) if "**" in text and is_markdown(text) else None
    pos = 0
    for k in range(len(lines) - 1):
        pos += len(lines[k]) + 1  # the offset of line k + 1; the newline sits at pos - 1
        if bare[k] is None or bare[k + 1] is None:
            continue
        line, nxt = shown[k], shown[k + 1]
        if bold_open is not None and bold_open[k]:
            edits.append(Edit(pos - 1, pos, " "))
            continue
        if bare[k]:
            if not _opens_unit(nxt) and not bare[k + 1]:
                edits.append(Edit(pos - 1, pos, " "))
            continue
        if width is None:
            continue
        body = line.rstrip()
        # The fit is judged on the lines as written: a converter counts its own marks
        # ("**Điều 18.** ... BM" is 78 columns, 74 of them visible) when it wraps.
        first = lines[k + 1].split(None, 1)[0]
        if len(lines[k].rstrip()) + 1 + len(first) <= width:
            continue  # the next word would have fitted: the line ended on purpose
        core = body.rstrip(_CLOSERS)
        if body[-1] in _SENTENCE_END or (core and core[-1] in _SENTENCE_END):
            if nxt.lstrip()[:1].islower() and not _opens_unit(nxt):
                edits.append(Edit(pos - 1, pos, " "))
            continue
        # The line before this one was joined to it: this line goes on a paragraph, and a
        # reference the wrap put at its start ("Điều 6c Luật ...") heads nothing.
        goes_on_a_paragraph = bool(edits) and edits[-1].end == pos - len(lines[k]) - 1
        if _heading(body) and _first_unit(nxt) and not goes_on_a_paragraph:
            continue  # a heading as long as the width, then its first clause ("1. Việc ...")
        if _goes_on(body, nxt):
            edits.append(Edit(pos - 1, pos, " "))
    # No warning: a wrapped rendering is an ordinary shape of a document, not damage.
    return edits, None
