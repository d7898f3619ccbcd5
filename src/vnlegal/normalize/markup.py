"""Markdown debris: the emphasis, escapes and heading marks that HTML-to-Markdown converters
leave around a document's words.

A page saved through a converter arrives as "**I. MỤC ĐÍCH, YÊU CẦU**", "*Hà Nội, ngày **24**
tháng 11 năm 2025*", "**Điều 1.**** **Ban hành ...", "1\\. Mục đích", "## CHƯƠNG I". The marks
are not the document's text: left in, they hide markers, labels and dates from every stage.

``markup_edits`` is one of the finders ``vnlegal.normalize.repair`` runs. It fires only on a
text that shows the converter's hand -- at least two emphasis pairs closed on one line, or a
Markdown table rule ``| --- |`` -- so a plain text's lone asterisk ("(*)", "5*") is never
touched. It deletes characters and never a line break, so lines keep their count.
"""

from __future__ import annotations

import regex

from vnlegal.lang import rx
from vnlegal.lang.syllables import commonness, is_syllable
from vnlegal.normalize.edits import Edit

# Evidence that a converter wrote the text: emphasis closed on one line around a word.
_PAIR = rx.compile(r"(?:\*\*|__)(?=\S)[^*_\n]{1,200}?(?<=\S)(?:\*\*|__)")
_RULE_ROW = rx.compile(r"(?m)^\s*+\|\s*+:?-{3,}+")
# What is deleted, each branch one kind of mark:
# - runs of two or more asterisks, or of exactly two underscores, touching a word on at least
#   one side (a line of them alone is a horizontal rule, and "___" a blank to fill in: both
#   stay): "**Điều 1.**", "**** **", "__a__";
# - one asterisk or underscore that opens (line start or after a space, before a word, or
#   before a punctuation mark: "Điều 1 _._ Sửa đổi", "_, Kỳ họp thứ_") or closes
#   (after a word, before a space, punctuation or the line end) emphasis: "*Hà Nội*", "năm*";
# - a closing mark between a label's stop and a word, the space after it dropped by the
#   converter ("*2.*Sở Giao dịch ..."): a space instead;
# - a backslash escaping Markdown punctuation: "1\\.", "\\-", "\\*";
# - two emphasis runs glued between two words, where the page had a line break or a space the
#   converter dropped ("****Mục 1****KHẤU TRỪ ...", "**Điều****11****.**"): a space instead
#   (see ``_rejoin``), unless the two pieces make one number, one Roman numeral or one syllable
#   (Word splits formatting runs inside words: "**Chương XI****I**", "**Đ****iều**");
# - a closing and an opening run with a space between, inside a word that Word's formatting
#   runs split ("_Hà Nội, ng_ _ày 10 tháng 9_", html2text): the space goes with the marks when
#   the two pieces make one syllable and one of them is none alone ("ng" + "ày"), else it stays;
#   two pieces of one year or one Roman numeral ("năm 20_ _26_", "khoá X_ _V") likewise;
# - three underscores before a word that one closes ("ngày ___13_ tháng"): an empty pair and
#   an opening one, and three after a sentence's end at the line end ("năm 2025 _.___"): not
#   blanks to fill in ("Số: ___/QĐ", "Họ tên: ___");
# - a backslash at a line end: pandoc's hard line break ("**THÔNG TƯ**\\");
# - heading marks at a line start: "## ";
# - an emphasis pair around nothing but spaces at a line start, the indent of a Word page
#   saved as HTML ("<em>   </em>1. Khu vực ..." -> "__ 1\\. Khu vực ...", "_ _ a) ..."): the
#   pair and the spaces after it ("** **a) ...", pandoc's "*   *1. ...", no-break spaces too, a bold opening
#   before it "***   *Điều 1." too). A pair of single marks with one space inside must be
#   followed by a space, or by a line with no single mark to close an emphasis: "* *Rà soát*
#   ..." is a star bullet with emphasis, "* *1. Thông tư ..." an indent.
# Every branch starts at a mark or a backslash, or at a line start before marks: the leading
# lookahead rejects every other position at once (the branches' lookbehinds, tried at every
# character of a long text, doubled the scan).
_MARK = rx.compile(
    r"(?=[*_\\]|^[ \t]*+[*_#])"
    r"(?:(?P<lead>^[ \t]*+(?:\*\*(?=\*))*+(?:(?:\*\*|__|\*[ \t\xa0]++\*|_[ \t\xa0]++_)[ \t\xa0]++"
    r"|\*\*[ \t\xa0]++\*\*|__[ \t\xa0]++__|\*[ \t\xa0]{2,}+\*|_[ \t\xa0]{2,}+_"
    r"|\*[ \t\xa0]\*(?=[^\s*_](?:[^*\n]|\*\*)*+$))(?=[^\s*_]))"
    r"|(?P<split>(?<=[\p{L}\p{N}])(?:\*{1,2}+|_{1,2}+)[ \t](?:\*{1,2}+|_{1,2}+)(?=[\p{L}\p{N}]))"
    r"|(?P<triple>(?<=^|[ \t])___(?=[\p{L}\p{N}][^\s_]{0,40}+_(?![_\p{L}\p{N}]))|(?<=[.!?”)])___(?=[ \t]*+$))"
    r"|(?P<glue>(?<=[\p{L}\p{N}])\*{4,}+(?=[\p{L}\p{N}]))"
    r"|(?P<run>(?<=\S)(?:\*{2,}+|(?<!_)__(?!_))|(?:\*{2,}+|(?<!_)__(?!_))(?=\S))"
    r"|(?P<open>(?:(?<=^|[ \t(\[\"“]|\*\*)[*_])(?=[\p{L}\p{N}\"“(.,:;!?]))"
    r"|(?P<close>(?<=[\p{L}\p{N}.,:;)\]\"”!?%])[*_](?=[ \t.,:;)\]\"”!?]|\*\*|$))"
    r"|(?P<stuck>(?<=[.:;)][*_]?+)[*_](?=\p{L}))"
    r"|(?P<escape>\\(?=[.\-*_#()\[\]|+!`>]|$))"
    r"|(?P<heading>^[ \t]*+#{1,6}+[ \t]++))",
    regex.MULTILINE,
)
# A line that is nothing but a rule of asterisks or underscores ("* * *", "______").
_RULE_LINE = rx.compile(r"^[ \t]*+(?:[*_][ \t]*+){3,}+$", regex.MULTILINE)
# A bullet written as "* " or "+ " at a line start: a dash bullet for the outline stage.
_STAR_BULLET = rx.compile(r"^(?P<pad>[ \t]*+)\*(?= \S)", regex.MULTILINE)
_MIN_PAIRS = 2


