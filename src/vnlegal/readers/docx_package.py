"""DOCX package: the OPC (ZIP) container of a Word file, opened safely and narrowly.

Zip bombs are refused before anything is decompressed (entry count, declared uncompressed
size); the XML parts are parsed with entities off and DTDs refused; and only the three parts
the reader needs are unpacked -- the main document (found by content type and relationship),
its styles and its numbering (found by its relationships) -- as :class:`Parts`.
"""

from __future__ import annotations

import io
import posixpath
import struct
import zipfile
from dataclasses import dataclass
from typing import Any

from vnlegal.errors import CorruptDocumentError, ParseError, TooLargeError, UnsupportedFormatError
from vnlegal.limits import Limits, checkpoint

_CT = "application/vnd.openxmlformats-officedocument."
_MAIN_TYPES = (
    f"{_CT}wordprocessingml.document.main+xml",
    f"{_CT}wordprocessingml.template.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)
_OTHER_OFFICE = ("spreadsheetml", "presentationml", "ms-excel", "ms-powerpoint")
_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


@dataclass
class Parts:
    """The parsed XML parts of a DOCX package that the reader needs (None: part missing)."""

    document: Any
    styles: Any | None
    numbering: Any | None


def _central_entries(data: bytes, stop_after: int) -> int | None:
    """Records in the central directory that ``zipfile`` will read, counted as they are read
    (up to ``stop_after + 1``), before ``zipfile`` parses them all. The end record's own entry
    count is not trusted: a package whose end record claims 5 entries over a directory of
    three million cost ``zipfile`` 15-34 s and 2 GB. None when there is no end record (then
    ``zipfile`` refuses the file)."""
    eocd = data.rfind(b"PK\x05\x06", max(0, len(data) - 65_557))
    if eocd < 0 or eocd + 22 > len(data):
        return None
    size, start = struct.unpack_from("<I", data, eocd + 12)[0], eocd
    locator = eocd - 20
    if (
        locator >= 56
        and data[locator : locator + 4] == b"PK\x06\x07"
        and data[locator - 56 : locator - 52] == b"PK\x06\x06"
    ):
        # ZIP64: the sizes are in the ZIP64 end record just before the locator.
        size, start = struct.unpack_from("<Q", data, locator - 56 + 40)[0], locator - 56
    # zipfile reads the directory just before its end record (data prepended to the archive
    # shifts every offset, and it allows for that), record by record.
    pos, end = start - size, start
    if pos < 0:
        return None
    count = 0
    while pos + 46 <= end and data[pos : pos + 4] == b"PK\x01\x02" and count <= stop_after:
        names = struct.unpack_from("<HHH", data, pos + 28)
        pos += 46 + sum(names)
        count += 1
    return count


def _check_package(data: bytes, path: str | None, limits: Limits) -> zipfile.ZipFile:
    """The package opened, after refusing zip bombs before anything is decompressed: too many
    entries, or more declared uncompressed bytes than ``limits`` allow. The declared sizes
    bind: ``zipfile`` stops at an entry's declared size and fails its CRC check when the data
    goes on."""
    if limits.max_docx_entries is not None:
        early = _central_entries(data, limits.max_docx_entries)
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
    limits.check_size("the DOCX package uncompressed", total, limits.max_docx_uncompressed, "bytes", path)
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

    def __init__(self, zf: zipfile.ZipFile, path: str | None, limits: Limits) -> None:
        self.zf, self.path, self.limits = zf, path, limits
        self.names = {"/" + n.lstrip("/"): n for n in zf.namelist() if not n.endswith("/")}
        # Part names are case-insensitive in OPC; ZIP names are not.
        self.folded = {k.lower(): v for k, v in self.names.items()}
        self.tags = 0
        """XML tags of the parts parsed so far: they are held together against the limit."""

    def xml(self, part: str, what: str) -> Any | None:
        """Part ``part`` parsed, None when the package lacks it."""
        name = self.names.get(part) or self.folded.get(part.lower())
        if name is None:
            return None
        root, self.tags = _stream_xml(self.zf, self.zf.getinfo(name), what, self.path, self.limits, self.tags)
        return root

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


_CHUNK = 1 << 20
BYTES_PER_TAG = 500
"""Memory that one ``<`` of a part's XML may cost once parsed and read: an element with its
attributes and text nodes in libxml2, and the reader's marks. Measured: 200-330 bytes on
real DOCX files, 280 on a body of empty paragraphs (whose 200 MB took 4.3 GB)."""
_RATIO_FROM = 1_000_000
"""Parts that unpack to less than this are not held to ``Limits.max_compression_ratio``."""


def _stream_xml(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, what: str, path: str | None, limits: Limits, tags: int
) -> tuple[Any, int]:
    """The part ``info`` parsed as it is unpacked, a megabyte at a time: refused before it is
    unpacked when it deflates more than ``limits.max_compression_ratio`` fold, and as soon as
    its tags (every ``<`` counted) would need more than ``limits.max_memory`` once parsed;
    the time budget is checked after each megabyte. ``tags`` counts those of the parts parsed
    before, which stay in memory too; returned with this part's added."""
    from lxml import etree

    ratio = limits.max_compression_ratio
    if (
        ratio is not None
        and info.file_size >= _RATIO_FROM
        and info.file_size > ratio * max(info.compress_size, 1)
    ):
        raise TooLargeError(
            f"{what} unpacks {info.file_size // max(info.compress_size, 1):,} times its packed size, "
            f"over Limits.max_compression_ratio ({ratio}): a zip bomb (raise it if the input is trusted)",
            path=path,
        )
    max_tags = None if limits.max_memory is None else limits.max_memory // BYTES_PER_TAG
    parser = _xml_parser()
    try:
        with zf.open(info) as f:
            while chunk := f.read(_CHUNK):
                tags += chunk.count(b"<")
                if max_tags is not None and tags > max_tags:
                    # Refused on the part read so far: the rest would only add to it.
                    limits.check_memory(f"{what} (over {tags:,} XML tags)", tags * BYTES_PER_TAG, path)
                parser.feed(chunk)
                checkpoint(f"unpacking {what}")
        root = parser.close()
    except ParseError:
        raise
    except etree.XMLSyntaxError as exc:
        raise _xml_error(exc, what, path) from None
    except Exception as exc:
        # A CRC error, a declared size that lies, an unknown compression method ...
        raise CorruptDocumentError(
            f"damaged DOCX package: {what} cannot be unpacked ({exc})", path=path
        ) from None
    if root.getroottree().docinfo.doctype:
        # OOXML forbids DTDs; one in a part is an entity bomb or an external-entity probe.
        raise CorruptDocumentError(
            f"{what} declares a DTD, which DOCX files never do: refused (XML entity attack?)",
            path=path,
        )
    return root, tags


def open_package(data: bytes, path: str | None, limits: Limits) -> Parts:
    """The main document, styles and numbering of a DOCX package, parsed."""
    with _check_package(data, path, limits) as zf:
        pkg = _Package(zf, path, limits)
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

        return Parts(parse(main), parse(targets.get(f"{_RT}styles")), parse(targets.get(f"{_RT}numbering")))
