"""The units of a labelled field's value: where the unit phrase ends and who takes which role.

A value is not always a clean list. It may go on into the task ("Sở KH&CN tiến hành rà soát
các văn bản ..." -> "Sở KH&CN"), carry a qualifier ("các sở, ngành theo chức năng, nhiệm vụ
được giao" -> "các sở, ngành"), or hand out roles itself ("Cơ quan thực hiện: Sở X chủ trì,
phối hợp với Sở Y và UBND các huyện" -> lead Sở X; cooperating Sở Y, UBND các huyện). The
phrase ends at a verb, a qualifier or the end of the list by the word tables first
(``body_ends.unit_list_end``); where they are unsure underthesea's tags decide (``lang.nlp``,
counted by ``nlp.calls()``).
"""

from __future__ import annotations

from vnlegal.assignments.bodies import is_unit_start, split_units
from vnlegal.assignments.body_ends import unit_list_end
from vnlegal.assignments.roles import read_roles
from vnlegal.lang.fold import fold

_LEAD_WORD = fold("chủ trì")


def value_units(value: str, role: str) -> dict[str, list[str]]:
    """Units of a field value by role; ``role``: the field's own ("lead", "implementers" ...).

    >>> value_units("Sở Nội vụ chủ trì, phối hợp với Sở Tài chính và UBND các huyện.", "implementers")
    {'lead': ['Sở Nội vụ'], 'cooperating': ['Sở Tài chính', 'UBND các huyện']}
    >>> value_units("Sở KH&CN tiến hành rà soát các văn bản.", "implementers")
    {'implementers': ['Sở KH&CN']}
    >>> value_units("các sở, ngành theo chức năng, nhiệm vụ được giao.", "cooperating")
    {'cooperating': ['các sở, ngành']}
    """
    text = " ".join(value.split()).strip(" .;")
    if not text:
        return {}
    if _LEAD_WORD in fold(text):
        reading = read_roles(text)
        if reading is not None and reading.lead:
            out = {"lead": reading.lead, "cooperating": reading.cooperating}
            if reading.implementers:
                out[role] = reading.implementers
            return {k: v for k, v in out.items() if v}
    if not is_unit_start(text):
        return {role: split_units(text)}
    end = unit_list_end(text)
    return {role: split_units(text[:end] if end > 0 else text)}
