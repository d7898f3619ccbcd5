"""OCR of page images -> the ``Page``/``Seg`` geometry a text-layer PDF gives.

Tesseract's words come with pixel boxes; each Tesseract line becomes one segment per run of
words without a wide gap (two columns of a header share a line), in PDF units (1/72 inch,
y upwards), so :func:`vnlegal.readers.pdf_layout.layout_pages` rebuilds rows, columns,
centering and paragraphs exactly as it does for a text layer. Boldness cannot be told from
Tesseract's LSTM engine: the caller reports it as unknown.

Numbers written by hand or under a stamp (the "Số:" number and the day of a signed letter)
come out as noise ("Số: Éđã /HC-CNHC"). A word in such a slot that holds no digit is read
again as one line of digits; if that is not clear either, it is left blank with a warning,
so the header gets "/HC-CNHC" rather than a made-up number.

Pages run on a small thread pool (Tesseract releases the GIL): the caller's ``render`` runs
on the calling thread (pdfium is not thread-safe), recognition on the pool.
"""

from __future__ import annotations

import contextvars
import statistics
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from vnlegal.data import DocTypeRow, StampWord, load_table
from vnlegal.lang import rx, syllables
from vnlegal.lang.symbols import known_codes
from vnlegal.limits import DEFAULT_LIMITS, Limits, extend
from vnlegal.readers.ocr_engine import Engine, Word, ocr_threads, recognize
from vnlegal.readers.ocr_lists import fix_list_numbers
from vnlegal.readers.ocr_words import repair_invalid, repair_words, skeleton, warm
from vnlegal.readers.pdf_layout import Page, Seg

LOW_CONFIDENCE = 80.0
"""Mean word confidence under which a page's text is flagged as doubtful."""
_GAP_EM = 1.6
"""A gap wider than this many line heights separates two segments (as in the PDF reader)."""
_DIGIT_CONF = 50.0
"""Confidence a re-read handwritten number needs to be kept."""

# A slot that must hold a number: (cue before it, test on the word after it).
_NUMBER_CUE = rx.compile(r"(?i)^(?:số|ngày|tháng):?$")
_HAS_DIGIT = rx.compile(r"\d")
_DIGITS = rx.compile(r"\d+(?:/\S*)?$")
"""A clean number, or a number with its symbol ("813/HC-CNHC")."""


@dataclass
class OcrPage:
    """One page read by OCR."""

    page: Page
    confidence: float
    """Mean word confidence, 0-100 (0 for a page without words)."""
    warnings: list[str] = field(default_factory=list)


def ocr_page(engine: Engine, number: int, image: Any, dpi: int, path: str | None = None) -> OcrPage:
    """Recognize one page image (PIL, rendered at ``dpi``) into a ``Page`` numbered ``number``."""
    found = recognize(engine, image, dpi, path=path)
    rules = [w for w in found if not w.text]
    words = drop_received_stamp(drop_mark_lines(drop_specks([w for w in found if w.text])), rules)
    words = join_split_capitals(drop_stray_stops(fix_roman(fix_confusions(words))))
    words = fix_symbol(repair_syllables(words))
    warnings: list[str] = []
    words = _fix_number_slots(engine, words, image, dpi, number, warnings, path)
    confs = [w.conf for w in words if w.conf >= 0]
    conf = round(statistics.fmean(confs), 1) if confs else 0.0
    if words and conf < LOW_CONFIDENCE:
        warnings.append(f"page {number} was read by OCR with a low confidence ({conf:.0f}%): check its text")
    return OcrPage(Page(number, segments(words, image.height, dpi)), conf, warnings)


# Tesseract's usual slips on the marks of an official document, at the start of a line:
# "W/v" or "V/V" for "V/v", "1," for "1." before a heading, "L" for "I." before an upper-case
# heading; a note mark after a symbol (see _SYMBOL_MARK).
_VV = rx.compile(r"^[VW][/⁄][vVy]$")
_LIST_COMMA = rx.compile(r"^(\d{1,2}|[IVX]{1,4}),$")
# A symbol with a raised note number after it, read as a stroke: "33/2020/AL!" is "33/2020/AL¹".
_SYMBOL_MARK = rx.compile(r"^(\d++(?:[./-][\p{L}\d]++)++)[!'’`|]++$")


