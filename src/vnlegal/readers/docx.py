"""DOCX reader: body content in document order, with Word's automatic numbering rendered.

The OPC package is opened with ``zipfile`` and only the main document, its styles and its
numbering definitions are unpacked (found by content type and relationship). The body is then
turned into text with lxml's C-level operations rather than a Python walk over every run,
which costs two to three times python-docx's own load on a table-heavy Thông tư:

1. what is not shown goes in one pass: deleted text, field codes, properties, the fallback
   copies of text boxes; hidden runs go and all-caps runs are upper-cased (the few runs
   concerned are found by XPath);
2. tabs and breaks get their characters; every paragraph, cell and row gets a marker as its
   tail (a row also one as its text), so the serialized text shows the structure;
3. Word's automatic numbering ("Điều 1.", "1.", "a)"), which python-docx does not render into
   ``paragraph.text`` either, is computed in document order from numbering.xml for the
   numbered paragraphs (found by XPath) and written as the paragraph's own text; bold and
   centered body paragraphs get a hint marker the same way;
4. the body is serialized as text once, and each row becomes one line with its cells joined
   by " | " (a cell with several paragraphs keeps its line breaks; a one-cell row is a frame
   and its lines stand alone).
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from dataclasses import dataclass
from typing import Any

import regex

from vnlegal.errors import CorruptDocumentError, ParseError, TooLargeError, UnsupportedFormatError
from vnlegal.limits import DEFAULT_LIMITS, Limits, checkpoint
from vnlegal.readers.numbering import Numbering, W, int_val
from vnlegal.readers.result import Hint, ReadResult
from vnlegal.readers.textfix import lead_bullet

_VAL = f"{W}val"
_FALSE = ("0", "false", "off", "none")
_CT = "application/vnd.openxmlformats-officedocument."
_MAIN_TYPES = (
    f"{_CT}wordprocessingml.document.main+xml",
    f"{_CT}wordprocessingml.template.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)
_OTHER_OFFICE = ("spreadsheetml", "presentationml", "ms-excel", "ms-powerpoint")
_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_NS = {"w": W[1:-1], "mc": _MC}

# Markers written into the tree as text and tails, read back from the serialized text.
_ROW_START, _ROW_END, _CELL_END = "\U0010fff0", "\U0010fff1", "\U0010fff2"
_HINT_START, _HINT_END = "\U0010fff3", "\U0010fff4"
_ROW = regex.compile("\U0010fff0([^\U0010fff1]*+)\U0010fff1")
_HINT = regex.compile("^\U0010fff3(b?)(c?)\U0010fff4")
_MARKS = regex.compile("[\U0010fff0-\U0010fff4]")
# Elements whose text is never shown: field codes, tracked deletions and moves, the fallback
# copy of a text box. Property elements (w:pPr, w:rPr, w:tcPr ...) hold no text, only
# attributes, so they stay: stripping thousands of them cost more than serializing past them.
# The one thing in them that would become text, a tab stop (w:tabs/w:tab), gets no "\t".
_NOT_TEXT = (
    *(f"{W}{t}" for t in ("instrText", "delText", "delInstrText", "del", "moveFrom", "fldData")),
    f"{{{_MC}}}Fallback",
)
_CHARS = {f"{W}tab": "\t", f"{W}ptab": "\t", f"{W}br": "\n", f"{W}cr": "\n", f"{W}noBreakHyphen": "-"}
_TAILS = {f"{W}p": "\n", f"{W}tc": _CELL_END, f"{W}tr": _ROW_END}


# --- styles ----------------------------------------------------------------------------


@dataclass
class _Style:
    based_on: str | None
    bold: bool | None
    caps: bool | None
    hidden: bool | None
    centered: bool | None
    num_id: str | None
    ilvl: int | None


def _flag(rpr: Any, name: str) -> bool | None:
    el = rpr.find(f"{W}{name}") if rpr is not None else None
    if el is None:
        return None
    return (el.get(_VAL) or "true").lower() not in _FALSE


class Styles:
    """Paragraph and character styles of a document, resolved through ``basedOn``."""

    def __init__(self, root: Any | None) -> None:
        self._raw: dict[str, _Style] = {}
        self.default_para = ""
        if root is None:
            return
        for st in root.iterfind(f"{W}style"):
            sid = st.get(f"{W}styleId") or ""
            based = st.find(f"{W}basedOn")
            rpr = st.find(f"{W}rPr")
            ppr = st.find(f"{W}pPr")
            num = ppr.find(f"{W}numPr") if ppr is not None else None
            jc = ppr.find(f"{W}jc") if ppr is not None else None
            self._raw[sid] = _Style(
                based_on=based.get(_VAL) if based is not None else None,
                bold=_flag(rpr, "b"),
                caps=_flag(rpr, "caps"),
                hidden=_flag(rpr, "vanish"),
                centered=(jc.get(_VAL) == "center") if jc is not None else None,
                num_id=num.find(f"{W}numId").get(_VAL)
                if num is not None and num.find(f"{W}numId") is not None
                else None,
                ilvl=int_val(num.find(f"{W}ilvl")) if num is not None else None,
            )
            if st.get(f"{W}type") == "paragraph" and (st.get(f"{W}default") or "").lower() in ("1", "true"):
                self.default_para = sid

    def _get(self, sid: str, attr: str) -> Any:
        """``attr`` of a style, inherited through ``basedOn``."""
        seen: set[str] = set()
        cur: str | None = sid
        while cur and cur in self._raw and cur not in seen and len(seen) < 20:
            seen.add(cur)
            value = getattr(self._raw[cur], attr)
            if value is not None:
                return value
            cur = self._raw[cur].based_on
        return None

    def with_flag(self, attr: str) -> frozenset[str]:
        """Ids of the styles where ``attr`` (bold, caps, hidden, centered) is true."""
        return frozenset(sid for sid in self._raw if self._get(sid, attr))

    def numbering(self, sid: str) -> tuple[str | None, int | None]:
        """(numId, ilvl) a paragraph style carries."""
        return self._get(sid, "num_id"), self._get(sid, "ilvl")

    def all_numbering(self) -> dict[str, tuple[str | None, int | None]]:
        """numPr of every style, for numbering-style links."""
        return {sid: self.numbering(sid) for sid in self._raw}


# --- package ---------------------------------------------------------------------------


@dataclass
class _Parts:
    document: Any
    styles: Any | None
    numbering: Any | None


def _zip_entries(data: bytes) -> int | None:
    """Entry count from the ZIP end record, read before ``zipfile`` parses a central directory
    of millions of entries; None when the record is missing or defers to ZIP64."""
    at = data.rfind(b"PK\x05\x06", max(0, len(data) - 65_557))
    if at < 0 or at + 22 > len(data):
        return None
    count = int.from_bytes(data[at + 10 : at + 12], "little")
    return None if count == 0xFFFF else count


def _check_package(data: bytes, path: str | None, limits: Limits) -> zipfile.ZipFile:
    """The package opened, after refusing zip bombs before anything is decompressed: too many
    entries, or more declared uncompressed bytes than ``limits`` allow. The declared sizes
    bind: ``zipfile`` stops at an entry's declared size and fails its CRC check when the data
    goes on."""
    early = _zip_entries(data)
    if early is not None:
        limits.check_size("the DOCX package", early, limits.max_docx_entries, "entries", path)
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except Exception as exc:
        # zipfile raises BadZipFile, but also NotImplementedError, ValueError, EOFError ...
        raise CorruptDocumentError(f"damaged DOCX: not a readable ZIP package ({exc})", path=path) from None
    infos = zf.infolist()
    limits.check_size("the DOCX package", len(infos), limits.max_docx_entries, "entries", path)
    total = sum(i.file_size for i in infos)
    limits.check_size(
        "the DOCX package uncompressed", total, limits.max_docx_uncompressed, "bytes", path
    )
    return zf


def _xml_error(exc: Exception, what: str, path: str | None) -> ParseError:
    """The typed error for an XML part that libxml2 refused."""
    msg = str(exc)
    if "Excessive depth" in msg:
        return TooLargeError(f"{what} nests XML elements deeper than 256 levels ({msg})", path=path)
    low = msg.lower()
    if "too long" in low or "huge" in low:
        return TooLargeError(f"{what} holds an XML text or name over the parser's limit ({msg})", path=path)
    if "amplification" in low or ("entit" in low and ("loop" in low or "recurs" in low)):
        return CorruptDocumentError(f"{what} defines XML entities that expand without end ({msg})", path=path)
    return CorruptDocumentError(f"damaged DOCX: broken XML in {what} ({msg})", path=path)


_PKG_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_OFFICE_DOCUMENT = ("officeDocument/2006/relationships/officeDocument", "relationships/officeDocument")


class _Package:
    """The few parts of an OPC package that the reader needs, read straight from the ZIP.

    python-docx's package reader would load and decompress every part (images included) and
    walk every relationship; the reader needs three XML parts, found the way Word finds
    them: the main document by its content type, its styles and numbering by its
    relationships."""

    def __init__(self, zf: zipfile.ZipFile, path: str | None) -> None:
        self.zf, self.path = zf, path
        self.names = {"/" + n.lstrip("/"): n for n in zf.namelist() if not n.endswith("/")}
        # Part names are case-insensitive in OPC; ZIP names are not.
        self.folded = {k.lower(): v for k, v in self.names.items()}
        self.parser = _xml_parser()

    def blob(self, part: str) -> bytes | None:
        name = self.names.get(part) or self.folded.get(part.lower())
        if name is None:
            return None
        try:
            return self.zf.read(name)
        except Exception as exc:
            # A CRC error, a declared size that lies, an unknown compression method ...
            raise CorruptDocumentError(
                f"damaged DOCX package: part {part} cannot be unpacked ({exc})", path=self.path
            ) from None

    def xml(self, part: str, what: str) -> Any | None:
        """Part ``part`` parsed, None when the package lacks it."""
        blob = self.blob(part)
        return None if blob is None else _parse_xml(blob, self.parser, what, self.path)

    def content_types(self) -> dict[str, str]:
        """Part name -> content type, for every part of the ZIP."""
        root = self.xml("/[Content_Types].xml", "the package's content types")
        if root is None:
            raise CorruptDocumentError("damaged DOCX package: it has no [Content_Types].xml", path=self.path)
        defaults = {
            (el.get("Extension") or "").lower(): el.get("ContentType") or ""
            for el in root.iter(f"{_PKG_CT}Default")
        }
        overrides = {
            (el.get("PartName") or "").lower(): el.get("ContentType") or ""
            for el in root.iter(f"{_PKG_CT}Override")
        }
        out = {}
        for part in self.names:
            ctype = overrides.get(part.lower()) or defaults.get(part.rpartition(".")[2].lower())
            if ctype:
                out[part] = ctype
        return out

    def relationships(self, source: str) -> list[tuple[str, str]]:
        """(type, target part name) of the internal relationships of part ``source`` ("/" is
        the package itself)."""
        folder, _, name = source.rpartition("/")
        root = self.xml(f"{folder}/_rels/{name}.rels", "the package's relationships")
        if root is None:
            return []
        out = []
        for el in root.iter(_PKG_REL):
            target = el.get("Target") or ""
            if (el.get("TargetMode") or "").lower() == "external" or not target:
                continue
            joined = target if target.startswith("/") else f"{folder}/{target}"
            out.append((el.get("Type") or "", posixpath.normpath("/" + joined.lstrip("/"))))
        return out


def _xml_parser() -> Any:
    from lxml import etree

    # Blank text between elements is layout of the XML file, not of the document. Entities are
    # never expanded and nothing is fetched; libxml2 keeps its default depth and size limits
    # (no huge_tree), which also bound entity amplification.
    return etree.XMLParser(resolve_entities=False, no_network=True, remove_blank_text=True)


def _parse_xml(blob: bytes, parser: Any, what: str, path: str | None) -> Any:
    from lxml import etree

    try:
        root = etree.fromstring(blob, parser)
    except etree.XMLSyntaxError as exc:
        raise _xml_error(exc, what, path) from None
    if root.getroottree().docinfo.doctype:
        # OOXML forbids DTDs; one in a part is an entity bomb or an external-entity probe.
        raise CorruptDocumentError(
            f"{what} declares a DTD, which DOCX files never do: refused (XML entity attack?)",
            path=path,
        )
    return root


def _open(data: bytes, path: str | None, limits: Limits) -> _Parts:
    """The main document, styles and numbering of a DOCX package, parsed."""
    with _check_package(data, path, limits) as zf:
        pkg = _Package(zf, path)
        types = pkg.content_types()
        mains = [part for part, ctype in types.items() if ctype in _MAIN_TYPES]
        linked = [t for rt, t in pkg.relationships("/") if rt.endswith(_OFFICE_DOCUMENT)]
        main = next((t for t in linked if t in mains), mains[0] if mains else None)
        checkpoint("opening the DOCX package")
        if main is None:
            if any(any(o in ctype for o in _OTHER_OFFICE) for ctype in types.values()):
                raise UnsupportedFormatError(
                    "an Office file that is not a Word document (spreadsheet or presentation?)", path=path
                )
            raise CorruptDocumentError("damaged DOCX: the package has no main document", path=path)
        targets: dict[str, str] = {}
        for rt, target in pkg.relationships(main):
            targets.setdefault(rt, target)

        def parse(part: str | None) -> Any | None:
            return None if part is None else pkg.xml(part, f"part {part}")

        return _Parts(parse(main), parse(targets.get(f"{_RT}styles")), parse(targets.get(f"{_RT}numbering")))


# --- text ------------------------------------------------------------------------------


def _prune(body: Any, styles: Styles) -> None:
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
            sid = el.get(_VAL)
            vanish = _flag(pr, "vanish") if owner.tag == f"{W}r" else None
            upper = _flag(pr, "caps") if owner.tag == f"{W}r" else None
            is_hidden = vanish if vanish is not None else sid in hidden
            is_caps = upper if upper is not None else sid in caps
        else:
            on = (el.get(_VAL) or "true").lower() not in _FALSE
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


def _mark(body: Any, styles: Styles, numbering: Numbering) -> None:
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
        label = _label(p, styles, numbering)
        if label:
            p.text = label
    _hints(body, styles)
    # One walk of the tree (in C) finds everything this step touches.
    row, span_tag, table = f"{W}tr", f"{W}gridSpan", f"{W}tbl"
    spans: list[Any] = []
    tables: list[Any] = []
    for el in body.iter(*_TAILS, span_tag, table):
        tag = el.tag
        if tag == span_tag:
            spans.append(el)
        elif tag == table:
            tables.append(el)
        else:
            el.tail = _TAILS[tag]
            if tag == row:
                el.text = _ROW_START
    for span in spans:
        tc = span.getparent().getparent()
        if tc is not None and tc.tag == f"{W}tc":
            tc.tail = _CELL_END * min(max(int_val(span) or 1, 1), 64)
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
    """Paragraphs with numPr or a numbered style, in document order (one XPath, in C; plain
    comparisons of the style id, which cost far less than building a string per paragraph)."""
    tests = ["w:pPr/w:numPr", *(f"w:pPr/w:pStyle/@w:val = $s{k}" for k in range(len(numbered)))]
    found: list[Any] = body.xpath(
        f".//w:p[{' or '.join(tests)}]",
        namespaces=_NS,
        **{f"s{k}": sid for k, sid in enumerate(sorted(numbered))},
    )
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


def _style_test(ids: list[str], var: str, default: bool) -> str:
    """XPath test: the paragraph's style is one of ``ids`` (variables ``$<var><k>``)."""
    tests = [f"w:pPr/w:pStyle/@w:val = ${var}{k}" for k in range(len(ids))]
    if default:
        tests.append("not(w:pPr/w:pStyle)")
    return " or ".join(tests) or "false()"


