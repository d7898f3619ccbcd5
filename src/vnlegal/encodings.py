"""Legacy Vietnamese encodings: TCVN3 (TCVN 5712:1993), VNI-Windows, VIQR and cp1258.

Archived documents from before Unicode were typed with ".VnTime" fonts (TCVN3, one byte per
letter) or "VNI-Times" fonts (a base letter plus a modifier byte), and mail or old web pages in
VIQR (ASCII marks after the vowel: "Vie^.t"). Their bytes are not UTF-8, and when a program
reads them as Windows-1252 the result is mojibake such as "Céng hoµ x· héi chñ nghÜa" (TCVN3)
or "Coäng hoøa xaõ hoäi" (VNI). This module turns such bytes or text into NFC Unicode.

Which reading is right is decided by the text itself: each candidate reading is scored by how
many of its words are spelled as Vietnamese syllables, weighted by how common they are
(``vnlegal.syllables``). Clean UTF-8 and ordinary ASCII text never reach the scoring: a cheap
test for characters typical of mojibake (or of VIQR marks) comes first.

The codec tables are ``data/tcvn3.tsv``, ``data/vni.tsv`` and ``data/viqr.tsv``.
"""

from __future__ import annotations

import codecs
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import regex

from . import syllables
from .vocab import load_table

LEGACY_NAMES = {"tcvn3": "TCVN3 (TCVN 5712:1993, .VnTime fonts)", "vni": "VNI-Windows", "viqr": "VIQR"}

_WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*+")

# cp1252 with the five undefined bytes read as Latin-1 (C1 controls), so every byte decodes and
# every character of the result encodes back to the same byte.
_CP1252_TABLE = "".join(
    bytes([b]).decode("cp1252") if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(b) for b in range(256)
)
_CP1252_BYTE = {ch: b for b, ch in enumerate(_CP1252_TABLE)}
_CP1252_ENCODING = codecs.charmap_build(_CP1252_TABLE)

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
    for code, char, kind, *_ in load_table("tcvn3"):
        b = int(code, 16)
        ch = chr(int(char[2:], 16)) if char.startswith("U+") else char
        from_cp1252[ord(_CP1252_TABLE[b])] = ch
        to_byte[ch] = b
        if b < 0x20 or 0x80 <= b < 0xA0:
            ambiguous[ch] = _CP1252_TABLE[b]
            if b in _PUNCT_BYTES:
                punct.add(ch)
        if kind == "vn3" and ch.islower():
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
    for run in _WORD.findall(s):
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
    words = list(_WORD.finditer(text))
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
    for char, seq, *_ in load_table("vni"):
        to_char[seq] = char
        to_seq[char] = seq
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
    pattern = regex.compile("|".join(regex.escape(s) for s in alts))
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