def is_markdown(text: str) -> bool:
    """True when ``text`` shows a Markdown converter's hand: two or more emphasis pairs closed
    on one line, or a table rule row."""
    if _RULE_ROW.search(text) is not None:
        return True
    found = 0
    for _ in _PAIR.finditer(text):
        found += 1
        if found >= _MIN_PAIRS:
            return True
    return False


def markup_edits(text: str) -> tuple[list[Edit], str | None]:
    """Deletions of Markdown emphasis, escapes and heading marks (and "* " bullets made "- "),
    or nothing when the text was not written by a converter."""
    if "*" not in text and "_" not in text and "\\" not in text and "#" not in text:
        return [], None
    if not is_markdown(text):
        return [], None
    rules = [(m.start(), m.end()) for m in _RULE_LINE.finditer(text)]
    edits: list[Edit] = []
    r = 0
    for m in _MARK.finditer(text):
        while r < len(rules) and rules[r][1] <= m.start():
            r += 1
        if r < len(rules) and rules[r][0] <= m.start() < rules[r][1]:
            continue  # a horizontal rule is text of the page, not emphasis
        if m.lastgroup == "open":
            bullet = _STAR_BULLET.match(text, _line_start(text, m.start()))
            if bullet is not None and bullet.end("pad") == m.start():
                continue  # the star of a "* " bullet, made "- " below
        new = ""
        if m.lastgroup == "glue":
            new = _rejoin(text, m.start(), m.end(), spaced=False)
        elif m.lastgroup == "stuck":
            new = " "
        elif m.lastgroup == "split":
            new = _rejoin(text, m.start(), m.end(), spaced=True)
        edits.append(Edit(m.start(), m.end(), new))
    rule_starts = {start for start, _ in rules}
    deleted = {e.start for e in edits}
    for m in _STAR_BULLET.finditer(text):
        if m.start() in rule_starts or m.end("pad") in deleted or m.start() in deleted:
            continue  # "* * *" is a rule, "* * Điều 2" an empty pair: neither is a bullet
        star = m.end("pad")
        edits.append(Edit(star, star + 1, "-"))
    edits.sort(key=lambda e: e.start)
    if not edits:
        return [], None
    # No warning: reading a Markdown rendering is the ordinary path, not a doubt about the text.
    return edits, None


_TOKEN_BEFORE = rx.compile(r"[\p{L}\p{N}]++$")
_TOKEN_AFTER = rx.compile(r"[\p{L}\p{N}]++")
_ROMAN = rx.compile(r"[IVXLC]++")


# A split word is put back when the whole is a common syllable (log(1 + count) in the
# frequency table: "ngày" 6.4, "điều" 7.5) and one piece is rarer by this much ("ngà" 3.6).
_COMMON = 3.0
_RARER = 2.0


def _rejoin(text: str, start: int, end: int, *, spaced: bool) -> str:
    """What replaces the marks ``text[start:end]`` between two pieces of text: nothing when the
    pieces make one word, else a space.

    Glued runs ("**Mục 1****KHẤU**", ``spaced`` False) stood for a space the converter dropped,
    unless the pieces make one number, Roman numeral or syllable ("Chương XI****I"). Runs with
    a space between (``spaced``: "ng_ _ày", "năm 20_ _26_", "khoá X_ _V") kept the space unless
    the pieces make one year, one numeral, or a common syllable one piece of which is a much
    rarer word alone ("ngà" + "y"; "_Hà_ _Nội_" keeps it)."""
    before = _TOKEN_BEFORE.search(text, max(0, start - 40), start)
    after = _TOKEN_AFTER.match(text, end)
    left = before.group() if before is not None else ""
    right = after.group() if after is not None else ""
    if left.isdigit() and right.isdigit():
        return "" if not spaced or len(left) + len(right) <= 4 else " "
    if _ROMAN.fullmatch(left) is not None and _ROMAN.fullmatch(right) is not None:
        return ""
    if left.isalpha() and right.isalpha():
        if not spaced:
            return "" if is_syllable((left + right).lower()) else " "
        joined = commonness(left + right)
        if joined >= _COMMON and min(commonness(left), commonness(right)) < joined - _RARER:
            return ""
    return " "


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1
