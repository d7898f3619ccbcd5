"""The one door to underthesea: lazy, offline, and quiet.

Importing underthesea costs about half a second and 90 MB, and its import calls
``logging.basicConfig()``; so nothing imports it until a rule asks for help, and the root
logger's handlers are put back afterwards. Only the offline, bundled models are used
(word segmentation and POS tags); ``word_tokenize(fixed_words=...)`` is never used because it
changes module state shared by every later call.

Callers use it as a fallback where the rules are unsure, so ``calls()`` counts how often that
happens (a number the benchmarks report).
"""

from __future__ import annotations

import importlib.util
import itertools
import threading
import unicodedata
from collections import Counter
from functools import cache
from pathlib import Path
from types import ModuleType

from vnlegal.lang.fold import canon_tones

_lock = threading.Lock()
_calls: Counter[str] = Counter()


@cache
def _underthesea() -> ModuleType | None:
    # Imported here, not at the top: logging costs a cold start that never reaches underthesea
    # several milliseconds, and only this import needs the root logger put back.
    import logging

    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        import underthesea
    except Exception:  # a missing or broken optional model must not break parsing
        return None
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
    module: ModuleType = underthesea
    return module


def pos_tags(text: str) -> list[tuple[str, str]]:
    """Word segments of ``text`` with their POS tags ("N", "V", "E" ...); [] without underthesea.

    Segments are underthesea's normalized words, so they are not offset-aligned with ``text``.
    """
    uts = _underthesea()
    if uts is None or not text.strip():
        return []
    with _lock:
        _calls["pos_tags"] += 1
    return [(str(w), str(t)) for w, t in uts.pos_tag(text)]


@cache
def lexicon_pairs() -> frozenset[tuple[str, str]]:
    """Adjacent syllable pairs of the words in underthesea's Viet74K word list ("tình hình",
    "máy vi tính" -> ("máy", "vi"), ("vi", "tính")), lowercase, tone placement canonical.

    The list ships inside the underthesea wheel; it is read as a file, without importing
    underthesea (so it costs tens of milliseconds, not half a second). Empty without underthesea.
    """
    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    path = Path(next(iter(spec.submodule_search_locations))) / "corpus" / "data" / "Viet74K.txt"
    try:
        raw = path.read_text("utf-8")
    except OSError:
        return frozenset()
    text = canon_tones(unicodedata.normalize("NFC", raw).lower())
    pairs: set[tuple[str, str]] = set()
    for line in text.splitlines():
        words = line.split()
        pairs.update(itertools.pairwise(words))
    with _lock:
        _calls["lexicon"] += 1
    return frozenset(pairs)


def calls() -> dict[str, int]:
    """How many times each underthesea function was called in this process."""
    with _lock:
        return dict(_calls)
