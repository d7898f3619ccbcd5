"""Every code example of the documentation (docs/*.md and README.md) runs, on the real fixtures.

The conventions a page follows:

- Each ```` ```python ```` block runs, top to bottom, all blocks of a page in one namespace.
- A block fenced ```` ```text title="Output" ```` right after a code block is what that block
  prints; it must match (trailing spaces aside).
- A ```` ```console ```` block is a terminal session: its ``$ vnlegal ...`` lines run
  in-process through ``vnlegal.cli.main`` (exit code 0 expected), and the other lines, if any,
  are the output they must print. A session with any other command (``$ pip install``) is shown,
  not run; so are ```` ```sh ```` blocks (synopses, ``make``, scripts that need ``../shared``).
- ``<!-- docs-test: skip -->`` on the line before a fence skips that block (for an example that
  needs a cluster or a network).

Examples run in a temporary directory holding a link to ``fixtures/``, so relative paths such
as ``fixtures/texts/000_...txt`` work and whatever an example writes is thrown away.
"""

from __future__ import annotations

import contextlib
import doctest
import importlib
import importlib.util
import io
import re
import shlex
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = [*sorted((ROOT / "docs").glob("*.md")), ROOT / "README.md"]
SKIP_MARK = "<!-- docs-test: skip -->"
# Pages whose examples cannot run here yet, with the reason. Keep this empty: mark the single
# blocks instead (SKIP_MARK) and say why in the page.
PENDING: dict[str, str] = {}
_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})(?P<lang>[\w+-]*)(?P<attrs>.*)$")


@dataclass
class Block:
    """One fenced code block of a page."""

    lang: str
    attrs: str
    code: str
    line: int
    skip: bool

    @property
    def is_output(self) -> bool:
        return 'title="Output"' in self.attrs


def blocks(text: str) -> list[Block]:
    """The fenced blocks of a Markdown page, in order."""
    lines = text.splitlines()
    out: list[Block] = []
    i = 0
    while i < len(lines):
        m = _FENCE.match(lines[i])
        if m is None:
            i += 1
            continue
        indent, fence = m["indent"], m["fence"]
        prev = next((x.strip() for x in reversed(lines[:i]) if x.strip()), "")
        body: list[str] = []
        j = i + 1
        while j < len(lines) and not lines[j].strip().startswith(fence):
            body.append(lines[j][len(indent) :] if lines[j].startswith(indent) else lines[j])
            j += 1
        out.append(Block(m["lang"], m["attrs"], "\n".join(body), i + 1, prev == SKIP_MARK))
        i = j + 1
    return out


def _session(code: str) -> tuple[list[list[str]], str] | None:
    """The ``$ vnlegal ...`` commands of a console block and the output shown after them, or
    None when the block has no command or any other command."""
    cmds: list[list[str]] = []
    shown: list[str] = []
    lines = code.replace("\\\n", " ").splitlines()
    for line in lines:
        if line.startswith("$ "):
            argv = shlex.split(line[2:], comments=True)
            if not argv or argv[0] != "vnlegal":
                return None
            cmds.append(argv[1:])
        else:
            shown.append(line)
    return (cmds, "\n".join(shown)) if cmds else None


def _run_shell(cmds: list[list[str]], where: str) -> str:
    from vnlegal.cli import main

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        for argv in cmds:
            code = main(argv)
            assert code == 0, f"{where}: `vnlegal {shlex.join(argv)}` exited with {code}"
    return buf.getvalue()


def _same(printed: str, expected: str) -> bool:
    def norm(s: str) -> list[str]:
        return [line.rstrip() for line in textwrap.dedent(s).strip("\n").splitlines()]

    return norm(printed) == norm(expected)


def run_page(page: Path) -> int:
    """Run the examples of ``page``; return how many blocks ran."""
    found = blocks(page.read_text(encoding="utf-8"))
    namespace: dict[str, object] = {"__name__": f"docs_{page.stem.replace('-', '_')}"}
    ran = 0
    for k, b in enumerate(found):
        if b.skip or b.is_output:
            continue
        where = f"{page.name}:{b.line}"
        if b.lang == "python":
            buf = io.StringIO()
            with contextlib.redirect_stdout(buf):
                exec(compile(b.code, where, "exec"), namespace)
            printed = buf.getvalue()
        elif b.lang == "console" and (session := _session(b.code)) is not None:
            printed = _run_shell(session[0], where)
            if session[1].strip():
                assert _same(printed, session[1]), f"{where}: printed\n{printed}\nthe page says\n{session[1]}"
        else:
            continue
        ran += 1
        nxt = found[k + 1] if k + 1 < len(found) else None
        if nxt is not None and nxt.is_output:
            assert _same(printed, nxt.code), f"{where}: printed\n{printed}\nthe page says\n{nxt.code}"
    return ran


