"""Tone repair of OCRed words by their neighbours: which of two real syllables fits here.

Tesseract's Vietnamese model often drops or swaps one mark of a syllable and still produces
a real syllable: "tôi" for "tối", "đông" for "đồng", "thâm quyên" for "thẩm quyền". A word
list cannot choose between two words; how often each follows the word before it and precedes
the word after it in legal text can. ``data/syllable_pairs.tsv`` holds those counts (built by
``tools/build_syllable_pairs.py`` from the vbpl pages of the silver corpus: the pairs seen at
least ten times that hold a syllable with a twin that differs by its tone mark, 270 kB).

A run of neighbouring syllables (no punctuation or line break between them) is read anew:
each syllable as read or, where it has no tone mark, the same syllable with one, the reading
that maximizes the sum of log P(b | a) over its neighbouring pairs, with P(b | a) = (count(a b)
+ k * P(b)) / (count(a) + k) -- the pair counts, smoothed towards how common ``b`` is alone --
and ``MARGIN`` (natural log) charged for each syllable changed. A change is kept only where
the new syllable makes a set phrase with one of its neighbours (``COLLOCATION``): OCR reads
most syllables right, so the evidence against what was read must be strong, and an unseen
context never changes a word. The counts come from normative texts; a word they rarely
hold ("anh" in "là anh Nguyễn Văn A" of a court precedent) is unseen next to anything,
which alone is no evidence.
"""

from __future__ import annotations

import math
from functools import cache

from vnlegal.data import SyllablePairs, load_table

MARGIN = math.log(20.0)
"""How much more likely (natural log) a changed syllable must make its run than the one read."""
COLLOCATION = 0.02
"""Share of the rarer syllable's occurrences that the variant and one of its neighbours must
make together: the pair is a word or a set phrase ("hội đồng", "thẩm quyền", "về việc"), not
two syllables that happen to meet ("là ảnh", 4 times in the counts)."""
_K = 5.0
"""Weight of the unigram in a smoothed pair probability (in counts)."""


@cache
def _model() -> tuple[dict[str, int], dict[tuple[str, str], int], int]:
    """(syllable counts, pair counts, total syllables) of ``data/syllable_pairs.tsv``."""
    uni: dict[str, int] = {}
    pairs: dict[tuple[str, str], int] = {}
    for row in load_table(SyllablePairs):
        uni[row.syllable] = row.count
        for cell in row.followers.split():
            b, _, c = cell.rpartition(":")
            pairs[(row.syllable, b)] = int(c)
    return uni, pairs, max(sum(uni.values()), 1)


def load() -> None:
    """Read the pair counts now (see ``ocr_words.warm``)."""
    _model()


def _p(a: str | None, b: str) -> float:
    """Smoothed log P(b | a); log P(b) where there is no ``a``."""
    uni, pairs, total = _model()
    pb = (uni.get(b, 0) + 0.5) / total
    if a is None:
        return math.log(pb)
    return math.log((pairs.get((a, b), 0) + _K * pb) / (uni.get(a, 0) + _K))


def _follows(a: str | None, b: str | None) -> float:
    """The larger of P(b | a) and P(a | b) by the counts alone (0 for a pair never seen)."""
    if a is None or b is None:
        return 0.0
    uni, pairs, _ = _model()
    c = pairs.get((a, b), 0)
    return c / max(min(uni.get(a, 0), uni.get(b, 0)), 1) if c else 0.0


def decode(run: list[tuple[str, list[str]]]) -> list[str | None]:
    """The best reading of a run of neighbouring syllables (no punctuation between them):
    ``run`` holds each canonical syllable as read with its variants (empty: it stays). Each
    variant chosen costs ``MARGIN``; the pairs score as in the module doc, so two neighbours
    read wrong together ("điêu khiên") are mended together. A variant chosen that makes no
    set phrase with a neighbour of the result is put back. Per syllable: the variant, or None.
    """
    if not any(v for _, v in run):
        return [None] * len(run)
    # Viterbi over the candidates (the syllable as read first), scores and back pointers.
    cands = [[w, *v] for w, v in run]
    score = [-MARGIN * (j > 0) for j in range(len(cands[0]))]
    back: list[list[int]] = []
    for k in range(1, len(cands)):
        row, ptr = [], []
        for j, b in enumerate(cands[k]):
            best_i = max(range(len(cands[k - 1])), key=lambda i: score[i] + _p(cands[k - 1][i], b))
            row.append(score[best_i] + _p(cands[k - 1][best_i], b) - MARGIN * (j > 0))
            ptr.append(best_i)
        score, back = row, [*back, ptr]
    j = max(range(len(score)), key=score.__getitem__)
    path = [j]
    for ptr in reversed(back):
        j = ptr[j]
        path.append(j)
    chosen = [cands[k][j] for k, j in enumerate(reversed(path))]
    out: list[str | None] = []
    for k, c in enumerate(chosen):
        left = chosen[k - 1] if k else None
        right = chosen[k + 1] if k + 1 < len(chosen) else None
        keep = c != run[k][0] and max(_follows(left, c), _follows(c, right)) >= COLLOCATION
        out.append(c if keep else None)
    return out


SWAP_COUNT = 50
"""Times a variant and its neighbour must occur together for a swapped mark to be undone."""
SWAP_SHARE = 0.05
"""Share of the rarer syllable's occurrences that pair makes (a set phrase, as COLLOCATION)."""


def swap(left: str | None, word: str, right: str | None, variants: list[str]) -> str | None:
    """The one variant of ``word`` (canonical syllables, ``variants`` of the same letters with
    other marks) that makes a set phrase with a neighbour, where ``word`` as read was never seen
    beside either neighbour in legal text: Tesseract swapped a mark and still produced a real
    syllable ("trường họp", "nhân dán", "Vệ việc", "thu lợi bắt chính"). A pair seen as read
    ("cuộc họp"), a variant that is no set phrase with its neighbour ("hợp này"), two variants
    that would do, or no neighbour: None."""
    if left is None and right is None:
        return None
    uni, pairs, _ = _model()
    if (left is not None and pairs.get((left, word), 0)) or (
        right is not None and pairs.get((word, right), 0)
    ):
        return None

    def phrase(a: str, b: str) -> bool:
        c = pairs.get((a, b), 0)
        return c >= SWAP_COUNT and c >= SWAP_SHARE * max(min(uni.get(a, 0), uni.get(b, 0)), 1)

    found = [
        v
        for v in variants
        if (left is not None and phrase(left, v)) or (right is not None and phrase(v, right))
    ]
    return found[0] if len(found) == 1 else None
