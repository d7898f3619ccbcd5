"""The issuing body: the upper-case text the anchors left over in the header's cells, read as
one or two levels ("BỘ TÀI CHÍNH" / "TỔNG CỤC THUẾ"), a joint issuer kept joined; and an
issuer completed from the place line or from the portal's metadata when the header lost part
of it.

Apart from the anchors (``vnlegal.header.anchors``) because it is the one judgement on what
they leave, with its own vocabulary (body head nouns, ``data/agency_heads.tsv``).
"""

from __future__ import annotations

from functools import cache

import regex

from vnlegal.data import AgencyHead, load_table
from vnlegal.header.prelude import issuer_keys
from vnlegal.header.zone import Cell, type_line
from vnlegal.lang import rx
from vnlegal.lang.agency import agency_case, agency_heads, header_openers
from vnlegal.lang.fold import fold
from vnlegal.lang.symbols import SYMBOL_PATTERN
from vnlegal.lang.vocab import doc_type_for_code, doc_type_named, place_levels
from vnlegal.lines import is_upper
from vnlegal.model import Header, Issuer

__all__ = ["complete_from_place", "complete_issuer", "issuer_from_meta", "read_issuer"]

_CODE_CHAR = rx.compile(r"[-/\d]")
# Words in capitals; " - " between two of them stays inside the run: a joint issuer ("BỘ TƯ
# PHÁP - BỘ CÔNG AN") or a hyphenated place ("TỈNH BÀ RỊA - VŨNG TÀU") is one run.
_SENTENCE_OPENING = 60  # letters read to tell running text from a flattened header
_SENTENCE_TAIL_ISSUER = rx.compile(r"(?<=[.;:!?]\s++)\p{Lu}[\p{Lu} ,&-]{0,80}+(?:[-_*=]{3,}+\s*+)?$")
_UPPER_RUN = rx.compile(r"(?:(?<![\p{L}\d])[\p{Lu}][\p{Lu}\d&.,-]*+(?:\s++-\s++(?=\p{Lu}{2})|\s++|$))++")
_REPUBLIC_WORDS = rx.compile(r"(?<![\p{L}])CỘNG\s*+H(?:ÒA|OÀ|OA)(?![\p{L}])", regex.I)
_JOINT_SEP = rx.compile(r"\s*+-\s*+")
_ENDS_SO = rx.compile(r"(?<![\p{L}])SỐ$")
_SYMBOL_AFTER = rx.compile(r"\s*+(?:" + SYMBOL_PATTERN + r")(?![\p{L}\d/])", regex.VERBOSE)
# An issuer line ending with a decision's number: "<body> THEO QUYẾT ĐỊNH SỐ <symbol>".
_NAMED_BY = rx.compile(r"^(?P<head>.+?)\s++SỐ\s++(?P<sym>\S+)$")
_TYPE_WORDS_MAX = 5


def read_issuer(
    header: Header,
    cells: list[Cell],
    joined: str,
    offs: list[int],
    used: list[bool],
    vv_end: int | None,
) -> None:
    """Upper-case text the anchors left over, in order, is the issuer (one or two levels)."""
    runs: list[str] = []
    # Runs whose line ends with " -": a joint issuer wrapped after its hyphen ("BỘ TƯ PHÁP -
    # BỘ CÔNG AN -" / "TÒA ÁN NHÂN DÂN TỐI CAO") goes on in the next run.
    dangling: set[int] = set()
    pos = 0
    for c in cells:
        k0 = pos
        k1 = pos + len(c.text)
        pos = k1 + 1
        text = c.text
        if _sentence(text):
            # Capitals inside a sentence are abbreviations ("UBND tỉnh ban hành ..."); only an
            # issuer run on after its last full stop counts ("... do Bộ Y tế ban hành. BỘ Y TẾ").
            tail = _SENTENCE_TAIL_ISSUER.search(text)
            if tail is None:
                continue
            k0 += tail.start()
            text = text[tail.start() :]
        free = "".join(ch if not used[k] else "\n" for k, ch in zip(range(k0, k1), text, strict=False))
        for chunk in free.split("\n"):
            chunk = chunk.strip(" ,.;:|")
            # A motto the anchors missed (damaged: "CỘNG HÒA XàHỘI ...") is never the issuer.
            chunk = chunk[: r.start()] if (r := _REPUBLIC_WORDS.search(chunk)) else chunk
            taken_to = 0
            for m in _UPPER_RUN.finditer(chunk):
                if m.start() < taken_to:
                    continue  # a code inside the symbol just taken ("QĐ" of "1050/QĐ-SCT")
                run = m.group().strip(" ,.;:-")
                code_like = " " not in run and _CODE_CHAR.search(run)
                # A gazette head names the type beside the issuer ("VĂN BẢN HỢP NHẤT - VĂN
                # PHÒNG QUỐC HỘI"): the type's part is not the issuer's.
                run = " - ".join(x for x in _JOINT_SEP.split(run) if not type_line(x)) or run
                # A body named by the decision that set it up ("ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH
                # SỐ 1050/QĐ-SCT"): the decision's number is part of its name.
                sym = _SYMBOL_AFTER.match(chunk, m.end()) if _ENDS_SO.search(run) else None
                if sym is not None:
                    run = f"{run} {sym.group().strip()}"
                    taken_to = sym.end()
                if is_upper(run) and len(run) >= 2 and not type_line(run) and not code_like:
                    runs.append(run)
            if runs and chunk.rstrip().endswith("-"):
                dangling.add(len(runs) - 1)
    if not runs:
        return
    if not header.motto:
        # No motto: capitals at the top are a title ("BÃI BỎ MỘT SỐ NGHỊ ĐỊNH ...") or a
        # gazette's section head ("PHẦN VĂN BẢN QUY PHẠM PHÁP LUẬT"), not an issuer, unless
        # they open with a body's head noun.
        while runs and not _opens_body(runs[0]):
            runs.pop(0)
            dangling = {k - 1 for k in dangling if k > 0}
        if not runs:
            return
    levels: list[list[str]] = []
    for k, run in enumerate(runs):
        starts_body = any(fold(run).startswith(h + " ") or fold(run) == h for h, _ in agency_heads())
        if k - 1 in dangling and levels:
            levels[-1].append(f"- {run}")
        elif levels and (not starts_body or len(" ".join(levels[-1]).split()) < 2):
            levels[-1].append(run)
        else:
            levels.append([run])
        if len(levels) > 2:
            break
    header.issuer.lines = runs
    names = [_issuer_case(" ".join(lv)) for lv in levels[:2]]
    if len(names) == 2:
        header.issuer = Issuer(name=names[1], parent=names[0], lines=runs)
    else:
        header.issuer = Issuer(name=names[0], parent=None, lines=runs)


