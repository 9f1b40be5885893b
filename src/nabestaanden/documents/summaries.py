"""The summaries: a dossier overview, a deadline sheet and a contact sheet (A4 PDFs).

They are for the family (or the bewindvoerder) themselves: what happened, what has to
be done by when, and whom to call. Marks are words, not only colour: "TE LAAT",
"binnenkort", "navragen", "te controleren".
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO, Final

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from nabestaanden.documents.styles import (
    BOLD,
    GREY,
    LEFT_MARGIN,
    RULE,
    TEXT_WIDTH,
    NumberedCanvas,
    body_frame,
    bold,
    new_document,
    styles,
    text,
)
from nabestaanden.domain.catalogue import plain_text
from nabestaanden.domain.dates import long_date, weekday_date
from nabestaanden.domain.deadlines import ASAP, DATE, EXPECTED
from nabestaanden.domain.dossier import TASK_STATUS_LABELS, Dossier, OrganisationDetails
from nabestaanden.domain.letter_offers import postal_line
from nabestaanden.domain.letters import REGISTER_STATUS_LABELS, LetterRecord, one_line_address
from nabestaanden.domain.plan import Plan, PlanItem
from nabestaanden.domain.plan_output import deadline_phrase

TOP_MARGIN: Final = 18 * mm
BOTTOM_MARGIN: Final = 20 * mm
TO_VERIFY: Final = "te controleren"


def _table(rows: list[list[Any]], widths: Sequence[float], header: bool = True) -> Table:
    table = Table(rows, colWidths=list(widths), hAlign="LEFT", repeatRows=1 if header else 0)
    commands: list[tuple[Any, ...]] = [
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
    ]
    if header:
        commands.append(("LINEBELOW", (0, 0), (-1, 0), 0.8, GREY))
    table.setStyle(TableStyle(commands))
    return table


def _cell(value: str, bold_text: bool = False) -> Paragraph:
    style = styles()
    return Paragraph(text(value), style["cell_bold" if bold_text else "cell"])


def _pairs(rows: Sequence[tuple[str, str]]) -> Table:
    return _table(
        [[_cell(label), _cell(value, bold_text=True)] for label, value in rows if value],
        [40 * mm, TEXT_WIDTH - 40 * mm],
        header=False,
    )


def _heading(value: str) -> Paragraph:
    return Paragraph(text(value), styles()["heading"])


def _header(title: str, plan: Plan) -> list[Flowable]:
    style = styles()
    deceased = plan.dossier.deceased
    lines: list[Flowable] = [Paragraph(text(title), style["title"])]
    who = deceased.full_name or "(naam nog niet ingevuld)"
    died = f", overleden op {long_date(deceased.date_of_death)}" if deceased.date_of_death else ""
    lines.append(Paragraph(text(who + died), style["subheading"]))
    lines.append(
        Paragraph(text(f"Gemaakt op {long_date(plan.today)} met Nabestaanden."), style["small"])
    )
    lines.append(Spacer(1, 3 * mm))
    return lines


def _marks(item: PlanItem, today: date) -> str:
    marks = []
    if item.overdue:
        marks.append("TE LAAT")
    elif (
        item.deadline.kind == DATE
        and item.deadline.day is not None
        and not item.finished
        and (item.deadline.day - today).days <= 30
    ):
        marks.append("binnenkort")
    if item.follow_up:
        marks.append("navragen")
    if item.verification.to_verify:
        marks.append(TO_VERIFY)
    if item.open_questions:
        marks.append("geldt misschien")
    return ", ".join(marks)


def _line(item: PlanItem) -> str:
    """A task in a list: its title, deadline and, when it may not apply, that it may."""
    maybe = " (geldt misschien)" if item.open_questions else ""
    return f"{item.task.title}{maybe} ({deadline_phrase(item)})"


def _plan_table(items: Sequence[PlanItem], plan: Plan) -> Table:
    rows: list[list[Any]] = [
        [_cell("Taak", True), _cell("Status", True), _cell("Termijn", True), _cell("Let op", True)]
    ]
    for item in items:
        status = TASK_STATUS_LABELS.get(item.progress.status, item.progress.status)
        rows.append(
            [
                _cell(item.task.title),
                _cell(status),
                _cell(deadline_phrase(item)),
                _cell(_marks(item, plan.today), bold_text=True),
            ]
        )
    return _table(rows, [72 * mm, 25 * mm, 43 * mm, TEXT_WIDTH - 140 * mm])


def overview_story(plan: Plan, register: Sequence[LetterRecord] = ()) -> list[Flowable]:
    style = styles()
    dossier = plan.dossier
    deceased = dossier.deceased
    contact = dossier.contact
    story = _header("Overzicht", plan)

    story.append(_heading("De overledene"))
    story.append(
        _pairs(
            [
                ("Naam", deceased.full_name),
                ("Geboren", long_date(deceased.date_of_birth) if deceased.date_of_birth else ""),
                ("Overleden", long_date(deceased.date_of_death) if deceased.date_of_death else ""),
                ("BSN", deceased.bsn),
                ("Laatste adres", one_line_address(deceased.address)),
                ("Woonde in Nederland", "ja" if deceased.lived_in_netherlands else "nee"),
            ]
        )
    )
    story.append(_heading("De contactpersoon"))
    story.append(
        _pairs(
            [
                ("Naam", contact.full_name or "(nog niet ingevuld)"),
                ("Adres", one_line_address(contact.address)),
                ("Telefoon", contact.phone),
                ("E-mail", contact.email),
            ]
        )
    )

    overdue = plan.overdue()
    soon = plan.due_soon()
    follow_ups = plan.follow_ups()
    late_answers = [record for record in register if record.answer_overdue(plan.today)]
    story.append(_heading("Eerst doen"))
    urgent: list[str] = []
    urgent += [f"TE LAAT: {_line(item)}" for item in overdue]
    urgent += [f"Binnenkort: {_line(item)}" for item in soon if item not in overdue]
    urgent += [f"Navragen: {_line(item)}" for item in follow_ups]
    urgent += [
        f"Antwoord te laat: {record.title}, aan {record.recipient} "
        f"(verwacht uiterlijk {long_date(record.answer_expected_by)})"
        for record in late_answers
        if record.answer_expected_by is not None
    ]
    if urgent:
        story += [Paragraph(text(line), style["body"], bulletText="•") for line in urgent]
    else:
        story.append(Paragraph("Er is niets te laat en niets binnen 30 dagen.", style["body"]))
    # What stands under "Eerst doen" is not repeated here.
    listed = (*overdue, *soon, *follow_ups)
    steps = [item for item in plan.next_steps() if item not in listed][:5]
    if steps:
        story.append(Paragraph(bold("Wat u nu kunt doen"), style["subheading"]))
        story += [Paragraph(text(_line(item)), style["body"], bulletText="•") for item in steps]

    questions = plan.open_questions()
    if questions:
        story.append(_heading("Nog te beantwoorden"))
        story.append(
            Paragraph(
                "Van sommige taken weet de app nog niet of ze gelden. Deze antwoorden maken het "
                "zeker:",
                style["body"],
            )
        )
        story += [
            Paragraph(text(question), style["body"], bulletText="•") for question in questions
        ]

    story.append(_heading("Het plan per onderwerp"))
    for theme, items in plan.by_theme():
        story.append(
            KeepTogether(
                [Paragraph(text(theme.title), style["subheading"]), _plan_table(items, plan)]
            )
        )
    if any(item.verification.to_verify for item in plan.items):
        story.append(Spacer(1, 2 * mm))
        story.append(
            Paragraph(
                "‘te controleren’: de app weet dit niet zeker. Vraag het na bij de organisatie "
                "voordat u erop vertrouwt.",
                style["small"],
            )
        )

    story.append(_heading("Dit is al automatisch doorgegeven"))
    informed = plan.informed_automatically()
    if informed:
        story.append(
            Paragraph(
                "De gemeente geeft het overlijden via de BRP door aan deze organisaties. U hoeft "
                "het overlijden daar niet zelf te melden:",
                style["body"],
            )
        )
        story += [Paragraph(text(org.name), style["body"], bulletText="•") for org in informed]
    else:
        story.append(
            Paragraph(
                "Niets: de overledene woonde niet in Nederland. Meld het overlijden zelf bij elke "
                "organisatie.",
                style["body"],
            )
        )

    if register:
        story.append(_heading("Brieven"))
        rows: list[list[Any]] = [
            [
                _cell("Brief", True),
                _cell("Aan", True),
                _cell("Status", True),
                _cell("Antwoord verwacht", True),
            ]
        ]
        for record in register:
            status = REGISTER_STATUS_LABELS[record.status]
            if record.sent_on is not None and record.answer_received_on is None:
                status += f" op {long_date(record.sent_on)}"
            expected = long_date(record.answer_expected_by) if record.answer_expected_by else ""
            if record.answer_overdue(plan.today):
                expected += " (TE LAAT)"
            rows.append(
                [_cell(record.title), _cell(record.recipient), _cell(status), _cell(expected)]
            )
        story.append(_table(rows, [60 * mm, 42 * mm, 33 * mm, TEXT_WIDTH - 135 * mm]))
    return story


def deadline_story(plan: Plan) -> list[Flowable]:
    style = styles()
    story = _header("Termijnen", plan)
    dated = [
        item
        for item in plan.items
        if item.deadline.kind in (DATE, EXPECTED) and item.deadline.day is not None
    ]
    dated.sort(key=lambda item: item.deadline.day or date.max)
    asap = [item for item in plan.items if item.deadline.kind == ASAP]
    rows: list[list[Any]] = [
        [_cell("Datum", True), _cell("Wat", True), _cell("Taak", True), _cell("Status", True)]
    ]
    for item in dated:
        assert item.deadline.day is not None  # noqa: S101  (filtered above)
        kind = "uiterlijk" if item.deadline.kind == DATE else "verwacht"
        marks = _marks(item, plan.today)
        rows.append(
            [
                _cell(weekday_date(item.deadline.day), bold_text=item.deadline.kind == DATE),
                _cell(kind),
                _cell(item.task.title + (f" ({marks})" if marks else "")),
                _cell(TASK_STATUS_LABELS.get(item.progress.status, item.progress.status)),
            ]
        )
    for item in asap:
        rows.append(
            [
                _cell("zo snel mogelijk", bold_text=True),
                _cell(""),
                _cell(item.task.title),
                _cell(TASK_STATUS_LABELS.get(item.progress.status, item.progress.status)),
            ]
        )
    if plan.dossier.deceased.date_of_death is None:
        story.append(
            Paragraph(
                "De app kan de termijnen pas uitrekenen als u de datum van overlijden invult. "
                "Vul de datum van overlijden in.",
                style["body"],
            )
        )
    if len(rows) > 1:
        story.append(
            Paragraph(
                "‘uiterlijk’ is een termijn die u moet halen. ‘verwacht’ is de datum waarop er "
                "iets van de organisatie zou moeten zijn; is het er dan niet, vraag er dan naar.",
                style["body"],
            )
        )
        story.append(_table(rows, [47 * mm, 19 * mm, 76 * mm, TEXT_WIDTH - 142 * mm]))
    return story


def _details_for(dossier: Dossier, organisation_id: str) -> list[OrganisationDetails]:
    return [entry for entry in dossier.organisations if entry.organisation == organisation_id]


def contact_story(plan: Plan) -> list[Flowable]:
    style = styles()
    story = _header("Contacten", plan)
    story.append(
        Paragraph(
            "Elke organisatie in uw plan, met het adres, het telefoonnummer en uw eigen "
            "kenmerk (klantnummer, polisnummer). Noem bij elk contact de naam en het BSN van de "
            "overledene.",
            style["body"],
        )
    )
    views = plan.organisations()
    known_ids = {view.id for view in views}
    extra = [entry for entry in plan.dossier.organisations if entry.organisation not in known_ids]
    for view in views:
        entries: list[OrganisationDetails | None] = [*_details_for(plan.dossier, view.id)]
        for entry in entries or [None]:
            rows: list[tuple[str, str]] = []
            name = (entry.name if entry and entry.name else "") or view.name
            organisation = view.organisation
            if entry is not None and entry.address is not None:
                rows.append(("Adres", _address_text(entry)))
            elif organisation is not None and organisation.address is not None:
                postal = organisation.address
                address = ", ".join([*postal.lines, postal_line(postal.postcode, postal.city)])
                if postal.verification.to_verify:
                    address += f" ({TO_VERIFY})"
                rows.append(("Adres", address))
            elif organisation is not None and organisation.address_note:
                rows.append(("Adres", plain_text(organisation.address_note)))
            else:
                rows.append(("Adres", "nog niet bekend"))
            if entry is not None and entry.department:
                rows.append(("Afdeling", entry.department))
            phones = (
                [f"{phone.label}: {phone.number}" for phone in organisation.phones]
                if (organisation is not None)
                else []
            )
            if entry is not None and entry.phone:
                phones.insert(0, entry.phone)
            rows.append(("Telefoon", "; ".join(phones) or "—"))
            rows.append(("Uw kenmerk", entry.reference if entry and entry.reference else "—"))
            rows.append(
                ("Hoort het vanzelf", "ja, via de BRP" if view.informed_automatically else "nee")
            )
            rows.append(("Taken", "; ".join(item.task.title for item in view.tasks)))
            story.append(KeepTogether([Paragraph(text(name), style["subheading"]), _pairs(rows)]))
    for entry in extra:
        rows = [
            ("Adres", _address_text(entry) if entry.address else "nog niet bekend"),
            ("Afdeling", entry.department),
            ("Telefoon", entry.phone or "—"),
            ("Uw kenmerk", entry.reference or "—"),
        ]
        story.append(
            KeepTogether(
                [
                    Paragraph(text(entry.name or entry.organisation), style["subheading"]),
                    _pairs(rows),
                ]
            )
        )
    return story


def _address_text(entry: OrganisationDetails) -> str:
    return one_line_address(entry.address) if entry.address else ""


def _build(
    story: list[Flowable],
    target: str | Path | BinaryIO,
    title: str,
    plan: Plan,
    mark: str = "",
) -> None:
    """Lay out a summary on A4; ``mark`` is printed at the foot of every page (a draft
    must say so on each page, as pages get separated)."""
    frame = body_frame("page", TOP_MARGIN, BOTTOM_MARGIN)

    def foot(canvas: Any, _document: Any) -> None:
        if mark:
            canvas.saveState()
            canvas.setFont(BOLD, 9)
            canvas.drawString(LEFT_MARGIN, 12 * mm, mark)
            canvas.restoreState()

    document = new_document(
        target,
        [PageTemplate(id="page", frames=[frame], onPage=foot)],
        title,
        plan.dossier.contact.full_name,
        "Overzicht na een overlijden",
    )
    document.build(story, canvasmaker=NumberedCanvas)


def build_overview(
    plan: Plan, target: str | Path | BinaryIO, register: Sequence[LetterRecord] = ()
) -> None:
    _build(overview_story(plan, register), target, "Overzicht", plan)


def build_deadline_sheet(plan: Plan, target: str | Path | BinaryIO) -> None:
    _build(deadline_story(plan), target, "Termijnen", plan)


def build_contact_sheet(plan: Plan, target: str | Path | BinaryIO) -> None:
    _build(contact_story(plan), target, "Contacten", plan)
