"""The common ground of the dossier page: its widgets, its state, and the one route
by which its actions run (:meth:`PageBase._change`) and fail (:meth:`PageBase._on_error`).

The page is made of this base and one mixin per kind of action (intake, letters,
mandates), as Calibre builds its main window from mixins: each module one job,
one object on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from nabestaanden import APP_NAME
from nabestaanden.domain.catalogue import Catalogue
from nabestaanden.domain.plain_errors import os_reason
from nabestaanden.operations.dossiers import DossierState
from nabestaanden.operations.work import Changed
from nabestaanden.store.base import Store
from nabestaanden.ui.dashboard.dashboard import Dashboard
from nabestaanden.ui.dossier.form import DossierForm
from nabestaanden.ui.estate.view import EstateView
from nabestaanden.ui.file_places import FilePlaces
from nabestaanden.ui.intake.wizard import IntakeWizard
from nabestaanden.ui.letters.view import LettersView
from nabestaanden.ui.mandates.view import MandatesView
from nabestaanden.ui.settings.appearance import set_relative_font_size
from nabestaanden.ui.worker import BatchProgress, DbWorker

if TYPE_CHECKING:
    from nabestaanden.store.conflicts import EditConflict, Seen


T = TypeVar("T")
Action = Callable[[Store, Catalogue], Changed[Any]]
# The same save again after a conflict: with the version now seen and the chosen value.
Again = Callable[["Seen", object], Action]


class PageBase(QWidget):
    """The right-hand side of the window for one dossier, before its actions.

    Signals:
        loaded(int): the dossier's tabs show its data.
        changed(): something was saved (the window refreshes its list).
        term_requested(str): show a glossary term.
        message(str, int): a short message for the status bar, and for how many ms.
        intake_closed: the questions were closed (finished or left for later).
    """

    loaded = Signal(int)
    changed = Signal()
    term_requested = Signal(str)
    message = Signal(str, int)
    intake_closed = Signal()

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from nabestaanden.resources import default_catalogue, default_letters

        self.setObjectName("dossier_page")
        self.worker = worker
        # Where file dialogs start (the window gives its settings; see file_places).
        self.places = FilePlaces()
        self.store: Store | None = None
        self.catalogue = default_catalogue()
        self.letter_definitions = dict(default_letters())
        self.state: DossierState | None = None
        self.dossier_id: int | None = None
        self.wizard: IntakeWizard | None = None
        self._wizard_pending: str | None = None
        self._batch: BatchProgress | None = None  # the running batch of letters, if any
        self._form_stale = False
        self._from_others = False  # the next load comes from a colleague's change
        # The dialog or printer in use, kept for the tests and against garbage collection.
        self.mandate_dialog: QDialog | None = None
        self.heirs_dialog: QDialog | None = None
        self.mandate_status_dialog: QDialog | None = None
        self.mandate_pdf_dialog: QFileDialog | None = None
        self.estate_dialog: QDialog | None = None
        self.conflict_dialog: QDialog | None = None
        # What this window saved last of each row under optimistic locking, by its key
        # in DossierState.versions: read and written on the worker thread only, in the
        # order of the saves, so a second quick change names the version of the first.
        self._saved: dict[str, Seen] = {}
        self.progress_dialog: QProgressDialog | None = None
        self.printer: QPrinter | None = None
        self.last_warning = ""  # the last message shown with _warn

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("dossier_heading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        set_relative_font_size(self.heading, 1.3)  # follows the text size setting
        layout.addWidget(self.heading)
        self.dashboard = Dashboard()
        layout.addWidget(self.dashboard, 1)
        self.tabs = self.dashboard.tabs
        self.letters = LettersView()
        self.tabs.addTab(self.letters, self.tr("Brieven"))
        self.mandates = MandatesView()
        self.tabs.addTab(self.mandates, self.tr("Machtigingen"))
        self.estate = EstateView()
        # "Erfenis", the everyday word (the "Nalatenschap" made the six tabs too
        # wide for a 1280-wide screen at 200% text).
        self.tabs.addTab(self.estate, self.tr("Erfenis"))
        self.form = DossierForm()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.tabs.addTab(scroll, self.tr("Gegevens"))  # the last tab: see show_form

    def shown_dossier(self) -> int | None:
        """The dossier whose plan and letters are on screen (None while one loads)."""
        state = self.state
        if state is None or state.dossier_id != self.dossier_id:
            return None
        return state.dossier_id

    def reload(self) -> None:
        """Read the dossier again and show it (:class:`DossierPage`)."""
        raise NotImplementedError

    def _change(
        self,
        action: Callable[[Store, Catalogue], Changed[T]],
        then: Callable[[T], None] | None = None,
        again: Again | None = None,
        key: str = "",
    ) -> None:
        """Run a user action (an ``operations`` function) on the worker; then tell the
        window, hand the action's value to ``then``, and reload the dossier if the
        action changed the one on screen. Errors take one route: :meth:`_on_error`,
        except a save that ran into somebody else's change (``again`` given): the
        conflict dialog, then ``again`` with the user's choice."""
        store, catalogue = self.store, self.catalogue
        if store is None:
            return

        def done(changed: Changed[T]) -> None:
            self.changed.emit()
            if then is not None:
                then(changed.value)
            if changed.dossier_id is not None and changed.dossier_id == self.dossier_id:
                self.reload()

        def failed(error: Exception) -> None:
            from nabestaanden.store.conflicts import EditConflict

            if again is not None and isinstance(error, EditConflict):
                self._resolve_conflict(error, again, then, key)
            else:
                self._on_error(error)

        self.worker.submit(lambda: action(store, catalogue), done, failed)

    def _save(
        self,
        key: str,
        seen: Seen,
        value: object,
        again: Again,
        then: Callable[[Any], None] | None = None,
    ) -> None:
        """A save under optimistic locking: ``again(seen, value)`` on the worker, naming
        the newest version this window knows of the row ``key`` ("CODE:task:ID": the
        dossier's uuid, never reused, in any store, then the key in DossierState.versions):
        the one on screen, or the one its own last save left. A conflict shows the
        dialog."""

        def action(store: Store, catalogue: Catalogue) -> Changed[Any]:
            own = self._saved.get(key)
            newest = own if own is not None and own.version > seen.version else seen
            changed = again(newest, value)(store, catalogue)
            dossier = key.split(":", 1)[0]  # the dossier's code: unique in every store
            for saved_key, saved in changed.saved:
                self._saved[f"{dossier}:{saved_key}"] = saved
            return changed

        self._change(action, then, again, key)

    def _resolve_conflict(
        self,
        conflict: EditConflict,
        again: Again,
        then: Callable[[Any], None] | None,
        key: str,
    ) -> None:
        """Show both versions; save the chosen one naming the version now seen, or keep
        the stored one (then only read the dossier again)."""
        from nabestaanden.store.conflicts import Seen
        from nabestaanden.ui.dossier.conflict_dialog import THEIRS, ConflictDialog

        state = self.state
        if state is None:
            return
        dialog = ConflictDialog(conflict, state.data, self)
        self.conflict_dialog = dialog

        def chosen() -> None:
            value = dialog.value()
            if conflict.part == "note":
                self.dashboard.detail.replace_note(conflict.key, str(value))
            if dialog.choice == THEIRS:
                self.reload()
                return
            seen = Seen(conflict.version, ((conflict.part, conflict.theirs),))
            self._save(key, seen, value, again, then)

        dialog.accepted.connect(chosen)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _on_load_error(self, error: Exception) -> None:
        """A failed load: the same messages, but no new load after it (a disk that is
        gone would fail the next load too, and the next)."""
        self._on_error(error, reload=False)

    def _on_error(self, error: Exception, reload: bool = True) -> None:
        """The one route for every failed job of the page: a problem the user can act
        on gets a Dutch message; anything else is a bug (the error dialog). After a
        failed change the dossier is read again (``reload``), to show what is stored."""
        self._wizard_pending = None  # a failed load opens no questions later on
        from nabestaanden.documents.letter import LetterLayoutError
        from nabestaanden.domain.mandate_rules import MandateRefused
        from nabestaanden.operations.work import ActionRefused
        from nabestaanden.store.conflicts import EditConflict, SavedAtOnce
        from nabestaanden.store.dossiers import DossierNotFound
        from nabestaanden.store.errors import EnvironmentProblem
        from nabestaanden.store.persons import HeirHoldsMandate

        if isinstance(error, ActionRefused):
            self._warn(error.full_text())
            return
        if isinstance(error, MandateRefused):  # the dialogs check first; the store again
            from nabestaanden.ui.mandates.labels import rule_text

            self._warn("\n".join(rule_text(problem) for problem in error.problems))
            return
        from nabestaanden.domain.estate import EstateRefused

        if isinstance(error, EstateRefused):  # the dialog checks first; the store again
            self._warn("\n".join(error.problems))
            return
        if isinstance(error, (LetterLayoutError, DossierNotFound)):
            self._warn(str(error))
            return
        if isinstance(error, (HeirHoldsMandate, EnvironmentProblem, SavedAtOnce, EditConflict)):
            if self.state is not None:  # a note that did not reach the store: again later
                self.dashboard.detail.not_saved(self.state.data.tasks)
            self._warn(str(error))
            if reload:
                self.reload()  # show what is stored, not what failed to be
            return
        if isinstance(error, OSError):
            self._warn(
                self.tr("Het bestand kon niet worden opgeslagen: {reason}").format(
                    reason=os_reason(error)
                )
            )
            return
        raise error

    def _warn(self, text: str) -> None:
        """A message the user must see, without blocking the window."""
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text, parent=self)
        box.setObjectName("page_warning")
        box.finished.connect(box.deleteLater)
        box.open()
        self.last_warning = text

    def _ask_save_path(
        self,
        name: str,
        title: str,
        name_filter: str,
        file_name: str,
        then: Callable[[Path], None],
    ) -> QFileDialog:
        """Ask where to save a file (not modal for the window); ``then(path)`` on OK."""
        dialog = QFileDialog(self, title)
        dialog.setObjectName(name)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(name_filter)
        dialog.setDefaultSuffix(file_name.rsplit(".", 1)[-1])
        dialog.setDirectory(str(self.places.start_folder()))
        dialog.selectFile(file_name)

        def accepted() -> None:
            chosen = Path(dialog.selectedFiles()[0])
            self.places.remember(chosen)
            then(chosen)

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _saved_message(self, path: Path) -> None:
        self.message.emit(self.tr("Opgeslagen: {path}").format(path=path), 8000)

    def flush(self) -> None:
        self.form.flush()
        self.dashboard.detail.flush()
