"""Tone-mark repair: marks that came loose from their vowels go back onto them.

PDF extraction of legacy fonts leaves a line's tone marks after it, apart from the words that lost
them ("thiêt hai ̀ ̣ ̣"); a mark typed after the final consonant sits on the consonant ("thiêṭ").
Each finder here proposes ``Edit``s on normalized text for ``vnlegal.normalize.repair`` to collect, and
starts with a cheap scan, so clean text pays nothing else.
"""

from __future__ import annotations

import bisect
import math
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from vnlegal.lang import nlp, rx, syllables
from vnlegal.lang.fold import TONE_MARKS as _TONES
from vnlegal.limits import checkpoint, regex_timeout
from vnlegal.normalize.edits import Edit

# --- detached tone marks ------------------------------------------------------------------

# A run of tone marks that follow a space (or start a line) instead of their letter, as PDF
# extraction of legacy fonts leaves them: "thiêt hai ̀ ̣ ̣ do lũ lụt".
DETACHED = rx.compile(
    rf"(?:[ \t]++[{_TONES}]++)++|(?<![^\n])[{_TONES}]++(?:[ \t]++[{_TONES}]++)*+[ \t]*+"
)
_ANY_TONE_MARK = rx.compile(f"[{_TONES}]")
_WORD = rx.compile(r"\p{L}++")

# How far from its cluster a mark may land (characters: about one line of a PDF page), and the
# scores (log-probability units) of a dictionary compound with a neighbour, of putting a mark on
# a word after its cluster rather than before it, and of dropping a mark.
_BEFORE = 130
_AFTER = 90
_COMPOUND = 3.0
_COST_AFTER = -1.5
_COST_DROP = -5.0


@dataclass(frozen=True)
class _Cand:
    start: int
    word: str
    prev: tuple[str, ...] = ()
    next: tuple[str, ...] = ()


def _forms(word: str) -> tuple[str, ...]:
    """The canonical forms ``word`` may stand for: itself, or, when it has no tone mark, itself
    with any tone that keeps it a syllable."""
    canon = syllables.canonical(word)
    if syllables.split_tone(word)[1] or not syllables.is_toneless_syllable(word):
        return (canon,)
    out = [canon]
    for t in _TONES:
        new = syllables.place_tone(canon, t)
        if new != canon and syllables.is_syllable(new):
            out.append(new)
    return tuple(out)


def _candidates(text: str) -> list[_Cand]:
    """Words that could have lost their tone mark (spelled as syllables, no tone on them), with
    the forms of the words right next to them (for dictionary compounds)."""
    tokens = list(_WORD.finditer(text, timeout=regex_timeout()))
    out: list[_Cand] = []
    for k, m in enumerate(tokens):
        if not k & 0xFFF:
            checkpoint("finding words that lost a tone mark")
        w = m.group()
        if len(w) > 7 or not syllables.is_toneless_syllable(w) or syllables.split_tone(w)[1]:
            continue
        if len(w) == 1 and m.end() < len(text) and text[m.end()] in ".)":
            continue  # a list label ("I.", "a)"), not a word
        prev: tuple[str, ...] = ()
        nxt: tuple[str, ...] = ()
        if k and text[tokens[k - 1].end() : m.start()] == " ":
            prev = _forms(tokens[k - 1].group())
        if k + 1 < len(tokens) and text[m.end() : tokens[k + 1].start()] == " ":
            nxt = _forms(tokens[k + 1].group())
        out.append(_Cand(m.start(), w, prev, nxt))
    return out


def _gain(cand: _Cand, tone: str) -> float:
    """How much more likely the word at ``cand`` is with ``tone`` than without (-inf when the
    tone makes no syllable)."""
    return _word_gain(cand.word, cand.prev, cand.next, tone)


@lru_cache(maxsize=65536)
def _word_gain(word: str, prev: tuple[str, ...], nxt: tuple[str, ...], tone: str) -> float:
    # Keyed by content (not by position) so that one cache serves every text and thread.
    new = syllables.place_tone(word, tone)
    if new == word or not syllables.is_syllable(new):
        return -math.inf
    return _score(new, prev, nxt) - _score(word, prev, nxt)


