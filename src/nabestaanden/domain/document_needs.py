"""Which documents the plan's tasks need, and which of them went out already.

A task names the documents its organisation asks for (``needs`` in the catalogue, each
with the quote that says so). A copy went out when the estate's documents log says so,
or when a letter that was sent enclosed one (its definition's enclosure names the
document). A task's need is met by a copy sent to one of the task's organisations (by
its name, as the family typed it) or enclosed with a letter for that task.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from nabestaanden.domain.catalogue import DocumentNeed, plain_text
from nabestaanden.domain.dossier import Dossier
from nabestaanden.domain.letter_texts import LetterDefinition
from nabestaanden.domain.plan import Plan, PlanItem
from nabestaanden.domain.rules import SituationFacts


@dataclass(frozen=True)
class SentCopy:
    """A document (an id of ``catalogue.NEEDED_DOCUMENTS``) that went to an organisation."""

    document: str
    organisation: str  # the name, as typed in the log or as the letter's recipient
    copy_kind: str  # estate.COPY_KINDS
    sent_on: date | None
    letter_title: str = ""  # enclosed with this letter; "" for a line of the log
    task_id: str | None = None  # the letter's task


@dataclass(frozen=True)
class NeedStatus:
    """One document a task needs, and the copies of it that went to the task's
    organisations (none yet: still to send)."""

    item: PlanItem
    need: DocumentNeed
    sent: tuple[SentCopy, ...]

    @property
    def met(self) -> bool:
        return bool(self.sent)


def letter_copies(dossier: Dossier, definitions: Mapping[str, LetterDefinition]) -> list[SentCopy]:
    """The copies enclosed with the letters that were sent (by the letter as printed:
    an enclosure counts when its text is one its definition marks as a document)."""
    copies: list[SentCopy] = []
    for letter in dossier.letters:
        definition = definitions.get(letter.content.letter_id)
        if letter.sent_on is None or definition is None:
            continue
        documents = {e.text: e.document for e in definition.enclosures if e.document}
        recipient = next(iter(letter.content.recipient_lines), "")
        for text in letter.content.enclosures:
            if text in documents:
                copies.append(
                    SentCopy(
                        document=documents[text],
                        organisation=recipient,
                        copy_kind="copy",
                        sent_on=letter.sent_on,
                        letter_title=letter.content.title,
                        task_id=letter.content.task_id,
                    )
                )
    return copies


def sent_copies(dossier: Dossier, definitions: Mapping[str, LetterDefinition]) -> list[SentCopy]:
    """Every copy that went out: the documents log's lines, then the letters' enclosures."""
    logged = [
        SentCopy(sent.document, sent.organisation, sent.copy_kind, sent.sent_on)
        for sent in dossier.estate.documents_sent
        if sent.document != "other"
    ]
    return logged + letter_copies(dossier, definitions)


def _words(name: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", name.casefold())) - {"de", "het", "een"}


def same_organisation(typed: str, names: Iterable[str]) -> bool:
    """Whether a name as typed ("ING") is one of ``names`` ("ING Bank"): all the words
    of the shorter name are words of the longer one."""
    words = _words(typed)
    if not words:
        return False
    for name in names:
        other = _words(name)
        if other and (words <= other or other <= words):
            return True
    return False


def _names_of(organisation: str, plan: Plan) -> list[str]:
    """The names the family entered for a catalogue organisation (their own bank)."""
    return [
        details.name
        for details in plan.dossier.organisations
        if details.organisation == organisation and details.name
    ]


def organisation_names(item: PlanItem, plan: Plan) -> list[str]:
    """The names the task's organisations go by in this dossier: the catalogue's name
    and the names the family entered for them (their own bank, their pension fund)."""
    names = [plan.catalogue.organisation_name(organisation) for organisation in item.organisations]
    for organisation in item.organisations:
        names += _names_of(organisation, plan)
    return names


def organisation_choices(plan: Plan) -> list[str]:
    """The organisations of this dossier by name, to choose from when logging a
    document: the family's own (their bank, by its name) first, then the plan's."""
    names = [details.name for details in plan.dossier.organisations if details.name]
    names += [view.name for view in plan.organisations()]
    return list(dict.fromkeys(names))


def shown_name(item: PlanItem, plan: Plan) -> str:
    """The task's organisations by the name the family knows them: their own entry
    (their bank by its name) where there is one, else the catalogue's."""
    names: list[str] = []
    for organisation in item.organisations:
        names += _names_of(organisation, plan) or [plan.catalogue.organisation_name(organisation)]
    return ", ".join(dict.fromkeys(names))


def needs_of(
    item: PlanItem,
    plan: Plan,
    copies: Sequence[SentCopy],
    facts: SituationFacts | None = None,
) -> list[NeedStatus]:
    """The documents this task needs in this dossier (a need limited to some situations
    only where it holds for certain), each with the copies that went to its
    organisations. ``facts``: the dossier's, when the caller has them already."""
    facts = facts or SituationFacts(plan.dossier, plan.catalogue.aow_table)
    names = organisation_names(item, plan)
    statuses: list[NeedStatus] = []
    for need in item.task.needs:
        if need.when is not None and need.when.evaluate(facts).value is not True:
            continue
        sent = tuple(
            copy
            for copy in copies
            if copy.document == need.document
            and (copy.task_id == item.id or same_organisation(copy.organisation, names))
        )
        statuses.append(NeedStatus(item, need, sent))
    return statuses


@dataclass(frozen=True)
class ToSend:
    """A document an open task still needs sent: which, to whom, for which task."""

    document: str
    organisation: str
    task_title: str


def still_to_send(plan: Plan, copies: Sequence[SentCopy]) -> list[ToSend]:
    """What the open tasks still need sent, in the plan's order: not a document asked
    for only later, not for a task that is finished or may not apply."""
    facts = SituationFacts(plan.dossier, plan.catalogue.aow_table)  # once for all tasks
    return [
        ToSend(status.need.document, shown_name(item, plan), plain_text(item.task.title))
        for item in plan.items
        if not item.finished and not item.open_questions
        for status in needs_of(item, plan, copies, facts)
        if not status.met and not status.need.on_request
    ]
