"""Agency names: from the capitals of a header ("UBND TỈNH LÀO CAI") to their normal case."""

from __future__ import annotations

from functools import cache

from vnlegal.data import AgencyHead, NotPlaceLevel, load_table
from vnlegal.lang.fold import fold
from vnlegal.lang.vocab import abbreviations, agency_names, place_levels


@cache
def agency_heads() -> tuple[tuple[str, str], ...]:
    """(folded head, head as usually written) of the head nouns of body names, longest first."""
    rows = [(fold(r.head), r.head) for r in load_table(AgencyHead) if r.kind == "name"]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@cache
def header_openers() -> tuple[str, ...]:
    """Folded words that open an issuer line or the motto of a header (every row of
    agency_heads.tsv: "ủy ban nhân dân", "chính phủ", "cộng hòa" ...), longest first."""
    return tuple(sorted({fold(r.head) for r in load_table(AgencyHead)}, key=len, reverse=True))


@cache
def _not_levels() -> frozenset[str]:
    return frozenset(fold(r.words) for r in load_table(NotPlaceLevel))


def _ordinary(words: list[str], i: int) -> bool:
    """True when the level word at ``i`` starts an ordinary compound ("xã hội")."""
    return fold(" ".join(words[i : i + 2])) in _not_levels()


def _title(word: str) -> str:
    return word[:1].upper() + word[1:].lower() if word.isupper() or word.islower() else word


def expand_abbreviations(text: str) -> str:
    """Replace agency abbreviations by their expansion ("UBND" -> "Ủy ban nhân dân")."""
    abbr = abbreviations()
    return " ".join(abbr.get(w.rstrip("."), w) for w in text.split())


def agency_case(text: str) -> str:
    """Normal-case form of an agency name printed in capitals.

    >>> agency_case("ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG")
    'Ủy ban nhân dân tỉnh Bình Dương'
    """
    text = " ".join(expand_abbreviations(text).split())
    key = fold(text)
    known = agency_names()
    if key in known:
        return known[key]
    head_out = ""
    rest = text
    for head_key, head in agency_heads():
        if key == head_key or key.startswith(head_key + " "):
            head_out = head
            rest = text[len(head) :].strip()
            break
    if head_out and fold(rest) in known:
        return f"{head_out} {known[fold(rest)]}"
    words = rest.split()
    out: list[str] = []
    levels = place_levels()
    in_place = False
    capitalize_next = True
    i = 0
    while i < len(words):
        w = words[i]
        # An administrative level word ("tỉnh", "thành phố") starts a place name.
        matched = next(
            (lv for lv in levels if fold(" ".join(words[i : i + len(lv.split())])) == lv), None
        )
        if matched is not None and (out or head_out) and not _ordinary(words, i):
            n = len(matched.split())
            out.extend(words[i : i + n])
            out[-n:] = [x.lower() for x in out[-n:]]
            in_place = True
            i += n
            continue
        if in_place:
            out.append(_title(w))
        elif capitalize_next:
            out.append(_title(w))
            capitalize_next = False
        else:
            out.append(w.lower() if w.isupper() else w)
        lw = w.lower()
        if lw in ("và", "-") or w.endswith(","):
            capitalize_next = True
        i += 1
    body = " ".join(out)
    # Proper names of well-known bodies inside the rest ("... CHÍNH PHỦ") keep their case.
    for name in known.values():
        idx = fold(body).find(fold(name))
        if idx >= 0 and len(name) == len(body[idx : idx + len(name)]):
            body = body[:idx] + name + body[idx + len(name) :]
    return f"{head_out} {body}".strip() if head_out else body
