"""The shape of the code a newcomer relies on: modules of a readable size, and
classes whose attributes are all made in ``__init__`` (no attribute appears later
in some method, where a reader would not look for it).
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "nabestaanden"
MAX_LINES = 450  # "about 400"
REASON = "Longer than 400 lines"


def oversized(paths: list[Path]) -> list[str]:
    """Modules longer than MAX_LINES whose docstring gives no reason."""
    problems = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        docstring = ast.get_docstring(ast.parse(text)) or ""
        lines = text.count("\n")
        if lines > MAX_LINES and REASON not in docstring:
            problems.append(f"{path.name}: {lines} lines, no reason given")
    return problems


def test_no_module_is_long_without_a_reason() -> None:
    assert oversized(sorted(SRC.rglob("*.py"))) == []


def test_a_long_module_without_a_reason_is_found(tmp_path: Path) -> None:
    long = tmp_path / "long.py"
    long.write_text('"""A module."""\n' + "x = 1\n" * (MAX_LINES + 1), encoding="utf-8")
    explained = tmp_path / "explained.py"
    explained.write_text(
        f'"""A module.\n\n{REASON}: it is a table."""\n' + "x = 1\n" * 500, encoding="utf-8"
    )
    assert oversized([long, explained]) == [f"long.py: {MAX_LINES + 2} lines, no reason given"]


def _self_attributes(function: ast.FunctionDef) -> list[tuple[str, int]]:
    found = []
    for node in ast.walk(function):
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, (ast.AnnAssign, ast.AugAssign)):
            targets = [node.target]
        for target in targets:
            for element in target.elts if isinstance(target, ast.Tuple) else [target]:
                if (
                    isinstance(element, ast.Attribute)
                    and isinstance(element.value, ast.Name)
                    and element.value.id == "self"
                ):
                    found.append((element.attr, node.lineno))
    return found


def attributes_outside_init(paths: list[Path]) -> list[str]:
    """``self.x = ...`` in a method, where neither the class's ``__init__`` nor a base
    class's (of ours) makes ``x``, nor the class body declares it."""
    classes: dict[str, ast.ClassDef] = {}
    where: dict[str, Path] = {}
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                classes[node.name] = node
                where[node.name] = path

    def made_in_init(name: str, seen: frozenset[str] = frozenset()) -> set[str]:
        cls = classes.get(name)
        if cls is None or name in seen:
            return set()
        made = {
            item.target.id
            for item in cls.body
            if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)
        }
        for item in cls.body:
            if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                made |= {attribute for attribute, _line in _self_attributes(item)}
        for base in cls.bases:
            if isinstance(base, ast.Name):
                made |= made_in_init(base.id, seen | {name})
        return made

    problems = []
    for name, cls in classes.items():
        made = made_in_init(name)
        for item in cls.body:
            if not isinstance(item, ast.FunctionDef) or item.name == "__init__":
                continue
            for attribute, line in _self_attributes(item):
                if attribute not in made:
                    problems.append(
                        f"{where[name].name}:{line} {name}.{item.name} makes self.{attribute}"
                    )
    return problems


def test_ui_classes_make_their_attributes_in_init() -> None:
    assert attributes_outside_init(sorted((SRC / "ui").rglob("*.py"))) == []


def test_an_attribute_made_outside_init_is_found(tmp_path: Path) -> None:
    path = tmp_path / "widget.py"
    path.write_text(
        "class Base:\n"
        "    def __init__(self):\n"
        "        self.shown = None\n"
        "class Panel(Base):\n"
        "    count: int\n"
        "    def show(self):\n"
        "        self.shown = 1\n"  # made in the base's __init__: fine
        "        self.count = 2\n"  # declared in the class body: fine
        "        self.later = 3\n",  # nowhere else: found
        encoding="utf-8",
    )
    assert attributes_outside_init([path]) == ["widget.py:9 Panel.show makes self.later"]
