"""The checklist engine: from a dossier and the catalogue to a tailored plan.

A task is in the plan when its condition holds for the situation, or when the
answer that would decide it is still unknown (then the plan says which answer
would settle it). Tasks are ordered by deadline, and a task never comes before a
task it depends on: a prerequisite takes over the earliest deadline of the tasks
waiting for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from nabestaanden.domain.catalogue import (
    PENSION_FUNDS,
    Catalogue,
    Organisation,
    Task,
    Theme,
    Verification,
    plain_text,
)
from nabestaanden.domain.conditions import Outcome
from nabestaanden.domain.deadlines import (
    ASAP,
    DATE,
    EXPECTED,
    Deadline,
    compute_available_from,
    compute_deadline,
)
from nabestaanden.domain.dossier import FINISHED_STATUSES, Dossier, TaskProgress
from nabestaanden.domain.rules import SituationFacts

# A deadline this close counts as "binnenkort".
DUE_SOON_DAYS: Final = 30

AKTE_ABROAD: Final = (
    "Een kopie van de akte van overlijden. De overledene woonde niet in Nederland, "
    "dus deze organisatie hoort het niet vanzelf."
)


@dataclass(frozen=True)
class PlanItem:
    """One task of the catalogue as it applies to this dossier."""

    task: Task
    applies: Outcome
    deadline: Deadline
    available_from: date | None
    organisations: tuple[str, ...]
    informed_automatically: bool
    depends_on: tuple[str, ...]
    progress: TaskProgress
    overdue: bool
    follow_up: bool
    verification: Verification

    @property
    def id(self) -> str:
        return self.task.id

    @property
    def finished(self) -> bool:
        return self.progress.status in FINISHED_STATUSES

    @property
    def open_questions(self) -> tuple[str, ...]:
        """The answers that would settle whether this task applies (empty when it does)."""
        return self.applies.questions


@dataclass(frozen=True)
class RetiredTask:
    """Progress on a task that is no longer in the catalogue; kept, shown as retired."""

    id: str
    progress: TaskProgress


@dataclass(frozen=True)
class OrganisationView:
    """One organisation as seen from this dossier."""

    id: str
    name: str
    organisation: Organisation | None
    informed_automatically: bool
    tasks: tuple[PlanItem, ...]
    to_send: tuple[str, ...]


@dataclass(frozen=True)
class Plan:
    dossier: Dossier
    catalogue: Catalogue
    today: date
    items: tuple[PlanItem, ...]
    retired: tuple[RetiredTask, ...]

    def item(self, task_id: str) -> PlanItem | None:
        return next((item for item in self.items if item.id == task_id), None)

    def next_steps(self) -> list[PlanItem]:
        """What can be done now: not finished or waiting, prerequisites finished, available.

        Nearest deadline first (as-soon-as-possible tasks count as due on the date of
        death); the plan's order breaks ties.
        """
        finished = {item.id for item in self.items if item.finished}
        ready = [
            item
            for item in self.items
            if item.progress.status in ("todo", "in_progress")
            and all(prerequisite in finished for prerequisite in item.depends_on)
            and (item.available_from is None or item.available_from <= self.today)
        ]
        order = {item.id: index for index, item in enumerate(self.items)}
        died = self.dossier.deceased.date_of_death
        return sorted(ready, key=lambda item: (_due(item, died), order[item.id]))

    def open_questions(self) -> list[str]:
        """Every answer the plan still waits for, once each, in the plan's order."""
        questions: list[str] = []
        for item in self.items:
            for question in item.open_questions:
                if question not in questions:
                    questions.append(question)
        return questions

    def overdue(self) -> list[PlanItem]:
        """Tasks past their deadline and not finished."""
        return [item for item in self.items if item.overdue]

    def due_soon(self, days: int = DUE_SOON_DAYS) -> list[PlanItem]:
        """Unfinished tasks whose deadline is today or within ``days`` days.

        Listed whatever their prerequisites, so a near deadline is never hidden behind
        a step that has to come first.
        """
        horizon = self.today + timedelta(days=days)
        return [
            item
            for item in self.items
            if item.deadline.kind == DATE
            and item.deadline.day is not None
            and self.today <= item.deadline.day <= horizon
            and not item.finished
        ]

    def follow_ups(self) -> list[PlanItem]:
        """Tasks where a letter or payment was expected by now: time to ask after it."""
        return [item for item in self.items if item.follow_up]

    def by_theme(self) -> list[tuple[Theme, list[PlanItem]]]:
        """The items grouped by theme, themes in their catalogue order."""
        themes = sorted(self.catalogue.themes.values(), key=lambda theme: theme.order)
        grouped = [
            (theme, [item for item in self.items if item.task.theme == theme.id])
            for theme in themes
        ]
        return [(theme, items) for theme, items in grouped if items]

    def organisations(self) -> list[OrganisationView]:
        """Every organisation involved in the plan, in the order they first appear."""
        lived_here = self.dossier.deceased.lived_in_netherlands
        views: dict[str, list[PlanItem]] = {}
        for item in self.items:
            for organisation in item.organisations:
                views.setdefault(organisation, []).append(item)
        result = []
        for organisation_id, items in views.items():
            known = self.catalogue.organisations.get(organisation_id)
            # Funds typed in by name are pension funds: informed like the catalogue's funds.
            informed_via_brp = known.informed_via_brp if known else True
            to_send: list[str] = []
            for item in items:
                if item.finished:
                    continue
                for text in item.task.send:
                    if plain_text(text) not in to_send:
                        to_send.append(plain_text(text))
            if informed_via_brp and not lived_here:
                to_send.insert(0, AKTE_ABROAD)
            result.append(
                OrganisationView(
                    id=organisation_id,
                    name=self.catalogue.organisation_name(organisation_id),
                    organisation=known,
                    informed_automatically=informed_via_brp and lived_here,
                    tasks=tuple(items),
                    to_send=tuple(to_send),
                )
            )
        return result

    def informed_automatically(self) -> list[Organisation]:
        """The catalogue organisations the gemeente informs through the BRP.

        Pension funds appear once, as the general entry. Empty when the deceased
        lived abroad: then nothing is passed on by itself.
        """
        if not self.dossier.deceased.lived_in_netherlands:
            return []
        return [
            organisation
            for organisation in self.catalogue.organisations.values()
            if organisation.informed_via_brp
            and (not organisation.pension_fund or organisation.id == PENSION_FUNDS)
        ]


