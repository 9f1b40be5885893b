"""The dossier dashboard: what to do now, the plan by theme, and one task in detail.

Overdue and due-soon items are marked with words and an icon, never by colour alone.
Task texts link their glossary terms (``begrip:`` links, with the short explanation
as tooltip); the window sends those links to the Begrippen panel.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QTabWidget,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from nabestaanden.domain.catalogue import Catalogue, Evidence, Task, plain_text
from nabestaanden.domain.dates import long_date
from nabestaanden.domain.deadlines import DATE
from nabestaanden.domain.dossier import (
    TASK_STATUS_LABELS,
    TASK_STATUSES,
    holder_name,
    mandate_warnings,
)
from nabestaanden.domain.letters import LetterOffer
from nabestaanden.domain.mandates import Mandate, for_task
from nabestaanden.domain.plan import Plan, PlanItem
from nabestaanden.domain.plan_output import deadline_phrase
from nabestaanden.ui.glossary import linked_html
from nabestaanden.ui.mandate_labels import right_label, warning_html

AnyIndex = QModelIndex | QPersistentModelIndex
TaskIdRole: Final = Qt.ItemDataRole.UserRole + 1
NOTE_SAVE_DELAY_MS: Final = 600
TASK_SCHEME: Final = "taak"
INTAKE_LINK: Final = "vragen:"
DUE_SOON_DAYS: Final = 30
TOP: Final = 0  # internal id of a theme row; a task row has its theme's row + 1


def _icon(kind: str) -> QIcon:
    style = QApplication.style()
    pixmap = {
        "overdue": QStyle.StandardPixmap.SP_MessageBoxWarning,
        "soon": QStyle.StandardPixmap.SP_MessageBoxInformation,
        "follow_up": QStyle.StandardPixmap.SP_MessageBoxQuestion,
        "done": QStyle.StandardPixmap.SP_DialogApplyButton,
    }[kind]
    return style.standardIcon(pixmap)


@dataclass(frozen=True)
class Marker:
    """How an item is flagged: a kind for the icon and the words that say the same."""

    kind: str  # overdue, soon, follow_up, done, ""
    words: str


def status_label(status: str) -> str:
    """A task status in the window's language ("te doen", "klaar", ...)."""
    labels = {
        "todo": QCoreApplication.translate("Dashboard", "te doen"),
        "in_progress": QCoreApplication.translate("Dashboard", "bezig"),
        "waiting": QCoreApplication.translate("Dashboard", "wacht op antwoord"),
        "done": QCoreApplication.translate("Dashboard", "klaar"),
        "not_applicable": QCoreApplication.translate("Dashboard", "niet van toepassing"),
    }
    return labels.get(status, TASK_STATUS_LABELS.get(status, status))


def marker(item: PlanItem, today: date) -> Marker:
    """The flag of a task: te laat, binnenkort, navragen, klaar, or none."""
    if item.finished:
        return Marker("done", status_label(item.progress.status))
    if item.overdue:
        return Marker("overdue", QCoreApplication.translate("Dashboard", "TE LAAT"))
    if item.follow_up:
        return Marker("follow_up", QCoreApplication.translate("Dashboard", "navragen"))
    day = item.deadline.day
    if item.deadline.kind == DATE and day is not None and 0 <= (day - today).days <= DUE_SOON_DAYS:
        return Marker("soon", QCoreApplication.translate("Dashboard", "binnenkort"))
    return Marker("", "")


