"""The import rules of docs/architecture.md, checked on every module."""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
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
