"""Two people change the same thing (optimistic locking): the second save shows both
versions and writes nothing; a change to another part goes through; keeping one's own
version afterwards works. On both engines."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from nabestaanden.domain.catalogue import Catalogue
from nabestaanden.operations import dossiers, integrity, letters, mandates, progress
from nabestaanden.operations.dossiers import DossierState
from nabestaanden.resources import default_letters
from nabestaanden.store.base import Store
from nabestaanden.store.conflicts import EditConflict, Seen
from tests.support.examples import bank_mandate
from tests.support.stores import TODAY

TASK = "banken_melden"


def read(store: Store, catalogue: Catalogue, dossier_id: int) -> DossierState:
    """What one person's window shows when they open the dossier."""
    return dossiers.open_dossier(store, dossier_id, catalogue, default_letters(), TODAY)


def test_the_second_note_saved_over_the_first_is_stopped_with_both_versions(
    store: Store, catalogue: Catalogue, example: int
) -> None:
    anna, bert = read(store, catalogue, example), read(store, catalogue, example)
    progress.set_task_progress(
        store, catalogue, example, TASK, note="Belde ING", seen=anna.seen_task(TASK)
    )
    with pytest.raises(EditConflict) as caught:
        progress.set_task_progress(
            store, catalogue, example, TASK, note="Brief gestuurd", seen=bert.seen_task(TASK)
        )
    conflict = caught.value
    assert (conflict.part, conflict.mine, conflict.theirs) == (
        "note",
        "Brief gestuurd",
        "Belde ING",
    )
    assert conflict.by and conflict.by in str(conflict)  # who made the other version
    assert "notitie" in str(conflict)
    assert read(store, catalogue, example).data.tasks[TASK].note == "Belde ING"  # untouched

    # Bert merges the two and saves naming the version he has now seen.
    merged = "Belde ING\nBrief gestuurd"
    progress.set_task_progress(
        store,
        catalogue,
        example,
        TASK,
        note=merged,
        seen=Seen(conflict.version, (("note", conflict.theirs),)),
    )
    assert read(store, catalogue, example).data.tasks[TASK].note == merged
    assert all(report.intact for report in integrity.verify_audit(store))  # both saves


def test_a_change_to_another_part_of_the_task_is_no_conflict(
    store: Store, catalogue: Catalogue, example: int
) -> None:
    anna, bert = read(store, catalogue, example), read(store, catalogue, example)
    progress.set_task_progress(
        store, catalogue, example, TASK, status="waiting", seen=anna.seen_task(TASK)
    )
    progress.set_task_progress(
        store, catalogue, example, TASK, note="Belde ING", seen=bert.seen_task(TASK)
    )
    saved = read(store, catalogue, example).data.tasks[TASK]
    assert (saved.status, saved.note) == ("waiting", "Belde ING")


def test_the_same_value_saved_twice_is_no_conflict(
    store: Store, catalogue: Catalogue, example: int
) -> None:
    anna, bert = read(store, catalogue, example), read(store, catalogue, example)
    for state in (anna, bert):
        progress.set_task_progress(
            store, catalogue, example, TASK, status="done", seen=state.seen_task(TASK)
        )
    assert read(store, catalogue, example).data.tasks[TASK].status == "done"


def test_a_mandate_changed_by_two_people_shows_both(
    store: Store, catalogue: Catalogue, example: int
) -> None:
    number = mandates.save_mandate(store, catalogue, example, bank_mandate(TODAY)).value
    anna, bert = read(store, catalogue, example), read(store, catalogue, example)
    [shown] = [mandate for found, mandate in anna.mandates if found == number]
    annas = replace(shown, note="Anna: getekend bij de notaris")
    berts = replace(shown, note="Bert: nog niet getekend")
    mandates.save_mandate(store, catalogue, example, annas, number, seen=anna.seen_mandate(number))
    with pytest.raises(EditConflict) as caught:
        mandates.save_mandate(
            store, catalogue, example, berts, number, seen=bert.seen_mandate(number)
        )
    assert (caught.value.mine, caught.value.theirs) == (berts, annas)
    [(_, stored)] = read(store, catalogue, example).mandates
    assert stored.note == annas.note
    # Bert keeps his own: saved with the version the conflict named.
    mandates.save_mandate(store, catalogue, example, berts, number, seen=Seen(caught.value.version))
    [(_, stored)] = read(store, catalogue, example).mandates
    assert stored.note == berts.note


def test_a_letter_text_and_its_dates(store: Store, catalogue: Catalogue, example: int) -> None:
    offer = read(store, catalogue, example).offers[0]
    letter = letters.make_letter(store, catalogue, example, offer, TODAY).value.letter_id
    anna, bert = read(store, catalogue, example), read(store, catalogue, example)
    body = letters.stored_content(store, example, letter).body_text

    letters.set_letter_body(
        store,
        catalogue,
        example,
        letter,
        "Geachte heer, mevrouw,\n\nAnna.",
        seen=anna.seen_letter(letter, "body", body),
    )
    with pytest.raises(EditConflict) as caught:
        letters.set_letter_body(
            store,
            catalogue,
            example,
            letter,
            "Geachte heer, mevrouw,\n\nBert.",
            seen=bert.seen_letter(letter, "body", body),
        )
    assert "Anna." in str(caught.value.theirs) and "Bert." in str(caught.value.mine)
    assert "Anna." in letters.stored_content(store, example, letter).body_text

    # Anna posts it; Bert, from his older screen, records the answer: no conflict.
    letters.mark_sent(
        store,
        catalogue,
        example,
        letter,
        date(2026, 12, 1),
        seen=anna.seen_letter(letter, "sent_on", None),
    )
    letters.mark_answered(
        store,
        catalogue,
        example,
        letter,
        date(2026, 12, 2),
        seen=bert.seen_letter(letter, "answer_received_on", None),
    )
    # But a second posting date from that older screen is one.
    with pytest.raises(EditConflict) as caught:
        letters.mark_sent(
            store,
            catalogue,
            example,
            letter,
            date(2026, 12, 3),
            seen=bert.seen_letter(letter, "sent_on", None),
        )
    assert (caught.value.mine, caught.value.theirs) == (date(2026, 12, 3), date(2026, 12, 1))
    [record] = read(store, catalogue, example).records
    assert (record.sent_on, record.answer_received_on) == (date(2026, 12, 1), date(2026, 12, 2))