def _due(item: PlanItem, died: date | None) -> date:
    """The date by which a task should be done, for sorting."""
    if item.deadline.kind in (DATE, EXPECTED) and item.deadline.day is not None:
        return item.deadline.day
    if item.deadline.kind == ASAP:
        return died or date.min
    return date.max


def _organisations(task: Task, dossier: Dossier) -> tuple[str, ...]:
    if task.organisation == PENSION_FUNDS and dossier.situation.pension_funds:
        return tuple(dossier.situation.pension_funds)
    return (task.organisation,)


def build_plan(dossier: Dossier, catalogue: Catalogue, today: date) -> Plan:
    """The tailored checklist for ``dossier`` as it stands on ``today``."""
    facts = SituationFacts(dossier, catalogue.aow_table)
    died = dossier.deceased.date_of_death
    lived_here = dossier.deceased.lived_in_netherlands

    applying: dict[str, Outcome] = {}
    for task in catalogue.tasks.values():
        outcome = task.applies_when.evaluate(facts)
        if outcome.value is not False:
            applying[task.id] = outcome

    def prerequisites_in_plan(task: Task) -> tuple[str, ...]:
        wanted = list(task.depends_on)
        for conditional in task.depends_on_if:
            if conditional.when.evaluate(facts).value is not False:
                wanted.append(conditional.task)
        return tuple(task_id for task_id in wanted if task_id in applying)

    draft: dict[str, PlanItem] = {}
    for task_id, outcome in applying.items():
        task = catalogue.tasks[task_id]
        deadline = compute_deadline(task, died, facts, catalogue)
        progress = dossier.tasks.get(task_id, TaskProgress())
        past = (
            deadline.day is not None
            and deadline.day < today
            and progress.status not in FINISHED_STATUSES
        )
        draft[task_id] = PlanItem(
            task=task,
            applies=outcome,
            deadline=deadline,
            available_from=compute_available_from(task, died),
            organisations=_organisations(task, dossier),
            informed_automatically=task.informed_automatically and lived_here,
            depends_on=prerequisites_in_plan(task),
            progress=progress,
            overdue=past and deadline.kind == DATE,
            follow_up=past and deadline.kind == EXPECTED,
            verification=Verification.combine(task.verification, deadline.verification),
        )

    ordered = _order(draft, died, catalogue)
    retired = tuple(
        RetiredTask(task_id, progress)
        for task_id, progress in sorted(dossier.tasks.items())
        if task_id not in catalogue.tasks
    )
    return Plan(dossier, catalogue, today, tuple(ordered), retired)


def _order(items: dict[str, PlanItem], died: date | None, catalogue: Catalogue) -> list[PlanItem]:
    """Order by deadline; a prerequisite inherits the earliest deadline of its dependents."""
    depth: dict[str, int] = {}

    def depth_of(task_id: str) -> int:
        if task_id not in depth:
            prerequisites = items[task_id].depends_on
            depth[task_id] = 1 + max((depth_of(other) for other in prerequisites), default=-1)
        return depth[task_id]

    effective = {task_id: _due(item, died) for task_id, item in items.items()}
    # Deepest first, so a chain a → b → c passes c's deadline all the way down to a.
    for task_id in sorted(items, key=depth_of, reverse=True):
        for prerequisite in items[task_id].depends_on:
            effective[prerequisite] = min(effective[prerequisite], effective[task_id])
    theme_order = {theme.id: theme.order for theme in catalogue.themes.values()}
    catalogue_order = {task_id: index for index, task_id in enumerate(catalogue.tasks)}
    return sorted(
        items.values(),
        key=lambda item: (
            effective[item.id],
            depth_of(item.id),
            theme_order.get(item.task.theme, 99),
            catalogue_order[item.id],
        ),
    )
