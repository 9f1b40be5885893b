"""PDFs of the mandate register: the overview per authorised party, and a draft
boedelvolmacht for the co-heirs to sign (to check with a notary first)."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from nabestaanden.documents.styles import TEXT_WIDTH, styles, text
from nabestaanden.documents.summaries import _build, _cell, _header, _heading, _pairs, _table
from nabestaanden.domain.dates import long_date
from nabestaanden.domain.dossier import full_name, holder_name, mandate_warnings
from nabestaanden.domain.letters import one_line_address
from nabestaanden.domain.mandates import (
    DURATION_LABELS,
    LEGAL_BASIS_LABELS,
    RIGHT_LABELS,
    RIGHTS,
    SERVICE_TYPE_LABELS,
    STATUS_LABELS,
    Mandate,
    standing,
)
from nabestaanden.domain.plan import Plan

FILL_IN = "…………………………………………"
# At the foot of every page of the draft: a page on its own still says what it is.
DRAFT_MARK = "CONCEPT – geen officieel document. Laat het eerst nakijken door een notaris."


def duration_text(mandate: Mandate, plan: Plan) -> str:
    """How long a mandate holds, in words."""
    if mandate.duration == "tot_datum" and mandate.valid_until is not None:
        return f"tot en met {long_date(mandate.valid_until)}"
    if mandate.duration == "eenmalig" and mandate.task:
        task = plan.catalogue.tasks.get(mandate.task)
        return f"eenmalig, voor: {task.title if task else mandate.task}"
    return DURATION_LABELS[mandate.duration]


def basis_text(mandate: Mandate) -> str:
    """The legal basis with its evidence (document, date, reference)."""
    parts = [LEGAL_BASIS_LABELS[mandate.legal_basis]]
    evidence = mandate.evidence
    if evidence.document:
        shown = evidence.document
        if evidence.issued_on:
            shown += f" van {long_date(evidence.issued_on)}"
        if evidence.reference:
            shown += f", kenmerk {evidence.reference}"
        parts.append(f"bewijs: {shown}")
    return "; ".join(parts)


def services_table(mandate: Mandate, plan: Plan) -> Flowable:
    """The mandate's organisations with the kind of service and what is allowed."""
    rows = [[_cell("Organisatie", True), _cell("Soort", True), _cell("Wat mag", True)]]
    for service in mandate.services:
        rows.append(
            [
                _cell(service.name or plan.catalogue.organisation_name(service.organisation)),
                _cell(SERVICE_TYPE_LABELS[service.service_type]),
                _cell(", ".join(RIGHT_LABELS[right] for right in service.rights)),
            ]
        )
    return _table(rows, [70 * mm, 35 * mm, TEXT_WIDTH - 105 * mm])


def not_covered(plan: Plan, finished: list[str]) -> list[str]:
    """Per organisation in the plan, the rights no active mandate gives there today:
    "SVB: geen actieve machtiging" or "Belastingdienst: wel inzien; niet wijzigen"."""
    usable = [m for m in plan.dossier.mandates if standing(m, plan.today, finished).usable]
    gaps = []
    for view in plan.organisations():
        allowed = {
            right
            for mandate in usable
            for service in mandate.services
            if service.organisation == view.id
            for right in service.rights
        }
        missing = [RIGHT_LABELS[right] for right in RIGHTS if right not in allowed]
        if not allowed:
            gaps.append(f"{view.name}: geen actieve machtiging.")
        elif missing:
            given = [RIGHT_LABELS[right] for right in RIGHTS if right in allowed]
            gaps.append(f"{view.name}: wel {', '.join(given)}; niet {', '.join(missing)}.")
    return gaps


