"""Bullets drawn with symbol fonts, made plain dashes: shared by the DOCX, PDF and HTML readers."""

from __future__ import annotations

from vnlegal.lang import rx

# Bullets drawn with symbol fonts come out as private-use code points (U+F0B7 from Symbol,
# U+F0A7 / U+F0D8 from Wingdings) or as look-alike punctuation; at a line start they are a
# dash bullet for the outline stage.
_LEAD_BULLET = rx.compile(
    r"(?m)^(?P<pad>[ \t]*+)(?:[\ue000-\uf8ff]|[·∙⁃■□♦❖➢➤✔✗Ø§ü])(?=[ \t]|$)"
)


def lead_bullet(text: str) -> str:
    """``text`` with a symbol-font bullet at the start of a line replaced by "-"."""
    result: str = _LEAD_BULLET.sub(r"\g<pad>-", text)
    return result
