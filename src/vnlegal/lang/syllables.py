"""Vietnamese syllables: tone marks, spelling rules and how common a syllable is.

Used where text must be judged as Vietnamese without a dictionary of words: the legacy
encoding detector (which reading gives real syllables?), the repair of detached tone marks
(which word lost which mark?) and the display form of titles (is "UBND" a word or an
abbreviation?). Spelling comes from ``data/syllable_parts.tsv`` (initials and rhymes),
frequencies from ``data/syllables.tsv``.
"""

from __future__ import annotations

import math
import unicodedata
from functools import cache, lru_cache

from vnlegal.data import Syllable, SyllablePart, load_table
from vnlegal.lang.fold import ACUTE, DOT, TONE_MARKS

# The five tone marks as a set: syllables are read one character at a time.
TONES = frozenset(TONE_MARKS)
_STOP_TONES = frozenset((ACUTE, DOT))
_VOWELS = frozenset("aăâeêioôơuưy")
_SHAPED = frozenset("ăâêôơư")
_FRONT = ("e", "ê", "i", "y")


@cache
def _parts() -> tuple[tuple[str, ...], frozenset[str]]:
    initials: list[str] = []
    rhymes: set[str] = set()
    for part in load_table(SyllablePart):
        if part.kind == "initial":
            initials.append(part.value)
        elif part.kind == "rhyme":
            rhymes.add(part.value)
    # Longest first, so "ngh" is tried before "ng" and "n".
    return tuple(sorted(initials, key=len, reverse=True)), frozenset(rhymes)


@lru_cache(maxsize=65536)
def split_tone(word: str) -> tuple[str, str, int]:
    """(toneless NFC word, tone mark or "", index in the toneless word of the letter that carried
    it or -1). A second tone mark makes the index -2 (not a syllable)."""
    # One entry per letter with its shape marks, so an index into ``letters`` is an index into
    # the toneless word once each entry is composed.
    letters: list[str] = []
    tone = ""
    where = -1
    for ch in unicodedata.normalize("NFD", word):
        if ch in TONES:
            where = -2 if tone else len(letters) - 1
            tone = ch
        elif letters and unicodedata.combining(ch):
            letters[-1] += ch
        else:
            letters.append(ch)
    return "".join(unicodedata.normalize("NFC", c) for c in letters), tone, where


def _split(base: str) -> tuple[str, str] | None:
    """(initial, rhyme) of a lowercase toneless ``base`` by Vietnamese spelling, or None."""
    initials, rhymes = _parts()
    if base.startswith("gi") and len(base) > 2:
        rest = base[2:]
        if rest[0] != "i" and rest in rhymes:
            return "gi", rest
    if base.startswith("gi") and base[1:] in rhymes:
        return "g", base[1:]  # "gì", "gìn": the i is the vowel
    for ini in initials:
        if base.startswith(ini):
            rhyme = base[len(ini) :]
            if rhyme in rhymes and _allowed(ini, rhyme):
                return ini, rhyme
    if base in rhymes:
        return "", base
    return None


def _allowed(ini: str, rhyme: str) -> bool:
    front = rhyme.startswith(_FRONT)
    if ini in ("k", "gh", "ngh"):
        return front
    if ini in ("c", "ng"):
        return not front
    if ini == "g":
        return not front or rhyme.startswith("i")
    if ini == "qu":
        return not rhyme.startswith(("o", "u"))
    if rhyme in ("ynh", "yt"):
        return False
    return True


def nucleus(base: str) -> tuple[int, int, bool] | None:
    """(start, end, closed) of the vowel letters of a lowercase toneless syllable ``base``;
    ``closed`` is True when a final consonant follows. None when ``base`` has no vowel."""
    i = 0
    if base.startswith("qu") and len(base) > 2 and base[2] in _VOWELS:
        i = 2
    elif base.startswith("gi") and len(base) > 2 and base[2] in _VOWELS:
        i = 2
    while i < len(base) and base[i] not in _VOWELS:
        i += 1
    if i == len(base):
        return None
    j = i
    while j < len(base) and base[j] in _VOWELS:
        j += 1
    return i, j, j < len(base)


