"""Tone folding: comparison keys that ignore tone placement, case and spacing.

Vietnamese is written with two tone-placement styles ("hoà" / "hòa", "thuỷ" / "thủy") and
typing slips ("ngừơi"); matchers compare ``fold(text)`` instead of rewriting the document.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

from vnlegal.lang import rx

# --- tone placement ---------------------------------------------------------------------

# The five written tones as combining marks (the sixth, ngang, has no mark). Every module that
# needs them imports them from here (this module depends on nothing else in the package).
GRAVE, ACUTE, TILDE, HOOK, DOT = "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"
TONE_MARKS = GRAVE + ACUTE + TILDE + HOOK + DOT


# Letters with a tone mark, by base vowel; built once from the five marks.


def _toned(bases: str) -> str:
    return "".join(unicodedata.normalize("NFC", b + t) for b in bases for t in TONE_MARKS)


_T_AEY = _toned("aeyAEY")
_T_UIY = _toned("uưiyUƯIY")
_T_U = _toned("uU")
_T_I = _toned("iI")
_T_O = _toned("oO")
_T_GLIDE = _toned("iyouaIYOUA")
_T_ALL = _toned("aăâeêioôơuưyAĂÂEÊIOÔƠUƯY")
_VOWEL = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY"
# Ways a tone mark sits off its canonical vowel, each a two-letter window so that the
# replacement keeps the length and ordinary text costs one scan:
# - old style "oa", "oe", "uy" at the end of an open syllable: "hoà", "khoẻ", "thuỷ" -> "hòa";
# - on the first vowel of "ươ", "uô", "iê", "yê", "uâ", "uê", "uơ": "ngừơi", "tụê" -> "người";
# - on the "u" of "qu" or the "i" of "gi": "qúy", "gìa", "gíá" -> "quý", "già", "giá";
# - on the glide of a falling diphthong at a syllable end: "haị", "baó", "muà" -> "hại";
# - on the "o" of "oa", "oe" or the "u" of "uy" before a final or a glide: "hòan", "búyt";
# - the same mark typed twice: "dàì", "thíết" -> "dài", "thiết".
# "u" after "q" and "i" after "g" are not vowels of the rhyme ("quà", "già").
_MISPLACED = rx.compile(
    rf"(?P<old>(?<![qQ])[oOuU][{_T_AEY}](?!\p{{L}}))"
    rf"|(?P<pair>[{_T_UIY}][ơôêâƠÔÊÂ])"
    rf"|(?P<qu>(?<=[qQ])[{_T_U}][{_VOWEL}])"
    rf"|(?P<gi>(?<=[gG])[{_T_I}][{_VOWEL}{_T_ALL}])"
    rf"|(?P<glide>(?:(?<![qQ])[uUưƯ]|(?<![gG])[iI]|[aeoyâêôơAEOYÂÊÔƠ])[{_T_GLIDE}](?!\p{{L}}))"
    rf"|(?P<closed>[{_T_O}][aăeAĂE](?=\p{{L}})|[{_T_U}][yY](?![êÊ])(?=\p{{L}}))"
    rf"|(?P<dup>[{_T_ALL}][{_T_ALL}])"
)
# The old-style window alone: the systematic difference between the two writing styles, cheap
# enough (its first letter is ASCII) to run over whole texts.
_OLD_STYLE = rx.compile(rf"(?P<old>(?<![qQ])[oOuU][{_T_AEY}](?!\p{{L}}))")
_OLD_PAIRS = frozenset({"oa", "oe", "uy"})
# Vowel pairs that occur inside a Vietnamese rhyme; a window outside them is two syllables run
# together ("SởỦY") and is left alone.
_PAIRS = frozenset(
    "ai ao au ay âu ây eo êu ia iu iê oa oă oe oi ôi ơi ua uâ uê ui uô uơ uy ưa ưi ưu ươ yê".split()
)
_SECOND = frozenset({"ươ", "uô", "iê", "yê", "uâ", "uê", "uơ"})
_FALLING = frozenset("ai ao au ay âu ây eo êu iu oi ôi ơi ui ưi ưu ia ua ưa".split())


def _split(ch: str) -> tuple[str, str]:
    parts = unicodedata.normalize("NFD", ch)
    tone = "".join(c for c in parts if c in TONE_MARKS)
    return unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONE_MARKS)), tone


def _move_tone(m: regex.Match[str]) -> str:
    pair: str = m.group()
    kind = m.lastgroup
    a, ta = _split(pair[0])
    b, tb = _split(pair[1])
    key = (a + b).lower()
    if kind == "gi" and tb:
        return a + pair[1] if ta == tb else pair  # "gíá": the mark of the "i" is a slip
    if key not in _PAIRS and kind not in ("qu", "gi"):
        return pair
    if kind == "dup":
        if ta != tb or len(ta) != 1:
            return pair
        return a + pair[1] if key in _SECOND else pair[0] + b  # keep the canonical one
    if kind in ("old", "glide"):
        if key in _OLD_PAIRS or key in _FALLING:
            return unicodedata.normalize("NFC", a + tb) + b  # onto the first vowel
        return pair
    if kind == "pair" and key not in _SECOND:
        return pair
    return a + unicodedata.normalize("NFC", b + ta)  # onto the second vowel


def canon_tones(text: str) -> str:
    """``text`` with old-style tone placement made canonical ("hoà" -> "hòa", "thuỷ" -> "thủy",
    "UỶ" -> "ỦY"); the length is unchanged. Cheap enough for whole texts."""
    result: str = _OLD_STYLE.sub(_move_tone, text)
    return result


def canon_alternation(words: list[str]) -> str:
    """A regex alternation of ``words``, longest first (so "quý" loses to "quý I"), each with
    canonical tone placement and any white space between its syllables, for ``canon_tones``
    text (the word tables of the assignment stage)."""
    return "|".join(
        r"\s++".join(regex.escape(canon_tones(p)) for p in w.split())
        for w in sorted(words, key=len, reverse=True)
    )


def canon_slips(text: str) -> str:
    """``canon_tones`` plus typing slips of tone placement ("ngừơi", "qúy", "haị", "dàì",
    "hòan" -> "người", "quý", "hại", "dài", "hoàn"); the length is unchanged. About thirty
    times slower than ``canon_tones``, so it is meant for keys (``fold``), not whole texts."""
    result: str = _MISPLACED.sub(_move_tone, text)
    return result


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Comparison key: tone placement folded (both styles, and slips: ``canon_slips``),
    lowercased, spaces collapsed ("UỶ" == "ủy", "ngừơi" == "người")."""
    return " ".join(canon_slips(unicodedata.normalize("NFC", text)).lower().split())
