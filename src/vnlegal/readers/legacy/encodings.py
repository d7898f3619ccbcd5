"""Legacy Vietnamese byte encodings: TCVN3 (TCVN 5712:1993) and VNI-Windows.

Archived documents from before Unicode were typed with ".VnTime" fonts (TCVN3, one byte per
letter) or "VNI-Times" fonts (a base letter plus a modifier byte). Their bytes are not UTF-8, and
when a program reads them as Windows-1252 the result is mojibake such as "Céng hoµ x· héi chñ
nghÜa" (TCVN3) or "Coäng hoøa xaõ hoäi" (VNI). This module decodes both, from the bytes or from
such Windows-1252 text, into NFC Unicode, and encodes Unicode back into them.

VIQR (ASCII marks after the vowel) is ``viqr`` beside this module; which reading a text needs
is decided in ``detect``. The codec tables are ``data/tcvn3.tsv`` and ``data/vni.tsv``.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass
from functools import cache

import regex

from vnlegal.data import Tcvn3Byte, VniLetter, load_table
from vnlegal.lang import rx, syllables

WORD = rx.compile(r"\p{L}[\p{L}\p{M}]*+")

# cp1252 with the five undefined bytes read as Latin-1 (C1 controls), so every byte decodes and
# every character of the result encodes back to the same byte.
_CP1252_TABLE = "".join(
    bytes([b]).decode("cp1252") if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(b) for b in range(256)
)
_CP1252_BYTE = {ch: b for b, ch in enumerate(_CP1252_TABLE)}
CP1252_ENCODING = codecs.charmap_build(_CP1252_TABLE)

# Windows-1252 punctuation that shares a byte with a TCVN3 capital (… ‘ ’ “ ” • – —): read as
# punctuation unless it sits inside a Vietnamese word.
_PUNCT_BYTES = frozenset((0x85, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97))


def read_cp1252(data: bytes) -> str:
    """``data`` as Windows-1252, the five undefined bytes as C1 controls (never fails)."""
    text: str = codecs.charmap_decode(data, "strict", _CP1252_TABLE)[0]
    return text


# --- TCVN3 -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Tcvn3:
    # cp1252 character (as the byte reads in Windows-1252) -> TCVN3 character
    from_cp1252: dict[int, str]
    # TCVN3 capitals that share their byte with punctuation or a control: capital -> that reading
    ambiguous: dict[str, str]
    punct: frozenset[str]
    # The other readings of those bytes: Windows-1252 symbols and C0 controls
    rare: frozenset[str]
    # Unicode character -> TCVN3 byte, for the encoder
    to_byte: dict[str, int]
    lower_only: frozenset[str]


@cache
def _tcvn3() -> _Tcvn3:
    from_cp1252: dict[int, str] = {}
    ambiguous: dict[str, str] = {}
    punct: set[str] = set()
    to_byte: dict[str, int] = {}
    lower: set[str] = set()
    for row in load_table(Tcvn3Byte):
        b = int(row.byte, 16)
        ch = chr(int(row.char[2:], 16)) if row.char.startswith("U+") else row.char
        from_cp1252[ord(_CP1252_TABLE[b])] = ch
        to_byte[ch] = b
        if b < 0x20 or 0x80 <= b < 0xA0:
            ambiguous[ch] = _CP1252_TABLE[b]
            if b in _PUNCT_BYTES:
                punct.add(ch)
        if row.set == "vn3" and ch.islower():
            lower.add(ch)
    rare = frozenset(alt for ch, alt in ambiguous.items() if ch not in punct)
    return _Tcvn3(from_cp1252, ambiguous, frozenset(punct), rare, to_byte, frozenset(lower))


def decode_tcvn3(data: bytes) -> str:
    """TCVN3 bytes -> NFC text (capitals of the VN1 set, upper-case ".VnTimeH" text restored)."""
    return tcvn3_from_cp1252(read_cp1252(data))


def tcvn3_from_cp1252(text: str) -> str:
    """Repair TCVN3 bytes that were read as Windows-1252 ("Céng hoµ" -> "Cộng hoà")."""
    t = _tcvn3()
    out = text.translate(t.from_cp1252)
    out = _settle_ambiguous(out, t)
    out = _restore_case(out, t.lower_only)
    return unicodedata.normalize("NFC", out)


def encode_tcvn3(text: str) -> bytes:
    """NFC ``text`` -> TCVN3 bytes as glibc's TCVN5712-1 writes them (capitals in the VN1
    positions); other characters as Windows-1252, else "?"."""
    t = _tcvn3()
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        b = t.to_byte.get(ch)
        if b is not None:
            out.append(b)
        elif ord(ch) < 0x80:
            out.append(ord(ch))
        elif (d := unicodedata.normalize("NFD", ch)) and len(d) == 2 and d[1] in t.to_byte:
            base = t.to_byte.get(d[0], ord(d[0]) if ord(d[0]) < 0x80 else 0x3F)
            out += bytes((base, t.to_byte[d[1]]))
        else:
            out.append(_CP1252_BYTE.get(ch, 0x3F))
    return bytes(out)


def _settle_ambiguous(text: str, t: _Tcvn3) -> str:
    """Bytes 0x01-0x17 and 0x80-0x9F are capitals in TCVN3 but controls or punctuation (quotes,
    dashes, "…") in Windows text: each run of letters holding such a byte takes the reading that
    makes the most Vietnamese syllables (a lone quote or dash stays punctuation)."""
    if not any(ch in t.ambiguous for ch in set(text)):
        return text
    chars = list(text)
    n = len(chars)
    i = 0
    while i < n:
        if chars[i] not in t.ambiguous:
            i += 1
            continue
        lo = i
        while lo > 0 and chars[lo - 1].isalpha():
            lo -= 1
        hi = i
        while hi < n and (chars[hi].isalpha() or unicodedata.combining(chars[hi])):
            hi += 1
        # Two such capitals in a row never occur in a syllable (each carries a tone mark):
        # they are punctuation ("………", "“‘"), and so is one that stands alone.
        lone = [
            k
            for k in range(lo, hi)
            if chars[k] in t.punct
            and (
                hi - lo == 1
                or (k > lo and chars[k - 1] in t.punct)
                or (k + 1 < hi and chars[k + 1] in t.punct)
            )
        ]
        for k in lone:
            chars[k] = t.ambiguous[chars[k]]
        word = "".join(chars[lo:hi])
        spots = [k for k in range(lo, hi) if chars[k] in t.ambiguous][:4]
        best, best_score = word, _run_score(word, t)
        for mask in range(1, 1 << len(spots)):
            cand = chars[lo:hi]
            for bit, k in enumerate(spots):
                if mask >> bit & 1:
                    cand[k - lo] = t.ambiguous[chars[k]]
            s = "".join(cand)
            score = _run_score(s, t)
            if score > best_score:
                best, best_score = s, score
        chars[lo:hi] = list(best)
        i = hi
    return "".join(chars)


def _run_score(s: str, t: _Tcvn3) -> float:
    """Syllables minus non-syllables among the letter runs of ``s``, with a bias for the usual
    reading of each byte: a quote/dash byte read as a capital costs a little, a capital read as
    a rare symbol or control character ("˜", "™", EOT) costs more than one syllable gains."""
    score = 0.0
    for run in WORD.findall(s):
        score += 1.0 if syllables.is_syllable(run) else -1.0
    for ch in s:
        if ch in t.punct:
            score -= 0.25
        elif ch in t.rare:
            score -= 1.5
    return score


def _restore_case(text: str, lower_only: frozenset[str]) -> str:
    """Upper-case ".VnTimeH" fonts draw TCVN3's lowercase codes as capitals, so a title typed in
    them decodes as "CéNG HOµ X· HéI" -> "CộNG HOà Xã HộI": make such words capitals again."""
    if not any(ch in lower_only for ch in set(text)):
        return text
    words = list(WORD.finditer(text))
    caps: list[bool | None] = []
    for m in words:
        w = m.group()
        legacy_lower = any(ch in lower_only for ch in w)
        ascii_lower = any("a" <= ch <= "z" for ch in w)
        if not legacy_lower or ascii_lower:
            caps.append(w.isupper() if len(w) > 1 else None)
        elif any(ch.isupper() for ch in w[1:]):
            caps.append(True)  # "CéNG", "TØNH": a capital after the first letter
        else:
            caps.append(None)  # "X·", "Hµ", "ë": decided by the neighbours
    out = list(text)
    for k, m in enumerate(words):
        w = m.group()
        fix = caps[k] is True and not w.isupper()
        if caps[k] is None and any(ch in lower_only for ch in w):
            # "Xã" between "HOÀ" and "HỘI", or anywhere on a line with no lowercase ASCII letter
            left = _neighbour_caps(text, words, caps, k, -1)
            right = _neighbour_caps(text, words, caps, k, 1)
            both = left is not False and right is not False and (left or right) is True
            fix = (both and left is not None and right is not None) or (
                both and _caps_line(text, m.start(), caps, words)
            )
        if fix and len(w.upper()) == len(w):
            out[m.start() : m.end()] = w.upper()
    return "".join(out)


def _caps_line(text: str, pos: int, caps: list[bool | None], words: list[regex.Match[str]]) -> bool:
    """True when the line around ``pos`` has no lowercase ASCII letter and two capital words."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    line = text[a : len(text) if b < 0 else b]
    if any("a" <= ch <= "z" for ch in line):
        return False
    upper = sum(1 for k, m in enumerate(words) if a <= m.start() < a + len(line) and caps[k])
    return upper >= 2


