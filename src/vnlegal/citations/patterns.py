"""Vocabulary and compiled patterns of the citation engine (``vnlegal.citations.find``).

Everything is built once, on first use, from the data tables: document types (doc_types.tsv),
law names (law_names.tsv), other named documents (citation_names.tsv), relation cues and helper
words (citation_cues.tsv), boundary words (citation_stopwords.tsv), issuers (issuer_names.tsv,
agency_heads.tsv) and legal force (legal_force.tsv).

Every quantifier that can repeat is possessive or bounded, so no pattern backtracks
catastrophically on hostile input (long digit or slash runs, thousands of "số"). Patterns that
must end where a mention starts are REVERSE patterns, matched backwards from that offset.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from functools import cache, lru_cache

import regex

from vnlegal.data import (
    CitationCue,
    CitationName,
    CitationStopword,
    IssuerName,
    LawName,
    LegalForce,
    load_table,
)
from vnlegal.lang import rx
from vnlegal.lang.agency import agency_heads
from vnlegal.lang.fold import fold
from vnlegal.lang.patterns import ATTACHED_SRC, ISSUED_SRC, LEVEL_SRC, alternation, tone_variants
from vnlegal.lang.vocab import doc_types
from vnlegal.limits import checkpoint, regex_timeout

# How far past its start a piece of a mention (a date, an issuer, a law's name) is read. Every
# anchored match gets a bounded end: the engine may scan to the end position for a literal the
# pattern requires, which would make each match cost the length of the text.
REACH = 400

# --- anchor scans -------------------------------------------------------------------------

# ``finditer`` tries its pattern at every offset of the text, and the engine finds no literal to
# search for in a pattern that opens with a look-behind or an alternation of words: such a scan
# of a long text costs more than all the reading after its few matches. Every match of the
# anchor patterns below opens with one of a few literal words, so ``str.find`` (a C loop) lists
# where one may start and the pattern is tried only there. The matches are those of
# ``finditer``: a match starts at one of the offsets listed, a look-behind sees the text before
# the offset as it does in a scan, and a scan goes on from the end of each match. Each offset
# tried costs a call from Python, so where the words are dense (hostile input, "số số số ...")
# the offsets are not listed (None) and ``anchor_scan`` scans the text.

# An offset to try every this many characters or more: tried one by one; denser, a scan.
_SPARSE = 24


def first_words(phrases: Iterable[str]) -> frozenset[str]:
    """Every spelling (tone placement, ``tone_variants``) of the first word of each phrase: what
    a case-sensitive ``alternation(phrases)`` match opens with."""
    return frozenset(v for p in phrases for v in tone_variants(p.replace(",", " ").split()[0]))


def literal_starts(text: str, words: Collection[str], lo: int, hi: int) -> list[int] | None:
    """Offsets in ``[lo, hi)`` where one of ``words`` is written (case-sensitive), ascending;
    None when they are too dense to be worth listing."""
    if sum(text.count(w, lo, hi) for w in words) * _SPARSE > hi - lo:
        return None
    found: set[int] = set()
    for w in words:
        at = text.find(w, lo, hi)
        while at >= 0:
            found.add(at)
            at = text.find(w, at + 1, hi)
    return sorted(found)


def anchor_scan(
    pattern: regex.Pattern[str], text: str, starts: list[int] | None, lo: int, hi: int
) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text, lo, hi)`` for a pattern whose every match starts at one of
    ``starts`` (ascending, at least ``lo``; None: anywhere) and is never empty."""
    if starts is None:
        # A whole-text scan yields nothing between far-apart matches: bounded by what is left
        # of the time budget (the builtin TimeoutError, which parse() reports as the budget's).
        found: Iterator[regex.Match[str]] = pattern.finditer(text, lo, hi, timeout=regex_timeout())
        return found
    return _scan_at(pattern, text, starts, hi)


def _scan_at(
    pattern: regex.Pattern[str], text: str, starts: Iterable[int], hi: int
) -> Iterator[regex.Match[str]]:
    end = -1
    for k, at in enumerate(starts):
        if not k % 1024:
            checkpoint("finding citations")
        if at < end:
            continue
        m = pattern.match(text, at, hi)
        if m is not None:
            yield m
            end = max(m.end(), at + 1)


