"""Citation engine: every reference to another document, parsed, typed and related (SPEC §2).

``extract_citations(text)`` finds, with one left-to-right scan per kind of anchor,
- documents cited by number: "Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ",
  "Quyết định 1191/QĐ-TTg", list items sharing a type ("các Nghị định số 15/2020/NĐ-CP,
  14/2022/NĐ-CP"), every symbol shape including damaged ones ("86/QĐ UBND", "2417/QĐUBND");
- documents cited by name: "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015",
  "Bộ luật Hình sự", "Hiến pháp năm 2013", treaties; technical regulations ("QCVN 05A:2020/BCT");
- mentions of the document itself ("Điều 3 Quyết định này", "khoản 2 Điều này"), kept with
  ``internal=True``;
then reads the pinpoint before each mention ("điểm a khoản 1 Điều 5 ..."), the date and issuer
after it, the relation from its clause (``citation_relations``) and an issuer the sentence names
(``citation_context``).

Not citations: the document's own number (``self_symbol``, "Số: ...", "(Kèm theo Kế hoạch số
...)"), numbers left blank ("Quyết định số …/QĐ-UBND" in a form), the enacting line ("Quốc hội
ban hành Luật Thanh tra.").

This module runs the steps and builds the ``Citation`` models (with their keys); the scans are
``vnlegal.citations.finder``, what is no citation ``vnlegal.citations.exclude``.
"""

from __future__ import annotations

from typing import cast

from vnlegal.citations.context import fill_context, share_trailing_issuer
from vnlegal.citations.exclude import draft_ids, drop_self
from vnlegal.citations.finder import Finder
from vnlegal.citations.parts import Mention, issuer_from_symbol, to_symbol
from vnlegal.citations.relations import assign_relations
from vnlegal.lang.fold import fold
from vnlegal.lang.symbols import normalize_symbol, symbol_key
from vnlegal.limits import checkpoint
from vnlegal.model import Citation, Relation, trusted_citation, trusted_span

__all__ = ["extract_citations"]


def extract_citations(
    text: str,
    *,
    start: int = 0,
    end: int | None = None,
    self_symbol: str | None = None,
    decode_issuer: bool = True,
) -> list[Citation]:
    """Every citation in ``text[start:end]``, in text order, with spans into ``text``.

    ``self_symbol`` is the document's own number ("1560/KH-UBND"): mentions of it are not
    citations. With ``decode_issuer`` an issuer the text does not state is decoded from the
    symbol where its code names one body (CP -> Chính phủ, TTg -> Thủ tướng Chính phủ, QH15 ->
    Quốc hội); without it, ``issuer`` is only what the text says. ``node_id`` is left at its
    default: the caller knows the outline.

    >>> [c.symbol.text for c in extract_citations("Căn cứ Nghị định số 72/2015/NĐ-CP;")]
    ['72/2015/NĐ-CP']
    """
    hi = len(text) if end is None else max(0, min(end, len(text)))
    lo = max(0, min(start, hi))
    finder = Finder(text, lo, hi)
    finder.standards()
    finder.names()
    checkpoint("finding citations")
    finder.symbols()
    finder.this_document()
    checkpoint("finding citations")
    found = drop_self(text, finder.resolve(), self_symbol)
    drafts = draft_ids(text, found, lo, hi)
    assign_relations(text, [m for m in found if id(m) not in drafts], lo, hi)
    for m in found:
        m.relation = m.fixed or m.relation
    checkpoint("finding citations")
    # A law named inside another's name is cited too, as a reference: the amending law is what
    # the sentence acts on. A draft's name is not a citation, but the laws it names are.
    mentions: list[Mention] = []
    for m in found:
        if id(m) not in drafts:
            mentions.append(m)
        mentions.extend(m.inner)
    share_trailing_issuer(text, mentions)
    fill_context(text, mentions, lo)
    keys = _keys(mentions, self_symbol)
    return [_citation(text, m, keys[id(m)], decode_issuer) for m in mentions]


def _keys(mentions: list[Mention], self_symbol: str | None) -> dict[int, str]:
    """Each mention's join key; one document's mentions share one (SPEC: ``Citation.key``).

    A short form defined for a mention ("(sau đây viết tắt là Chỉ thị 11)") takes that mention's
    key, and so does every later use of the short form ("... thực hiện Chỉ thị 11"); a law
    named alone takes the key of its numbered (or dated) mention when the document has one.
    """
    # The key of every internal mention is the document's own: computed once, if one needs it.
    self_key = "self"
    if self_symbol and any(m.internal for m in mentions):
        self_key = symbol_key(to_symbol(normalize_symbol(self_symbol)).text)
    own = {id(m): _own_key(m, self_key) for m in mentions}
    short: dict[str, str] = {}
    out: dict[int, str] = {}
    for m in mentions:
        key = own[id(m)]
        if m.alias_of is not None and id(m.alias_of) in own:
            full = short.get(own[id(m.alias_of)], own[id(m.alias_of)])
            if full != key:
                short[key] = full
            key = full
        out[id(m)] = short.get(key, key) if not m.internal else key
    # A law cited by name alone is the one the document names with a number (or a date)
    # elsewhere, when it names only one: "Luật Thanh tra số 11/2022/QH15" ... "Luật Thanh tra".
    fuller: dict[str, set[str]] = {}
    for m in mentions:
        if m.name and not m.internal and m.alias_of is None and (m.symbol is not None or m.date):
            fuller.setdefault(fold(m.name), set()).add(out[id(m)])
    for m in mentions:
        if m.name and not m.internal and m.symbol is None and m.date is None:
            keys = fuller.get(fold(m.name), set())
            if len(keys) == 1:
                out[id(m)] = next(iter(keys))
    return out


def _own_key(m: Mention, self_key: str) -> str:
    """The key a mention's own words give: its symbol, a type and bare number, or name@date."""
    if m.internal:
        key = self_key
    elif m.symbol is not None and m.symbol.text.isdigit():
        # A bare number ("Chỉ thị 11") is a document only with its type.
        key = f"{fold(m.doc_type or '')} {m.symbol.text}"
    elif m.symbol is not None:
        key = symbol_key(m.symbol.text)
    else:
        key = f"{fold(m.name or '')}@{m.date.isoformat() if m.date else ''}"
    return key


def _citation(text: str, m: Mention, key: str, decode: bool) -> Citation:
    issuer = m.issuer
    decoded = False
    if issuer is None and decode and m.symbol is not None and not m.internal:
        issuer = issuer_from_symbol(m.symbol)
        decoded = issuer is not None
    # Unvalidated construction (``model.trusted_citation``): every value is of its field's type
    # by construction (validation cost a few per cent of the citation stage).
    return trusted_citation(
        " ".join(text[m.start : m.end].split()), trusted_span(m.start, m.end), m.doc_type, m.symbol,
        m.name, m.date, issuer, decoded, cast(Relation, m.relation), m.pinpoint, m.internal, key,
    )  # fmt: skip
