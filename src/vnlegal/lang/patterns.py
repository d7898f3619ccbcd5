"""Phrases that several stages look for, each written and compiled once.

Every shared phrase is exported twice: ``X_SRC``, its regex source, and ``X``, that source
compiled. A caller that needs another shape (anchored at a line start, with a named group,
inside a larger pattern) builds it from ``X_SRC``; it never writes the phrase again, so the
stages cannot drift apart in what they accept.

Spelling is matched the way ``vnlegal.lang.fold`` compares it: a word written with its tone
mark on another vowel that folds to the same key ("Cộng hoà" / "Cộng hòa") is the same word.
The variants are spelled out in the pattern, not produced by rewriting the text, so match
offsets are offsets into the caller's own text.

Sources are lower case and carry no case flag (a caller decides; the compiled patterns ignore
case), except the heading words, whose case is part of what they are ("Điều 5." opens an
article, "điều 5" in a sentence does not). Every repeat is possessive or bounded, so no
pattern backtracks catastrophically on hostile input.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache

import regex

from vnlegal.lang import rx
from vnlegal.lang.fold import TONE_MARKS, canon_slips, canon_tones

__all__ = [
    "APPENDIX",
    "APPENDIX_LINE",
    "APPENDIX_SRC",
    "ATTACHED",
    "ATTACHED_LINE",
    "ATTACHED_LINE_SRC",
    "ATTACHED_SRC",
    "HEADING_WORD_SRC",
    "INDEPENDENCE",
    "INDEPENDENCE_SRC",
    "ISSUED_SRC",
    "KEM_THEO",
    "KEM_THEO_SRC",
    "LEVEL",
    "LEVEL_SRC",
    "LEVEL_WORDS",
    "MOTTO",
    "MOTTO_ANY",
    "MOTTO_ANY_SRC",
    "MOTTO_SRC",
    "NATION",
    "NATION_SRC",
    "PASSAGE",
    "PASSAGE_SRC",
    "RECIPIENTS",
    "RECIPIENTS_SRC",
    "REPUBLIC",
    "REPUBLIC_SRC",
    "SIGNING_PREFIX",
    "SIGNING_PREFIXES",
    "SIGNING_PREFIX_SRC",
    "alternation",
    "heading_word",
    "motto_source",
    "phrase_pattern",
    "tone_variants",
]

# --- building blocks ----------------------------------------------------------------------

_OPEN_END = "aeiouyàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ"
_SYLLABLE = rx.compile(r"\p{L}++")
_PHRASE_TOKEN = rx.compile(r",|[^\s,]++")


def tone_variants(word: str, *, slips: bool = False) -> set[str]:
    """Every spelling of ``word`` whose tone mark sits on another vowel of the same syllable
    and folds back to it: "hòa" -> {"hòa", "hoà"}.

    Without ``slips`` only the two writing styles count (``canon_tones``: open syllables such
    as "hoà"/"hòa", "thuỷ"/"thủy"); with ``slips`` also the typing slips ``fold`` forgives
    (``canon_slips``: "khỏan", "điêù", "chừơng").
    """
    key = canon_slips if slips else canon_tones
    out = {word}
    canon = key(word)
    for syl in _SYLLABLE.finditer(word):
        s = unicodedata.normalize("NFD", syl.group())
        tone = next((c for c in s if c in TONE_MARKS), "")
        # Only open syllables ("hoà", "thuỷ") are written both ways; a closed one moves its
        # mark only by a slip.
        if not tone or (not slips and syl.group()[-1:].lower() not in _OPEN_END):
            continue
        bare = s.replace(tone, "")
        for i, ch in enumerate(bare):
            if ch.lower() not in "aeiouy":
                continue
            j = i + 1
            while j < len(bare) and unicodedata.combining(bare[j]):
                j += 1
            cand = unicodedata.normalize("NFC", bare[:j] + tone + bare[j:])
            alt = word[: syl.start()] + cand + word[syl.end() :]
            if key(alt) == canon:
                out.add(alt)
    return out


def phrase_pattern(phrase: str, *, commas: bool = False, slips: bool = False) -> str:
    """A regex for ``phrase``: tone placements folded (``tone_variants``), any whitespace (line
    breaks too) between words; with ``commas`` a comma between words may be written or left
    out. ``phrase_pattern("cộng hòa")`` -> ``(?:cộng)\\s++(?:hòa|hoà)``."""
    out = ""
    comma = False
    for tok in _PHRASE_TOKEN.findall(phrase):
        if tok == ",":
            comma = True
            continue
        pat = _word_pattern(tok, slips)
        if out:
            if comma:
                out += r"\s*+,?\s*+" if commas else r"\s*+,\s*+"
            else:
                out += r"\s++"
        out += pat
        comma = False
    return out


@lru_cache(maxsize=8192)
def _word_pattern(word: str, slips: bool) -> str:
    """``(?:hòa|hoà)``: the tone variants of one word, longest first. Cached: the phrases of the
    tables repeat their words, and building the variants was a quarter of a first parse."""
    variants = sorted(tone_variants(word, slips=slips), key=lambda v: (-len(v), v))
    return "(?:" + "|".join(regex.escape(v) for v in variants) + ")"


def alternation(phrases: Iterable[str]) -> str:
    """One alternation of ``phrases``, longest first (so "Thông tư liên tịch" beats "Thông tư")."""
    # Ties in code-point order: a set's order changes with the hash seed, and a pattern whose
    # source changes from one process to the next never hits the compiled cache (lang/rx.py).
    uniq = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(phrase_pattern(p) for p in uniq)


def _compile(source: str) -> regex.Pattern[str]:
    return rx.compile(source, regex.IGNORECASE)


# --- the national motto ---------------------------------------------------------------------

# Scans and flattened pages glue "CỘNGHÒA" together, hence the optional space there.
REPUBLIC_SRC = phrase_pattern("cộng") + r"\s*+" + phrase_pattern("hòa xã hội")
"""The motto's first words: "Cộng hòa xã hội", "CỘNG HOÀ XÃ HỘI" (a first line cut short still
has them)."""
REPUBLIC = _compile(REPUBLIC_SRC)

NATION_SRC = REPUBLIC_SRC + r"\s++" + phrase_pattern("chủ nghĩa việt nam")
"""The state's name: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Cộng hoà xã hội chủ nghĩa Việt Nam"."""
NATION = _compile(NATION_SRC)

