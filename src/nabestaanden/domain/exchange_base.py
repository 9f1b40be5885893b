"""The reader's building blocks for the exchange format: problems with their JSON
paths, and the checks of single values (text, dates, choices, lists).

Reading collects one problem per mistake instead of stopping at the first, so a
user can fix a file in one go (:mod:`exchange` walks the document with these).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from nabestaanden.domain import validation

ISO_DATE: Final = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class Problem:
    """One mistake in a document: where it is and what is wrong."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class FormatError(ValueError):
    """A document that is not a valid dossier; ``problems`` lists every mistake."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(problem) for problem in problems))
        self.problems = problems


def join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def describe(choices: Iterable[str]) -> str:
    return ", ".join(f"'{choice}'" for choice in choices)


class ReaderBase:
    """Walks a parsed JSON document and collects problems instead of stopping at one."""

    def __init__(self, today: date) -> None:
        self.today = today
        self.problems: list[Problem] = []

    def problem(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message))

    def mapping(self, value: object, path: str, allowed: Iterable[str]) -> Mapping[str, Any] | None:
        if not isinstance(value, dict):
            self.problem(path, "moet een object zijn ({...})")
            return None
        known = set(allowed)
        for key in value:
            if key not in known:
                self.problem(join(path, key), "onbekend veld (typfout?)")
        return value

    def exact(self, obj: Mapping[str, Any], key: str, path: str) -> str:
        """Text as it is, spaces and all (a letter's text as printed)."""
        value = obj.get(key, "")
        if value is None:
            return ""
        if not isinstance(value, str):
            self.problem(join(path, key), "moet tekst zijn")
            return ""
        return value

    def text(self, obj: Mapping[str, Any], key: str, path: str) -> str:
        return self.exact(obj, key, path).strip()

    def boolean(self, obj: Mapping[str, Any], key: str, path: str, default: bool) -> bool:
        value = obj.get(key, default)
        if not isinstance(value, bool):
            self.problem(join(path, key), "moet true of false zijn")
            return default
        return value

    def day(self, obj: Mapping[str, Any], key: str, path: str) -> date | None:
        value = obj.get(key)
        if value is None:
            return None
        if isinstance(value, str) and ISO_DATE.fullmatch(value):
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        self.problem(join(path, key), "geen datum (schrijf JJJJ-MM-DD, bijvoorbeeld 2026-03-15)")
        return None

    def choice(
        self,
        obj: Mapping[str, Any],
        key: str,
        path: str,
        choices: Iterable[str],
        default: str | None,
        nullable: bool = False,
    ) -> str | None:
        options = tuple(choices)
        if key not in obj:
            return default
        value = obj[key]
        if value is None and nullable:
            return None
        if not isinstance(value, str) or value not in options:
            allowed = describe(options) + (" of null" if nullable else "")
            self.problem(join(path, key), f"onbekende waarde; kies uit {allowed}")
            return default
        return value

    def choices(
        self, obj: Mapping[str, Any], key: str, path: str, choices: Iterable[str]
    ) -> list[str]:
        options = tuple(choices)
        values = self.items(obj, key, path)
        result: list[str] = []
        for index, value in enumerate(values):
            if not isinstance(value, str) or value not in options:
                self.problem(
                    join(join(path, key), index),
                    f"onbekende waarde; kies uit {describe(options)}",
                )
            elif value not in result:
                result.append(value)
        return result

    def items(self, obj: Mapping[str, Any], key: str, path: str) -> list[Any]:
        value = obj.get(key, [])
        if value is None:
            return []
        if not isinstance(value, list):
            self.problem(join(path, key), "moet een lijst zijn ([...])")
            return []
        return value

    def checked(self, path: str, value: str, check: Callable[[str], str]) -> str:
        """Normalize a filled-in value with a validation function, or note the problem."""
        if not value:
            return value
        try:
            return check(value)
        except validation.InvalidValue as error:
            self.problem(path, str(error))
            return value