def _hints(body: Any, styles: Styles) -> None:
    """Mark the body paragraphs that are all bold or centered (a hint for headings)."""
    default = styles.default_para
    bold = sorted(styles.with_flag("bold"))
    centered = sorted(styles.with_flag("centered"))
    sb = _style_test(bold, "b", default in bold)
    sc = _style_test(centered, "c", default in centered)
    ids = {**{f"b{k}": s for k, s in enumerate(bold)}, **{f"c{k}": s for k, s in enumerate(centered)}}
    all_bold = (
        f"w:p[w:r/w:rPr/w:b][not({sb})][w:r[w:t]][not(w:r[w:t][not(w:rPr/w:b[not({_OFF})])])]"
        f" | w:p[{sb}][w:r[w:t]][not(w:r[w:t][w:rPr/w:b[{_OFF}]])]"
    )
    flags: dict[Any, str] = {}
    for p in body.xpath(all_bold, namespaces=_NS, **ids):
        flags[p] = "b"
    centered_xp = f"w:p[w:pPr/w:jc/@w:val = 'center' or (not(w:pPr/w:jc) and ({sc}))]"
    for p in body.xpath(centered_xp, namespaces=_NS, **ids):
        flags[p] = flags.get(p, "") + "c"
    for p, f in flags.items():
        p.text = f"{_HINT_START}{f}{_HINT_END}{p.text or ''}"


