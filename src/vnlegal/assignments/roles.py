"""Who leads, carries out and cooperates, read from one sentence of prose.

"Giao Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ và các cơ quan liên quan tổ chức ..." ->
lead [Sở Tư pháp], cooperating [Sở Nội vụ, các cơ quan liên quan], task "tổ chức ...".
"Sở X phối hợp với Sở Y ..." -> Sở Y leads, Sở X cooperates. A duty whose subject is left out
("Chủ trì, phối hợp với ...") says which role the unit of its heading takes (``missing``).
The role words are data (data/assignment_words.tsv).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import cache

import regex

from vnlegal.assignments.bodies import is_unit_start, split_units
from vnlegal.assignments.body_ends import unit_list_end
from vnlegal.data import AssignmentWord, load_table
from vnlegal.lang import rx
from vnlegal.lang.fold import canon_alternation as _alt
from vnlegal.lang.fold import canon_tones, fold


@dataclass
class RoleReading:
    """The roles one sentence hands out; ``missing`` is the role of a left-out subject."""

    task: str
    lead: list[str] = field(default_factory=list)
    implementers: list[str] = field(default_factory=list)
    cooperating: list[str] = field(default_factory=list)
    missing: str | None = None
    """"lead", "implementers" or "cooperating" when the sentence has no subject of its own."""

    def fill(self, units: list[str]) -> None:
        """Give the left-out subject's role to ``units`` (the unit of the heading)."""
        if self.missing and units:
            getattr(self, self.missing)[:0] = [u for u in units if u not in getattr(self, self.missing)]
            self.missing = None

    def empty(self) -> bool:
        """True when no unit got a role."""
        return not (self.lead or self.implementers or self.cooperating)


@dataclass(frozen=True)
class _Cues:
    cue: regex.Pattern[str]
    assign_start: regex.Pattern[str]
    assign_inside: regex.Pattern[str]
    kinds: dict[str, str]
    prefilter: tuple[str, ...]
    role_words: tuple[str, ...]
    resp_prefix: regex.Pattern[str]
    resp_tail: regex.Pattern[str]
    sections: tuple[str, ...]


@cache
def _cues() -> _Cues:
    by_kind: dict[str, list[str]] = {}
    for row in load_table(AssignmentWord):
        by_kind.setdefault(row.kind, []).append(row.word)
    role_words = [w for k in ("lead", "coop", "with", "resp") for w in by_kind[k]]
    bound = r"(?<!\p{{L}})(?:{})(?!\p{{L}})"
    flags = regex.IGNORECASE
    return _Cues(
        cue=rx.compile(bound.format(_alt(role_words)), flags),
        assign_start=rx.compile(rf"\s*+(?:{_alt(by_kind['assign'])})\s++", flags),
        assign_inside=rx.compile(rf"(?<!\p{{L}})(?:{_alt([w.lower() for w in by_kind['assign']])})\s++"),
        kinds={fold(w): k for k in ("lead", "coop", "with", "resp") for w in by_kind[k]},
        prefilter=_minimal({fold(w) for w in [*role_words, *by_kind["assign"]]}),
        role_words=_minimal({fold(w) for w in role_words}),
        resp_prefix=rx.compile(rf"^\s*+(?:{_alt(by_kind['resp_prefix'])})\s++", flags),
        resp_tail=rx.compile(rf"\s++(?:{_alt(by_kind['resp'])})\s*+$", flags),
        sections=tuple(fold(w) for w in by_kind["section"]),
    )


def _minimal(words: set[str]) -> tuple[str, ...]:
    """``words`` without those that hold another of them: for "does the text hold any of them"
    the shorter word answers for the longer ("phối hợp" for "phối hợp với")."""
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))


def may_assign(text: str) -> bool:
    """Cheap test: could ``text`` hand out a task (does it hold a role word at all)?"""
    # map() over the bound method: the words are tried in C, without a generator frame.
    return any(map(text.lower().__contains__, _cues().prefilter))


def _may_assign_sentence(sentence: str) -> bool:
    """A role word anywhere, or an assigning word ("Giao", "Đề nghị") at the start."""
    c = _cues()
    return (
        any(map(sentence.lower().__contains__, c.role_words))
        or c.assign_start.match(canon_tones(sentence[:24])) is not None
    )