def _neighbour_caps(
    text: str, words: list[regex.Match[str]], caps: list[bool | None], k: int, step: int
) -> bool | None:
    """Whether the word next to ``words[k]`` on the same line (only spaces between) is in
    capitals; None when there is no such word."""
    j = k + step
    if not 0 <= j < len(words):
        return None
    a, b = (words[j].end(), words[k].start()) if step < 0 else (words[k].end(), words[j].start())
    if text[a:b].strip(" ") != "":
        return None
    return caps[j]


# --- VNI -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Vni:
    pattern: regex.Pattern[str]
    to_char: dict[str, str]
    to_seq: dict[str, str]


# Tone modifier bytes (as Windows-1252 text) that stand alone, not after a vowel: what PDF
# extraction leaves of a detached tone mark. They become combining marks, which the repair
# stage puts back on their words.
_VNI_LOOSE_TONES = {
    "ù": "\u0301", "ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ï": "\u0323",
    "Ù": "\u0301", "Ø": "\u0300", "Û": "\u0309", "Õ": "\u0303", "Ï": "\u0323",
}  # fmt: skip


@cache
def _vni() -> _Vni:
    to_char: dict[str, str] = {}
    to_seq: dict[str, str] = {}
    for letter in load_table(VniLetter):
        to_char[letter.vni] = letter.char
        to_seq[letter.char] = letter.vni
    for seq, char in list(to_char.items()):
        if len(seq) == 2 and seq[0].isascii():
            # Mixed case ("Aù") happens when a capital is typed with the lowercase font key.
            for mixed in (seq[0].upper() + seq[1].lower(), seq[0].lower() + seq[1].upper()):
                if mixed != seq and mixed not in to_char:
                    to_char[mixed] = char.upper() if mixed[0].isupper() else char.lower()
    for mod, comb in _VNI_LOOSE_TONES.items():
        to_char.setdefault(mod, comb)
        if mod.islower():
            to_seq.setdefault(comb, mod)
    alts = sorted(to_char, key=len, reverse=True)
    pattern = rx.compile("|".join(regex.escape(s) for s in alts))
    return _Vni(pattern, to_char, to_seq)


def decode_vni(data: bytes) -> str:
    """VNI-Windows bytes -> NFC text."""
    return vni_from_cp1252(read_cp1252(data))


def vni_from_cp1252(text: str) -> str:
    """Repair VNI bytes that were read as Windows-1252 ("Coäng hoøa" -> "Cộng hòa")."""
    v = _vni()
    out: str = v.pattern.sub(lambda m: v.to_char[m.group()], text)
    return unicodedata.normalize("NFC", out)


def encode_vni(text: str) -> bytes:
    """NFC ``text`` -> VNI-Windows bytes; other characters as Windows-1252, else "?"."""
    v = _vni()
    parts = [v.to_seq.get(ch, ch) for ch in unicodedata.normalize("NFC", text)]
    return "".join(parts).encode("cp1252", errors="replace")
