"""Akoma Ntoso XML building blocks: the namespaces, text made safe for XML 1.0, and the small
element helpers every part of the AKN writer uses.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
"""The Akoma Ntoso 3.0 namespace."""
VNLEGAL_NS = "urn:vnlegal:akn"
"""Namespace of the ``vnlegal:id`` / ``vnlegal:key`` / ``vnlegal:relation`` attributes."""

AKN = "{" + AKN_NS + "}"
"""Clark-notation prefix of an AKN element name."""
VNL = "{" + VNLEGAL_NS + "}"
"""Clark-notation prefix of a ``vnlegal:`` attribute name."""
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean_xml(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold (controls, lone surrogates)."""
    return _NOT_XML.sub("", text)


def add_empty(parent: Any, tag: str, **attrs: str) -> Any:
    """A new empty AKN element ``tag`` under ``parent``, with ``attrs`` cleaned."""
    return etree.SubElement(parent, AKN + tag, {k: clean_xml(v) for k, v in attrs.items()})


def set_text(el: Any, text: str) -> None:
    """Set ``el``'s text to ``text``, cleaned."""
    el.text = clean_xml(text)


def append_text(el: Any, text: str) -> None:
    """Append ``text``, cleaned, after ``el``'s last child (or to its text when it has none)."""
    text = clean_xml(text)
    if len(el):
        el[-1].tail = (el[-1].tail or "") + text
    else:
        el.text = (el.text or "") + text
