"""Split the lines after the header into main body, closing and attachments."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise

import regex

from vnlegal.data import Position, load_table
from vnlegal.lang import rx
from vnlegal.lang.patterns import APPENDIX_LINE, ATTACHED_LINE, REPUBLIC
from vnlegal.layout.closing import find_closing_start, is_seal_note, is_signer_line
from vnlegal.lines import Line

_TEMPLATE = rx.compile(r"(?i)^[\s|*#]*+(?:mẫu|biểu)\s++(?:số\s*+)?[\dIVX]")
_DASH = rx.compile(r"^\s*+[-+•]")


@dataclass
class Layout:
    """Line ranges (half-open, indices into the line list) of the document's parts."""

    body: tuple[int, int]
    closing: tuple[int, int] | None
    attachments: list[tuple[int, int]] = field(default_factory=list)
    templates: list[int | None] = field(default_factory=list)
    """Per attachment: document offset where model forms begin (their text is not structure)."""


def _name_like(t: str) -> bool:
    words = t.split()
    return 2 <= len(words) <= 6 and all(w[:1].isupper() for w in words)


def _heading_start(lines: list[Line], k: int, floor: int) -> int:
    """Walk up from a "(Kèm theo ...)" line over the heading and header lines above it."""
    i = k
    taken = 0
    while i - 1 > floor and taken < 9:
        t = lines[i - 1].text.strip(" |*")
        if not t:
            i -= 1
            continue
        if _DASH.match(t) or (_name_like(t) and not REPUBLIC.search(t) and not t.isupper()):
            break
        if len(t) > 160 or (t.endswith((".", ";")) and not t.isupper()):
            break
        i -= 1
        taken += 1
        if APPENDIX_LINE.match(t):
            break
    return i


@cache
def _position_line() -> regex.Pattern[str]:
    """A line holding only a position that signs at a document's tail (positions.tsv, column
    tail), and more capitals after it ("BỘ TRƯỞNG", "PHÓ CHỦ TỊCH THƯỜNG TRỰC")."""
    alts = sorted((r.position for r in load_table(Position) if r.tail), key=len, reverse=True)
    # Words may be spaced out or broken over a line join: any whitespace run between them.
    words = "|".join(r"\s++".join(regex.escape(w) for w in a.split()) for a in alts)
    return rx.compile(rf"^[\s|*]*+(?:{words})[\p{{Lu}}\s,]*+$")


def _tail_signature(lines: list[Line], lo: int, hi: int) -> int | None:
    """A signature at the very end with neither "Nơi nhận" nor a prefix ("BỘ TRƯỞNG" / name)."""
    seen = 0
    tail = [ln for ln in lines[lo:hi] if ln.text.strip(" |")][-4:]
    named = _name_only_tail(tail)
    if named is not None:
        return named
    for ln in reversed(lines[lo:hi]):
        if not ln.text.strip(" |"):
            continue
        seen += 1
        if seen > 5:
            return None
        if _position_line().match(ln.text):
            after = [x.text for x in lines[ln.index + 1 : hi] if x.text.strip(" |")]
            # Only a name (and seal notes) may follow a signature's position line.
            return ln.index if all(len(a) < 60 for a in after) else None
    return None


def _name_only_tail(tail: list[Line]) -> int | None:
    """A signature that is only the signer's name after the last sentence ("... thi hành
    Quyết định này." / "Tố Hữu" / "(Đã ký)"), as old decrees and portal copies print it: the
    index of the name line, or None."""
    while tail and is_seal_note(tail[-1].text):
        tail = tail[:-1]
    if len(tail) < 2 or not is_signer_line(tail[-1].text):
        return None
    before = tail[-2].text.rstrip(" |*")
    return tail[-1].index if before.endswith((".", "./.", ":")) and not before.isupper() else None


def split_layout(lines: list[Line], body_start: int) -> Layout:
    """Find where the main body ends, the closing, and each attachment."""
    n = len(lines)
    cstart = find_closing_start(lines, body_start, n)
    search_from = cstart if cstart is not None else body_start
    starts: list[int] = []
    in_template = False
    for ln in lines[search_from:n]:
        i = ln.index
        t = ln.text
        if APPENDIX_LINE.match(t) and not (starts and i - starts[-1] <= 2):
            starts.append(i)
            in_template = False
        elif _TEMPLATE.match(t) and starts:
            in_template = True
        elif ATTACHED_LINE.match(t) and not in_template and (cstart is not None or starts):
            h = _heading_start(lines, i, max(search_from, starts[-1] if starts else search_from))
            if not starts or h > starts[-1] + 3:
                starts.append(h)
    if cstart is None:
        end = starts[0] if starts else n
        cstart = _tail_signature(lines, body_start, end)
    body_end = cstart if cstart is not None else (starts[0] if starts else n)
    closing_end = starts[0] if starts else n
    layout = Layout(
        body=(body_start, body_end), closing=(cstart, closing_end) if cstart is not None else None
    )
    bounds = [*starts, n]
    for a, b in pairwise(bounds):
        layout.attachments.append((a, b))
        tpl = next((ln.start for ln in lines[a:b] if _TEMPLATE.match(ln.text)), None)
        layout.templates.append(tpl)
    return layout