def _score(form: str, prev: tuple[str, ...], nxt: tuple[str, ...]) -> float:
    """How likely ``form`` is between ``prev`` and ``nxt`` (the forms of its neighbours): its
    frequency, plus a bonus for each neighbour it makes a dictionary compound with ("tình"
    next to "hình")."""
    pairs = nlp.lexicon_pairs()
    key = syllables.canonical(form)
    score = syllables.log_weight(form)
    if any((p, key) in pairs for p in prev):
        score += _COMPOUND
    if any((key, n) in pairs for n in nxt):
        score += _COMPOUND
    return score


def _align(marks: list[str], bands: list[tuple[int, int, int]], cands: list[_Cand]) -> list[tuple[int, int]]:
    """Monotone alignment of ``marks`` (in text order) to candidate words: mark j may go to the
    candidates in ``bands[j] = (lo, mid, hi)``, at no cost before ``mid`` (where its cluster
    stands) and at ``_COST_AFTER`` from there, or be dropped at ``_COST_DROP``. Returns the
    (mark, candidate) pairs of the best-scoring assignment.

    Banded dynamic programming: P_j(i) is the best score of marks < j on candidates < i. Bands
    only move right, so P_j is kept on the previous mark's band and is a constant C_j right of
    it; the work is the sum of the band widths, not marks x words.
    """
    prev_lo, prev_vals = 0, [0.0]
    const = 0.0
    tables: list[tuple[int, list[float], list[int], bool]] = []
    for j, tone in enumerate(marks):
        lo, mid, hi = bands[j]
        prev_hi = prev_lo + len(prev_vals) - 1
        # P_j(i) for i in [lo - 1, hi]: the explicit values, then the constant
        p = [prev_vals[i - prev_lo] if prev_lo <= i <= prev_hi else const for i in range(lo, hi + 1)]
        vals = [p[0] + _COST_DROP]
        how = [2]
        for i in range(lo + 1, hi + 1):
            best, step = vals[-1], 1  # candidate i-1 keeps no mark
            v = p[i - lo] + _COST_DROP
            if v > best:
                best, step = v, 2  # mark j dropped
            v = p[i - 1 - lo] + _gain(cands[i - 1], tone) + (0.0 if i - 1 < mid else _COST_AFTER)
            if v > best:
                best, step = v, 3  # mark j on candidate i-1
            vals.append(best)
            how.append(step)
        from_band = vals[-1] >= const + _COST_DROP
        tables.append((lo, vals, how, from_band))
        const = max(vals[-1], const + _COST_DROP)
        prev_lo, prev_vals = lo, vals
    pairs: list[tuple[int, int]] = []
    pos: int | None = None  # None: in the constant part, right of every band so far
    for j in range(len(marks) - 1, -1, -1):
        lo, vals, how, from_band = tables[j]
        hi = lo + len(vals) - 1
        if pos is None or pos > hi:
            if not from_band:
                continue  # mark j dropped
            pos = hi
        while True:
            step = how[pos - lo]
            if step == 1:
                pos -= 1
                continue
            if step == 3:
                pairs.append((j, pos - 1))
                pos -= 1
            break
        if j:
            plo, pvals = tables[j - 1][0], tables[j - 1][1]
            if pos > plo + len(pvals) - 1:
                pos = None
    pairs.reverse()
    return pairs


