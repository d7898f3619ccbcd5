"""Law names read in running text: "Luật Tổ chức chính quyền địa phương", where the name ends
(a date, a number, punctuation, the next cited type), and the laws an amending law names
("Luật sửa đổi, bổ sung một số điều của Luật Đầu tư và Luật Doanh nghiệp").

Apart from ``vnlegal.citations.parts`` (symbols, pinpoints, dates, the sentence) because a
name's end is the engine's hardest reading, with its own patterns and word lists.
"""

from __future__ import annotations

from vnlegal.citations.parts import DIGIT, SPACES, STOP_CHARS, next_is_lower
from vnlegal.citations.patterns import REACH, WORD_RE, folded_words, law_names, stop_re
from vnlegal.lang import nlp, rx
from vnlegal.lang.fold import fold

__all__ = ["amended_laws", "read_law_name", "skip_revised_mark"]

_AMENDING_LAW = rx.compile(
    # "một số điều và Phụ lục Danh mục ... của Luật X": what is amended besides articles is
    # named before "của" (a few words, no punctuation).
    r"\s++(?i:sửa\s++đổi(?:\s*+,?\s*+bổ\s++sung)?"
    r"(?:\s++một\s++số\s++điều(?:\s++và\s++[^;.,:\n()]{1,80}?(?=\s++của\s))?)?(?:\s++của)?)\s++"
    r"(?:các\s++)?(?=(?:Bộ\s++)?[Ll]uật\s|\d{1,3}+\s++[Ll]uật\s)"
)
# "... của 37 luật có liên quan đến quy hoạch": an amending law over a number of laws, named by
# their common subject; the name runs over lower-case words to a date, a number or punctuation.
_MANY_LAWS = rx.compile(r"\d{1,3}+\s++[Ll]uật(?:\s++(?!ngày|số|năm)[\p{Ll}\p{M}]++){0,12}+")
_LAW_WORD = rx.compile(r"(?:Bộ\s++)?[Ll]uật")
_AND_LAW = rx.compile(r"\s*+(?:,|(?<!\p{L})và)\s++(?=(?:Bộ\s++)?[Ll]uật\s)")
_TYPE_AHEAD = rx.compile(r"(?:Bộ\s)?[Ll]uật(?!\p{L})|Nghị\s|Thông\s|Quyết\s")
# A lower-case type word after a comma ends a name ("Luật X, nghị định ...").
_LOWER_TYPE_AHEAD = rx.compile(r"(?:luật|nghị|thông\s++tư|quyết\s++định|chỉ\s++thị|văn\s++bản)(?!\p{L})")
# "Căn cứ Luật" right before a name: a basis clause cites one law, so its name may start in lower
# case ("Căn cứ Luật tổ chức HĐND và UBND ngày 26/11/2003").
_BASIS_LAW = rx.compile(r"(?r)(?<!\p{L})(?i:căn\s++cứ)(?:\s++vào)?\s++(?:Bộ\s++)?Luật")
# An abbreviated part of a law's name ("KH", "CN", "ĐMST"), and one after a comma or "&".
_ABBREVIATION = rx.compile(r"\p{Lu}{2,6}+")
_ABBREVIATION_AHEAD = rx.compile(r"[ \t]++\p{Lu}{2,6}+(?![\p{L}\d/])")
# "(sửa đổi)" inside a name, with the law's number further on in the same clause.
_REVISED_MARK = rx.compile(r"\(\s*+(?i:sửa\s++đổi)\s*+\)")
_REVISED_NUMBERED = rx.compile(
    r"\(\s*+(?i:sửa\s++đổi)\s*+\)\s++(?:\p{Ll}[^;.\n()]{0,80}?[ \t])?(?i:số)[ \t]*+\d{1,4}+/"
)
# Words of an unknown law's name read at most.
_NAME_WORDS = 16
# A name goes on over a comma only after a short coordinated part ("Phòng, chống ...", "Thi
# đua, khen thưởng", "Hiến, lấy, ghép mô"): a longer part before a comma ends the name.
_COMMA_PART_WORDS = 2


def amended_laws(text: str, pos: int, end: int, *, caps: bool) -> list[tuple[int, int]]:
    """(start, end) of each law an amending law's name at ``pos`` amends ("Luật sửa đổi, bổ sung
    một số điều của Luật X, Luật Y và Luật Z" -> X, Y, Z); [] when the name is no amending one."""
    end = min(end, pos + REACH)
    amending = _AMENDING_LAW.match(text, pos, end)
    if amending is None:
        return []
    out: list[tuple[int, int]] = []
    at = int(amending.end())
    while True:
        word = _LAW_WORD.match(text, at, min(end, at + 8))
        e = read_law_name(text, int(word.end()), end, caps=caps) if word is not None else None
        if e is None:
            return out
        out.append((at, e))
        more = _AND_LAW.match(text, e, end)
        if more is None:
            return out
        at = int(more.end())


