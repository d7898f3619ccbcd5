"""Builders of hostile and broken files for the reliability tests: small PDFs, DOCX packages,
zip bombs, HTML pages, written from scratch so that every test states what it feeds in."""

from __future__ import annotations

import http.server
import io
import struct
import threading
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="{main}"/>
</Types>"""
MAIN_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"

_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Target="word/document.xml"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>
</Relationships>"""

PLAN = ["KẾ HOẠCH", "Số: 12/KH-UBND", "I. MỤC ĐÍCH", "1. Triển khai Nghị định số 72/2015/NĐ-CP."]


# --- DOCX -------------------------------------------------------------------------------


def para(text: str) -> str:
    """A w:p holding ``text`` in one run."""
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def document_xml(inner: str, prolog: str = "") -> str:
    """A main document part whose body holds ``inner``."""
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}'
        f'<w:document xmlns:w="{W_NS}"><w:body>{inner}</w:body></w:document>'
    )


def docx(
    document: str | bytes | None = None,
    *,
    extra: list[tuple[str, bytes | str]] | None = None,
    main_type: str = MAIN_TYPE,
    rels: str = _RELS,
) -> bytes:
    """A DOCX package; ``document`` defaults to a short plan."""
    if document is None:
        document = document_xml("".join(para(t) for t in PLAN))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES.format(main=main_type))
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", document)
        for name, blob in extra or []:
            z.writestr(name, blob)
    return buf.getvalue()


def declare_size(data: bytes, member: str, size: int) -> bytes:
    """``data`` (a ZIP) with ``member``'s declared uncompressed size set to ``size`` in its
    local and central headers, as a zip bomb's would read."""
    out = bytearray(data)
    name = member.encode()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        info = z.getinfo(member)
    local = info.header_offset
    struct.pack_into("<I", out, local + 22, size)
    central = out.rfind(b"PK\x01\x02")
    while central >= 0:
        nlen = struct.unpack_from("<H", out, central + 28)[0]
        if bytes(out[central + 46 : central + 46 + nlen]) == name:
            struct.pack_into("<I", out, central + 24, size)
            break
        central = out.rfind(b"PK\x01\x02", 0, central)
    return bytes(out)


def billion_laughs(levels: int = 9) -> str:
    """A DOCTYPE whose entity &lol{levels}; expands to 10**levels "lol"s."""
    ents = ['<!ENTITY lol0 "lol">']
    ents += [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, levels + 1)]
    return f"<!DOCTYPE w:document [{''.join(ents)}]>"


# --- PDF --------------------------------------------------------------------------------


def _esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(
    pages: list[list[str]],
    *,
    encrypt: bool = False,
    page_objects: list[str] | None = None,
    drawing: str = "",
    size: tuple[int, int] = (595, 842),
) -> bytes:
    """A PDF whose pages (``size`` points) show the given lines in Helvetica (an empty list: a
    blank page).

    ``encrypt`` adds a standard security handler whose password nobody knows;
    ``page_objects`` replaces the page list with raw objects (for broken trees); ``drawing``
    is content-stream operators drawn on every page before its text."""
    objs: list[str] = []
    n = len(pages)
    first_page = 4
    kids = " ".join(f"{first_page + 2 * i} 0 R" for i in range(n))
    objs.append("<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {n} >>")
    objs.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for lines in pages:
        ops = ["BT /F1 12 Tf 14 TL 72 770 Td"]
        ops += [f"({_esc(t)}) Tj T*" for t in lines]
        ops.append("ET")
        stream = "\n".join([drawing, *ops] if lines else [drawing]).strip()
        page_no = len(objs) + 1
        objs.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {size[0]} {size[1]}] "
            f"/Resources << /Font << /F1 3 0 R >> >> /Contents {page_no + 1} 0 R >>"
        )
        objs.append(f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}\nendstream")
    if page_objects is not None:
        objs[1:2] = []
        objs = [objs[0], *page_objects]
    trailer_extra = ""
    if encrypt:
        objs.append(f"<< /Filter /Standard /V 1 /R 2 /O <{'ab' * 32}> /U <{'cd' * 32}> /P -4 >>")
        trailer_extra = f" /Encrypt {len(objs)} 0 R /ID [<{'01' * 16}> <{'01' * 16}>]"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets: list[int] = []
    for k, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{k} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    trailer = f"<< /Size {len(objs) + 1} /Root 1 0 R{trailer_extra} >>"
    out += f"trailer\n{trailer}\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


