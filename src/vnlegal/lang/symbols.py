"""One parser for document numbers and symbols ("72/2015/NĐ-CP", "01-KH/BCĐ.TTĐN"), and the
one document key made of a symbol (``symbol_key``).

Shared by the header stage (the document's own "Số:"), the citation engine (``Citation.key``)
and the flat tables (``document_key``), so a citation's key and the cited document's key join.
"""

from __future__ import annotations

import unicodedata
from functools import cache

import regex

from vnlegal.lang import rx
from vnlegal.lang.vocab import abbreviations, doc_type_for_code, issuer_codes
from vnlegal.model import Symbol

# A symbol inside running text. Possessive quantifiers keep it linear on hostile input.
# Groups: num (may be blank: "   /KH-UBND"), year, code (everything after the separator).
SYMBOL_PATTERN = r"""
(?<![\p{L}\d/.-])
(?P<num>\d{1,6}+(?:\.\d{1,3}+(?=[ ]?/))?+[a-zđ]?)?+
(?:[ ]?/[ ]?(?P<year>(?:19|20)\d\d)(?!\d))?+
[ ]?(?P<sep>[/-])[ ]?
(?P<code>\p{Lu}[\p{L}\d]*+(?:[-./&][\p{L}\d]++)*+)
"""
SYMBOL_RE = rx.compile(SYMBOL_PATTERN, regex.VERBOSE)

# A hyphen lost in transmission ("86/QĐ UBND", "05/CT BCA"): the second part is a bare
# upper-case code (no Vietnamese tone letters, so not a word such as "NGÀY" or "VỀ").
_DAMAGED_TAIL = rx.compile(r"[ ](?P<tail>[A-ZĐ][A-ZĐ\d]{1,9}+)(?![\p{L}\d])")
# Cyrillic capitals that look like Latin ones, typed into symbols by Russian keyboard layouts
# ("TT-BTС" with a Cyrillic Es): a code is Latin (with Đ), so they are read as Latin.
# Issuer codes of a joint document written with spaces around their dashes ("102/2025/NQLT -
# UBTVQH15 - CP - ĐCTUBTWMTQVN", "09/2016/TTLT- BTC -BNV"): bare upper-case codes, no tone
# letters (so not a word such as "VỀ" or a line "- Ban hành").
_SPACED_CODES = rx.compile(r"(?:[ ]*+-[ ]*+[A-ZĐ][A-ZĐ\d]{1,14}+(?![\p{L}\d]))++")
_CYRILLIC_LOOKALIKES = str.maketrans("АВЕКМНОРСТУХ", "ABEKMHOPCTYX")
_DASHES = rx.compile(r"[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]")
_SPACE = rx.compile(r"\s++")
_CODE_WORD = rx.compile(r"\p{L}[\p{L}\d]*+")


def normalize_symbol(text: str) -> str:
    """NFC, every dash variant as "-", no inner spaces, Cyrillic look-alike capitals as the Latin
    letters they imitate: " 16 /2026/QĐ–UBND" -> "16/2026/QĐ-UBND", "TT-BTС" -> "TT-BTC"."""
    s = unicodedata.normalize("NFC", text)
    s = _DASHES.sub("-", s).translate(_CYRILLIC_LOOKALIKES)
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
    """Symbol text and end offset, re-joining a tail split off by a lost hyphen ("86/QĐ UBND")
    or by spaces around its dashes ("09/2016/TTLT - BTC - BNV")."""
    sym = m.group(0)
    end = m.end()
    code = m.group("code")
    spaced = _SPACED_CODES.match(text, end)
    if spaced is not None:
        return sym + spaced.group(0), spaced.end()
    if "-" not in code and "/" not in code:
        t = _DAMAGED_TAIL.match(text, end)
        if t is not None and doc_type_for_code(code) is not None:
            sym = f"{sym}-{t.group('tail')}"
            end = t.end()
    return sym, end


@cache
def known_codes() -> frozenset[str]:
    """Issuer codes and abbreviations in their usual case ("CP", "TTg", "BCĐ", "UBND")."""
    return frozenset(issuer_codes()) | frozenset(abbreviations())


@cache
def _codes_by_upper() -> dict[str, str]:
    return {c.upper(): c for c in known_codes()}


def symbol_key(text: str) -> str:
    """The key of a document by its normalized symbol text: code segments in their usual case,
    so "13/CT-TTG" and "13/CT-TTg" join (``Citation.key``, the tables' ``document_key``).

    >>> symbol_key("13/CT-TTG")
    '13/CT-TTg'
    """
    known = _codes_by_upper()
    return str(_CODE_WORD.sub(lambda m: known.get(m.group().upper(), m.group().upper()), text))