def overview_story(plan: Plan) -> list[Flowable]:
    """Per authorised party: organisations, services, rights, duration, basis and
    evidence, status today; then what no mandate covers, and the warnings."""
    style = styles()
    dossier = plan.dossier
    mandates = dossier.mandates
    finished = dossier.finished_tasks()
    story = _header("Machtigingen", plan)
    story.append(
        Paragraph(
            text(
                "Wie mag wat regelen voor de nalatenschap, bij welke organisatie, hoe ver en "
                "hoe lang. Een volmacht of machtiging van de overledene zelf is meestal "
                "gestopt bij het overlijden; die staat hier niet in."
            ),
            style["body"],
        )
    )
    holders: list[str] = []
    for mandate in mandates:
        name = holder_name(mandate.holder, dossier)
        if name not in holders:
            holders.append(name)
    if not mandates:
        story.append(
            Paragraph(text("Er staan nog geen machtigingen in het overzicht."), style["body"])
        )
    for name in holders:
        story.append(_heading(name))
        for mandate in mandates:
            if holder_name(mandate.holder, dossier) != name:
                continue
            state = standing(mandate, plan.today, finished)
            status = STATUS_LABELS[state.status]
            if state.reason:
                status += f" ({state.reason})"
            story.append(
                _pairs(
                    [
                        ("Grondslag", basis_text(mandate)),
                        ("Duur", duration_text(mandate, plan)),
                        ("Status", status),
                        *(
                            [("Geldt vanaf", long_date(mandate.valid_from))]
                            if mandate.valid_from
                            else []
                        ),
                        *([("Notitie", mandate.note)] if mandate.note else []),
                    ]
                )
            )
            story.append(services_table(mandate, plan))
            story.append(Spacer(1, 3 * mm))
    story.append(_heading("Niet gedekt door een actieve machtiging"))
    story.append(
        Paragraph(
            text(
                "Hier staat bij welke organisaties in uw lijst niemand een actieve machtiging "
                "in dit overzicht heeft, of niet voor alles. Dat hoeft geen probleem te zijn: "
                "niet overal is een machtiging voor nodig. Sommige organisaties horen het "
                "overlijden vanzelf via de gemeente (BRP)."
            ),
            style["small"],
        )
    )
    gaps = not_covered(plan, finished)
    if not gaps:
        story.append(
            Paragraph(
                text(
                    "Bij alle organisaties in de lijst mag iemand inzien, wijzigen en "
                    "aanvragen of indienen."
                ),
                style["body"],
            )
        )
    for gap in gaps:
        story.append(Paragraph(text(gap), style["body"]))
    story.append(_heading("Let op"))
    for warning in mandate_warnings(dossier, plan.today, finished, mandates):
        about = ""
        if warning.mandate is not None:
            about = holder_name(mandates[warning.mandate].holder, dossier) + ": "
        check = " (te controleren)" if warning.to_verify else ""
        story.append(Paragraph(text(about + warning.text + check), style["body"]))
        if warning.sources:
            story.append(Paragraph(text("Bron: " + " ; ".join(warning.sources)), style["small"]))
    return story


def boedelvolmacht_story(plan: Plan, mandate: Mandate) -> list[Flowable]:
    """A draft boedelvolmacht: the heirs authorise one person for the scope chosen in
    the app, with a signature block per heir. Marked as a draft to check with a notary."""
    style = styles()
    dossier = plan.dossier
    deceased = dossier.deceased
    story = _header("CONCEPT boedelvolmacht", plan)
    story.append(
        Paragraph(
            text(
                "CONCEPT. Dit is geen officieel document. Laat deze tekst nakijken door een "
                "notaris voordat iemand tekent. Een bank of andere organisatie kan een eigen "
                "formulier of een notariële volmacht vragen."
            ),
            style["heading"],
        )
    )
    born = f", geboren op {long_date(deceased.date_of_birth)}" if deceased.date_of_birth else ""
    died = long_date(deceased.date_of_death) if deceased.date_of_death else FILL_IN
    address = one_line_address(deceased.address) or FILL_IN
    holder = holder_name(mandate.holder, dossier)
    story.append(
        Paragraph(
            text(
                "De ondergetekenden, erfgenamen van "
                f"{deceased.full_name or FILL_IN}{born}, overleden op {died}, laatst wonend "
                f"{address},"
            ),
            style["body"],
        )
    )
    story.append(
        Paragraph(
            text(
                f"geven hierbij volmacht aan {holder} om namens hen de volgende zaken van de "
                "nalatenschap te regelen:"
            ),
            style["body"],
        )
    )
    story.append(services_table(mandate, plan))
    story.append(Spacer(1, 3 * mm))
    story.append(Paragraph(text(_draft_duration(mandate, plan)), style["body"]))
    story.append(
        _pairs(
            [
                ("Gevolmachtigde", holder),
                ("Geboortedatum", FILL_IN),
                ("Adres", FILL_IN),
            ]
        )
    )
    story.append(
        Paragraph(
            text(
                "Vraag de notaris ook welke afspraken er verder in moeten staan, bijvoorbeeld "
                "over verantwoording aan de erfgenamen en over intrekken."
            ),
            style["small"],
        )
    )
    story.append(_heading("Handtekeningen van de erfgenamen"))
    heirs = [
        full_name(heir.first_names, heir.surname_prefix, heir.surname) for heir in dossier.heirs
    ]
    if not heirs:
        story.append(
            Paragraph(
                text("De erfgenamen staan nog niet in het dossier: vul hun namen zelf in."),
                style["small"],
            )
        )
        heirs = [FILL_IN, FILL_IN]
    for name in heirs:
        story.append(
            KeepTogether(
                [
                    _pairs(
                        [
                            ("Naam erfgenaam", name),
                            ("Plaats en datum", FILL_IN),
                            ("Handtekening", FILL_IN),
                        ]
                    ),
                    Spacer(1, 6 * mm),
                ]
            )
        )
    return story


def _draft_duration(mandate: Mandate, plan: Plan) -> str:
    if mandate.duration == "geen_einddatum":
        return "Deze volmacht geldt zonder einddatum, tot zij wordt ingetrokken."
    return f"Deze volmacht geldt {duration_text(mandate, plan)}."


def build_mandate_overview(plan: Plan, target: str | Path | BinaryIO) -> None:
    _build(overview_story(plan), target, "Machtigingen", plan)


def build_boedelvolmacht(plan: Plan, mandate: Mandate, target: str | Path | BinaryIO) -> None:
    _build(
        boedelvolmacht_story(plan, mandate),
        target,
        "Concept boedelvolmacht",
        plan,
        mark=DRAFT_MARK,
    )
