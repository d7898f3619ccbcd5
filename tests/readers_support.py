"""Helpers shared by the reader tests: fixture paths and the accuracy scorer."""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import vnlegal
from vnlegal.model import Document, Node

from .conftest import gold

ROOT = Path(__file__).resolve().parent.parent
BINARY = ROOT / "fixtures" / "binary"
_BENCH = ROOT / "benchmarks" / "accuracy.py"


def binary(name: str) -> Path:
    """A file of fixtures/binary by exact name or by prefix ("B06_", "B10")."""
    exact = BINARY / name
    if exact.is_file():
        return exact
    hits = sorted(BINARY.glob(f"{name}*"))
    assert hits, f"no binary fixture {name}"
    return hits[0]


_CACHE: dict[str, Document] = {}


def parsed(name: str) -> Document:
    """Parse a binary fixture once per test session."""
    if name not in _CACHE:
        _CACHE[name] = vnlegal.parse(binary(name))
    return _CACHE[name]


@cache
def scorer() -> ModuleType:
    """benchmarks/accuracy.py, loaded as a module."""
    name = "vnlegal_benchmarks_accuracy_readers"
    spec = importlib.util.spec_from_file_location(name, _BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def score(doc: Document, text_prefix: str) -> Any:
    """Score ``doc`` against the gold of the text fixture ``text_prefix`` ("004")."""
    return scorer().score_document(gold(text_prefix), doc)


def outline(doc: Document) -> list[tuple[str, ...]]:
    """Label paths of the labelled units (body, then attachments), as the scorer sees them."""
    paths: list[tuple[str, ...]] = scorer().our_outline_paths(doc)
    return paths


def find(nodes: list[Node], node_id: str) -> Node:
    """The node with ``node_id`` among ``nodes`` and their descendants."""
    stack = list(nodes)
    while stack:
        n = stack.pop()
        if n.id == node_id:
            return n
        stack.extend(n.children)
    raise AssertionError(f"no node {node_id}")
