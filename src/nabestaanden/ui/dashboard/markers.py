"""How a task's state is shown: the marker (overdue, soon, waiting, done) and
the status words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Final

from PySide6.QtCore import (
    QCoreApplication,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
)

from nabestaanden.domain.deadlines import DATE
from nabestaanden.domain.dossier import (
    TASK_STATUS_LABELS,
)
from nabestaanden.domain.plan import PlanItem

DUE_SOON_DAYS: Final = 30


def status_icon(kind: str) -> QIcon:
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
