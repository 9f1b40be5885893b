"""The estate of the open dossier: its items added, changed and removed in dialogs."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtWidgets import QDialog, QMessageBox

from nabestaanden import APP_NAME
from nabestaanden.operations import estate as estate_actions
from nabestaanden.ui.dossier.page_base import PageBase
from nabestaanden.ui.estate.item_dialog import ItemDialog

if TYPE_CHECKING:
    from nabestaanden.operations.work import Changed
    from nabestaanden.store.base import Store
    from nabestaanden.store.conflicts import Seen
    from nabestaanden.ui.dossier.page_base import Action


T = TypeVar("T")


class EstateActions(PageBase):
    """The Nalatenschap tab's actions, each an ``operations.estate`` function."""

    def edit_estate_item(self, number: int | None) -> None:
        """Add an item (``None``) or change one, in a dialog; saved when accepted."""
        state = self.state
        if state is None:
            return
        rows = dict(zip(state.estate_numbers, state.data.estate.items, strict=True))
        current = rows.get(number) if number is not None else None
        dialog = ItemDialog(current, self, [r for r in state.records if r.letter_id])
        self._edit_row(
            dialog,
            dialog.item,
            f"estate_item:{number}",
            number,
            lambda store, dossier_id, item: estate_actions.add_item(store, dossier_id, item),
            lambda store, dossier_id, item, seen: estate_actions.change_item(
                store, dossier_id, number or 0, item, seen
            ),
        )

    def remove_estate_item(self, number: int) -> None:
        """Remove an item after asking (it stays in the history of the dossier)."""
        self._remove_after_asking(
            self.tr("Deze post verwijderen? In de geschiedenis van het dossier blijft hij staan."),
            lambda store, dossier_id: estate_actions.remove_item(store, dossier_id, number),
        )

    def edit_document_sent(self, number: int | None) -> None:
        """Record a document sent (``None``) or change an entry, in a dialog."""
        from datetime import date

        from nabestaanden.domain.document_needs import organisation_choices
        from nabestaanden.ui.estate.document_dialog import DocumentDialog

        state = self.state
        if state is None:
            return
        rows = dict(zip(state.document_numbers, state.data.estate.documents_sent, strict=True))
        current = rows.get(number) if number is not None else None
        dialog = DocumentDialog(current, date.today(), self, organisation_choices(state.plan))
        self._edit_row(
            dialog,
            dialog.document_sent,
            f"document_sent:{number}",
            number,
            lambda store, dossier_id, sent: estate_actions.add_document(store, dossier_id, sent),
            lambda store, dossier_id, sent, seen: estate_actions.change_document(
                store, dossier_id, number or 0, sent, seen
            ),
        )

    def _edit_row(
        self,
        dialog: QDialog,
        value: Callable[[], T],
        key: str,
        number: int | None,
        add: Callable[[Store, int, T], Changed[int]],
        change: Callable[[Store, int, T, Seen | None], Changed[int]],
    ) -> None:
        """Open ``dialog``; when accepted, add its ``value()`` (``number`` None) or save
        it over the row ``key`` under optimistic locking (a conflict shows both)."""
        state, dossier_id = self.state, self.shown_dossier()
        if state is None or dossier_id is None:  # another dossier is loading
            dialog.deleteLater()
            return
        self.estate_dialog = dialog

        def accepted() -> None:
            entered = value()
            if number is None:
                self._change(lambda store, _catalogue: add(store, dossier_id, entered))
                return

            def again(seen: Seen | None, chosen: object) -> Action:
                kept = chosen if isinstance(chosen, type(entered)) else entered
                return lambda store, _catalogue: change(store, dossier_id, kept, seen)

            self._save(f"{state.uuid}:{key}", state.seen_row(key), entered, again)

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def remove_document_sent(self, number: int) -> None:
        self._remove_after_asking(
            self.tr(
                "Dit verstuurde document uit de lijst halen? In de geschiedenis van het "
                "dossier blijft het staan."
            ),
            lambda store, dossier_id: estate_actions.remove_document(store, dossier_id, number),
        )

    def _remove_after_asking(
        self, question: str, remove: Callable[[Store, int], Changed[None]]
    ) -> None:
        dossier_id = self.shown_dossier()
        if dossier_id is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            APP_NAME,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("estate_remove_question")
        box.setDefaultButton(QMessageBox.StandardButton.No)

        def answered(button: int) -> None:
            if button == QMessageBox.StandardButton.Yes:
                self._change(lambda store, _catalogue: remove(store, dossier_id))

        box.finished.connect(answered)
        box.finished.connect(box.deleteLater)
        box.open()
