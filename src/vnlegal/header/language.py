"""Is there a Vietnamese document here at all?

A page of an English translation, a portal page with no document on it, or a file of another
language parses without error; the header stage must then say so rather than read an issuer
out of "CIRCULAR" or "THE GOVERNMENT". The judgement uses the words themselves: Vietnamese is
written in syllables whose spelling ``vnlegal.lang.syllables`` knows (initial + rhyme, a tone
mark on the right vowel), so the share of words spelled as syllables tells Vietnamese text
(nearly all of them, tones stripped or not) from English or French (a minority: "to", "in",
"an" are syllables too, "the", "of", "pursuant" are not). No word list is involved.
"""

from __future__ import annotations

import itertools
from functools import lru_cache

from vnlegal.lang import rx
from vnlegal.lang.syllables import is_toneless_syllable

NOT_VIETNAMESE = "the text is not Vietnamese"
"""Start of the warning given to a text in another language (callers test for it)."""
NO_DOCUMENT = "no document found"
"""Start of the warning given to a text in which no document could be recognised."""

_WORD = rx.compile(r"(?<![\p{L}\d])\p{L}{2,}+(?![\p{L}\d])")
# Enough words to judge, and how many are read (the top of a document decides; 400 words
# tell a share of 0.85 from 0.45 many times over, and the check runs on every parse).
_MIN_WORDS = 30
_SAMPLE = 400
# Vietnamese prose scores above 0.85 even with abbreviations ("UBND", "TT-BTC") and foreign
# names; English scores 0.2-0.45.
_MIN_SHARE = 0.6
# Latin-1 symbols and letters no Vietnamese word holds, which TCVN3/VNI text shows when read
# with the wrong code page; this many of them mark such a text.
_NON_VIETNAMESE_MARK = rx.compile(r"[§®©¬µ¶±×÷Þßæøþ¸¹º»¼½¾¿]")
_MIN_MARKS = 20


def syllable_share(text: str) -> float | None:
    """Share of the words of ``text`` (its first few thousand) spelled as Vietnamese syllables,
    tone marks ignored; None when there are too few words to judge. Words in capitals are
    left out (abbreviations and codes, "UBND", "QCVN", are not syllables in any language)
    unless the text is all capitals."""
    found = list(itertools.islice((m.group() for m in _WORD.finditer(text)), _SAMPLE))
    words = [w for w in found if not w.isupper()]
    if len(words) < _MIN_WORDS:
        # A text set all in capitals: every word counts (abbreviations are few among them).
        words = found
    if len(words) < _MIN_WORDS:
        return None
    return sum(1 for w in words if _is_syllable(w.lower())) / len(words)


@lru_cache(maxsize=8192)
def _is_syllable(word: str) -> bool:
    # Words repeat ("của", "và", "các"): one spelling check per distinct word.
    return is_toneless_syllable(word)


def language_warning(text: str) -> str | None:
    """A warning when ``text`` is plainly not Vietnamese, else None."""
    share = syllable_share(text)
    if share is None or share >= _MIN_SHARE:
        return None
    # Legacy font encodings read as Latin-1 fill words with symbols and accented letters that
    # Vietnamese does not use ("§Ýnh chÝnh QuyÕt ®Þnh"): say so, the cure is another reading.
    foreign_marks = len(_NON_VIETNAMESE_MARK.findall(text[: _SAMPLE * 8]))
    hint = " (or in a legacy font encoding that was not recognised)" if foreign_marks >= _MIN_MARKS else ""
    return (
        f"{NOT_VIETNAMESE}{hint}: {100 * share:.0f}% of its words are Vietnamese syllables; "
        "no header field was read"
    )
