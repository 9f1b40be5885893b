"""The texts of the plan as HTML for the panels: the overview, one task with its
sources, who may act for it.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from nabestaanden.domain.catalogue import Catalogue, Evidence, Task, plain_text
from nabestaanden.domain.dates import long_date
from nabestaanden.domain.document_needs import NeedStatus, SentCopy, needs_of
from nabestaanden.domain.dossier import (
    holder_name,
    mandate_warnings,
)
from nabestaanden.domain.mandates import Mandate, for_task
from nabestaanden.domain.plan import Plan, PlanItem
from nabestaanden.domain.plan_output import deadline_phrase
from nabestaanden.ui.dashboard.markers import Marker, marker
from nabestaanden.ui.estate.labels import copy_labels, document_labels
from nabestaanden.ui.glossary.text import linked_html
from nabestaanden.ui.mandates.labels import right_label, warning_html

TASK_SCHEME: Final = "taak"


INTAKE_LINK: Final = "vragen:"


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _task_link(item: PlanItem) -> str:
    return f'<a href="{TASK_SCHEME}:{item.id}">{_esc(plain_text(item.task.title))}</a>'


def _flag_html(flag: Marker) -> str:
    symbols = {"overdue": "⚠", "soon": "⏰", "follow_up": "?", "done": "✓"}
    if not flag.kind:
        return ""
    return f"<b>{symbols[flag.kind]} {_esc(flag.words.upper())}</b> "


def _who_line(item: PlanItem, plan: Plan, texts: dict[str, str]) -> str:
    """A second line under a task in the overview: who may act for it today (if anyone
    in the mandate register may)."""
    if not plan.dossier.mandates:
        return ""
    found = who_may_act(item, plan)
    if not found:
        return ""
    return f"<br><small>{_esc(texts['may_act'].format(names=holders_with_rights(found)))}</small>"


def overview_html(plan: Plan, intake_done: bool, texts: dict[str, str]) -> str:
    """The "Wat kan ik nu doen?" page as rich text, with links to tasks.

    ``texts`` holds the translated headings (so this stays a plain function).
    """
    today = plan.today
    parts: list[str] = []
    if not intake_done:
        parts.append(
            f"<p>{_esc(texts['intake_open'])} "
            f'<a href="{INTAKE_LINK}">{_esc(texts["intake_link"])}</a></p>'
        )
    if plan.dossier.deceased.date_of_death is None:
        parts.append(f"<p><b>{_esc(texts['no_date'])}</b></p>")
    urgent = [item for item in plan.overdue()] + [
        item for item in plan.due_soon() if not item.overdue
    ]
    if urgent:
        parts.append(f"<h3>{_esc(texts['attention'])}</h3><ul>")
        for item in urgent:
            maybe = f" <i>({_esc(texts['maybe'])})</i>" if item.open_questions else ""
            parts.append(
                f"<li>{_flag_html(marker(item, today))}{_task_link(item)}{maybe}: "
                f"{_esc(deadline_phrase(item))}{_who_line(item, plan, texts)}</li>"
            )
        parts.append("</ul>")
    parts.append(f"<h3>{_esc(texts['now'])}</h3>")
    follow_ups = plan.follow_ups()
    # Each task once: what is late, soon or to ask after is not repeated here.
    steps = [item for item in plan.next_steps() if item not in (*urgent, *follow_ups)]
    if steps:
        parts.append("<ol>")
        for item in steps[:7]:
            maybe = f" <i>({_esc(texts['maybe'])})</i>" if item.open_questions else ""
            parts.append(
                f"<li>{_flag_html(marker(item, today))}{_task_link(item)}{maybe}: "
                f"{_esc(deadline_phrase(item))}{_who_line(item, plan, texts)}</li>"
            )
        parts.append("</ol>")
        if len(steps) > 7:
            parts.append(f"<p>{_esc(texts['more'].format(count=len(steps) - 7))}</p>")
    else:
        parts.append(f"<p>{_esc(texts['urgent_first' if urgent else 'nothing_now'])}</p>")
    if follow_ups:
        parts.append(f"<h3>{_esc(texts['follow_up'])}</h3><ul>")
        for item in follow_ups:
            parts.append(f"<li>{_task_link(item)}: {_esc(deadline_phrase(item))}</li>")
        parts.append("</ul>")
    questions = plan.open_questions()
    if questions:
        parts.append(f"<h3>{_esc(texts['questions'])}</h3>")
        parts.append(f"<p>{_esc(texts['questions_intro'])}</p><ul>")
        parts.extend(f"<li>{_esc(question)}</li>" for question in questions)
        parts.append(f'</ul><p><a href="{INTAKE_LINK}">{_esc(texts["answer_link"])}</a></p>')
    parts.append(f"<h3>{_esc(texts['brp'])}</h3>")
    informed = plan.informed_automatically()
    if informed:
        parts.append(f"<p>{_esc(texts['brp_intro'])}</p><ul>")
        parts.extend(f"<li>{_esc(organisation.name)}</li>" for organisation in informed)
        parts.append("</ul>")
    else:
        parts.append(f"<p>{_esc(texts['brp_abroad'])}</p>")
    return "\n".join(parts)


def task_html(
    item: PlanItem,
    plan: Plan,
    catalogue: Catalogue,
    texts: dict[str, str],
    copies: Sequence[SentCopy] = (),
) -> str:
    """One task in full: why, what to do, documents (and which of those the
    organisation needs went out already, from ``copies``), what to send, deadline,
    sources."""
    task = item.task
    flag = marker(item, plan.today)
    parts = [f"<h2>{_esc(plain_text(task.title))}</h2>"]
    organisations = ", ".join(catalogue.organisation_name(org) for org in item.organisations)
    if organisations:
        parts.append(f"<p><b>{_esc(texts['organisation'])}</b> {_esc(organisations)}</p>")
    parts.append(
        f"<p>{_flag_html(flag)}<b>{_esc(texts['deadline'])}</b> {_esc(deadline_phrase(item))}"
        f"<br>{_esc(item.deadline.explanation)}</p>"
    )
    if item.informed_automatically and plan.dossier.deceased.lived_in_netherlands:
        parts.append(f"<p>{_esc(texts['informed'])}</p>")
    if item.open_questions:
        parts.append(f"<p><b>{_esc(texts['maybe'])}</b></p><ul>")
        parts.extend(f"<li>{_esc(question)}</li>" for question in item.open_questions)
        parts.append("</ul>")
    waiting = [plan.item(task_id) for task_id in item.depends_on]
    open_first = [other for other in waiting if other is not None and not other.finished]
    if open_first:
        parts.append(f"<p><b>{_esc(texts['first'])}</b> ")
        parts.append(", ".join(_task_link(other) for other in open_first) + "</p>")
    if item.available_from is not None and item.available_from > plan.today:
        parts.append(
            f"<p>{_esc(texts['available'].format(date=long_date(item.available_from)))}</p>"
        )
    parts.append(_mandates_html(item, plan, texts))
    parts.append(f"<h3>{_esc(texts['why'])}</h3>{linked_html(task.why, catalogue)}")
    parts.append(f"<h3>{_esc(texts['what'])}</h3>{linked_html(task.what_to_do, catalogue)}")
    if task.documents:
        parts.append(f"<h3>{_esc(texts['documents'])}</h3><ul>")
        parts.extend(f"<li>{linked_html(text, catalogue)}</li>" for text in task.documents)
        parts.append("</ul>")
    parts.append(_needs_html(needs_of(item, plan, copies), texts))
    if task.send:
        parts.append(f"<h3>{_esc(texts['send'])}</h3><ul>")
        parts.extend(f"<li>{linked_html(text, catalogue)}</li>" for text in task.send)
        parts.append("</ul>")
    if item.verification.to_verify:
        note = item.verification.note or texts["verify_default"]
        parts.append(
            '<p style="background-color:#fff4c2; color:#000000; padding:4px;">'
            f"<b>⚠ {_esc(texts['verify'])}</b> {_esc(note)}</p>"
        )
    parts.append(f"<h3>{_esc(texts['sources'])}</h3>")
    parts.append(sources_html(task, item.deadline.evidence, [need.evidence for need in task.needs]))
    parts.append(f"<p>{_esc(texts['peildatum'].format(date=long_date(task.peildatum)))}</p>")
    return "\n".join(parts)


def _needs_html(statuses: list[NeedStatus], texts: dict[str, str]) -> str:
    """Per document the organisation asks for: where a copy went (the documents log,
    the letters sent), or that it has not gone yet."""
    if not statuses:
        return ""
    labels = document_labels()
    copy_words = copy_labels()
    parts = [f"<h3>{_esc(texts['needs'])}</h3><ul>"]
    for status in statuses:
        document = labels.get(status.need.document, status.need.document)
        lines: list[str] = []
        for copy in status.sent:
            sent = texts["sent_to"].format(
                form=copy_words.get(copy.copy_kind, copy.copy_kind),
                organisation=copy.organisation or "?",
                date=long_date(copy.sent_on) if copy.sent_on else texts["no_date"],
            )
            if copy.letter_title:
                sent += " " + texts["with_letter"].format(title=copy.letter_title)
            lines.append(_esc(sent))
        if lines:
            parts.append(f"<li>✓ <b>{_esc(document)}</b>: " + "; ".join(lines))
        else:
            parts.append(f"<li><b>{_esc(document)}</b>: {_esc(texts['not_sent'])}")
        if status.need.on_request:
            parts.append(f" {_esc(texts['on_request'])}")
        parts.append("</li>")
    parts.append(f"</ul><p><small>{_esc(texts['needs_how'])}</small></p>")
    return "".join(parts)


def sources_html(
    task: Task, deadline_evidence: Evidence | None, more: Sequence[Evidence] = ()
) -> str:
    """The task's sources, each with the quotes from it that back the task, the
    deadline used and ``more`` (the documents it needs), so a reader can hold the text
    against its source offline."""
    quotes: dict[str, list[Evidence]] = {source: [] for source in task.sources}
    for evidence in (*task.evidence, deadline_evidence, *more):
        found = quotes.setdefault(evidence.source, []) if evidence is not None else []
        if evidence is not None and all(evidence.quote != seen.quote for seen in found):
            found.append(evidence)  # a quote backing two claims is shown once
    parts = ["<ul>"]
    for source, found in quotes.items():
        parts.append(f'<li><a href="{html.escape(source)}">{_esc(source)}</a>')
        parts.extend(f"<br><i>“{_esc(evidence.quote)}”</i>" for evidence in found if evidence.quote)
        parts.append("</li>")
    parts.append("</ul>")
    return "".join(parts)


@dataclass(frozen=True)
class MayAct:
    """One holder who may act for a task today, at one organisation, with these rights."""

    name: str
    organisation: str
    rights: str  # in words: "inzien, wijzigen"


def who_may_act(item: PlanItem, plan: Plan) -> list[MayAct]:
    """Who may act for a task today, per service of a usable mandate at the task's
    organisations (an eenmalig one only for its own task), with what they may do."""
    dossier = plan.dossier
    found = for_task(
        dossier.mandates, item.id, item.organisations, plan.today, dossier.finished_tasks()
    )
    return [
        MayAct(
            holder_name(mandate.holder, dossier),
            service.name or plan.catalogue.organisation_name(service.organisation),
            ", ".join(right_label(right) for right in service.rights),
        )
        for mandate, service in found
    ]


def holders_with_rights(found: list[MayAct]) -> str:
    """``Pieter van der Berg (inzien, wijzigen)``, once per holder and rights."""
    return ", ".join(dict.fromkeys(f"{may.name} ({may.rights})" for may in found))


def _mandates_html(item: PlanItem, plan: Plan, texts: dict[str, str]) -> str:
    """Who may act at this task's organisations today, from the mandate register."""
    if not plan.dossier.mandates or not item.organisations:
        return ""
    lines = [
        f"<li>{_esc(may.name)}: {_esc(may.organisation)} ({_esc(may.rights)})</li>"
        for may in who_may_act(item, plan)
    ]
    if not lines:
        shown = f"<p><b>{_esc(texts['who'])}</b> {_esc(texts['nobody'])}</p>"
    else:
        shown = f"<p><b>{_esc(texts['who'])}</b></p><ul>{''.join(lines)}</ul>"
    return shown + _mandate_warnings_html(item, plan, texts)


def _mandate_warnings_html(item: PlanItem, plan: Plan, texts: dict[str, str]) -> str:
    """The register's warnings about mandates at this task's organisations (a second
    holder of the nabestaandenmachtiging, its timing, an expired mandate...)."""
    dossier = plan.dossier
    mandates = dossier.mandates

    def here(mandate: Mandate) -> bool:
        return any(service.organisation in item.organisations for service in mandate.services)

    if not any(here(mandate) for mandate in mandates):
        return ""  # no mandate at this task's organisations: nothing to warn about
    parts = []
    for warning in mandate_warnings(dossier, plan.today, dossier.finished_tasks()):
        if warning.mandate is None:
            continue  # the general ones are on the Machtigingen tab
        mandate = mandates[warning.mandate]
        if here(mandate):
            about = holder_name(mandate.holder, dossier)
            parts.append(f"<p>{warning_html(warning, about)}</p>")
    return "".join(parts)
