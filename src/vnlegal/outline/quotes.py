"""Quoted wording: the new text an amending act quotes ("1. Sửa đổi Điều 3 như sau: “Điều 3.
Giải thích từ ngữ / 1. Hàng giả ... / 10. ...”") is text of the instruction that quotes it,
never structure of this document.

A quotation opens on a line with more opening marks than closing ones and closes where the
marks balance again. Sources drop closing marks, so an amending instruction -- a marked line
that starts with an amending verb ("Sửa đổi", "Thay thế", "Bãi bỏ": the lead cues of
``citation_cues.tsv``) or ends "như sau:" -- closes a quotation left open, as a reader
understands it. A quotation that neither closes nor meets an instruction within a window is
not one: a stray mark must not swallow the rest of the document.
"""

from __future__ import annotations

from functools import cache, lru_cache

import regex

from vnlegal.data import CitationCue, load_table
from vnlegal.lang import rx
from vnlegal.lang.markers import Marker, classify
from vnlegal.lang.patterns import LEVEL_WORDS, alternation, phrase_pattern
from vnlegal.limits import checkpoint
from vnlegal.lines import Line

_WINDOW = 80
"""Lines within which an open quotation must close or meet an instruction."""
_ANNOUNCED_WINDOW = 2000
"""The same after an instruction that announced it ("... như sau:"): quoted new articles run
long ("Bổ sung các Điều 110a, ..., 110g như sau:"), and the next instruction or article ends
them whatever their marks say."""
_AMENDING = frozenset(("amends", "replaces", "repeals"))
# The outline's kind for each unit word an instruction names ("khoản 1" -> item "1.").
_TARGET_KINDS = {"point": "point", "clause": "item", "article": "article"}
_LABEL = r"(?:\d{1,3}+[a-zđ]?|[a-zđ]\d?)(?![\p{L}\d])"
_QUOTE_MARKS = "“«\"'"
_AS_FOLLOWS = rx.compile(r"(?i)như\s++sau\s*+:[\s“\"«]*+$")


def _delta(text: str) -> int:
    """Quotation marks ``text`` leaves open (+) or closes (-). A straight quote has no side:
    an odd one opens a quotation at the line start and closes one at the line end."""
    d = text.count("“") + text.count("«") - text.count("”") - text.count("»")
    if text.count('"') % 2:
        s = text.strip()
        if s.startswith('"'):
            d += 1
        elif s.rstrip(".,;:").endswith('"'):
            d -= 1
    return d


@cache
def _instruction_start() -> regex.Pattern[str]:
    cues = [r.cue for r in load_table(CitationCue) if r.mode == "lead" and r.relation in _AMENDING]
    # "Bổ sung Điều 10a ..." adds a provision: an instruction, though it cites nothing.
    return rx.compile(rf"(?i)(?:{alternation([*cues, 'Bổ sung'])})(?!\p{{L}})")


@lru_cache(maxsize=4096)
def instruction(text: str) -> Marker | None:
    """The marker of a line that amends ("2. Sửa đổi, bổ sung Điều 6 như sau:", "a) Bãi bỏ
    khoản 3", "4. Bổ sung Điều 10a sau Điều 10 như sau:"), else None."""
    m = classify(text)
    if m is None or m.kind == "bullet":
        return None
    content = text[m.content :].strip()
    if _AS_FOLLOWS.search(content) is None and _instruction_start().match(content) is None:
        return None
    return m


_LETTERS = "abcdđeghiklmnopqrstuvxy"


def announces(text: str) -> bool:
    """True for an amending instruction that announces quoted wording: it starts with an
    amending verb and ends "như sau:" ("2. Sửa đổi, bổ sung Điều 6 như sau:"). "Bao gồm các
    khu vực như sau:" announces a list of this document, not quoted wording."""
    m = instruction(text)
    if m is None:
        return False
    content = text[m.content :].strip()
    return _instruction_start().match(content) is not None and _AS_FOLLOWS.search(content) is not None


