"""Mandates in the encrypted store: imported, kept with their history, exported again."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from nabestaanden.domain.exchange import read_dossier, write_dossier
from nabestaanden.store import dossiers as dossier_store
from nabestaanden.store import mandates as mandate_store
from nabestaanden.store import mapping
from nabestaanden.store import persons as person_store
from tests.support.engines import Engine
from tests.support.examples import MANDATE, example_document
from tests.support.stores import NOW


def test_mandates_survive_the_store_with_holders_services_and_history(engine: Engine) -> None:
    document = example_document()
    document["contact"]["address"]["country"] = "NL"
    document["heirs"] = [
        {
            "first_names": "Zoë",
            "surname_prefix": "",
            "surname": "Berg",
            "relation": "child",
            "address": None,
        },
    ]
    document["mandates"] = [
        MANDATE,
        {
            **MANDATE,
            "holder": {"person": "heir:0"},
            "duration": "eenmalig",
            "task": "banken_melden",
            "valid_until": None,
        },
        {**MANDATE, "holder": {"organisation": "Notaris De Vries"}, "legal_basis": "executeur"},
    ]
    data = read_dossier(document, date(2026, 11, 29))
    store = engine.open()
    try:
        with store.session() as session:
            dossier_id = dossier_store.import_dossier(session, data, NOW).id
            session.commit()
        with store.session() as session:
            back = mapping.to_domain(dossier_store.get_dossier(session, dossier_id))
        assert back.mandates == data.mandates
        assert write_dossier(back) == document
    finally:
        store.close()


def test_a_mandate_is_added_changed_and_revoked_with_its_history_kept(engine: Engine) -> None:
    from nabestaanden.domain.mandates import Holder, grant

    store = engine.open()
    try:
        with store.session() as session:
            dossier_id = dossier_store.create_dossier(session, NOW).id
            mandate = grant(
                Holder(person="contact"),
                "boedelvolmacht",
                [("bank", "financien", "ING"), ("abp", "pensioen", ""), ("cak", "zorg", "")],
                ["inzien"],
                "geen_einddatum",
                date(2026, 4, 1),
            )
            number = mandate_store.save_mandate(session, dossier_id, mandate, NOW)
            mandate_store.set_mandate_status(
                session, dossier_id, number, "actief", date(2026, 4, 3), NOW
            )
            [(_, stored)] = mandate_store.mandate_rows(
                dossier_store.get_dossier(session, dossier_id)
            )
            wider = replace(stored, note="ook wijzigen bij de bank")
            assert mandate_store.save_mandate(session, dossier_id, wider, NOW, number) == number
            mandate_store.set_mandate_status(
                session,
                dossier_id,
                number,
                "ingetrokken",
                date(2026, 6, 1),
                NOW,
                "nieuwe executeur",
            )
            session.commit()
        with store.session() as session:
            dossier = dossier_store.get_dossier(session, dossier_id)
            [(same, back)] = mandate_store.mandate_rows(dossier)
            assert same == number
            assert [change.status for change in back.history] == [
                "concept",
                "actief",
                "ingetrokken",
            ]
            assert back.history[-1].note == "nieuwe executeur"
            assert back.note == "ook wijzigen bij de bank"
            assert [service.organisation for service in back.services] == ["bank", "abp", "cak"]
            changes = [entry.field for entry in dossier.audit if entry.entity == "mandate"]
            assert changes == ["legal_basis", "status", "mandate", "status"]
    finally:
        store.close()


def test_heirs_are_added_renamed_and_removed_without_moving_a_mandate(engine: Engine) -> None:
    import pytest

    from nabestaanden.domain.dossier import Heir
    from nabestaanden.domain.mandates import Holder

    document = example_document()
    document["heirs"] = [
        {
            "first_names": "Zoë",
            "surname_prefix": "",
            "surname": "Berg",
            "relation": "child",
            "address": None,
        },
        {
            "first_names": "Łukasz",
            "surname_prefix": "van",
            "surname": "Dijk",
            "relation": "other_relative",
            "address": None,
        },
    ]
    document["mandates"] = [{**MANDATE, "holder": {"person": "heir:1"}}]
    store = engine.open()
    try:
        with store.session() as session:
            dossier_id = dossier_store.import_dossier(
                session, read_dossier(document, date(2026, 11, 29)), NOW
            ).id
            session.commit()
        # Zoë goes, Łukasz is renamed, a new heir comes first.
        with store.session() as session:
            person_store.set_heirs(
                session,
                dossier_id,
                [
                    (None, Heir("Şirin", "", "Kaya", "child")),
                    (1, Heir("Lukas", "van", "Dijk", "child")),
                ],
                NOW,
            )
            session.commit()
        with store.session() as session:
            back = mapping.to_domain(dossier_store.get_dossier(session, dossier_id))
            entries = [
                (entry.action, entry.field)
                for entry in dossier_store.get_dossier(session, dossier_id).audit
                if entry.entity == "heir"
            ]
        assert [heir.full_name for heir in back.heirs] == ["Şirin Kaya", "Lukas van Dijk"]
        assert back.heirs[1].relation == "child"
        # The mandate stays with the same person, now second in the list.
        assert back.mandates[0].holder == Holder(person="heir:1")
        assert sorted(entries) == [
            ("create", "name"),
            ("delete", "name"),
            ("update", "name"),
            ("update", "relation"),
        ]
        # The holder of a mandate cannot be removed: nothing changes.
        with (
            store.session() as session,
            pytest.raises(
                person_store.HeirHoldsMandate, match="Lukas van Dijk heeft een machtiging"
            ),
        ):
            person_store.set_heirs(session, dossier_id, [(0, back.heirs[0])], NOW)
        with store.session() as session:
            again = mapping.to_domain(dossier_store.get_dossier(session, dossier_id))
        assert [heir.full_name for heir in again.heirs] == ["Şirin Kaya", "Lukas van Dijk"]
        # Once that mandate is over, the heir can go; its history still names them.
        with store.session() as session:
            [(number, _mandate)] = mandate_store.mandate_rows(
                dossier_store.get_dossier(session, dossier_id)
            )
            mandate_store.set_mandate_status(
                session, dossier_id, number, "ingetrokken", date(2026, 11, 1), NOW
            )
            person_store.set_heirs(session, dossier_id, [(0, again.heirs[0])], NOW)
            session.commit()
        with store.session() as session:
            last = mapping.to_domain(dossier_store.get_dossier(session, dossier_id))
        assert [heir.full_name for heir in last.heirs] == ["Şirin Kaya"]
        assert last.mandates[0].holder == Holder(
            organisation="Lukas van Dijk (geen erfgenaam meer)"
        )
        assert last.mandates[0].status == "ingetrokken"
    finally:
        store.close()


def test_a_mandate_whose_holder_is_gone_is_never_given_to_someone_else(engine: Engine) -> None:
    from nabestaanden.domain.mandates import Holder
    from nabestaanden.store import models

    document = example_document()
    document["heirs"] = [
        {
            "first_names": "Zoë",
            "surname_prefix": "",
            "surname": "Berg",
            "relation": "child",
            "address": None,
        },
        {
            "first_names": "Jan",
            "surname_prefix": "",
            "surname": "Berg",
            "relation": "child",
            "address": None,
        },
    ]
    document["mandates"] = [{**MANDATE, "holder": {"person": "heir:0"}}]
    store = engine.open()
    try:
        with store.session() as session:
            dossier = dossier_store.import_dossier(
                session, read_dossier(document, date(2026, 11, 29)), NOW
            )
            dossier_id = dossier.id
            session.commit()
        with store.session() as session:  # the record goes another way (an older version)
            row = next(
                person
                for person in dossier_store.get_dossier(session, dossier_id).persons
                if person.role == "heir" and person.position == 0
            )
            session.delete(row)
            session.commit()
        with store.session() as session:
            back = mapping.to_domain(dossier_store.get_dossier(session, dossier_id))
            assert session.query(models.Mandate).count() == 1
        assert back.mandates[0].holder == Holder(organisation="onbekende houder")
    finally:
        store.close()
