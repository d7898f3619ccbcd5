"""The citation engine's scanner: one left-to-right scan per kind of anchor (standards, laws
and treaties by name, documents by number, mentions of the document itself), each mention
read to its end (date, issuer) and claimed, so that a later kind skips text already taken;
``Finder.resolve`` puts them in text order, gives list items their head's type and reads
each pinpoint.

Apart from ``vnlegal.citations.find``, which runs the scans, drops what is no citation
(``vnlegal.citations.exclude``) and builds the ``Citation`` models.
"""

from __future__ import annotations

import bisect
from typing import Any

import regex

from vnlegal.citations.issuers import known_issuer_at, read_issuer
from vnlegal.citations.names import amended_laws, read_law_name, skip_revised_mark
from vnlegal.citations.parts import (
    Mention,
    code_looks_like_code,
    finish_symbol,
    issuer_from_symbol,
    read_date,
    read_pinpoint,
    symbol_at,
    to_symbol,
)
from vnlegal.citations.patterns import (
    CITE_SYMBOL_AT,
    CITE_SYMBOL_RE,
    OF_RE,
    PAREN_RE,
    REACH,
    SO_AFTER_RE,
    SO_BEFORE_RE,
    SO_RE,
    SO_WORDS,
    SPACED_PARTY_RE,
    STANDARD_RE,
    STANDARD_TITLE_RE,
    STANDARD_WORDS,
    THIS_RE,
    YEAR_TAIL_RE,
    anchor_scan,
    bare_number_re,
    bare_number_words,
    byname_types,
    folded_words,
    law_names,
    literal_starts,
    name_anchor_re,
    named_docs,
    symbol_starts,
    type_before_re,
    type_names,
    type_this_re,
)
from vnlegal.lang import rx
from vnlegal.lang.fold import fold
from vnlegal.lang.symbols import normalize_symbol
from vnlegal.lang.vocab import doc_type_for_code
from vnlegal.limits import checkpoint
from vnlegal.model import Symbol

__all__ = ["Finder"]

_SPACES = rx.compile(r"\s*+")
_WORD_BEFORE = rx.compile(r"(?P<w>\p{L}++)\s++\Z")
_NUM_YEAR = rx.compile(r"\d{1,4}+/(?:19|20)\d\d(?![\d/\p{L}])")
_LIST_SEP = rx.compile(
    r"\s*+(?:[,;]|(?<!\p{L})(?:và|hoặc))\s*+(?:và\s++)?\Z|\s*+\(\s*+\Z", regex.IGNORECASE
)
_DIGIT = rx.compile(r"\d")
_OF = fold("của")
_THIS_AFTER = rx.compile(r"\s++này(?!\p{L})", regex.IGNORECASE)
_TITLE_GAP = rx.compile(r"[ \t]*+:[ \t]*+")