# --- vocabulary ---------------------------------------------------------------------------


@cache
def cue_words(mode: str) -> tuple[str, ...]:
    """The phrases of citation_cues.tsv in ``mode`` (see the table's header)."""
    return tuple(r.cue for r in load_table(CitationCue) if r.mode == mode)


@cache
def cue_re(mode: str) -> regex.Pattern[str]:
    """Any phrase of ``mode`` as a whole-word, case-insensitive match; group ``cue``."""
    # A phrase ending in ":" ends at punctuation, so it takes no right word boundary.
    return rx.compile(
        rf"(?<!\p{{L}})(?P<cue>{alternation(cue_words(mode))})(?:(?<=:)|(?!\p{{L}}))",
        regex.IGNORECASE,
    )


@cache
def cue_relation() -> dict[str, str]:
    """Folded cue -> relation, for the relation cues (lead, self, verb, post)."""
    rows = load_table(CitationCue)
    return {fold(r.cue): r.relation for r in rows if r.mode in ("lead", "self", "verb", "post")}


@cache
def stop_words(scope: str) -> tuple[tuple[str, bool], ...]:
    """(word, matches in any case) rows of citation_stopwords.tsv for ``scope``."""
    rows = load_table(CitationStopword)
    return tuple(
        (r.word, r.case == "any")
        for r in rows
        if r.scope == scope or (r.scope == "both" and scope != "compound")
    )


@cache
def stop_re(scope: str) -> regex.Pattern[str]:
    """Boundary words of ``scope`` ("issuer" or "name") at a word start; group ``stop``."""
    rows = stop_words(scope)
    anycase = alternation([w for w, a in rows if a])
    lower = alternation([w for w, a in rows if not a])
    return rx.compile(rf"(?P<stop>(?i:{anycase})|{lower})(?!\p{{L}})")


@cache
def folded_words(scope: str) -> frozenset[str]:
    """Folded words of citation_stopwords.tsv in ``scope`` (compound, notlaw)."""
    return frozenset(fold(w) for w, _ in stop_words(scope))


@cache
def type_names() -> dict[str, str]:
    """Folded type name -> canonical document type."""
    return {fold(d.name): d.name for d in doc_types()}


@cache
def legal_force() -> dict[str, int]:
    """Document type -> rank of legal force (1 = highest), from legal_force.tsv."""
    return {r.doc_type: r.rank for r in load_table(LegalForce)}


@cache
def type_before_re(*, capitalized: bool) -> regex.Pattern[str]:
    """Matched backwards from a symbol: "<Type> [qualifier words] [số[:]]" right before it.

    The qualifier covers "Kết luận thanh tra số", "Thông báo kết luận số", "Báo cáo đánh giá rủi
    ro về an toàn số", "Giấy chứng nhận thẩm duyệt PCCC số" (lower-case words, acronyms and
    commas, up to ten words). With ``capitalized``
    the type word must be capitalized or in capitals, so "Thông báo kết luận số" reads as a
    Thông báo, not as the lower-case "kết luận" right before "số".
    """
    names = [d.name for d in doc_types()]
    if capitalized:
        return rx.compile(
            r"(?r)(?<![\p{L}\d])(?P<type>" + alternation(names + [n.upper() for n in names]) + ")"
            r"(?P<qual>(?:,?\s++(?:\p{Ll}++|\p{Lu}{2,8}+)){1,10}?(?=\s*+(?i:số)))??"
            r"(?:\s*+(?P<so>(?i:số))\s*+(?P<colon>:)?)?\s*+"
        )
    return rx.compile(
        r"(?r)(?<![\p{L}\d])(?P<type>" + alternation(names) + ")"
        r"(?P<qual>(?:\s++(?-i:\p{Ll}++)){1,4}?(?=\s*+số))??"
        r"(?:\s*+(?P<so>số)\s*+(?P<colon>:)?)?\s*+",
        regex.IGNORECASE,
    )


