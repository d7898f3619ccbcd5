"""Labelled lines ("- Đơn vị chủ trì: Sở X.") and task-table header cells -> field names.

The labels are data (data/field_labels.tsv). A line is a field only when everything before its
first colon is a known label, so prose that merely contains a colon ("Nội dung huấn luyện:
Quy định tại ...", "Đối tượng áp dụng:") is left alone.
"""

from __future__ import annotations

from functools import cache
from typing import cast, get_args

from vnlegal.data import ColumnKeyword, FieldLabel, load_table
from vnlegal.lang import rx
from vnlegal.lang.fold import fold
from vnlegal.model import Document, Field, FieldName

# A label is a few words; looking for the colon only this far keeps read_field cheap on prose.
_MAX_LABEL = 64
_FIELD_NAMES = frozenset(get_args(FieldName))
# Table-only column names and what they become on a labelled line (None: not a field).
_LINE_NAME = {"task": "other", "note": "other", "seq": None}

_SLASH = rx.compile(r"\s*+/\s*+")
_PAREN_TAIL = rx.compile(r"\s*+\([^()]*+\)\s*+$")
_MARKUP = rx.compile(r"[*_`]++")
_CUT = rx.compile(r"[/,(]")


def _key(label: str) -> str:
    """Comparison key of a label: folded, markup and trailing "(...)" dropped, "/" tight."""
    key: str = _PAREN_TAIL.sub("", fold(_MARKUP.sub("", label)))
    key = _SLASH.sub("/", key)
    return key.strip(" .:-")


@cache
def _labels() -> dict[str, str]:
    return {_key(r.label): r.name for r in load_table(FieldLabel)}


@cache
def _keywords() -> tuple[tuple[str, str, str], ...]:
    return tuple((fold(r.keyword), r.match, r.name) for r in load_table(ColumnKeyword))


def label_name(label: str) -> str | None:
    """The field name of a label as written ("Cơ quan chủ trì" -> "lead"), None if unknown.

    Names include the table-only "task", "seq" and "note". A qualifier after "/" or "(" is
    ignored when the part before it is a label: "Thời gian thực hiện/ hoàn thành" -> "time".
    """
    key = _key(label)
    if not key:
        return None
    labels = _labels()
    name = labels.get(key)
    if name is None:
        m = _CUT.search(key)
        if m is not None:
            name = labels.get(key[: m.start()].strip())
    return name


def read_field(text: str) -> Field | None:
    """The Field of a labelled line whose list marker is already removed, or None.

    >>> read_field("Đơn vị chủ trì: Sở Thông tin và Truyền thông.")
    Field(name='lead', label='Đơn vị chủ trì', value='Sở Thông tin và Truyền thông.')
    >>> read_field("Nội dung huấn luyện: Quy định tại Điều 7 Nghị định số 181/2024/NĐ-CP") is None
    True
    """
    colon = text.find(":", 0, _MAX_LABEL)
    if colon <= 0:
        return _bare_label(text)
    raw = text[:colon]
    if raw.count(" ") > 8:
        return None
    name = label_name(raw.lstrip(" -+•*\t"))
    if name is None:
        return None
    if name not in _FIELD_NAMES:
        name = _LINE_NAME.get(name)
        if name is None:
            return None
    label = _MARKUP.sub("", raw).strip(" -+•\t")
    value = _MARKUP.sub("", text[colon + 1 :]).strip() if "*" in text else text[colon + 1 :].strip()
    return Field(name=cast(FieldName, name), label=label, value=value)


_BARE_NAMES = frozenset(("lead", "implementers", "cooperating", "time"))


def _bare_label(text: str) -> Field | None:
    """A line that is a role or time label and nothing else ("a) Cơ quan chủ trì", "2. Cơ
    quan chủ trì, phối hợp"): a heading whose value is written in the lines below it.

    >>> _bare_label("Cơ quan phối hợp")
    Field(name='cooperating', label='Cơ quan phối hợp', value='')
    """
    raw = text.strip().rstrip(".")
    if not raw or len(raw) > _MAX_LABEL or raw.count(" ") > 8:
        return None
    label = _MARKUP.sub("", raw).strip(" -+•\t")
    name = label_name(label)
    if name not in _BARE_NAMES:
        return None
    return Field(name=cast(FieldName, name), label=label, value="")


def column_name(header: str) -> str | None:
    """The field name of a task-table header cell ("Cơ quan chủ trì" -> "lead"), or None."""
    cell = " ".join(header.split())
    name = label_name(cell)
    if name is not None:
        return name
    key = _key(cell)
    for keyword, match, kw_name in _keywords():
        if key.startswith(keyword) if match == "start" else keyword in key:
            return kw_name
    return None


# Node kinds whose first line may be a labelled line; headings (articles, chapters) never are.
_FIELD_KINDS = frozenset(("bullet", "paragraph", "item", "point", "subitem"))


def read_fields(doc: Document) -> None:
    """Every labelled line ("- Đơn vị chủ trì: Sở X.") of the outline gets its ``Field``."""
    for node in doc.iter_nodes():
        if node.kind in _FIELD_KINDS:
            text = node.text or node.title
            if text:
                node.field = read_field(text.split("\n", 1)[0])
