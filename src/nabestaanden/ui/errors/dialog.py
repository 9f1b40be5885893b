"""The dialog for an unexpected error: the data is safe, a report to copy."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nabestaanden import APP_NAME
from nabestaanden.ui.errors.report import MAX_REPORTS, REPORT_SEPARATOR
from nabestaanden.ui.settings.appearance import set_relative_font_size

# --- the dialog ------------------------------------------------------------------------


class ErrorDialog(QDialog):
    """Tells the user something went wrong, that their data is safe, and what to do.

    Shows the report read-only and lets the user copy it.
    """

    def __init__(self, report: str, app_name: str = APP_NAME, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("error_dialog")
        self.setWindowTitle(self.tr("Er ging iets mis"))
        self._reports: list[tuple[str, int]] = []  # (report, how often it came)
        self._extra = 0

        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Er ging iets mis in {app}.").format(app=app_name))
        heading.setObjectName("error_heading")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        set_relative_font_size(heading, 1.2)
        heading.setWordWrap(True)
        layout.addWidget(heading)

        safe = QLabel(
            self.tr(
                "Uw gegevens zijn veilig: alles wat u had opgeslagen, staat nog op deze "
                "computer. De app slaat op terwijl u typt. Alleen wat u net deed, is "
                "misschien niet bewaard. Kijk dat even na."
            )
        )
        safe.setObjectName("error_safe")
        safe.setWordWrap(True)
        layout.addWidget(safe)

        what_to_do = QLabel(
            self.tr(
                "Wat kunt u doen? Probeer het nog een keer. Gaat het steeds mis? Klik dan "
                "op 'Rapport kopiëren'. Stuur het rapport naar de persoon die u helpt "
                "met de app."
            )
        )
        what_to_do.setObjectName("error_what_to_do")
        what_to_do.setWordWrap(True)
        layout.addWidget(what_to_do)

        contents = QLabel(
            self.tr(
                "In het rapport staan geen namen, geen BSN en geen andere gegevens uit uw "
                "dossier. Er staan alleen technische gegevens over de fout in. U kunt zelf "
                "zien wat erin staat."
            )
        )
        contents.setObjectName("error_report_contents")
        contents.setWordWrap(True)
        layout.addWidget(contents)

        self.toggle_button = QPushButton(self.tr("Rapport &bekijken"))
        self.toggle_button.setObjectName("error_toggle_report")
        self.toggle_button.setCheckable(True)
        self.toggle_button.toggled.connect(self._show_report)
        layout.addWidget(self.toggle_button, alignment=Qt.AlignmentFlag.AlignLeft)

        self.report_view = QPlainTextEdit()
        self.report_view.setObjectName("error_report")
        self.report_view.setReadOnly(True)
        self.report_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.report_view.setAccessibleName(self.tr("Foutrapport"))
        self.report_view.setVisible(False)
        layout.addWidget(self.report_view, stretch=1)

        self.copied = QLabel("")
        self.copied.setObjectName("error_copied")
        self.copied.setWordWrap(True)
        layout.addWidget(self.copied)

        buttons = QDialogButtonBox()
        self.copy_button = buttons.addButton(
            self.tr("Rapport &kopiëren"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setObjectName("error_copy")
        self.copy_button.clicked.connect(self.copy_report)
        self.close_button = buttons.addButton(
            self.tr("&Sluiten"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button.setObjectName("error_close")
        self.close_button.setDefault(True)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.resize(560, 360)
        self.add_report(report)

    def report(self) -> str:
        """The report as shown and copied: every error while the dialog was open."""
        parts = [
            text if count == 1 else f"{text}\n(Deze fout kwam {count} keer voor.)"
            for text, count in self._reports
        ]
        if self._extra:
            parts.append(f"(En nog {self._extra} andere fouten.)")
        return REPORT_SEPARATOR.join(parts)

    def add_report(self, report: str) -> None:
        """Add the report of another error; the same report twice is counted, not repeated."""
        for index, (text, count) in enumerate(self._reports):
            if text == report:
                self._reports[index] = (text, count + 1)
                break
        else:
            if len(self._reports) < MAX_REPORTS:
                self._reports.append((report, 1))
            else:
                self._extra += 1
        self.report_view.setPlainText(self.report())
        self.copied.setText("")

    @Slot()
    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report())
        self.copied.setText(
            self.tr("Het rapport staat nu op het klembord. Plak het in een e-mail of een bericht.")
        )

    @Slot(bool)
    def _show_report(self, shown: bool) -> None:
        self.report_view.setVisible(shown)
        self.toggle_button.setText(
            self.tr("Rapport &verbergen") if shown else self.tr("Rapport &bekijken")
        )