class TaskTreeModel(QAbstractItemModel):
    """Themes with their tasks: Taak, Status, Termijn, Wie mag regelen. A theme row
    shows its progress."""

    TITLE, STATUS, DEADLINE, WHO = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._themes: list[tuple[str, list[PlanItem]]] = []
        self._who: dict[str, list[MayAct]] = {}
        self._today = date.today()
        self._headers = [
            self.tr("Taak"),
            self.tr("Status"),
            self.tr("Termijn"),
            self.tr("Wie mag regelen"),
        ]

    def set_plan(self, plan: Plan | None) -> None:
        self.beginResetModel()
        self._themes = (
            [(theme.title, items) for theme, items in plan.by_theme()] if plan is not None else []
        )
        self._today = plan.today if plan is not None else date.today()
        # Worked out once per plan, not on every paint of a row.
        self._who = (
            {item.id: who_may_act(item, plan) for item in plan.items}
            if plan is not None and plan.dossier.mandates
            else {}
        )
        self.endResetModel()

    def who_may(self, item: PlanItem) -> list[MayAct]:
        """Who may act for this task today, with what they may do."""
        return self._who.get(item.id, [])

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, TOP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid():
            return QModelIndex()
        theme = child.internalId() - 1
        if child.internalId() == TOP or theme >= len(self._themes):
            return QModelIndex()
        return self.createIndex(theme, 0, TOP)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._themes)
        if parent.internalId() == TOP and parent.column() == 0:
            return len(self._themes[parent.row()][1])
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def item(self, index: AnyIndex) -> PlanItem | None:
        if not index.isValid() or index.internalId() == TOP:
            return None
        items = self._themes[index.internalId() - 1][1]
        return items[index.row()] if 0 <= index.row() < len(items) else None

    def index_of(self, task_id: str) -> QModelIndex:
        for theme_row, (_title, items) in enumerate(self._themes):
            for row, item in enumerate(items):
                if item.id == task_id:
                    return self.index(row, 0, self.index(theme_row, 0))
        return QModelIndex()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = index.column()
        if index.internalId() == TOP:
            title, items = self._themes[index.row()]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                if column == self.TITLE:
                    return title
                if column == self.STATUS:
                    done = sum(1 for item in items if item.finished)
                    return self.tr("{done} van {total} klaar").format(done=done, total=len(items))
            return None
        item = self.item(index)
        if item is None:
            return None
        flag = marker(item, self._today)
        if role == TaskIdRole:
            return item.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.TITLE:
                return plain_text(item.task.title)
            if column == self.STATUS:
                status = status_label(item.progress.status)
                if item.open_questions:
                    status += " " + self.tr("(geldt misschien)")
                return status
            if column == self.DEADLINE:
                text = deadline_phrase(item)
                if flag.kind in ("overdue", "soon", "follow_up"):
                    text = f"{flag.words}: {text}"
                return text
            if column == self.WHO:
                return _holders_with_rights(self.who_may(item))
        if role == Qt.ItemDataRole.ToolTipRole and column == self.WHO:
            lines = [f"{may.name}: {may.organisation} ({may.rights})" for may in self.who_may(item)]
            return "\n".join(lines) or None
        if role == Qt.ItemDataRole.DecorationRole and column == self.DEADLINE and flag.kind:
            return _icon(flag.kind)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            return plain_text(item.task.why)
        return None


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
    return f"<br><small>{_esc(texts['may_act'].format(names=_holders_with_rights(found)))}</small>"


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
            parts.append(
                f"<li>{_flag_html(marker(item, today))}{_task_link(item)}: "
                f"{_esc(deadline_phrase(item))}{_who_line(item, plan, texts)}</li>"
            )
        parts.append("</ul>")
    parts.append(f"<h3>{_esc(texts['now'])}</h3>")
    steps = plan.next_steps()
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
        parts.append(f"<p>{_esc(texts['nothing_now'])}</p>")
    follow_ups = plan.follow_ups()
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


def task_html(item: PlanItem, plan: Plan, catalogue: Catalogue, texts: dict[str, str]) -> str:
    """One task in full: why, what to do, documents, what to send, deadline, sources."""
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
    parts.append(sources_html(task, item.deadline.evidence))
    parts.append(f"<p>{_esc(texts['peildatum'].format(date=long_date(task.peildatum)))}</p>")
    return "\n".join(parts)


def sources_html(task: Task, deadline_evidence: Evidence | None) -> str:
    """The task's sources, each with the quotes from it that back the task and the
    deadline used (so a reader can hold the text against its source offline)."""
    quotes: dict[str, list[Evidence]] = {source: [] for source in task.sources}
    for evidence in (*task.evidence, deadline_evidence):
        if evidence is not None and evidence not in quotes.setdefault(evidence.source, []):
            quotes[evidence.source].append(evidence)
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


def _holders_with_rights(found: list[MayAct]) -> str:
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


