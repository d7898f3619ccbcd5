"""Build ``src/vnlegal/data/syllables.tsv`` from the text bundled with underthesea.

Counts come from two offline sources shipped in the underthesea wheel (GPL-3.0, like vnlegal):
the VLSP 2013 POS-tagged legal/news sample (running text: how often a syllable is used) and the
Viet74K word list (how many words a syllable makes). Only syllables that pass
``vnlegal.lang.syllables.is_syllable`` are kept, keyed in canonical tone placement. Run from the
repository root: ``.venv/bin/python tools/build_syllables.py``.
"""

from __future__ import annotations

import collections
import unicodedata
from pathlib import Path

import regex
import underthesea

from vnlegal.lang.syllables import canonical, is_syllable

ROOT = Path(underthesea.__file__).parent
RUNNING = ROOT / "pipeline/pos_tag/models/pos_crf_vlsp2013_20230303/test_output.txt"
WORDS = ROOT / "corpus/data/Viet74K.txt"
OUT = Path(__file__).resolve().parent.parent / "src/vnlegal/data/syllables.tsv"
_SYL = regex.compile(r"\p{L}+")


def main() -> None:
    running: collections.Counter[str] = collections.Counter()
    for line in RUNNING.read_text("utf-8").splitlines():
        for s in _SYL.findall(unicodedata.normalize("NFC", line.split("\t")[0])):
            if is_syllable(s):
                running[canonical(s)] += 1
    words: collections.Counter[str] = collections.Counter()
    example: dict[str, tuple[int, str]] = {}
    for line in WORDS.read_text("utf-8").splitlines():
        word = unicodedata.normalize("NFC", line.strip())
        syls = [canonical(s) for s in _SYL.findall(word) if is_syllable(s)]
        for key in syls:
            words[key] += 1
        if len(syls) < 2 or len(syls) != len(word.split()):
            continue
        # the example of a syllable: its commonest compound (by the rarest other syllable)
        for key in syls:
            rank = min(running[s] for s in syls if s != key) if len(set(syls)) > 1 else 0
            if key not in example or rank > example[key][0]:
                example[key] = (rank, word.lower())
    keys = sorted(set(running) | set(words), key=lambda k: (-(4 * running[k] + words[k]), k))
    lines = [
        '# Vietnamese syllables and how common they are, in canonical tone placement ("hòa", "thủy").',
        "# count = 4 x occurrences in the VLSP 2013 POS sample + number of Viet74K words holding the"
        " syllable;",
        "# both sources ship offline with underthesea. Built by tools/build_syllables.py; do not"
        " edit by hand.",
        "syllable\tcount\texample",
    ]
    for k in keys:
        lines.append(f"{k}\t{4 * running[k] + words[k]}\t{example.get(k, (0, k))[1]}")
    OUT.write_text("\n".join(lines) + "\n", "utf-8")
    print(f"{len(keys)} syllables -> {OUT}")


if __name__ == "__main__":
    main()