def _named_by(name: str) -> str | None:
    """Normal case of a body named by its founding decision: "ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH
    SỐ 1050/QĐ-SCT" -> "Đoàn Kiểm tra theo Quyết định số 1050/QĐ-SCT" (the type, by name or
    code, in its own case; the symbol as printed); None for any other name."""
    m = _NAMED_BY.match(name)
    if m is None:
        return None
    words = m["head"].split()
    for n in range(min(_TYPE_WORDS_MAX, len(words) - 1), 0, -1):
        typed = " ".join(words[-n:])
        d = doc_type_named(typed) or doc_type_for_code(typed)
        if d is not None:
            return f"{_issuer_case(' '.join(words[:-n]))} {d.name} số {m['sym']}"
    return None


def _sentence(t: str) -> bool:
    """A cell that is running text: long, and opening with mostly lower-case letters (a header
    flattened onto one line with its body opens in capitals: "UBND TỈNH ... CỘNG HÒA ...")."""
    letters = [ch for ch in t if ch.isalpha()][:_SENTENCE_OPENING]
    return len(t) > 80 and sum(ch.islower() for ch in letters) > 0.6 * len(letters)


def _opens_body(run: str) -> bool:
    f = fold(run)
    return any(f.startswith(h + " ") or f == h for h in header_openers())


def _issuer_case(name: str) -> str:
    """Normal case of an issuer line; a joint issuer ("BỘ TƯ PHÁP - BỘ CÔNG AN", every part
    opening with a body's head noun) is cased part by part and kept joined by " - "."""
    named = _named_by(name)
    if named is not None:
        return named
    parts = _JOINT_SEP.split(name)
    if len(parts) > 1 and all(_opens_body(p) for p in parts):
        return " - ".join(agency_case(p) for p in parts)
    return agency_case(name)


def complete_from_place(header: Header, text: str) -> None:
    """A header cut to "ỦY BAN NHÂN DÂN" (its second line lost) is completed from the place
    line when the document itself names that place with its level ("... trên địa bàn tỉnh
    Ninh Bình"): "Ủy ban nhân dân tỉnh Ninh Bình". Without that evidence it stays as read."""
    name, place = header.issuer.name, header.place
    if not name or not place or fold(name) not in _bare_local_heads():
        return
    levels = "|".join(regex.escape(lv) for lv in place_levels())
    m = regex.search(rf"(?<![\p{{L}}])(?P<lv>{levels})\s++{regex.escape(place)}(?![\p{{L}}])", text, regex.I)
    if m is not None:
        header.issuer.name = f"{name} {m.group('lv').lower()} {place}"


@cache
def _bare_local_heads() -> frozenset[str]:
    """Folded heads of bodies that exist at every administrative level, so their name needs a
    place ("ủy ban nhân dân", "hội đồng nhân dân"): the agency names rows whose example adds a
    level word after the head."""
    levels = set(place_levels())
    out = set()
    for r in load_table(AgencyHead):
        rest = fold(r.example)[len(fold(r.head)) :].strip(" /")
        if r.kind == "name" and any(rest.startswith(lv + " ") for lv in levels):
            out.add(fold(r.head))
    return frozenset(out)


def issuer_from_meta(header: Header, meta: dict[str, str]) -> None:
    for key, value in meta.items():
        if fold(key) in issuer_keys() and value:
            header.issuer.name = value


def complete_issuer(header: Header, meta: dict[str, str]) -> None:
    """A header cut to "ỦY BAN NHÂN DÂN" is completed by the portal's "Cơ quan ban hành"."""
    name = header.issuer.name or ""
    for key, value in meta.items():
        if fold(key) in issuer_keys() and value:
            v = value.strip()
            if fold(name) in ("ủy ban nhân dân", "hội đồng nhân dân") and regex.match(
                r"(?i)tỉnh|thành phố", v
            ):
                header.issuer.name = f"{name} {v[:1].lower()}{v[1:]}"
