"""Hostile input for property tests: the documented example with values replaced,
keys removed or added at random places, and any text for the validators.

Used by tests/domain/test_hostile_input.py (a few hundred cases) and by
benchmarks/properties.py (10,000 and more).
"""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

from hypothesis import strategies as st

from nabestaanden.domain import validation
from nabestaanden.domain.dossier import Dossier
from nabestaanden.domain.exchange import FormatError, read_dossier, write_dossier
from tests.support.examples import LETTER, MANDATE, example_document

# English (or Python) words that must never reach a user in a refusal.
NOT_FOR_USERS = (
    "Traceback",
    "object has no attribute",
    "KeyError",
    "TypeError",
    "NoneType",
    "invalid literal",
    "must be",
    "expected",
)

JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**40), max_value=2**40)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=6,
)


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON document (keys of objects, indexes of lists)."""
    found = [path] if path else []
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += _paths(child, (*path, index))
    return found


def _base() -> dict[str, Any]:
    document = example_document()
    document["mandates"] = [copy.deepcopy(MANDATE)]
    document["letters"] = [copy.deepcopy(LETTER)]
    document["heirs"] = [
        {"first_names": "Zoë", "surname_prefix": "", "surname": "Şahin", "relation": "child"}
    ]
    document["tasks"] = {"banken_melden": {"status": "done", "note": "", "done_on": "2026-04-01"}}
    return document


@st.composite
def hostile_documents(draw: st.DrawFn) -> Any:
    """The example with one to four changes at random places: a value replaced by
    any JSON value, a key removed, an unknown key added; or no object at all."""
    if draw(st.integers(0, 40)) == 0:
        return draw(JSON_VALUES)
    document = _base()
    for _ in range(draw(st.integers(1, 4))):
        places = _paths(document)
        if not places:
            break
        place = draw(st.sampled_from(places))
        parent: Any = document
        for step in place[:-1]:
            parent = parent[step]
        last = place[-1]
        action = draw(st.sampled_from(("replace", "remove", "add")))
        if action == "replace":
            parent[last] = draw(JSON_VALUES)
        elif action == "remove" and isinstance(parent, dict):
            del parent[last]
        elif action == "add" and isinstance(parent, dict):
            parent[draw(st.text(min_size=1, max_size=10))] = draw(JSON_VALUES)
    return document


ANY_TEXT = st.text(max_size=60) | st.sampled_from(
    ["", " ", "111222333", "NL91 ABNA 0417 1643 00", "1234ab", "29-02-2025", "31-12-9999"]
)


TODAY = date(2026, 11, 29)
TOP_LEVEL = (
    "format",
    "deceased",
    "situation",
    "contact",
    "heirs",
    "tasks",
    "organisations",
    "mandates",
    "title",
    "intake_step",
    "archived",
    "letters",
)


def check_document(document: Any) -> None:
    """One case: a dossier that writes back as it reads, or a refusal in Dutch with a
    path for each problem."""
    try:
        dossier = read_dossier(document, TODAY)
    except FormatError as error:
        assert error.problems
        for problem in error.problems:
            text = str(problem)
            assert problem.message.strip(), text
            # the message, not the path: a field's own name (answer_expected_by) is fine
            assert not any(word in problem.message for word in NOT_FOR_USERS), text
            head = problem.path.split(".")[0].split("[")[0]
            # a problem names a place of the format, or a key that is in the file
            present = isinstance(document, dict) and (head in document or problem.path in document)
            named = head in TOP_LEVEL or present
            assert problem.path == "" or named, text
        return
    assert isinstance(dossier, Dossier)
    again = read_dossier(write_dossier(dossier), TODAY)  # what is accepted reads back
    assert write_dossier(again) == write_dossier(dossier)


def check_validators(text: str) -> None:
    for check in (
        validation.normalize_bsn,
        validation.normalize_iban,
        validation.normalize_postcode,
        validation.normalize_country,
        validation.normalize_email,
        validation.parse_date,
    ):
        try:
            check(text)
        except validation.InvalidValue as error:
            message = str(error)
            assert message.strip() and not any(word in message for word in NOT_FOR_USERS)