_MOTTO_WORDS = (r"độc\s*+lập", r"tự\s*+do", r"hạnh\s*+phúc")
# Normalization has made every dash variant "-"; copies that lost the hyphens still count.
_MOTTO_SEP = r"\s*+-?\s*+"


def motto_source(first: str = _MOTTO_SEP, second: str = _MOTTO_SEP) -> str:
    """The motto with ``first`` and ``second`` as its two separators; by default a hyphen or
    none, spaces around: "Độc lập - Tự do - Hạnh phúc", "Độc lập Tự do Hạnh phúc",
    "Độc lập-Tự do-Hạnh phúc". A caller passes named groups to find the separators."""
    a, b, c = _MOTTO_WORDS
    return a + first + b + second + c


MOTTO_SRC = motto_source()
"""The motto: "Độc lập - Tự do - Hạnh phúc" (hyphens and spaces optional)."""
MOTTO = _compile(MOTTO_SRC)

INDEPENDENCE_SRC = _MOTTO_WORDS[0] + _MOTTO_SEP + _MOTTO_WORDS[1]
"""The motto's first two words, enough where a line may be cut short: "Độc lập - Tự do"."""
INDEPENDENCE = _compile(INDEPENDENCE_SRC)

MOTTO_ANY_SRC = f"{REPUBLIC_SRC}|{INDEPENDENCE_SRC}"
"""Either line of the motto block: "CỘNG HÒA XÃ HỘI ..." or "Độc lập - Tự do ..."."""
MOTTO_ANY = _compile(MOTTO_ANY_SRC)

# --- attachments ----------------------------------------------------------------------------

ISSUED_SRC = r"ban\s++hành"
"""The verb of issuing: "Thủ tướng Chính phủ ban hành Quyết định", "ban hành kèm theo"."""

KEM_THEO_SRC = r"kèm\s++theo(?!\p{L})"
"""Attached to: "kèm theo", "Kèm theo", "KÈM THEO"."""
KEM_THEO = _compile(KEM_THEO_SRC)

ATTACHED_SRC = rf"(?:được\s++)?(?:{ISSUED_SRC}\s++)?{KEM_THEO_SRC}"
"""The line that ties an attachment to its document: "(Ban hành kèm theo Quyết định số ...)",
"(Kèm theo ...)", "được ban hành kèm theo"."""
ATTACHED = _compile(ATTACHED_SRC)

ATTACHED_LINE_SRC = r"[\s|*(]*+" + ATTACHED_SRC
"""``ATTACHED`` opening a line, after blanks, table pipes, emphasis and an opening bracket."""
ATTACHED_LINE = _compile(ATTACHED_LINE_SRC)

