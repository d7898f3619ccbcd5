"""Vietnamese vocabulary loaded once from the data tables in ``vnlegal/data``.

The tables are read by ``vnlegal.data.load_table`` (once per process, rows typed by column).
Lookups compare on ``fold`` (tone placement and case folded), so "UỶ BAN" finds "Ủy ban".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from vnlegal.data import Abbreviation, Agency, DocTypeRow, IssuerCode, PlaceLevel, load_table
from vnlegal.lang.fold import fold


@dataclass(frozen=True)
class DocType:
    """A document type: canonical name, symbol code, family (normative/administrative/...)."""

    name: str
    code: str
    family: str


@cache
def doc_types() -> tuple[DocType, ...]:
    """All known document types, longest name first (so "Thông tư liên tịch" wins over "Thông tư")."""
    rows = [DocType(r.name, r.code, r.family) for r in load_table(DocTypeRow)]
    return tuple(sorted(rows, key=lambda d: -len(d.name)))


@cache
def _doc_type_by_fold() -> dict[str, DocType]:
    return {fold(d.name): d for d in doc_types()}


@cache
def _doc_type_by_code() -> dict[str, DocType]:
    return {fold(d.code): d for d in doc_types() if d.code}


def doc_type_named(name: str) -> DocType | None:
    """The document type whose name folds to ``fold(name)`` ("KẾ HOẠCH" -> Kế hoạch)."""
    return _doc_type_by_fold().get(fold(name))


def doc_type_for_code(code: str) -> DocType | None:
    """The document type of a symbol code ("NĐ" -> Nghị định, "KH" -> Kế hoạch)."""
    return _doc_type_by_code().get(fold(code))


def is_normative(doc_type: str | None) -> bool:
    """True for types whose body is organised in Phần/Chương/Điều (Luật, Nghị định ...)."""
    if not doc_type:
        return False
    d = doc_type_named(doc_type)
    return d is not None and d.family == "normative"


@cache
def issuer_codes() -> dict[str, str]:
    """Symbol issuer code -> issuing body, only for codes that decode with certainty."""
    return {r.code: r.issuer for r in load_table(IssuerCode)}


def issuer_for_code(code: str) -> str | None:
    """The body behind an issuer code, e.g. "CP" -> Chính phủ, "QH15" -> Quốc hội."""
    codes = issuer_codes()
    if code in codes:
        return codes[code]
    stripped = code.rstrip("0123456789")
    if stripped != code and stripped in ("QH", "UBTVQH"):
        return codes[stripped]
    return None


@cache
def abbreviations() -> dict[str, str]:
    """Agency abbreviations -> expansion ("UBND" -> "Ủy ban nhân dân")."""
    return {r.abbreviation: r.expansion for r in load_table(Abbreviation)}


@cache
def agency_names() -> dict[str, str]:
    """Folded agency name -> name in its conventional capitalization."""
    return {fold(r.name): r.name for r in load_table(Agency)}


@cache
def place_levels() -> tuple[str, ...]:
    """Administrative-level words ("tỉnh", "thành phố" ...), longest first."""
    return tuple(sorted((r.word for r in load_table(PlaceLevel)), key=len, reverse=True))
