"""vnlegal: Vietnamese official and legal documents as a typed, versioned tree.

Typical use::

    import vnlegal
    doc = vnlegal.parse("ke-hoach.txt")
    print(doc.header.symbol.text, [n.title for n in doc.body])

The public names are loaded on first use (PEP 562), so ``import vnlegal`` stays cheap for
command-line tools and worker processes that may never parse anything.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_LAZY = {
    "parse": "api",
    "parse_text": "api",
    "extract_citations": "citations",
    "assignments_table": "assignments",
    "chunks": "export.chunks",
    "Chunk": "export.chunks",
    "SCHEMA_VERSION": "model",
    "Document": "model",
    "Node": "model",
    "Citation": "model",
    "Assignment": "model",
    "Symbol": "model",
    "ParseError": "errors",
    "UnsupportedFormatError": "errors",
    "EmptyDocumentError": "errors",
    "NoTextLayerError": "errors",
    "EncryptedDocumentError": "errors",
    "CorruptDocumentError": "errors",
    "TooLargeError": "errors",
    "MissingConverterError": "errors",
    "MissingOcrEngineError": "errors",
    "TimeBudgetExceededError": "errors",
    "InternalError": "errors",
    "Limits": "limits",
}

if TYPE_CHECKING:
    from vnlegal.api import parse as parse
    from vnlegal.api import parse_text as parse_text
    from vnlegal.errors import CorruptDocumentError as CorruptDocumentError
    from vnlegal.errors import EmptyDocumentError as EmptyDocumentError
    from vnlegal.errors import EncryptedDocumentError as EncryptedDocumentError
    from vnlegal.errors import InternalError as InternalError
    from vnlegal.errors import MissingConverterError as MissingConverterError
    from vnlegal.errors import MissingOcrEngineError as MissingOcrEngineError
    from vnlegal.errors import NoTextLayerError as NoTextLayerError
    from vnlegal.errors import ParseError as ParseError
    from vnlegal.errors import TimeBudgetExceededError as TimeBudgetExceededError
    from vnlegal.errors import TooLargeError as TooLargeError
    from vnlegal.errors import UnsupportedFormatError as UnsupportedFormatError
    from vnlegal.export.chunks import Chunk as Chunk
    from vnlegal.export.chunks import chunks as chunks
    from vnlegal.limits import Limits as Limits
    from vnlegal.model import SCHEMA_VERSION as SCHEMA_VERSION
    from vnlegal.model import Assignment as Assignment
    from vnlegal.model import Citation as Citation
    from vnlegal.model import Document as Document
    from vnlegal.model import Node as Node
    from vnlegal.model import Symbol as Symbol

__all__ = [*sorted(_LAZY), "__version__"]


def __getattr__(name: str) -> Any:
    """Import the module that defines ``name`` on first access."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'vnlegal' has no attribute {name!r}")
    try:
        mod = importlib.import_module(f".{module}", __name__)
    except ModuleNotFoundError as exc:
        if exc.name != f"{__name__}.{module}":
            raise
        raise AttributeError(f"module 'vnlegal' has no attribute {name!r}") from None
    value = getattr(mod, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY])