_BARE_END = r"(?P<num>\d{1,5}+)(?![\d\p{L}]|[ ]?[-/][ ]?[\p{Lu}\d]|-[ ]?\n|\.\d)"
# One scan for what follows a "số" outside the symbol grammar (one scan, not three: each scan of
# a long text costs):
# - glued: a number glued to it ("số357/TTr-CP"), read with CITE_SYMBOL_AT;
# - tok: a number written with letters first ("Văn bản số YBB-SA032/26-LR");
# - num: a bare number after a word, the type read backwards ("Văn bản số 02 ngày ...").
# Every match of SO_AFTER_RE and SPACED_PARTY_RE opens with one of these (``anchor_scan``).
SO_WORDS = ("số", "Số", "SỐ")
SO_AFTER_RE = rx.compile(
    r"(?<!\p{L})(?:số|Số|SỐ)(?:(?P<glued>(?=\d))"
    r"|[ ]*+:?[ ]*+(?P<tok>\p{Lu}[\p{Lu}\d]{0,9}+(?:[-/.][\p{Lu}\d]{1,10}+){1,5}+)(?![\p{L}\d])"
    r"|(?<=\p{L}[ ](?:số|SỐ))[ ]++" + _BARE_END + ")"
)


def _bare_types() -> list[str]:
    names = sorted(cue_words("barenum"))
    return names + [n.upper() for n in names]


@cache
def bare_number_re() -> regex.Pattern[str]:
    """A type of act right before a bare number ("Chỉ thị 11", "Quyết định 765"); the number
    must end there (no "/", "-", "." or letter after it)."""
    return rx.compile(r"(?<![\p{L}\d])(?P<type>" + alternation(_bare_types()) + r")[ ]++" + _BARE_END)


@cache
def bare_number_words() -> frozenset[str]:
    """What every match of ``bare_number_re`` opens with (``anchor_scan``)."""
    return first_words(_bare_types())


# Matched backwards from a symbol: a bare "số" (a list item, or a mention without a type).
SO_BEFORE_RE = rx.compile(r"(?r)(?<!\p{L})(?P<so>số)\s*+(?P<colon>:)?\s*+", regex.IGNORECASE)


@cache
def type_this_re() -> regex.Pattern[str]:
    """Matched backwards from "này": "<Type|Điều|khoản ...> này" (a mention of this document)."""
    names = alternation([d.name for d in doc_types()])
    return rx.compile(r"(?r)(?<!\p{L})(?P<type>" + names + "|" + LEVEL_SRC + r")\s++này", regex.IGNORECASE)


_TOKEN = rx.compile(r"[\p{L}\p{M}\d&]++|-")
_TOKEN_GAP = rx.compile(r"[\s,]*+")


@lru_cache(maxsize=65536)
def _fold_word(word: str) -> str:
    return fold(word)


class PhraseSet:
    """Known multi-word names, matched at a word start by folded words (case and tone placement
    folded, commas optional): a dictionary walk instead of a regex of hundreds of names, which
    stops at the first word that starts no known name."""

    def __init__(self, phrases: list[str]) -> None:
        self.keys: dict[str, str] = {}
        self.prefixes: set[str] = set()
        for p in phrases:
            words = [fold(w) for w in _TOKEN.findall(p)]
            self.keys.setdefault(" ".join(words), p)
            for k in range(1, len(words) + 1):
                self.prefixes.add(" ".join(words[:k]))

    def match(self, text: str, pos: int, end: int) -> tuple[int, str] | None:
        """(end offset, listed phrase) of the longest known phrase starting at ``pos``."""
        best: tuple[int, str] | None = None
        key = ""
        i = pos
        while True:
            t = _TOKEN.match(text, i, end)
            if t is None:
                break
            w = _fold_word(t.group())
            key = f"{key} {w}" if key else w
            if key not in self.prefixes:
                break
            hit = self.keys.get(key)
            if hit is not None:
                best = (int(t.end()), hit)
            i = int(_TOKEN_GAP.match(text, t.end(), end).end())
            if "\n\n" in text[t.end() : i]:
                break
        return best


