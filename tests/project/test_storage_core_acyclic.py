"""The storage core imports one way: store <- access <- backup parts, with no import (not even one
inside a function) leading back. Before issue 13, Store.close imported storage.backup, which
imported storage.access, which imported storage.integrity, which imported storage.backup."""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CORE = {
    "storage.store",
    "storage.access",
    "storage.integrity",
    "storage.full_disk",
    "storage.checking",
    "storage.seals",
}


def _modules() -> dict[str, Path]:
    found = {}
    for path in (REPO / "storage").rglob("*.py"):
        name = ".".join(path.relative_to(REPO).with_suffix("").parts)
        found[name.removesuffix(".__init__")] = path
    return found


def _imports(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """Every storage module ``name`` imports, at module level or inside a function."""
    targets: set[str] = set()
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package[: len(package) - node.level + 1] + ([base] if base else []))
            for alias in node.names:
                if f"{base}.{alias.name}" in modules:
                    targets.add(f"{base}.{alias.name}")
                elif base in modules:
                    targets.add(base)
        elif isinstance(node, ast.Import):
            targets.update(a.name for a in node.names if a.name in modules)
    return targets - {name}


def _reachable(start: str, graph: dict[str, set[str]]) -> set[str]:
    seen: set[str] = set()
    todo = list(graph[start])
    while todo:
        current = todo.pop()
        if current not in seen:
            seen.add(current)
            todo.extend(graph[current])
    return seen


def test_no_core_or_backup_module_imports_its_way_back_to_itself() -> None:
    modules = _modules()
    graph = {name: _imports(name, path, modules) for name, path in modules.items()}
    watched = CORE | {m for m in modules if m == "storage.backup" or m.startswith("storage.backup.")}
    in_a_cycle = sorted(m for m in watched if m in _reachable(m, graph))
    assert in_a_cycle == []


def test_the_store_knows_nothing_of_backups() -> None:
    modules = _modules()
    graph = {name: _imports(name, path, modules) for name, path in modules.items()}
    assert not {m for m in _reachable("storage.store", graph) if m.startswith("storage.backup")}
