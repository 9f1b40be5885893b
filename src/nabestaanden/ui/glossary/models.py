"""The glossary as a list to search: every term, ranked by how well it fits."""

from __future__ import annotations

from typing import Any, Final, cast

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from nabestaanden.domain.catalogue import Catalogue, GlossaryTerm, plain_text
from nabestaanden.ui.glossary.text import fold, short_explanation

AnyIndex = QModelIndex | QPersistentModelIndex


TermIdRole: Final = Qt.ItemDataRole.UserRole + 1


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
