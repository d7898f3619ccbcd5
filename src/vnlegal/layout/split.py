"""Split the lines after the header into main body, closing and attachments."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

import regex

from vnlegal.layout.closing import find_closing_start
from vnlegal.lines import Line

_PHU_LUC = regex.compile(r"(?i)^[\s|*#]*+phụ\s++lục\b")
_KEM_THEO = regex.compile(r"(?i)^[\s|*(]*+(?:được\s++)?(?:ban\s++hành\s++)?kèm\s++theo\b")
_TEMPLATE = regex.compile(r"(?i)^[\s|*#]*+(?:mẫu|biểu)\s++(?:số\s*+)?[\dIVX]")
_MOTTO = regex.compile(r"(?i)cộng\s*+h[oòó]à?\s++xã\s++hội\s++chủ\s++nghĩa")
_DASH = regex.compile(r"^\s*+[-+•]")
_POSITION_LINE = regex.compile(
    r"^[\s|*]*+(?:PHÓ\s++)?(?:CHỦ\s++TỊCH|BỘ\s++TRƯỞNG|THỦ\s++TƯỚNG|GIÁM\s++ĐỐC|"
    r"THỨ\s++TRƯỞNG|CHỦ\s++NHIỆM|TRƯỞNG\s++BAN|CỤC\s++TRƯỞNG|VỤ\s++TRƯỞNG|"
    r"CHÁNH\s++VĂN\s++PHÒNG|TỔNG\s++GIÁM\s++ĐỐC)[\p{Lu}\s,]*+$"
)


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
        if _DASH.match(t) or (_name_like(t) and not _MOTTO.search(t) and not t.isupper()):
            break
        if len(t) > 160 or (t.endswith((".", ";")) and not t.isupper()):
            break
        i -= 1
        taken += 1
        if _PHU_LUC.match(t):
            break
    return i


def _tail_signature(lines: list[Line], lo: int, hi: int) -> int | None:
    """A signature at the very end with neither "Nơi nhận" nor a prefix ("BỘ TRƯỞNG" / name)."""
    seen = 0
    for ln in reversed(lines[lo:hi]):
        if not ln.text.strip(" |"):
            continue
        seen += 1
        if seen > 5:
            return None
        if _POSITION_LINE.match(ln.text):
            after = [x.text for x in lines[ln.index + 1 : hi] if x.text.strip(" |")]
            # Only a name (and seal notes) may follow a signature's position line.
            return ln.index if all(len(a) < 60 for a in after) else None
    return None


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
        if _PHU_LUC.match(t) and not (starts and i - starts[-1] <= 2):
            starts.append(i)
            in_template = False
        elif _TEMPLATE.match(t) and starts:
            in_template = True
        elif _KEM_THEO.match(t) and not in_template and (cstart is not None or starts):
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
