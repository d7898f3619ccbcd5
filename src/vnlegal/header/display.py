"""Display form of a title printed in capitals: sentence case that keeps proper names.

Headers print the summary (trích yếu) in capitals; a reader wants
"CÔNG TÁC THÔNG TIN ĐỐI NGOẠI TỈNH BÌNH DƯƠNG NĂM 2021" shown as
"Công tác thông tin đối ngoại tỉnh Bình Dương năm 2021". Everything is lowercased except:

* the first word;
* proper names found in the tables: places (``places.tsv``: provinces, cities, districts; a name
  that is also an ordinary word, "Thái Bình", only after a level word), agencies and office
  holders (``agencies.tsv``, ``issuer_names.tsv``), laws by name (``law_names.tsv``) and other
  names (``display_names.tsv``), each with the capitals the table gives;
* a document type that names one document ("Chỉ thị số ...", "Ban hành Quy chế ...");
* abbreviations and symbols ("UBND", "13/CT-TTg"), which keep their capitals (symbol codes
  take the capitals of ``issuer_codes.tsv``: "TTG" -> "TTg").

A word is an abbreviation when it is not spelled as a Vietnamese syllable. Titles that are not
in capitals are kept as written, with the first letter raised.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from vnlegal.data import Agency, DisplayName, IssuerCode, IssuerName, LawName, Place, load_table
from vnlegal.lang import rx, syllables
from vnlegal.lang.agency import agency_heads
from vnlegal.lang.fold import fold
from vnlegal.lang.vocab import doc_types, place_levels

_CHUNK = rx.compile(r"\S++")
_PIECE = rx.compile(r"[\p{L}\p{M}]++|[^\p{L}\p{M}]++")
_JOINERS = frozenset((" ", "-", " - ", ", ", ","))


@dataclass
class _Word:
    text: str  # as printed
    out: str  # as displayed
    chunk: int  # index of the space-separated chunk it belongs to


@dataclass(frozen=True)
class _Names:
    by_key: dict[tuple[str, ...], tuple[str, ...]]  # folded words -> displayed words
    after_level: dict[tuple[str, ...], tuple[str, ...]]  # places that need a level word first
    levels: frozenset[tuple[str, ...]]
    doc_types: frozenset[tuple[str, ...]]
    longest: int


def _words_of(name: str) -> tuple[str, ...]:
    # The compiled pattern, not regex.findall(source): the module function looks the source up
    # in regex's cache on each call, and _names() calls this ~1,800 times on first use.
    return tuple(_LETTERS.findall(name))


@cache
def _names() -> _Names:
    by_key: dict[tuple[str, ...], tuple[str, ...]] = {}
    after_level: dict[tuple[str, ...], tuple[str, ...]] = {}

    def add(name: str, table: dict[tuple[str, ...], tuple[str, ...]]) -> None:
        words = _words_of(name)
        if words:
            table.setdefault(tuple(fold(w) for w in words), words)

    for place in load_table(Place):
        add(place.name, after_level)
        if not place.word:
            add(place.name, by_key)
    for shown in load_table(DisplayName):
        add(shown.name, by_key)
    for agency in load_table(Agency):
        add(agency.name, by_key)
    for _, head in agency_heads():
        # Only heads that are names by themselves ("Ban Chỉ đạo", "Ủy ban nhân dân"); "Bộ",
        # "Văn phòng" or "Thanh tra" are ordinary words too often.
        words = head.split()
        if len(words) > 1 and (any(w[:1].isupper() for w in words[1:]) or head.endswith("nhân dân")):
            add(head, by_key)
    for issuer in load_table(IssuerName):
        if issuer.kind in ("agency", "position"):
            add(issuer.name, by_key)
    for law in load_table(LawName):
        add(f"{law.kind} {law.name}", by_key)
    levels = frozenset(tuple(fold(w) for w in _words_of(lv)) for lv in place_levels())
    types = frozenset(tuple(fold(w) for w in _words_of(d.name)) for d in doc_types())
    longest = max(len(k) for k in (*by_key, *after_level))
    return _Names(by_key, after_level, levels, types, longest)


@cache
def _codes() -> dict[str, str]:
    """Folded symbol code -> its usual capitals ("ttg" -> "TTg")."""
    return {fold(r.code): r.code for r in load_table(IssuerCode) if not r.code.isupper()}


def _upper(title: str) -> bool:
    letters = [c for c in title if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def title_display(title: str | None) -> str | None:
    """Sentence-case display form of a title printed in capitals (see the module doc); a title
    in normal case comes back as written with its first letter raised; None stays None."""
    if not title:
        return title
    if not _upper(title):
        return title[:1].upper() + title[1:]
    chunks = _CHUNK.findall(title)
    words: list[_Word] = []
    pieces: list[list[str | _Word]] = []
    for ci, chunk in enumerate(chunks):
        if any(c.isdigit() for c in chunk) or "/" in chunk:
            pieces.append([_symbol(chunk)])
            continue
        parts: list[str | _Word] = []
        for p in _PIECE.findall(chunk):
            if p[0].isalpha():
                w = _Word(p, p if _abbreviation(p) else p.lower(), ci)
                words.append(w)
                parts.append(w)
            else:
                parts.append(p)
        pieces.append(parts)
    _restore_names(words, chunks)
    _restore_doc_types(words, chunks)
    out = " ".join("".join(p if isinstance(p, str) else p.out for p in parts) for parts in pieces)
    return out[:1].upper() + out[1:]


def _abbreviation(word: str) -> bool:
    return not syllables.is_syllable(word)


_LETTERS = rx.compile(r"[\p{L}\p{M}]++")


def _symbol(chunk: str) -> str:
    codes = _codes()
    out: str = _LETTERS.sub(lambda m: codes.get(fold(m.group()), m.group()), chunk)
    return out


def _joined(words: list[_Word], chunks: list[str], i: int, n: int) -> bool:
    """True when ``words[i:i+n]`` follow each other with only spaces, hyphens or a comma between
    (so a name never runs across other punctuation)."""
    for k in range(i, i + n - 1):
        a, b = words[k], words[k + 1]
        if a.chunk == b.chunk:
            continue
        if b.chunk != a.chunk + 1 and not (b.chunk == a.chunk + 2 and chunks[a.chunk + 1] == "-"):
            return False
        if not (chunks[a.chunk][-1:].isalpha() or chunks[a.chunk].endswith(",")):
            return False
    return True


def _restore_names(words: list[_Word], chunks: list[str]) -> None:
    names = _names()
    keys = [fold(w.text) for w in words]
    i = 0
    after_level = False
    while i < len(words):
        hit = 0
        for n in range(min(names.longest, len(words) - i), 0, -1):
            key = tuple(keys[i : i + n])
            table = names.by_key.get(key) or (names.after_level.get(key) if after_level else None)
            if table is not None and _joined(words, chunks, i, n):
                for w, shown in zip(words[i : i + n], table, strict=True):
                    w.out = shown
                hit = n
                break
        after_level = False
        if hit:
            i += hit
            continue
        for n in (2, 1):
            if tuple(keys[i : i + n]) in names.levels and len(keys[i : i + n]) == n:
                after_level = True
                i += n
                break
        else:
            i += 1


def _restore_doc_types(words: list[_Word], chunks: list[str]) -> None:
    """A type name followed by "số" or a symbol, or issued by this document ("ban hành Quy
    chế"), names one document: its first letter is a capital."""
    names = _names()
    keys = [fold(w.text) for w in words]
    for i in range(len(words)):
        for n in (4, 3, 2, 1):
            if tuple(keys[i : i + n]) not in names.doc_types or len(keys[i : i + n]) != n:
                continue
            last = words[i + n - 1]
            nxt = keys[i + n] if i + n < len(keys) else ""
            symbol_next = last.chunk + 1 < len(chunks) and any(c.isdigit() for c in chunks[last.chunk + 1])
            issued = i >= 2 and keys[i - 2 : i] in (["ban", "hành"], ["kèm", "theo"])
            if nxt == "số" or symbol_next or issued:
                w = words[i]
                w.out = w.out[:1].upper() + w.out[1:]
            break