@pytest.fixture
def in_sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "fixtures").symlink_to(ROOT / "fixtures", target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_page_examples(page: Path, in_sandbox: Path) -> None:
    """The examples of one page run and print what the page says they print."""
    if page.name in PENDING:
        pytest.skip(PENDING[page.name])
    try:
        run_page(page)
    except ModuleNotFoundError as exc:
        if exc.name in ("pandas", "numpy"):
            pytest.skip(f"{exc.name} is in the docs extra: pip install -e '.[docs]'")
        raise


def _documented_objects() -> list[object]:
    """The objects the API page renders (its ``::: dotted.path`` lines)."""
    out: list[object] = []
    for line in (ROOT / "docs" / "api.md").read_text(encoding="utf-8").splitlines():
        if not line.startswith("::: "):
            continue
        path = line[4:].strip()
        try:
            out.append(importlib.import_module(path))
        except ModuleNotFoundError:
            module, _, name = path.rpartition(".")
            out.append(getattr(importlib.import_module(module), name))
    return out


def test_api_docstring_examples(in_sandbox: Path) -> None:
    """The ``>>>`` examples of every docstring shown in the API reference pass as doctests."""
    finder, runner = doctest.DocTestFinder(), doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    examples = 0
    for obj in _documented_objects():
        for test in finder.find(obj):
            examples += len(test.examples)
            runner.run(test, out=lambda s: None)
    result = runner.summarize(verbose=False)
    assert result.failed == 0, f"{result.failed} docstring example(s) failed: run them with python -m doctest"
    assert examples >= 4


def test_blocks_parser() -> None:
    """Fences, skip markers, Output blocks and shell commands are recognized."""
    page = (
        "x\n\n<!-- docs-test: skip -->\n```python\nboom()\n```\n\n"
        '```python\nprint(1)\n```\n```text title="Output"\n1\n```\n'
    )
    found = blocks(page)
    assert [(b.lang, b.skip, b.is_output) for b in found] == [
        ("python", True, False),
        ("python", False, False),
        ("text", False, True),
    ]
    assert _session("$ vnlegal parse a.txt \\\n  --format akn   # comment\nout\n") == (
        [["parse", "a.txt", "--format", "akn"]],
        "out",
    )
    assert _session("$ pip install vnlegal") is None
    assert _session("vnlegal parse FILE [-o OUT]") is None


def test_guides_have_runnable_examples() -> None:
    """The guides are examples first: each has Python blocks that run (not skipped)."""
    for name in ("getting-started.md", "header.md", "outline.md", "citations.md", "assignments.md",
                 "formats.md", "vietnamese.md", "exports.md", "examples.md"):  # fmt: skip
        found = blocks((ROOT / "docs" / name).read_text(encoding="utf-8"))
        assert any(b.lang == "python" and not b.skip for b in found), name


def _load_tool(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_references_cover_the_cli_and_the_schema() -> None:
    """The CLI and JSON Schema pages are generated from build_parser() and json_schema()."""
    from vnlegal.cli import build_parser
    from vnlegal.schema import json_schema

    hooks = _load_tool("docs_hooks")
    cli = hooks.cli_reference()
    for name in hooks._subcommands(build_parser()):
        assert f"## vnlegal {name}\n" in cli and f"usage: vnlegal {name}" in cli
    assert "--format {json,jsonl,markdown,akn,csv,chunks}" in cli
    schema = hooks.schema_reference()
    for model in json_schema()["$defs"]:
        assert f"### {model}\n" in schema
    assert "| `key` | string |" in schema
    page = "# CLI\n\n" + hooks.CLI_MARKER + "\n"
    assert hooks.on_page_markdown(page) == "# CLI\n\n" + cli + "\n"


def test_docstring_examples_are_fenced_for_the_site() -> None:
    pytest.importorskip("griffe")
    fence = _load_tool("griffe_doctest").fence_doctests
    text = "Intro.\n\n>>> f(1)\n['a']\n\nMore."
    assert fence(text) == "Intro.\n\n```pycon\n>>> f(1)\n['a']\n```\n\nMore."