@cache
def law_names() -> PhraseSet:
    """Known law and code names (law_names.tsv), as written after "Luật"/"Bộ luật"."""
    return PhraseSet([r.name for r in load_table(LawName)])


@cache
def named_docs() -> tuple[PhraseSet, dict[str, str]]:
    """Names of citation_names.tsv, and each listed name's document type."""
    rows = load_table(CitationName)
    return PhraseSet([r.name for r in rows]), {r.name: r.doc_type for r in rows}


@cache
def byname_types() -> dict[str, str]:
    """Folded type word -> type, for the types whose name the engine reads ("Luật Đất đai")."""
    return {fold(w): w for w in cue_words("byname")}


@cache
def name_anchor_re() -> regex.Pattern[str]:
    """Where a by-name mention may start: "Luật", "Bộ luật", "Pháp lệnh", or the first words of
    a name in citation_names.tsv. Case-sensitive: a lower-case "luật" must be a known name."""
    heads: set[str] = set()
    for w in cue_words("byname"):
        heads.update({w, w.upper(), w.lower(), " ".join(x.capitalize() for x in w.split())})
    # A name that starts with a numbered type ("Nghị định thư", "Quy chế làm việc") is anchored
    # on one more word, so that every "Nghị định" is not a candidate.
    numbered = {fold(d.name) for d in doc_types() if d.code}
    for r in load_table(CitationName):
        words = r.name.split()
        n = 3 if fold(" ".join(words[:2])) in numbered else 2
        head = " ".join(words[:n])
        heads.update({head, head.upper()})
    # No look-behind before the alternation: it would stop the engine from scanning for the
    # literal heads; the caller checks the character before.
    return rx.compile(r"(?:" + alternation(sorted(heads)) + r")(?!\p{L})")


@cache
def issuer_names() -> dict[str, tuple[str, ...]]:
    """kind -> names of issuer_names.tsv (agency, position, head), longest first."""
    out: dict[str, list[str]] = {}
    for r in load_table(IssuerName):
        out.setdefault(r.kind, []).append(r.name)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


@cache
def agency_head_re() -> regex.Pattern[str]:
    """A word that opens a body's name ("Ủy ban nhân dân", "Sở", "Công ty"), case-sensitive."""
    heads = list(issuer_names().get("head", ())) + [head for _, head in agency_heads()]
    return rx.compile(r"(?<![\p{L}\d])(?:" + alternation(heads) + r")(?!\p{L})")


@cache
def sentence_end_re(*, reverse: bool) -> regex.Pattern[str]:
    """Clause boundaries for relations: sentence ends, blank lines, and line starts that open a
    new unit (list markers, "Điều", "Căn cứ"/"Thực hiện"/"Theo" ..., table cells).

    Whitespace runs before a newline are ``[ \\t]``, not ``\\s``: matched backwards, a possessive
    ``\\s`` run would also take the newline the pattern needs.
    """
    openers = alternation(cue_words("lead") + cue_words("verb") + cue_words("opener"))
    pattern = rf"""[.!?](?=\s++["“(]?[\p{{Lu}}\d])
      | [.!?][ \t]*+\n
      | \n[ \t]*+\n
      | \n(?=[ \t|*]*+(?:{_MARKER}|(?:{openers})(?!\p{{L}})|\|))
      | :[ \t]*+\n"""
    return rx.compile(pattern, regex.VERBOSE | (regex.REVERSE if reverse else 0))


# --- fixed patterns -----------------------------------------------------------------------

