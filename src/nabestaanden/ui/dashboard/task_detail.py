"""One task in full: its text, deadline, sources, status and the family's note."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

from PySide6.QtCore import (
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from nabestaanden.domain.document_needs import SentCopy
from nabestaanden.domain.dossier import (
    TASK_STATUSES,
    TaskProgress,
)
from nabestaanden.domain.letter_offers import LetterOffer
from nabestaanden.domain.plan import Plan, PlanItem
from nabestaanden.ui.dashboard.markers import status_label
from nabestaanden.ui.dashboard.task_html import task_html

NOTE_SAVE_DELAY_MS: Final = 600


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
        self,
        item: PlanItem | None,
        plan: Plan | None,
        offers: list[LetterOffer],
        copies: Sequence[SentCopy] = (),
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
            self.text.setHtml(task_html(item, plan, plan.catalogue, self._texts(), copies))
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
            "needs": self.tr("Zijn de papieren al verstuurd?"),
            "sent_to": self.tr("{form} verstuurd aan {organisation} op {date}"),
            "no_date": self.tr("een onbekende datum"),
            "with_letter": self.tr("(bij de brief „{title}”)"),
            "not_sent": self.tr("nog niet verstuurd."),
            "on_request": self.tr("Alleen als de organisatie erom vraagt."),
            "needs_how": self.tr(
                "Dit komt uit het tabblad Erfenis (Verstuurde documenten) en uit de brieven "
                "die u als verstuurd hebt gemarkeerd."
            ),
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

    def take_outside_note(self, tasks: Mapping[str, TaskProgress]) -> None:
        """Show the note as stored when somebody else changed it, unless the user is
        typing one here (the field has focus, or holds text not yet saved)."""
        if self.task_id is None:
            return
        stored = tasks.get(self.task_id, TaskProgress()).note
        typing = self.note.hasFocus() or self._note_timer.isActive()
        unsaved = self.note.toPlainText().strip() != self._saved_note.strip()
        if stored != self._saved_note and not typing and not unsaved:
            self.replace_note(self.task_id, stored)

    def not_saved(self, tasks: Mapping[str, TaskProgress]) -> None:
        """A save failed: the note in the field is not the stored one. It stays in the
        field and is sent again at the next pause in typing, another task or closing."""
        if self.task_id is not None:
            self._saved_note = tasks.get(self.task_id, TaskProgress()).note

    def replace_note(self, task_id: str, text: str) -> None:
        """Show ``text`` as the task's note, as saved (after a conflict was settled)."""
        if self.task_id != task_id:
            return
        self._note_timer.stop()
        self._loading = True
        try:
            self._saved_note = text
            self.note.setPlainText(text)
        finally:
            self._loading = False

    def _request_letter(self) -> None:
        entry = self.letters.currentItem()
        key = entry.data(Qt.ItemDataRole.UserRole) if entry is not None else None
        if key:
            self.letter_requested.emit(key)
