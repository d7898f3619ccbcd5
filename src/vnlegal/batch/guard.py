"""Refuse to start worker processes from a script without an ``if __name__ == "__main__":`` guard.

Worker processes are started by the forkserver or spawn method, which import the main script
again in each worker (as ``__mp_main__``). A script that calls ``run()`` at its top level
without the guard would then call ``run()`` once more in every worker, each of which fails to
start processes of its own: hundreds of lines of tracebacks and a half-written output folder.
``check_main_guard()`` finds the call in the main script before anything is started and raises
one clear error instead.
"""

from __future__ import annotations

import ast
import os
import sys
from functools import cache
from types import FrameType

from vnlegal.batch.inputs import BatchError

GUARD_HELP = (
    'put the call under `if __name__ == "__main__":` -- worker processes import the script again, '
    "and without the guard each of them would start the batch anew (see docs/batch.md)"
)


def _is_main_test(test: ast.expr) -> bool:
    """``__name__ == "__main__"`` (either way round)."""
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.Eq)):
        return False
    sides = [test.left, test.comparators[0]]
    names = [s for s in sides if isinstance(s, ast.Name) and s.id == "__name__"]
    consts = [s for s in sides if isinstance(s, ast.Constant) and s.value == "__main__"]
    return len(names) == 1 and len(consts) == 1


@cache
def _guarded_lines(path: str) -> tuple[tuple[int, int], ...] | None:
    """Line ranges of the script's ``if __name__ == "__main__":`` bodies; None when the source
    cannot be read (then nothing is refused)."""
    try:
        with open(path, encoding="utf-8") as f:
            tree = ast.parse(f.read(), path)
    except (OSError, SyntaxError, UnicodeDecodeError, ValueError):
        return None
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and _is_main_test(node.test) and node.body:
            out.append((node.body[0].lineno, node.body[-1].end_lineno or node.body[-1].lineno))
    return tuple(out)


def unguarded_call(frame: FrameType | None) -> tuple[str, int] | None:
    """(script, line) of the top-level line of the main script that led to this call outside
    a main guard, or None when the call is guarded (or not from a script file)."""
    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None)
    if not path:
        return None  # the REPL, `python -c`, a notebook: no script to import again
    spec = getattr(main, "__spec__", None)
    if os.path.basename(path) == "__main__.py" or (spec is not None and spec.name.endswith("__main__")):
        return None  # `python -m package`: multiprocessing never imports a __main__.py again
    while frame is not None:
        code = frame.f_code
        if code.co_name == "<module>" and frame.f_globals.get("__name__") in ("__main__", "__mp_main__"):
            if code.co_filename != path and frame.f_globals.get("__file__") != path:
                return None
            ranges = _guarded_lines(path)
            line = frame.f_lineno
            if ranges is None or any(a <= line <= b for a, b in ranges):
                return None
            return path, line
        frame = frame.f_back
    return None


def check_main_guard() -> None:
    """Raise ``BatchError`` when the batch is started by unguarded top-level code of the main
    script (see the module doc)."""
    found = unguarded_call(sys._getframe(1))
    if found is not None:
        path, line = found
        raise BatchError(f"{path}, line {line}: run() is called at the top level of the script; {GUARD_HELP}")
