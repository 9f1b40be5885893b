"""Changing the text of a letter before it is printed."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class BodyDialog(QDialog):
    """Edit the body of a letter (the paragraphs between salutation and closing)."""

    def __init__(self, title: str, body: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letter_body_dialog")
        self.setWindowTitle(self.tr("Tekst aanpassen: {title}").format(title=title))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Pas de tekst van de brief aan. Een lege regel begint een nieuwe alinea. "
                "De aanhef, de gegevens van de overledene en de ondertekening blijven "
                "staan. Stippellijnen (……) vult u met de hand in of hier."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.editor = QPlainTextEdit(body)
        self.editor.setObjectName("letter_body")
        self.editor.setTabChangesFocus(True)  # Tab moves on to the buttons
        self.editor.setAccessibleName(self.tr("Tekst van de brief"))
        layout.addWidget(self.editor, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 520)

    def body(self) -> str:
        return self.editor.toPlainText()
