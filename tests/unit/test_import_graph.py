"""No import cycles in enrol, late imports inside functions included.

Why: a cycle hidden behind an import inside a function still ties two modules together — neither can be
understood, tested or moved without the other, and the import order decides whether it works at all. A late
import that only makes the start faster is fine as long as it is not also a cycle. When two modules need
each other, the shared piece belongs one layer down, in a module both import (docs/architecture.md,
*Layers and the one-way rule*).

The graph is read from the source with ``ast``: every ``import`` and ``from … import …`` anywhere in a module
(top level, functions, ``TYPE_CHECKING`` blocks), where ``from package import name`` counts as importing the
submodule ``package.name`` when that is a module.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE_DIR = Path(__file__).resolve().parents[2] / "enrol"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(path): path for path in sorted(PACKAGE_DIR.rglob("*.py"))}


def _imports(name: str, path: Path, known: set[str]) -> set[str]:
    """The modules of ours that ``name`` imports anywhere in its source."""
    is_package = path.name == "__init__.py"
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".") if is_package else name.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            for alias in node.names:
                submodule = f"{source}.{alias.name}"
                found.add(submodule if submodule in known else source)
    return {target for target in found if target in known and target != name}


def import_graph() -> dict[str, set[str]]:
    modules = _modules()
    known = set(modules)
    return {name: _imports(name, path, known) for name, path in modules.items()}


def tangles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of two or more modules (Tarjan): each module of one reaches every other."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def find_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One shortest cycle through each tangle, to name in a failure."""
    return [_one_cycle(graph, group) for group in tangles(graph)]


def _one_cycle(graph: dict[str, set[str]], group: list[str]) -> list[str]:
    """A shortest path from the group's first module back to itself, to name in the failure."""
    members = set(group)
    start = group[0]
    paths = {start: [start]}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for target in sorted(graph[node] & members):
                if target == start:
                    return paths[node] + [start]
                if target not in paths:
                    paths[target] = paths[node] + [target]
                    following.append(target)
        frontier = following
    return group


def test_no_import_cycles() -> None:
    graph = import_graph()
    found = [f"{' → '.join(_one_cycle(graph, group))}  (modules in the tangle: {', '.join(group)})"
             for group in tangles(graph)]
    assert not found, "import cycles:\n" + "\n".join(found)


def _top_level_imports(path: Path) -> set[str]:
    """Top-level names of every module ``path`` imports, ours included."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            found.add(node.module.split(".")[0])
    return found


def test_layers_point_one_way() -> None:
    """ui and cli sit on top: nothing below them imports them or Qt, and the domain imports nothing of ours
    but itself (docs/architecture.md, *Layers and the one-way rule*)."""
    below_the_edges = ("enrol.services", "enrol.db", "enrol.domain", "enrol.reports", "enrol.io")
    graph, modules = import_graph(), _modules()
    wrong = []
    for name, targets in sorted(graph.items()):
        if name.startswith(below_the_edges):
            wrong += [f"{name} imports {t}" for t in sorted(targets) if t.startswith(("enrol.ui", "enrol.cli"))]
            if "PySide6" in _top_level_imports(modules[name]):
                wrong.append(f"{name} imports PySide6")
        if name.startswith("enrol.domain"):
            wrong += [f"{name} imports {t}" for t in sorted(targets) if not t.startswith("enrol.domain")]
    assert not wrong, "\n".join(wrong)


def test_the_graph_and_the_cycle_finder() -> None:
    """The walker sees the real imports; the finder names a cycle and only a cycle."""
    graph = import_graph()
    assert "enrol.db.engine" in graph["enrol.services.enrolment.places"]
    late = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert find_cycles(late) == [["a", "b", "c", "a"]]
    assert find_cycles({"a": {"b"}, "b": set()}) == []


@pytest.mark.parametrize("source, expected", [
    ("def f():\n    from enrol.db import engine\n", "enrol.db.engine"),
    ("import enrol.domain.iin\n", "enrol.domain.iin"),
    ("from enrol.domain.errors import N_\n", "enrol.domain.errors"),
    ("from .domain import iin\n", "enrol.domain.iin"),
    ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from enrol.db.engine import Database\n", "enrol.db.engine"),
])
def test_an_import_anywhere_is_an_edge(tmp_path: Path, source: str, expected: str) -> None:
    path = tmp_path / "probe.py"
    path.write_text(source, encoding="utf-8")
    assert expected in _imports("enrol.probe", path, set(_modules()))
