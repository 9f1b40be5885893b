"""Whatever a file or a field holds, the reader and the validators either accept it
or refuse it in Dutch, naming where: no other exception, nothing half-read.

A few hundred cases here; benchmarks/properties.py runs the same properties with
10,000 and more.
"""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings

from tests.support.hostile import ANY_TEXT, check_document, check_validators, hostile_documents


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_documents())
def test_a_hostile_file_is_read_or_refused_in_dutch(document: Any) -> None:
    check_document(document)


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
def test_a_hostile_field_is_accepted_or_refused_in_dutch(text: str) -> None:
    check_validators(text)
