"""VIQR: Vietnamese written in ASCII with each mark after its vowel ("Vie^.t"), to and from NFC.

Mail and old web pages typed Vietnamese this way before Unicode. ``decode_viqr`` turns such text
into NFC Unicode and ``encode_viqr`` writes it back, escaping literal marks so that the round trip
is exact. Whether a text is VIQR at all is decided in ``vnlegal.readers.legacy.detect``.

The codec table is ``data/viqr.tsv``.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

import regex

from vnlegal.data import ViqrMark, load_table
from vnlegal.lang import rx, syllables


@dataclass(frozen=True)
class _Viqr:
    shapes: dict[str, tuple[str, str]]  # mark -> (combining char, vowels it follows)
    tones: dict[str, str]
    letters: dict[str, str]
    pattern: regex.Pattern[str]


@cache
def _viqr() -> _Viqr:
    shapes: dict[str, tuple[str, str]] = {}
    tones: dict[str, str] = {}
    letters: dict[str, str] = {}
    for row in load_table(ViqrMark):
        value = chr(int(row.unicode[2:], 16)) if row.unicode.startswith("U+") else row.unicode
        if row.kind == "shape":
            shapes[row.viqr] = (value, row.vowels)
        elif row.kind == "tone":
            tones[row.viqr] = value
        else:
            letters[row.viqr] = value
    sh = regex.escape("".join(shapes))
    to = regex.escape("".join(tones))
    pattern = rx.compile(
        rf"\\(?P<lit>[{sh}{to}\\dD])"
        rf"|(?P<dd>DD|(?<![\p{{L}}])[dD]d(?=[aeiouyAEIOUY]|[^\p{{L}}]|$))"
        rf"|(?P<v>[aeiouyAEIOUY])(?P<shape>[{sh}])?+(?P<tone>[{to}])?+"
    )
    return _Viqr(shapes, tones, letters, pattern)


def decode_viqr(text: str) -> str:
    """VIQR text ("Co^.ng ho`a xa~ ho^.i") -> NFC text ("Cộng hòa xã hội").

    Text that escapes its literal marks ("ha\\.") is read strictly: every other mark after a
    vowel is a diacritic. Text that never escapes reads a "." or "?" at the end of a word as
    punctuation where a sentence could end (end of line, a capital next)."""
    q = _viqr()
    strict = "\\." in text or "\\?" in text

    def sub(m: regex.Match[str]) -> str:
        lit: str | None = m.group("lit")
        if lit:
            return lit
        dd: str | None = m.group("dd")
        if dd:
            return q.letters["dd"] if dd == "dd" else q.letters["DD"]
        v: str = m.group("v")
        shape: str | None = m.group("shape")
        tone: str | None = m.group("tone")
        out = v
        used = m.end("v")
        if shape:
            comb, vowels = q.shapes[shape]
            if v.lower() not in vowels:
                return v + shape + (tone or "")
            out += comb
            used = m.end("shape")
        if tone and (strict or _viqr_tone_is_mark(m.string, m.start("v"), m.end("tone"), q.tones[tone], out)):
            out += q.tones[tone]
            used = m.end("tone")
        rest: str = m.string[used : m.end()]
        return unicodedata.normalize("NFC", out) + rest

    return unicodedata.normalize("NFC", q.pattern.sub(sub, text))


_VIQR_WORD = frozenset("^(+`'?~.")


def _viqr_tone_is_mark(text: str, start: int, end: int, tone: str, vowel: str) -> bool:
    """A "." or "?" after a vowel is a tone mark inside a word, before a comma or a lowercase
    word, or between two capitalised words ("Thu? Da^`u Mo^.t"); not when the syllable already
    has its tone; where a sentence could end, only when the toned syllable is clearly more common
    than the bare one ("CHU? NGHI~A", "Bo^. Y te^'")."""
    ch = text[end - 1]
    if ch not in ".?":
        return True
    a = start
    while a > 0 and text[a - 1].isascii() and (text[a - 1].isalpha() or text[a - 1] in _VIQR_WORD):
        a -= 1
    prefix = text[a:start]
    if any(c in "`'?~." for c in prefix):
        return False
    if end < len(text) and (text[end].isalpha() or text[end] in ",;:)"):
        return True
    k = end
    while k < len(text) and text[k] == " ":
        k += 1
    if end < k < len(text) and (text[k].islower() or (text[k].isupper() and (prefix or vowel)[:1].isupper())):
        return True
    bare = decode_viqr(prefix) + vowel if prefix else vowel
    toned = syllables.place_tone(unicodedata.normalize("NFC", bare), tone)
    return syllables.commonness(toned) > syllables.commonness(bare) + 1.0


def encode_viqr(text: str) -> str:
    """NFC ``text`` -> VIQR, escaping a literal mark character after a vowel ("ha\\.") and a
    literal "dd" at the start of a word ("d\\dawwcj"), so that ``decode_viqr`` gives it back."""
    q = _viqr()
    shape_mark = {comb: mark for mark, (comb, _) in q.shapes.items()}
    tone_mark = {comb: mark for mark, comb in q.tones.items()}
    marks = set(shape_mark.values()) | set(tone_mark.values())
    src = unicodedata.normalize("NFC", text)
    out: list[str] = []
    after_vowel = False
    for i, ch in enumerate(src):
        if ch in ("đ", "Đ"):
            out.append("dd" if ch == "đ" else "DD")
            after_vowel = False
            continue
        d = unicodedata.normalize("NFD", ch)
        if d[0] in "aeiouyAEIOUY" and all(c in shape_mark or c in tone_mark for c in d[1:]):
            out.append(d[0])
            out += [shape_mark[c] for c in d[1:] if c in shape_mark]
            out += [tone_mark[c] for c in d[1:] if c in tone_mark]
            after_vowel = True
            continue
        if ch == "\\" or (after_vowel and ch in marks):
            out.append("\\" + ch)
        elif _literal_dd(src, i):
            out.append("\\" + ch)  # a "d" that must not pair with the next one into đ
        else:
            out.append(ch)
        after_vowel = False
    return "".join(out)


def _literal_dd(src: str, i: int) -> bool:
    """True when the "d"/"D" at ``src[i]`` is followed by a letter d/đ, so that its VIQR form
    could be read as part of a "dd"/"DD" (đ/Đ): it is then escaped."""
    return src[i] in "dD" and src[i + 1 : i + 2] in ("d", "D", "đ", "Đ")
