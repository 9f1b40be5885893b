"""The plan as JSON (for scripts) and as text (for a terminal).

The JSON form is described by ``resources/schemas/plan.schema.json`` and in
``docs/dossier-format.md``; the text form is for people: grouped by theme, with
overdue tasks marked.
"""

from __future__ import annotations

import textwrap
from datetime import date
from typing import Any, Final

from nabestaanden.domain.catalogue import plain_text
from nabestaanden.domain.dates import long_date
from nabestaanden.domain.deadlines import ASAP, DATE, EXPECTED, UNKNOWN
from nabestaanden.domain.dossier import TASK_STATUS_LABELS
from nabestaanden.domain.plan import DUE_SOON_DAYS, Plan, PlanItem

PLAN_FORMAT: Final = "nabestaanden-plan/1"
NEXT_STEPS_SHOWN: Final = 8


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def item_to_json(item: PlanItem, plan: Plan) -> dict[str, Any]:
    task = item.task
    return {
        "id": task.id,
        "title": task.title,
        "theme": task.theme,
        "organisation": task.organisation,
        "organisations": [
            {"id": organisation, "name": plan.catalogue.organisation_name(organisation)}
            for organisation in item.organisations
        ],
        "informed_automatically": item.informed_automatically,
        "deadline": _iso(item.deadline.day) if item.deadline.kind == DATE else None,
        "expected_on": _iso(item.deadline.day) if item.deadline.kind == EXPECTED else None,
        "deadline_kind": item.deadline.kind,
        "deadline_rule": plain_text(item.deadline.explanation),
        "available_from": _iso(item.available_from),
        "to_verify": item.verification.to_verify,
        "verify_note": item.verification.note,
        "depends_on": list(item.depends_on),
        "open_questions": list(item.open_questions),
        "status": item.progress.status,
        "note": item.progress.note,
        "done_on": _iso(item.progress.done_on),
        "overdue": item.overdue,
        "follow_up": item.follow_up,
        "sources": list(task.sources),
        "evidence": [
            {"source": evidence.source, "about": evidence.about, "quote": evidence.quote}
            for evidence in (*task.evidence, item.deadline.evidence)
            if evidence is not None
        ],
        "peildatum": task.peildatum.isoformat(),
    }


def plan_to_json(plan: Plan) -> dict[str, Any]:
    """The plan in the form ``nabestaanden plan --format json`` prints."""
    deceased = plan.dossier.deceased
    return {
        "format": PLAN_FORMAT,
        "today": plan.today.isoformat(),
        "deceased": {
            "name": deceased.full_name,
            "date_of_death": _iso(deceased.date_of_death),
            "lived_in_netherlands": deceased.lived_in_netherlands,
        },
        "tasks": [item_to_json(item, plan) for item in plan.items],
        "next_steps": [item.id for item in plan.next_steps()],
        "due_soon": [item.id for item in plan.due_soon()],
        "organisations": [
            {
                "id": view.id,
                "name": view.name,
                "informed_automatically": view.informed_automatically,
                "tasks": [item.id for item in view.tasks],
                "to_send": list(view.to_send),
            }
            for view in plan.organisations()
        ],
        "informed_automatically": [
            {"id": organisation.id, "name": organisation.name}
            for organisation in plan.informed_automatically()
        ],
        "retired": [
            {
                "id": retired.id,
                "status": retired.progress.status,
                "note": retired.progress.note,
                "done_on": _iso(retired.progress.done_on),
            }
            for retired in plan.retired
        ],
    }


def deadline_phrase(item: PlanItem) -> str:
    deadline = item.deadline
    if deadline.kind == DATE and deadline.day is not None:
        return f"uiterlijk {long_date(deadline.day)}"
    if deadline.kind == EXPECTED and deadline.day is not None:
        return f"verwacht rond {long_date(deadline.day)}"
    if deadline.kind == ASAP:
        return "zo snel mogelijk"
    if deadline.kind == UNKNOWN:
        return "termijn nog onbekend"
    return "geen vaste termijn"


def _wrap(text: str, indent: str) -> list[str]:
    return textwrap.wrap(
        text,
        width=88,
        initial_indent=indent,
        subsequent_indent=indent + "  ",
        break_on_hyphens=False,
    )


