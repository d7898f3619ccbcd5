"""DOCX body pass: steps 1 to 3 of the reader (:mod:`vnlegal.readers.docx`), which edit the
body's XML tree in place so that serializing it as text gives the document's text.

1. :func:`prune` -- what is not shown goes: deleted text, field codes, the fallback copies of
   text boxes, drawings (their text boxes stay), hidden runs; all-caps runs are upper-cased;
   tabs, breaks and symbols get their characters;
2. and 3. :func:`mark` -- Word's automatic numbering labels are written as the numbered
   paragraphs' own text, bold and centered paragraphs get a hint marker, and every paragraph,
   cell and row a structure marker as its tail.

The markers are private-use code points; :data:`ROW`, :data:`HINT` and :data:`MARKS` read
them back from the serialized text.
"""

from __future__ import annotations

from typing import Any

from vnlegal.lang import rx
from vnlegal.limits import checkpoint
from vnlegal.readers.docx_styles import FALSE, VAL, Styles, flag
from vnlegal.readers.numbering import Numbering, W, int_val

_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_NS = {"w": W[1:-1], "mc": _MC}

# Markers written into the tree as text and tails, read back from the serialized text.
ROW_START, ROW_END, CELL_END = "\U0010fff0", "\U0010fff1", "\U0010fff2"
HINT_START, HINT_END = "\U0010fff3", "\U0010fff4"
ROW = rx.compile("\U0010fff0([^\U0010fff1]*+)\U0010fff1")
HINT = rx.compile("^\U0010fff3(b?)(c?)\U0010fff4")
MARKS = rx.compile("[\U0010fff0-\U0010fff4]")
# Elements whose text is never shown: field codes, tracked deletions and moves, the fallback
# copy of a text box. Property elements (w:pPr, w:rPr, w:tcPr ...) hold no text, only
# attributes, so they stay: stripping thousands of them cost more than serializing past them.
# The one thing in them that would become text, a tab stop (w:tabs/w:tab), gets no "\t".
_NOT_TEXT = (
    *(f"{W}{t}" for t in ("instrText", "delText", "delInstrText", "del", "moveFrom", "fldData")),
    f"{{{_MC}}}Fallback",
)
_CHARS = {f"{W}tab": "\t", f"{W}ptab": "\t", f"{W}br": "\n", f"{W}cr": "\n", f"{W}noBreakHyphen": "-"}
_TAILS = {f"{W}p": "\n", f"{W}tc": CELL_END, f"{W}tr": ROW_END}
# The loops in Python over elements check the time budget once per this many.
_CHECK_EVERY = 4096
# Attributes (no namespace, so no text) that mark a w:pStyle naming a bold or centered style.
_BOLD_ATTR, _CENTERED_ATTR = "vnlegal-bold", "vnlegal-centered"


def prune(body: Any, styles: Styles) -> None:
    """Step 1 of the module doc: hidden runs, all-caps runs, and what is never shown."""
    from lxml import etree

    hidden, caps = styles.with_flag("hidden"), styles.with_flag("caps")
    tags = [f"{W}vanish", f"{W}caps"]
    if hidden or caps:
        tags += [f"{W}rStyle", f"{W}pStyle"]
    # One walk of the tree (in C) finds everything this step touches; only the few properties
    # concerned, the drawings and the special characters are visited.
    props: list[Any] = []
    drawings: list[Any] = []
    chars: list[Any] = []
    kinds = {**dict.fromkeys(tags, props), **dict.fromkeys(_DRAWINGS, drawings)}
    for el in body.iter(*tags, *_DRAWINGS, *_CHARS, f"{W}sym"):
        kinds.get(el.tag, chars).append(el)
    targets: list[tuple[Any, bool, bool]] = []
    for el in props:
        pr = el.getparent()
        owner = pr.getparent() if pr is not None else None
        if owner is None or pr.tag not in (f"{W}rPr", f"{W}pPr") or owner.tag not in (f"{W}r", f"{W}p"):
            continue  # a paragraph mark's own properties, a style change record ...
        if el.tag in (f"{W}rStyle", f"{W}pStyle"):
            sid = el.get(VAL)
            vanish = flag(pr, "vanish") if owner.tag == f"{W}r" else None
            upper = flag(pr, "caps") if owner.tag == f"{W}r" else None
            is_hidden = vanish if vanish is not None else sid in hidden
            is_caps = upper if upper is not None else sid in caps
        else:
            on = (el.get(VAL) or "true").lower() not in FALSE
            is_hidden, is_caps = (on, False) if el.tag == f"{W}vanish" else (False, on)
        if is_hidden or is_caps:
            targets.append((owner, is_hidden and owner.tag == f"{W}r", is_caps))
    for owner, remove, upper in targets:
        if remove:
            if owner.getparent() is not None:
                owner.getparent().remove(owner)
        elif upper:
            for t in owner.iter(f"{W}t"):
                t.text = (t.text or "").upper()
    _unwrap_drawings(drawings)
    for el in chars:
        if el.tag != f"{W}sym":
            parent = el.getparent()
            if parent is None or parent.tag != f"{W}tabs":
                el.text = _CHARS[el.tag]
            continue
        try:
            el.text = chr(int(el.get(f"{W}char") or "", 16))
        except ValueError:
            continue
    etree.strip_elements(body, *_NOT_TEXT, with_tail=False)


