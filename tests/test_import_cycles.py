"""No import cycle in src/: the modules' top-level imports form a directed acyclic graph.

A cycle makes the import order matter (a name imported before it is defined), and is
how the command line once grew: ``cli.py`` imported its command modules at the bottom
and they imported from it. Imports inside functions (lazy, by design) and under
``if TYPE_CHECKING:`` (never executed) are not edges.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {_module_name(p): p for p in sorted(SRC.rglob("*.py"))}


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _top_level_imports(tree: ast.Module) -> list[ast.Import | ast.ImportFrom]:
    """Imports that run when the module is imported: not in functions, not TYPE_CHECKING."""
    found: list[ast.Import | ast.ImportFrom] = []

    def walk(body: list[ast.stmt]) -> None:
        for node in body:
            if isinstance(node, ast.Import | ast.ImportFrom):
                found.append(node)
            elif isinstance(node, ast.If):
                if not _is_type_checking(node.test):
                    walk(node.body)
                walk(node.orelse)
            elif isinstance(node, ast.Try):
                walk(node.body)
                for handler in node.handlers:
                    walk(handler.body)
                walk(node.orelse)
                walk(node.finalbody)
            # A class body runs at import too; function bodies do not.
            elif isinstance(node, (ast.With, ast.ClassDef)):
                walk(node.body)

    walk(tree.body)
    return found


def _resolve(module: str, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    package = module if MODULES[module].name == "__init__.py" else module.rpartition(".")[0]
    for _ in range(node.level - 1):
        package = package.rpartition(".")[0]
    return f"{package}.{node.module}" if node.module else package


def _edges(module: str) -> set[str]:
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    targets: set[str] = set()
    for node in _top_level_imports(tree):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        else:
            base = _resolve(module, node)
            # `from package import module` imports the submodule; `from m import name` m.
            names = [
                f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base for a in node.names
            ]
        targets |= {n for n in names if n in MODULES and n != module}
    return targets


@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    """Each module's top-level import edges: parsed when a test asks, not while collecting
    (every xdist worker collects this module)."""
    return {m: _edges(m) for m in MODULES}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of ``graph`` as a path that returns to its start, or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)) is not None:
                return found
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)) is not None:
            return found
    return None


def test_the_walk_sees_the_package(graph: dict[str, set[str]]) -> None:
    """The graph covers the package and its known edges (so an empty walk cannot pass)."""
    assert {"nq42cli.api", "nq42cli.cli", "nq42cli.cli.app", "nq42cli.core.queries"} <= set(graph)
    assert "nq42cli.cli.options" in graph["nq42cli.cli.listing"]
    assert "nq42cli.cli.app" in graph["nq42cli.cli"]
    assert "nq42cli.core.windows" in graph["nq42cli.core.queries"]
    # Imports inside functions are lazy on purpose and are not edges.
    assert "nq42cli.api" not in graph["nq42cli.cli.listing"]


def test_a_cycle_would_be_found() -> None:
    """The detector itself: a two-module loop is reported."""
    assert _cycle({"a": {"b"}, "b": {"a"}, "c": set()}) == ["a", "b", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None


def test_no_import_cycle_in_src(graph: dict[str, set[str]]) -> None:
    """Every module's top-level imports form a DAG."""
    assert _cycle(graph) is None, " -> ".join(_cycle(graph) or [])
