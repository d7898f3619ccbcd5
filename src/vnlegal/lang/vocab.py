"""Vietnamese vocabulary loaded once from the data tables in ``vnlegal/data``.

Every table is a TSV whose last column is an example; lines starting with "#" are comments.
Lookups compare on ``fold`` (tone placement and case folded), so "UỶ BAN" finds "Ủy ban".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from vnlegal.lang.fold import fold


def load_table(name: str) -> list[list[str]]:
    """Rows of ``data/<name>.tsv`` (comments and blank lines skipped, example column kept)."""
    text = resources.files("vnlegal.data").joinpath(f"{name}.tsv").read_text("utf-8")
    rows: list[list[str]] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(line.split("\t"))
    return rows


@dataclass(frozen=True)
class DocType:
    """A document type: canonical name, symbol code, family (normative/administrative/...)."""

    name: str
    code: str
    family: str


@cache
def doc_types() -> tuple[DocType, ...]:
    """All known document types, longest name first (so "Thông tư liên tịch" wins over "Thông tư")."""
    rows = [DocType(r[0], r[1], r[2]) for r in load_table("doc_types")]
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
    return {r[0]: r[1] for r in load_table("issuer_codes")}


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
    return {r[0]: r[1] for r in load_table("abbreviations")}


@cache
def agency_names() -> dict[str, str]:
    """Folded agency name -> name in its conventional capitalization."""
    return {fold(r[0]): r[0] for r in load_table("agencies")}


@cache
def place_levels() -> tuple[str, ...]:
    """Administrative-level words ("tỉnh", "thành phố" ...), longest first."""
    return tuple(sorted((r[0] for r in load_table("place_levels")), key=len, reverse=True))
