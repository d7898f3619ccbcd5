"""Unit lists: "Sở Tư pháp, Sở Nội vụ và các cơ quan liên quan" -> one entry per unit.

A list is cut at ",", ";", " và " and line breaks into pieces; a piece starts a new unit when it
opens with a unit head (data/unit_heads.tsv: "Sở", "Ủy ban nhân dân", "UBND", "các" ...) and is
otherwise part of the unit before it. So the commas of "các huyện, thị xã, thành phố",
"Văn hóa, Thể thao và Du lịch" (data/unit_name_commas.tsv) and "các cơ quan, đơn vị liên quan"
do not separate units. Where a list ends in prose is ``unit_ends.unit_list_end``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from vnlegal.data import AssignmentWord, UnitAbbreviation, UnitHead, UnitNameComma, load_table
from vnlegal.lang import rx
from vnlegal.lang.fold import canon_tones, fold
from vnlegal.lang.vocab import abbreviations, place_levels


@dataclass(frozen=True)
class UnitVocab:
    heads: dict[str, str]  # folded head -> named | standalone | det | not
    generic: frozenset[str]
    generic_first: frozenset[str]
    dets: frozenset[str]
    abbrevs: frozenset[str]
    follow: frozenset[str]
    head_words: int
    enders: dict[str, str]  # folded word(s) -> verb | stop | lead | coop | with | resp | assign | inside
    inside: frozenset[str]
    ender_words: int
    comma_names: regex.Pattern[str]


@cache
def unit_vocab() -> UnitVocab:
    heads: dict[str, str] = {}
    generic: set[str] = set()
    abbrevs: set[str] = set()
    follow: set[str] = set()
    for unit in load_table(UnitHead):
        if unit.kind == "abbrev":
            abbrevs.add(unit.head)
        elif unit.kind == "generic":
            generic.add(fold(unit.head))
        elif unit.kind == "follow":
            follow.add(fold(unit.head))
        else:
            heads.setdefault(fold(unit.head), unit.kind)
    follow.update(fold(lv).split()[0] for lv in place_levels())
    enders: dict[str, str] = {}
    inside: set[str] = set()
    for row in load_table(AssignmentWord):
        if row.kind == "inside":
            inside.add(fold(row.word))
            enders[fold(row.word)] = row.kind  # the longer phrase wins: "có liên quan" / "có trách nhiệm"
        elif row.kind in ("verb", "stop", "lead", "coop", "with", "resp", "assign"):
            enders.setdefault(fold(row.word), row.kind)
    names = sorted((r.words for r in load_table(UnitNameComma)), key=len, reverse=True)
    comma_names = rx.compile(
        "|".join(regex.escape(canon_tones(n)) for n in names), regex.IGNORECASE | regex.V1
    )
    return UnitVocab(
        heads=heads,
        generic=frozenset(generic),
        generic_first=frozenset(g.split()[0] for g in generic),
        dets=frozenset(k for k, kind in heads.items() if kind == "det"),
        abbrevs=frozenset(abbrevs),
        follow=frozenset(follow),
        head_words=max(len(h.split()) for h in [*heads, *generic]),
        enders=enders,
        inside=frozenset(inside),
        ender_words=max(len(w.split()) for w in enders),
        comma_names=comma_names,
    )


@lru_cache(maxsize=65536)
def phrase_key(words: tuple[str, ...]) -> str:
    """Folded comparison key of a few words (cached: the same words come back often)."""
    return fold(" ".join(words))


_EDGE = "-+•*·:,;. \t\n\u2022"
_LEADING_CONJ = rx.compile(r"^(?:và|với|cùng|hoặc)\s++", regex.IGNORECASE)
_CONJ_FIRSTS = frozenset("vVcChH")


def _follows(word: str, kinds_ok: bool = False) -> bool:
    """True when ``word`` may follow a named head ("Sở Tư pháp", "Công an tỉnh", "UBND các").

    With ``kinds_ok`` a kind of unit may follow too ("Thủ trưởng cơ quan", "Giám đốc đơn vị").
    """
    c = word[:1]
    if not c:
        return False
    if c.isupper() or c.isdigit():
        return True
    key = phrase_key((word.strip(",.;:()"),))
    v = unit_vocab()
    return key in v.follow or (kinds_ok and key in v.generic_first)


def classify(piece: str) -> str:
    """What a list piece opens with: "head", "det", "generic", "upper", "lower" or "empty".

    >>> classify("Sở Tư pháp"), classify("các cơ quan"), classify("thị xã"), classify("Ban hành")
    ('head', 'det', 'lower', 'upper')
    """
    s = piece.strip(_EDGE)
    if s[:1] in _CONJ_FIRSTS:  # the pattern only where its first letter stands (the common case: not)
        s = _LEADING_CONJ.sub("", s)
    k = unit_vocab().head_words + 2
    words = tuple(s.split(maxsplit=k)[:k])
    return _classify_words(words) if words else "empty"


@lru_cache(maxsize=65536)
def _classify_words(words: tuple[str, ...]) -> str:
    s = words[0]
    v = unit_vocab()
    first = words[0].rstrip(".,;:")
    if first in v.abbrevs or first.split("-")[0] in v.abbrevs:
        return "head"
    folded = [phrase_key((w.strip(",.;:()"),)) for w in words[: v.head_words + 1]]
    for n in range(min(v.head_words, len(folded)), 0, -1):
        key = " ".join(folded[:n])
        kind = v.heads.get(key)
        if kind is None:
            if key in v.generic and s[:1].islower():
                return "generic"
            continue
        if kind == "not":
            break
        if kind == "det":
            # "các sở", "các Bộ", "các huyện" open units; "các trường hợp", "các cuộc" do not.
            rest = " ".join(words[n:])
            if rest and (classify(rest) in ("head", "generic", "upper") or _follows(words[n])):
                return "det"
            break
        if kind == "standalone":
            return "head"
        if n < len(words) and _follows(words[n], kinds_ok=s[:1].isupper()):
            return "head"
        if key in v.generic and s[:1].islower():
            return "generic"  # "sở, ngành": the lower-case kind, not "Sở Tư pháp"
    return "upper" if s[:1].isupper() else "lower"


def is_unit_start(text: str) -> bool:
    """True when ``text`` opens with a unit name (a head noun, "các ...", "cơ quan ...")."""
    return classify(text) in ("head", "det", "generic")


# Separators of a unit list; parentheses and quotes are tracked so "(Sở A, Sở B)" stays whole.
_SEP = rx.compile(r"[,;\n()\"“”]|\s++(?:và|hoặc)\s++", regex.IGNORECASE)
_SOFT_BREAK = rx.compile(r"(?:[,;&/-]|\bvà)\s*+$", regex.IGNORECASE)
_LIEN_QUAN = rx.compile(r"liên quan[\s.;,]*+$", regex.IGNORECASE)
_LETTER = rx.compile(r"\p{L}")
_DET_INSIDE = rx.compile(r"(?:^|\s)(?:các|những)\s", regex.IGNORECASE)


def _protected(canon: str) -> set[int]:
    """Offsets of commas that belong to a unit name ("Văn hóa, Thể thao và Du lịch")."""
    out: set[int] = set()
    for m in unit_vocab().comma_names.finditer(canon):
        out.update(m.start() + i for i, ch in enumerate(m.group()) if ch == ",")
    return out


def _new_unit(sep: str, kind: str, current: str, piece: str) -> bool:
    """Does ``piece`` (after separator ``sep``) open a new unit, or go on with ``current``?"""
    cur_kind = classify(current)
    if kind in ("head", "det"):
        # "các Viện nghiên cứu, Trường Đại học có liên quan": one shared "có liên quan".
        return not (
            kind == "head"
            and cur_kind == "det"
            and _LIEN_QUAN.search(piece) is not None
            and _LIEN_QUAN.search(current) is None
        )
    if kind == "generic":
        # "các cơ quan, đơn vị": one list of kinds; but "các cơ quan liên quan và địa phương"
        # is closed by "liên quan", so what follows is a unit of its own.
        # "cơ quan, tổ chức, cá nhân": bare kinds in a row are one list too.
        last = current.rsplit(",", 1)[-1].strip(_EDGE)
        in_list = (
            cur_kind == "det"
            or _DET_INSIDE.search(current) is not None
            or phrase_key((last,)) in unit_vocab().generic
        )
        # "các sở, ban, ngành và địa phương": "và" closes a list of kinds written with commas
        # and adds a kind of another family (gold: two units; ", địa phương" stays in it).
        closed = sep == "và" and "," in current and cur_kind == "det"
        return not in_list or closed or _LIEN_QUAN.search(current) is not None
    if kind == "upper":
        # After "," a capitalized piece that opens no known head is a unit of its own (a person,
        # an unlisted body); after "và" it goes on with the name ("Thông tin và Truyền thông").
        # Under a shared plural head it names one more of them: "các Bộ: Tài chính, Tư pháp".
        # A field written like the one before it goes on with a head's name: "Ủy ban Quốc
        # phòng, An ninh và Đối ngoại", "Viện Chiến lược, Chính sách" (a name is all capitals).
        if sep == "," and cur_kind == "head" and _field_name(current) and _field_word(piece):
            return False
        return sep == "," and ":" not in current and cur_kind != "det"
    return False


_FIELD = rx.compile(r"^\p{Lu}\p{Ll}*+(?:\s++\p{Ll}++){0,2}$")


def _field_word(piece: str) -> bool:
    """A field of activity as a unit name writes it: a capital, then lower-case syllables
    ("An ninh", "Chính sách", "Thể thao"), not a person's or place's name ("Nguyễn Văn A")."""
    return _FIELD.match(_LEADING_CONJ.sub("", piece.strip(_EDGE))) is not None


def _field_name(current: str) -> bool:
    """``current`` is a head noun and one field ("Ủy ban Quốc phòng", "Bộ Lao động")."""
    words = current.strip(_EDGE).split()
    v = unit_vocab()
    for n in range(min(v.head_words, len(words) - 1), 0, -1):
        if phrase_key(tuple(words[:n])) in v.heads:
            return _field_word(" ".join(words[n:]))
    return False


def unit_spans(text: str) -> list[tuple[int, int]]:
    """Offsets ``(start, end)`` of each unit in a unit list, trimmed of list punctuation."""
    canon = canon_tones(text)
    protected = _protected(canon) if "," in text else set()
    pieces: list[tuple[str, int, int]] = []  # (separator before, start, end)
    depth = 0
    start = 0
    sep = ""
    for m in _SEP.finditer(canon):
        tok = m.group()
        if tok in "(“":
            depth += 1
            continue
        if tok in ")”":
            depth = max(0, depth - 1)
            continue
        if tok == '"':
            continue
        if depth or (tok == "," and m.start() in protected):
            continue
        if tok == "\n" and (
            _SOFT_BREAK.search(canon, 0, m.start()) is not None or canon[m.end() : m.end() + 1].islower()
        ):
            continue  # a wrapped line inside one name
        pieces.append((sep, start, m.start()))
        sep = "và" if tok.strip() and tok.strip().isalpha() else tok
        start = m.end()
    pieces.append((sep, start, len(text)))

    units: list[list[int]] = []
    for sep_before, s, e in pieces:
        piece = text[s:e]
        kind = classify(piece)
        if kind == "empty":
            continue
        if not units or sep_before in (";", "\n"):
            units.append([s, e])
            continue
        current = text[units[-1][0] : units[-1][1]]
        if _new_unit(sep_before, kind, current, piece):
            units.append([s, e])
        else:
            units[-1][1] = e
    spans = (_trim(text, s, e) for s, e in units)
    return [(s, e) for s, e in spans if _LETTER.search(text, s, e) is not None]


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in _EDGE:
        s += 1
    m = _LEADING_CONJ.match(text, s, e)
    if m:
        s = m.end()
    while e > s and text[e - 1] in _EDGE + "…":
        e -= 1
    return s, e


# Any run of white space, a line break included, is one space ("\s*+\n" would never match:
# the possessive run takes the line break first).
_SPACE_RUN = rx.compile(r"\s{2,}+|\n")


def split_units(text: str) -> list[str]:
    """One entry per unit, as written, without list punctuation.

    >>> split_units("Phòng Văn hóa và Thông tin các huyện, thị xã, thành phố, "
    ...             "Ủy ban nhân dân các xã, phường, thị trấn và các cơ quan, đơn vị liên quan.")
    ['Phòng Văn hóa và Thông tin các huyện, thị xã, thành phố', 'Ủy ban nhân dân các xã, phường, \
thị trấn', 'các cơ quan, đơn vị liên quan']
    """
    return [_SPACE_RUN.sub(" ", text[s:e]) for s, e in unit_spans(text)]


@cache
def _abbreviation_re() -> tuple[regex.Pattern[str], dict[str, str]]:
    table = dict(abbreviations())
    for row in load_table(UnitAbbreviation):
        table.setdefault(row.abbreviation, row.expansion)
    alternation = "|".join(regex.escape(a) for a in sorted(table, key=len, reverse=True))
    return rx.compile(rf"(?<![\w&])(?:{alternation})(?![\w&])\.?+"), table


def canonical_unit(unit: str) -> str:
    """``unit`` with abbreviations expanded and tone marks in the modern position.

    >>> canonical_unit("UBND các xã"), canonical_unit("Sở TT&TT")
    ('Ủy ban nhân dân các xã', 'Sở Thông tin và Truyền thông')
    """
    pattern, table = _abbreviation_re()

    def expand(m: regex.Match[str]) -> str:
        return table[m.group().rstrip(".")] + (" " if m.group().endswith(".") else "")

    out = pattern.sub(expand, unit)
    return canon_tones(" ".join(out.split())).strip(_EDGE)