_CLAUSE_SEP = rx.compile(r"[,;]")
_BARE_GENERIC = rx.compile(r"^(?:cơ quan|đơn vị|tổ chức|bộ phận)$", regex.IGNORECASE)


def _is_units(text: str) -> bool:
    s = text.strip(" ,;:.\t")
    if not s or len(s) > 300 or not is_unit_start(s):
        return False
    return unit_list_end(s, nlp=False) >= len(s)


def heading_units(text: str) -> tuple[list[str], str] | None:
    """Units named by a heading ("Sở X:", "Trách nhiệm của Sở X", "Đề nghị Sở X: <duty>").

    Returns the units and the duty text after the colon (often empty), or None when the
    heading is not a unit list.
    """
    c = _cues()
    s = text.strip()
    if not s or len(s) > 600:
        return None
    if s.endswith(":"):
        head, rest = s[:-1], ""
    elif ":" in s:
        head, rest = s.split(":", 1)
    else:
        head, rest = s, ""
    if len(head) > 300:
        return None
    opening = canon_tones(head[:48])
    start = 0
    m = c.resp_prefix.match(opening) or c.assign_start.match(opening)
    if m is not None:
        start = m.end()
    if not is_unit_start(head[start : start + 80]):
        return None
    canon = canon_tones(head)
    end = len(head)
    t = c.resp_tail.search(canon, start)
    if t is not None:
        end = t.start()
    head = head[start:end]
    if head.isupper() or not _is_units(head):
        return None  # capitals hide the case cues that tell "Tổ Thư ký" from "TỔ CHỨC"
    units = split_units(head)
    return (units, rest.strip()) if units else None


def _subject(s: str, canon: str, pos: int, cue: int) -> tuple[list[str], bool] | None:
    """Units before the role word: (units, left_out) or None if the sentence is not a task."""
    region = s[pos:cue]
    if not region.strip(" ,;"):
        return [], True
    # "Ủy ban nhân dân tỉnh giao Sở X chủ trì": the subject starts after "giao".
    inner = list(_cues().assign_inside.finditer(canon, pos, cue))
    if inner:
        pos = inner[-1].end()
        region = s[pos:cue]
    # The subject ends the clause: try the region, then what follows each "," or ";" in it.
    cuts = [m.end() for m in _CLAUSE_SEP.finditer(region)]
    candidates = [region[c:] for c in [0, *cuts] if len(region) - c <= 300][:8]
    for cand in candidates:
        if _is_units(cand):
            if _BARE_GENERIC.match(cand.strip()):
                return None  # "cơ quan chủ trì", "đơn vị phối hợp": a kind of agency, no task
            return split_units(cand), False
    if region.rstrip()[-1:] in (",", ";") and is_unit_start(s[pos:]):
        # "Bộ Tài chính thực hiện ...; chủ trì, phối hợp ...": the sentence's opening units.
        end = unit_list_end(s, pos, cue)
        if end > pos:
            return split_units(s[pos:end]), False
    return None


def _after_lead_ok(s: str, canon: str, at: int) -> bool:
    """After "chủ trì" comes a task verb, a role word or the end ("chủ trì cuộc họp" is not)."""
    rest = s[at:].lstrip(" ,")
    if not rest or rest[0] in ".;:":
        return True
    offset = len(s) - len(rest)
    if _cues().cue.match(canon, offset) is not None:
        return True
    return unit_list_end(s, offset, nlp=False) == offset


