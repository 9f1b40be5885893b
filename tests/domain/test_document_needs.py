"""Which documents the tasks need, and which went out: the documents log and the copies
enclosed with letters that were sent."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from nabestaanden.domain.catalogue import NEEDED_DOCUMENTS, CatalogueError
from nabestaanden.domain.catalogue_loading import load_catalogue
from nabestaanden.domain.document_needs import (
    letter_copies,
    needs_of,
    organisation_choices,
    same_organisation,
    sent_copies,
    still_to_send,
)
from nabestaanden.domain.dossier import Dossier, TaskProgress
from nabestaanden.domain.estate import DocumentSent, Estate
from nabestaanden.domain.exchange import read_dossier
from nabestaanden.domain.letter_texts import load_letters
from nabestaanden.domain.plan import Plan, build_plan
from nabestaanden.resources import default_catalogue, default_letters, resource_dir
from tests.support.examples import example_document, with_sent_bank_letter

TODAY = date(2026, 5, 1)


def dossier_of(document: dict[str, Any] | None = None) -> Dossier:
    return read_dossier(document or example_document(), TODAY)


def plan_of(dossier: Dossier) -> Plan:
    return build_plan(dossier, default_catalogue(), TODAY)


def logged(*entries: DocumentSent) -> Estate:
    return Estate(documents_sent=entries)


def bank_needs(dossier: Dossier) -> dict[str, tuple[str, ...]]:
    """Per document the bank task needs: the organisations it went to."""
    plan = plan_of(dossier)
    item = plan.item("banken_melden")
    assert item is not None
    copies = sent_copies(dossier, default_letters())
    return {
        status.need.document: tuple(copy.organisation for copy in status.sent)
        for status in needs_of(item, plan, copies)
    }


def test_the_catalogue_names_what_tasks_need_with_a_quote_from_their_sources() -> None:
    catalogue = default_catalogue()
    needs = {
        (task.id, need.document): need for task in catalogue.tasks.values() for need in task.needs
    }
    assert ("banken_melden", "akte_van_overlijden") in needs
    assert needs[("banken_melden", "verklaring_van_erfrecht")].on_request  # when asked
    assert ("erfenis_keuze", "akte_van_overlijden") in needs  # the rechtbank asks for it
    for (task_id, document), need in needs.items():
        assert document in NEEDED_DOCUMENTS
        assert need.evidence.source in catalogue.tasks[task_id].sources
        assert need.evidence.quote


def test_letters_mark_the_copies_they_enclose() -> None:
    enclosed = {
        definition.id
        for definition in default_letters().values()
        for enclosure in definition.enclosures
        if enclosure.document == "akte_van_overlijden"
    }
    assert {"bank_melden", "huur_opzeggen", "notaris_verklaring_van_erfrecht"} <= enclosed


def test_nothing_sent_yet_means_every_need_is_still_to_send() -> None:
    assert bank_needs(dossier_of()) == {"akte_van_overlijden": (), "verklaring_van_erfrecht": ()}


def test_a_sent_letter_counts_for_the_copy_it_enclosed() -> None:
    sent = with_sent_bank_letter(dossier_of(), date(2026, 4, 2))
    (copy,) = letter_copies(sent, default_letters())
    assert (copy.document, copy.copy_kind, copy.sent_on) == (
        "akte_van_overlijden",
        "copy",
        date(2026, 4, 2),
    )
    assert copy.organisation == "Voorbeeldbank" and copy.letter_title.startswith("Het overlijden")
    assert bank_needs(sent)["akte_van_overlijden"] == ("Voorbeeldbank",)
    # The verklaring van erfrecht was not in that letter.
    assert bank_needs(sent)["verklaring_van_erfrecht"] == ()


def test_a_letter_not_sent_yet_counts_for_nothing() -> None:
    unsent = with_sent_bank_letter(dossier_of(), None)
    assert letter_copies(unsent, default_letters()) == []
    assert bank_needs(unsent)["akte_van_overlijden"] == ()


def test_the_log_counts_by_the_organisations_name_as_the_family_typed_it() -> None:
    dossier = dossier_of()
    to_bank = DocumentSent("verklaring_van_erfrecht", "voorbeeldbank", "original", TODAY)
    elsewhere = DocumentSent("akte_van_overlijden", "Rabobank", "copy", TODAY)
    found = bank_needs(replace(dossier, estate=logged(to_bank, elsewhere)))
    assert found == {"akte_van_overlijden": (), "verklaring_van_erfrecht": ("voorbeeldbank",)}


def test_names_match_word_for_word_not_inside_words() -> None:
    assert same_organisation("ING", ["ING Bank"])
    assert same_organisation("De Voorbeeldbank N.V.", ["Voorbeeldbank"])
    assert not same_organisation("ING", ["Verzekering"])
    assert not same_organisation("", ["De bank"])


def test_still_to_send_leaves_out_what_is_asked_for_later_and_finished_tasks() -> None:
    dossier = dossier_of()
    open_needs = {(n.task_title, n.document) for n in still_to_send(plan_of(dossier), [])}
    bank = "Het overlijden melden bij de bank"
    assert any(title.startswith(bank) for title, _ in open_needs)
    assert not any(
        title.startswith(bank) and document == "verklaring_van_erfrecht"
        for title, document in open_needs
    )  # the bank asks for it later, if at all
    done = replace(dossier, tasks={"banken_melden": TaskProgress(status="done")})
    assert not any(n.task_title.startswith(bank) for n in still_to_send(plan_of(done), []))


def test_a_pension_fund_needs_the_akte_only_when_the_deceased_lived_abroad() -> None:
    def fund_needs(lived_here: bool) -> list[str]:
        dossier = dossier_of()
        dossier = replace(
            dossier, deceased=replace(dossier.deceased, lived_in_netherlands=lived_here)
        )
        plan = plan_of(dossier)
        item = plan.item("pensioen_nabestaanden")
        assert item is not None
        return [status.need.document for status in needs_of(item, plan, [])]

    assert fund_needs(lived_here=True) == []
    assert fund_needs(lived_here=False) == ["akte_van_overlijden"]


def test_the_verklaring_van_erfrecht_for_the_belastingdienst_only_with_a_will() -> None:
    def needed(will: str) -> list[str]:
        dossier = dossier_of()
        dossier = replace(dossier, situation=replace(dossier.situation, will=will))
        plan = plan_of(dossier)
        item = plan.item("nabestaandenmachtiging_aanvragen")
        assert item is not None
        return [status.need.document for status in needs_of(item, plan, [])]

    assert needed("yes") == ["verklaring_van_erfrecht"]
    assert needed("no") == [] and needed("unknown") == []  # not asked for on a guess


def test_the_organisations_to_choose_from_start_with_the_familys_own() -> None:
    choices = organisation_choices(plan_of(dossier_of()))
    assert choices[0] == "Voorbeeldbank"
    assert default_catalogue().organisation_name("svb") in choices
    assert len(choices) == len(set(choices))


# --- the loaders refuse a need or an enclosure they cannot use -----------------------


def test_a_need_with_an_unknown_document_or_a_foreign_source_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "catalogue"
    shutil.copytree(resource_dir() / "catalogue", folder)
    path = folder / "tasks.toml"
    text = path.read_text(encoding="utf-8")
    for old, new in (
        (
            'document = "akte_van_overlijden", source = "https://www.onderlinge',
            'document = "paspoort", source = "https://www.onderlinge',
        ),
        (
            'notaris", quote = "Stuur na',
            'notaris-elders", quote = "Stuur na',
        ),
    ):
        assert old in text
        text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(folder)
    found = caught.value.problems
    assert any(
        "task.verzekeringen_nagaan.needs[0].document" in p and "paspoort" in p for p in found
    )
    assert any(
        "task.testament_zoeken.needs[0].source" in p and "niet bij de bronnen" in p for p in found
    )


def test_an_enclosure_marked_as_a_document_must_say_it_is_a_copy_of_it(tmp_path: Path) -> None:
    folder = tmp_path / "letters"
    shutil.copytree(resource_dir() / "letters", folder)
    path = folder / "bank_melden.toml"
    text = path.read_text(encoding="utf-8")
    text = text.replace(
        '{ text = "Een kopie van mijn identiteitsbewijs" }',
        '{ text = "Een kopie van mijn identiteitsbewijs", document = "testament" }',
    )
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CatalogueError) as caught:
        load_letters(folder, default_catalogue())
    assert any(
        p.startswith("bank_melden.toml.enclosures[1].text") and "testament" in p
        for p in caught.value.problems
    )
