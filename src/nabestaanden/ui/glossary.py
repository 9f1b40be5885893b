"""The glossary ("Begrippen"): a searchable list of terms and the explanation of one.

``linked_html`` turns a catalogue text with glossary marks (``[[erfgenamen|erfgenaam]]``)
into rich text whose marks are ``begrip:`` links; any view that shows catalogue texts
can use it. ``GlossaryPanel`` is meant to live in a dock titled "Begrippen": a search
field, the list of terms and the explanation of the chosen term. A ``begrip:`` link
shows that term in the panel; an http(s) link opens in the user's own browser (the app
itself makes no network calls).
"""

from __future__ import annotations

import html
import re
import unicodedata
from datetime import date
from typing import Any, Final, cast

from babel.dates import format_date
from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
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

from nabestaanden.domain.catalogue import _TERM_MARK, Catalogue, GlossaryTerm, plain_text

AnyIndex = QModelIndex | QPersistentModelIndex
TermIdRole: Final = Qt.ItemDataRole.UserRole + 1
TERM_SCHEME: Final = "begrip"

_PARAGRAPH_BREAK: Final = re.compile(r"\n[ \t]*\n\s*")
_SENTENCE_END: Final = re.compile(r"(?<=[.!?])\s+")
_NOT_A_WORD: Final = re.compile(r"[^\w]+")


def fold(text: str) -> str:
    """``text`` for comparing: no accents, no case, punctuation as spaces.

    ``"Beneficiaire"``, ``"bénéficiaire"`` and ``"BENEFICIAIRE"`` all fold to
    ``"beneficiaire"``; ``"DigiD-machtiging"`` folds to ``"digid machtiging"``.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(_NOT_A_WORD.sub(" ", bare.casefold()).split())


def short_explanation(term: GlossaryTerm) -> str:
    """The first sentence of the term's Dutch explanation, without glossary marks."""
    text = plain_text(term.nl).strip()
    return _SENTENCE_END.split(text, maxsplit=1)[0] if text else ""


def _linked_paragraph(text: str, catalogue: Catalogue) -> str:
    parts: list[str] = []
    position = 0
    for match in _TERM_MARK.finditer(text):
        parts.append(html.escape(text[position : match.start()]))
        shown, term_id = match.group(1), match.group(2)
        term = catalogue.glossary.get(term_id) if term_id else catalogue.find_term(shown)
        if term is None:
            parts.append(html.escape(shown))
        else:
            parts.append(
                f'<a href="{TERM_SCHEME}:{html.escape(term.id)}"'
                f' title="{html.escape(short_explanation(term))}">{html.escape(shown)}</a>'
            )
        position = match.end()
    parts.append(html.escape(text[position:]))
    return "<br>".join("".join(parts).split("\n"))


def linked_html(text: str, catalogue: Catalogue) -> str:
    """A catalogue text as rich text for a QLabel or QTextBrowser.

    Everything is HTML-escaped. A glossary mark whose term is known becomes a link
    ``begrip:<term id>`` with the term's first sentence as tooltip; an unknown mark
    becomes its plain text. A blank line starts a new ``<p>``; a single line break
    becomes ``<br>``.

    Args:
        text: a text from the catalogue (may contain ``[[…]]`` marks).
        catalogue: the catalogue whose glossary the marks refer to.

    Return:
        The HTML, one ``<p>`` per paragraph (empty for an empty text).
    """
    paragraphs = [part.strip() for part in _PARAGRAPH_BREAK.split(text.strip())]
    return "".join(
        f"<p>{_linked_paragraph(paragraph, catalogue)}</p>" for paragraph in paragraphs if paragraph
    )


def dutch_long_date(value: date) -> str:
    """A date written the Dutch way: ``15 maart 2026``."""
    return str(format_date(value, format="long", locale="nl_NL"))


class GlossaryModel(QAbstractListModel):
    """One row per glossary term, sorted by term (case and accents ignored).

    Roles: DisplayRole the term, ToolTipRole its first sentence, ``TermIdRole`` its id.
    """

    def __init__(self, catalogue: Catalogue, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._terms = sorted(
            catalogue.glossary.values(), key=lambda term: (fold(term.term), term.term, term.id)
        )
        self._rows = {term.id: row for row, term in enumerate(self._terms)}
        self._search_names = [
            fold(" ".join((term.term, *term.aliases, term.en_term))) for term in self._terms
        ]
        self._search_texts = [fold(plain_text(term.nl)) for term in self._terms]

    def term(self, row: int) -> GlossaryTerm:
        return self._terms[row]

    def row_of(self, term_id: str) -> int | None:
        return self._rows.get(term_id)

    def match_rank(self, row: int, words: list[str]) -> int | None:
        """How well a row fits folded search words: None when not at all, else lower is better.

        0: the term starts with the search; 1: the term, an alias or the English term
        holds every word; 2: the explanation does.
        """
        names = self._search_names[row]
        if not words:
            return 0
        if fold(self._terms[row].term).startswith(" ".join(words)):
            return 0
        if all(word in names for word in words):
            return 1
        everything = f"{names} {self._search_texts[row]}"
        if all(word in everything for word in words):
            return 2
        return None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._terms)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._terms):
            return None
        term = self._terms[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return term.term
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return short_explanation(term)
        if role == TermIdRole:
            return term.id
        return None


class GlossaryFilterModel(QSortFilterProxyModel):
    """Shows the terms that fit a search, best fits first, then by term.

    The search ignores case and accents and looks in the term, its aliases, the
    English term and the Dutch explanation; every word of the search must occur.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setDynamicSortFilter(True)

    def glossary_model(self) -> GlossaryModel:
        return cast(GlossaryModel, self.sourceModel())

    def search(self) -> str:
        return " ".join(self._words)

    def set_search(self, text: str) -> None:
        words = fold(text).split()
        if words == self._words:
            return
        self._words = words
        self.invalidate()  # both the filter and the order depend on the search

    def rank(self, index: AnyIndex) -> int | None:
        """How well the row at this (proxy) index fits the search; see ``match_rank``."""
        return self.glossary_model().match_rank(self.mapToSource(index).row(), self._words)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if source_parent.isValid():
            return False
        return self.glossary_model().match_rank(source_row, self._words) is not None

    def lessThan(self, source_left: AnyIndex, source_right: AnyIndex) -> bool:
        model = self.glossary_model()
        left, right = source_left.row(), source_right.row()
        left_rank = model.match_rank(left, self._words)
        right_rank = model.match_rank(right, self._words)
        return (left_rank or 0, left) < (right_rank or 0, right)


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
