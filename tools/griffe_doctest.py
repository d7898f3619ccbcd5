"""Griffe extension for the API reference: doctest examples in docstrings become code blocks.

vnlegal's docstrings hold runnable ``>>>`` examples (tests/test_docs_examples.py runs those of
every object the API page shows). Rendered as Markdown they would be plain text -- and a result such
as ``['72/2015/NĐ-CP']`` would be read as a link -- so each run of ``>>>`` lines and the output
after it is wrapped in a ``pycon`` fence. Loaded by ``mkdocs.yml`` (mkdocstrings extensions).
"""

from __future__ import annotations

from typing import Any

from griffe import Extension, Object


def fence_doctests(text: str) -> str:
    """``text`` with each doctest example (prompt lines and their output) fenced as pycon."""
    out: list[str] = []
    inside = False
    for line in text.splitlines():
        stripped = line.strip()
        if not inside and stripped.startswith(">>>"):
            out.append("```pycon")
            inside = True
        elif inside and not stripped:
            out.append("```")
            inside = False
        out.append(line)
    if inside:
        out.append("```")
    return "\n".join(out)


class DoctestBlocks(Extension):
    """Fence the doctest examples of every docstring griffe loads."""

    def on_object(self, *, obj: Object, **kwargs: Any) -> None:
        """Rewrite the object's docstring in place."""
        if obj.docstring is not None and ">>>" in obj.docstring.value:
            obj.docstring.value = fence_doctests(obj.docstring.value)