# A symbol in running text. Unlike symbols.SYMBOL_PATTERN it takes dotted numbers ("66.4/2025",
# "01.6/GĐN/KSYB"), numbers of several parts ("06/03/2026/HCNM", "03/3527/2026/HCNM"), a code
# glued to the year ("11/2026CV-YVG"), blank numbers ("…/QĐ-UBND"), a number glued to "số"
# ("số357/TTr-CP", with CITE_SYMBOL_AT), a line break after the number's dash ("10-\nNQ/TW"), and stray spaces
# around a dash inside the code ("118/TTr- STTTT", "01/QĐ - CTY", "HCNM - G16") when the part
# after it is a code, not a word ("- Ban hành"); it never starts at a dash bullet.
_SYMBOL_BODY = r"""
    (?:
        (?P<num>\d{1,6}+(?:\.\d{1,4}+){0,3}+(?:/(?!(?:19|20)\d\d/)\d{1,4}+(?=/)){0,2}+[a-zđ]?)
        (?:[ ]?/[ ]?(?P<year>(?:19|20)\d\d)(?!\d))?+
        (?:[ ]?(?P<sep>[/-])|(?<=/(?:19|20)\d\d)(?=\p{Lu}))
      | (?P<blank>/)
    )
    (?:[ ]|(?<=-)[ ]?\n)?(?P<code>\p{Lu}[\p{L}\d]{0,15}+
        (?:(?:[-./&]|[ ]-[ ]?|-[ ])(?:(?<=[-./&])[\p{Lu}\d][\p{L}\d]{0,14}+
          |(?<=[ ])\p{Lu}[\p{Lu}\d]{0,11}+\p{Ll}?(?![\p{L}\d]))){0,8}+)
    (?![\p{L}\d]|[-./&]\p{L})
    """
CITE_SYMBOL_RE = rx.compile(r"(?<![\p{L}\d/.:-])" + _SYMBOL_BODY, regex.VERBOSE)
# Matched backwards from the first "/" or "-" of a CITE_SYMBOL_RE match: what may come before it
# in the match (number, dotted and slashed parts, a letter, a year, spaces); a match never
# starts more than 40 characters before that separator (``symbol_starts``).
_SYMBOL_LEAD = rx.compile(r"(?r)[\d./a-zđ ]{0,40}+")
_SEP_BEFORE = frozenset("abcdefghijklmnopqrstuvwxyzđ")


def symbol_starts(text: str, lo: int, hi: int) -> list[int] | None:
    """Offsets in ``[lo, hi)`` where a CITE_SYMBOL_RE match may start, for ``anchor_scan``
    (None when they would be dense).

    A match starts with a digit or "/" that follows no letter, digit or "/.:-", and has its
    first "/" or "-" within 40 characters: the number before that separator is made of digits,
    ".", "/", one letter "a-zđ" and spaces, and a "-" separator follows a digit or such a letter
    (a space between). So the starts are, before each such separator, the first character of
    the run of those characters and each character after a space in it.
    """
    if (text.count("/", lo, hi) + text.count("-", lo, hi)) * _SPARSE > hi - lo:
        return None
    found: set[int] = set()
    seps: list[int] = []
    at = text.find("/", lo, hi)
    while at >= 0:
        seps.append(at)
        found.add(at)  # a blank number ("…/QĐ-UBND") starts at its "/"
        at = text.find("/", at + 1, hi)
    at = text.find("-", lo, hi)
    while at >= 0:
        c = text[at - 1 : at]
        if c == " " and at - 2 >= 0:
            c = text[at - 2]
        if c.isdecimal() or c in _SEP_BEFORE:
            seps.append(at)
        at = text.find("-", at + 1, hi)
    for q in seps:
        run = _SYMBOL_LEAD.match(text, max(lo, q - 40), q)
        a = run.start() if run is not None else q
        found.add(a)
        sp = text.find(" ", a, q)
        while sp >= 0:
            found.add(sp + 1)
            sp = text.find(" ", sp + 1, q)
    return sorted(found)


# The same, matched at a given offset: a number glued to "số" ("số357/TTr-CP"), found by
# GLUED_SO_RE (a look-behind for "số" in CITE_SYMBOL_RE would slow every scan).
CITE_SYMBOL_AT = rx.compile(_SYMBOL_BODY, regex.VERBOSE)

# "số 48 CT/TW": a Party symbol whose hyphen was lost ("48-CT/TW").
SPACED_PARTY_RE = rx.compile(
    r"(?:số|Số|SỐ)[ ]++(?P<num>\d{1,6}+)[ ](?P<code>\p{Lu}{1,5}+/\p{Lu}[\p{Lu}\d.]{0,15}+)"
    r"(?![\p{L}\d])"
)

