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
from typing import Literal

import regex

from vnlegal.data import Position, SignatureNoise, load_table
from vnlegal.lang import rx
from vnlegal.lang.fold import fold
from vnlegal.lang.patterns import NATION, PASSAGE_SRC, RECIPIENTS_SRC, SIGNING_PREFIX_SRC
from vnlegal.lines import Line, is_upper
from vnlegal.model import Closing, Signature

_EMPHASIS = rx.compile(r"[*_]{1,3}+")
_RULE = rx.compile(r"[-:\s]++")
_ENTRY_SPLIT = rx.compile(r"(?:^|(?<=[;.,:)])|^\s)\s*+[-+•]\s++")
_UPPER_TAIL = rx.compile(r"(?:\p{Lu}{2,}+[,]?\s*+)++$")
_NOI_NHAN = rx.compile(rf"^[\s|*_]*+{RECIPIENTS_SRC}\s*+:?[*_]*+\s*+", regex.I)
_PREFIX = rx.compile(rf"(?<![\p{{L}}]){SIGNING_PREFIX_SRC}\s*+(?=\p{{Lu}})")
_PREFIX_LINE = rx.compile(rf"^[\s|*]*+{SIGNING_PREFIX_SRC}\s*+\p{{Lu}}{{2,}}")
_PASSAGE = rx.compile(PASSAGE_SRC + r"\s++ngày", regex.I)
_GLUED = rx.compile(r"(?<=\p{Lu}{2})(?=\p{Lu}\p{Ll})")
# A signer's name anywhere: two to six words each capitalised and not in capitals ("Lê Quốc
# Hùng", "Tố Hữu", "Nguyễn Văn A"), standing alone (not the start of a longer word run in a
# sentence), and on one line: the next cell ("Mẫu 01") is never part of it.
_NAME_IN = rx.compile(
    r"(?<![\p{L}\p{N}])\p{Lu}\p{Ll}++(?:[ ]++\p{Lu}\p{Ll}*+(?![\p{L}\p{N}])){1,5}+(?![ ]++\p{Ll})"
)
# Two words in capitals at a cell's start: a position, whatever follows it.
_UPPER_OPENING = rx.compile(r"^\p{Lu}{2,}+\s++\p{Lu}{2,}+(?:\s|$)")
_PREFIX_ALONE = rx.compile(SIGNING_PREFIX_SRC)
_DASH = rx.compile(r"^\s*+[-+•]\s*+")
# The typist's file name printed under the list ("d:\2011\CV\Bau cho ...", "D\2017\CVUB\..."):
# a drive or folder and a backslash; neither recipient nor signature.
_FILE_PATH = rx.compile(r"^[A-Za-z]:?\\[^\s\\]")
_FORM_START = rx.compile(r"(?i)^(?:mẫu|biểu|phụ\s++lục)\s++(?:số\s*+)?[\dIVX]")
_CELL_SPLIT = rx.compile(r"\s*+\|\s*+")


@cache
def _positions() -> regex.Pattern[str]:
    alts = sorted((r.position for r in load_table(Position)), key=len, reverse=True)
    return rx.compile("(?:" + "|".join(regex.escape(a) for a in alts) + ")")


@cache
def _noise() -> regex.Pattern[str]:
    alts = sorted((r.word for r in load_table(SignatureNoise)), key=len, reverse=True)
    return rx.compile("(?i)(?:" + "|".join(regex.escape(a) for a in alts) + ")")


def find_closing_start(lines: list[Line], lo: int, hi: int) -> int | None:
    """Index of the first closing line in lines[lo:hi] ("Nơi nhận", "KT. ...", a law's passage)."""
    for ln in lines[lo:hi]:
        t = ln.text
        if _NOI_NHAN.match(t) or _PREFIX_LINE.match(t):
            return ln.index
        if _PASSAGE.search(t) and len(t) < 600:
            return ln.index + 1
    return None


def is_signer_line(t: str) -> bool:
    """A line holding only a signer's name ("Tố Hữu", "Nguyễn Văn A"), a seal note around it
    allowed ("Tố Hữu (Đã ký)")."""
    core = " ".join(_noise().sub(" ", t).split())
    m = _NAME_IN.fullmatch(core)
    return m is not None and len(core) <= 40


def is_seal_note(t: str) -> bool:
    """A line that is only a seal or signing note ("(Đã ký)", "(Ký tên, đóng dấu)")."""
    return bool(t.strip()) and _noise().fullmatch(t.strip()) is not None


