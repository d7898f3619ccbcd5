"""Akoma Ntoso names of vnlegal's objects, as the AKN naming convention (AKN-NC 1.0) has them:
the FRBR work URI of a document (:func:`work_uri`), the eId portion a pinpoint names
(:func:`eid_portion`), and the AKN element and eId prefix of each kind of division (:data:`ELEMENT`,
:data:`EID`). The rules are spelled out in :mod:`vnlegal.export.akn`.
"""

from __future__ import annotations

import datetime as _dt
import re

from vnlegal.export._common import slug
from vnlegal.model import Pinpoint, Symbol

NULL_DATE = "0001-01-01"  # cobalt's convention for a date that is not known
ELEMENT = {
    "part": "part", "chapter": "chapter", "section": "section", "subsection": "subsection",
    "article": "article", "item": "paragraph", "subitem": "subparagraph", "point": "point",
    "bullet": "indent", "paragraph": "hcontainer", "table": "hcontainer",
}  # fmt: skip
"""AKN element of each vnlegal division kind."""
EID = {
    "part": "part", "chapter": "chp", "section": "sec", "subsection": "subsec", "article": "art",
    "paragraph": "para", "subparagraph": "subpara", "point": "point", "indent": "indent",
    "hcontainer": "hcontainer", "container": "container",
}  # fmt: skip
"""eId prefix of each AKN element."""
_ACT_TYPES = frozenset(
    {"Hiến pháp", "Bộ luật", "Luật", "Pháp lệnh", "Nghị định", "Thông tư", "Thông tư liên tịch"}
)
_NATIONAL_SERIES = re.compile(r"(CP|QH\d*|UBTVQH\d*)", re.IGNORECASE)


def work_uri(
    doc_type: str | None, symbol: Symbol | None, date: _dt.date | None, name: str | None = None,
    year: int | None = None,
) -> str:  # fmt: skip
    """The FRBR work URI of a document: ``/akn/vn/act/nghi-dinh/2015/72``; ``year`` stands in
    when neither the symbol nor the date gives one."""
    act = bool(symbol and symbol.year) or doc_type in _ACT_TYPES
    parts = ["", "akn", "vn", "act" if act else "doc", slug(doc_type or "") or "van-ban"]
    code = symbol.issuer_code if symbol and symbol.issuer_code else ""
    actor = slug(code)
    if actor and not actor[0].isdigit() and not _NATIONAL_SERIES.fullmatch(code):
        parts.append(actor)
    year = (symbol.year if symbol else None) or (date.year if date else None) or year
    parts.append(f"{year:04d}" if year else NULL_DATE[:4])
    number = slug(symbol.number) if symbol and symbol.number else ""
    if not number and name:
        rest = name[len(doc_type) :] if doc_type and name.casefold().startswith(doc_type.casefold()) else name
        number = slug(rest)
    parts.append(number or "nn")
    return "/".join(parts)


def eid_portion(pin: Pinpoint | None) -> str:
    """The eId a pinpoint names ("art_5__para_1__point_a"); stops before a list ("4, 5")."""
    if pin is None:
        return ""
    steps = [("art", pin.article), ("para", pin.clause), ("point", pin.point)]
    if not pin.article:
        steps = [("part", pin.part), ("chp", pin.chapter), ("sec", pin.section), *steps[1:]]
    out = []
    for prefix, value in steps:
        if not value:
            continue
        if re.search(r",|\bvà\b|-|–", value):
            break
        out.append(f"{prefix}_{eid_number(value)}")
    return "__".join(out)


def eid_number(label: str) -> str:
    """A division label as the number part of an eId ("1a", "II", "nn" stays for the caller)."""
    return re.sub(r"[^\w]+", "-", label).strip("-")