# A modern symbol whose slash after the year was lost: "39/2020AL" is "39/2020/AL".
_YEAR_CODE = rx.compile(r"^(\d{1,6}/(?:19|20)\d\d)(\p{Lu}[\p{Lu}\d-]*+)$")


# A bold roman one opening a heading line, read as a letter without its stop: "L MỤC ĐÍCH".
_LONE_I = rx.compile(r"^[Ll|]$")
_HEADING_WORD = rx.compile(r"^\p{Lu}{2,}[,:]?$")


# A symbol whose last part, a type code alone ("42/2021/AL") or an issuer code with its term
# ("101/2015/QH13"), carries a stroke: a note mark after it or a speck inside it
# ("42/2021/AL1", "56/2022/A1L", "101/2015/QHI13").
_CODE_STROKE = rx.compile(
    r"^(?P<head>\d{1,6}/(?:19|20)\d\d/)(?P<code>\p{Lu}[\p{Lu}\d|]{1,8})(?P<end>[.,;]?)$"
)
# The issuer code of a legislature's act with its term: "QH13", "UBTVQH15".
_TERM_CODE = rx.compile(r"^(?P<code>\p{Lu}{2,})(?P<term>\d{1,2})$")
# A symbol whose slashes Tesseract read as a stroke letter (a slanted or bold "/" looks like
# "I", "l" or "|"): "02I2016/AL", "04I2016IAL", "12l2020/NĐ-CP". Only between the number and
# a year, or between the year and the code: no word of the language has digits there.
_SLASH_LOOK = "[/Il|]"
_STROKED_SLASHES = rx.compile(
    rf"^(?P<num>\d{{1,6}})(?P<s1>{_SLASH_LOOK})(?P<year>(?:19|20)\d\d)"
    rf"(?:(?P<s2>{_SLASH_LOOK})(?P<code>\p{{Lu}}[\p{{Lu}}\d-]*+))?+(?P<end>[.,;]?)$"
)


@cache
def _type_codes() -> frozenset[str]:
    return frozenset(d.code for d in load_table(DocTypeRow) if d.code)


def _code_known(code: str) -> bool:
    """A type code ("AL"), or a known issuer code with its term ("QH13")."""
    if code in _type_codes():
        return True
    m = _TERM_CODE.match(code)
    return m is not None and m["code"] in known_codes()


def _stroke_in_code(text: str) -> str:
    """``text`` with the one stroke taken out of its final code where that leaves a known
    code and the code as read is none ("AL1" -> "AL", "QHI13" -> "QH13"); otherwise as read."""
    m = _CODE_STROKE.match(text)
    if m is None or _code_known(m["code"]):
        return text
    code = m["code"]
    strokes = [k for k, ch in enumerate(code) if ch in "1Il|"]
    # The stroke is a speck (taken out) or a "1" of the term misread ("QHl3"): where both
    # readings make a known code ("QH3", "QH13"), nothing is chosen.
    found = {code[:k] + code[k + 1 :] for k in strokes} | {code[:k] + "1" + code[k + 1 :] for k in strokes}
    found = {c for c in found if len(c) >= 2 and c != code and _code_known(c)}
    return m["head"] + found.pop() + m["end"] if len(found) == 1 else text


def _stroked_slashes(text: str) -> str:
    """``text`` with the slashes of a symbol read as strokes put back ("02I2016/AL" ->
    "02/2016/AL"); otherwise as read."""
    m = _STROKED_SLASHES.match(text)
    if m is None or (m["s1"] == "/" and m["s2"] in ("/", None)):
        return text
    return f"{m['num']}/{m['year']}" + (f"/{m['code']}" if m["code"] else "") + str(m["end"])


# A word in lower case with one capital inside it, whose case Tesseract misread ("tỐi",
# "nhÂn", "cOng": a marked capital, or a letter of the same shape in both cases): no word is
# written so; codes with an inner capital ("TTg", "kWh") open in capitals or are no syllable
# once lowered.
_INNER_CAPITAL = rx.compile(r"^\p{Ll}++\p{Lu}\p{Ll}*+$")
_WORD_CORE = rx.compile(r"(?P<pre>[^\p{L}]*+)(?P<core>\p{L}++)(?P<post>[^\p{L}]*+)")