def read_roles(sentence: str) -> RoleReading | None:
    """The roles handed out by one sentence, or None when it hands out none.

    >>> r = read_roles("Giao Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ và các cơ quan liên "
    ...                "quan tổ chức hội nghị.")
    >>> r.lead, r.cooperating, r.task
    (['Sở Tư pháp'], ['Sở Nội vụ', 'các cơ quan liên quan'], 'tổ chức hội nghị')
    """
    c = _cues()
    s = sentence
    if not _may_assign_sentence(s):
        return None
    canon = canon_tones(s)
    pos = 0
    m = c.assign_start.match(canon)
    assigned = m is not None
    if m is not None:
        pos = m.end()
    cue = c.cue.search(canon, pos)
    if cue is None:
        if not assigned or not is_unit_start(s[pos:]):
            return None
        end = unit_list_end(s, pos)
        units = split_units(s[pos:end])
        return RoleReading(task=_task(s, end), implementers=units) if units else None
    subject = _subject(s, canon, pos, cue.start())
    if subject is None:
        return None
    units, left_out = subject
    kind = c.kinds.get(fold(cue.group()), "lead")
    if kind == "lead":
        after = cue.end()
        if not _after_lead_ok(s, canon, after):
            return None
        reading = RoleReading(task="", lead=units, missing="lead" if left_out else None)
        rest = len(s) - len(s[after:].lstrip(" ,"))
        nxt = c.cue.match(canon, rest)
        if nxt is not None and c.kinds.get(fold(nxt.group())) in ("coop", "with"):
            start = nxt.end()
            end = unit_list_end(s, start) if is_unit_start(s[start:]) else start
            reading.cooperating = split_units(s[start:end])
            after = end
        reading.task = _task(s, after)
        return reading
    if kind in ("coop", "with"):
        start = cue.end()
        end = unit_list_end(s, start) if is_unit_start(s[start:]) else start
        others = split_units(s[start:end])
        if kind == "with":
            return RoleReading(
                task=_task(s, end),
                implementers=units + others,
                missing="implementers" if left_out else None,
            )
        return RoleReading(
            task=_task(s, end),
            lead=others,
            cooperating=units,
            missing="cooperating" if left_out else None,
        )
    return RoleReading(
        task=_task(s, cue.end()), implementers=units, missing="implementers" if left_out else None
    )


def subject_reading(sentence: str) -> RoleReading | None:
    """A sentence that opens with units and goes on with a task verb: they carry it out.

    >>> subject_reading("Ủy ban nhân dân cấp xã rà soát, báo cáo.").implementers
    ['Ủy ban nhân dân cấp xã']
    """
    s = sentence.lstrip(" -+•*")
    if not is_unit_start(s):
        return None
    end = unit_list_end(s, nlp=False)
    rest = s[end:].lstrip(" ,")
    if end == 0 or not rest[:1].isalpha() or not rest[:1].islower() or unit_list_end(rest, nlp=False):
        return None  # the list did not stop at a task verb
    units = split_units(s[:end])
    return RoleReading(task=_task(s, end), implementers=units) if units else None


def is_duty_section(title: str) -> bool:
    """True for a section that hands out duties ("TỔ CHỨC THỰC HIỆN", "Trách nhiệm thi hành")."""
    # ``fold`` keeps every letter's base (it moves tone marks and lowers case), so a title whose
    # first letter has another base than every section word's is none, and is not folded.
    first = next((ch for ch in title if not ch.isspace() and ch not in ".:"), "")
    if _base(first) not in _section_bases():
        return False
    return fold(title).strip(" .:").startswith(_cues().sections)


def _base(ch: str) -> str:
    """The base letter of ``ch`` lowered, its marks stripped ("Ủ" -> "u"); "" for ""."""
    return unicodedata.normalize("NFD", ch.lower())[:1]


@cache
def _section_bases() -> frozenset[str]:
    return frozenset(_base(w[:1]) for w in _cues().sections)


def _task(s: str, at: int) -> str:
    return s[at:].strip(" ,:;.\t\n")


_SENTENCE = rx.compile(r"(?<=[.!?…])\s++(?=[\p{Lu}\d])(?<![\p{Lu}]{1,4}\.\s++)|\n++")


def sentences(text: str) -> list[str]:
    """``text`` cut into sentences (after ". " before a capital, and at line breaks)."""
    return [p for p in (x.strip() for x in _SENTENCE.split(text)) if p]


def first_sentence(text: str) -> str | None:
    """``sentences(text)[0]`` (None when there is none), without cutting the rest of the text."""
    return next((p for p in (x.strip() for x in _SENTENCE.splititer(text)) if p), None)
