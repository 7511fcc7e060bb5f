"""The import rules of docs/architecture.md, checked on every module."""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
STDLIB = set(sys.stdlib_module_names)
STORAGE_THIRD_PARTY = {"sqlite_utils", "sqlcipher3", "keyring", "cryptography", "stdnum"}
PROJECT = {"storage", "reports", "ui", "desktop"}
ALLOWED_PROJECT = {
    "storage": {"storage"},
    "reports": {"reports", "storage"},
    "ui": {"ui", "reports", "storage"},
    "desktop": {"desktop", "ui", "reports", "storage"},
}
SQL = re.compile(
    r"\b(SELECT\s+.+\s+FROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+TABLE)\b", re.IGNORECASE
)


def modules(folder: str) -> list[Path]:
    return sorted((REPO / folder).rglob("*.py"))


def imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    roots: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.add(node.module.split(".")[0])
        elif isinstance(node, ast.Call) and getattr(node.func, "id", "") == "__import__" and node.args:
            arg = node.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                roots.add(arg.value.split(".")[0])
    return roots


@pytest.mark.parametrize("folder", sorted(ALLOWED_PROJECT))
def test_project_imports_point_one_way(folder: str) -> None:
    bad = []
    for path in modules(folder):
        for root in imported_roots(path) & PROJECT:
            if root not in ALLOWED_PROJECT[folder]:
                bad.append(f"{path.relative_to(REPO)} imports {root}")
    assert not bad, bad


def test_storage_uses_only_its_libraries() -> None:
    bad = []
    for path in modules("storage"):
        for root in imported_roots(path) - STDLIB - PROJECT:
            if root not in STORAGE_THIRD_PARTY:
                bad.append(f"{path.relative_to(REPO)} imports {root}")
    assert not bad, bad


@pytest.mark.parametrize("folder", ["storage", "reports"])
def test_no_qt_below_ui(folder: str) -> None:
    bad = [
        str(p.relative_to(REPO))
        for p in modules(folder)
        if imported_roots(p) & {"PySide6", "shiboken6", "PyQt6", "PyQt5"}
    ]
    assert not bad, bad


def test_ui_has_no_sql() -> None:
    bad = []
    for path in modules("ui"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.search(node.value):
                bad.append(f"{path.relative_to(REPO)}:{node.lineno}")
            if isinstance(node, ast.Attribute) and node.attr in {"execute", "executemany", "executescript"}:
                bad.append(f"{path.relative_to(REPO)}:{node.lineno} calls .{node.attr}")
    assert not bad, bad


# --- Import cycles (issue 13) ------------------------------------------------------------------------
# Every import counts: at file level, inside a function, under ``if TYPE_CHECKING``. An import moved into
# a function still runs and still ties the two modules together; hiding it there only hides the cycle.


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def project_modules(root: Path) -> dict[str, Path]:
    return {
        module_name(p, root): p for folder in sorted(PROJECT) for p in sorted((root / folder).rglob("*.py"))
    }


def _targets(node: ast.Import | ast.ImportFrom, name: str, path: Path, known: dict[str, Path]) -> set[str]:
    if isinstance(node, ast.Import):
        return {alias.name for alias in node.names if alias.name in known}
    if node.level:
        base = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
        base = base[: len(base) - (node.level - 1)]
        package = ".".join(base + ([node.module] if node.module else []))
    else:
        package = node.module or ""
    found = set()
    for alias in node.names:
        if f"{package}.{alias.name}" in known:
            found.add(f"{package}.{alias.name}")
        elif package in known:
            found.add(package)
    return found


def import_graph(root: Path) -> dict[str, set[str]]:
    """module → the project modules it imports anywhere in its text (file level, functions,
    ``TYPE_CHECKING`` blocks, ``importlib.import_module("literal")``)."""
    known = project_modules(root)
    graph: dict[str, set[str]] = {}
    for name, path in known.items():
        edges: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import | ast.ImportFrom):
                edges |= _targets(node, name, path, known)
            elif (literal := literal_dynamic_import(node)) and literal in known:
                edges.add(literal)
        graph[name] = edges - {name}
    return graph


def literal_dynamic_import(node: ast.AST) -> str | None:
    """The module named by ``importlib.import_module("x")`` / ``import_module("x")`` / ``__import__("x")``."""
    if not isinstance(node, ast.Call) or not node.args:
        return None
    arg = node.args[0]
    if (
        _called_name(node) in {"import_module", "__import__"}
        and isinstance(arg, ast.Constant)
        and isinstance(arg.value, str)
    ):
        return arg.value
    return None


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, edges = work[-1]
            nxt = next(edges, None)
            if nxt is not None:
                if nxt not in index:
                    index[nxt] = low[nxt] = len(index)
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(sorted(graph.get(nxt, ())))))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_no_import_cycles() -> None:
    assert cycles(import_graph(REPO)) == []


def test_no_dynamic_import_of_project_modules() -> None:
    """``importlib.import_module`` / ``__import__`` hide an import from this check and from every reader,
    whether the name is a literal, a constant holding one or an f-string: the project imports plainly."""
    bad = []
    for folder in sorted(PROJECT):
        for path in modules(folder):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Call) and _called_name(node) in {"import_module", "__import__"}:
                    bad.append(f"{path.relative_to(REPO)}:{node.lineno} imports a module by name")
    assert not bad, bad


def _called_name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def test_a_cycle_hidden_inside_a_function_is_found(tmp_path: Path) -> None:
    """The check itself: a store module that imports backup at file level, and backup that imports the
    store inside a function (the pattern issue 13 removed), is a cycle; so is one under TYPE_CHECKING."""
    pkg = tmp_path / "storage"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "store.py").write_text("from storage import backup\n")
    (pkg / "backup.py").write_text("def close():\n    from storage.store import Store\n    return Store\n")
    (pkg / "typed.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from storage.other import X\n"
    )
    (pkg / "other.py").write_text("from . import typed\n")
    (pkg / "named.py").write_text("import importlib\nimportlib.import_module('storage.loader')\n")
    (pkg / "loader.py").write_text("import storage.named\n")
    for folder in PROJECT - {"storage"}:
        (tmp_path / folder).mkdir()
    assert sorted(cycles(import_graph(tmp_path))) == [
        ["storage.backup", "storage.store"],
        ["storage.loader", "storage.named"],
        ["storage.other", "storage.typed"],
    ]
    (pkg / "backup.py").write_text("def close():\n    return None\n")
    assert ["storage.backup", "storage.store"] not in cycles(import_graph(tmp_path))


# --- Function length (issue 13) ------------------------------------------------------------------------
MAX_FUNCTION_LINES = 80


@pytest.mark.parametrize("folder", ["storage", "ui"])
def test_no_function_over_80_lines(folder: str) -> None:
    long = []
    for path in modules(folder):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    long.append(f"{path.relative_to(REPO)}:{node.lineno} {node.name} ({length} lines)")
    assert not long, long