class Finder:
    """Collects mentions from the anchors of each kind; a later kind skips text already claimed."""

    def __init__(self, text: str, lo: int, hi: int) -> None:
        self.text, self.lo, self.hi = text, lo, hi
        self.found: list[Mention] = []
        self._claimed: list[tuple[int, int]] = []

    def _free(self, a: int, b: int) -> bool:
        i = bisect.bisect_right(self._claimed, (a, 1 << 62))
        if i and self._claimed[i - 1][1] > a:
            return False
        return not (i < len(self._claimed) and self._claimed[i][0] < b)

    def _claim(self, m: Mention) -> None:
        bisect.insort(self._claimed, (m.core, m.end))
        self.found.append(m)

    def _tail(self, m: Mention, pos: int, *, issuer: bool = True) -> None:
        """Date and "của <issuer>" (after an optional short note in brackets), in either order."""
        t, hi = self.text, min(self.hi, pos + REACH)
        year = m.symbol.year if m.symbol is not None else None
        dated = False
        for _ in range(3):
            if m.date is None:
                d, e = read_date(t, pos, hi, year)
                if e > pos:
                    m.date, pos, dated = d, e, True
                    continue
            if issuer and m.issuer is None:
                of = OF_RE.match(t, pos, hi)
                if of is None:
                    par = PAREN_RE.match(t, pos, hi)
                    of = OF_RE.match(t, par.end(), hi) if par is not None else None
                r = read_issuer(t, of.end(), hi) if of is not None else None
                if r is None and of is None and dated:
                    # "Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 Chính phủ về ...": a
                    # known body right after the date, without "của", issued it.
                    gap = _SPACES.match(t, pos, hi)
                    if gap.end() > pos and "\n\n" not in t[pos : gap.end()]:
                        r = known_issuer_at(t, gap.end(), hi)
                if r is not None:
                    m.issuer, m.issuer_from, pos = r[0], "text", r[1]
                    continue
            break
        m.end = pos

    def standards(self) -> None:
        """Technical regulations and standards: "QCVN 05A:2020/BCT Quy chuẩn kỹ thuật ..."."""
        t = self.text
        starts = literal_starts(t, STANDARD_WORDS, self.lo, self.hi)
        for s in anchor_scan(STANDARD_RE, t, starts, self.lo, self.hi):
            if s.start() and t[s.start() - 1].isalpha():
                continue
            standard = doc_type_for_code(s.group("kind"))
            if standard is None:  # every kind STANDARD_RE matches is a code of doc_types.tsv
                continue
            doc_type = standard.name
            sym = Symbol(text=s.group("kind") + s.group("code"), number=s.group("code"))
            m = Mention(s.start(), s.end(), s.start(), doc_type=doc_type, symbol=sym)
            title = STANDARD_TITLE_RE.match(t, s.end(), min(self.hi, s.end() + REACH))
            if title is not None and fold(title.group("t")).startswith(fold(doc_type)):
                m.name = " ".join(title.group("t").split())
                m.end = title.end()
            self._claim(m)

    def names(self) -> None:
        """Laws, codes, constitutions and treaties cited by name."""
        t = self.text
        laws = byname_types()
        for a in name_anchor_re().finditer(t, self.lo, self.hi):
            if (a.start() and t[a.start() - 1].isalpha()) or not self._free(a.start(), a.end()):
                continue
            key = fold(a.group())
            m = self._law(a, laws[key]) if key in laws else self._named(a)
            if m is not None:
                self._claim(m)

    def _law(self, a: Any, doc_type: str) -> Mention | None:
        t, hi = self.text, min(self.hi, a.end() + REACH)
        caps = a.group().isupper()
        if caps and t[a.end() : a.end() + 1] == "\n":
            return None  # the "LUẬT" title line of the document itself
        if a.group()[0].islower():
            # A lower-case "luật" names a law only with a known name; "pháp luật đất đai" (the
            # body of law on land) and "kỷ luật" are compounds.
            before = _WORD_BEFORE.search(t, max(self.lo, a.start() - 12), a.start())
            if before is not None and fold(before.group("w")) in folded_words("compound"):
                return None
            if law_names().match(t, _SPACES.match(t, a.end(), hi).end(), hi) is None:
                return None
        name_end = read_law_name(t, a.end(), hi, caps=caps)
        if name_end is None:
            return None
        m = Mention(a.start(), name_end, a.start(), doc_type=doc_type)
        m.name = " ".join(t[a.start() : name_end].split())
        for s, e in amended_laws(t, a.end(), hi, caps=caps):
            word = fold(t[s : s + 7]).startswith("bo")
            inner = Mention(s, e, s, doc_type="Bộ luật" if word else "Luật", top=False)
            inner.name = " ".join(t[s:e].split())
            m.inner.append(inner)
        pos = skip_revised_mark(t, name_end, hi)
        so = SO_RE.match(t, pos, hi)
        sym_at = so.end() if so is not None else _SPACES.match(t, pos, hi).end()
        sm = symbol_at(t, sym_at)
        if sm is not None and (so is not None or sm.group("year")):
            text, pos = finish_symbol(t, sm)
            m.symbol = to_symbol(text)
        elif so is not None and (bare := _NUM_YEAR.match(t, sym_at, hi)) is not None:
            # "Luật ... số 64/2025": a law's number printed without its code.
            m.symbol, pos = to_symbol(bare.group()), bare.end()
        y = YEAR_TAIL_RE.match(t, pos, min(hi, pos + 60))
        if y is not None:
            pos = y.end()
        self._tail(m, pos, issuer=m.symbol is not None)
        return m

    def _named(self, a: Any) -> Mention | None:
        t = self.text
        phrases, types = named_docs()
        n = phrases.match(t, a.start(), min(self.hi, a.start() + REACH))
        if n is None:
            return None
        end, listed = n
        this = _THIS_AFTER.match(t, end, min(self.hi, end + 12))
        if this is not None:
            # "Hiến pháp này": the document itself (a constitution citing "Hiến pháp năm 1980"
            # names another one).
            m = Mention(a.start(), int(this.end()), a.start(), doc_type=types[listed], internal=True)
            return m
        issuer = None
        if fold(listed).split()[-1] == _OF:
            # "Quy chế làm việc của UBND tỉnh": the body after "của" completes the name.
            issuer = read_issuer(t, _SPACES.match(t, end, self.hi).end(), self.hi)
            if issuer is None:
                return None
            end = issuer[1]
        m = Mention(a.start(), end, a.start(), doc_type=types[listed])
        m.name = " ".join(t[a.start() : end].split())
        if issuer is not None:
            m.issuer, m.issuer_from = issuer[0], "text"
        y = YEAR_TAIL_RE.match(t, end, min(self.hi, end + 60))
        self._tail(m, y.end() if y is not None else end, issuer=False)
        return m

    def symbols(self) -> None:
        """Documents cited by number, with the type word (if any) read backwards."""
        t, lo, hi = self.text, self.lo, self.hi
        for s in anchor_scan(CITE_SYMBOL_RE, t, symbol_starts(t, lo, hi), lo, hi):
            checkpoint("finding citations")
            if s.group("blank") or not code_looks_like_code(s.group("code")):
                continue  # a blank number is this document in a draft, or a form's placeholder
            if self._free(s.start(), s.end()):
                sym, e = finish_symbol(t, s)
                self._symbol_mention(s.start(), sym, e)
        so_starts = literal_starts(t, SO_WORDS, lo, hi)
        for s in anchor_scan(SPACED_PARTY_RE, t, so_starts, lo, hi):
            checkpoint("finding citations")
            if self._free(s.start("num"), s.end()):
                sym = normalize_symbol(f"{s.group('num')}-{s.group('code')}")
                self._symbol_mention(s.start("num"), sym, s.end() - s.group().endswith("."))
        type_before = type_before_re(capitalized=True)
        for g in anchor_scan(SO_AFTER_RE, t, so_starts, lo, hi):
            checkpoint("finding citations")
            if g.group("glued") is not None:
                s = CITE_SYMBOL_AT.match(t, g.end(), min(hi, g.end() + 80))
                if s is not None and not s.group("blank") and code_looks_like_code(s.group("code")):
                    if self._free(s.start(), s.end()):
                        sym, e = finish_symbol(t, s)
                        self._symbol_mention(s.start(), sym, e)
            elif g.group("tok"):
                tok = g.group("tok")
                if "/" in tok and _DIGIT.search(tok) and self._free(g.start("tok"), g.end()):
                    self._symbol_mention(g.start("tok"), tok, g.end())
            else:
                tb = type_before.match(t, max(lo, g.start() - 90), g.start("num"))
                if tb is not None and tb.group("so") and self._free(tb.start(), g.end()):
                    self._bare(tb.start(), tb.group("type"), g)
        for s in anchor_scan(bare_number_re(), t, literal_starts(t, bare_number_words(), lo, hi), lo, hi):
            checkpoint("finding citations")
            num = s.group("num")
            if self._free(s.start(), s.end()) and not (len(num) == 4 and num[:2] in ("19", "20")):
                self._bare(s.start(), s.group("type"), s)

    def _symbol_mention(self, at: int, sym: str, sym_end: int) -> None:
        t, lo = self.text, max(self.lo, at - 90)
        m = Mention(at, sym_end, at, symbol=to_symbol(sym))
        tb = type_before_re(capitalized=True).match(t, lo, at) or type_before_re(capitalized=False).match(
            t, lo, at
        )
        if tb is not None and self._free(tb.start(), at):
            m.core = m.start = tb.start()
            m.doc_type = type_names().get(fold(tb.group("type")))
            m.colon = bool(tb.group("colon"))
        else:
            sb = SO_BEFORE_RE.match(t, max(self.lo, at - 12), at)
            if sb is not None:
                m.core = m.start = sb.start()
                m.colon = bool(sb.group("colon"))
            m.typeless = True
        self._tail(m, sym_end)
        self._claim(m)

    def _bare(self, at: int, type_word: str, s: Any) -> None:
        """A document cited by a bare number ("Văn bản số 02 ngày 21/4/2026", "Chỉ thị 11"): a
        number that is no year, right after the type of an act or after "<Type> số"."""
        num = s.group("num")
        m = Mention(at, s.end(), at, symbol=Symbol(text=num, number=num))
        m.doc_type = type_names().get(fold(type_word))
        self._tail(m, s.end())
        self._claim(m)

    def this_document(self) -> None:
        """ "Quyết định này", "khoản 2 Điều này": internal references."""
        t = self.text
        for h in THIS_RE.finditer(t, self.lo, self.hi):
            checkpoint("finding citations")
            tb = type_this_re().match(t, max(self.lo, h.start() - 40), h.end())
            if tb is None or not self._free(tb.start(), h.end()):
                continue
            m = Mention(tb.start(), h.end(), tb.start(), internal=True)
            m.doc_type = type_names().get(fold(tb.group("type")))
            self._claim(m)

    def resolve(self) -> list[Mention]:
        """Mentions in text order; list items take the list head's type; pinpoints read."""
        t = self.text
        out: list[Mention] = []
        for m in sorted(self.found, key=lambda x: x.core):
            if out and m.core < out[-1].end:
                continue
            prev = out[-1] if out else None
            if (
                prev is not None
                and m.symbol is None
                and prev.symbol is not None
                and _TITLE_GAP.fullmatch(t, prev.end, m.core)
            ):
                # "Luật số 146/2025/QH15 của Quốc hội: Luật sửa đổi, bổ sung ...": the title
                # of the document just cited, not another one; the laws it names are cited.
                prev.inner.extend(m.inner)
                continue
            if m.typeless:
                head = prev if prev is not None and prev.doc_type and not prev.internal else None
                if head is not None and _LIST_SEP.match(t, head.end, m.core):
                    if _fits_type(m.symbol, head.doc_type or ""):
                        m.doc_type = head.doc_type
                elif t[m.core : m.core + 2].lower() != "số" and not _strong(m.symbol):
                    continue
            pin = read_pinpoint(t, prev.end if prev is not None else self.lo, m.core)
            if pin is not None:
                m.pinpoint, m.start = pin
            out.append(m)
        return out


def _fits_type(sym: Symbol | None, doc_type: str) -> bool:
    """False when the symbol's type code names another type than the list head's."""
    if sym is None or not sym.type_code:
        return True
    dt = doc_type_for_code(sym.type_code)
    return dt is None or dt.name == doc_type


def _strong(sym: Symbol | None) -> bool:
    """A symbol that is a document number even without a type word or "số" before it."""
    if sym is None:
        return False
    return sym.year is not None or sym.type_code is not None or issuer_from_symbol(sym) is not None
