"""Closing stage: where the main document ends, its signature block and its "Nơi nhận" list.

Signature and distribution list are printed side by side; text extraction interleaves them
line by line, puts them in "|" cells, or runs them together ("GIÁM ĐỐCTrần Văn Bình"). The
stage therefore cuts the closing lines into cells, sends dash entries (and their wrapped
continuations) to the list, and reads the signature from the remaining cells as one string:
authority prefixes (TM., KT., TL., ...), then the position, then the name at the end.
"""

from __future__ import annotations

from functools import cache
from itertools import pairwise

import regex

from vnlegal.data import Position, SignatureNoise, load_table
from vnlegal.lang.fold import fold
from vnlegal.lang.patterns import PASSAGE_SRC, RECIPIENTS_SRC, SIGNING_PREFIX_SRC
from vnlegal.lines import Line, is_upper
from vnlegal.model import Closing, Signature

_EMPHASIS = regex.compile(r"[*_]{1,3}+")
_RULE = regex.compile(r"[-:\s]++")
_ENTRY_SPLIT = regex.compile(r"(?:^|(?<=[;.,:)])|^\s)\s*+[-+•]\s++")
_UPPER_TAIL = regex.compile(r"(?:\p{Lu}{2,}+[,]?\s*+)++$")
_NOI_NHAN = regex.compile(rf"^[\s|*_]*+{RECIPIENTS_SRC}\s*+:?[*_]*+\s*+", regex.I)
_PREFIX = regex.compile(rf"(?<![\p{{L}}]){SIGNING_PREFIX_SRC}\s*+(?=\p{{Lu}})")
_PREFIX_LINE = regex.compile(rf"^[\s|*]*+{SIGNING_PREFIX_SRC}\s*+\p{{Lu}}{{2,}}")
_PASSAGE = regex.compile(PASSAGE_SRC + r"\s++ngày", regex.I)
_GLUED = regex.compile(r"(?<=\p{Lu}{2})(?=\p{Lu}\p{Ll})")
_NAME = regex.compile(r"(?<![\p{L}])(?:\p{Lu}\p{Ll}++\s++){1,5}+\p{Lu}\p{Ll}++\s*+$")
_DASH = regex.compile(r"^\s*+[-+•]\s*+")
_CELL_SPLIT = regex.compile(r"\s*+\|\s*+")


@cache
def _positions() -> regex.Pattern[str]:
    alts = sorted((r.position for r in load_table(Position)), key=len, reverse=True)
    return regex.compile("(?:" + "|".join(regex.escape(a) for a in alts) + ")")


@cache
def _noise() -> regex.Pattern[str]:
    alts = sorted((r.word for r in load_table(SignatureNoise)), key=len, reverse=True)
    return regex.compile("(?i)(?:" + "|".join(regex.escape(a) for a in alts) + ")")


def find_closing_start(lines: list[Line], lo: int, hi: int) -> int | None:
    """Index of the first closing line in lines[lo:hi] ("Nơi nhận", "KT. ...", a law's passage)."""
    for ln in lines[lo:hi]:
        t = ln.text
        if _NOI_NHAN.match(t) or _PREFIX_LINE.match(t):
            return ln.index
        if _PASSAGE.search(t) and len(t) < 600:
            return ln.index + 1
    return None


def _is_name(t: str) -> bool:
    words = t.split()
    return 2 <= len(words) <= 6 and all(w[:1].isupper() for w in words) and not is_upper(t)


