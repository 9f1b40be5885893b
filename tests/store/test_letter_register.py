"""The register of letters and the family's organisation details, in the encrypted store."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy.orm import Session

from nabestaanden.documents.letter import letter_pdf
from nabestaanden.domain.dossier import Address, OrganisationDetails
from nabestaanden.domain.letter_offers import recipient_for
from nabestaanden.domain.letters import LetterContent, compose_letter
from nabestaanden.resources import default_catalogue, default_letters
from nabestaanden.store import dossiers as dossier_store
from nabestaanden.store import letters as letter_store
from nabestaanden.store import mapping, models
from nabestaanden.store import organisations as organisation_store
from nabestaanden.store import persons as person_store
from tests.support.engines import Engine
from tests.support.stores import NOW, import_example

LATER = datetime(2026, 12, 3, 9, 30)


def compose_for(
    session: Session, dossier_id: int, letter_id: str, organisation: str
) -> LetterContent:
    """A letter for a stored dossier, to the family's own details where it has them."""
    catalogue = default_catalogue()
    dossier = mapping.to_domain(dossier_store.get_dossier(session, dossier_id))
    details = next((d for d in dossier.organisations if d.organisation == organisation), None)
    return compose_letter(
        default_letters()[letter_id],
        recipient_for(organisation, catalogue, details),
        dossier,
        catalogue,
        date(2026, 11, 29),
    )


def test_a_letter_is_recorded_sent_answered_and_reprinted_the_same(engine: Engine) -> None:
    store = engine.open()
    dossier_id = import_example(store)
    with store.session() as session:
        content = compose_for(session, dossier_id, "svb_overlijden_melden", "svb")
        row = letter_store.record_letter(session, dossier_id, content, NOW, "01-svb.pdf")
        letter_id = row.id
        printed = letter_pdf(letter_store.letter_content(row))
        session.commit()
    store.close()

    reopened = engine.reopen(LATER)
    with reopened.session() as session:
        row = session.get(models.Letter, letter_id)
        assert row is not None
        stored = letter_store.letter_content(row)
        assert stored.our_reference == f"{dossier_id}-{letter_id}"
        assert letter_pdf(stored) == printed  # a reprint is the same document
        [record] = letter_store.letter_records(dossier_store.get_dossier(session, dossier_id))
        assert (record.status, record.title) == ("drafted", content.title)

        letter_store.mark_letter_sent(session, dossier_id, letter_id, date(2026, 12, 1), LATER)
        [record] = letter_store.letter_records(dossier_store.get_dossier(session, dossier_id))
        assert record.status == "sent"
        assert content.answer_weeks is not None
        assert record.answer_expected_by == date(2026, 12, 1) + timedelta(
            weeks=content.answer_weeks
        )
        assert not record.answer_overdue(date(2026, 12, 2))
        assert record.answer_overdue(date(2027, 3, 1))

        letter_store.mark_answer_received(session, dossier_id, letter_id, date(2027, 1, 5), LATER)
        [record] = letter_store.letter_records(dossier_store.get_dossier(session, dossier_id))
        assert record.status == "answered"
        assert not record.answer_overdue(date(2027, 3, 1))
        session.commit()
    reopened.close()


def test_an_edited_body_is_kept_and_printed(engine: Engine) -> None:
    store = engine.open()
    dossier_id = import_example(store)
    with store.session() as session:
        content = compose_for(session, dossier_id, "bank_melden", "bank")
        row = letter_store.record_letter(session, dossier_id, content, NOW)
        edited = letter_store.set_letter_body(
            session, dossier_id, row.id, "Mijn eigen tekst & <meer>.\n\nTweede alinea.", LATER
        )
        session.commit()
        letter_id = row.id
    with store.session() as session:
        row = session.get(models.Letter, letter_id)
        assert row is not None
        assert letter_store.letter_content(row).paragraphs == edited.paragraphs
        assert edited.paragraphs == ("Mijn eigen tekst & <meer>.", "Tweede alinea.")
        history = [
            entry.field
            for entry in dossier_store.get_dossier(session, dossier_id).audit
            if entry.entity == "letter"
        ]
        assert history == ["title", "body"]
    store.close()