PDF_PLAN = ["UY BAN NHAN DAN TINH BINH DUONG", "So: 12/KH-UBND", "KE HOACH", "I. MUC DICH, YEU CAU",
            "1. Trien khai thuc hien ke hoach nam 2024."]  # fmt: skip


# --- OLE (Word 97-2003) -----------------------------------------------------------------

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def ole(*names: str, fib_flags: int | None = None) -> bytes:
    """Bytes that look like an OLE compound file with the given stream names."""
    data = bytearray(OLE_MAGIC + b"\x00" * 504)
    for name in names:
        data += name.encode("utf-16-le") + b"\x00" * 16
    data += b"\x00" * (1024 - len(data) % 512)
    if fib_flags is not None:
        fib = bytearray(b"\xec\xa5" + b"\x00" * 510)
        fib[10:12] = fib_flags.to_bytes(2, "little")
        data += fib
    return bytes(data)


# --- documents that ask for the network or for other files ------------------------------


def rtf_linking(url: str, path: str) -> bytes:
    """An RTF whose fields ask the converter to fetch ``url`` and to read the picture at
    ``path`` (plain and as a file:// URL): LibreOffice converts it the way it converts a .doc."""
    fields = [
        f'INCLUDEPICTURE "{url}" \\\\d',
        f'INCLUDEPICTURE "{path}" \\\\d',
        f'INCLUDEPICTURE "file://{path}" \\\\d',
        f'INCLUDETEXT "{path}"',
    ]
    body = "".join("{\\field{\\*\\fldinst " + f + "}{\\fldrslt x}}\\par " for f in fields)
    return ("{\\rtf1\\ansi KE HOACH\\par " + body + "So: 12/KH-UBND\\par}").encode("ascii")


@contextmanager
def loopback_server() -> Iterator[tuple[str, list[str]]]:
    """An HTTP server on 127.0.0.1 (a free port): yields its base URL and the list of paths
    it was asked for (every request is answered 404)."""
    seen: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            seen.append(self.path)
            self.send_response(404)
            self.end_headers()

        do_HEAD = do_POST = do_GET

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()


def pdf_forms(chain: int, *, calls: int = 2, loop: bool = False) -> bytes:
    """A one-page PDF whose content draws form XObject X0; each X{k} draws X{k+1} ``calls``
    times (a chain of ``chain`` forms: 2**chain draws), and with ``loop`` the last one draws
    X0 again (a form that draws itself when ``chain`` is 1)."""
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"]
    first = 5
    xobjs = " ".join(f"/X{k} {first + k} 0 R" for k in range(chain))
    resources = f"<< /XObject << {xobjs} >> /Font << /F1 {first + chain} 0 R >> >>"
    objs.append(
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources {resources} /Contents 4 0 R >>"
    )
    page = "BT /F1 12 Tf 72 770 Td (KE HOACH) Tj ET /X0 Do"
    objs.append(f"<< /Length {len(page)} >>\nstream\n{page}\nendstream")
    for k in range(chain):
        nxt = k + 1 if k + 1 < chain else (0 if loop else None)
        body = "0 0 m 10 10 l S" + (f" /X{nxt} Do" * calls if nxt is not None else "")
        objs.append(
            f"<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources {resources} "
            f"/Length {len(body)} >>\nstream\n{body}\nendstream"
        )
    objs.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for k, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{k} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{off:010d} 00000 n \n".encode() for off in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


# --- issue 17: inputs that cost time or memory out of proportion, written to a path ------
# Each builder streams its file to disk, so that the process measuring the parse (see
# tests/hostile_run.py) holds none of it beforehand.


