"""Tesseract 5 with its Vietnamese model: one page image -> words with boxes and confidences.

Engine choice, by measurement on this machine (docs/performance.md): the C API through
``tesserocr`` reads a 200-dpi page in 2.6 s where the ``tesseract`` command takes 4.8 s for
the same page -- the command reloads the 20 MB Vietnamese model and decodes a PNG each time.
``tesserocr`` also releases the GIL while it recognizes, so threads OCR pages in parallel.
So ``tesserocr`` (the ``ocr`` extra; its wheel bundles the library) is used when it imports,
and the ``tesseract`` command (Debian ``tesseract-ocr``) otherwise; both need the Vietnamese
data (Debian ``tesseract-ocr-vie``). ``VNLEGAL_OCR_ENGINE`` = ``tesserocr`` | ``tesseract``
| ``none`` forces a choice (benchmarks, tests of the missing-engine path).

Both engines give Tesseract's TSV: one row per word with its block, paragraph and line
numbers, its box in pixels and a confidence of 0-100.
"""

from __future__ import annotations

import functools
import io
import multiprocessing
import os
import shutil
import subprocess
import threading
from dataclasses import dataclass
from typing import Any

from vnlegal.errors import MissingOcrEngineError, TimeBudgetExceededError
from vnlegal.limits import checkpoint, remaining

LANG = "vie"
PACKAGES = "tesseract-ocr and tesseract-ocr-vie"
"""The Debian packages OCR needs (named in ``MissingOcrEngineError``)."""
MAX_THREADS = 4
"""OCR threads within one ``parse()`` at most (each holds a model of about 60 MB)."""
_PAGE_TIMEOUT_S = 300.0
"""One page's recognition without a time budget: no real page takes a minute."""

_TESSDATA_DIRS = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",
    "/usr/local/share/tessdata",
    "/opt/homebrew/share/tessdata",
)


@dataclass(frozen=True, slots=True)
class Word:
    """One recognized word: its line's key, its box in pixels (y downwards), confidence."""

    text: str
    line: tuple[int, int, int]
    """(block, paragraph, line) numbers: the words of one Tesseract line share it."""
    left: int
    top: int
    width: int
    height: int
    conf: float
    """0-100."""

    @property
    def right(self) -> int:
        return self.left + self.width

    @property
    def bottom(self) -> int:
        return self.top + self.height


@dataclass(frozen=True, slots=True)
class Engine:
    """A usable Tesseract: ``kind`` "tesserocr" or "tesseract" (the command)."""

    kind: str
    tessdata: str | None
    """Folder holding vie.traineddata (None: the command's own default)."""


def _tessdata() -> str | None:
    env = os.environ.get("TESSDATA_PREFIX")
    for d in ([env, os.path.join(env, "tessdata")] if env else []) + list(_TESSDATA_DIRS):
        if os.path.isfile(os.path.join(d, f"{LANG}.traineddata")):
            return d
    return None


@functools.cache
def _find(forced: str) -> Engine | str:
    """The engine, or why there is none (cached per forced choice: a look-up runs a command)."""
    if forced == "none":
        return "OCR is switched off (VNLEGAL_OCR_ENGINE=none)"
    tessdata = _tessdata()
    if forced in ("", "tesserocr") and tessdata is not None:
        try:
            import tesserocr  # lazy: optional (the ocr extra), and heavy at start-up

            if LANG in tesserocr.get_languages(tessdata + "/")[1]:
                return Engine("tesserocr", tessdata)
        except ImportError:
            pass
    exe = shutil.which("tesseract")
    if exe is None:
        return "the tesseract command is not installed"
    try:
        out = subprocess.run(
            [exe, "--list-langs"], capture_output=True, text=True, timeout=30, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError) as exc:
        return f"the tesseract command does not run ({exc})"
    if LANG not in out.split():
        return "Tesseract has no Vietnamese data (vie.traineddata)"
    return Engine("tesseract", tessdata if tessdata and not os.environ.get("TESSDATA_PREFIX") else None)


def find_engine() -> Engine | str:
    """The Tesseract to use, or a sentence saying why there is none."""
    return _find(os.environ.get("VNLEGAL_OCR_ENGINE", "").strip().lower())


def require_engine(path: str | None) -> Engine:
    """The engine, or ``MissingOcrEngineError`` naming the packages to install."""
    found = find_engine()
    if isinstance(found, Engine):
        return found
    raise MissingOcrEngineError(
        f"OCR needs Tesseract with its Vietnamese model ({found}): install the Debian packages "
        f"{PACKAGES} (apt-get install {PACKAGES.replace(' and ', ' ')}), and `pip install "
        "vnlegal[ocr]` for the faster in-process engine",
        path=path,
    )


