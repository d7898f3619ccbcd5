"""The package tree is the pipeline: checks that keep it so.

The layers themselves (faces > api > pipeline > stages > normalize/readers > lang > ground
floor) are import-linter contracts in pyproject.toml, run by ``make test`` (``lint-imports``)
and by ``test_layers_contract`` below. This module adds what import-linter does not check:
no import cycle between any two modules (function-level imports included, so a lazy import
cannot hide one), no private name imported across modules, and a stated reason for every
import kept inside a function.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "vnlegal"

# The one sanctioned upward import: ``Document.to_markdown()`` is a documented convenience
# of the model; it calls the exporter, which imports the model. Loaded on first call.
SANCTIONED = {("vnlegal.model", "vnlegal.export.markdown")}
# A function-level import must say why it is not at the top of its module: one of these
# words in a comment on its line or on the line above it.
LAZY_REASONS = ("start-up", "startup", "optional", "lazy")


def module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> Iterator[tuple[str, Path, ast.Module]]:
    for path in sorted(SRC.rglob("*.py")):
        yield module_name(path), path, ast.parse(path.read_text("utf-8"))


def resolve(node: ast.ImportFrom, module: str, is_package: bool) -> str:
    """The absolute module of a ``from ... import``."""
    if not node.level:
        return node.module or ""
    base = module.split(".") if is_package else module.split(".")[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, *([node.module] if node.module else [])])


def imports(tree: ast.Module, module: str, is_package: bool) -> Iterator[tuple[ast.stmt, str, list[str]]]:
    """(statement, imported module, names) for every import of a vnlegal module."""
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            target = resolve(node, module, is_package)
            if target == "vnlegal" or target.startswith("vnlegal."):
                yield node, target, [a.name for a in node.names]
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("vnlegal."):
                    yield node, alias.name, []


def known_modules() -> set[str]:
    return {name for name, _, _ in modules()}


def edges() -> dict[str, set[str]]:
    """Module -> the vnlegal modules it imports (a name imported from a package that is a
    submodule counts as that submodule)."""
    known = known_modules()
    graph: dict[str, set[str]] = {}
    for name, path, tree in modules():
        out = graph.setdefault(name, set())
        for _, target, names in imports(tree, name, path.name == "__init__.py"):
            subs = [f"{target}.{n}" for n in names if f"{target}.{n}" in known]
            for dep in subs or [target]:
                if dep != name and (name, dep) not in SANCTIONED:
                    out.add(dep)
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of ``graph`` as a list of modules, or None."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for dep in sorted(graph.get(node, ())):
            if state.get(dep) == 1:
                return [*stack[stack.index(dep) :], dep]
            if dep not in state and (found := visit(dep)) is not None:
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)) is not None:
            return found
    return None


def test_no_module_cycle() -> None:
    """No two modules import each other, directly or around a loop. Package ``__init__``
    re-exports of their own submodules are left out: they are the package's front door."""
    graph = edges()
    for name in graph:
        graph[name] = {d for d in graph[name] if not d.startswith(name + ".")}
    assert find_cycle(graph) is None, " -> ".join(find_cycle(graph) or [])


def test_find_cycle_finds_one() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": set()}) is None


def test_no_private_name_across_modules() -> None:
    """A name starting with "_" is private to its module: no other module imports it."""
    bad = [
        f"{name}: from {target} import {n}"
        for name, path, tree in modules()
        for _, target, names in imports(tree, name, path.name == "__init__.py")
        for n in names
        if n.startswith("_") and not n.startswith("__") and target != name
    ]
    assert not bad, "\n".join(bad)


def test_function_level_imports_say_why() -> None:
    """An import of a vnlegal module inside a function is there for start-up time (the CLI
    loads only what its command needs) or an optional dependency, and says so; never to dodge
    a cycle (``test_no_module_cycle`` counts function-level imports too)."""
    bad = []
    for name, path, tree in modules():
        lines = path.read_text("utf-8").splitlines()
        if any(line.startswith("# lazy imports:") for line in lines):
            continue  # the module says once why all its function-level imports are lazy
        top = {id(n) for n in tree.body} | {
            id(s) for n in tree.body if isinstance(n, ast.If) for s in n.body  # TYPE_CHECKING
        }
        for stmt, target, _ in imports(tree, name, path.name == "__init__.py"):
            if id(stmt) in top:
                continue
            context = " ".join(lines[max(0, stmt.lineno - 3) : stmt.lineno]).lower()
            if not any(word in context for word in LAZY_REASONS):
                bad.append(f"{path.relative_to(ROOT)}:{stmt.lineno}: {target}")
    assert not bad, "function-level imports without a reason:\n" + "\n".join(bad)


LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


@pytest.mark.skipif(not LINT_IMPORTS.exists(), reason="import-linter is in the dev extra")
def test_layers_contract() -> None:
    """The import-linter contracts of pyproject.toml hold."""
    exe = str(LINT_IMPORTS)
    done = subprocess.run([exe, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout[-4000:]
