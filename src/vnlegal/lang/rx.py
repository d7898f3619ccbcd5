"""``compile()``: ``regex.compile`` without the compiler, for the patterns the package ships.

The ``regex`` module compiles a pattern in pure Python (parse, optimise, emit the code list)
before its C engine takes over; the ~280 patterns a first parse needs cost ~0.8 s that way, a
cold start paid by every command-line call and every fresh worker. A compiled pattern pickles
to the arguments of its C constructor (``regex`` registers the reducer with ``copyreg``), so
unpickling one skips the compiler and costs tens of microseconds. ``tools/build_patterns.py``
(``make patterns``) records every ``(pattern, flags)`` the package compiles and pickles them
into ``lang/compiled_patterns.pickle``; ``compile()`` unpickles the entry of its key on first use.

The cache only ever saves time, never changes a pattern:

* the key is the whole pattern source and the flags, so an edited pattern simply misses;
* the file records the ``regex`` version and ``regex.DEFAULT_VERSION`` it was built with, and
  is ignored when either differs (the code list is an internal format of one release);
* an entry that fails to unpickle, or unpickles to another pattern, is ignored;

and a miss compiles with ``regex.compile``. ``tests/test_compiled_patterns.py`` checks that the
shipped file holds exactly what the package compiles. The file is built by this package and
ships inside it, like the code, so unpickling it trusts nothing the code does not.
"""

from __future__ import annotations

import os
import pickle
import threading
from functools import cache
from typing import AnyStr

import regex

__all__ = ["CACHE_FILE", "FORMAT", "cache_key", "compile", "requested"]

CACHE_FILE = "compiled_patterns.pickle"
"""The file, beside this module, that holds the pickled patterns."""
FORMAT = 1
"""Layout of the file: {"format", "regex", "default_version", "patterns": {key: pickle}}."""

_lock = threading.Lock()
# Every key compile() was asked for in this process, hit or miss: what the build tool ships.
_requested: set[tuple[str | bytes, int]] = set()


def cache_key(pattern: str | bytes, flags: int = 0) -> tuple[str | bytes, int]:
    """The key of ``pattern`` compiled with ``flags`` (flags as a plain int)."""
    return pattern, int(flags)


@cache
def _shipped() -> dict[tuple[str | bytes, int], bytes]:
    """The pickled patterns of the shipped file, or {} when it is missing or was built for
    another ``regex``."""
    try:
        # A plain open() beside this module, like data/loader.py (importlib.resources costs
        # more to import than the whole file costs to read).
        with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), CACHE_FILE), "rb") as f:
            table = pickle.loads(f.read())
    except Exception:  # a missing or unreadable file only costs time
        return {}
    if (
        not isinstance(table, dict)
        or table.get("format") != FORMAT
        or table.get("regex") != regex.__version__
        or table.get("default_version") != int(regex.DEFAULT_VERSION)
    ):
        return {}
    patterns = table.get("patterns")
    return patterns if isinstance(patterns, dict) else {}


def compile(pattern: AnyStr, flags: int = 0) -> regex.Pattern[AnyStr]:
    """``regex.compile(pattern, flags)``, taken from the shipped cache when it holds it."""
    key = cache_key(pattern, flags)
    with _lock:
        _requested.add(key)
    blob = _shipped().get(key)
    if blob is not None:
        try:
            compiled = pickle.loads(blob)
        except Exception:  # a damaged entry: compile it the slow way
            compiled = None
        if isinstance(compiled, regex.Pattern) and compiled.pattern == pattern:
            return compiled
    return regex.compile(pattern, flags)


def requested() -> frozenset[tuple[str | bytes, int]]:
    """The keys ``compile()`` has been asked for in this process (for the build tool)."""
    with _lock:
        return frozenset(_requested)