class TaskDetail(QWidget):
    """One task: its text, its status, a note, and the letters that belong to it.

    Signals:
        status_changed(str, str): task id, new status.
        note_changed(str, str): task id, new note (after a pause in typing).
        letter_requested(str): the key of a letter offer to make.
        link_clicked(QUrl): a link in the text (a term, another task, a source).
    """

    status_changed = Signal(str, str)
    note_changed = Signal(str, str)
    letter_requested = Signal(str)
    link_clicked = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("task_detail")
        self.task_id: str | None = None
        self._loading = False
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setObjectName("task_text")
        self.text.setAccessibleName(self.tr("Uitleg bij de taak"))
        self.text.setOpenLinks(False)
        self.text.anchorClicked.connect(self.link_clicked)
        layout.addWidget(self.text, 3)

        row = QHBoxLayout()
        status_text = QLabel(self.tr("&Status:"))
        self.status = QComboBox()
        self.status.setObjectName("task_status")
        self.status.setAccessibleName(self.tr("Status van de taak"))
        for status in TASK_STATUSES:
            self.status.addItem(status_label(status), status)
        status_text.setBuddy(self.status)
        row.addWidget(status_text)
        row.addWidget(self.status, 1)
        layout.addLayout(row)
        note_label = QLabel(self.tr("N&otitie (alleen voor uzelf):"))
        self.note = QPlainTextEdit()
        self.note.setObjectName("task_note")
        self.note.setAccessibleName(self.tr("Notitie bij de taak"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        note_label.setBuddy(self.note)
        layout.addWidget(note_label)
        layout.addWidget(self.note)
        letters_label = QLabel(self.tr("Brieven bij deze &taak:"))
        self.letters = QListWidget()
        self.letters.setObjectName("task_letters")
        self.letters.setAccessibleName(self.tr("Brieven bij deze taak"))
        self.letters.setMaximumHeight(100)
        letters_label.setBuddy(self.letters)
        self.make_letter = QPushButton(self.tr("Brief &maken…"))
        self.make_letter.setObjectName("make_task_letter")
        layout.addWidget(letters_label)
        layout.addWidget(self.letters)
        layout.addWidget(self.make_letter)
        self.no_task = QLabel(self.tr("Kies links een taak om te zien wat u moet doen."))
        self.no_task.setWordWrap(True)
        layout.addWidget(self.no_task)

        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_SAVE_DELAY_MS)
        self._note_timer.timeout.connect(self.flush)
        self._saved_note = ""
        self.note.textChanged.connect(self._on_note_typed)
        self.status.currentIndexChanged.connect(self._on_status)
        self.make_letter.clicked.connect(self._request_letter)
        self.letters.itemActivated.connect(lambda _item: self._request_letter())
        self.show_task(None, None, [])

    def show_task(
        self, item: PlanItem | None, plan: Plan | None, offers: list[LetterOffer]
    ) -> None:
        self.flush()
        self._loading = True
        try:
            has = item is not None and plan is not None
            for widget in (self.text, self.status, self.note, self.letters, self.make_letter):
                widget.setVisible(has)
            self.no_task.setVisible(not has)
            if item is None or plan is None:
                self.task_id = None
                return
            same_task = self.task_id == item.id
            self.task_id = item.id
            scrolled = self.text.verticalScrollBar().value() if same_task else 0
            self.text.setHtml(task_html(item, plan, plan.catalogue, self._texts()))
            self.text.verticalScrollBar().setValue(scrolled)  # a save does not scroll back
            self.status.setCurrentIndex(max(0, self.status.findData(item.progress.status)))
            # The note is shown when another task is chosen. A reload of the same task
            # never replaces it: this field is the only place notes are written, and a
            # reload may carry an older note than the one just saved from it.
            if not same_task:
                self._saved_note = item.progress.note
                self.note.setPlainText(item.progress.note)
            self.letters.clear()
            for offer in offers:
                label = f"{offer.definition.title}: {offer.recipient.name}"
                if not offer.called_for:
                    label += " " + self.tr("(alleen als het nodig is)")
                entry = QListWidgetItem(label)
                entry.setData(Qt.ItemDataRole.UserRole, offer.key)
                entry.setToolTip(offer.reason)
                self.letters.addItem(entry)
            if offers:
                self.letters.setCurrentRow(0)
            self.make_letter.setEnabled(bool(offers))
            if not offers:
                self.letters.addItem(self.tr("Bij deze taak hoort geen brief."))
        finally:
            self._loading = False

    def _texts(self) -> dict[str, str]:
        return {
            "organisation": self.tr("Organisatie:"),
            "deadline": self.tr("Termijn:"),
            "informed": self.tr(
                "Deze organisatie hoort het overlijden vanzelf via de gemeente (BRP)."
            ),
            "maybe": self.tr("Dit geldt misschien. Dat hangt af van:"),
            "first": self.tr("Eerst klaar:"),
            "available": self.tr("Dit kan pas vanaf {date}."),
            "why": self.tr("Waarom"),
            "who": self.tr("Wie mag dit nu regelen (machtigingen)?"),
            "nobody": self.tr(
                "Er staat nog geen actieve machtiging voor deze organisatie in het overzicht."
            ),
            "what": self.tr("Wat moet u doen?"),
            "documents": self.tr("Wat hebt u nodig?"),
            "send": self.tr("Wat stuurt u mee?"),
            "verify": self.tr("Te controleren:"),
            "verify_default": self.tr("Dit is nog niet bevestigd. Vraag het na."),
            "sources": self.tr("Bronnen"),
            "peildatum": self.tr("Deze uitleg is bijgewerkt op {date}."),
        }

    def _on_status(self, _index: int) -> None:
        if not self._loading and self.task_id is not None:
            self.status_changed.emit(self.task_id, self.status.currentData())

    def _on_note_typed(self) -> None:
        if not self._loading:
            self._note_timer.start()

    def flush(self) -> None:
        """Save a note still being typed (before showing another task)."""
        self._note_timer.stop()
        text = self.note.toPlainText().strip()
        if self.task_id is not None and text != self._saved_note.strip():
            self._saved_note = text
            self.note_changed.emit(self.task_id, text)

    def _request_letter(self) -> None:
        entry = self.letters.currentItem()
        key = entry.data(Qt.ItemDataRole.UserRole) if entry is not None else None
        if key:
            self.letter_requested.emit(key)


class Dashboard(QWidget):
    """The overview ("Wat kan ik nu doen?") and the tasks of one dossier, in two tabs.

    Signals:
        status_changed(str, str), note_changed(str, str), letter_requested(str): as
            in TaskDetail.
        intake_requested(): the family wants to answer (more of) the questions.
        term_requested(str): show this glossary term.
    """

    status_changed = Signal(str, str)
    note_changed = Signal(str, str)
    letter_requested = Signal(str)
    intake_requested = Signal()
    term_requested = Signal(str)
    calendar_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.plan: Plan | None = None
        self.offers: list[LetterOffer] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("dashboard_tabs")
        self.tabs.setAccessibleName(self.tr("Onderdelen van het dossier"))
        # No letter shortcuts on the tabs (they would clash with the buttons); Ctrl+Tab
        # and Ctrl+Shift+Tab move between them, as in every Qt tab widget.
        self.tabs.tabBar().setToolTip(
            self.tr("Ctrl+Tab: volgende onderdeel. Ctrl+Shift+Tab: vorige onderdeel.")
        )
        layout.addWidget(self.tabs)

        overview = QWidget()
        overview_layout = QVBoxLayout(overview)
        self.overview = QTextBrowser()
        self.overview.setObjectName("overview_text")
        self.overview.setAccessibleName(self.tr("Wat kan ik nu doen?"))
        self.overview.setOpenLinks(False)
        self.overview.anchorClicked.connect(self._on_link)
        overview_layout.addWidget(self.overview, 1)
        buttons = QHBoxLayout()
        self.intake_button = QPushButton(self.tr("&Vragen over de situatie…"))
        self.intake_button.setObjectName("open_intake")
        self.calendar_button = QPushButton(self.tr("&Termijnen naar agenda…"))
        self.calendar_button.setObjectName("export_calendar")
        self.calendar_button.setToolTip(
            self.tr("Bewaar de termijnen als agendabestand (.ics) voor Outlook, Google of Apple.")
        )
        buttons.addWidget(self.intake_button)
        buttons.addWidget(self.calendar_button)
        buttons.addStretch(1)
        overview_layout.addLayout(buttons)
        self.intake_button.clicked.connect(self.intake_requested)
        self.calendar_button.clicked.connect(self.calendar_requested)
        self.tabs.addTab(overview, self.tr("Nu doen"))
        self.overview_page = overview
        self.tabs.setTabToolTip(0, self.tr("Wat kan ik nu doen?"))

        tasks = QSplitter()
        tasks.setObjectName("task_splitter")
        tasks.setChildrenCollapsible(False)
        self.model = TaskTreeModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("task_tree")
        self.tree.setAccessibleName(self.tr("Alle taken, per onderwerp"))
        self.tree.setModel(self.model)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        # The task's title matters most: it gets room for about 40 characters (more if
        # the user drags), status fits its text, the deadline takes what is left.
        header = self.tree.header()
        header.setSectionResizeMode(TaskTreeModel.TITLE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(TaskTreeModel.TITLE, 40 * self.tree.fontMetrics().averageCharWidth())
        header.setSectionResizeMode(TaskTreeModel.STATUS, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.tree.selectionModel().currentRowChanged.connect(self._on_task_selected)
        tasks.addWidget(self.tree)
        self.detail = TaskDetail()
        tasks.addWidget(self.detail)
        tasks.setStretchFactor(0, 3)  # the list of tasks gets the larger part
        tasks.setStretchFactor(1, 2)
        self.tabs.addTab(tasks, self.tr("Alle taken"))
        self.tasks_page = tasks
        self.detail.status_changed.connect(self.status_changed)
        self.detail.note_changed.connect(self.note_changed)
        self.detail.letter_requested.connect(self.letter_requested)
        self.detail.link_clicked.connect(self._on_link)

    def set_usable(self, usable: bool) -> None:
        """Enable or disable the plan's own tabs (not the other tabs the page adds)."""
        self.overview_page.setEnabled(usable)
        self.tasks_page.setEnabled(usable)

    def set_plan(self, plan: Plan, offers: list[LetterOffer], intake_done: bool) -> None:
        """Show a (new) plan, keeping the task that was selected."""
        self.detail.flush()
        selected = self.detail.task_id
        self.plan = plan
        self.offers = offers
        self.overview.setHtml(overview_html(plan, intake_done, self._texts()))
        self.model.set_plan(plan)
        # "Wie mag regelen" only where the family keeps a register of mandates.
        self.tree.setColumnHidden(TaskTreeModel.WHO, not plan.dossier.mandates)
        self.tree.expandAll()
        if selected is not None and self.model.index_of(selected).isValid():
            self.select_task(selected, switch=False)
        else:
            self.detail.show_task(None, None, [])

    def select_task(self, task_id: str, switch: bool = True) -> None:
        index = self.model.index_of(task_id)
        if not index.isValid():
            return
        if switch:
            self.tabs.setCurrentIndex(1)
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        self._show(index)

    def _on_task_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show(current)

    def _show(self, index: QModelIndex) -> None:
        item = self.model.item(index.siblingAtColumn(0)) if index.isValid() else None
        plan = self.plan
        offers = [offer for offer in self.offers if item is not None and offer.item is item]
        if item is not None and not offers:
            offers = [
                offer
                for offer in self.offers
                if offer.item is not None and offer.item.id == item.id
            ]
        self.detail.show_task(item, plan, offers)

    def _on_link(self, url: QUrl) -> None:
        scheme = url.scheme()
        if scheme == TASK_SCHEME:
            self.select_task(url.path())
        elif scheme == "begrip":
            self.term_requested.emit(url.path())
        elif url.toString() == INTAKE_LINK:
            self.intake_requested.emit()
        elif scheme in ("http", "https"):
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(url)

    def _texts(self) -> dict[str, str]:
        return {
            "may_act": self.tr("Mag regelen (machtiging): {names}"),
            "intake_open": self.tr("U hebt de vragen over de situatie nog niet afgemaakt."),
            "intake_link": self.tr("Ga verder met de vragen."),
            "no_date": self.tr(
                "De datum van overlijden ontbreekt. Zonder die datum kan de app geen "
                "termijnen uitrekenen."
            ),
            "attention": self.tr("Let op"),
            "maybe": self.tr("geldt misschien"),
            "now": self.tr("Wat kan ik nu doen?"),
            "more": self.tr("En nog {count} andere taken: zie ‘Alle taken’."),
            "nothing_now": self.tr(
                "Er is nu niets dat u kunt doen. Wacht op antwoord, of kijk bij ‘Alle taken’."
            ),
            "follow_up": self.tr("Navragen: hier had al iets moeten komen"),
            "questions": self.tr("Nog open vragen"),
            "questions_intro": self.tr(
                "Sommige taken gelden misschien. Dat hangt af van deze vragen:"
            ),
            "answer_link": self.tr("Beantwoord de vragen."),
            "brp": self.tr("Dit is al automatisch doorgegeven"),
            "brp_intro": self.tr(
                "De gemeente geeft het overlijden via de Basisregistratie Personen (BRP) "
                "door aan deze organisaties. Zij horen het overlijden vanzelf. Soms vragen "
                "ze daarna nog iets van u; dat staat bij de taken."
            ),
            "brp_abroad": self.tr(
                "De overledene woonde in het buitenland. Daarom krijgt geen enkele "
                "organisatie automatisch bericht. U moet alles zelf melden."
            ),
        }
