"""Vietnamese syllable repair of OCRed words (never applied to a text layer).

Tesseract's Vietnamese model reads the letters of a word well and its marks less well,
capitals worst: "QUYÉT" for "QUYẾT" (the circumflex lost), "KIÊM" for "KIỂM" (the hook
lost), "chát" for "chất". The base letters are right; a mark is missing, added or swapped.
So each word is compared with the syllables of ``data/syllables.tsv`` that have the same
base letters (marks and đ ignored), under a cost that counts marks only:

* a shape mark (â ă ê ô ơ ư, the bar of đ) added or dropped: 1 each; the breve and the
  circumflex swapped: 1 (Tesseract confuses them most);
* the tone mark added, dropped or swapped: 1; the right tone on the wrong vowel: 0.5.

Two passes, both keeping the word's case and its punctuation:

1. a word that is no valid syllable becomes the cheapest candidate (cost at most
   ``MAX_COST``), the most common one where several tie -- only when it is clearly the most
   common (``TIE_RATIO``); otherwise it stays as read: nothing is invented;
2. a valid but uncommon syllable ("KIÊM", "chát") becomes a one-mark variant only when that
   variant makes a word of underthesea's word list with a neighbour ("kiểm tra", "hóa chất")
   while the word as read makes none, and the variant is far more common (``CONTEXT_RATIO``).

Words with digits or inner punctuation (symbols, "KH-ĐKT"), and abbreviations (no syllable has
their letters) are never touched.
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Callable, Sequence
from functools import cache, lru_cache

from vnlegal.data import Agency, AgencyHead, IssuerName, Place, Syllable, TimeWord, load_table
from vnlegal.lang import nlp, rx, syllables
from vnlegal.lang.fold import TONE_MARKS
from vnlegal.lang.patterns import LEVEL_WORDS
from vnlegal.readers import ocr_context

MAX_COST = 2.0
"""Most marks a repair may change (a capital often loses two: "Ể" read as "E")."""
TIE_RATIO = 4.0
"""Among equally cheap candidates, the most common must be this many times as common as the next."""
CONTEXT_RATIO = 8.0
"""A valid syllable is replaced in context only by a variant this many times as common."""
PAIR_RATIO = 2.0
"""Two neighbours changed together: each variant this many times as common as the word read."""
_MOVED_TONE = 0.5

_TONES = frozenset(TONE_MARKS)
# A word: leading punctuation, letters (with combining marks), trailing punctuation.
_WORD = rx.compile(r"(?P<pre>[^\p{L}\p{N}]*+)(?P<core>\p{L}[\p{L}\p{M}]*+)(?P<post>[^\p{L}\p{N}]*+)")
# Letters that look like the bar of đ: Icelandic eth, and đ itself.
_BARRED = {"đ": "d", "Đ": "D", "ð": "d", "Ð": "D"}

# What may stand before a number: "Điều 5", "SỐ 33/2020/AL", "ngày 10", "năm 2026".
_NUMBER_NEXT = rx.compile(r"^(?:\d|[IVXLC]++(?![\p{L}]))")
_NUMBER_TIME_KINDS = frozenset(("day", "month", "quarter", "year"))
_WORD_ONLY = rx.compile(r"\p{L}++")
_BREAK = "\x00"
"""Stands for a line break around a word while the passes run (removed at the end)."""

Letter = tuple[str, frozenset[str], str]
"""(lowercase base letter, shape marks, tone mark or "") of one letter."""


@lru_cache(maxsize=65536)
def letters(word: str) -> tuple[Letter, ...]:
    """The letters of ``word`` with their marks apart; the bar of đ is a shape mark ("-")."""
    out: list[tuple[str, set[str], str]] = []
    for ch in unicodedata.normalize("NFD", word):
        if ch in _BARRED:
            out.append((_BARRED[ch].lower(), {"-"}, ""))
        elif unicodedata.combining(ch):
            if out:
                base, shapes, tone = out[-1]
                if ch in _TONES:
                    # A second tone on one letter: keep both, so the cost counts the extra.
                    out[-1] = (base, shapes, tone + ch)
                else:
                    shapes.add(ch)
        else:
            out.append((ch.lower(), set(), ""))
    return tuple((b, frozenset(s), t) for b, s, t in out)


def skeleton(word: str) -> str:
    """The base letters of ``word``, lowercase, without marks: "Quyết" -> "quyet"."""
    return "".join(b for b, _, _ in letters(word))


@cache
def _candidates() -> dict[str, tuple[tuple[str, int], ...]]:
    """Syllables of the frequency table by skeleton, most common first."""
    by: dict[str, list[tuple[str, int]]] = {}
    for row in load_table(Syllable):
        by.setdefault(skeleton(row.syllable), []).append((row.syllable, row.count))
    return {k: tuple(sorted(v, key=lambda sc: -sc[1])) for k, v in by.items()}


def _count(word: str) -> int:
    canon = syllables.canonical(word)
    for s, c in _candidates().get(skeleton(canon), ()):
        if s == canon:
            return c
    return 0


_BREVE, _CIRCUMFLEX = "\u0306", "\u0302"


def _shape_cost(x: frozenset[str], y: frozenset[str]) -> int:
    """Shape marks to change between two letters; the breve read for the circumflex or the
    other way ("nhắt" for "nhất", "thẳm" for "thẩm") is one change: the two small marks over
    an a differ by a few pixels, and Tesseract swaps them more than it drops either."""
    diff = x ^ y
    return 1 if diff == {_BREVE, _CIRCUMFLEX} else len(diff)


@lru_cache(maxsize=65536)
def cost(word: str, target: str) -> float:
    """Marks to change to turn ``word`` into ``target`` (same base letters; see module doc)."""
    a, b = letters(word), letters(target)
    if len(a) != len(b) or any(x[0] != y[0] for x, y in zip(a, b, strict=True)):
        return float("inf")
    shape = sum(_shape_cost(x[1], y[1]) for x, y in zip(a, b, strict=True))
    tones_a = [(i, t) for i, x in enumerate(a) for t in x[2]]
    tones_b = [(i, t) for i, x in enumerate(b) for t in x[2]]
    if not tones_a or not tones_b:
        tone = float(len(tones_a) + len(tones_b))
    else:
        (j, tb) = tones_b[0]
        same = [i for i, ta in tones_a if ta == tb]
        if same:
            # The target's placement may be either style ("hoà" / "hòa"): both are free.
            base = "".join(x[0] for x in b)
            places = {j, syllables.tone_index(base), syllables.tone_index(base, old_style=True)}
            tone = len(tones_a) - 1 + (0.0 if same[0] in places else _MOVED_TONE)
        else:
            tone = float(len(tones_a))
    return shape + tone


def _cased(target: str, like: str) -> str:
    """``target`` (lowercase) with the case of ``like``, letter by letter."""
    upper = [b != b.lower() for b in (_letter_bases(like))]
    if not any(upper):
        return target
    chars = list(unicodedata.normalize("NFC", target))
    if len(chars) != len(upper):
        return target.upper() if all(upper) else target
    return "".join(c.upper() if u else c for c, u in zip(chars, upper, strict=True))


def _letter_bases(word: str) -> list[str]:
    return [ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch)]


def _placed(target: str, like: str) -> str:
    """``target`` (canonical) with its tone where ``like`` has it, if that is the old style."""
    base, tone, _ = syllables.split_tone(target)
    _, tone_like, where_like = syllables.split_tone(like)
    if tone and tone_like == tone and where_like == syllables.tone_index(base, old_style=True):
        return syllables.place_tone(base, tone, old_style=True)
    return target


@lru_cache(maxsize=65536)
def repair_invalid(word: str) -> str | None:
    """The syllable an OCRed non-syllable ``word`` stands for, or None when unclear (pass 1)."""
    cands = _candidates().get(skeleton(word))
    if not cands:
        return None
    scored = sorted(((cost(word, s), -c, s) for s, c in cands), key=lambda t: (t[0], t[1]))
    best_cost, best_neg, best = scored[0]
    if best_cost > MAX_COST:
        return None
    tied = [t for t in scored[1:] if t[0] == best_cost]
    if tied and -best_neg < TIE_RATIO * -tied[0][1]:
        return None
    return _cased(_placed(best, word), word)


@cache
def _number_cues() -> dict[str, tuple[str, ...]]:
    """The one-syllable words that name what a number counts, by skeleton: the units of a
    text (``LEVEL_WORDS``: "điều", "khoản", "chương"), the units of time (time_words.tsv:
    "ngày", "tháng", "năm") and "số", the word before every document number."""
    words = {w for w in LEVEL_WORDS.values() if " " not in w} | {"số"}
    words |= {r.word for r in load_table(TimeWord) if r.kind in _NUMBER_TIME_KINDS and " " not in r.word}
    by: dict[str, list[str]] = {}
    for w in sorted(words):
        by.setdefault(skeleton(w), []).append(syllables.canonical(w))
    return {k: tuple(v) for k, v in by.items()}


def repair_number_cue(word: str) -> str | None:
    """The word before a number, read with a mark wrong ("Điêu 5", "SÓ 33/2020/AL", "nam
    2026"): the unit word with those letters, where exactly one has them; else None."""
    cues = _number_cues().get(skeleton(word), ())
    if syllables.canonical(word) in cues:
        return None
    found = [c for c in cues if cost(word, c) <= MAX_COST]
    if len(found) != 1:
        return None
    return _cased(found[0], word)


@cache
def _phrases() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Names of several syllables the vocabulary knows (places, agencies, issuers, the heads
    of agency names), canonical, by the skeletons of their words; a skeleton two names share
    is left out (it would not say which)."""
    places = load_table(Place)
    # A place with its level word ("tỉnh Lào Cai"): the level is read with the name.
    names = [r.name for r in places] + [f"{r.level} {r.name}" for r in places if r.level]
    names += [r.name for r in load_table(Agency)]
    names += [r.name for r in load_table(IssuerName)] + [r.head for r in load_table(AgencyHead)]
    by: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for name in names:
        words = tuple(syllables.canonical(w) for w in name.split())
        if len(words) > 1 and all(_WORD_ONLY.fullmatch(w) for w in words):
            by.setdefault(tuple(skeleton(w) for w in words), set()).add(words)
    return {k: next(iter(v)) for k, v in by.items() if len(v) == 1}


def _known_phrases(parts: list[tuple[str, str, str] | None]) -> dict[int, str]:
    """Words that are part of a known name (see ``_phrases``) read with at most one mark
    wrong each, no punctuation inside: index -> the name's word in the case read ("LAO
    CẢI" -> "LÀO CAI"; "Lào Cai" -> itself, so that no later pass touches it)."""
    index = _phrases()
    longest = max((len(k) for k in index), default=0)
    out: dict[int, str] = {}
    k = 0
    while k < len(parts):
        n = 1
        for n in range(min(longest, len(parts) - k), 1, -1):
            window = parts[k : k + n]
            if any(p is None for p in window):
                continue
            ps = [p for p in window if p is not None]
            if any(p[2] for p in ps[:-1]) or any(p[0] for p in ps[1:]):
                continue
            words = [p[1] for p in ps]
            name = index.get(tuple(skeleton(w) for w in words))
            costs = [cost(w, t) for w, t in zip(words, name or (), strict=False)]
            if name is not None and max(costs) <= 1.0 and (not any(costs) or not _is_word(words)):
                for j, (w, t) in enumerate(zip(words, name, strict=True)):
                    out[k + j] = w if syllables.canonical(w) == t else _cased(t, w)
                break
        else:
            n = 1
        k += n
    return out


def _is_word(words: list[str]) -> bool:
    """Whether the syllables make a word of the word list as read ("Văn bản", which is not
    the district "Văn Bàn")."""
    pairs = _pairs()
    canon = [syllables.canonical(w) for w in words]
    return all(pair in pairs for pair in itertools.pairwise(canon))


def _pairs() -> frozenset[tuple[str, str]]:
    return nlp.lexicon_pairs()


def _variants(word: str, ratio: float) -> list[str]:
    """Canonical one-mark variants of the valid syllable ``word``, ``ratio`` times as common."""
    w = syllables.canonical(word)
    floor = ratio * max(_count(word), 1)
    return [s for s, c in _candidates().get(skeleton(w), ()) if c >= floor and s != w and cost(w, s) <= 1.0]


def repair_in_context(word: str, left: str | None, right: str | None) -> str | None:
    """A one-mark variant of the valid syllable ``word`` that makes a known word with a
    neighbour where ``word`` makes none, and is far more common; else None (pass 2)."""
    pairs = _pairs()
    if not pairs:
        return None
    w = syllables.canonical(word)
    lc = syllables.canonical(left) if left else None
    rc = syllables.canonical(right) if right else None
    if (lc is not None and (lc, w) in pairs) or (rc is not None and (w, rc) in pairs):
        return None
    found = [
        s
        for s in _variants(word, CONTEXT_RATIO)
        if (lc is not None and (lc, s) in pairs) or (rc is not None and (s, rc) in pairs)
    ]
    if len(found) != 1:
        return None
    return _cased(_placed(found[0], word), word)


def repair_pair(first: str, second: str) -> tuple[str, str] | None:
    """Both of two neighbouring valid syllables changed by a mark each ("thâm quyên" ->
    "thẩm quyền") where they make no known word as read and exactly one pair of far more
    common variants does; else None (pass 3)."""
    pairs = _pairs()
    a, b = syllables.canonical(first), syllables.canonical(second)
    if not pairs or (a, b) in pairs:
        return None
    found = [
        (x, y) for x in _variants(first, PAIR_RATIO) for y in _variants(second, PAIR_RATIO) if (x, y) in pairs
    ]
    if len(found) != 1:
        return None
    x, y = found[0]
    return _cased(_placed(x, first), first), _cased(_placed(y, second), second)


def warm() -> None:
    """Load the tables the repairs read (syllables, word pairs, names, pair counts) now: OCR
    threads then only read them, and no first load runs on one of them while the PDF reader
    forks its rendering child."""
    _candidates()
    _pairs()
    _phrases()
    _number_cues()
    ocr_context.load()


def repair_words(
    words: Sequence[str], lines: Sequence[object] | None = None, *, context: bool = True
) -> list[str]:
    """OCRed words in reading order, each repaired as a syllable where that is clear (see the
    module doc). Punctuation around a word stays; it also cuts the word from its neighbours,
    as does a line break (``lines``: each word's line key): the last word of a line and the
    first of the next may sit in different columns."""
    parts: list[tuple[str, str, str] | None] = []
    for k, tok in enumerate(words):
        m = _WORD.fullmatch(tok)
        if m is None:
            parts.append(None)
            continue
        pre, post = m["pre"], m["post"]
        # A line break reads as punctuation: " " before the first word, after the last one.
        if lines is not None and (k == 0 or lines[k - 1] != lines[k]):
            pre = pre or _BREAK
        if lines is not None and (k + 1 == len(words) or lines[k + 1] != lines[k]):
            post = post or _BREAK
        parts.append((pre, m["core"], post))
    # Known names first, and kept: "Lào Cai" must not become "lao cải" by the passes below.
    known = _known_phrases(parts)
    for k, p in enumerate(parts):
        if p is None or k in known:
            continue
        core = p[1]
        # Before a number, the unit words come first: "Chuong II" is "Chương", not "Chuông".
        fixed = None
        if k + 1 < len(words) and p[2] in ("", ":") and _NUMBER_NEXT.match(words[k + 1]):
            fixed = repair_number_cue(core)
        if fixed is None and not syllables.is_syllable(core):
            fixed = repair_invalid(core)
        if fixed is not None:
            parts[k] = (p[0], fixed, p[2])
    for k, t in known.items():
        p = parts[k]
        assert p is not None
        parts[k] = (p[0], t, p[2])
    if context:
        _repair_context(parts, frozenset(known))
    return [
        tok if p is None else (p[0] + p[1] + p[2]).replace(_BREAK, "")
        for tok, p in zip(words, parts, strict=True)
    ]


def _name_like(parts: list[tuple[str, str, str] | None], k: int) -> bool:
    """A capitalized word beside another one ("Phan Đình", "Nguyễn Văn"): a person's name,
    whose syllables the word list cannot judge."""

    def title(j: int) -> bool:
        p = parts[j] if 0 <= j < len(parts) else None
        return p is not None and p[1][:1].isupper() and p[1][1:].islower()

    return title(k) and (title(k - 1) or title(k + 1))


def _repair_context(parts: list[tuple[str, str, str] | None], frozen: frozenset[int]) -> None:
    """Passes 2 and 3 (see the module doc) on ``parts`` in place; ``frozen`` words stay."""

    def open_word(k: int) -> str | None:
        p = parts[k]
        if p is None or k in frozen or _name_like(parts, k) or not syllables.is_syllable(p[1]):
            return None
        return p[1]

    # Pass 2 twice: a word fixed in the first round gives its neighbour context in the second.
    for _ in range(2):
        for k, p in enumerate(parts):
            word = open_word(k)
            if p is None or word is None:
                continue
            left, right = _neighbours(parts, k)
            fixed = repair_in_context(word, left, right)
            if fixed is not None:
                parts[k] = (p[0], fixed, p[2])
    _repair_tones(parts, open_word)
    _repair_swaps(parts, open_word)
    pairs = _pairs()
    for k in range(len(parts) - 1):
        p, q = parts[k], parts[k + 1]
        first, second = open_word(k), open_word(k + 1)
        if p is None or q is None or first is None or second is None or p[2] or q[0]:
            continue
        left, _ = _neighbours(parts, k)
        _, right = _neighbours(parts, k + 1)
        # Either word already makes a known word with its other neighbour: leave both.
        if (left and (syllables.canonical(left), syllables.canonical(first)) in pairs) or (
            right and (syllables.canonical(second), syllables.canonical(right)) in pairs
        ):
            continue
        both = repair_pair(first, second)
        if both is not None:
            parts[k], parts[k + 1] = (p[0], both[0], p[2]), (q[0], both[1], q[2])


def _repair_tones(parts: list[tuple[str, str, str] | None], open_word: Callable[[int], str | None]) -> None:
    """Pass 4 (:mod:`vnlegal.readers.ocr_context`): valid syllables without a tone mark
    become the same syllables with one where their neighbours in legal text make that far
    more likely ("Hội đông" -> "Hội đồng", "thâm quyên" -> "thẩm quyền"); decoded a run of
    neighbours (no punctuation between them) at a time."""
    k = 0
    while k < len(parts):
        run: list[int] = []
        while k < len(parts) and parts[k] is not None:
            run.append(k)
            _, right = _neighbours(parts, k)
            k += 1
            if right is None:
                break
        if not run:
            k += 1
            continue
        items: list[tuple[str, list[str]]] = []
        for j in run:
            p = parts[j]
            assert p is not None
            word = open_word(j)
            items.append((syllables.canonical(p[1].lower()), _toned(word) if word is not None else []))
        for j, fixed in zip(run, ocr_context.decode(items), strict=True):
            p = parts[j]
            if fixed is not None and p is not None:
                parts[j] = (p[0], _cased(_placed(fixed, p[1]), p[1]), p[2])


SWAP_COST = 2.0
"""Most marks a swap repair (pass 5) may change: "dán" -> "dân" (the hat, the tone)."""


def _repair_swaps(parts: list[tuple[str, str, str] | None], open_word: Callable[[int], str | None]) -> None:
    """Pass 5 (``ocr_context.swap``): a valid syllable never seen beside its neighbours in legal
    text becomes the one variant with other marks that makes a set phrase with one of them."""
    for k, p in enumerate(parts):
        word = open_word(k)
        if p is None or word is None:
            continue
        left, right = _neighbours(parts, k)
        w = syllables.canonical(word.lower())
        variants = [s for s, _ in _candidates().get(skeleton(w), ()) if s != w and cost(w, s) <= SWAP_COST]
        if not variants:
            continue
        lc = syllables.canonical(left.lower()) if left else None
        rc = syllables.canonical(right.lower()) if right else None
        fixed = ocr_context.swap(lc, w, rc, variants)
        if fixed is not None:
            parts[k] = (p[0], _cased(_placed(fixed, p[1]), p[1]), p[2])


def _toned(word: str) -> list[str]:
    """The syllables that are ``word`` (without a tone mark) with one: Tesseract drops a tone
    mark far more often than it adds or swaps one, and where it adds or swaps, the counts (of
    normative texts) misjudge other kinds of text ("án" -> "an", "bị" -> "bí" in a court
    precedent)."""
    w = syllables.canonical(word.lower())
    base, tone, _ = syllables.split_tone(w)
    if tone:
        return []
    return [s for s, _ in _candidates().get(skeleton(w), ()) if s != w and syllables.split_tone(s)[0] == base]


def _neighbours(parts: list[tuple[str, str, str] | None], k: int) -> tuple[str | None, str | None]:
    """The words left and right of word ``k``, each None where punctuation stands between
    ("Hóa chát" are neighbours, "Hóa, chát" are not)."""
    p = parts[k]
    assert p is not None
    prev = parts[k - 1] if k else None
    nxt = parts[k + 1] if k + 1 < len(parts) else None
    left = prev[1] if prev is not None and not prev[2] and not p[0] else None
    right = nxt[1] if nxt is not None and not p[2] and not nxt[0] else None
    return left, right
