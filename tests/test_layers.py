"""The layering holds: each part imports only the parts beneath it, and Qt stays in the UI.

domain ← store, documents ← operations ← ui, cli (architecture in docs/architecture.md).
Every import counts, also one inside a function (a lazy import off the start-up path
is still a dependency), and also one only for type checking.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "nabestaanden"

# What each part may import of ours. The root package (names, version), ``paths``
# and ``resources`` (where the data files are, read into domain objects) serve all.
SHARED = {"nabestaanden", "paths", "resources"}
ALLOWED: dict[str, set[str]] = {
    "domain": {"domain"},
    "store": {"domain", "store"},
    "documents": {"domain", "documents"},
    "operations": {"domain", "store", "documents", "operations"},
    "ui": {"domain", "store", "documents", "operations", "ui"},
    "cli": {"domain", "store", "documents", "operations", "app", "selfcheck"},
    "selfcheck": {"domain", "store", "documents", "operations", "ui", "app"},
    "app": {"ui"},
    "__main__": {"cli"},
}
# The modules beneath the UI must not need Qt: no QApplication for their tests, and
# the command line runs where no Qt can start.
QT_ALLOWED = {"ui", "app", "selfcheck"}
QT_MODULES = ("PySide6", "shiboken6", "pytestqt")


def part_of(module: str) -> str:
    """``nabestaanden.store.mandates`` -> ``store``; ``nabestaanden.cli`` -> ``cli``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "nabestaanden"


def imports_of(path: Path) -> list[tuple[int, str]]:
    """Every module a source file imports, with its line."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            # ``from nabestaanden import ui`` imports the package ``nabestaanden.ui``
            if node.module == "nabestaanden":
                found += [
                    (node.lineno, f"nabestaanden.{alias.name}")
                    for alias in node.names
                    if (PACKAGE / alias.name).is_dir() or (PACKAGE / f"{alias.name}.py").exists()
                ]
    return found


def modules() -> list[tuple[str, Path]]:
    result = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(SRC).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        result.append((".".join(parts), path))
    return result


def layer_problems(source: list[tuple[str, Path]]) -> list[str]:
    problems = []
    for module, path in source:
        part = part_of(module)
        if part == "nabestaanden" or part in SHARED:
            allowed: set[str] = set()  # the shared modules import nothing above them
            if part == "resources":
                allowed = {"domain"}
        else:
            allowed = ALLOWED[part]
        for line, imported in imports_of(path):
            if imported.split(".")[0] in QT_MODULES and part not in QT_ALLOWED:
                problems.append(f"{module}:{line} imports Qt ({imported}) outside the UI")
            if not imported.startswith("nabestaanden"):
                continue
            target = part_of(imported)
            if target == "nabestaanden" and imported != "nabestaanden":
                continue
            if target in SHARED or target == part or target in allowed:
                continue
            problems.append(f"{module}:{line} ({part}) imports {imported} ({target})")
    return problems


def test_every_import_follows_the_layering() -> None:
    assert layer_problems(modules()) == []


def test_each_part_of_the_package_has_its_rule() -> None:
    parts = {part_of(module) for module, _path in modules()}
    assert parts - set(ALLOWED) - SHARED == set(), "a new part needs its row in ALLOWED"


@pytest.mark.parametrize(
    ("module", "text", "expected"),
    [
        ("nabestaanden.domain.rules", "from nabestaanden.store import models\n", "imports"),
        ("nabestaanden.store.letters", "from nabestaanden.ui import worker\n", "imports"),
        ("nabestaanden.operations.letters", "def f():\n    import PySide6.QtCore\n", "Qt"),
        ("nabestaanden.documents.letter", "from nabestaanden.operations import work\n", "imports"),
        ("nabestaanden.store.mandates", "from PySide6.QtCore import QObject\n", "Qt"),
    ],
)
def test_a_wrong_import_is_found(tmp_path: Path, module: str, text: str, expected: str) -> None:
    """The check itself can fail: a module that breaks a rule is reported."""
    path = tmp_path / "module.py"
    path.write_text(text, encoding="utf-8")
    problems = layer_problems([(module, path)])
    assert len(problems) == 1 and expected in problems[0], problems


def test_no_test_module_imports_another() -> None:
    """Shared helpers live in tests/support; a test module is never imported."""
    tests = Path(__file__).resolve().parent
    problems = []
    for path in sorted(tests.rglob("*.py")):
        for line, imported in imports_of(path):
            if imported.startswith("tests.") and not imported.startswith("tests.support"):
                problems.append(f"{path.relative_to(tests)}:{line} imports {imported}")
    assert problems == []


def commits_in(path: Path) -> list[int]:
    """The lines where a source file calls ``.commit()``."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "commit"
    ]


def test_only_the_operations_commit() -> None:
    """One unit of work per user action: the window, the command line and the store's
    own functions change things, but only ``operations`` commits them."""
    problems = [
        f"{module}:{line}"
        for module, path in modules()
        if part_of(module) != "operations"
        for line in commits_in(path)
    ]
    assert problems == []


def test_a_commit_outside_the_operations_is_found(tmp_path: Path) -> None:
    path = tmp_path / "page.py"
    path.write_text("def save(session):\n    session.commit()\n", encoding="utf-8")
    assert commits_in(path) == [2]