def _item_lines(item: PlanItem, plan: Plan) -> list[str]:
    status = TASK_STATUS_LABELS.get(item.progress.status, item.progress.status)
    marker = "!" if item.overdue else "?" if item.follow_up else "x" if item.finished else " "
    head = f"[{marker}] {item.task.title}"
    if item.overdue:
        head += "  ** TE LAAT **"
    elif item.follow_up:
        head += "  ** NOG NIETS ONTVANGEN? VRAAG HET NA **"
    lines = [*_wrap(head, "  ")]
    names = ", ".join(plan.catalogue.organisation_name(org) for org in item.organisations)
    facts = [names, deadline_phrase(item), status]
    if item.informed_automatically:
        facts.append("al automatisch doorgegeven")
    lines += _wrap(" · ".join(facts), "      ")
    lines += _wrap("Wat te doen: " + plain_text(item.task.what_to_do), "      ")
    lines += _wrap("Termijn: " + plain_text(item.deadline.explanation), "      ")
    if item.available_from is not None and item.available_from > plan.today:
        lines += _wrap(f"Kan pas vanaf {long_date(item.available_from)}.", "      ")
    if item.open_questions:
        lines += _wrap(
            "Geldt misschien. Dat hangt af van: " + " ".join(item.open_questions), "      "
        )
    if item.verification.to_verify:
        lines += _wrap("Te controleren: " + item.verification.note, "      ")
    if item.depends_on:
        titles = [f"'{plan.catalogue.tasks[task_id].title}'" for task_id in item.depends_on]
        lines += _wrap("Eerst: " + ", ".join(titles) + ".", "      ")
    return lines


def plan_to_text(plan: Plan) -> str:
    """The plan for a terminal: what to do now, then the tasks by theme."""
    deceased = plan.dossier.deceased
    name = deceased.full_name or "de overledene"
    died = deceased.date_of_death
    lines = [f"Plan voor {name}"]
    if died is not None:
        lines.append(f"Overleden op {long_date(died)}. Stand van zaken op {long_date(plan.today)}.")
    else:
        lines.append("De datum van overlijden is nog niet ingevuld; termijnen ontbreken daarom.")
    overdue = plan.overdue()
    if overdue:
        lines.append(f"Te laat: {len(overdue)} {'taak' if len(overdue) == 1 else 'taken'}.")
    follow_ups = plan.follow_ups()
    if follow_ups:
        lines.append(
            f"Bij {len(follow_ups)} {'taak' if len(follow_ups) == 1 else 'taken'} had u al post "
            "of geld moeten krijgen. Vraag ernaar bij de organisatie."
        )
    due_soon = plan.due_soon()
    if due_soon:
        lines.append("")
        lines.append(f"Let op: binnen {DUE_SOON_DAYS} dagen")
        for item in due_soon:
            lines += _wrap(f"- {item.task.title} ({deadline_phrase(item)})", "  ")
    lines.append("")
    lines.append("Wat kunt u nu doen?")
    next_steps = plan.next_steps()
    if not next_steps:
        lines.append("  Nu niets: wacht op antwoord van de organisaties.")
    for item in next_steps[:NEXT_STEPS_SHOWN]:
        lines += _wrap(f"- {item.task.title} ({deadline_phrase(item)})", "  ")
    hidden = len(next_steps) - NEXT_STEPS_SHOWN
    if hidden > 0:
        lines.append(f"  En nog {hidden} {'taak' if hidden == 1 else 'taken'}: zie hieronder.")
    for theme, items in plan.by_theme():
        lines.append("")
        lines.append(theme.title)
        lines.append("=" * len(theme.title))
        for item in items:
            lines += _item_lines(item, plan)
    informed = plan.informed_automatically()
    lines.append("")
    lines.append("Al automatisch doorgegeven (via de gemeente)")
    if informed:
        lines += _wrap(", ".join(organisation.name for organisation in informed) + ".", "  ")
        lines += _wrap("Banken en andere verzekeraars horen het niet vanzelf: meld het zelf.", "  ")
    else:
        lines += _wrap(
            "Niets: de overledene woonde niet in Nederland. Stuur elke organisatie zelf een "
            "uittreksel van de akte van overlijden.",
            "  ",
        )
    if plan.retired:
        lines.append("")
        lines.append("Taken die niet meer in de lijst staan (uw voortgang is bewaard)")
        for retired in plan.retired:
            status = TASK_STATUS_LABELS.get(retired.progress.status, retired.progress.status)
            lines += _wrap(f"- {retired.id}: {status}", "  ")
    return "\n".join(lines) + "\n"