# --- VIQR ----------------------------------------------------------------------------------


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
    for mark, kind, uni, vowels, *_ in load_table("viqr"):
        value = chr(int(uni[2:], 16)) if uni.startswith("U+") else uni
        if kind == "shape":
            shapes[mark] = (value, vowels)
        elif kind == "tone":
            tones[mark] = value
        else:
            letters[mark] = value
    sh = regex.escape("".join(shapes))
    to = regex.escape("".join(tones))
    pattern = regex.compile(
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


# --- scoring and detection --------------------------------------------------------------


def vietnamese_score(text: str) -> float:
    """How Vietnamese ``text`` reads: each word with a non-ASCII letter counts +1 (plus a little
    for common syllables) when it is spelled as a Vietnamese syllable, -1 otherwise; words in
    capitals that are no syllable ("QĐ", "HĐND") are abbreviations and count 0."""
    score = 0.0
    for w in _WORD.findall(text):
        if w.isascii():
            continue
        if syllables.is_syllable(w):
            score += 1.0 + 0.1 * syllables.commonness(w)
        elif not (len(w) > 1 and w.isupper()):
            score -= 1.0
    return score


def _counts(text: str) -> tuple[int, int, float]:
    """(valid syllables with a non-ASCII letter, other words with one, share of all words that
    are syllables or abbreviations). Vietnamese prose scores a share above 0.85; English,
    French or Norwegian stay under 0.55 whatever reading they get."""
    good = bad = viet = total = 0
    for w in _WORD.findall(text):
        total += 1
        ok = syllables.is_syllable(w)
        if ok or (len(w) > 1 and w.isupper()):
            viet += 1
        if w.isascii():
            continue
        if ok:
            good += 1
        else:
            bad += 1
    return good, bad, viet / total if total else 0.0


# A reading counts as Vietnamese when this share of its words are syllables or abbreviations.
_VIETNAMESE_SHARE = 0.7


def _looks_vietnamese(text: str) -> bool:
    good, bad, share = _counts(text)
    return good >= max(3, bad) and share >= _VIETNAMESE_SHARE


def decode_legacy_bytes(data: bytes) -> tuple[str, str] | None:
    """The best reading of bytes that are not UTF-8: ("text", name) where name is "cp1258",
    "tcvn3" or "vni"; None when no reading gives Vietnamese and cp1258 cannot decode them."""
    readings: list[tuple[str, str]] = []
    try:
        readings.append(("cp1258", unicodedata.normalize("NFC", data.decode("cp1258"))))
    except UnicodeDecodeError:
        pass
    readings.append(("tcvn3", decode_tcvn3(data)))
    readings.append(("vni", decode_vni(data)))
    scored = [(vietnamese_score(text), name, text) for name, text in readings]
    best = max(scored, key=lambda s: s[0])
    if readings[0][0] == "cp1258" and best[1] != "cp1258":
        # A legacy reading must beat Windows-1258 clearly, and look like Vietnamese at all.
        if best[0] <= scored[0][0] + 2 or not _looks_vietnamese(best[2]):
            return readings[0][1], "cp1258"
    elif best[1] != "cp1258" and not _looks_vietnamese(best[2]):
        return None  # not cp1258, and no legacy reading gives Vietnamese either
    return best[2], best[1]


# Characters that occur in TCVN3 or VNI text read as Windows-1252 but (almost) never in NFC
# Vietnamese, and the lead bytes of UTF-8 read as Windows-1252 ("á»™", "áº¡"). One substring
# search each is far cheaper than one regex scan with a character class.
_MOJIBAKE_MARKS = (*"¸µ¶·¹¨»¾¼½Æ©®ÇËÐÎÏÑªÖ×ØÜÞßä«åæç¬ëîïñ\u00adö÷øûüþ§¢£¤¥¦¡ÄÅÛ", "á»", "áº")


def _has_mojibake_marks(text: str) -> bool:
    return any(mark in text for mark in _MOJIBAKE_MARKS)


_LINE = regex.compile(r"[^\n]*+\n?+")
# C0 controls other than tab and line ends: TCVN3 capitals read as Windows-1252 ("PH\x02 L\x02C").
_C0 = regex.compile(r"[\x01-\x08\x0b\x0e-\x1f]")


def _utf8_from_cp1252(text: str) -> str:
    """Repair UTF-8 bytes that were read as Windows-1252 ("Cá»™ng" -> "Cộng")."""
    try:
        data: bytes = codecs.charmap_encode(text, "strict", _CP1252_ENCODING)[0]
        return data.decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


_READINGS: tuple[tuple[str, Callable[[str], str]], ...] = (
    ("tcvn3", tcvn3_from_cp1252),
    ("vni", vni_from_cp1252),
    ("utf-8", _utf8_from_cp1252),
)


def repair_mojibake(text: str) -> tuple[str, Counter[str]]:
    """``text`` with TCVN3, VNI or UTF-8 bytes that were read as Windows-1252 converted; returns
    the text and how many lines each reading converted.

    The reading is chosen for the whole text (it must read clearly more Vietnamese than the text
    as it is), then applied line by line wherever it does not read worse, so that clean lines a
    web page added around a mojibake document stay as they are. Clean text costs one scan."""
    done: Counter[str] = Counter()
    if not _has_mojibake_marks(text):
        return text, done
    base = vietnamese_score(text)
    best_name, best_fn, best_score = "", None, base + 3.0
    for name, fn in _READINGS:
        cand = fn(text)
        score = vietnamese_score(cand)
        if score > best_score and _looks_vietnamese(cand):
            best_name, best_fn, best_score = name, fn, score
    if best_fn is None:
        return text, done
    out: list[str] = []
    for m in _LINE.finditer(text):
        line = m.group()
        if line.isascii() and _C0.search(line) is None:
            out.append(line)
            continue
        cand = best_fn(line)
        # The text as a whole is mojibake: a line is converted unless it reads clearly better
        # as it is (a clean line a web page added, say).
        if cand != line and vietnamese_score(cand) >= vietnamese_score(line) - 1.0:
            out.append(cand)
            done[best_name] += 1
        else:
            out.append(line)
    return "".join(out), done


_ACCENTED = regex.compile(r"[\u00c0-\u024f\u1e00-\u1eff]")
_VIQR_HINT = regex.compile(
    r"[aeiouyAEIOUY](?:[\^(+][`'?~.]?+|[`?~](?=[a-zA-Z])|['.](?=[a-zA-Z]))|(?<![a-zA-Z])[dD][dD][aeiouy]"
)


def looks_viqr(text: str) -> bool:
    """True when ASCII ``text`` is Vietnamese written in VIQR: enough VIQR marks, and their
    decoding gives real syllables (English "I'm", "e.g." or "x^2" do not)."""
    hints = 0
    for _ in _VIQR_HINT.finditer(text):
        hints += 1
        if hints >= 5:
            break
    else:
        return False
    decoded = decode_viqr(text)
    good, bad, _ = _counts(decoded)
    return good >= 5 and good >= 4 * bad and _looks_vietnamese(decoded)


def repair_text(text: str) -> tuple[str, str | None, list[str]]:
    """Text that may be a legacy encoding in disguise -> (NFC-ready text, legacy name or None,
    warnings). VIQR is recognised in ASCII text; TCVN3/VNI/UTF-8 mojibake line by line."""
    if _ACCENTED.search(text) is None:  # VIQR: ASCII letters (punctuation may be typographic)
        if looks_viqr(text):
            return decode_viqr(text), "viqr", ["text is VIQR (Vietnamese in ASCII marks); converted"]
        if text.isascii():
            return text, None, []
    fixed, done = repair_mojibake(text)
    if not done:
        return text, None, []
    warnings = []
    for name, lines in done.most_common():
        what = LEGACY_NAMES.get(name, "UTF-8")
        warnings.append(f"{lines} line(s) were {what} bytes read as Windows-1252; converted")
    legacy = next((n for n, _ in done.most_common() if n in LEGACY_NAMES), None)
    return fixed, legacy, warnings
