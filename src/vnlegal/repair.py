"""Damage repair on normalized text: tone marks that came loose, hyphens a pipeline stripped,
lines glued together, viewer debris above the header, and documents flattened onto one line.

Each finder looks at the normalized (NFC) text and proposes ``Edit``s on it; ``normalize``
applies them and keeps the map back to the raw text, so spans still index ``Document.text``
and ``Normalized.to_raw`` still points into the input. A repair fires only where the reading is
unambiguous, and each kind of repair that fired leaves one sentence in the warnings.

Every finder starts with a cheap test (one regex search or a line count), so clean documents
pay a few fast scans and nothing else.
"""

from __future__ import annotations

import bisect
import math
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from . import nlp, syllables
from .limits import checkpoint, regex_timeout
from .normalize import fold
from .vocab import doc_types, load_table

_TONES = "\u0300\u0301\u0303\u0309\u0323"


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` by ``new`` (an insertion when ``start == end``)."""

    start: int
    end: int
    new: str


Finder = Callable[[str], tuple[list[Edit], str | None]]


def find_repairs(text: str, *, keep_lines: bool = False) -> tuple[list[Edit], list[str]]:
    """All repairs of ``text``: non-overlapping edits in text order, and one warning per kind.

    With ``keep_lines``, only repairs that leave every line in place run (readers that attach
    layout hints to lines need their count unchanged)."""
    edits: list[Edit] = []
    warnings: list[str] = []
    for finder in _LINE_KEEPING if keep_lines else _FINDERS:
        checkpoint("repairing the text")
        found, warning = finder(text)
        if found:
            edits.extend(found)
            if warning:
                warnings.append(warning)
    if not edits:
        return [], []
    edits.sort(key=lambda e: (e.start, e.end))
    kept: list[Edit] = []
    end = -1
    for e in edits:
        if e.start < end or (e.start == end and kept and kept[-1].start == kept[-1].end == e.start):
            continue  # overlapping proposals: the first one wins
        kept.append(e)
        end = e.end
    return kept, warnings


# --- detached tone marks ------------------------------------------------------------------

# A run of tone marks that follow a space (or start a line) instead of their letter, as PDF
# extraction of legacy fonts leaves them: "thiêt hai ̀ ̣ ̣ do lũ lụt".
_DETACHED = regex.compile(
    rf"(?:[ \t]++[{_TONES}]++)++|(?<![^\n])[{_TONES}]++(?:[ \t]++[{_TONES}]++)*+[ \t]*+"
)
_ANY_TONE_MARK = regex.compile(f"[{_TONES}]")
_WORD = regex.compile(r"\p{L}++")

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


def _detached_marks(text: str) -> tuple[list[Edit], str | None]:
    """Tone marks separated from their letters go back onto the words that lost them.

    The marks of a PDF line come out after it, in the order of their letters; which toneless
    words took them is decided by a monotone alignment over the whole text that maximises how
    common the resulting syllables are (a closed syllable without a tone, "thiêt", is no word
    at all) and how many dictionary compounds they make with their neighbours."""
    if _ANY_TONE_MARK.search(text) is None:
        return [], None  # NFC text has no free-standing tone marks at all
    clusters = list(_DETACHED.finditer(text))
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
    return regex.compile(f"[{_toned_consonants()}]")


# Most of those letters lie in one block that Vietnamese never uses; one range scans fast.
_CONSONANT_BLOCK = regex.compile(r"[\u1e00-\u1e9f]")


def _marks_on_consonants(text: str) -> tuple[list[Edit], str | None]:
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


# --- stripped hyphens ----------------------------------------------------------------------

_MOTTO = regex.compile(r"(?i)(?<!\p{L})độc[ \t]*+lập(?P<a>[ \t]++)tự[ \t]*+do(?P<b>[ \t]++)hạnh[ \t]*+phúc")


def _motto(text: str) -> tuple[list[Edit], str | None]:
    """ "Độc lập Tự do Hạnh phúc" -> "Độc lập - Tự do - Hạnh phúc"."""
    edits: list[Edit] = []
    for m in _MOTTO.finditer(text):
        edits.append(Edit(m.start("a"), m.end("a"), " - "))
        edits.append(Edit(m.start("b"), m.end("b"), " - "))
    return edits, ("hyphens of the national motto restored" if edits else None)


@cache
def _symbol_patterns() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    codes = sorted({d.code for d in doc_types() if d.code}, key=len, reverse=True)
    alt = "|".join(regex.escape(c) for c in codes)
    issuer = r"\p{Lu}[\p{Lu}\p{N}&.]*+g?+"
    # "86/QĐ UBND", "165/2008/QĐ TTg", "902/TB/TT BCĐ"
    admin = regex.compile(
        rf"(?<![\p{{L}}\p{{N}}/])\d{{1,5}}+/(?:(?:19|20)\d\d/|\p{{Lu}}{{1,6}}+/)*+(?:{alt})(?P<gap> )"
        rf"(?={issuer}(?![\p{{L}}\p{{N}}]))"
    )
    # "48 CT/TW" (Party style: number-TYPE/ISSUER)
    party = regex.compile(
        rf"(?<![\p{{L}}\p{{N}}/\-])\d{{1,4}}+(?P<gap> )(?:{alt})/{issuer}(?![\p{{L}}\p{{N}}])"
    )
    hyphened = regex.compile(rf"\d/(?:(?:19|20)\d\d/)?+(?:{alt})-\p{{Lu}}|\d-(?:{alt})/\p{{Lu}}")
    return admin, party, hyphened


_YEARS = regex.compile(
    r"(?i)(?<=giai[ \t]++đoạn[ \t]++|từ[ \t]++năm[ \t]++)((?:19|20)\d\d)(?P<gap> )((?:19|20)\d\d)(?!\d)"
)
# One more code of the same symbol after a stripped hyphen: "05/CT BCA V28" -> "05/CT-BCA-V28".
_CODE = regex.compile(r"\p{Lu}[\p{Lu}\p{N}&.]*+g?+(?P<gap> )(?P<next>[\p{Lu}\p{N}]{2,8}+)(?![\p{L}\p{N}])")


def _stripped_symbols(text: str) -> tuple[list[Edit], str | None]:
    """In a document whose hyphens were stripped (the motto gives it away, or symbols only ever
    appear without them), "86/QĐ UBND" -> "86/QĐ-UBND", "05/CT BCA V28" -> "05/CT-BCA-V28",
    "48 CT/TW" -> "48-CT/TW", "giai đoạn 2011 2015" -> "giai đoạn 2011-2015"."""
    admin, party, hyphened = _symbol_patterns()
    stripped_motto = _MOTTO.search(text) is not None
    if not stripped_motto and hyphened.search(text) is not None:
        return [], None  # symbols keep their hyphens here
    found = [m for pat in (admin, party) for m in pat.finditer(text)]
    if not found or (not stripped_motto and len(found) < 2):
        return [], None
    edits = [Edit(m.start("gap"), m.end("gap"), "-") for m in found]
    for m in admin.finditer(text):
        pos = m.end()
        while (c := _CODE.match(text, pos)) is not None:
            nxt = c.group("next")
            if syllables.is_syllable(nxt) or not (nxt.isupper() or any(ch.isdigit() for ch in nxt)):
                break
            edits.append(Edit(c.start("gap"), c.end("gap"), "-"))
            pos = c.start("next")
    for m in _YEARS.finditer(text):
        if 0 < int(m.group(3)) - int(m.group(1)) <= 30:
            edits.append(Edit(m.start("gap"), m.end("gap"), "-"))
    return edits, f"{len(edits)} hyphen(s) restored in symbols and year ranges (the text had lost them)"


# --- glued lines --------------------------------------------------------------------------

_GLUED = regex.compile(r"(?<![\p{L}])\p{Lu}{3,}+\p{Ll}++(?![\p{L}])")


def _glued_caps(text: str) -> tuple[list[Edit], str | None]:
    """An all-caps line run into the next one ("GIÁM ĐỐCTrần Văn Bình") gets its line break
    back, when both halves are syllables and the line so far is in capitals."""
    edits: list[Edit] = []
    for m in _GLUED.finditer(text):
        w = m.group()
        k = next(i for i, ch in enumerate(w) if ch.islower()) - 1
        upper, lower = w[:k], w[k:]
        if len(upper) < 2 or not syllables.is_syllable(upper) or not syllables.is_syllable(lower):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[line_start : m.start()].split()
        if not before or not before[-1].isupper() or len(before[-1]) < 2:
            continue
        edits.append(Edit(m.start() + k, m.start() + k, "\n"))
    if not edits:
        return [], None
    return edits, f"{len(edits)} line break(s) restored between a capitalised line and the next"


# --- debris before the header ----------------------------------------------------------


@cache
def _boilerplate() -> frozenset[str]:
    return frozenset(fold(r[0]) for r in load_table("boilerplate"))


@cache
def _agency_starts() -> tuple[str, ...]:
    heads = {fold(r[0]) for r in load_table("agency_heads")}
    heads |= {fold(r[0]) for r in load_table("abbreviations")}
    heads |= {"cộng hòa", "chính phủ", "quốc hội", "thủ tướng"}
    return tuple(sorted(heads, key=len, reverse=True))


_PAGE_NUMBER = regex.compile(r"[ \t]*+\d{1,3}[.)][ \t]++")
_LEAD_LINES = 12


def _debris(text: str) -> tuple[list[Edit], str | None]:
    """Viewer buttons and tabs above the document ("Xem mẫu", "Tải về") go with the blank lines
    around them, and so does a page number glued before the first header line ("1. UBND TỈNH")."""
    boiler = _boilerplate()
    dropped: list[str] = []
    pos = 0
    content = -1
    for _ in range(_LEAD_LINES):
        if pos >= len(text):
            break
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl + 1
        line = text[pos:end].strip()
        if line and fold(line) in boiler:
            dropped.append(line)
        elif line:
            content = pos
            break
        pos = end
    if not dropped:
        return [], None
    cut = content if content >= 0 else pos
    m = _PAGE_NUMBER.match(text, cut) if content >= 0 else None
    if m is not None and m.end() < len(text) and text[m.end()].isupper():
        rest = fold(text[m.end() : m.end() + 40])
        if any(rest.startswith(h + " ") for h in _agency_starts()):
            cut = m.end()
            dropped.append(m.group().strip())
    return [Edit(0, cut, "")], "viewer debris before the header removed: " + ", ".join(
        f'"{d}"' for d in dropped
    )


_TAG = regex.compile(
    r"(?i)</?(?P<name>p|br|div|span|font|b|i|u|strong|em|a|td|tr|th|table|tbody|thead|li|ul|ol|h[1-6]|center|sup|sub|img)\b[^<>\n]{0,200}+/?>"
)
_ENTITY = regex.compile(r"&(?:nbsp|amp|lt|gt|quot|apos|#\d{2,5}|#x[0-9a-fA-F]{2,4});")
_BLOCK_TAGS = frozenset(("p", "br", "div", "tr", "li", "table", "h1", "h2", "h3", "h4", "h5", "h6"))
_ENTITY_TEXT = {"&nbsp;": " ", "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'"}


def _html(text: str) -> tuple[list[Edit], str | None]:
    """HTML tags and entities left in a text copy of a web page: tags go (a block tag becomes a
    line break), entities become their characters. Needs two or more of them. Adjacent ones
    ("&nbsp;&nbsp;<b>") make one edit, so they leave one space, not several."""
    if "<" not in text and "&" not in text:
        return [], None
    found = sorted([*_TAG.finditer(text), *_ENTITY.finditer(text)], key=lambda m: m.start())
    if len(found) < 2:
        return [], None
    groups: list[list[regex.Match[str]]] = []
    for m in found:
        if groups and groups[-1][-1].end() == m.start():
            groups[-1].append(m)
        else:
            groups.append([m])
    edits: list[Edit] = []
    for group in groups:
        parts = [_html_text(m) for m in group]
        if "\n" in parts:
            new = "\n"
        elif all(p in ("", " ") for p in parts):
            a, b = group[0].start(), group[-1].end()
            spaced = (a and text[a - 1] in " \n") or (b < len(text) and text[b] in " \n") or a == 0
            new = "" if spaced or " " not in parts else " "
        else:
            new = "".join(parts)
        edits.append(Edit(group[0].start(), group[-1].end(), new))
    return edits, f"{len(found)} HTML tag(s) and entities removed"


def _html_text(m: regex.Match[str]) -> str:
    s = m.group()
    if s.startswith("&#x"):
        return chr(int(s[3:-1], 16))
    if s.startswith("&#"):
        return chr(int(s[2:-1]))
    if s.startswith("&"):
        return _ENTITY_TEXT[s]
    return "\n" if m.group("name").lower() in _BLOCK_TAGS else ""


# --- flattened documents -------------------------------------------------------------------

_FLAT_MIN = 500
_HEADER_SIGNS = regex.compile(r"(?i)cộng\s++hòa\s++xã\s++hội|kính\s++gửi|(?<!\p{L})số\s*+:|độc\s++lập")
_BREAK = regex.compile(
    r"(?P<sp> )(?="
    r"(?:Kính[ ]gửi|Nơi[ ]nhận)[ ]?:"
    r"|(?:[IVX]{1,5}+|\d{1,2}+(?:\.\d{1,2}+)?+)\.[ ]\p{Lu}"
    r"|[a-zđ]\)[ ]\p{Lu}"
    r"|[-+•][ ]\p{Lu}"
    r"|\p{Lu}\p{Ll}*+[ ,]"
    r")"
)
_STOP_BEFORE = regex.compile(r"[.:;][ ]*+$")


def _reflow(text: str) -> tuple[list[Edit], str | None]:
    """A document flattened onto one line (header, body and lists) gets line breaks back before
    "Kính gửi:", "Nơi nhận:", section and item labels, points, bullets and sentences.

    Only when one line holds most of the document including its header, so an ordinary long
    paragraph with an inline list is never split. A space becomes a newline: no offset moves."""
    if len(text) < _FLAT_MIN:
        return [], None
    longest = max(text.split("\n"), key=len)
    longest_len = len(longest)
    if longest_len < _FLAT_MIN or longest_len < 0.8 * len(text.strip()):
        return [], None
    longest_start = text.find(longest)
    if longest_len < _FLAT_MIN or longest_len < 0.8 * len(text.strip()):
        return [], None
    stop = longest_start + longest_len
    if _HEADER_SIGNS.search(text, longest_start, min(stop, longest_start + 400)) is None:
        return [], None
    edits: list[Edit] = []
    for m in _BREAK.finditer(text, longest_start, stop):
        before = _skip_marks(text[max(longest_start, m.start() - 40) : m.start()])
        after = text[m.end() : m.end() + 12]
        if after[:1].isupper() and not after.startswith(("Kính", "Nơi")) and not _label(after):
            # a sentence start: only after a full stop that ends a word, not an abbreviation
            # and not a label ("1. Đối với ...")
            if not before.endswith(".") or _abbreviation(before) or _LABEL_END.search(before):
                continue
        elif not _STOP_BEFORE.search(before) and not after.startswith(("Kính", "Nơi")):
            continue
        edits.append(Edit(m.start("sp"), m.end("sp"), "\n"))
    if len(edits) < 3:
        return [], None
    return edits, f"document flattened onto one line: {len(edits)} line break(s) restored"


def _skip_marks(s: str) -> str:
    """``s`` without detached tone marks and the spaces around them (they are being removed)."""
    result: str = _DETACHED.sub("", s)
    return result.rstrip(" ")


_LABEL = regex.compile(r"(?:[IVX]{1,5}+|\d{1,2}+(?:\.\d{1,2}+)?+)\.[ ]|[a-zđ]\)[ ]|[-+•][ ]")


_LABEL_END = regex.compile(r"(?:^|[ ])(?:[IVX]{1,5}+|\d{1,2}+(?:\.\d{1,2}+)?+)\.$")


def _label(s: str) -> bool:
    return _LABEL.match(s) is not None


def _abbreviation(before: str) -> bool:
    """True when the full stop at the end of ``before`` closes an abbreviation ("TP.", "KT.",
    "ThS.", "Q."), not a sentence ("Đào tạo.", "04/11/2010.")."""
    words = before[:-1].split()
    if not words:
        return True
    letters = "".join(c for c in words[-1] if c.isalpha())
    if not letters:
        return False
    if len(letters) == 1:
        return True
    return len(letters) <= 4 and (letters.isupper() or not syllables.is_syllable(letters))


_LINE_KEEPING: tuple[Finder, ...] = (
    _detached_marks,
    _marks_on_consonants,
    _motto,
    _stripped_symbols,
)
_FINDERS: tuple[Finder, ...] = (
    _debris,
    _html,
    _detached_marks,
    _marks_on_consonants,
    _motto,
    _stripped_symbols,
    _glued_caps,
    _reflow,
)