def _inner_capital(text: str) -> str:
    m = _WORD_CORE.fullmatch(text)
    if m is None or not _INNER_CAPITAL.match(m["core"]):
        return text
    low = m["core"].lower()
    if not syllables.is_syllable(low):
        return text
    return f"{m['pre']}{low}{m['post']}"


def _is_heading_word(text: str) -> bool:
    return bool(_HEADING_WORD.match(text))


def fix_confusions(words: list[Word]) -> list[Word]:
    """Words with Tesseract's usual confusions on official documents undone (see above);
    the fraction slash it reads for "/" becomes "/"."""
    out: list[Word] = []
    for k, w in enumerate(words):
        text = w.text.replace("⁄", "/")
        first = k == 0 or words[k - 1].line != w.line
        nxt = words[k + 1] if k + 1 < len(words) and words[k + 1].line == w.line else None
        if first and _VV.match(text):
            text = "V/v"
        elif first and nxt is not None and _LONE_I.match(text) and _is_heading_word(nxt.text):
            text = "I."
        elif first and nxt is not None and nxt.text[:1].isupper() and _LIST_COMMA.match(text):
            text = text[:-1] + "."
        text = _stroked_slashes(text)
        text = _stroke_in_code(_YEAR_CODE.sub(r"\1/\2", _SYMBOL_MARK.sub(r"\1", text)))
        text = _inner_capital(text)
        out.append(w if text == w.text else Word(text, w.line, w.left, w.top, w.width, w.height, w.conf))
    return out


# The document's symbol after "Số:" ("Số: 1105/KH-ĐKT"), whose slash or dash OCR loses or
# misreads: "1105 KH-ĐKT", "1105/KH- ĐKT", "1105/KH—ĐKT", "1105/KH -ĐKT".
_SO_CUE = rx.compile(r"(?i)^số:$")
_NUMBER = rx.compile(r"^\d{1,6}[a-zđ]?(?:/(?:19|20)\d\d)?$")
# A modern code: a type code, a dash, an issuer code ("KH-ĐKT", "QĐ-UBND", "NQ-CP").
_CODE = rx.compile(r"^(?=[^-]*+-)\p{Lu}[\p{Lu}\d]*+(?:[-.&]\p{Lu}[\p{Lu}\d]*+)++$")
_HALF = rx.compile(r"^\d{1,6}[a-zđ]?(?:/(?:19|20)\d\d)?/\p{Lu}[\p{Lu}\d]*+-?$")
_DASHES = rx.compile(r"[\u2010-\u2015\u2212]")


def fix_symbol(words: list[Word]) -> list[Word]:
    """The symbol after "Số:" put back together where its shape leaves one reading: a number
    then a code with a dash inside ("1105" "KH-ĐKT") lost the slash between them (a modern
    symbol is always number/TYPE-ISSUER); a piece ending in the code's dash, or a piece
    starting with it, is one word with its neighbour; dash look-alikes are the dash."""
    out: list[Word | None] = list(words)
    for k, cue in enumerate(words[:-1]):
        a = words[k + 1]
        if not _SO_CUE.match(cue.text) or a.line != cue.line:
            continue
        b = words[k + 2] if k + 2 < len(words) and words[k + 2].line == cue.line else None
        first = _DASHES.sub("-", a.text)
        second = _DASHES.sub("-", b.text) if b is not None else ""
        joined = None
        if _NUMBER.match(first) and _CODE.match(second):
            joined = f"{first}/{second}"
        elif _HALF.match(first) and (first.endswith("-") or second.startswith("-")):
            joined = first.rstrip("-") + "-" + second.lstrip("-")
            if not _CODE.match(joined.rpartition("/")[2]):
                joined = None
        if joined is None or b is None:
            out[k + 1] = _with_text(a, first)
            continue
        out[k + 1] = Word(
            joined,
            a.line,
            a.left,
            a.top,
            b.right - a.left,
            max(a.bottom, b.bottom) - a.top,
            min(a.conf, b.conf),
        )
        out[k + 2] = None
    return [w for w in out if w is not None]