_DRAWINGS = (f"{W}drawing", f"{W}pict", f"{W}object", f"{{{_MC}}}AlternateContent")


def _text_boxes(el: Any) -> list[Any]:
    """``w:txbxContent`` elements of a drawing; of an AlternateContent only the first choice,
    since its fallback repeats the same text for older readers."""
    if el.tag == f"{{{_MC}}}AlternateContent":
        for choice in el:
            boxes = _text_boxes(choice)
            if boxes:
                return boxes
        return []
    return list(el.iter(f"{W}txbxContent"))


def _unwrap_drawings(drawings: list[Any]) -> None:
    """Replace each drawing (``drawings``: in document order) by its text boxes: the rest of a
    drawing's XML holds numbers (positions, sizes) that would read as text."""
    done: set[Any] = set()
    for d in drawings:
        if any(a in done for a in d.iterancestors(*_DRAWINGS)):
            continue
        done.add(d)
        parent = d.getparent()
        if parent is None:
            continue
        at = parent.index(d)
        for k, box in enumerate(_text_boxes(d)):
            parent.insert(at + k, box)
        parent.remove(d)


def mark(body: Any, styles: Styles, numbering: Numbering) -> None:
    """Steps 2 and 3 of the module doc: numbering labels, hints, structure markers.

    Labels and hints come first: they read paragraph properties, which pruning removes.
    """
    numbered = {s for s, (n, _) in styles.all_numbering().items() if n}
    default = styles.default_para
    if not numbering.defined:
        candidates: Any = ()  # no list definitions: nothing can be numbered
    elif default in numbered:
        # The default style is numbered (rare): every paragraph is a candidate.
        candidates = body.iter(f"{W}p")
    else:
        candidates = _numbered_paragraphs(body, numbered)
    for p in candidates:
        # Tens of microseconds a paragraph: the budget is checked at each.
        checkpoint("numbering the DOCX paragraphs")
        label = _label(p, styles, numbering)
        if label:
            p.text = label
    _hints(body, styles)
    # One walk of the tree (in C) finds everything this step touches.
    row, span_tag, table = f"{W}tr", f"{W}gridSpan", f"{W}tbl"
    spans: list[Any] = []
    tables: list[Any] = []
    for k, el in enumerate(body.iter(*_TAILS, span_tag, table)):
        if k % _CHECK_EVERY == 0:
            checkpoint("marking the DOCX's paragraphs and tables")
        tag = el.tag
        if tag == span_tag:
            spans.append(el)
        elif tag == table:
            tables.append(el)
        else:
            el.tail = _TAILS[tag]
            if tag == row:
                el.text = ROW_START
    for span in spans:
        tc = span.getparent().getparent()
        if tc is not None and tc.tag == f"{W}tc":
            tc.tail = CELL_END * min(max(int_val(span) or 1, 1), 64)
    # A table inside a cell is text of that cell: its rows are lines, its cells wide gaps.
    # Tables nested in such a table get the same treatment from the outer pass, so they are
    # not walked again (tables nested n deep would cost n passes over the innermost).
    covered: set[Any] = set()
    for inner in tables:
        if inner in covered:
            continue
        if inner.getparent() is not None and inner.getparent().tag == f"{W}tc":
            for el in inner.iter(f"{W}tr", f"{W}tc", f"{W}p", f"{W}tbl"):
                if el.tag == f"{W}tbl":
                    covered.add(el)
                    continue
                el.tail = {f"{W}tr": "\n", f"{W}tc": "    ", f"{W}p": " "}[el.tag]
                if el.tag == f"{W}tr":
                    el.text = None


def _numbered_paragraphs(body: Any, numbered: set[str]) -> list[Any]:
    """Paragraphs with numPr or a numbered style, in document order.

    One walk (in C) over the ``numPr`` and ``pStyle`` elements and a set lookup each: an XPath
    that compared every paragraph's style with each numbered style id cost paragraphs x
    styles (2 000 numbered styles x 50 000 paragraphs: minutes)."""
    ppr_tag, p_tag, num_tag = f"{W}pPr", f"{W}p", f"{W}numPr"
    found: list[Any] = []
    last: Any = None
    for k, el in enumerate(body.iter(num_tag, f"{W}pStyle")):
        if k % _CHECK_EVERY == 0:
            checkpoint("finding the DOCX's numbered paragraphs")
        ppr = el.getparent()
        if ppr is None or ppr.tag != ppr_tag:
            continue  # a style change record's properties, a run's ...
        p = ppr.getparent()
        if p is None or p.tag != p_tag or p is last:
            continue
        if el.tag == num_tag or el.get(VAL) in numbered:
            found.append(p)
            last = p
    return found