def ocr_threads(pages: int) -> int:
    """Threads for OCR of ``pages`` pages: ``VNLEGAL_OCR_THREADS`` if set; one inside a child
    process (a batch worker: the pool already keeps every core busy); else the cores, up to
    ``MAX_THREADS``."""
    env = os.environ.get("VNLEGAL_OCR_THREADS", "").strip()
    if env.isdigit() and int(env) > 0:
        n = int(env)
    elif multiprocessing.parent_process() is not None:
        n = 1
    else:
        n = min(os.cpu_count() or 1, MAX_THREADS)
    return max(1, min(n, pages))


# --- recognition ----------------------------------------------------------------------

VARIABLES: dict[str, str] = {}
"""Tesseract variables set for every page (besides the digits-only whitelist)."""


def settings_key() -> str:
    """What, besides the image, decides Tesseract's output (a cache of its output keys on it)."""
    return repr(sorted(VARIABLES.items()))


_POOL: list[Any] = []
"""Idle tesserocr APIs (one model load each, ~0.2 s): reused across pages and calls."""
_POOL_LOCK = threading.Lock()


def _timeout_s() -> float:
    left = remaining()
    return _PAGE_TIMEOUT_S if left is None else max(min(left, _PAGE_TIMEOUT_S), 0.001)


def recognize(
    engine: Engine, image: Any, dpi: int, *, digits: bool = False, path: str | None = None
) -> list[Word]:
    """Words of a PIL ``image`` rendered at ``dpi``, and the ruled lines Tesseract found (as
    words with empty text); ``digits`` reads one line of digits only (a handwritten number),
    without the lines. Runs within the time budget."""
    checkpoint("OCR of a page")
    if engine.kind == "tesserocr":
        tsv = _tesserocr_tsv(engine, image, dpi, digits, path)
    else:
        tsv = _command_tsv(image, dpi, digits, path)
    return parse_tsv(tsv, rules=not digits)


def _tesserocr_tsv(engine: Engine, image: Any, dpi: int, digits: bool, path: str | None) -> str:
    import tesserocr  # lazy: optional (the ocr extra), and heavy at start-up

    with _POOL_LOCK:
        api = _POOL.pop() if _POOL else None
    if api is None:
        api = tesserocr.PyTessBaseAPI(path=f"{engine.tessdata}/", lang=LANG)
    try:
        api.SetPageSegMode(tesserocr.PSM.SINGLE_LINE if digits else tesserocr.PSM.AUTO)
        api.SetVariable("tessedit_char_whitelist", "0123456789" if digits else "")
        api.SetImage(image)
        api.SetSourceResolution(dpi)
        if not api.Recognize(timeout=int(_timeout_s() * 1000)):
            checkpoint("OCR of a page")
            raise TimeBudgetExceededError("OCR of a page did not finish within the time budget", path=path)
        tsv: str = api.GetTSVText(0)
    except BaseException:
        api.End()
        raise
    with _POOL_LOCK:
        if len(_POOL) < MAX_THREADS:
            _POOL.append(api)
            api = None
    if api is not None:
        api.End()
    return tsv


def _command_tsv(image: Any, dpi: int, digits: bool, path: str | None) -> str:
    buf = io.BytesIO()
    image.save(buf, "PNG", compress_level=1)
    psm = "7" if digits else "3"
    cmd = ["tesseract", "-", "-", "-l", LANG, "--dpi", str(dpi), "--psm", psm]
    if digits:
        cmd += ["-c", "tessedit_char_whitelist=0123456789"]
    # One thread per command: parse() runs its own pages in parallel.
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        done = subprocess.run(
            [*cmd, "tsv"],
            input=buf.getvalue(),
            capture_output=True,
            timeout=_timeout_s(),
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired:
        checkpoint("OCR of a page")
        raise TimeBudgetExceededError(
            "OCR of a page did not finish within the time budget", path=path
        ) from None
    except OSError as exc:
        raise MissingOcrEngineError(f"the tesseract command does not run ({exc})", path=path) from None
    if done.returncode != 0:
        err = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise MissingOcrEngineError(
            f"tesseract failed ({err[-1] if err else done.returncode}); check {PACKAGES}", path=path
        )
    return done.stdout.decode("utf-8", "replace")


RULE_ASPECT = 8
"""A box without text this many times longer than thick is a ruled line (Tesseract reports
the lines it finds as words without text)."""


def parse_tsv(tsv: str, *, rules: bool = False) -> list[Word]:
    """The words (level 5 rows with text) of Tesseract's TSV output; with ``rules``, also the
    ruled lines it found (rows without text, long and thin), as words with empty text."""
    words: list[Word] = []
    for row in tsv.splitlines():
        f = row.split("\t")
        if len(f) < 12 or f[0] != "5":
            continue
        text = "\t".join(f[11:]).strip()
        try:
            box = [int(v) for v in f[6:10]]
            word = Word(text, (int(f[2]), int(f[3]), int(f[4])), box[0], box[1], box[2], box[3], float(f[10]))
        except ValueError:
            continue
        if text or (rules and max(box[2], box[3]) >= RULE_ASPECT * max(min(box[2], box[3]), 1)):
            words.append(word)
    return words
