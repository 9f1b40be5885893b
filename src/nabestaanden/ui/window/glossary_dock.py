"""The Begrippen panel in the window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nabestaanden.ui.window.window_base import WindowBase

if TYPE_CHECKING:
    from nabestaanden.ui.glossary.panel import GlossaryPanel


class GlossaryDock(WindowBase):
    """The Begrippen panel, docked beside the dossier or floating when there is no room."""

    def _ensure_glossary(self) -> GlossaryPanel:
        """The Begrippen panel, docked at the right; built the first time it is needed."""
        if self.glossary is None:
            from PySide6.QtCore import Qt
            from PySide6.QtWidgets import QDockWidget

            from nabestaanden.ui.glossary.panel import GlossaryPanel

            self.glossary = GlossaryPanel()
            dock = QDockWidget(self.tr("Begrippen"), self)
            dock.setObjectName("glossary_dock")
            dock.setWidget(self.glossary)
            dock.setAllowedAreas(
                Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
            )
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            self.glossary_dock = dock
            dock.visibilityChanged.connect(self.glossary_action.setChecked)
        return self.glossary

    def toggle_glossary(self, show: bool) -> None:
        panel = self._ensure_glossary()
        if show:
            self._show_glossary_dock()
            panel.search.setFocus()
        elif self.glossary_dock is not None:
            self.glossary_dock.hide()

    def show_term(self, term_id: str) -> None:
        """Open the Begrippen panel on one term (from a link in a task text)."""
        panel = self._ensure_glossary()
        self._show_glossary_dock()
        panel.show_term(term_id)

    def _show_glossary_dock(self) -> None:
        """Dock the panel beside the dossier; where the screen has no room for both
        (large text, a small screen), let it float over the window's right side."""
        panel = self._ensure_glossary()
        dock = self.glossary_dock
        if dock is None or dock.isVisible():
            return
        central = self.pages
        screen = self.screen().availableGeometry()
        needed = central.minimumSizeHint().width() + panel.minimumSizeHint().width() + 48
        floating = needed > screen.width()
        dock.setFloating(floating)
        if floating:
            width = max(panel.minimumSizeHint().width(), screen.width() // 3)
            dock.setGeometry(screen.right() - width, screen.top(), width, screen.height())
        dock.show()