def parse_closing(lines: list[Line], lo: int, hi: int) -> Closing:
    """Read signature and recipients from lines[lo:hi]."""
    recipients: list[str] = []
    sig_cells: list[str] = []
    in_list = False
    for ln in lines[lo:hi]:
        cells: list[str] = []
        text = ln.text
        cuts = sorted({0, len(text), *ln.gaps})
        for a, b in pairwise(cuts):
            cells.extend(c for c in _CELL_SPLIT.split(text[a:b]) if c.strip())
        for cell in cells:
            cell = _EMPHASIS.sub("", cell).strip()
            if not cell or _RULE.fullmatch(cell):
                continue
            m = _NOI_NHAN.match(cell)
            if m:
                in_list = True
                rest = cell[m.end() :].strip()
                if rest:
                    _add_entries(recipients, rest, new=True)
                continue
            if in_list and _DASH.match(cell):
                _add_entries(recipients, cell, new=True)
                continue
            if in_list and recipients and _continuation(cell):
                recipients[-1] = f"{recipients[-1]} {cell.strip()}"
                continue
            sig_cells.append(cell)
    signature = _read_signature(" ".join(sig_cells))
    if signature is None and recipients:
        # Flattened pages run the signature on after the last entry ("- Lưu: VT. BỘ TRƯỞNG Tên").
        last = recipients[-1]
        m = regex.search(r"(?:(?<=[.;)])|^)\s*+[^.;]*?(?=\p{Lu}{2,}[\p{Lu}\s,]*\s\p{Lu}\p{Ll})", last)
        cand = _tail_signature(last)
        if cand is not None:
            signature, cut = cand
            recipients[-1] = last[:cut].strip()
        del m
    recipients = [_clean_entry(r) for r in recipients if _clean_entry(r)]
    return Closing(signature=signature, recipients=recipients)


def _continuation(cell: str) -> bool:
    """A wrapped recipient entry, not signature material."""
    if is_upper(cell) or _PREFIX.match(cell) or _is_name(cell) or _noise().fullmatch(cell.strip()):
        return False
    return any(c.islower() for c in cell)


def _add_entries(out: list[str], text: str, *, new: bool) -> None:
    # Entries collapsed into one cell are "- A; - B."; a dash inside a name ("Cục X - Bộ Y")
    # follows a letter, not punctuation, so it does not split.
    parts = [p for p in _ENTRY_SPLIT.split(text.strip()) if p.strip()]
    out.extend(p.strip() for p in parts)


def _clean_entry(e: str) -> str:
    return e.strip().strip(";,").strip()


def _tail_signature(text: str) -> tuple[Signature, int] | None:
    m = regex.search(r"(?P<pos>(?:\p{Lu}{2,}+[,]?\s++){1,8}+)(?P<name>(?:\p{Lu}\p{Ll}++\s*+){2,5}+)$", text)
    if m is None:
        return None
    sig = _read_signature(text[m.start() :])
    return (sig, m.start()) if sig else None


def _read_signature(s: str) -> Signature | None:
    s = " ".join(_GLUED.sub(" ", s).split())
    if not s:
        return None
    s = _noise().sub(" ", s)
    s = " ".join(s.split())
    name: str | None = None
    m = _NAME.search(s)
    if m and not is_upper(m.group()):
        name = m.group().strip()
        s = s[: m.start()].strip()
    # What precedes the name: authority lines (with prefixes) and the position.
    prefixes = list(_PREFIX.finditer(s))
    authority: list[str] = []
    position: str | None = None
    if prefixes:
        head = s[: prefixes[0].start()].strip()
        for i, p in enumerate(prefixes):
            end = prefixes[i + 1].start() if i + 1 < len(prefixes) else len(s)
            authority.append(s[p.start() : end].strip())
        last = authority[-1]
        # The position is the last known position phrase after the last prefix's own title.
        body = last[_PREFIX.match(last).end() :] if _PREFIX.match(last) else last
        pos_matches = list(_positions().finditer(body))
        if len(pos_matches) >= 2 or (pos_matches and pos_matches[-1].start() > 0):
            pm = pos_matches[-1]
            # Prefer the longest position phrase that ends the string ("PHÓ CHỦ NHIỆM").
            tail = body[pm.start() :].strip()
            for alt in _positions().finditer(body):
                if body[alt.start() :].strip() == tail or alt.end() == len(body.rstrip()):
                    if alt.start() < pm.start() and fold(body[alt.start() :]).endswith(fold(tail)):
                        pm = alt
                        break
            position = body[pm.start() :].strip(" ,")
            authority[-1] = last[: len(last) - len(body) + pm.start()].strip(" ,")
        if head and is_upper(head) and not position:
            position = head
    else:
        up = s.strip(" ,.;:")
        if up and is_upper(up):
            position = up
        elif up:
            runs = _UPPER_TAIL.findall(up)
            position = runs[-1].strip(" ,") if runs else None
    if not name and not position:
        return None
    if position and len(position) > 120:
        return None
    return Signature(authority_lines=[a for a in authority if a], position=position or None, name=name)
