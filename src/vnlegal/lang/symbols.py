"""One parser for document numbers and symbols ("72/2015/NĐ-CP", "01-KH/BCĐ.TTĐN").

Shared by the header stage (the document's own "Số:") and the citation engine.
"""

from __future__ import annotations

import unicodedata

import regex

from vnlegal.lang.vocab import doc_type_for_code
from vnlegal.model import Symbol

# A symbol inside running text. Possessive quantifiers keep it linear on hostile input.
# Groups: num (may be blank: "   /KH-UBND"), year, code (everything after the separator).
SYMBOL_PATTERN = r"""
(?<![\p{L}\d/.-])
(?P<num>\d{1,6}+[a-zđ]?)?+
(?:[ ]?/[ ]?(?P<year>(?:19|20)\d\d)(?!\d))?+
[ ]?(?P<sep>[/-])[ ]?
(?P<code>\p{Lu}[\p{L}\d]*+(?:[-./&][\p{L}\d]++)*+)
"""
SYMBOL_RE = regex.compile(SYMBOL_PATTERN, regex.VERBOSE)

# A hyphen lost in transmission ("86/QĐ UBND", "05/CT BCA"): the second part is a bare
# upper-case code (no Vietnamese tone letters, so not a word such as "NGÀY" or "VỀ").
_DAMAGED_TAIL = regex.compile(r"[ ](?P<tail>[A-ZĐ][A-ZĐ\d]{1,9}+)(?![\p{L}\d])")
_DASHES = regex.compile(r"[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]")
_SPACE = regex.compile(r"\s++")


def normalize_symbol(text: str) -> str:
    """NFC, every dash variant as "-", no inner spaces: " 16 /2026/QĐ–UBND" -> "16/2026/QĐ-UBND"."""
    s = unicodedata.normalize("NFC", text)
    s = _DASHES.sub("-", s)
    out: str = _SPACE.sub("", s)
    return out.strip(".,;:")


def parse_symbol(text: str) -> Symbol | None:
    """Split a normalized or raw symbol into number, year, type code and issuer code.

    >>> parse_symbol("72/2015/NĐ-CP").type_code
    'NĐ'
    """
    s = normalize_symbol(text)
    if not s:
        return None
    m = SYMBOL_RE.fullmatch(s) or SYMBOL_RE.match(s)
    if m is None:
        return None
    num = m.group("num") or ""
    year = int(m.group("year")) if m.group("year") else None
    code = m.group("code")
    sep = m.group("sep")
    type_code: str | None = None
    issuer_code: str | None = code
    if sep == "-" and "/" in code:
        # Party style "01-KH/BCĐ.TTĐN": type before the slash, issuer after it.
        head, _, tail = code.partition("/")
        type_code, issuer_code = head, tail
    elif sep == "-":
        issuer_code = code  # old style "217-HĐBT"
    else:
        head, dash, tail = code.partition("-")
        if dash and doc_type_for_code(head) is not None:
            type_code, issuer_code = head, tail
    if year is None and sep == "/" and type_code is None and num and "/" in code:
        pass
    return Symbol(
        text=s if m.end() == len(s) else s[: m.end()],
        number=num,
        year=year,
        type_code=type_code,
        issuer_code=issuer_code or None,
    )


def repair_damaged(text: str, m: regex.Match[str]) -> tuple[str, int]:
    """Symbol text and end offset, re-joining a tail split off by a lost hyphen ("86/QĐ UBND")."""
    sym = m.group(0)
    end = m.end()
    code = m.group("code")
    if "-" not in code and "/" not in code:
        t = _DAMAGED_TAIL.match(text, end)
        if t is not None and doc_type_for_code(code) is not None:
            sym = f"{sym}-{t.group('tail')}"
            end = t.end()
    return sym, end
