"""The metadata prelude that legal portals print before a document ("Số hiệu ...")."""

from __future__ import annotations

from functools import cache

import regex

from vnlegal.data import MetadataKey, load_table
from vnlegal.lang import rx
from vnlegal.lang.fold import fold
from vnlegal.lang.patterns import MOTTO_ANY
from vnlegal.lines import Line

# Other lines allowed above the prelude (a page title, a date) and between its lines (values
# wrapped over a line): more than that and the key line found is the document's own text.
_GAP_ABOVE = 8
_GAP_IN = 3


@cache
def issuer_keys() -> frozenset[str]:
    """Folded prelude keys whose value names the issuing body ("Cơ quan ban hành")."""
    return frozenset(fold(r.key) for r in load_table(MetadataKey) if r.meaning == "issuer")


@cache
def _metadata_keys() -> regex.Pattern[str]:
    keys = sorted((r.key for r in load_table(MetadataKey)), key=len, reverse=True)
    alt = "|".join(regex.escape(k) for k in keys)
    return rx.compile(rf"(?:^|(?<=\s))(?:-\s*+)?(?P<key>{alt})(?=\s|:|$)\s*+:?\s*+", regex.I)


def parse_prelude(lines: list[Line], limit: int) -> tuple[dict[str, str], int]:
    """Portal metadata lines near the top -> (metadata, index of the last prelude line + 1)."""
    meta: dict[str, str] = {}
    last = -1
    pat = _metadata_keys()
    other = 0  # lines that are no prelude line since the last one (or the top)
    for ln in lines[:limit]:
        # The prelude is printed above the document: at its motto it is over, and a body line
        # such as "Ký hiệu: QCVN 28:2026/BCT" further down is the document's own text.
        if MOTTO_ANY.search(ln.text):
            break
        # A prelude line starts with a key (within its first three characters): three anchored
        # attempts settle most lines without scanning them whole.
        if not any(pat.match(ln.text, k) for k in range(min(3, len(ln.text)))):
            if ln.text.strip():
                other += 1
                if other > (_GAP_IN if last >= 0 else _GAP_ABOVE):
                    break
            continue
        other = 0
        hits = list(pat.finditer(ln.text))
        for i, m in enumerate(hits):
            end = hits[i + 1].start() if i + 1 < len(hits) else len(ln.text)
            key = ln.text[m.start("key") : m.end("key")]
            meta.setdefault(key, ln.text[m.end() : end].strip())
        last = ln.index
    return meta, last + 1
