"""The mandate register's rules: ending, expiry, the one-holder rule, who may do what."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from nabestaanden.domain.mandate_warnings import GENERAL_WARNINGS, online_return_from, warnings
from nabestaanden.domain.mandates import (
    Evidence,
    Holder,
    Mandate,
    Service,
    by_organisation,
    for_task,
    grant,
    standing,
    who_may,
)

DIED = date(2026, 3, 15)
CONTACT = Holder(person="contact")
NOTARY = Holder(organisation="Notariskantoor De Vries")


def active(mandate: Mandate, on: date = date(2026, 4, 1)) -> Mandate:
    return mandate.with_status("actief", on)


def test_several_services_are_granted_in_one_go_with_the_same_rights_and_duration() -> None:
    mandate = grant(
        CONTACT,
        "boedelvolmacht",
        [("bank", "financien", "ING"), ("abp", "pensioen", ""), ("cak", "zorg", "")],
        ["wijzigen", "inzien"],
        "geen_einddatum",
        date(2026, 4, 1),
    )
    assert [service.organisation for service in mandate.services] == ["bank", "abp", "cak"]
    assert {service.rights for service in mandate.services} == {("inzien", "wijzigen")}
    assert mandate.status == "concept" and len(mandate.history) == 1


def test_revoking_keeps_the_history() -> None:
    mandate = active(
        grant(
            CONTACT,
            "executeur",
            [("bank", "financien", "")],
            ["inzien"],
            "geen_einddatum",
            date(2026, 3, 20),
        )
    )
    revoked = mandate.with_status("ingetrokken", date(2026, 6, 1), "Nieuwe executeur")
    assert [change.status for change in revoked.history] == ["concept", "actief", "ingetrokken"]
    assert standing(revoked, date(2026, 6, 2)).status == "ingetrokken"


def test_a_mandate_until_a_date_holds_through_that_day_and_has_expired_the_day_after() -> None:
    mandate = active(
        Mandate(
            CONTACT,
            "boedelvolmacht",
            (Service("bank", "financien", ("inzien",)),),
            "tot_datum",
            valid_until=date(2026, 9, 30),
        )
    )
    assert standing(mandate, date(2026, 9, 30)).usable
    expired = standing(mandate, date(2026, 10, 1))
    assert expired.status == "verlopen" and "30 september 2026" in expired.reason


def test_an_eenmalig_mandate_ends_when_its_task_is_done() -> None:
    mandate = active(
        Mandate(
            CONTACT,
            "verklaring_van_erfrecht",
            (Service("bank", "financien", ("wijzigen",)),),
            "eenmalig",
            task="banken_melden",
        )
    )
    assert standing(mandate, date(2026, 5, 1), finished_tasks=[]).usable
    ended = standing(mandate, date(2026, 5, 1), finished_tasks=["banken_melden"])
    assert ended.status == "verlopen" and "taak" in ended.reason


def test_who_may_do_what_where_on_a_date() -> None:
    bank_view = active(
        Mandate(
            CONTACT, "erfgenaam_wet", (Service("bank", "financien", ("inzien",)),), "geen_einddatum"
        )
    )
    bank_change = active(
        Mandate(
            NOTARY,
            "executeur",
            (Service("bank", "financien", ("inzien", "wijzigen")),),
            "tot_datum",
            valid_until=date(2026, 12, 31),
        )
    )
    concept = Mandate(
        CONTACT, "boedelvolmacht", (Service("bank", "financien", ("wijzigen",)),), "geen_einddatum"
    )
    mandates = [bank_view, bank_change, concept]
    assert who_may(mandates, "bank", "wijzigen", date(2026, 6, 1)) == [bank_change]
    assert who_may(mandates, "bank", "inzien", date(2026, 6, 1)) == [bank_view, bank_change]
    assert who_may(mandates, "bank", "wijzigen", date(2027, 1, 1)) == []  # expired
    assert who_may(mandates, "abp", "inzien", date(2026, 6, 1)) == []
    assert who_may(mandates, "bank", "inzien", date(2026, 6, 1), service_type="zorg") == []


def test_general_warnings_are_always_there_with_sources() -> None:
    found = warnings([], DIED, "no", date(2026, 4, 1))
    codes = [warning.code for warning in found]
    assert codes == ["volmacht_vervallen", "digid_overledene", "bewind_eindigt"]
    assert all(warning.sources for warning in GENERAL_WARNINGS)


def nbm(holder: Holder, evidence: str = "verklaring van erfrecht") -> Mandate:
    return active(
        Mandate(
            holder,
            "nabestaandenmachtiging",
            (Service("belastingdienst", "belastingen", ("inzien", "aanvragen")),),
            "geen_einddatum",
            evidence=Evidence(evidence),
        ),
        date(2027, 3, 2),
    )


def test_only_one_party_can_hold_the_nabestaandenmachtiging() -> None:
    found = warnings([nbm(CONTACT), nbm(NOTARY)], DIED, "yes", date(2027, 3, 10))
    second = [warning for warning in found if warning.code == "nbm_een_houder"]
    assert [warning.mandate for warning in second] == [1]
    revoked = nbm(NOTARY).with_status("ingetrokken", date(2027, 3, 5))
    found = warnings([nbm(CONTACT), revoked], DIED, "yes", date(2027, 3, 10))
    assert not [warning for warning in found if warning.code == "nbm_een_houder"]


def test_the_machtiging_may_be_used_at_once_and_the_online_return_waits_for_1_march() -> None:
    assert online_return_from(DIED) == date(2027, 3, 1)
    early = grant(
        NOTARY,
        "nabestaandenmachtiging",
        [("belastingdienst", "belastingen", "")],
        ["aanvragen"],
        "geen_einddatum",
        date(2026, 5, 1),
        evidence=Evidence("verklaring van executele"),
    )
    found = warnings([early], DIED, "yes", date(2026, 5, 1))
    march = [warning for warning in found if warning.code == "nbm_maart"]
    assert march and "1 maart 2027" in march[0].text
    # No source limits the request to 1 March: the text must not say it waits.
    assert "pas aanvragen" not in march[0].text
    assert "nu al aanvragen" in march[0].text
    assert not [
        w for w in warnings([nbm(CONTACT)], DIED, "yes", date(2027, 3, 10)) if w.code == "nbm_maart"
    ]
    # A machtiging that began before 1 March is no mistake: after 1 March, no warning.
    later = warnings([early], DIED, "yes", date(2027, 3, 10))
    assert not [w for w in later if w.code == "nbm_maart"]


def test_with_a_will_the_nabestaandenmachtiging_needs_a_verklaring() -> None:
    without = nbm(CONTACT, evidence="")
    for will, expected in (("yes", True), ("unknown", True), ("no", False)):
        codes = [w.code for w in warnings([without], DIED, will, date(2027, 3, 10))]
        assert ("nbm_verklaring" in codes) is expected, will


def test_an_expired_mandate_is_flagged_on_the_day_it_has_expired() -> None:
    mandate = active(
        Mandate(
            CONTACT,
            "boedelvolmacht",
            (Service("bank", "financien", ("inzien",)),),
            "tot_datum",
            valid_until=date(2026, 9, 30),
        )
    )
    assert not [
        w for w in warnings([mandate], DIED, "no", date(2026, 9, 30)) if w.code == "verlopen"
    ]
    assert [
        w.mandate
        for w in warnings([mandate], DIED, "no", date(2026, 10, 1))
        if w.code == "verlopen"
    ] == [0]


def test_the_register_by_organisation() -> None:
    first = grant(
        CONTACT,
        "boedelvolmacht",
        [("bank", "financien", ""), ("abp", "pensioen", "")],
        ["inzien"],
        "geen_einddatum",
        date(2026, 4, 1),
    )
    second = grant(
        NOTARY,
        "executeur",
        [("bank", "financien", "")],
        ["wijzigen"],
        "geen_einddatum",
        date(2026, 4, 1),
    )
    third = grant(
        NOTARY,
        "executeur",
        [("bank", "financien", " ING ")],
        ["inzien"],
        "geen_einddatum",
        date(2026, 4, 1),
    )
    fourth = grant(
        CONTACT,
        "anders",
        [("Notaris  X", "overig", "Notaris  X")],
        ["inzien"],
        "geen_einddatum",
        date(2026, 4, 1),
    )
    fifth = replace(
        fourth, services=(replace(fourth.services[0], organisation="notaris x", name="notaris x"),)
    )
    assert len(by_organisation([fourth, fifth])) == 1  # typed twice, other capitals
    grouped = by_organisation([first, second, third])
    assert list(grouped) == [("bank", ""), ("abp", ""), ("bank", "ing")]  # ING on its own
    assert [index for index, _service in grouped[("bank", "")]] == [0, 1]
    assert [service.rights for _index, service in grouped[("bank", "")]] == [
        ("inzien",),
        ("wijzigen",),
    ]


def test_the_same_holder_twice_is_not_a_second_holder() -> None:
    found = warnings([nbm(CONTACT), nbm(CONTACT)], DIED, "yes", date(2027, 3, 10))
    assert not [warning for warning in found if warning.code == "nbm_een_houder"]


def test_unconfirmed_warnings_say_so() -> None:
    early = grant(
        CONTACT,
        "nabestaandenmachtiging",
        [("belastingdienst", "belastingen", "")],
        ["aanvragen"],
        "geen_einddatum",
        date(2026, 5, 1),
        evidence=Evidence("verklaring van erfrecht"),
    )
    found = {w.code: w for w in warnings([early], DIED, "yes", date(2026, 12, 1))}
    assert found["volmacht_vervallen"].to_verify
    # facts.md: the nabestaandenmachtiging's validity period is not confirmed.
    assert found["nbm_geldigheid"].to_verify and "einddatum" in found["nbm_geldigheid"].text
    march = found["nbm_maart"]
    assert "online doen vanaf 1 maart 2027" in march.text
    assert "aangifte inkomstenbelasting" in march.text


def test_a_nabestaandenmachtiging_until_a_date_is_not_asked_about_its_validity() -> None:
    until = replace(nbm(CONTACT), duration="tot_datum", valid_until=date(2028, 3, 1))
    codes = [w.code for w in warnings([until], DIED, "yes", date(2027, 3, 10))]
    assert "nbm_geldigheid" not in codes
    assert "nbm_geldigheid" in [
        w.code for w in warnings([nbm(CONTACT)], DIED, "yes", date(2027, 3, 10))
    ]


def test_without_a_will_only_the_partner_or_children_come_first() -> None:
    heir = Holder(person="heir:0")
    on = date(2027, 3, 10)

    def flagged(holder: Holder, relation: str | None, partner: str | None = "married") -> bool:
        found = warnings(
            [nbm(holder)],
            DIED,
            "no",
            on,
            relation_of={holder: relation},
            partner_relationship=partner,
        )
        return any(w.code == "nbm_volgorde" for w in found)

    assert not flagged(CONTACT, "partner")
    assert not flagged(CONTACT, "partner", "registered")
    assert flagged(CONTACT, "partner", "cohabiting")  # not in the order without a will
    assert not flagged(heir, "child")
    assert flagged(heir, "other_relative")
    assert flagged(heir, None)  # relation not filled in: the family should check
    assert flagged(NOTARY, None)
    # With a will (or not known) the verklaring decides, not this order.
    found = warnings([nbm(heir)], DIED, "yes", on, relation_of={heir: "other_relative"})
    assert "nbm_volgorde" not in [w.code for w in found]
    text = next(
        w.text
        for w in warnings([nbm(heir)], DIED, "no", on, relation_of={heir: None})
        if w.code == "nbm_volgorde"
    )
    assert "geen stiefkinderen" in text and "staat niet" in text


def test_the_dossier_gives_the_holders_relation_to_the_warnings() -> None:
    from nabestaanden.domain.dossier import Contact, Dossier, Heir, Situation, mandate_warnings

    dossier = Dossier(
        situation=Situation(will="no"),
        contact=Contact(first_names="Eva", relation="other"),
        heirs=[Heir(first_names="Jan", relation="child")],
        mandates=[nbm(Holder(person="heir:0")), nbm(CONTACT)],
    )
    found = [
        w for w in mandate_warnings(dossier, date(2027, 3, 10), []) if w.code == "nbm_volgorde"
    ]
    assert [w.mandate for w in found] == [1]  # the contact, not the child


def test_a_new_status_cannot_be_dated_before_the_last_one() -> None:
    import pytest

    mandate = nbm(CONTACT)  # actief since 2 March 2027
    with pytest.raises(ValueError, match="2 maart 2027"):
        mandate.with_status("ingetrokken", date(2027, 3, 1))
    assert mandate.with_status("ingetrokken", date(2027, 3, 2)).status == "ingetrokken"


def test_for_a_task_an_eenmalig_mandate_counts_only_for_its_own_task() -> None:
    once = active(
        Mandate(
            CONTACT,
            "erfgenaam_wet",
            (Service("belastingdienst", "belastingen", ("aanvragen",)),),
            "eenmalig",
            task="ib_aangifte_f",
        )
    )
    always = active(
        Mandate(
            NOTARY,
            "executeur",
            (Service("belastingdienst", "belastingen", ("inzien",)),),
            "geen_einddatum",
        )
    )
    concept = Mandate(
        CONTACT,
        "anders",
        (Service("belastingdienst", "belastingen", ("inzien",)),),
        "geen_einddatum",
    )
    on = date(2026, 6, 1)
    mandates = [once, always, concept]
    found = for_task(mandates, "ib_aangifte_f", ["belastingdienst"], on)
    assert [mandate for mandate, _service in found] == [once, always]
    found = for_task(mandates, "erfbelasting_aangifte", ["belastingdienst"], on)
    assert [mandate for mandate, _service in found] == [always]
    # Once its task is done, the eenmalig mandate has ended.
    found = for_task(mandates, "ib_aangifte_f", ["belastingdienst"], on, ["ib_aangifte_f"])
    assert [mandate for mandate, _service in found] == [always]
    assert for_task(mandates, "ib_aangifte_f", ["svb"], on) == []


def test_an_eenmalig_mandates_task_is_checked_against_the_catalogue() -> None:
    from nabestaanden.domain.dossier import Dossier
    from nabestaanden.domain.letter_offers import catalogue_problems
    from nabestaanden.resources import default_catalogue

    known = Mandate(
        CONTACT,
        "anders",
        (Service("svb", "pensioen", ("inzien",)),),
        "eenmalig",
        task="anw_aanvragen",
    )
    unknown = replace(known, task="bestaat_niet")
    problems = catalogue_problems(Dossier(mandates=[known, unknown]), default_catalogue())
    assert problems == [
        "mandates[1].task: onbekende taak 'bestaat_niet'. Kies een taak-id uit de catalogus "
        "(bijvoorbeeld ib_aangifte_f of banken_melden)."
    ]


def test_only_a_verklaring_counts_as_evidence_for_the_nabestaandenmachtiging() -> None:
    for evidence, warned in (
        ("paspoort", True),
        ("Verklaring van executele", False),
        ("verklaring van erfrecht", False),
    ):
        codes = [w.code for w in warnings([nbm(CONTACT, evidence)], DIED, "yes", date(2027, 3, 10))]
        assert ("nbm_verklaring" in codes) is warned, evidence
    revoked = nbm(CONTACT, "").with_status("ingetrokken", date(2027, 3, 5))
    codes = [w.code for w in warnings([revoked], DIED, "yes", date(2027, 3, 10))]
    assert "nbm_verklaring" not in codes


def test_a_revoked_mandate_gets_no_new_status() -> None:
    import pytest

    revoked = nbm(CONTACT).with_status("ingetrokken", date(2027, 4, 1))
    with pytest.raises(ValueError, match="ingetrokken"):
        revoked.with_status("actief", date(2027, 4, 2))


def test_the_status_on_a_date_comes_from_the_history_up_to_that_date() -> None:
    mandate = (
        grant(
            CONTACT,
            "executeur",
            [("bank", "financien", "")],
            ["wijzigen"],
            "geen_einddatum",
            date(2026, 5, 1),
        )
        .with_status("actief", date(2026, 6, 1))
        .with_status("ingetrokken", date(2026, 9, 1))
    )
    assert who_may([mandate], "bank", "wijzigen", date(2026, 5, 15)) == []  # still concept
    assert who_may([mandate], "bank", "wijzigen", date(2026, 7, 1)) == [mandate]
    assert who_may([mandate], "bank", "wijzigen", date(2026, 9, 1)) == []  # revoked that day
    before = standing(mandate, date(2026, 4, 1))
    assert not before.usable and "Bestond nog niet" in before.reason


def test_an_active_mandate_that_starts_later_is_active_but_not_yet_usable() -> None:
    mandate = replace(
        active(
            Mandate(
                CONTACT,
                "boedelvolmacht",
                (Service("bank", "financien", ("inzien",)),),
                "geen_einddatum",
            )
        ),
        valid_from=date(2026, 7, 1),
    )
    early = standing(mandate, date(2026, 6, 1))
    assert early.status == "actief" and not early.usable and "1 juli 2026" in early.reason
    assert standing(mandate, date(2026, 7, 1)).usable


def test_holders_one_after_the_other_are_not_two_holders_at_once() -> None:
    first = replace(nbm(CONTACT), duration="tot_datum", valid_until=date(2027, 6, 30))
    second = replace(nbm(NOTARY), valid_from=date(2027, 7, 1))
    on = date(2027, 3, 10)
    codes = [w.code for w in warnings([first, second], DIED, "yes", on)]
    assert "nbm_een_houder" not in codes
    overlapping = replace(second, valid_from=date(2027, 6, 1))
    codes = [w.code for w in warnings([first, overlapping], DIED, "yes", on)]
    assert "nbm_een_houder" in codes
    # A handover on one day: the first revoked on the day the second begins.
    handed = nbm(CONTACT).with_status("ingetrokken", date(2027, 5, 1))
    taking = replace(nbm(NOTARY), valid_from=date(2027, 5, 1))
    codes = [w.code for w in warnings([handed, taking], DIED, "yes", date(2027, 4, 1))]
    assert "nbm_een_houder" not in codes
    # One organisation typed twice, with other capitals or spaces, is one holder.
    again = nbm(Holder(organisation=" notariskantoor  de vries "))
    codes = [w.code for w in warnings([nbm(NOTARY), again], DIED, "yes", on)]
    assert "nbm_een_houder" not in codes


def test_an_eenmalig_mandate_ends_with_its_task_even_outside_the_plan() -> None:
    from nabestaanden.domain.dossier import Dossier, TaskProgress

    dossier = Dossier(
        tasks={
            "anw_aanvragen": TaskProgress("done"),
            "duo_controleren": TaskProgress("not_applicable"),
            "banken_melden": TaskProgress("in_progress"),
        }
    )
    assert sorted(dossier.finished_tasks()) == ["anw_aanvragen", "duo_controleren"]
    once = active(
        Mandate(
            CONTACT,
            "anders",
            (Service("svb", "pensioen", ("aanvragen",)),),
            "eenmalig",
            task="anw_aanvragen",
        )
    )
    assert standing(once, date(2026, 6, 1), dossier.finished_tasks()).status == "verlopen"


def test_an_organisation_holding_the_nabestaandenmachtiging_is_told_it_must_be_executeur() -> None:
    found = warnings([nbm(NOTARY)], DIED, "yes", date(2027, 3, 10))
    organisation = [w for w in found if w.code == "nbm_organisatie"]
    assert organisation and "executeur" in organisation[0].text
    assert "eHerkenning" in organisation[0].text
    person = warnings([nbm(CONTACT)], DIED, "yes", date(2027, 3, 10))
    assert "nbm_organisatie" not in [w.code for w in person]