# A bare code written after a symbol whose hyphen was lost ("86/QĐ UBND", "05/CT BCA V28").
DAMAGED_TAIL_RE = rx.compile(r"[ ](?P<tail>[A-ZĐ][A-ZĐ\d]{1,9}+|TTg)(?![\p{L}\d])")

# Technical regulations and standards: "QCVN 05A:2020/BCT", "TCVN 2622:1995".
STANDARD_WORDS = ("QCVN", "TCVN")  # every match opens with one (``anchor_scan``)
STANDARD_RE = rx.compile(
    r"(?P<kind>QCVN|TCVN)[ ]?(?P<code>[\dA-Z][\dA-Z.\-]{0,15}+(?::\d{4})?(?:/[A-ZĐ]{2,10}+)?)"
)
STANDARD_TITLE_RE = rx.compile(r"\s++(?P<t>\p{Lu}[^;.\n]{0,300}+)")

LABEL = r"(?:\d{1,4}+[a-zđ]?\d?|[IVXLC]{1,8}+|[a-zđ]\d?)(?![\p{L}\d])"
LEVEL = LEVEL_SRC
# A pinpoint chain ending right before a mention: "điểm a khoản 1 Điều 5", "Điều 8, 9 và 12",
# "khoản 3 Điều 10, Điều 11", "Khoản 3 - Điều 61", "Phụ lục I ban hành kèm theo", "... của".
PINPOINT_RE = rx.compile(
    rf"(?:các\s++)?{LEVEL}\s++(?:số\s++)?{LABEL}"
    rf"(?:\s*+(?:[,-]\s*+)?(?:(?:và|hoặc)\s++)?(?:(?:các\s++)?{LEVEL}\s++)?{LABEL}){{0,30}}+"
    rf"\s*+,?\s*+(?:{ATTACHED_SRC}\s++|của\s++)?\Z",
    regex.IGNORECASE,
)
PIN_TOKEN_RE = rx.compile(
    rf"(?<![\p{{L}}\d])(?:(?P<level>{LEVEL})\s++(?:số\s++)?)?(?P<label>{LABEL})", regex.IGNORECASE
)

DATE_LEAD_RE = rx.compile(rf"\s*+,?\s*+(?:{ISSUED_SRC}\s++)?(?=ngày)", regex.IGNORECASE)
# A date with a three-digit year ("ngày 21/9/025"): the year is read from the symbol.
SHORT_YEAR_RE = rx.compile(
    r"ngày\s*+(?P<d>\d{1,2}+)/(?P<m>\d{1,2}+)/(?P<y>\d{3})(?![\d/])", regex.IGNORECASE
)
# "năm 2014", "2020", "năm 2000, 2005, 2014" after a law's name: a year, not a date.
YEAR_TAIL_RE = rx.compile(
    r"\s*+(?:năm\s++)?(?:19|20)\d\d(?![\d/])(?:(?:\s*+,\s*+|\s++và\s++)(?:19|20)\d\d(?![\d/])){0,5}+",
    regex.IGNORECASE,
)
OF_RE = rx.compile(r"\s*+,?\s*+(?:của|CỦA)\s++")
PAREN_RE = rx.compile(r"\s*+\([^()\n]{1,80}+\)")
SO_RE = rx.compile(r"\s*+(?:số|SỐ)\s*+:?\s*+")
WORD_RE = rx.compile(r"[\p{L}\p{M}][\p{L}\p{M}\d&.\-]*+")
THIS_RE = rx.compile(r"(?<!\p{L})này(?!\p{L})")
_MARKER = (
    r"[IVXLC]{1,6}+\.|\d{1,3}+(?:\.\d{1,3}+)*+[.)]|[a-zđ][).]|[-+•]"
    r"|Điều\s++\d++[a-zđ]?[.:]|Chương\s++[IVXLC\d]++|Mục\s++\d++"
)
MARKER_RE = rx.compile(rf"[ \t|*]*+(?P<m>{_MARKER})")