def detached_mark_edits(text: str) -> tuple[list[Edit], str | None]:
    """Tone marks separated from their letters go back onto the words that lost them.

    The marks of a PDF line come out after it, in the order of their letters; which toneless
    words took them is decided by a monotone alignment over the whole text that maximises how
    common the resulting syllables are (a closed syllable without a tone, "thiêt", is no word
    at all) and how many dictionary compounds they make with their neighbours."""
    if _ANY_TONE_MARK.search(text) is None:
        return [], None  # NFC text has no free-standing tone marks at all
    clusters = list(DETACHED.finditer(text))
    if not clusters:
        return [], None
    cands = _candidates(text)
    starts = [c.start for c in cands]
    marks: list[str] = []
    bands: list[tuple[int, int, int]] = []
    for ci, cl in enumerate(clusters):
        prev_end = clusters[ci - 1].end() if ci else 0
        next_start = clusters[ci + 1].start() if ci + 1 < len(clusters) else len(text)
        lo = bisect.bisect_left(starts, max(prev_end, cl.start() - _BEFORE))
        mid = bisect.bisect_left(starts, cl.start())
        hi = bisect.bisect_left(starts, min(next_start, cl.end() + _AFTER))
        for ch in cl.group():
            if ch in _TONES:
                marks.append(ch)
                bands.append((lo, mid, hi))
    pairs = _align(marks, bands, cands)
    edits: list[Edit] = []
    for mj, wi in pairs:
        cand = cands[wi]
        edits.extend(_word_edits(cand, syllables.place_tone(cand.word, marks[mj])))
    edits.extend(_cluster_edit(text, cl) for cl in clusters)
    warning = f"{len(pairs)} detached tone mark(s) put back on their words"
    if len(marks) > len(pairs):
        warning += f", {len(marks) - len(pairs)} left over and dropped"
    return edits, warning


def _word_edits(cand: _Cand, new: str) -> list[Edit]:
    if len(new) != len(cand.word):
        return [Edit(cand.start, cand.start + len(cand.word), new)]
    return [
        Edit(cand.start + k, cand.start + k + 1, b)
        for k, (a, b) in enumerate(zip(cand.word, new, strict=True))
        if a != b
    ]


def _cluster_edit(text: str, cl: regex.Match[str]) -> Edit:
    """Remove a cluster with the spaces before its marks; at a line end, the trailing spaces too."""
    end = cl.end()
    while end < len(text) and text[end] in " \t":
        end += 1
    if end < len(text) and text[end] != "\n":
        end = cl.end()
        if text[cl.start()] not in " \t":  # a cluster that starts the line: eat the space after it
            while end < len(text) and text[end] in " \t":
                end += 1
    return Edit(cl.start(), end, "")


# --- tone marks on a consonant -----------------------------------------------------------


@cache
def _toned_consonants() -> str:
    """Latin letters made of a consonant and a Vietnamese tone mark ("ṭ", "ǹ", "ḿ")."""
    out = []
    for cp in range(0x00C0, 0x1F00):
        ch = chr(cp)
        d = unicodedata.normalize("NFD", ch)
        if len(d) == 2 and d[1] in _TONES and d[0].lower() in "bcdđghklmnpqrstvx":
            out.append(ch)
    return "".join(out)


@cache
def _toned_consonant() -> regex.Pattern[str]:
    return rx.compile(f"[{_toned_consonants()}]")


# Most of those letters lie in one block that Vietnamese never uses; one range scans fast.
_CONSONANT_BLOCK = rx.compile(r"[\u1e00-\u1e9f]")


def consonant_mark_edits(text: str) -> tuple[list[Edit], str | None]:
    """A tone mark typed after the final consonant ("thiêṭ") moves onto its vowel ("thiệt")."""
    if _CONSONANT_BLOCK.search(text) is None and not any(c in text for c in "ñÑńŃǹǸ"):
        return [], None
    edits: list[Edit] = []
    last = -1
    for hit in _toned_consonant().finditer(text):
        a = hit.start()
        while a > 0 and text[a - 1].isalpha():
            a -= 1
        if a <= last:
            continue
        b = hit.end()
        while b < len(text) and text[b].isalpha():
            b += 1
        last = b
        w = text[a:b]
        if syllables.is_syllable(w):
            continue
        base, tone, where = syllables.split_tone(w)
        if where < 0 or not tone:
            continue
        new = syllables.place_tone(base, tone)
        if syllables.is_syllable(new) and len(new) == len(w):
            edits.extend(_word_edits(_Cand(a, w), new))
    if not edits:
        return [], None
    return edits, f"{len(edits)} tone mark(s) moved from a consonant onto its vowel"
