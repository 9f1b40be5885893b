"""When somebody else changed the same thing: both versions side by side, and a choice.

The save that ran into the other change wrote nothing (``store.conflicts``). The
dialog shows the user's version and the stored one, with who made it and when; for a
text (a task's note, a letter's text) also both joined, to edit. It closes only with
a choice, so nothing is lost without the user deciding it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nabestaanden.domain.dates import long_date
from nabestaanden.domain.dossier import Dossier, holder_name
from nabestaanden.domain.estate import EstateItem
from nabestaanden.domain.mandates import Mandate
from nabestaanden.store.conflicts import EditConflict
from nabestaanden.ui.mandates.labels import (
    basis_labels,
    duration_labels,
    right_label,
    status_labels,
)
from nabestaanden.ui.widgets import fit_dialog

# The parts whose versions are texts a person can join into one.
TEXT_PARTS = ("note", "body")
MINE, THEIRS, MERGED = "mine", "theirs", "merged"


class ConflictDialog(QDialog):
    """Both versions of what two people changed; :attr:`choice` says which one stays
    (``mine``, ``theirs`` or ``merged``) and :meth:`value` gives it."""

    def __init__(self, conflict: EditConflict, data: Dossier, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("conflict_dialog")
        self.setWindowTitle(self.tr("Iemand anders heeft dit ook veranderd"))
        # Only a choice closes it: no close button, Escape does nothing.
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.conflict = conflict
        self.choice = ""
        layout = QVBoxLayout(self)
        intro = QLabel(str(conflict))
        intro.setObjectName("conflict_message")
        intro.setWordWrap(True)
        layout.addWidget(intro)

        grid = QGridLayout()
        mine = self._pane("conflict_mine", describe(conflict.mine, data))
        theirs = self._pane("conflict_theirs", describe(conflict.theirs, data))
        who = conflict.by or self.tr("iemand anders")
        grid.addWidget(QLabel(self.tr("Uw versie (nog niet bewaard)")), 0, 0)
        grid.addWidget(QLabel(self.tr("Bewaarde versie, van {who}").format(who=who)), 0, 1)
        grid.addWidget(mine, 1, 0)
        grid.addWidget(theirs, 1, 1)
        layout.addLayout(grid)

        self.merged: QPlainTextEdit | None = None
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        if conflict.part in TEXT_PARTS:
            layout.addWidget(QLabel(self.tr("Beide samen (pas aan wat u wilt):")))
            self.merged = QPlainTextEdit(joined(str(conflict.theirs), str(conflict.mine)))
            self.merged.setObjectName("conflict_merged")
            layout.addWidget(self.merged)
            buttons.addWidget(self._button("keep_merged", self.tr("Samen bewaren"), MERGED))
        buttons.addWidget(self._button("keep_mine", self.tr("Mijn versie bewaren"), MINE))
        buttons.addWidget(self._button("keep_theirs", self.tr("Bewaarde versie houden"), THEIRS))
        layout.addLayout(buttons)
        fit_dialog(self, 90)

    def _pane(self, name: str, text: str) -> QPlainTextEdit:
        pane = QPlainTextEdit(text)
        pane.setObjectName(name)
        pane.setReadOnly(True)
        return pane

    def _button(self, name: str, text: str, choice: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: self.choose(choice))
        return button

    def choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def value(self) -> object:
        """What to save: the user's own, the joined text, or (``theirs``) nothing new."""
        if self.choice == MERGED and self.merged is not None:
            return self.merged.toPlainText().strip()
        return self.conflict.mine if self.choice == MINE else self.conflict.theirs

    def reject(self) -> None:  # Escape: a choice is needed
        if self.choice:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.choice:
            super().closeEvent(event)
        else:
            event.ignore()


def joined(first: str, second: str) -> str:
    """Two texts as one, the stored one first, without repeating one the other holds."""
    first, second = first.strip(), second.strip()
    if not first or first in second:
        return second
    if not second or second in first:
        return first
    return f"{first}\n{second}"


def describe(value: object, data: Dossier) -> str:
    """One version as the user reads it: a text, a date, a task status, a mandate."""
    from nabestaanden.ui.dashboard.markers import status_label

    if value is None:
        return QCoreApplication.translate("ConflictDialog", "(leeg)")
    if isinstance(value, date):
        return long_date(value)
    if isinstance(value, Mandate):
        return mandate_text(value, data)
    if isinstance(value, EstateItem):
        return estate_item_text(value)
    text = str(value)
    if text in ("todo", "in_progress", "waiting", "done", "not_applicable"):
        return status_label(text)
    return text


def mandate_text(mandate: Mandate, data: Dossier) -> str:
    """A mandate in a few lines: who, on what basis, which services, how long, its note."""
    rights = ", ".join(
        sorted({right_label(right) for service in mandate.services for right in service.rights})
    )
    services = ", ".join(service.name or service.organisation for service in mandate.services)
    lines = [
        holder_name(mandate.holder, data),
        basis_labels().get(mandate.legal_basis, mandate.legal_basis),
        f"{services}: {rights}",
        duration_labels().get(mandate.duration, mandate.duration),
        status_labels().get(mandate.status, mandate.status),
    ]
    if mandate.note:
        lines.append(mandate.note)
    return "\n".join(lines)


def estate_item_text(item: EstateItem) -> str:
    """An item of the boedel in a line: kind, description, value and how it is known."""
    from nabestaanden.domain.money import euros
    from nabestaanden.ui.estate.labels import basis_labels, kind_labels

    value = (
        QCoreApplication.translate("ConflictDialog", "waarde nog onbekend")
        if item.value is None
        else f"{euros(item.value)} ({basis_labels().get(item.value_basis, item.value_basis)})"
    )
    parts = [kind_labels().get(item.kind, item.kind), item.description, value]
    return ", ".join(part for part in parts if part)