def write_lines(path: str, line: str, count: int, head: str = "KẾ HOẠCH\n") -> None:
    """``head`` then ``count`` copies of ``line`` (a newline after each)."""
    chunk = (line + "\n") * 10_000
    with open(path, "w", encoding="utf-8") as f:
        f.write(head)
        for _ in range(count // 10_000):
            f.write(chunk)
        f.write((line + "\n") * (count % 10_000))


def write_long_line(path: str, chars: int) -> None:
    """A plan header, then one line of ``chars`` characters ("a b " repeated)."""
    with open(path, "w", encoding="ascii") as f:
        f.write("KE HOACH\n")
        block = "a b " * 250_000  # a million characters
        for _ in range(chars // len(block)):
            f.write(block)
        f.write("a" * (chars % len(block)) + "\n")


def _docx_stream(path: str, parts: list[tuple[str, str | Iterator[str]]]) -> None:
    """A DOCX package whose main document and ``parts`` (name, text or chunks) are written
    chunk by chunk (the document's relationships list styles.xml and numbering.xml)."""
    doc_rels = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships '
        'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Target="styles.xml" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"/>'
        '<Relationship Id="rId2" Target="numbering.xml" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"/>'
        "</Relationships>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES.format(main=MAIN_TYPE))
        z.writestr("_rels/.rels", _RELS)
        z.writestr("word/_rels/document.xml.rels", doc_rels)
        for name, body in parts:
            with z.open(name, "w", force_zip64=True) as out:
                for chunk in [body] if isinstance(body, str) else body:
                    out.write(chunk.encode("utf-8"))


def write_docx_empty_paragraphs(path: str, megabytes: int) -> None:
    """A DOCX whose body is ``megabytes`` MB of empty paragraphs (``<w:p/>``): it deflates
    about a thousandfold, and each paragraph is an element of the parsed tree."""

    def body() -> Iterator[str]:
        yield f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W_NS}"><w:body>'
        yield para("KẾ HOẠCH")
        chunk = "<w:p/>" * 100_000
        for _ in range(megabytes * 1_000_000 // len(chunk)):
            yield chunk
        yield "</w:body></w:document>"

    _docx_stream(path, [("word/document.xml", body())])


def write_docx_numbered_styles(path: str, styles: int, paragraphs: int) -> None:
    """A DOCX with ``styles`` paragraph styles that each carry list numbering and
    ``paragraphs`` paragraphs: half in the last numbered style, half in a plain one (every
    style id compared against every paragraph cost the reader 27 s)."""
    numbered = "".join(
        f'<w:style w:type="paragraph" w:styleId="S{k}"><w:pPr><w:numPr><w:ilvl w:val="0"/>'
        f'<w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
        for k in range(styles)
    )
    styles_xml = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="{W_NS}">'
        f'<w:style w:type="paragraph" w:default="1" w:styleId="Normal"/>{numbered}</w:styles>'
    )
    numbering_xml = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="{W_NS}">'
        '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
    )

    def body() -> Iterator[str]:
        yield f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W_NS}"><w:body>'
        yield para("KẾ HOẠCH")
        for k in range(paragraphs):
            style = f"S{styles - 1}" if k % 2 else "Normal"
            yield (f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>'
                   f"<w:r><w:t>Nội dung thứ {k}</w:t></w:r></w:p>")  # fmt: skip
        yield "</w:body></w:document>"

    _docx_stream(path, [("word/document.xml", body()), ("word/styles.xml", styles_xml),
                        ("word/numbering.xml", numbering_xml)])  # fmt: skip


def write_zip_lying_about_entries(path: str, entries: int, claimed: int = 5) -> None:
    """A DOCX-looking ZIP whose central directory holds ``entries`` records (all naming one
    stored part) while its end record claims ``claimed``: the claim passes an entry limit
    read from the end record, the directory does not."""
    name = b"word/document.xml"
    blob = document_xml(para("KẾ HOẠCH")).encode()
    import zlib

    crc = zlib.crc32(blob)
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 0, 0, 0, crc, len(blob), len(blob),
                        len(name), 0) + name + blob  # fmt: skip
    record = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 0, 0, 0, crc, len(blob),
                         len(blob), len(name), 0, 0, 0, 0, 0, 0) + name  # fmt: skip
    with open(path, "wb") as f:
        f.write(local)
        batch = 10_000
        for k in range(0, entries, batch):
            f.write(record * min(batch, entries - k))
        size = len(record) * entries
        f.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, claimed, claimed, size, len(local), 0))


