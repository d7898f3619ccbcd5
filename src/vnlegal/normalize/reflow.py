"""Flattened documents: a copy that lost its line breaks (header, body and lists on one line)
gets them back.

``reflow_edits`` is one of the finders ``vnlegal.normalize.repair`` runs; it proposes ``Edit``s on normalized
text and changes only spaces into newlines.
"""

from __future__ import annotations

from vnlegal.lang import rx, syllables
from vnlegal.lang.patterns import MOTTO_ANY_SRC, RECIPIENTS_SRC
from vnlegal.normalize.edits import Edit
from vnlegal.normalize.tone_repair import DETACHED

_FLAT_MIN = 500
_HEADER_SIGNS = rx.compile(rf"(?i){MOTTO_ANY_SRC}|kính\s++gửi|(?<!\p{{L}})số\s*+:")
_BREAK = rx.compile(
    r"(?P<sp> )(?="
    rf"(?:Kính[ ]gửi|(?i:{RECIPIENTS_SRC}))[ ]?:"
    r"|(?:[IVX]{1,5}+|\d{1,2}+(?:\.\d{1,2}+)?+)\.[ ]\p{Lu}"
    r"|[a-zđ]\)[ ]\p{Lu}"
    r"|[-+•][ ]\p{Lu}"
    r"|\p{Lu}\p{Ll}*+[ ,]"
    r")"
)
_STOP_BEFORE = rx.compile(r"[.:;][ ]*+$")


def reflow_edits(text: str) -> tuple[list[Edit], str | None]:
    """A document flattened onto one line (header, body and lists) gets line breaks back before
    "Kính gửi:", "Nơi nhận:", section and item labels, points, bullets and sentences.

    Only when one line holds most of the document including its header, so an ordinary long
    paragraph with an inline list is never split. A space becomes a newline: no offset moves."""
    if len(text) < _FLAT_MIN:
        return [], None
    longest = max(text.split("\n"), key=len)
    longest_len = len(longest)
    if longest_len < _FLAT_MIN or longest_len < 0.8 * len(text.strip()):
        return [], None
    longest_start = text.find(longest)
    if longest_len < _FLAT_MIN or longest_len < 0.8 * len(text.strip()):
        return [], None
    stop = longest_start + longest_len
    if _HEADER_SIGNS.search(text, longest_start, min(stop, longest_start + 400)) is None:
        return [], None
    edits: list[Edit] = []
    for m in _BREAK.finditer(text, longest_start, stop):
        before = _skip_marks(text[max(longest_start, m.start() - 40) : m.start()])
        after = text[m.end() : m.end() + 12]
        if after[:1].isupper() and not after.startswith(("Kính", "Nơi")) and not _label(after):
            # a sentence start: only after a full stop that ends a word, not an abbreviation
            # and not a label ("1. Đối với ...")
            if not before.endswith(".") or _abbreviation(before) or _LABEL_END.search(before):
                continue
        elif not _STOP_BEFORE.search(before) and not after.startswith(("Kính", "Nơi")):
            continue
        edits.append(Edit(m.start("sp"), m.end("sp"), "\n"))
    if len(edits) < 3:
        return [], None
    return edits, f"document flattened onto one line: {len(edits)} line break(s) restored"


def _skip_marks(s: str) -> str:
    """``s`` without detached tone marks and the spaces around them (they are being removed)."""
    result: str = DETACHED.sub("", s)
    return result.rstrip(" ")


_LABEL = rx.compile(r"(?:[IVX]{1,5}+|\d{1,2}+(?:\.\d{1,2}+)?+)\.[ ]|[a-zđ]\)[ ]|[-+•][ ]")


_LABEL_END = rx.compile(r"(?:^|[ ])(?:[IVX]{1,5}+|\d{1,2}+(?:\.\d{1,2}+)?+)\.$")


def _label(s: str) -> bool:
    return _LABEL.match(s) is not None


def _abbreviation(before: str) -> bool:
    """True when the full stop at the end of ``before`` closes an abbreviation ("TP.", "KT.",
    "ThS.", "Q."), not a sentence ("Đào tạo.", "04/11/2010.")."""
    words = before[:-1].split()
    if not words:
        return True
    letters = "".join(c for c in words[-1] if c.isalpha())
    if not letters:
        return False
    if len(letters) == 1:
        return True
    return len(letters) <= 4 and (letters.isupper() or not syllables.is_syllable(letters))
