"""The letters as tables: those the plan offers, and the register of letters made."""

from __future__ import annotations

from datetime import date
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
)

from nabestaanden.domain.letter_offers import LetterOffer
from nabestaanden.domain.letters import REGISTER_STATUS_LABELS, LetterRecord

AnyIndex = QModelIndex | QPersistentModelIndex


KeyRole: Final = Qt.ItemDataRole.UserRole + 1


def _dutch(day: date | None) -> str:
    return day.strftime("%d-%m-%Y") if day else ""


class _ListTableModel(QAbstractTableModel):
    """A flat table over a list of items, with fixed column headers."""

    def __init__(self, headers: list[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._items: list[Any] = []

    def _replace(self, items: list[Any]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def _item(self, index: AnyIndex) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        return self._items[index.row()]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

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


class OfferModel(_ListTableModel):
    """The letters the plan offers: Brief, Aan, Nodig."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([self.tr("Brief"), self.tr("Aan"), self.tr("Nodig?")], parent)

    def set_offers(self, offers: list[LetterOffer]) -> None:
        self._replace(offers)

    def offer(self, row: int) -> LetterOffer:
        offer: LetterOffer = self._items[row]
        return offer

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        offer: LetterOffer | None = self._item(index)
        if offer is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return offer.definition.title
            if column == 1:
                return offer.recipient.name
            return self.tr("Ja") if offer.called_for else self.tr("Misschien")
        if role == Qt.ItemDataRole.ToolTipRole:
            return offer.reason or None
        if role == KeyRole:
            return offer.key
        return None


class RegisterModel(_ListTableModel):
    """The register of letters: Brief, Aan, Gemaakt, Verstuurd, Antwoord."""

    TITLE, RECIPIENT, CREATED, SENT, ANSWER = range(5)

    def __init__(self, parent: Any = None) -> None:
        headers = [
            self.tr("Brief"),
            self.tr("Aan"),
            self.tr("Gemaakt"),
            self.tr("Verstuurd"),
            self.tr("Antwoord"),
        ]
        super().__init__(headers, parent)
        self._today = date.today()

    def set_records(self, records: list[LetterRecord], today: date) -> None:
        self._today = today
        self._replace(records)

    def record(self, row: int) -> LetterRecord:
        record: LetterRecord = self._items[row]
        return record

    def row_of(self, letter_id: int) -> int | None:
        for row, record in enumerate(self._items):
            if record.letter_id == letter_id:
                return row
        return None

    def _answer_text(self, record: LetterRecord) -> str:
        if record.answer_received_on is not None:
            return self.tr("ontvangen {date}").format(date=_dutch(record.answer_received_on))
        if record.answer_overdue(self._today):
            return self.tr("TE LAAT: verwacht {date}").format(
                date=_dutch(record.answer_expected_by)
            )
        if record.answer_expected_by is not None:
            return self.tr("verwacht {date}").format(date=_dutch(record.answer_expected_by))
        return ""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record: LetterRecord | None = self._item(index)
        if record is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.TITLE:
                return record.title
            if column == self.RECIPIENT:
                return record.recipient
            if column == self.CREATED:
                return _dutch(record.created_on)
            if column == self.SENT:
                if record.out_of_date and record.sent_on is None:
                    return self.tr("concept, verouderd")
                return _dutch(record.sent_on) or REGISTER_STATUS_LABELS.get(record.status, "")
            return self._answer_text(record)
        if role == Qt.ItemDataRole.ToolTipRole and record.out_of_date and record.sent_on is None:
            return self.tr(
                "De gegevens zijn veranderd sinds deze brief is gemaakt (bijvoorbeeld uw naam "
                "of adres). Maak de brief opnieuw bij Brieven: dan staat het goed erin."
            )
        if (
            role == Qt.ItemDataRole.DecorationRole
            and column == self.SENT
            and record.out_of_date
            and record.sent_on is None
        ):
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload)
        if (
            role == Qt.ItemDataRole.DecorationRole
            and column == self.ANSWER
            and record.answer_overdue(self._today)
        ):
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == KeyRole:
            return record.letter_id
        return None
