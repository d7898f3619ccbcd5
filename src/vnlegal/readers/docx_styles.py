"""DOCX styles: the paragraph and character styles of ``styles.xml``, resolved through
``basedOn``, and the on/off property flags (bold, caps, hidden) read the way Word reads them.

Shared by the body pass of the reader (:mod:`vnlegal.readers.docx_body`), which asks which
styles hide, upper-case, embolden or center their text and which carry numbering.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from vnlegal.readers.numbering import W, int_val

VAL = f"{W}val"
"""The ``w:val`` attribute: the value of most WordprocessingML properties."""
FALSE = ("0", "false", "off", "none")
"""Values of ``w:val`` that turn an on/off property off (any other value, or none, is on)."""


@dataclass
class _Style:
    based_on: str | None
    bold: bool | None
    caps: bool | None
    hidden: bool | None
    centered: bool | None
    num_id: str | None
    ilvl: int | None


def flag(rpr: Any, name: str) -> bool | None:
    """On/off property ``name`` (b, caps, vanish) of properties ``rpr``: None when not set."""
    el = rpr.find(f"{W}{name}") if rpr is not None else None
    if el is None:
        return None
    return (el.get(VAL) or "true").lower() not in FALSE


class Styles:
    """Paragraph and character styles of a document, resolved through ``basedOn``."""

    def __init__(self, root: Any | None) -> None:
        self._raw: dict[str, _Style] = {}
        self.default_para = ""
        if root is None:
            return
        for st in root.iterfind(f"{W}style"):
            sid = st.get(f"{W}styleId") or ""
            based = st.find(f"{W}basedOn")
            rpr = st.find(f"{W}rPr")
            ppr = st.find(f"{W}pPr")
            num = ppr.find(f"{W}numPr") if ppr is not None else None
            jc = ppr.find(f"{W}jc") if ppr is not None else None
            self._raw[sid] = _Style(
                based_on=based.get(VAL) if based is not None else None,
                bold=flag(rpr, "b"),
                caps=flag(rpr, "caps"),
                hidden=flag(rpr, "vanish"),
                centered=(jc.get(VAL) == "center") if jc is not None else None,
                num_id=num.find(f"{W}numId").get(VAL)
                if num is not None and num.find(f"{W}numId") is not None
                else None,
                ilvl=int_val(num.find(f"{W}ilvl")) if num is not None else None,
            )
            if st.get(f"{W}type") == "paragraph" and (st.get(f"{W}default") or "").lower() in ("1", "true"):
                self.default_para = sid

    def _get(self, sid: str, attr: str) -> Any:
        """``attr`` of a style, inherited through ``basedOn``."""
        seen: set[str] = set()
        cur: str | None = sid
        while cur and cur in self._raw and cur not in seen and len(seen) < 20:
            seen.add(cur)
            value = getattr(self._raw[cur], attr)
            if value is not None:
                return value
            cur = self._raw[cur].based_on
        return None

    def with_flag(self, attr: str) -> frozenset[str]:
        """Ids of the styles where ``attr`` (bold, caps, hidden, centered) is true."""
        return frozenset(sid for sid in self._raw if self._get(sid, attr))

    def numbering(self, sid: str) -> tuple[str | None, int | None]:
        """(numId, ilvl) a paragraph style carries."""
        return self._get(sid, "num_id"), self._get(sid, "ilvl")

    def all_numbering(self) -> dict[str, tuple[str | None, int | None]]:
        """numPr of every style, for numbering-style links."""
        return {sid: self.numbering(sid) for sid in self._raw}
