"""The settings dialog for text size, high contrast and language."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QVBoxLayout, QWidget

from nabestaanden.ui.settings.appearance import TEXT_SCALES, Appearance, apply_appearance
from nabestaanden.ui.settings.language import LANGUAGES

# --- the settings dialog ---------------------------------------------------------------


class AppearanceDialog(QDialog):
    """Settings: text size, high contrast and language.

    Text size and contrast change at once when the user clicks OK; the language is
    saved and used from the next start.

    Signals:
        appearance_changed(Appearance): the user clicked OK; the new appearance is
            saved and applied.
    """

    appearance_changed = Signal(object)

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QFormLayout

        super().__init__(parent)
        self.settings = settings
        current = Appearance.load(settings)
        self.setObjectName("appearance_dialog")
        self.setWindowTitle(self.tr("Weergave en taal"))
        layout = QVBoxLayout(self)
        form = QFormLayout()

        scale_names = {
            100: self.tr("Normaal (100%)"),
            125: self.tr("Groter (125%)"),
            150: self.tr("Nog groter (150%)"),
            175: self.tr("Veel groter (175%)"),
            200: self.tr("Twee keer zo groot (200%)"),
        }
        self.text_scale = QComboBox()
        self.text_scale.setObjectName("text_scale")
        for scale in TEXT_SCALES:
            self.text_scale.addItem(scale_names[scale], scale)
        self.text_scale.setCurrentIndex(TEXT_SCALES.index(current.text_scale))
        self.text_scale.setAccessibleName(self.tr("Tekstgrootte"))
        scale_label = QLabel(self.tr("Tekst&grootte:"))
        scale_label.setBuddy(self.text_scale)
        form.addRow(scale_label, self.text_scale)

        self.high_contrast = QCheckBox(self.tr("&Hoog contrast"))
        self.high_contrast.setObjectName("high_contrast")
        self.high_contrast.setChecked(current.high_contrast)
        self.high_contrast.setAccessibleName(self.tr("Hoog contrast"))
        contrast_hint = self.tr(
            "Zwarte tekst op wit, duidelijke randen, en een dikke blauwe rand om het "
            "onderdeel waar u met het toetsenbord bent."
        )
        self.high_contrast.setAccessibleDescription(contrast_hint)
        self.high_contrast.setToolTip(contrast_hint)
        form.addRow(self.high_contrast)

        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(list(LANGUAGES).index(current.language))
        self.language.setAccessibleName(self.tr("Taal"))
        language_note = self.tr("De taal verandert als u de app opnieuw opent.")
        self.language.setAccessibleDescription(language_note)
        language_label = QLabel(self.tr("&Taal (language):"))
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)
        layout.addLayout(form)

        self.language_note = QLabel(language_note)
        self.language_note.setObjectName("language_note")
        self.language_note.setWordWrap(True)
        layout.addWidget(self.language_note)
        layout.addStretch(1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("appearance_buttons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        QWidget.setTabOrder(self.text_scale, self.high_contrast)
        QWidget.setTabOrder(self.high_contrast, self.language)
        QWidget.setTabOrder(self.language, self.buttons)
        self.text_scale.setFocus()

    def chosen(self) -> Appearance:
        """The appearance as chosen in the dialog (not yet saved)."""
        return Appearance(
            text_scale=int(self.text_scale.currentData()),
            high_contrast=self.high_contrast.isChecked(),
            language=str(self.language.currentData()),
        )

    def accept(self) -> None:
        """Save the choice, apply text size and contrast, and close."""
        appearance = self.chosen()
        appearance.save(self.settings)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_appearance(app, appearance)
        super().accept()
        self.appearance_changed.emit(appearance)