APPENDIX_SRC = phrase_pattern("phụ lục") + r"(?!\p{L})"
"""An appendix: "PHỤ LỤC", "Phụ lục I", "phụ lục 02"."""
APPENDIX = _compile(APPENDIX_SRC)

APPENDIX_LINE_SRC = r"[\s|*#]*+" + APPENDIX_SRC
"""``APPENDIX`` opening a line (after blanks, table pipes and Markdown marks): "## PHỤ LỤC I"."""
APPENDIX_LINE = _compile(APPENDIX_LINE_SRC)

# --- closing --------------------------------------------------------------------------------

RECIPIENTS_SRC = r"nơi\s++nhận"
"""The distribution list's label: "Nơi nhận:", "NƠI NHẬN:" (the colon is the caller's)."""
RECIPIENTS = _compile(RECIPIENTS_SRC)

SIGNING_PREFIXES: tuple[str, ...] = (
    "TUQ",  # thừa ủy quyền: "TUQ. CHỦ TỊCH / CHÁNH VĂN PHÒNG"
    "T/M",  # "T/M. ỦY BAN NHÂN DÂN" (old typing of TM.)
    "T/L",  # "T/L. BỘ TRƯỞNG"
    "K/T",  # "K/T. CHỦ TỊCH"
    "TM",  # thay mặt: "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"
    "KT",  # ký thay: "KT. BỘ TRƯỞNG / THỨ TRƯỞNG"
    "TL",  # thừa lệnh: "TL. BỘ TRƯỞNG / VỤ TRƯỞNG VỤ PHÁP CHẾ"
    "PP",  # "PP. GIÁM ĐỐC"
    "Q",  # quyền: "Q. BỘ TRƯỞNG"
)
"""Authority prefixes of a signature, without the full stop, longest first. (A short closed
list of abbreviations, so it stays here rather than in a data table.)"""
SIGNING_PREFIX_SRC = "(?:" + "|".join(regex.escape(p) for p in SIGNING_PREFIXES) + r")\s*+\."
"""A signing prefix and its full stop: "TM.", "KT .", "T/M."; upper case only (a "Q." in a
sentence is an abbreviation, not a signature)."""
SIGNING_PREFIX = rx.compile(SIGNING_PREFIX_SRC)

PASSAGE_SRC = (
    r"(?:luật|nghị\s++quyết|pháp\s++lệnh|bộ\s++luật)\s++này\s++(?:đã\s++)?được\s++"
    r"[^.]{0,160}?thông\s++qua"
)
"""A law's passage sentence: "Luật này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam
khóa XV, kỳ họp thứ 5 thông qua" (the date that follows is the caller's). Bounded and lazy,
so a "Luật này được" without "thông qua" costs at most 160 characters."""
PASSAGE = _compile(PASSAGE_SRC)

# --- structure: the level words -------------------------------------------------------------

LEVEL_WORDS: dict[str, str] = {
    "part": "phần",
    "chapter": "chương",
    "section": "mục",
    "subsection": "tiểu mục",
    "article": "điều",
    "clause": "khoản",
    "point": "điểm",
}
"""The words that name a unit of a normative text, by node kind."""


def heading_word(word: str) -> str:
    """Source of ``word`` as a heading prints it, capitalised or in capitals, any tone slip
    folded: ``heading_word("tiểu mục")`` matches "Tiểu mục", "TIỂU MỤC", "Tỉêu mục", but not
    "tiểu mục" (lower case, the word of a sentence)."""
    title = phrase_pattern(word[:1].upper() + word[1:], slips=True)
    upper = phrase_pattern(word.upper(), slips=True)
    return f"(?:{title}|{upper})"


HEADING_WORD_SRC: dict[str, str] = {kind: heading_word(w) for kind, w in LEVEL_WORDS.items()}
"""Per node kind, the source of its heading word: "Chương"/"CHƯƠNG", "Điều"/"ĐIỀU", ..."""

# In this order: a reference names a point, then a clause, then an article ("điểm a khoản 1
# Điều 5"), so the common words are tried first.
_LEVEL_ORDER = ("point", "clause", "article", "chapter", "section", "subsection", "part")
LEVEL_SRC = (
    "(?:"
    + "|".join(phrase_pattern(LEVEL_WORDS[k], slips=True) for k in _LEVEL_ORDER)
    + "|"
    + phrase_pattern("phụ lục")
    + ")"
)
"""A level word in any case, or "phụ lục": "điểm", "Khoản", "ĐIỀU", "tiểu mục", "Phụ lục"."""
LEVEL = _compile(LEVEL_SRC)
