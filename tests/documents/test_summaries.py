"""The overview, the deadline sheet and the contact sheet, read back from the PDF."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from datetime import date
from typing import Any

from nabestaanden.documents.summaries import (
    build_contact_sheet,
    build_deadline_sheet,
    build_overview,
)
from nabestaanden.domain.dates import long_date
from nabestaanden.domain.exchange import read_dossier
from nabestaanden.domain.letters import LetterRecord
from nabestaanden.domain.plan import Plan, build_plan
from nabestaanden.resources import default_catalogue
from tests.support.examples import example_document
from tests.support.pdf import Pdf, read_pdf

TODAY = date(2026, 11, 29)


def plan_of(document: dict[str, Any], today: date = TODAY) -> Plan:
    return build_plan(read_dossier(document, today), default_catalogue(), today)


def pdf_of(build: Callable[..., None], plan: Plan, *extra: Any) -> Pdf:
    buffer = io.BytesIO()
    build(plan, buffer, *extra)
    return read_pdf(buffer.getvalue())


def flat(pdf: Pdf) -> str:
    return " ".join(pdf.text.split())


def test_the_overview_puts_overdue_tasks_first_marked_in_words() -> None:
    plan = plan_of(example_document())
    pdf = pdf_of(build_overview, plan)
    text = flat(pdf)
    overdue = plan.overdue()
    assert overdue
    for item in overdue:
        assert f"TE LAAT: {item.task.title}" in text
    first_theme = text.index("Het plan per onderwerp")
    assert all(text.index(f"TE LAAT: {item.task.title}") < first_theme for item in overdue)
    assert "Johanna Maria van der Berg" in text
    assert "overleden op 15 maart 2026" in text


def test_the_overview_lists_what_was_passed_on_through_the_brp() -> None:
    plan = plan_of(example_document())
    text = flat(pdf_of(build_overview, plan))
    assert "Dit is al automatisch doorgegeven" in text
    for organisation in plan.informed_automatically():
        assert organisation.name in text
    document = example_document()
    document["deceased"]["lived_in_netherlands"] = False
    abroad = flat(pdf_of(build_overview, plan_of(document)))
    assert "Meld het overlijden zelf bij elke organisatie" in abroad


def test_the_overview_marks_what_the_app_is_unsure_of() -> None:
    plan = plan_of(example_document())
    text = flat(pdf_of(build_overview, plan))
    assert any(item.verification.to_verify for item in plan.items)
    assert "te controleren" in text


def test_an_answer_that_is_late_shows_up_in_the_overview() -> None:
    plan = plan_of(example_document())
    register = [
        LetterRecord(
            "Het overlijden melden bij de bank",
            "Voorbeeldbank",
            "banken_melden",
            date(2026, 10, 1),
            date(2026, 10, 2),
            date(2026, 11, 13),
        ),
        LetterRecord(
            "Een contactpersoon doorgeven",
            "Dienst Toeslagen",
            None,
            date(2026, 11, 1),
            date(2026, 11, 2),
            date(2026, 12, 14),
        ),
    ]
    text = flat(pdf_of(build_overview, plan, register))
    assert "Antwoord te laat: Het overlijden melden bij de bank, aan Voorbeeldbank" in text
    assert "Antwoord te laat: Een contactpersoon doorgeven" not in text
    assert "14 december 2026" in text  # the register table


def test_the_deadline_sheet_lists_dates_in_order_written_in_dutch() -> None:
    plan = plan_of(example_document())
    pdf = pdf_of(build_deadline_sheet, plan)
    text = flat(pdf)
    dated = sorted(
        (item for item in plan.items if item.deadline.day is not None),
        key=lambda item: item.deadline.day or date.max,
    )
    assert dated
    positions = []
    for item in dated:
        assert item.deadline.day is not None
        written = long_date(item.deadline.day)
        assert written in text
        positions.append(text.index(written))
    assert positions == sorted(positions)
    assert re.search(r"(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) \d", text)


def test_the_contact_sheet_has_addresses_phones_and_the_familys_reference() -> None:
    plan = plan_of(example_document())
    text = flat(pdf_of(build_contact_sheet, plan))
    assert "Postbus 4510, 6401 JA HEERLEN" in text or "Postbus 4510, 6401 JA  HEERLEN" in text
    assert "0800-235 83 54" in text  # BelastingTelefoon nabestaanden, from the catalogue
    assert "Voorbeeldbank" in text and "klantnummer 12345678" in text
    assert "Antwoordnummer 1234" in text
    # An organisation without a confirmed address says where to find it.
    assert "Het adres staat op de zorgpas" in text


def test_summaries_work_for_a_dossier_with_almost_nothing_filled_in() -> None:
    document = {"format": "nabestaanden-dossier/1", "deceased": {"surname": "Jansen"}}
    plan = plan_of(document)
    for build in (build_overview, build_deadline_sheet, build_contact_sheet):
        pdf = pdf_of(build, plan)
        assert "Jansen" in pdf.text
    assert "Vul de datum van overlijden in" in flat(pdf_of(build_deadline_sheet, plan))


def test_the_overview_names_a_task_once_before_the_plan_and_says_when_it_may_not_apply() -> None:
    for today in (date(2026, 3, 16), TODAY):  # the day after the death, eight months on
        plan = plan_of(example_document(), today)
        text = flat(pdf_of(build_overview, plan))
        before_plan = text[: text.index("Het plan per onderwerp")]
        listed = [item for item in plan.items if item.task.title in before_plan]
        assert listed
        for item in listed:
            assert before_plan.count(item.task.title) == 1, item.task.title
            if item.open_questions:
                assert f"{item.task.title} (geldt misschien)" in before_plan
    # Eight months on, asking for a provisional erfbelasting assessment is late and may
    # not apply (the estate may be below the exemption): both said.
    assert "TE LAAT: Een voorlopige aanslag erfbelasting vragen (geldt misschien)" in before_plan
