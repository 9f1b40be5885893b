"""Conditions in the catalogue: small yes/no formulas over facts of a situation.

A task's ``applies_when`` is written in the catalogue as a formula of fact names
joined by ``and``, ``or``, ``not`` and brackets, for example
``partner_below_aow_age and (child_under_18 or partner_incapacity_45)``. The facts
themselves are computed in :mod:`nabestaanden.domain.rules`.

A fact can be unknown (the family answered "weet ik niet", or a date is missing).
Formulas use three-valued logic: ``no and unknown`` is no, ``yes or unknown`` is
yes, and otherwise an unknown part leaves the whole unknown. An unknown result
carries the questions whose answers would settle it.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True)
class Outcome:
    """The value of a fact or a formula: True, False, or None for unknown.

    ``questions`` lists, for an unknown value, the answers that would settle it.
    """

    value: bool | None
    questions: tuple[str, ...] = ()

    @property
    def is_unknown(self) -> bool:
        return self.value is None


YES: Final = Outcome(True)
NO: Final = Outcome(False)


def unknown(*questions: str) -> Outcome:
    return Outcome(None, tuple(questions))


def known(value: bool) -> Outcome:
    return YES if value else NO


class ConditionSyntaxError(ValueError):
    """A formula that is not written correctly, or names an unknown fact."""


@dataclass(frozen=True)
class Condition:
    """A parsed formula, ready to evaluate against a set of facts."""

    text: str
    tree: ast.expr

    def names(self) -> set[str]:
        return {node.id for node in ast.walk(self.tree) if isinstance(node, ast.Name)}

    def evaluate(self, fact: Callable[[str], Outcome]) -> Outcome:
        return _evaluate(self.tree, fact)


def parse_condition(text: str, known_names: Collection[str]) -> Condition:
    """Parse ``text``; raise :class:`ConditionSyntaxError` with a Dutch message."""
    try:
        tree = ast.parse(text.strip(), mode="eval").body
    except SyntaxError:
        raise ConditionSyntaxError(f"'{text}' is geen geldige formule") from None
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            if node.id not in known_names:
                raise ConditionSyntaxError(f"onbekend feit '{node.id}' in '{text}'")
        elif not isinstance(node, ast.BoolOp | ast.UnaryOp | ast.And | ast.Or | ast.Not | ast.Load):
            raise ConditionSyntaxError(
                f"'{text}': gebruik alleen namen van feiten met and, or, not en haakjes"
            )
        if isinstance(node, ast.UnaryOp) and not isinstance(node.op, ast.Not):
            raise ConditionSyntaxError(f"'{text}': alleen 'not' mag voor een feit staan")
    return Condition(text.strip(), tree)


def _merge(questions: list[tuple[str, ...]]) -> tuple[str, ...]:
    merged: list[str] = []
    for group in questions:
        for question in group:
            if question not in merged:
                merged.append(question)
    return tuple(merged)


def _evaluate(node: ast.expr, fact: Callable[[str], Outcome]) -> Outcome:
    if isinstance(node, ast.Name):
        return fact(node.id)
    if isinstance(node, ast.UnaryOp):
        inner = _evaluate(node.operand, fact)
        return inner if inner.is_unknown else known(not inner.value)
    if isinstance(node, ast.BoolOp):
        parts = [_evaluate(value, fact) for value in node.values]
        decisive = isinstance(node.op, ast.Or)  # the value that settles the whole
        if any(part.value is decisive for part in parts):
            return known(decisive)
        unknowns = [part.questions for part in parts if part.is_unknown]
        if unknowns:
            return Outcome(None, _merge(unknowns))
        return known(not decisive)
    raise ConditionSyntaxError(f"onverwacht deel in formule: {ast.dump(node)}")
