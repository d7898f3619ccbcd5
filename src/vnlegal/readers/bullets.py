"""Bullets drawn with symbol fonts, made plain dashes: shared by the DOCX, PDF and HTML readers."""

from __future__ import annotations

from vnlegal.lang import rx

# Bullets drawn with symbol fonts come out as private-use code points (U+F0B7 from Symbol,
# U+F0A7 / U+F0D8 from Wingdings) or as look-alike punctuation; at a line start they are a
# dash bullet for the outline stage.
_LEAD_BULLET = rx.compile(
    r"(?m)^(?P<pad>[ \t]*+)(?:[\ue000-\uf8ff]|[·∙⁃■□♦❖➢➤✔✗Ø§ü])(?=[ \t]|$)"
)
# The look-alikes of the pattern above, for ``may_lead_bullet`` (keep the two in step).
_LOOK_ALIKES = frozenset("·∙⁃■□♦❖➢➤✔✗Ø§ü")


def lead_bullet(text: str) -> str:
    """``text`` with a symbol-font bullet at the start of a line replaced by "-"."""
    result: str = _LEAD_BULLET.sub(r"\g<pad>-", text)
    return result


def may_lead_bullet(first: str) -> bool:
    """Whether a line whose first character is ``first`` (not a space or tab) may start with a
    bullet ``lead_bullet`` replaces: a caller with one stripped line skips the pattern when not."""
    return "\ue000" <= first <= "\uf8ff" or first in _LOOK_ALIKES
