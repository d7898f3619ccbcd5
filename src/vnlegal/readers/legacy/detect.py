"""Which legacy encoding Vietnamese text or bytes are in, and their conversion to Unicode.

Bytes that are not UTF-8 may be Windows-1258, TCVN3 or VNI; text that was decoded may still be
VIQR (Vietnamese in ASCII marks) or mojibake: TCVN3, VNI or UTF-8 bytes read as Windows-1252.
The codecs themselves are ``encodings`` and ``viqr`` beside this module; this module picks
the reading.

Which reading is right is decided by the text itself: each candidate reading is scored by how
many of its words are spelled as Vietnamese syllables, weighted by how common they are
(``vnlegal.lang.syllables``). Clean UTF-8 and ordinary ASCII text never reach the scoring: a cheap
test for characters typical of mojibake (or of VIQR marks) comes first.
"""

from __future__ import annotations

import codecs
import unicodedata
from collections import Counter
from collections.abc import Callable

from vnlegal.lang import rx, syllables
from vnlegal.readers.legacy.encodings import (
    CP1252_ENCODING,
    WORD,
    decode_tcvn3,
    decode_vni,
    tcvn3_from_cp1252,
    vni_from_cp1252,
)
from vnlegal.readers.legacy.viqr import decode_viqr

LEGACY_NAMES = {"tcvn3": "TCVN3 (TCVN 5712:1993, .VnTime fonts)", "vni": "VNI-Windows", "viqr": "VIQR"}
"""What to call each legacy encoding in a warning, by the name this module reports it under."""


def vietnamese_score(text: str) -> float:
    """How Vietnamese ``text`` reads: each word with a non-ASCII letter counts +1 (plus a little
    for common syllables) when it is spelled as a Vietnamese syllable, -1 otherwise; words in
    capitals that are no syllable ("QĐ", "HĐND") are abbreviations and count 0."""
    score = 0.0
    for w in WORD.findall(text):
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
    for w in WORD.findall(text):
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


_LINE = rx.compile(r"[^\n]*+\n?+")
# C0 controls other than tab and line ends: TCVN3 capitals read as Windows-1252 ("PH\x02 L\x02C").
_C0 = rx.compile(r"[\x01-\x08\x0b\x0e-\x1f]")


def _utf8_from_cp1252(text: str) -> str:
    """Repair UTF-8 bytes that were read as Windows-1252 ("Cá»™ng" -> "Cộng")."""
    try:
        data: bytes = codecs.charmap_encode(text, "strict", CP1252_ENCODING)[0]
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


_ACCENTED = rx.compile(r"[\u00c0-\u024f\u1e00-\u1eff]")
_VIQR_HINT = rx.compile(
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