def _label(p: Any, styles: Styles, numbering: Numbering) -> str | None:
    """The label Word shows before paragraph ``p`` ("Điều 1. ", "a) "), counting it."""
    ppr = p.find(f"{W}pPr")
    num = ppr.find(f"{W}numPr") if ppr is not None else None
    ps = ppr.find(f"{W}pStyle") if ppr is not None else None
    sid = ps.get(_VAL) if ps is not None else styles.default_para
    style_num, style_lvl = styles.numbering(sid)
    num_el = num.find(f"{W}numId") if num is not None else None
    num_id = (num_el.get(_VAL) if num_el is not None else None) or style_num
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


def _row(m: Any) -> str:
    """One table row: cells joined by " | "; a one-cell row's lines stand alone."""
    cells = m.group(1).split(_CELL_END)[:-1]
    texts = ["\n".join(t for line in c.split("\n") if (t := line.strip())) for c in cells]
    if not any(texts):
        return ""
    if len(texts) == 1:
        return texts[0] + "\n"
    # An empty cell adds " |" rather than " | ": the line then needs no collapsing of double
    # spaces by the normalizer, which reads the same text either way.
    return texts[0] + "".join(f" | {t}" if t else " |" for t in texts[1:]) + "\n"


def _render(parts: _Parts) -> tuple[str, list[Hint]]:
    from lxml import etree

    styles = Styles(parts.styles)
    numbering = Numbering(parts.numbering, styles.all_numbering())
    body = parts.document.find(f"{W}body")
    _mark(body, styles, numbering)
    checkpoint("numbering the DOCX paragraphs")
    _prune(body, styles)
    checkpoint("pruning the DOCX body")
    text = _ROW.sub(_row, etree.tostring(body, method="text", encoding="unicode"))
    lines = text.split("\n")
    if lines and not lines[-1]:
        lines.pop()
    hints: list[Hint] = []
    for i, line in enumerate(lines):
        m = _HINT.match(line)
        if m is None:
            hints.append((None, None))
            continue
        hints.append((True if m.group(1) else None, True if m.group(2) else None))
        lines[i] = line[m.end() :]
    return lead_bullet(_MARKS.sub("", "\n".join(lines))), hints


def read_docx(data: bytes, *, path: str | None = None, limits: Limits | None = None) -> ReadResult:
    """Read a DOCX file into one page of text (DOCX has no fixed pages). A package over
    ``limits`` (entries, uncompressed size) raises ``TooLargeError`` before it is unpacked."""
    parts = _open(data, path, DEFAULT_LIMITS if limits is None else limits)
    if parts.document is None or parts.document.find(f"{W}body") is None:
        raise CorruptDocumentError("damaged DOCX: the document has no body", path=path)
    try:
        text, hints = _render(parts)
    except ParseError:
        raise
    except Exception as exc:
        raise CorruptDocumentError(f"damaged DOCX ({type(exc).__name__}: {exc})", path=path) from None
    return ReadResult(pages=[text], hints=[hints])
