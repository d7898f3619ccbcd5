"""Normalization stage: raw decoded text -> ``Document.text`` with a map back to the raw text,
then repairs of damaged text (tone marks, hyphens, glued and wrapped lines).

``fold`` is re-exported from ``vnlegal.lang.fold``, where it lives, for callers of the
documented path ``vnlegal.normalize.fold``.
"""

from vnlegal.lang.fold import fold as fold
from vnlegal.normalize.core import Normalized as Normalized
from vnlegal.normalize.core import normalize as normalize