# A word's capital cut off from the rest of it ("N guyễn", "T òa", "T\ òa", "3N ghị"): a capital
# at the end of a word (a stroke of its mark may trail it), and a word opening in lower case
# right after it.
_ENDS_CAPITAL = rx.compile(r"^(?P<pre>[^\p{L}]*+)(?P<cap>\p{Lu})[\\|'`’]?$")
_OPENS_LOWER = rx.compile(r"^\p{Ll}[\p{L}\p{M}]*+")
# The same capital read with an echo of itself or of the next word's first letter, the two
# boxes overlapping: the overhang of an italic capital read twice ("Tt" "òa", "Tò" "òa" for
# "Tòa"). Only where the boxes overlap: two words side by side never do.
_ECHOED_CAPITAL = rx.compile(r"^(?P<cap>\p{Lu})(?P<echo>\p{Ll})$")


def _echoed_capital(a: Word, b: Word) -> str | None:
    """The capital of ``a`` when ``a`` is that capital with an echo (see above) overlapping
    ``b``; else None."""
    m = _ECHOED_CAPITAL.match(a.text)
    if m is None or b.left >= a.right or b.line != a.line:
        return None
    echo = m["echo"]
    return m["cap"] if echo == m["cap"].lower() or echo == b.text[:1] else None


_SPLIT_GAP = 0.15
"""A gap under this share of the line height is no space: Tesseract cut one word in two
(a word space is about a third of the height; a capital's overhang can make it negative)."""


def join_split_capitals(words: list[Word]) -> list[Word]:
    """A capital that Tesseract read as a word of its own, glued back to the word right after
    it when there is no space between them and together they make a syllable ("N" "guyễn" ->
    "Nguyễn"); digits before the capital stay a word of their own ("3N" "ghị" -> "3" "Nghị");
    a capital read with an echo over the next word is that capital ("Tt" "òa" -> "Tòa").
    A person's initial ("anh T cùng") has a word space after it and stays."""
    out: list[Word] = []
    k = 0
    while k < len(words):
        a = words[k]
        b = words[k + 1] if k + 1 < len(words) else None
        m = _ENDS_CAPITAL.match(a.text)
        lower = _OPENS_LOWER.match(b.text) if b is not None else None
        echoed = _echoed_capital(a, b) if b is not None and lower is not None else None
        if (m is None and echoed is None) or b is None or lower is None or b.line != a.line:
            out.append(a)
            k += 1
            continue
        height = max(a.height, b.height)
        pre = m["pre"] if m is not None else ""
        cap = m["cap"] if m is not None else echoed
        assert cap is not None
        cap_left = a.right - min(a.width, height) if pre else a.left
        joined = cap + lower[0]
        if b.left - a.right > _SPLIT_GAP * height or not (
            syllables.is_syllable(joined) or repair_invalid(joined) is not None
        ):
            out.append(a)
            k += 1
            continue
        if pre:
            out.append(Word(pre, a.line, a.left, a.top, max(cap_left - a.left, 1), a.height, a.conf))
        top, bottom = min(a.top, b.top), max(a.bottom, b.bottom)
        out.append(
            Word(
                cap + b.text,
                b.line,
                cap_left,
                top,
                b.right - cap_left,
                bottom - top,
                min(a.conf, b.conf),
            )
        )
        k += 2
    return out


# The received stamp ("dấu Đến", Decree 30/2020/ND-CP, Appendix IV): a ruled box holding
# "ĐẾN" and its fields (Số, Ngày, Giờ, Chuyển), stamped by the receiving office on the first
# page, often over the header. Its words are no part of the document. The stamp's word is in
# data/stamp_words.tsv (kind "received").
_EDGE_PUNCT = rx.compile(r"^[\W_]++|[\W_]++$")


@cache
def _received_words() -> frozenset[str]:
    return frozenset(r.word for r in load_table(StampWord) if r.kind == "received")


def _received(text: str) -> bool:
    """The received stamp's word, punctuation around it ignored ("ĐẾN", "ĐẾN:")."""
    return _EDGE_PUNCT.sub("", text) in _received_words()


# A word a ruled line runs through: its letters with a run of dashes inside ("s—————Ố,").
_CROSSED = rx.compile(r"(?<=\p{L})[-—–_]{2,}+(?=\p{L})")
_SO_CROSSED = rx.compile(r"(?i)^số[,.:;]?$")


