"""Letter texts, which letters a plan calls for, and composing one letter."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from nabestaanden.domain.catalogue import CatalogueError
from nabestaanden.domain.dossier import Address, OrganisationDetails
from nabestaanden.domain.exchange import read_dossier
from nabestaanden.domain.letter_offers import (
    LetterOffer,
    catalogue_problems,
    letters_for_plan,
    postal_line,
    recipient_for,
)
from nabestaanden.domain.letter_texts import load_letters
from nabestaanden.domain.letters import FILL_IN, LetterContent, LetterRecord, compose_letter
from nabestaanden.domain.plan import build_plan
from nabestaanden.resources import default_catalogue, default_letters, resource_dir
from tests.support.examples import example_document

TODAY = date(2026, 11, 29)


def offers_for(document: dict[str, Any], today: date = TODAY) -> list[LetterOffer]:
    dossier = read_dossier(document, today)
    plan = build_plan(dossier, default_catalogue(), today)
    return letters_for_plan(plan, default_letters())


def called_for(document: dict[str, Any], today: date = TODAY) -> list[str]:
    return [offer.key for offer in offers_for(document, today) if offer.called_for]


def offered(document: dict[str, Any], today: date = TODAY) -> list[str]:
    return [offer.key for offer in offers_for(document, today)]


# --- the shipped texts -----------------------------------------------------------------


def test_every_purpose_the_issue_names_has_a_letter() -> None:
    letters = default_letters()
    organisations = {definition.organisation for definition in letters.values()}
    assert {
        "svb",
        "pensioenfonds",
        "toeslagen",
        "belastingdienst",
        "uwv",
        "bank",
        "zorgverzekeraar",
        "verhuurder",
        "notaris",
        "*",
    } <= organisations
    assert len([d for d in letters.values() if d.organisation == "belastingdienst"]) >= 4
    for definition in letters.values():
        assert definition.sources and definition.peildatum > date(2026, 1, 1)
        assert definition.paragraphs


def copy_of_letters(tmp_path: Path) -> Path:
    folder = tmp_path / "letters"
    shutil.copytree(resource_dir() / "letters", folder)
    return folder


def problems(folder: Path) -> list[str]:
    with pytest.raises(CatalogueError) as caught:
        load_letters(folder, default_catalogue())
    return caught.value.problems


def test_a_broken_text_is_refused_naming_the_file_and_the_key(tmp_path: Path) -> None:
    folder = copy_of_letters(tmp_path)
    path = folder / "bank_melden.toml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("{overledene}", "{naam_overledene}", 1)
    text = text.replace('task = "banken_melden"', 'task = "banken_melden"\nwhen = "heeft_bank"')
    path.write_text(text, encoding="utf-8")
    (folder / "kapot.toml").write_text(
        'title = "x"\norganisation = "nergens"\nsubject = "a { b"\nbsn = true\n'
        'sources = ["https://www.example.nl/..."]\npeildatum = 2026-11-29\n'
        '[[paragraph]]\ntext = "Tekst."\n',
        encoding="utf-8",
    )
    found = problems(folder)
    assert any(
        p.startswith("bank_melden.toml.") and "onbekend veld {naam_overledene}" in p for p in found
    )
    assert any(p.startswith("bank_melden.toml.when") and "heeft_bank" in p for p in found)
    assert any(p.startswith("kapot.toml.organisation") for p in found)
    assert any(p.startswith("kapot.toml.subject") and "{{" in p for p in found)
    assert any(p.startswith("kapot.toml.sources") for p in found)
    assert any(p.startswith("kapot.toml.task") for p in found)


def test_an_edited_text_needs_no_code_change(tmp_path: Path) -> None:
    folder = copy_of_letters(tmp_path)
    path = folder / "bank_melden.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace(
            "[[paragraph]]", '[[paragraph]]\ntext = "Een nieuwe zin."\n\n[[paragraph]]', 1
        ),
        encoding="utf-8",
    )
    letters = load_letters(folder, default_catalogue())
    dossier = read_dossier(example_document(), TODAY)
    content = compose_letter(
        letters["bank_melden"],
        recipient_for("bank", default_catalogue(), None),
        dossier,
        default_catalogue(),
        TODAY,
    )
    assert content.paragraphs[0] == "Een nieuwe zin."


# --- which letters the plan calls for ------------------------------------------------------


def test_a_death_abroad_calls_for_reporting_it_to_the_svb_and_the_pension_fund() -> None:
    document = example_document()
    document["deceased"]["lived_in_netherlands"] = False
    keys = called_for(document, date(2026, 3, 20))
    assert "svb_overlijden_melden-sociale-verzekeringsbank-svb" in keys
    assert "pensioen_melden-abp" in keys
    assert "uwv_overlijdensuitkering-uwv" not in keys  # no UWV benefit in this dossier


def test_living_in_the_netherlands_the_svb_hears_it_by_itself() -> None:
    document = example_document()
    keys = called_for(document, date(2026, 3, 20))
    assert not any(key.startswith("svb_overlijden_melden") for key in keys)
    # ... but the letter is there for when nothing came.
    assert any(key.startswith("svb_overlijden_melden") for key in offered(document))


def test_one_pension_letter_per_fund_also_for_a_fund_typed_in() -> None:
    document = example_document()
    document["deceased"]["lived_in_netherlands"] = False
    document["situation"]["pension_funds"] = ["abp", "Pensioenfonds Vervoer"]
    keys = [key for key in called_for(document) if key.startswith("pensioen_melden")]
    assert keys == ["pensioen_melden-abp", "pensioen_melden-pensioenfonds-vervoer"]


def test_letters_only_made_on_request_are_offered_but_never_called_for() -> None:
    document = example_document()
    document["situation"]["estate_above_exemption"] = "yes"
    offers = {offer.key: offer for offer in offers_for(document)}
    extension = offers["erfbelasting_uitstel-belastingdienst"]
    assert not extension.called_for
    assert offers["erfbelasting_voorlopige_aanslag-belastingdienst"].called_for


def test_a_letter_whose_condition_is_false_is_not_offered() -> None:
    # The lower-income request is for a deceased who lived alone.
    document = example_document()
    assert not any(key.startswith("toeslagen_inkomen_vorig_jaar") for key in offered(document))
    document["situation"]["partner"] = None
    assert any(key.startswith("toeslagen_inkomen_vorig_jaar") for key in offered(document))


def test_the_f_biljet_request_waits_five_months() -> None:
    document = example_document()  # died 15 March 2026
    done = {"status": "done", "note": "", "done_on": "2026-04-20"}
    document["tasks"] = {"contactpersoon_belastingdienst": done}
    early = {offer.key: offer for offer in offers_for(document, date(2026, 8, 14))}
    late = {offer.key: offer for offer in offers_for(document, date(2026, 8, 15))}
    key = "belastingdienst_f_biljet-belastingdienst"
    assert not early[key].called_for
    assert "15 augustus 2026" in early[key].reason
    assert late[key].called_for


def test_a_finished_task_calls_for_no_letter() -> None:
    document = example_document()
    assert any(key.startswith("bank_melden") for key in called_for(document))
    document["tasks"] = {"banken_melden": {"status": "done", "note": "", "done_on": "2026-04-01"}}
    assert not any(key.startswith("bank_melden") for key in called_for(document))


def test_the_bank_letter_goes_to_each_bank_the_family_entered() -> None:
    document = example_document()
    document["organisations"].append({"organisation": "bank", "name": "Tweede Bank"})
    keys = [key for key in called_for(document) if key.startswith("bank_melden")]
    assert keys == ["bank_melden-voorbeeldbank", "bank_melden-tweede-bank"]


def test_the_general_letter_is_for_organisations_outside_the_catalogue() -> None:
    document = example_document()
    assert not any(key.startswith("algemeen") for key in offered(document))
    document["organisations"].append({"name": "Sportschool De Vries"})
    assert "algemeen-sportschool-de-vries" in offered(document)


# --- composing --------------------------------------------------------------------------


def compose(document: dict[str, Any], letter_id: str, organisation: str) -> LetterContent:
    catalogue = default_catalogue()
    dossier = read_dossier(document, TODAY)
    details = next((d for d in dossier.organisations if d.organisation == organisation), None)
    return compose_letter(
        default_letters()[letter_id],
        recipient_for(organisation, catalogue, details),
        dossier,
        catalogue,
        TODAY,
    )


def test_fields_are_filled_from_the_dossier() -> None:
    content = compose(example_document(), "bank_melden", "bank")
    assert content.subject.count("Johanna Maria van der Berg") == 1
    body = content.body_text
    assert "Johanna Maria van der Berg" in body
    assert "15 maart 2026" in body
    assert "{" not in body and FILL_IN not in body
    assert content.recipient_lines == (
        "Voorbeeldbank",
        "Nabestaandenservice",
        "Antwoordnummer 1234",
        "8900 VB  LEEUWARDEN",
    )
    assert content.their_reference == "klantnummer 12345678"
    assert content.missing == ()


def test_the_bsn_is_in_the_details_only_where_the_recipient_needs_it() -> None:
    with_bsn = compose(example_document(), "svb_overlijden_melden", "svb")
    without = compose(example_document(), "bank_melden", "bank")
    assert ("BSN", "111222333") in with_bsn.details
    assert not any(label == "BSN" for label, _ in without.details)
    assert "111222333" not in repr(without)


def test_a_missing_value_becomes_a_line_to_fill_in_and_is_named() -> None:
    document = example_document()
    document["deceased"]["bsn"] = ""
    document["heirs"] = []  # the partner's name is nowhere in the dossier
    content = compose(document, "zorgverzekeraar_melden", "zorgverzekeraar")
    assert FILL_IN in content.body_text
    assert ("BSN", FILL_IN) in content.details
    assert set(content.missing) == {"partner", "bsn", "adres"}
    document["heirs"] = [{"first_names": "Kees", "surname": "Berg", "relation": "partner"}]
    named = compose(document, "zorgverzekeraar_melden", "zorgverzekeraar")
    assert "Kees Berg" in named.body_text and "partner" not in named.missing
    # Without an address, lines to write it in by hand under the name.
    assert content.recipient_lines == ("Zorgverzekeraar", FILL_IN, FILL_IN)


def test_the_samenlevingscontract_is_enclosed_only_where_there_is_one() -> None:
    document = example_document()
    document["deceased"]["lived_in_netherlands"] = False
    married = compose(document, "pensioen_melden", "abp")
    document["situation"]["partner"]["relationship"] = "cohabiting_contract"
    contract = compose(document, "pensioen_melden", "abp")
    assert not any("samenlevingscontract" in item for item in married.enclosures)
    assert any("samenlevingscontract" in item for item in contract.enclosures)
    assert any("samenlevingscontract" in p for p in contract.paragraphs)
    assert not any("samenlevingscontract" in p for p in married.paragraphs)


def test_a_cohabitant_asks_the_landlord_in_writing_and_names_the_last_day_for_the_court() -> None:
    document = example_document()  # died 15 March 2026
    document["situation"]["housing"] = "rent"
    document["situation"]["partner"]["relationship"] = "cohabiting"
    document["contact"]["relation"] = "partner"
    content = compose(document, "huur_voortzetten", "verhuurder")
    body = content.body_text
    assert "schriftelijk in te stemmen" in body
    assert "kantonrechter" in body and "uiterlijk op 15 september 2026" in body
    assert "termijn" not in content.missing
    # A spouse continues the lease by law: no court, no date.
    document["situation"]["partner"]["relationship"] = "married"
    married = compose(document, "huur_voortzetten", "verhuurder").body_text
    assert "kantonrechter" not in married and "7:268 lid 1" in married


def test_the_edited_body_replaces_the_paragraphs() -> None:
    content = compose(example_document(), "bank_melden", "bank")
    edited = content.with_body("Eerste alinea\nloopt door.\n\n\nTweede & <laatste> alinea.")
    assert edited.paragraphs == ("Eerste alinea loopt door.", "Tweede & <laatste> alinea.")
    assert edited.recipient_lines == content.recipient_lines


def test_a_letter_survives_the_register_unchanged() -> None:
    content = compose(example_document(), "pensioen_melden", "abp")
    assert LetterContent.from_json(content.to_json()) == content


# --- addresses -------------------------------------------------------------------------


def test_the_postcode_line_has_the_postnl_form() -> None:
    assert postal_line("1234ab", "Den  Haag") == "1234 AB  DEN HAAG"
    assert postal_line("3581 AB", "Utrecht") == "3581 AB  UTRECHT"
    assert postal_line("B-1000", "Brussel", "BE") == "B-1000  BRUSSEL"


def test_an_address_abroad_ends_with_the_country_in_capitals() -> None:
    details = OrganisationDetails(
        organisation="bank",
        name="Banque Exemple",
        address=Address(
            street="Rue Neuve", number="1", postcode="1000", city="Bruxelles", country="BE"
        ),
    )
    recipient = recipient_for("bank", default_catalogue(), details)
    assert recipient.address_lines() == [
        "Banque Exemple",
        "Rue Neuve 1",
        "1000  BRUXELLES",
        "BELGIË",
    ]


def test_a_catalogue_address_that_starts_with_the_name_is_not_doubled() -> None:
    recipient = recipient_for("abp", default_catalogue(), None)
    assert recipient.address_lines() == ["ABP Pensioenen", "Postbus 4803", "6401 JL  HEERLEN"]
    toeslagen = recipient_for("toeslagen", default_catalogue(), None)
    assert toeslagen.address_lines() == ["Dienst Toeslagen", "Postbus 4510", "6401 JA  HEERLEN"]


# --- the register ------------------------------------------------------------------------


def test_an_answer_is_overdue_only_after_its_date_and_only_while_waiting() -> None:
    record = LetterRecord(
        "Brief", "SVB", None, date(2026, 4, 1), date(2026, 4, 2), date(2026, 5, 14)
    )
    assert record.status == "sent"
    assert not record.answer_overdue(date(2026, 5, 14))
    assert record.answer_overdue(date(2026, 5, 15))
    answered = LetterRecord(
        "Brief",
        "SVB",
        None,
        date(2026, 4, 1),
        date(2026, 4, 2),
        date(2026, 5, 14),
        date(2026, 5, 20),
    )
    assert answered.status == "answered"
    assert not answered.answer_overdue(date(2026, 6, 1))


# --- the risky cases (review) ------------------------------------------------------------


def with_status(document: dict[str, Any], *task_ids: str) -> dict[str, Any]:
    document["tasks"] = {
        task_id: {"status": "done", "note": "", "done_on": "2026-04-01"} for task_id in task_ids
    }
    return document


def test_the_situation_picks_the_lease_letter_and_no_partner_means_no_continuation() -> None:
    with_partner = with_status(example_document(), "erfenis_keuze")
    offers = {offer.definition.id: offer for offer in offers_for(with_partner)}
    assert offers["huur_voortzetten"].called_for
    assert not offers["huur_opzeggen"].called_for  # still there, if the partner moves out
    alone = with_status(example_document(), "erfenis_keuze")
    alone["situation"]["partner"] = None
    offers = {offer.definition.id: offer for offer in offers_for(alone)}
    assert offers["huur_opzeggen"].called_for
    assert "huur_voortzetten" not in offers  # continued by a partner there is not
    unknown = with_status(example_document(), "erfenis_keuze")
    unknown["situation"]["partner"] = None
    unknown["situation"]["unknown"].append("partner")
    assert "huur_voortzetten" in {o.definition.id for o in offers_for(unknown)}  # may be


def test_a_letter_waits_for_the_step_that_must_come_first_unless_its_deadline_is_near() -> None:
    document = example_document()
    document["situation"]["partner"] = None  # the lease ends at the end of the 2nd month
    offers = {offer.definition.id: offer for offer in offers_for(document, date(2026, 3, 20))}
    assert not offers["huur_opzeggen"].called_for  # deadline 31 May: far enough
    assert offers["huur_opzeggen"].reason.startswith("Eerst: Kiezen: de erfenis")
    near = {offer.definition.id: offer for offer in offers_for(document, date(2026, 5, 10))}
    assert near["huur_opzeggen"].called_for


def test_a_married_partner_abroad_gets_the_anw_letter_and_one_in_the_netherlands_not() -> None:
    document = example_document()
    document["situation"]["partner"]["date_of_birth"] = "1975-01-01"  # below the AOW age
    assert not any(key.startswith("svb_anw_formulier") for key in offered(document))
    document["deceased"]["lived_in_netherlands"] = False
    content = next(
        offer for offer in offers_for(document) if offer.definition.id == "svb_anw_formulier"
    )
    assert content.called_for


def test_toeslagen_contact_letter_only_where_no_partner_takes_over() -> None:
    document = example_document()
    called = {
        offer.definition.id: offer.called_for for offer in offers_for(document, date(2026, 3, 20))
    }
    assert called["toeslagen_contactpersoon"] is False
    document["situation"]["partner"] = None
    called = {
        offer.definition.id: offer.called_for for offer in offers_for(document, date(2026, 3, 20))
    }
    assert called["toeslagen_contactpersoon"] is True


def test_the_notary_letter_is_called_for_with_a_will_only() -> None:
    document = with_status(example_document(), "testament_zoeken")
    called = {offer.definition.id: offer.called_for for offer in offers_for(document)}
    assert called["notaris_verklaring_van_erfrecht"] is False
    document["situation"]["will"] = "yes"
    called = {offer.definition.id: offer.called_for for offer in offers_for(document)}
    assert called["notaris_verklaring_van_erfrecht"] is True


def test_an_unconfirmed_address_is_marked_to_verify_on_the_letter() -> None:
    document = example_document()
    document["deceased"]["lived_in_netherlands"] = False
    document["situation"]["pension_funds"] = ["pmt"]
    content = compose(document, "pensioen_melden", "pmt")
    assert "Adres van PMT" in content.to_verify
    assert "klachten" in content.to_verify
    toeslagen = compose(document, "toeslagen_contactpersoon", "toeslagen")
    assert "Adres van" not in toeslagen.to_verify  # Toeslagen's address is confirmed


def test_an_organisation_id_the_catalogue_does_not_know_is_named() -> None:
    document = example_document()
    document["organisations"].append({"organisation": "abpp"})
    document["organisations"].append({"organisation": "Pensioenfonds Vervoer"})
    document["situation"]["pension_funds"] = ["Pensioenfonds Vervoer"]
    dossier = read_dossier(document, TODAY)
    problems = catalogue_problems(dossier, default_catalogue())
    assert len(problems) == 1
    assert problems[0].startswith("organisations[1].organisation: onbekende organisatie 'abpp'")


def test_a_letter_to_one_bank_is_not_out_of_date_because_of_another_bank() -> None:
    from nabestaanden.domain.letter_offers import out_of_date_letters
    from nabestaanden.domain.letters import compose_letter

    document = example_document()
    second = dict(document["organisations"][0], name="Rabobank", reference="")
    document["organisations"].append(second)
    plan = build_plan(read_dossier(document, TODAY), default_catalogue(), TODAY)
    offers = [
        o for o in letters_for_plan(plan, default_letters()) if o.definition.id == "bank_melden"
    ]
    assert {o.recipient.name for o in offers} == {"Voorbeeldbank", "Rabobank"}
    made = next(o for o in offers if o.recipient.name == "Voorbeeldbank")
    content = compose_letter(made.definition, made.recipient, plan.dossier, plan.catalogue, TODAY)
    assert out_of_date_letters(plan, offers, [(7, content)]) == set()  # nothing changed