def _is_name(t: str) -> bool:
    words = t.split()
    return 2 <= len(words) <= 6 and all(w[:1].isupper() for w in words) and not is_upper(t)


def parse_closing(lines: list[Line], lo: int, hi: int) -> Closing:
    """Read signature and recipients from lines[lo:hi]."""
    recipients: list[str] = []
    sig_cells: list[str] = []
    in_list = False
    signed = False  # the signer's name has been read
    for ln in lines[lo:hi]:
        if signed and _after_closing(ln.text, in_list):
            # An attached form the layout stage did not cut off ("Mẫu 01", its own motto and
            # "Nơi nhận"): its lists and positions are not this document's.
            break
        cells: list[str] = []
        text = ln.text
        cuts = sorted({0, len(text), *ln.gaps})
        for a, b in pairwise(cuts):
            cells.extend(c for c in _CELL_SPLIT.split(text[a:b]) if c.strip())
        for cell in cells:
            cell = _EMPHASIS.sub("", cell).strip()
            if not cell or _RULE.fullmatch(cell) or _FILE_PATH.match(cell):
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
            how = _list_cell(cell, recipients[-1]) if in_list and recipients else None
            if how == "merge":
                recipients[-1] = f"{recipients[-1]} {cell.strip()}"
                continue
            sig_cells.append(cell)
            signed = signed or (len(sig_cells) > 1 and is_signer_line(cell))
    signature = _read_signature("\n".join(sig_cells))
    if signature is None and recipients:
        # Flattened pages run the signature on after the last entry ("- Lưu: VT. BỘ TRƯỞNG Tên").
        last = recipients[-1]
        cand = _tail_signature(last)
        if cand is not None:
            signature, cut = cand
            recipients[-1] = last[:cut].strip()
    recipients = [_clean_entry(r) for r in recipients if _clean_entry(r)]
    return Closing(signature=signature, recipients=recipients)


def _after_closing(text: str, listed: bool) -> bool:
    """A line that opens something after the signature: a form ("Mẫu số 01", "Biểu 02"), a new
    motto block, a second "Nơi nhận" (a joint document prints its list after all signatures,
    so a first one still belongs to it)."""
    t = _EMPHASIS.sub("", text).strip(" |")
    return bool(_FORM_START.match(t) or NATION.match(t) or (listed and _NOI_NHAN.match(t)))


def _list_cell(cell: str, previous: str) -> Literal["merge"] | None:
    """How a cell without a dash relates to the list: "merge" (a wrapped entry goes on; a line
    without its own dash belongs to the dash entry above it, even after a ";"), or None
    (signature material).

    Capitals, a signing prefix, a name or a seal note are signature material; so is a cell
    opening with two words in capitals ("BỘ TRƯỞNG CHÁNH VĂN PHÒNG Nguyễn Đức Tâm"), and
    anything after an entry closed by "." (the list's last entry, "Lưu: VT, ...")."""
    if is_upper(cell) or _PREFIX.match(cell) or _is_name(cell) or _noise().fullmatch(cell.strip()):
        return None
    if _UPPER_OPENING.match(cell) or _PREFIX_ALONE.fullmatch(cell.strip()):
        return None
    if not any(c.islower() for c in cell):
        return None
    if previous.rstrip().endswith("."):
        return None
    return "merge"


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


def _first_block(s: str) -> tuple[str, str | None]:
    """The first signature block of ``s``: (the text before its name, the name or None).

    A block opens at the first signing prefix or position and ends with the first name after
    it. What follows belongs to co-signers of a joint document or to forms attached after the
    signature (their own "CỘNG HÒA ..." headers and positions), never to this signer."""
    opens = [m.start() for m in (_PREFIX.search(s), _positions().search(s)) if m is not None]
    start = min(opens) if opens else 0
    m = _NAME_IN.search(s, start)
    if m is not None:
        return s[: m.start()].strip(), m.group().strip()
    nation = NATION.search(s, start)
    return (s[: nation.start()] if nation else s).strip(), None


def _read_signature(s: str) -> Signature | None:
    """The signature in ``s``, the signature cells one per line."""
    lines = (" ".join(_noise().sub(" ", _GLUED.sub(" ", c)).split()) for c in s.split("\n"))
    s = "\n".join(c for c in lines if c)
    if not s:
        return None
    s, name = _first_block(s)
    s = " ".join(s.split())
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