def _boxes(rules: list[Word]) -> list[tuple[int, int, int, int]]:
    """Boxes (left, top, right, bottom) framed by two vertical rules side by side: their
    spans overlap over half of the shorter one."""
    verticals = sorted((r for r in rules if r.height > r.width), key=lambda r: r.left)
    out = []
    for i, a in enumerate(verticals):
        for b in verticals[i + 1 :]:
            overlap = min(a.bottom, b.bottom) - max(a.top, b.top)
            if b.left - a.right > a.height // 2 and overlap > 0.5 * min(a.height, b.height):
                out.append((a.left, min(a.top, b.top), b.right, max(a.bottom, b.bottom)))
                break
    return out


def drop_received_stamp(words: list[Word], rules: list[Word]) -> list[Word]:
    """Words inside a ruled box that holds the word "ĐẾN" (the received stamp, see above)
    left out; a "Số" the box's top line runs through read again without the dashes."""
    boxes = [
        (x0, y0, x1, y1)
        for x0, y0, x1, y1 in _boxes(rules)
        if any(_received(w.text) and x0 <= _cx(w) <= x1 and y0 <= _cy(w) <= y1 for w in words)
    ]
    if not boxes:
        return words
    out = []
    for k, w in enumerate(words):
        if any(x0 <= _cx(w) <= x1 and y0 <= _cy(w) <= y1 for x0, y0, x1, y1 in boxes):
            continue
        text = _CROSSED.sub("", w.text)
        nxt = words[k + 1] if k + 1 < len(words) else None
        crossed = text != w.text
        if (
            crossed
            and _SO_CROSSED.match(text)
            and nxt is not None
            and nxt.line == w.line
            and _DIGITS.match(nxt.text)
        ):
            text = "Số:"
        out.append(w if text == w.text else _with_text(w, text))
    return out


def _cx(w: Word) -> int:
    return w.left + w.width // 2


def _cy(w: Word) -> int:
    return w.top + w.height // 2


_SPECK = 0.35
"""A word whose box is under this share of the page's usual word height both ways is a speck
(the end of a rule, a dot of dust) when Tesseract doubts it too."""
_SPECK_CONF = 60.0


