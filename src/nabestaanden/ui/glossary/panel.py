"""The Begrippen panel: search a word, read its explanation and its sources."""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QKeyEvent, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QListView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from nabestaanden.domain.catalogue import Catalogue, GlossaryTerm
from nabestaanden.ui.glossary.models import AnyIndex, GlossaryFilterModel, GlossaryModel, TermIdRole
from nabestaanden.ui.glossary.text import (
    TERM_SCHEME,
    dutch_long_date,
    linked_html,
    short_explanation,
)


class GlossaryPanel(QWidget):
    """Search field, list of terms and the explanation of the chosen term.

    Signals:
        term_shown(str): the explanation of this term id is now shown.
    """

    term_shown = Signal(str)

    def __init__(self, catalogue: Catalogue | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if catalogue is None:
            from nabestaanden.resources import default_catalogue

            catalogue = default_catalogue()
        self.catalogue = catalogue
        self.setObjectName("glossary_panel")
        self._current_id: str | None = None  # the term shown now
        self._last_id: str | None = None  # the term shown last (kept while nothing fits)
        self._selecting = False

        self.model = GlossaryModel(catalogue, self)
        self.proxy = GlossaryFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.sort(0)

        self.search = QLineEdit(self)
        self.search.setObjectName("glossary_search")
        self.search.setClearButtonEnabled(True)

        self.list = QListView(self)
        self.list.setObjectName("glossary_list")
        self.list.setModel(self.proxy)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setUniformItemSizes(True)

        self.text = QTextBrowser(self)
        self.text.setObjectName("glossary_text")
        self.text.setOpenLinks(False)
        self.text.setOpenExternalLinks(False)
        self.text.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 2)
        layout.addWidget(self.text, 3)
        QWidget.setTabOrder(self.search, self.list)
        QWidget.setTabOrder(self.list, self.text)

        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._search_confirmed)
        self.search.installEventFilter(self)
        self.list.installEventFilter(self)
        selection = self.list.selectionModel()
        selection.currentChanged.connect(self._current_changed)
        self.list.activated.connect(self._show_index)
        self.text.anchorClicked.connect(self.open_link)

        self._retranslate()

    # Public API ----------------------------------------------------------------------

    def current_term_id(self) -> str | None:
        """The id of the term whose explanation is shown, or None."""
        return self._current_id

    def show_term(self, term_id: str) -> None:
        """Select a term and show its explanation; clears the search if it hides the term.

        An unknown id is ignored.
        """
        row = self.model.row_of(term_id)
        if row is None:
            return
        source_index = self.model.index(row, 0)
        proxy_index = self.proxy.mapFromSource(source_index)
        if not proxy_index.isValid():
            self._selecting = True
            try:
                self.search.clear()  # refilters at once (textChanged)
            finally:
                self._selecting = False
            proxy_index = self.proxy.mapFromSource(source_index)
        self.list.selectionModel().setCurrentIndex(
            proxy_index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.list.scrollTo(proxy_index)
        self._render(term_id)

    def open_link(self, url: QUrl) -> None:
        """Follow a link in the explanation (the text browser's anchorClicked).

        ``begrip:<id>`` shows that term here; http(s) opens in the user's browser;
        anything else is ignored.
        """
        scheme = url.scheme().lower()
        if scheme == TERM_SCHEME:
            self.show_term(url.path())
        elif scheme in ("http", "https"):
            QDesktopServices.openUrl(url)

    # Qt overrides --------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search:
                if key == Qt.Key.Key_Down and self.proxy.rowCount():
                    self._focus_list()
                    return True
                if key == Qt.Key.Key_Escape and self.search.text():
                    self.search.clear()
                    return True
            elif watched is self.list:
                current = self.list.currentIndex()
                if key == Qt.Key.Key_Up and (not current.isValid() or current.row() == 0):
                    self.search.setFocus(Qt.FocusReason.OtherFocusReason)
                    return True
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current.isValid():
                    self._show_index(current)
                    return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # Internals -----------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Zoek een begrip…"))
        self.search.setAccessibleName(self.tr("Zoek een begrip"))
        self.search.setToolTip(
            self.tr("Zoek op een woord, ook in het Engels of in de uitleg.")
            + "\n"
            + self.tr("Met pijl omlaag gaat u naar de lijst.")
        )
        self.list.setAccessibleName(self.tr("Begrippen"))
        self.text.setAccessibleName(self.tr("Uitleg van het begrip"))
        if self._current_id is not None:
            self._render(self._current_id)
        elif self.search.text().strip():
            self._render_not_found()
        else:
            self._render_intro()

    def _focus_list(self) -> None:
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.list.currentIndex().isValid() and self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, 0))

    def _search_confirmed(self) -> None:
        if self.proxy.rowCount():
            self._focus_list()
            self._show_index(self.list.currentIndex())

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        if self._selecting:
            return  # show_term selects the term itself
        if not self.proxy.rowCount():
            self.list.selectionModel().clearCurrentIndex()
            self._current_id = None
            self._render_not_found()
            return
        row = self.model.row_of(self._last_id) if self._last_id else None
        index = (
            self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else QModelIndex()
        )
        if index.isValid() and self._fits_worse_than_the_best(index):
            index = QModelIndex()  # a better fit came up: show that, not the term from before
        if not index.isValid():
            if not self.proxy.search():
                self.list.selectionModel().clearCurrentIndex()
                self._render_intro()
                return
            index = self.proxy.index(0, 0)
        self.list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.list.scrollTo(index)
        self._show_index(index)

    def _fits_worse_than_the_best(self, index: QModelIndex) -> bool:
        rank, best_rank = self.proxy.rank(index), self.proxy.rank(self.proxy.index(0, 0))
        return rank is not None and best_rank is not None and rank > best_rank

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show_index(current)

    def _show_index(self, index: AnyIndex) -> None:
        if not index.isValid():
            return
        term_id = index.data(TermIdRole)
        if isinstance(term_id, str) and term_id != self._current_id:
            self._render(term_id)

    def _render_intro(self) -> None:
        self._current_id = None
        intro = html.escape(self.tr("Kies een begrip uit de lijst, of zoek op een woord."))
        self.text.setHtml(f"<p>{intro}</p>")

    def _render_not_found(self) -> None:
        self._current_id = None
        message = html.escape(self.tr("Geen begrip gevonden voor ‘{search}’.")).format(
            search=html.escape(self.search.text().strip())
        )
        hint = html.escape(self.tr("Probeer een ander woord, of een deel van het woord."))
        self.text.setHtml(f"<p>{message}</p><p>{hint}</p>")

    def _render(self, term_id: str) -> None:
        term = self.catalogue.glossary[term_id]
        self.text.setHtml(self._term_html(term))
        self._last_id = term_id
        if term_id != self._current_id:
            self._current_id = term_id
            self.term_shown.emit(term_id)

    def _term_html(self, term: GlossaryTerm) -> str:
        escape = html.escape
        parts = [f"<h2>{escape(term.term)}</h2>"]
        if term.aliases:
            also = self.tr("Ook: {aliases}").format(aliases=", ".join(term.aliases))
            parts.append(f"<p><i>{escape(also)}</i></p>")
        parts.append(linked_html(term.nl, self.catalogue))
        if term.verification.to_verify:
            label = escape(self.tr("Te controleren:"))
            note = escape(
                term.verification.note
                or self.tr("de app weet dit niet zeker. Vraag het na bij de organisatie.")
            )
            parts.append(
                '<table width="100%" cellpadding="6" bgcolor="#fff3cd"><tr><td>'
                f'<font color="#5c4400"><b>{label}</b> {note}</font>'
                "</td></tr></table>"
            )
        english = self.tr("In het Engels: {term}").format(term=term.en_term)
        parts.append(f"<h3>{escape(english)}</h3>")
        parts.append(linked_html(term.en, self.catalogue))
        see_also = [
            f'<a href="{TERM_SCHEME}:{escape(other.id)}"'
            f' title="{escape(short_explanation(other))}">{escape(other.term)}</a>'
            for other_id in term.see_also
            if (other := self.catalogue.glossary.get(other_id)) is not None
        ]
        if see_also:
            parts.append(f"<h3>{escape(self.tr('Zie ook'))}</h3>")
            parts.append(f"<p>{', '.join(see_also)}</p>")
        if term.sources:
            parts.append(f"<h3>{escape(self.tr('Bronnen'))}</h3>")
            links = "".join(
                f'<li><a href="{escape(url)}">{escape(url)}</a></li>' for url in term.sources
            )
            parts.append(f"<ul>{links}</ul>")
        updated = self.tr("Deze uitleg is bijgewerkt op {date}.").format(
            date=dutch_long_date(term.peildatum)
        )
        parts.append(f"<p><small>{escape(updated)}</small></p>")
        return "".join(parts)