@lru_cache(maxsize=65536)
def tone_index(base: str, *, old_style: bool = False) -> int:
    """Index of the letter of ``base`` (toneless, any case) that carries the tone.

    The canonical placement is the one ``fold`` uses ("hòa", "thủy"); ``old_style`` gives the
    other placement of open "oa", "oe", "uy" ("hoà", "thuỷ"). -1 when ``base`` has no vowel.
    """
    low = base.lower()
    nuc = nucleus(low)
    if nuc is None:
        return -1
    i, j, closed = nuc
    vowels = low[i:j]
    for k in range(len(vowels) - 1, -1, -1):
        if vowels[k] in _SHAPED:
            return i + k
    if closed or len(vowels) == 1:
        return j - 1
    if len(vowels) == 3:
        return i + 1
    if old_style and vowels in ("oa", "oe", "uy"):
        return i + 1
    return i


@lru_cache(maxsize=65536)
def place_tone(base: str, tone: str, *, old_style: bool = False) -> str:
    """``base`` (toneless) with ``tone`` put on the vowel that carries it, NFC."""
    if not tone:
        return base
    k = tone_index(base, old_style=old_style)
    if k < 0:
        return base
    return unicodedata.normalize("NFC", base[: k + 1] + tone + base[k + 1 :])


@lru_cache(maxsize=65536)
def is_syllable(word: str) -> bool:
    """True when ``word`` (any case, NFC or not) is spelled as a Vietnamese syllable, with its
    tone mark (if any) on the right vowel in either placement style."""
    base, tone, where = split_tone(word)
    if where == -2:
        return False
    low = base.lower()
    parts = _split(low)
    if parts is None:
        return False
    if low.endswith(("c", "ch", "p", "t")) and tone not in _STOP_TONES:
        return False  # "thiêt", "duc": a closed syllable needs sắc or nặng
    if tone:
        if where not in (tone_index(low), tone_index(low, old_style=True)):
            return False
    return True


def is_toneless_syllable(word: str) -> bool:
    """True when ``word`` is a valid syllable once its tone mark (if any) is ignored."""
    base, _, where = split_tone(word)
    return where != -2 and _split(base.lower()) is not None


@cache
def _weights() -> tuple[dict[str, float], float]:
    table: dict[str, float] = {}
    for row in load_table(Syllable):
        table[row.syllable] = float(row.count)
    total = sum(table.values()) or 1.0
    return table, total


@lru_cache(maxsize=65536)
def canonical(word: str) -> str:
    """Lowercase NFC ``word`` with its tone on the canonical vowel ("Hoà" -> "hòa")."""
    base, tone, where = split_tone(word)
    if where == -2 or not tone:
        return unicodedata.normalize("NFC", word).lower()
    return place_tone(base.lower(), tone)


# Log-probability floor for a spelled-right syllable the table has never seen, and for a
# string that is no syllable at all.
UNSEEN = math.log(0.5)
INVALID = math.log(1e-4)


@lru_cache(maxsize=65536)
def log_weight(word: str) -> float:
    """Log of how often ``word`` occurs as a syllable (relative, over the frequency table);
    low for rare or misspelled syllables, lowest for non-syllables."""
    if not is_syllable(word):
        return INVALID - math.log(_weights()[1])
    table, total = _weights()
    count = table.get(canonical(word))
    return (math.log(count) if count else UNSEEN) - math.log(total)


def commonness(word: str) -> float:
    """log(1 + count) of ``word`` in the frequency table (0 for unseen or misspelled words)."""
    if not is_syllable(word):
        return 0.0
    return math.log1p(_weights()[0].get(canonical(word), 0.0))