def test_a_letter_of_another_dossier_is_not_touched(engine: Engine) -> None:
    store = engine.open()
    first = import_example(store)
    second = import_example(store)
    with store.session() as session:
        content = compose_for(session, first, "bank_melden", "bank")
        row = letter_store.record_letter(session, first, content, NOW)
        with pytest.raises(LookupError, match="staat niet in dit dossier"):
            letter_store.mark_letter_sent(session, second, row.id, date(2026, 12, 1), NOW)
    store.close()


def test_the_recipient_address_is_kept_for_the_dossier(engine: Engine) -> None:
    store = engine.open()
    dossier_id = import_example(store)
    details = OrganisationDetails(
        organisation="svb",
        name="Sociale Verzekeringsbank",
        department="Afdeling Nabestaanden",
        address=Address(street="Postbus", number="9999", postcode="1000 AA", city="Amsterdam"),
        reference="AOW-nummer 123",
    )
    with store.session() as session:
        position = organisation_store.set_organisation_details(session, dossier_id, details, NOW)
        session.commit()
    store.close()
    reopened = engine.reopen(LATER)
    with reopened.session() as session:
        data = mapping.to_domain(dossier_store.get_dossier(session, dossier_id))
        assert data.organisations[position] == details
        changed = OrganisationDetails(organisation="svb", name="SVB", reference="nieuw")
        organisation_store.set_organisation_details(session, dossier_id, changed, LATER, position)
        data = mapping.to_domain(dossier_store.get_dossier(session, dossier_id))
        assert data.organisations[position] == changed
        assert len(data.organisations) == 2  # the example's bank and the SVB
    reopened.close()


def test_making_a_draft_again_shows_the_corrected_dossier_but_keeps_its_number_and_edit(
    engine: Engine,
) -> None:
    store = engine.open()
    dossier_id = import_example(store)
    try:
        with store.session() as session:
            first = compose_for(session, dossier_id, "bank_melden", "bank")
            row = letter_store.draft_or_record(session, dossier_id, first, NOW)
            letter_id, reference = row.id, letter_store.letter_content(row).our_reference
            letter_store.set_letter_body(
                session, dossier_id, letter_id, "Mijn eigen tekst.\n\nMet dank.", NOW
            )
            person_store.set_person_field(session, dossier_id, "contact", "surname", "Bergsma", NOW)
            session.commit()
        with store.session() as session:
            again = compose_for(session, dossier_id, "bank_melden", "bank")
            assert "Bergsma" in again.signer_name
            row = letter_store.draft_or_record(session, dossier_id, again, LATER)
            stored = letter_store.letter_content(row)
            session.commit()
            assert row.id == letter_id and stored.our_reference == reference
            assert "Bergsma" in stored.signer_name  # the correction
            assert stored.paragraphs == ("Mijn eigen tekst.", "Met dank.")  # the edit
            letters = dossier_store.get_dossier(session, dossier_id).letters
            assert len(letters) == 1
    finally:
        store.close()


def test_two_accounts_at_one_bank_are_two_letters_in_the_register(engine: Engine) -> None:
    from nabestaanden.domain.exchange import read_dossier
    from nabestaanden.domain.letter_offers import letters_for_plan
    from nabestaanden.domain.plan import build_plan
    from tests.support.examples import example_document

    document = example_document()
    [bank] = document["organisations"]
    document["organisations"] = [
        {**bank, "name": "ING", "reference": "rekening 1"},
        {**bank, "name": "ING", "reference": "rekening 2"},
    ]
    data = read_dossier(document, date(2026, 11, 29))
    plan = build_plan(data, default_catalogue(), date(2026, 11, 29))
    offers = [o for o in letters_for_plan(plan, default_letters()) if o.recipient.name == "ING"]
    assert len(offers) == 2 and len({offer.key for offer in offers}) == 2
    store = engine.open()
    try:
        with store.session() as session:
            dossier_id = dossier_store.import_dossier(session, data, NOW).id
            for _ in range(2):  # made twice: still one entry per account
                for offer in offers:
                    content = compose_letter(
                        offer.definition, offer.recipient, data, default_catalogue(), NOW.date()
                    )
                    letter_store.draft_or_record(session, dossier_id, content, NOW)
            session.commit()
            rows = dossier_store.get_dossier(session, dossier_id).letters
            assert sorted(row.their_reference for row in rows) == ["rekening 1", "rekening 2"]
            assert len({letter_store.letter_content(row).our_reference for row in rows}) == 2
    finally:
        store.close()
