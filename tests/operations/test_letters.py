"""Letters: make one, change it, send it, and write them all, as the window and the
command line both do (one code path)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from nabestaanden.documents.batch import Cancelled
from nabestaanden.domain.catalogue import Catalogue
from nabestaanden.domain.dossier import OrganisationDetails
from nabestaanden.domain.exchange import read_dossier
from nabestaanden.domain.letter_offers import LetterOffer
from nabestaanden.operations import dossiers, exports, letters
from nabestaanden.operations.work import ActionRefused
from nabestaanden.resources import default_letters
from nabestaanden.store.opening import OpenStore
from tests.support.examples import bank_mandate, example_document
from tests.support.pdf import read_pdf
from tests.support.stores import TODAY


def first_offer(store: OpenStore, catalogue: Catalogue, dossier_id: int) -> LetterOffer:
    state = dossiers.open_dossier(store, dossier_id, catalogue, default_letters(), TODAY)
    return state.offers[0]


def test_a_letter_is_made_once_edited_sent_and_answered(
    store: OpenStore, catalogue: Catalogue, example: int
) -> None:
    offer = first_offer(store, catalogue, example)
    made = letters.make_letter(store, catalogue, example, offer, TODAY).value
    again = letters.make_letter(store, catalogue, example, offer, TODAY).value
    assert again.letter_id == made.letter_id  # the draft, not a second letter
    assert "Berg" in read_pdf(made.pdf).text
    edited = letters.set_letter_body(
        store, catalogue, example, made.letter_id, "Geachte heer, mevrouw,\n\nZie bijlage."
    ).value
    assert "Zie bijlage." in edited.body_text
    assert (
        "Zie bijlage." in read_pdf(letters.stored_letter(store, example, made.letter_id).pdf).text
    )
    letters.mark_sent(store, catalogue, example, made.letter_id, date(2026, 12, 1))
    letters.mark_answered(store, catalogue, example, made.letter_id, date(2026, 12, 20))
    state = dossiers.open_dossier(store, example, catalogue, default_letters(), TODAY)
    [record] = state.records
    assert (record.status, record.sent_on) == ("answered", date(2026, 12, 1))


def test_write_all_registers_every_letter_and_reports_a_second_run_the_same(
    store: OpenStore, catalogue: Catalogue, example: int, tmp_path: Path
) -> None:
    written = letters.write_all_letters(
        store, catalogue, default_letters(), example, tmp_path / "a", TODAY
    ).value
    made = [item for item in written if item.content is not None]
    assert made and all(item.path.exists() for item in written)
    state = dossiers.open_dossier(store, example, catalogue, default_letters(), TODAY)
    assert len(state.records) == len(made)
    letters.write_all_letters(store, catalogue, default_letters(), example, tmp_path / "b", TODAY)
    state = dossiers.open_dossier(store, example, catalogue, default_letters(), TODAY)
    assert len(state.records) == len(made)  # the drafts brought up to date, not doubled


def test_a_stopped_run_keeps_the_letters_already_written_in_the_register(
    store: OpenStore, catalogue: Catalogue, example: int, tmp_path: Path
) -> None:
    folder = tmp_path / "brieven"

    def stop_after_two(done: int, _total: int, _what: str) -> bool:
        return done < 2

    with pytest.raises(Cancelled):
        letters.write_all_letters(
            store, catalogue, default_letters(), example, folder, TODAY, progress=stop_after_two
        )
    state = dossiers.open_dossier(store, example, catalogue, default_letters(), TODAY)
    files = sorted(path.name for path in folder.glob("*.pdf"))
    assert len(state.records) == len([name for name in files if name[:2].isdigit()]) > 0


def test_letters_are_refused_for_an_organisation_the_catalogue_does_not_know(
    store: OpenStore, catalogue: Catalogue, tmp_path: Path
) -> None:
    data = read_dossier(example_document(), TODAY)
    data.organisations.append(OrganisationDetails(organisation="onbekend_fonds"))
    with pytest.raises(ActionRefused) as refused:
        exports.import_dossier(store, catalogue, data)
    place = len(data.organisations) - 1
    expected = f"organisations[{place}].organisation: onbekende organisatie 'onbekend_fonds'"
    assert expected in refused.value.full_text()
    assert store.summaries() == []
    folder = tmp_path / "brieven"
    with pytest.raises(ActionRefused, match="er zijn geen brieven gemaakt"):
        letters.write_letters_for(data, catalogue, default_letters(), folder, TODAY)
    assert not folder.exists()


def test_a_day_before_the_death_writes_nothing(
    store: OpenStore, catalogue: Catalogue, example: int, tmp_path: Path
) -> None:
    folder = tmp_path / "brieven"
    with pytest.raises(ActionRefused, match="ligt vóór de datum van overlijden"):
        letters.write_all_letters(
            store, catalogue, default_letters(), example, folder, date(2026, 3, 1)
        )
    assert not folder.exists()
    assert dossiers.open_dossier(store, example, catalogue, default_letters(), TODAY).records == []


def test_a_full_folder_gets_a_new_one_named_by_number(tmp_path: Path) -> None:
    (tmp_path / "iets.txt").write_text("van een ander dossier", encoding="utf-8")
    assert letters.empty_folder_for(tmp_path, 7) == tmp_path / "brieven-dossier-7"
    assert letters.empty_folder_for(tmp_path / "nieuw", 7) == tmp_path / "nieuw"


def test_a_mandate_for_a_retired_task_does_not_stop_the_letters(
    store: OpenStore, catalogue: Catalogue, example: int, tmp_path: Path
) -> None:
    """Task ids are kept when the catalogue drops a task; a stored one-off mandate for
    such a task is no reason to refuse the letters (a file naming it still is)."""
    from nabestaanden.operations import mandates

    retired = bank_mandate(TODAY, "eenmalig", task="een_taak_die_niet_meer_bestaat")
    mandates.save_mandate(store, catalogue, example, retired)
    written = letters.write_all_letters(
        store, catalogue, default_letters(), example, tmp_path / "brieven", TODAY
    ).value
    assert any(item.content is not None for item in written)


def test_a_letter_made_before_the_sender_changed_is_marked_out_of_date(
    store: OpenStore, catalogue: Catalogue, example: int
) -> None:
    from nabestaanden.domain.dossier import CONTACT

    offer = first_offer(store, catalogue, example)
    made = letters.make_letter(store, catalogue, example, offer, TODAY).value
    letters.set_letter_body(  # the user's own words do not make it out of date
        store, catalogue, example, made.letter_id, "Geachte heer, mevrouw,\n\nZie bijlage."
    )

    def record() -> bool:
        state = dossiers.open_dossier(store, example, catalogue, default_letters(), TODAY)
        [found] = [r for r in state.records if r.letter_id == made.letter_id]
        return found.out_of_date

    assert not record()
    dossiers.set_person_field(store, catalogue, example, CONTACT, "surname", "Jansen")
    assert record()  # the sender's name on it is the old one
    letters.make_letter(store, catalogue, example, offer, TODAY)  # made again: up to date
    assert not record()
    letters.mark_sent(store, catalogue, example, made.letter_id, TODAY)
    dossiers.set_person_field(store, catalogue, example, CONTACT, "surname", "de Wit")
    assert not record()  # a letter already posted is what it was