# Body paragraphs that are all bold, and those that are centered, found by XPath run by libxml2
# (a Python walk over every run cost more than the rest of the reader). A paragraph's style is
# its w:pStyle, else the default paragraph style. A run's w:b is off when its w:val is 0,
# false, off or none; on when present otherwise. A paragraph is all bold when it has a text run
# and every text run is bold: its own w:b on, or no w:b and a bold style. Style ids are passed
# as XPath variables and compared for equality, the cheapest test libxml2 has.
_OFF = " or ".join(
    f"@w:val = '{v}'" for w in ("0", "false", "off", "none") for v in dict.fromkeys((w, w.title(), w.upper()))
)


def _style_test(attr: str, default: bool) -> str:
    """XPath test: the paragraph's style has the flag that :func:`_tag_styles` wrote as
    attribute ``attr`` on its ``w:pStyle`` (or it has none and the default style has it)."""
    test = f"w:pPr/w:pStyle/@{attr}"
    return f"{test} or not(w:pPr/w:pStyle)" if default else test


def _tag_styles(body: Any, flagged: dict[str, frozenset[str]]) -> None:
    """Write attribute ``name`` on each paragraph's ``w:pStyle`` whose style is in
    ``flagged[name]``. The XPath of :func:`_hints` then tests one attribute: comparing each
    paragraph's style with every bold or centered style id cost paragraphs x styles. The
    attributes are no text, so the serialized text does not change."""
    if not any(flagged.values()):
        return
    ppr_tag = f"{W}pPr"
    for k, el in enumerate(body.iter(f"{W}pStyle")):
        if k % _CHECK_EVERY == 0:
            checkpoint("reading the DOCX's paragraph styles")
        parent = el.getparent()
        if parent is None or parent.tag != ppr_tag:
            continue
        sid = el.get(VAL)
        for name, ids in flagged.items():
            if sid in ids:
                el.set(name, "1")


def _hints(body: Any, styles: Styles) -> None:
    """Mark the body paragraphs that are all bold or centered (a hint for headings)."""
    default = styles.default_para
    bold, centered = styles.with_flag("bold"), styles.with_flag("centered")
    _tag_styles(body, {_BOLD_ATTR: bold, _CENTERED_ATTR: centered})
    sb = _style_test(_BOLD_ATTR, default in bold)
    sc = _style_test(_CENTERED_ATTR, default in centered)
    all_bold = (
        f"w:p[w:r/w:rPr/w:b][not({sb})][w:r[w:t]][not(w:r[w:t][not(w:rPr/w:b[not({_OFF})])])]"
        f" | w:p[{sb}][w:r[w:t]][not(w:r[w:t][w:rPr/w:b[{_OFF}]])]"
    )
    flags: dict[Any, str] = {}
    for p in body.xpath(all_bold, namespaces=_NS):
        flags[p] = "b"
    checkpoint("finding the DOCX's bold paragraphs")
    centered_xp = f"w:p[w:pPr/w:jc/@w:val = 'center' or (not(w:pPr/w:jc) and ({sc}))]"
    for p in body.xpath(centered_xp, namespaces=_NS):
        flags[p] = flags.get(p, "") + "c"
    checkpoint("finding the DOCX's centered paragraphs")
    for p, f in flags.items():
        p.text = f"{HINT_START}{f}{HINT_END}{p.text or ''}"


def _label(p: Any, styles: Styles, numbering: Numbering) -> str | None:
    """The label Word shows before paragraph ``p`` ("Điều 1. ", "a) "), counting it."""
    ppr = p.find(f"{W}pPr")
    num = ppr.find(f"{W}numPr") if ppr is not None else None
    ps = ppr.find(f"{W}pStyle") if ppr is not None else None
    sid = ps.get(VAL) if ps is not None else styles.default_para
    style_num, style_lvl = styles.numbering(sid)
    num_el = num.find(f"{W}numId") if num is not None else None
    num_id = (num_el.get(VAL) if num_el is not None else None) or style_num
    if not num_id or num_id == "0":
        return None
    ilvl = int_val(num.find(f"{W}ilvl")) if num is not None else None
    if ilvl is None:
        ilvl = style_lvl
    if ilvl is None:
        ilvl = numbering.level_for_style(num_id, sid) or 0
    got = numbering.label(num_id, ilvl)
    if got is None or not got[0]:
        return None
    return got[0] + ("" if got[1] == "nothing" else " ")