@cache
def _target_re() -> regex.Pattern[str]:
    """The units an instruction names first, with the labels listed with them: "khoản 1",
    "điểm a, b, c", "các khoản 1, 2 và 3", "điểm d, điểm đ", "Điều 7". A label listed after
    "và" or a comma may repeat the unit word, never another one ("khoản 1 và điểm a" lists one)."""
    words = "|".join(f"(?P<{k}>{phrase_pattern(LEVEL_WORDS[k])})" for k in _TARGET_KINDS)
    any_word = "|".join(phrase_pattern(LEVEL_WORDS[k]) for k in _TARGET_KINDS)
    return rx.compile(
        rf"(?i)(?<![\p{{L}}])(?:{words})\s++(?P<first>{_LABEL})"
        rf"(?P<more>(?:\s*+(?:,|và(?!\p{{L}}))\s*+(?:(?:{any_word})\s++)?{_LABEL})*+)"
    )


def targets(text: str) -> tuple[str, list[str]] | None:
    """(outline kind, labels) of the units the instruction ``text`` names first: "Sửa đổi, bổ
    sung điểm a, b, c khoản 10 Điều 18 như sau:" -> ("point", ["a", "b", "c"])."""
    m = _target_re().search(text)
    if m is None:
        return None
    kind = next(k for k in _TARGET_KINDS if m.group(k) is not None)
    labels = [m.group("first").lower()]
    for part in regex.split(r"\s*+(?:,|(?<![\p{L}])và(?![\p{L}]))\s*+", m.group("more")):
        if not part.strip():
            continue
        word, _, label = part.strip().rpartition(" ")
        if word and regex.fullmatch(phrase_pattern(LEVEL_WORDS[kind]), word, regex.IGNORECASE) is None:
            break  # another unit word: the list of this kind ended ("khoản 1 và điểm a")
        labels.append(label.lower())
    return _TARGET_KINDS[kind], labels


def _quoted_marker(text: str) -> Marker | None:
    """The marker of quoted wording, its opening marks put aside ("“a) Sửa đổi ...")."""
    s = text.lstrip()
    k = len(s) - len(s.lstrip(_QUOTE_MARKS))
    return classify(s[k:]) if k else None


def _announced_first(text: str, instr: str) -> bool:
    """True when ``text`` opens, with no quotation mark, the unit the announcing instruction
    ``instr`` names first ("Sửa đổi khoản 1 như sau:" / "1. Chứng chỉ ..."): its wording whose
    opening mark the source put elsewhere or dropped."""
    m = classify(text)
    if m is None or m.kind == "bullet" or not announces(instr) or instruction(text) is not None:
        # An instruction itself is the announcing unit's own ("Điều 7. Bổ sung ... khoản 1,
        # khoản 2 như sau:" / "1. Bổ sung cụm từ ..."), not wording it quotes.
        return False
    i = instruction(instr)
    assert i is not None  # announces() said it is one
    t = targets(instr[i.content :])
    return t is not None and t[0] == m.kind and t[1][0] == m.label.lower()


def _follows(m: Marker, opener: Marker | None) -> bool:
    """True when instruction ``m`` is the next one after ``opener`` at its level ("3." after
    "2.", "c)" after "b)"), or an article: a quotation's own provisions ("1. ... như sau:"
    inside the quoted Điều) are neither."""
    if m.kind in ("article", "chapter", "part"):
        return True
    return _successor(m, opener)


def _successor(m: Marker, opener: Marker | None) -> bool:
    if opener is None or m.kind != opener.kind:
        return False
    a, b = opener.label.lower(), m.label.lower()
    if a.isdigit() and b.isdigit():
        return int(b) == int(a) + 1
    if a in _LETTERS and b in _LETTERS:
        return _LETTERS.index(b) == _LETTERS.index(a) + 1
    return False


def _next_article(text: str, article: Marker | None) -> bool:
    """True for the heading of the article after ``article`` ("Điều 2." in Điều 1)."""
    m = classify(text)
    if m is None or m.kind != "article":
        return False
    before = article.label if article is not None else "0"
    return _successor(m, Marker("article", before, 0, 0))