def write_html_table(path: str, rows: int) -> None:
    """A page whose one table has ``rows`` rows of two short cells."""
    with open(path, "w", encoding="utf-8") as f:
        f.write("<html><body><p>KẾ HOẠCH</p><table>")
        chunk = "".join(f"<tr><td>{k}</td><td>Nội dung</td></tr>" for k in range(1000))
        for _ in range(rows // 1000):
            f.write(chunk)
        f.write("</table></body></html>")


def pdf_grid(n: int) -> bytes:
    """A one-page PDF ruled into an ``n`` x ``n`` grid of separate hairlines 3 points apart
    (rules closer than 2 points are joined), with a plan's lines over 250 of its rows: a million
    crossings to test and a table of a million cells to cut."""
    side = 3 * n + 40
    lo, hi = 20, 20 + 3 * (n - 1)
    ops = [f"{lo} {lo + 3 * k} m {hi} {lo + 3 * k} l S" for k in range(n)]
    ops += [f"{lo + 3 * k} {lo} m {lo + 3 * k} {hi} l S" for k in range(n)]
    return pdf([PDF_PLAN * 12], drawing="0.1 w " + "\n".join(ops), size=(side, side))


# --- issue 17: a tree of good files with every kind of hostile file among them --------------


GOOD = None
"""``write_hostile_tree``'s expected outcome of a file that must be converted."""


def write_hostile_tree(dest: str, good: list[str], folders: int = 4) -> dict[str, str | None]:
    """A tree under ``dest`` (created) of copies of the ``good`` files (fixtures), two more
    good texts with hostile names (not UTF-8, a newline), and one file of each kind a batch
    must survive: a FIFO, a link to /dev/zero, a link to a secret outside the tree
    (``dest``/../secret.txt, which holds "SECRET-OUTSIDE"), two links to each other, a
    dangling link, links to "." and ".." (folder loops, never entered), an empty file, binary
    junk, a PNG named .pdf, a truncated and an encrypted PDF, a PDF form that draws itself, a
    ZIP whose end record hides 20 000 entries, a DOCX zip bomb declaring 4 GB, the
    billion-laughs DOCX, HTML nested 1 500 deep and a line of 6 million characters.

    The files are dealt round-robin into ``folders`` folders ``d0``, ``d1`` ..., so that a
    batch, which walks in sorted order, meets hostile files all along the run, not at its end.
    Returns the path of every file a batch over ``dest`` takes (as ``os.fsdecode`` gives it)
    and its expected outcome: the error type of its report line, or ``GOOD`` (None)."""
    import os
    import shutil

    dirs = [os.path.join(dest, f"d{k}") for k in range(folders)]
    for d in dirs:
        os.makedirs(d)
    secret = os.path.join(os.path.dirname(os.path.abspath(dest)), "secret.txt")
    with open(secret, "w", encoding="utf-8") as text:
        text.write("SECRET-OUTSIDE\n" + "\n".join(PLAN) + "\n")
    want: dict[str, str | None] = {}
    n_good = n_bad = 0

    def place(name: str | bytes, outcome: str | None) -> str:
        nonlocal n_good, n_bad
        k = n_good if outcome is GOOD else n_bad
        if outcome is GOOD:
            n_good += 1
        else:
            n_bad += 1
        folder = dirs[k % folders]
        path = os.fsdecode(os.path.join(os.fsencode(folder), os.fsencode(name)))
        want[path] = outcome
        return path

    for src in good:
        shutil.copy(src, place(os.path.basename(src), GOOD))
    plan = ("\n".join(PLAN) + "\n").encode()
    for name in (b"bad\xff.txt", b"new\nline.txt"):
        with open(place(name, GOOD), "wb") as f:
            f.write(plan)

    def put(name: str, data: bytes, outcome: str) -> None:
        with open(place(name, outcome), "wb") as f:
            f.write(data)

    os.mkfifo(place("fifo.txt", "ParseError"))
    os.symlink("/dev/zero", place("zero.txt", "SymlinkRefused"))
    os.symlink(secret, place("outside.txt", "SymlinkRefused"))
    ping = place("ping.txt", "ParseError")  # the two links point at each other: ELOOP
    pong = os.path.join(os.path.dirname(ping), "pong.txt")
    want[pong] = "ParseError"
    os.symlink("pong.txt", ping)
    os.symlink("ping.txt", pong)
    os.symlink("missing.txt", place("dangling.txt", "ParseError"))
    os.symlink(".", os.path.join(dirs[0], "loop"))
    os.symlink("..", os.path.join(dirs[-1], "up"))
    put("empty.txt", b"", "EmptyDocumentError")
    put("junk.docx", bytes(range(256)) * 16, "UnsupportedFormatError")
    put("photo.pdf", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "CorruptDocumentError")
    put("truncated.pdf", pdf([PDF_PLAN])[:300], "CorruptDocumentError")
    put("encrypted.pdf", pdf([PDF_PLAN], encrypt=True), "EncryptedDocumentError")
    put("xobject.pdf", pdf_forms(1, loop=True), "TooLargeError")
    write_zip_lying_about_entries(place("entries.docx", "TooLargeError"), 20_000)
    put("bomb.docx", declare_size(docx(), "word/document.xml", 4_000_000_000), "TooLargeError")
    put("laughs.docx", docx(document_xml(para("&lol9;"), prolog=billion_laughs())), "CorruptDocumentError")
    deep = "<html><body>" + "<div>" * 1_500 + "Kế hoạch số 12/KH-UBND " * 20 + "</div>" * 1_500
    put("deep.html", deep.encode(), "TooLargeError")
    write_long_line(place("long.txt", "TooLargeError"), 6_000_000)
    return want
