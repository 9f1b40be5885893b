"""The plan on screen: the overview, the tasks by theme, and the chosen task."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QModelIndex,
    QUrl,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from nabestaanden.domain.document_needs import SentCopy
from nabestaanden.domain.letter_offers import LetterOffer
from nabestaanden.domain.plan import Plan
from nabestaanden.ui.dashboard.task_detail import TaskDetail
from nabestaanden.ui.dashboard.task_html import INTAKE_LINK, TASK_SCHEME, overview_html
from nabestaanden.ui.dashboard.task_model import TaskTreeModel, WrappingDelegate


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
        self.copies: tuple[SentCopy, ...] = ()
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
        # The task's title matters most: it takes the room the other columns leave (at
        # least 20 characters; in a narrow window the others are reached by scrolling
        # sideways). Status and deadline get about 14 and 20 characters. Every cell wraps
        # onto more lines rather than being cut off with "…".
        wrapping = WrappingDelegate(self.tree)
        self.tree.setItemDelegate(wrapping)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TaskTreeModel.TITLE, QHeaderView.ResizeMode.Stretch)
        characters = self.tree.fontMetrics().averageCharWidth()
        widths = {TaskTreeModel.STATUS: 14, TaskTreeModel.DEADLINE: 20, TaskTreeModel.WHO: 16}
        for column, width in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width * characters)
        header.setMinimumSectionSize(12 * characters)
        header.resizeSection(TaskTreeModel.TITLE, 20 * characters)
        # Rows are as high as their wrapped title: laid out again when a column changes.
        header.sectionResized.connect(lambda *_sizes: self.tree.scheduleDelayedItemsLayout())
        self.tree.selectionModel().currentRowChanged.connect(self._on_task_selected)
        tasks.addWidget(self.tree)
        self.detail = TaskDetail()
        tasks.addWidget(self.detail)
        tasks.setStretchFactor(0, 3)  # the list of tasks gets the larger part
        tasks.setStretchFactor(1, 2)
        # "Taken", not "Alle taken": with six tabs the bar must fit at 200% text.
        self.tabs.addTab(tasks, self.tr("Taken"))
        self.tasks_page = tasks
        self.detail.status_changed.connect(self.status_changed)
        self.detail.note_changed.connect(self.note_changed)
        self.detail.letter_requested.connect(self.letter_requested)
        self.detail.link_clicked.connect(self._on_link)

    def set_usable(self, usable: bool) -> None:
        """Enable or disable the plan's own tabs (not the other tabs the page adds)."""
        self.overview_page.setEnabled(usable)
        self.tasks_page.setEnabled(usable)

    def set_plan(
        self,
        plan: Plan,
        offers: list[LetterOffer],
        intake_done: bool,
        copies: Sequence[SentCopy] = (),
    ) -> None:
        """Show a (new) plan, keeping the task that was selected; ``copies`` are the
        documents that went out (the tasks show which of the ones they need did)."""
        self.detail.flush()
        selected = self.detail.task_id
        self.plan = plan
        self.offers = offers
        self.copies = tuple(copies)
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
        self.detail.show_task(item, plan, offers, self.copies)

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
            "more": self.tr("En nog {count} andere taken: zie ‘Taken’."),
            "urgent_first": self.tr("Begin met wat hierboven bij ‘Let op’ staat."),
            "nothing_now": self.tr(
                "Er is nu niets dat u kunt doen. Wacht op antwoord, of kijk bij ‘Taken’."
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