def read_law_name(text: str, pos: int, end: int, *, caps: bool) -> int | None:
    """End of the name of a law cited by name, the name starting after the type word at ``pos``.

    Known names (law_names.tsv) win; an amending law takes the laws it amends into its name
    ("Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền
    địa phương"); an unknown name must start with a capital and runs to a boundary word, a
    number or punctuation (names in capitals must be known); it goes on over a comma after a
    short coordinated part when lower-case words follow ("Luật Phòng, chống tác hại ...").
    """
    end = min(end, pos + REACH)
    amending = _AMENDING_LAW.match(text, pos, end)
    if amending is not None:
        inner = amended_laws(text, pos, end, caps=caps)
        if inner:
            return inner[-1][1]
        many = _MANY_LAWS.match(text, amending.end(), end)
        if many is not None:
            return int(many.end())
    start = int(SPACES.match(text, pos, end).end())
    known = law_names().match(text, start, end) if start > pos else None
    if known is not None:
        return known[0]
    w = WORD_RE.match(text, pos + 1, end) if text[pos : pos + 1] == " " else None
    if w is None or caps:
        return None
    if not w.group()[0].isupper() and not (
        _BASIS_LAW.match(text, max(0, pos - 40), pos) and not stop_re("name").match(text, w.start(), end)
    ):
        return None
    if fold(w.group()) in folded_words("notlaw") or _TYPE_AHEAD.match(text, w.start(), end):
        return None
    stops = stop_re("name")
    last = i = int(w.end())
    words = part = 1
    prev = w.group()
    while i < end and words < _NAME_WORDS:
        ch = text[i]
        if (
            ch == ","
            and part <= _COMMA_PART_WORDS
            and (_comma_goes_on(text, i + 1, end) or _abbreviation_goes_on(prev, text, i + 1, end))
        ):
            part = 0
            i += 1
            continue
        if ch == "&" and _ABBREVIATION.fullmatch(prev) and _ABBREVIATION_AHEAD.match(text, i + 1, end):
            # "Luật KH, CN & ĐMST": "&" joins abbreviated parts as "và" joins words.
            i += 1
            continue
        if ch == "(" and _REVISED_NUMBERED.match(text, i, end):
            # "Luật Khoa học, công nghệ (sửa đổi) và đổi mới sáng tạo số 93/2025/QH15": an
            # enacted law's title may keep its draft mark; a number after it says it is enacted.
            mark = _REVISED_MARK.match(text, i, end)
            i = int(mark.end()) if mark is not None else i + 1
            continue
        if ch in STOP_CHARS or ch == "\n":
            break
        if ch.isspace():
            i += 1
            continue
        nw = WORD_RE.match(text, i, end)
        if nw is None or stops.match(text, i, end) or DIGIT.match(nw.group()):
            break
        if fold(nw.group()) == "và" and next_is_lower(text, nw.end(), end):
            # "Luật Đo đạc và bản đồ" or "Luật Đất đai và các văn bản ...": the rules are
            # unsure here, so the word after "và" decides, by its POS tag.
            if not _name_goes_on(text, w.start(), int(nw.end()), end):
                break
            part = -1
        if _TYPE_AHEAD.match(text, i, min(end, i + 8)):
            break
        words += 1
        part += 1
        i = int(nw.end())
        prev = nw.group().rstrip(".")
        if fold(nw.group()) != "và":
            last = i - (len(nw.group()) - len(prev))  # a full stop after the name is not in it
    return last


def skip_revised_mark(text: str, pos: int, end: int) -> int:
    """Past a "(sửa đổi)" mark at ``pos`` when the law's number follows it ("Luật Đất đai (sửa
    đổi) số 31/2024/QH15": enacted, not a draft); else ``pos``."""
    at = int(SPACES.match(text, pos, end).end())
    if not _REVISED_NUMBERED.match(text, at, end):
        return pos
    mark = _REVISED_MARK.match(text, at, end)
    return int(mark.end()) if mark is not None else pos


def _abbreviation_goes_on(prev: str, text: str, pos: int, end: int) -> bool:
    """After a comma in an abbreviated name ("Luật KH, CN & ĐMST"): an abbreviation follows one."""
    return bool(_ABBREVIATION.fullmatch(prev)) and _ABBREVIATION_AHEAD.match(text, pos, end) is not None


def _comma_goes_on(text: str, pos: int, end: int) -> bool:
    """After a comma in an unknown law's name: a lower-case word that is no boundary word,
    determiner or type word continues it ("Luật Phòng, chống ...")."""
    at = int(SPACES.match(text, pos, end).end())
    if at == pos or at >= end or text[pos:at].count("\n"):
        return False
    w = WORD_RE.match(text, at, end)
    if w is None or not w.group()[0].islower():
        return False
    if stop_re("name").match(text, at, end) or _LOWER_TYPE_AHEAD.match(text, at, end):
        return False
    return fold(w.group()) not in folded_words("determiner")


def _name_goes_on(text: str, start: int, after_and: int, end: int) -> bool:
    """After "và" in an unknown law's name: a determiner or a verb ends the name ("và các văn
    bản", "và thực hiện ..."), anything else continues it ("nhỏ và vừa", "đo đạc và bản đồ")."""
    words = list(WORD_RE.finditer(text, after_and, min(end, after_and + 40)))[:2]
    if not words or fold(words[0].group()) in folded_words("determiner"):
        return False
    if fold(words[0].group()) in {fold(w) for w in WORD_RE.findall(text, start, after_and)}:
        return True  # a word of the name again: parallel parts ("hiến, lấy ... và hiến, lấy xác")
    tags = nlp.pos_tags(text[start : int(words[-1].end())])
    seen_and = False
    for word, tag in tags:
        if seen_and:
            return tag != "V"
        seen_and = fold(word) == "và"
    return False