def quoted_lines(lines: list[Line]) -> list[bool]:
    """For each line, whether it lies inside a quotation (the opening line itself is not).

    Blank lines are left out of the scan: Markdown, Word exports and many portal copies put
    one between every two paragraphs, and the scan's evidence is always the line *above*
    ("... như sau:" then the quoted wording) and its windows count lines. A blank line lies
    inside a quotation when the lines on both sides of it do.
    """
    filled = [k for k, ln in enumerate(lines) if ln.text.strip()]
    flags = _quoted([lines[k] for k in filled])
    out = [False] * len(lines)
    for j, k in enumerate(filled):
        out[k] = flags[j]
        if flags[j] and j > 0 and flags[j - 1]:
            for b in range(filled[j - 1] + 1, k):
                out[b] = True
    return out


def _quoted(lines: list[Line]) -> list[bool]:
    """``quoted_lines`` over lines none of which is blank."""
    out = [False] * len(lines)
    i = 0
    n = len(lines)
    # Where the quoted wording of the last "... như sau:" instruction may start: a closing mark
    # with no opening one (the source dropped the opening mark) closes a quotation from there.
    wording_from: int | None = None
    article: Marker | None = None  # the document's own article the scan is in
    budget = 4 * n + 10_000  # lines the quotation scans may look at, in all
    while i < n:
        checkpoint("building the outline")
        text = lines[i].text
        bal = _delta(text)
        if bal == 0 and wording_from == i and _announced_first(text, lines[i - 1].text):
            bal = 1  # the announced wording, its opening mark lost: a quotation opens here
            out[i] = True
        if bal <= 0:
            if _next_article(text, article):
                article = classify(text)
                wording_from = None  # the document's next article: no quotation goes on
            elif bal < 0 and wording_from is not None and i - wording_from <= _WINDOW:
                for k in range(wording_from, i + 1):
                    out[k] = True
                wording_from = None
            if instruction(text) is not None:
                wording_from = i + 1 if announces(text) else None
            i += 1
            continue
        if budget <= 0:
            break  # a text of unclosed marks: stop looking rather than scan it quadratically
        end, scanned = _quotation_end(lines, i, bal, article)
        budget -= scanned
        if end is None:
            i += 1
            continue
        for k in range(i + 1, end + 1):
            out[k] = True
        wording_from = end + 1  # more quoted wording may follow, its opening mark lost too
        i = end + 1
    return out


def _quotation_end(
    lines: list[Line], i: int, bal: int, article: Marker | None
) -> tuple[int | None, int]:
    """(the last line of the quotation opened on line ``i``, or None when it is no quotation;
    the lines looked at). The document is in ``article``."""
    # A quotation opened inside an instruction ("2. Thay thế cụm từ “...” bằng cụm từ “..." with a
    # mark left open) belongs to that instruction, not to the one on the line above.
    text = lines[i].text
    inline = not text.lstrip().startswith(tuple(_QUOTE_MARKS)) and instruction(text) is not None
    opener = instruction(lines[i - 1].text) if i > 0 and not inline else None
    kind, listed = _quoted_series(lines[i - 1].text, lines[i].text) if opener is not None else ("", [])
    opener = opener or instruction(lines[i].text)
    window = _ANNOUNCED_WINDOW if i > 0 and announces(lines[i - 1].text) else _WINDOW
    n = len(lines)
    j = i + 1
    while j < n and j - i <= window:
        u = lines[j].text
        m = instruction(u)
        if m is not None and listed and m.kind == kind and m.label.lower() == listed[0]:
            listed.pop(0)  # the next instruction the quoted wording itself is made of
        elif (m is not None and _follows(m, opener)) or _next_article(u, article):
            return j - 1, j - i  # the next instruction or article: the closing mark was lost
        bal += _delta(u)
        if bal <= 0:
            return j, j - i
        j += 1
    return None, j - i


def _quoted_series(instr: str, first: str) -> tuple[str, list[str]]:
    """Labels still to come in a quotation made of amending instructions itself: "a) Sửa đổi
    điểm a, b, c khoản 10 như sau:" quoting "“a) Sửa đổi ... như sau:", then "b) ...", "c) ..."
    -- those "b)" and "c)" are quoted points, not the next instruction after "a)". Returns
    their outline kind and labels."""
    m = _quoted_marker(first)
    i = instruction(instr)
    if m is None or i is None or instruction(first.lstrip(_QUOTE_MARKS + " ")) is None:
        return "", []
    t = targets(instr[i.content :])
    if t is None or t[0] != m.kind or t[1][0] != m.label.lower():
        return "", []
    return t[0], t[1][1:]
