"""Where a unit list ends in prose: "phối hợp với Sở Nội vụ và các cơ quan liên quan | tổ chức ...".

The list ends where the task starts: at a word of data/assignment_words.tsv (a task verb such
as "tổ chức", a stop such as "trong việc", a role word), unless the word sits inside a unit's
name ("có liên quan", "các tổ chức, cá nhân"). When no listed word ends a long lower-case tail,
underthesea's part-of-speech tags decide (``vnlegal.lang.nlp``); that is the only place this stage
asks underthesea, and ``nlp.calls()`` counts it. A tail made of unit words only ("Ủy ban nhân
dân các xã, phường, thị trấn và các cơ quan, đơn vị liên quan") hides no task, so underthesea is
not asked there (it costs a second and 90 MB the first time).
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from functools import cache, lru_cache

from vnlegal.assignments.bodies import classify, is_unit_start, phrase_key, unit_vocab
from vnlegal.data import UnitHead, load_table
from vnlegal.lang import rx
from vnlegal.lang.fold import canon_tones, fold
from vnlegal.lang.nlp import pos_tags
from vnlegal.lang.vocab import place_levels

_TOKEN = rx.compile(r"[\p{L}\p{N}](?:[\p{L}\p{N}&_/-]|\.(?=[\p{L}\p{N}]))*+|[,;:.!?()\n]")


# A unit list is never this long; scanning stops here so a long sentence costs no more.
_WINDOW = 800
_SHORT = 160


def unit_list_end(text: str, start: int = 0, end: int | None = None, *, nlp: bool = True) -> int:
    """Offset where a unit list that begins at ``start`` in prose ends (the task begins).

    Without ``nlp`` a list that runs to the end of its clause is taken whole; with it, a long
    lower-case tail is handed to underthesea to find a verb the tables do not know.

    >>> s = "Sở Nội vụ và các cơ quan liên quan tổ chức hội nghị"
    >>> s[: unit_list_end(s)]
    'Sở Nội vụ và các cơ quan liên quan'
    """
    limit = len(text) if end is None else end
    if limit - start > _SHORT:
        # Most lists end within a few words: scan a short window first, widen it if need be.
        cut = unit_list_end(text, start, start + _SHORT, nlp=nlp)
        if cut < _rstrip_list(text, start, start + _SHORT):
            return cut
    v = unit_vocab()
    stop = min(limit, start + _WINDOW)
    # Tokens are read as far as the scan gets: most lists end within a few words of the window.
    tokens = _TOKEN.finditer(canon_tones(text[start:stop]))
    toks: list[tuple[int, int, str]] = []
    words: list[str] = []

    def have(n: int) -> bool:
        """Read tokens up to index ``n``; False when the window has fewer."""
        while len(toks) <= n:
            m = next(tokens, None)
            if m is None:
                return False
            toks.append((start + m.start(), start + m.end(), m.group()))
            words.append(m.group())
        return True

    depth = 0
    piece_start = True
    det_ctx = False
    after_det = False
    last_upper = start
    words_since_upper = 0
    i = 0
    while i < len(toks) or have(i):
        t_start, t_end, t = toks[i]
        was_det, after_det = after_det, False
        if t == "(":
            depth += 1
        elif t == ")":
            depth = max(0, depth - 1)
        elif depth:
            pass
        elif t in ";:" and _list_goes_on(text, start, t_start, t_end, t):
            piece_start = True
        elif t in ";:.!?\n":
            return _finish(text, start, t_start, last_upper, words_since_upper, nlp)
        elif t == ",":
            piece_start = True
        elif t.lower() in ("và", "hoặc"):
            piece_start = True
        else:
            if t.lower() in v.dets:
                det_ctx = after_det = True
            elif t[:1].islower():
                if i + v.ender_words > len(toks):
                    have(i + v.ender_words - 1)
                hit = _match_at(words, i, v.enders, v.ender_words, _ender_prefixes())
                if hit is not None and v.enders[hit[0]] == "inside":
                    i += hit[1]  # "có liên quan", "được giao": inside the unit's name
                    words_since_upper += hit[1]
                    piece_start = False
                    continue
                if hit is not None:
                    key, n = hit
                    # "các tổ chức, cá nhân", "cơ quan, tổ chức": a kind of unit, not the verb.
                    noun = key in v.generic and (was_det or (piece_start and det_ctx))
                    if not noun:
                        return _rstrip_list(text, start, t_start)
                    i += n
                    piece_start = False
                    continue
                words_since_upper += 1
            else:
                last_upper = t_end
                words_since_upper = 0
            if piece_start and not after_det:
                kind = classify(text[t_start : t_start + 60])
                if kind == "head":
                    det_ctx = False
                elif kind == "generic":
                    det_ctx = True  # a list of kinds ("cơ quan, tổ chức, cá nhân")
            piece_start = False
        i += 1
    return _finish(text, start, stop, last_upper, words_since_upper, nlp)


def _list_goes_on(text: str, start: int, t_start: int, t_end: int, t: str) -> bool:
    """A ";" between units, or the ":" of "Các Bộ: Công Thương, Xây dựng", is inside a list."""
    rest = text[t_end : t_end + 80].lstrip()
    if t == ";":
        return is_unit_start(rest)
    return rest[:1].isupper() and classify(text[start:t_start]) == "det"


def _match_at(
    words: list[str], i: int, table: Container[str], longest: int, prefixes: Container[str]
) -> tuple[str, int] | None:
    """The longest phrase of ``table`` that starts at word ``i``: (folded phrase, words).

    ``prefixes`` holds the first one, two ... words of every phrase of ``table`` (``_prefixes``).
    Folding words one by one gives the words of the folded phrase (``fold`` works within a
    word), so the key grows a word at a time and the walk stops at the first one no phrase
    starts with: most words are ruled out by one look-up, and no key is folded twice."""
    key = ""
    best: tuple[str, int] | None = None
    for n, word in enumerate(words[i : i + longest]):
        # A phrase never spans punctuation: only words count.
        if not word[:1].isalnum():
            break
        folded = phrase_key((word,))
        key = f"{key} {folded}" if n else folded
        if key not in prefixes:
            break
        if key in table:
            best = key, n + 1
    return best


def _prefixes(phrases: Iterable[str]) -> frozenset[str]:
    """The first one, two ... words of each of the folded ``phrases`` (the phrases included)."""
    out: set[str] = set()
    for phrase in phrases:
        words = phrase.split(" ")
        out.update(" ".join(words[:n]) for n in range(1, len(words) + 1))
    return frozenset(out)


@cache
def _ender_prefixes() -> frozenset[str]:
    return _prefixes(unit_vocab().enders)


@cache
def _unit_word_prefixes() -> frozenset[str]:
    return _prefixes(_unit_words()[0])


def _rstrip_list(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1] in " ,\t" or text[end - 3 : end].lower() == " và"):
        end -= 3 if text[end - 3 : end].lower() == " và" else 1
    return end


def _finish(text: str, start: int, end: int, last_upper: int, tail_words: int, nlp: bool) -> int:
    """End of a list that ran to punctuation; a long lower-case tail may hide a task."""
    if nlp and tail_words >= 4:
        # After a name the tail may open with the verb itself ("Sở KH&CN tiến hành rà soát");
        # a tail of the list's own words needs a noun before its verb.
        # An abbreviation ends a name for sure ("UBND", "KH&CN"); a capitalized syllable may be
        # the first of a longer head ("Ủy ban ...").
        upper_word = text[max(start, last_upper - 12) : last_upper].split()[-1:] if last_upper > start else []
        abbreviation = bool(upper_word) and sum(ch.isupper() for ch in upper_word[0]) >= 2
        # The tail is read from the capitalized word on, so that "Ủy| ban nhân dân" is one head.
        tail = max(start, last_upper)
        name_start = last_upper - len(upper_word[0]) if upper_word and not abbreviation else tail
        if not _only_unit_words(text, name_start, end):
            cut = _first_verb(text, tail, end, after_name=abbreviation)
            if cut is not None:
                return _rstrip_list(text, start, cut)
    return _rstrip_list(text, start, end)


@cache
def _unit_words() -> tuple[frozenset[str], int]:
    """Folded phrases that only ever name units, and the most words one has: heads ("ủy ban
    nhân dân"), kinds ("cơ quan", "đơn vị"), administrative levels ("thị xã"), determiners and
    linking words of unit_heads.tsv ("các", "cấp", "trực thuộc"), the words that stay inside a
    name ("liên quan"), "và", "hoặc". A word that is also a task verb or a stop of
    assignment_words.tsv ("tổ chức": an organization, or to organize) is left out: there only
    the part-of-speech tags can tell."""
    v = unit_vocab()
    words = {k for k, kind in v.heads.items() if kind != "not"} | set(v.generic) | set(v.inside)
    words |= {fold(r.head) for r in load_table(UnitHead) if r.kind == "follow"}
    words |= {fold(lv) for lv in place_levels()} | {"và", "hoặc"}
    words -= {w for w, kind in v.enders.items() if kind != "inside"}
    return frozenset(words), max(len(w.split()) for w in words)


def _only_unit_words(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is nothing but unit words (``_unit_words``) and commas: no
    task verb can hide in it, so the list runs to its end without asking underthesea."""
    words = [m.group() for m in _TOKEN.finditer(canon_tones(text[start:end]))]
    table, longest = _unit_words()
    i = 0
    while i < len(words):
        if words[i] == ",":
            i += 1
            continue
        hit = _match_at(words, i, table, longest, _unit_word_prefixes())
        if hit is None:
            return False
        i += hit[1]
    return True


@lru_cache(maxsize=4096)
def _pos_tags(segment: str) -> tuple[tuple[str, str], ...]:
    return tuple(pos_tags(segment))


def _first_verb(text: str, start: int, end: int, *, after_name: bool = False) -> int | None:
    """Offset of the first verb in ``text[start:end]`` by underthesea (rules were unsure)."""
    segment = text[start:end]
    low = canon_tones(segment).lower()
    inside = unit_vocab().inside
    cursor = 0
    seen_noun = after_name
    for word, tag in _pos_tags(segment):
        key = canon_tones(word).lower()
        at = low.find(key, cursor)
        if at < 0:
            continue
        cursor = at + len(key)
        if tag == "V" and seen_noun and word[:1].islower() and fold(word) not in inside:
            return start + at
        if tag.startswith("N"):
            seen_noun = True
    return None