def drop_specks(words: list[Word]) -> list[Word]:
    """Words Tesseract made of specks -- "l" and "-" from the ends of a rule under a framed
    title ("l ÁN LỆ SỐ 39/2020/AL - l") -- left out: tiny both ways and doubtful. A real dash
    between words is as short but sure ("Độc lập - Tự do", confidence above 90)."""
    sure = sorted(w.height for w in words if w.conf >= 80)
    if not sure:
        return words
    limit = _SPECK * sure[len(sure) // 2]
    return [w for w in words if w.conf >= _SPECK_CONF or max(w.width, w.height) >= limit]


# A line of loose marks: the tone marks and hats of a line whose letters a rule runs through
# (an underlined title), read as a line of their own ("„ ^ » ˆ 'A Ä -A"). No word of it holds
# two letters side by side, every word is short beside the page's text, and Tesseract doubts
# them (a sure dash alone on its line, a cell's "-", stays).
_TWO_LETTERS = rx.compile(r"\p{L}{2}")
_MARK_HEIGHT = 0.6
"""Share of the text's usual height under which every word of a line of loose marks stays."""
_MARK_CONF = 60.0
"""Mean confidence under which a line of short words without two letters is loose marks."""


def drop_mark_lines(words: list[Word]) -> list[Word]:
    """Lines of loose marks (see above) left out."""
    sure = sorted(w.height for w in words if w.conf >= 80)
    if not sure:
        return words
    limit = _MARK_HEIGHT * sure[len(sure) // 2]
    by_line: dict[tuple[int, int, int], list[Word]] = {}
    for w in words:
        by_line.setdefault(w.line, []).append(w)
    marks = {
        key
        for key, ws in by_line.items()
        if all(not _TWO_LETTERS.search(w.text) and w.height < limit for w in ws)
        and statistics.fmean(w.conf for w in ws) < _MARK_CONF
    }
    return [w for w in words if w.line not in marks] if marks else words


# A roman number after a unit word, with "II" read as "H" and "I" as "l" or "1" ("Chương
# XXVIH", "Mục l"): only the unit words that take roman numbers, by their letters.
_ROMAN_UNITS = frozenset(("chuong", "phan", "muc"))
_ROMAN_LIKE = rx.compile(r"^(?=[IVXLCHl1]*[Hl1])(?=[^IVXLC]*[IVXLC]|[Hl])[IVXLCHl1]++(?P<end>[.:]?)$")
_STROKES = rx.compile(r"^(?=.*[ÏÍÌÎ])[IÏÍÌÎl1|]{1,4}(?P<end>[.:]?)$")
_I_WIDTH = 0.45
"""Width of one I of a roman number (with its share of the gap), in line heights."""
_ROMAN = rx.compile(r"^(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")


def fix_roman(words: list[Word]) -> list[Word]:
    """A roman number after "Chương", "Phần" or "Mục" read with "H" for "II", "l" or "1" for
    "I", where the letters so mapped make a roman number: headings hang on it."""
    out = list(words)
    for k in range(len(words) - 1):
        a, b = words[k], words[k + 1]
        if a.line != b.line or skeleton(a.text) not in _ROMAN_UNITS:
            continue
        strokes = _STROKES.match(b.text)
        if strokes is not None:
            # Only strokes, one with a mark ("Chương ÏI" for "Chương I"): specks over a bold
            # I. How many I's the box holds tells the number (an I is about half as wide as
            # it is high, with its gap).
            count = min(max(round(b.width / (_I_WIDTH * max(b.height, 1))), 1), 3)
            out[k + 1] = _with_text(b, "I" * count + strokes["end"])
            continue
        m = _ROMAN_LIKE.match(b.text)
        if m is None:
            continue
        body = b.text[: len(b.text) - len(m["end"])]
        roman = body.replace("H", "II").replace("l", "I").replace("1", "I")
        if _ROMAN.match(roman):
            out[k + 1] = _with_text(b, roman + m["end"])
    return out


# A stop or colon glued to a word inside a sentence: the mark of an italic letter in the next
# word, leaning left, read as punctuation ("nhân dân: tối cao" for "nhân dân tối cao").
_STRAY_STOP = rx.compile(r"^(?P<word>\p{L}[\p{L}\p{M}]*+)[.:]$")
_STRAY_CONF = 90.0
"""Tesseract's confidence in the word under which its glued stop is doubted."""


def drop_stray_stops(words: list[Word]) -> list[Word]:
    """A "." or ":" ending a word that Tesseract was unsure of, followed on the same line by a
    lower-case word it was also unsure of (the mark that went astray), is dropped: a sentence
    or a label does not go on in lower case right after its stop, and the two low confidences
    say the marks between the words were misread. The next word must be a syllable (the one
    whose mark went astray), and a label before a number ("số:", "ngày") keeps its colon."""
    out = list(words)
    for k in range(len(words) - 1):
        a, b = words[k], words[k + 1]
        m = _STRAY_STOP.match(a.text)
        if m is None or a.line != b.line or not b.text[:1].islower() or _NUMBER_CUE.match(a.text):
            continue
        if not syllables.is_syllable(b.text):
            continue  # "số: tfđZ": a handwritten number after a label, not a mark gone astray
        if a.conf < _STRAY_CONF and b.conf < _STRAY_CONF:
            out[k] = _with_text(a, m["word"])
    return out


def _with_text(w: Word, text: str) -> Word:
    return Word(text, w.line, w.left, w.top, w.width, w.height, w.conf)


def repair_syllables(words: list[Word]) -> list[Word]:
    """Words with their Vietnamese marks repaired (:mod:`vnlegal.readers.ocr_words`), in
    Tesseract's reading order so that neighbours give the context."""
    fixed = repair_words([w.text for w in words], [w.line for w in words])
    return [
        w if t == w.text else Word(t, w.line, w.left, w.top, w.width, w.height, w.conf)
        for w, t in zip(words, fixed, strict=True)
    ]


def segments(words: Sequence[Word], height_px: int, dpi: int) -> list[Seg]:
    """Tesseract lines cut at wide gaps into ``Seg``s in PDF units (y upwards)."""
    unit = 72.0 / dpi
    lines: dict[tuple[int, int, int], list[Word]] = {}
    for w in words:
        lines.setdefault(w.line, []).append(w)
    rows: list[tuple[list[Word], float, int, int, str]] = []
    for ws in lines.values():
        ws.sort(key=lambda w: w.left)
        em = statistics.median(w.height for w in ws)
        # The font size: the tall words (an ascender or a capital with a tone mark) span the
        # whole em whatever the size, the median depends on the words' letters; a footnote
        # line must come out smaller than the body for the layout stage to drop it.
        heights = sorted(w.height for w in ws)
        size_px = heights[(len(heights) * 4) // 5]
        # The baseline: most words sit on it; descenders and dots below reach under it.
        bottoms = sorted(w.bottom for w in ws)
        base_px = bottoms[len(bottoms) // 3]
        mark = ""
        glued = _GLUED_MARK.match(ws[0].text)
        if glued is not None:
            # The note's number read as a stroke glued to its first word ("!Án lệ này ..."):
            # no word opens with "!", so the line opens with a note mark.
            mark = "*"
            ws = [_with_text(ws[0], glued["word"]), *ws[1:]]
        elif len(ws) > 1 and _is_raised_mark(ws[0], base_px, em):
            # A footnote's own number, raised and small, often read as "!" or "'": the
            # layout stage takes a line that starts with one as a footnote, as in a text PDF.
            mark = ws[0].text if ws[0].text.isdigit() else "*"
            ws = ws[1:]
        rows.append((ws, em, base_px, size_px, mark))
    _shrink_notes(rows, height_px)
    out: list[Seg] = []
    for ws, em, base_px, size_px, mark in rows:
        run: list[Word] = [ws[0]]
        for w in ws[1:]:
            if w.left - run[-1].right > _GAP_EM * em:
                out.append(_seg(run, base_px, size_px, height_px, unit, mark))
                run, mark = [], ""
            run.append(w)
        out.append(_seg(run, base_px, size_px, height_px, unit, mark))
    return out


_NOTES_BELOW = 0.5
"""Footnotes start in the lower part of the page: below this share of its height."""
_NOTE_SIZE = 0.85
"""Size given to footnote lines, relative to the page's usual size."""


def _shrink_notes(rows: list[tuple[list[Word], float, int, int, str]], height_px: int) -> None:
    """From the first line in the lower half that opens with a raised mark down, the lines
    are footnotes: word boxes tell a 12-point note from 14-point text only to within about a
    tenth, too little for the layout stage's size test, so their size is set under it."""
    starts = [r[2] for r in rows if r[4] and r[2] > _NOTES_BELOW * height_px]
    if not starts:
        return
    top = min(starts)
    usual = statistics.median(r[3] for r in rows)
    for k, (ws, em, base_px, size_px, mark) in enumerate(rows):
        if base_px >= top:
            rows[k] = (ws, em, base_px, min(size_px, int(_NOTE_SIZE * usual)), mark)


# A raised note number read as a stroke and glued to the note's first word ("!Án").
_GLUED_MARK = rx.compile(r"^[!’‘`]++(?P<word>\p{Lu}[\p{L}\p{M}]*+.*)$")
# What Tesseract makes of a raised note number: digits, or a stroke ("!", "'", "|", "l").
_MARK_TEXT = rx.compile(r"^[\d!'’‘`|lI*]{1,3}$")


def _is_raised_mark(w: Word, base_px: int, em: float) -> bool:
    """A small word whose foot sits well above the line's baseline, shaped like a note mark."""
    return bool(_MARK_TEXT.match(w.text)) and w.height < 0.7 * em and w.bottom < base_px - 0.25 * em


def _seg(run: list[Word], base_px: int, em: float, height_px: int, unit: float, mark: str = "") -> Seg:
    return Seg(
        text=" ".join(w.text for w in run),
        x0=run[0].left * unit,
        x1=run[-1].right * unit,
        base=(height_px - base_px) * unit,
        # A word box spans about one em (capitals with marks, ascenders, descenders).
        size=max(em * unit, 1.0),
        lead_sup=mark,
    )


def _fix_number_slots(
    engine: Engine,
    words: list[Word],
    image: Any,
    dpi: int,
    number: int,
    warnings: list[str],
    path: str | None,
) -> list[Word]:
    """Re-read, or blank, the words in number slots that hold no digit (see module doc)."""
    out: list[Word] = []
    for k, w in enumerate(words):
        prev = words[k - 1] if k else None
        nxt = words[k + 1] if k + 1 < len(words) else None
        cue = prev.text if prev is not None and prev.line == w.line else ""
        if not _NUMBER_CUE.match(cue) or _DIGITS.match(w.text) or not _is_slot(cue, w, nxt):
            out.append(w)
            continue
        if "/" in w.text:
            head, _, tail = w.text.partition("/")
            if head and not _HAS_DIGIT.search(head):
                # Noise glued to the symbol ("Éđã/HC-CNHC"): keep the symbol, blank the number.
                out.append(Word("/" + tail, w.line, w.left, w.top, w.width, w.height, w.conf))
                warnings.append(f"page {number}: an illegible number after {cue!r} ({head!r}) was left blank")
            else:
                out.append(w)
            continue
        digits = _reread_digits(engine, w, image, dpi, path)
        if digits is not None:
            out.append(Word(digits, w.line, w.left, w.top, w.width, w.height, w.conf))
            continue
        if _HAS_DIGIT.search(w.text):
            # Printed digits misread in part ("L7"): better as read than blank.
            out.append(w)
            continue
        what = "number" if cue.lower().startswith("số") else "date"
        warnings.append(
            f"page {number}: an illegible {what} after {cue!r} (handwritten or stamped: {w.text!r}) "
            "was left blank"
        )
    return out


def _is_slot(cue: str, w: Word, nxt: Word | None) -> bool:
    """Whether ``w`` sits where a number must be: "Số: _ /KH-UBND", "ngày _ tháng", "tháng _ năm"."""
    low = cue.lower().rstrip(":")
    after = nxt.text.lower() if nxt is not None and nxt.line == w.line else ""
    if low == "số":
        return cue.endswith(":") and (after.startswith("/") or "/" in w.text)
    if low == "ngày":
        return after == "tháng"
    return after == "năm"


def _reread_digits(engine: Engine, w: Word, image: Any, dpi: int, path: str | None) -> str | None:
    pad = max(w.height // 3, 4)
    box = (
        max(w.left - pad, 0),
        max(w.top - pad, 0),
        min(w.right + pad, image.width),
        min(w.bottom + pad, image.height),
    )
    got = recognize(engine, image.crop(box), dpi, digits=True, path=path)
    text = "".join(x.text for x in got)
    conf = min((x.conf for x in got), default=0.0)
    if text.isdigit() and conf >= _DIGIT_CONF:
        return text
    return None


def ocr_all(
    engine: Engine,
    numbers: Sequence[int],
    render: Callable[[int], tuple[Any, int]],
    path: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> list[OcrPage]:
    """OCR of the pages ``numbers``: ``render(n)`` gives page ``n``'s image and its dpi (on
    this thread); recognition runs on up to ``ocr_threads()`` threads, at most two pages
    ahead of them rendered, so memory stays bounded on an 80-page scan. The time budget grows
    by ``limits.ocr_page_s`` per page."""
    if limits.ocr_page_s:
        extend(limits.ocr_page_s * len(numbers))
    threads = ocr_threads(len(numbers))
    warm()
    # This module's tables too, on this thread (see ``ocr_words.warm``).
    _type_codes()
    _received_words()
    known_codes()
    if threads == 1:
        results = [ocr_page(engine, n, *render(n), path) for n in numbers]
        fix_list_numbers([o.page for o in results])
        return results
    results = []
    pending: deque[Future[OcrPage]] = deque()
    with ThreadPoolExecutor(threads, thread_name_prefix="vnlegal-ocr") as pool:
        try:
            for n in numbers:
                image, dpi = render(n)
                # The time budget lives in a context variable: each page runs in a copy.
                ctx = contextvars.copy_context()
                pending.append(pool.submit(ctx.run, ocr_page, engine, n, image, dpi, path))
                while len(pending) >= 2 * threads:
                    results.append(pending.popleft().result())
            while pending:
                results.append(pending.popleft().result())
        finally:
            for f in pending:
                f.cancel()
    # The numbers of a list are read against each other, over the pages (readers/ocr_lists).
    fix_list_numbers([o.page for o in results])
    return results
