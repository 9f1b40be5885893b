"""The intake's own widgets: a choice with 'weet ik niet', a date, a page."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from nabestaanden.domain import validation
from nabestaanden.ui.intake.answers import UNKNOWN


class ChoiceGroup(QGroupBox):
    """One question with radio buttons; ``value()`` is the chosen option's value."""

    changed = Signal()

    def __init__(
        self,
        question: str,
        options: list[tuple[str, str]],
        name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(question, parent)
        self.setObjectName(name)
        self.setAccessibleName(question)
        self.buttons = QButtonGroup(self)
        layout = QVBoxLayout(self)
        self._values: dict[int, str] = {}
        for number, (value, label) in enumerate(options):
            button = QRadioButton(label)
            button.setObjectName(f"{name}_{value}")
            button.setAccessibleName(f"{question} {label}")
            self.buttons.addButton(button, number)
            self._values[number] = value
            layout.addWidget(button)
        self.buttons.idToggled.connect(self._on_toggled)

    def _on_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self.changed.emit()

    def value(self) -> str | None:
        return self._values.get(self.buttons.checkedId())

    def set_value(self, value: str | None) -> None:
        for number, option in self._values.items():
            if option == value:
                self.buttons.button(number).setChecked(True)
                return
        checked = self.buttons.checkedButton()
        if checked is not None:  # no option: clear the choice
            self.buttons.setExclusive(False)
            checked.setChecked(False)
            self.buttons.setExclusive(True)


class DateField(QWidget):
    """A date typed as dd-mm-jjjj; empty means "weet ik niet"; a wrong date is named."""

    def __init__(self, label: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setObjectName(name)
        self.edit.setPlaceholderText(self.tr("dd-mm-jjjj, of leeg als u het niet weet"))
        self.edit.setAccessibleName(label)
        self.message = QLabel()
        self.message.setObjectName(f"{name}_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a4000f;")
        self.message.hide()
        layout.addWidget(self.edit)
        layout.addWidget(self.message)
        self.edit.textEdited.connect(lambda _text: self.check())
        self.setFocusProxy(self.edit)
        self.loaded: date | None = None

    def value(self) -> date | None:
        """The date typed; empty is "weet ik niet"; a date that is not (yet) right
        keeps the date there was, so leaving the questions never erases a date."""
        text = self.edit.text().strip()
        if not text:
            return None
        try:
            return validation.parse_date(text)
        except validation.InvalidValue:
            return self.loaded

    def set_value(self, value: date | None) -> None:
        self.loaded = value
        self.edit.setText(validation.format_date(value) if value else "")
        self.check()

    def problem(self) -> str:
        text = self.edit.text().strip()
        if not text:
            return ""
        try:
            validation.parse_date(text)
        except validation.InvalidValue as error:
            return f"{self.label}: {error}"
        return ""

    def show_problem(self, problem: str) -> None:
        self.message.setText("⚠ " + problem if problem else "")
        self.message.setVisible(bool(problem))
        self.edit.setAccessibleDescription(problem)

    def check(self) -> bool:
        problem = self.problem()
        self.show_problem(problem)
        return not problem


def why_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("why")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


class IntakePage(QWizardPage):
    """A page whose content scrolls, so nothing is cut off at large text sizes."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key
        self.setObjectName(f"intake_{key}")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area = scroll
        content = QWidget()
        self.content = content
        self.body = QVBoxLayout(content)
        scroll.setWidget(content)
        outer.addWidget(scroll)

    def set_heading(self, title: str, intro: str) -> None:
        """The page's title and the sentences under it (call first, before ``add``)."""
        self.setTitle(title)
        if intro:
            text = QLabel(intro)
            text.setWordWrap(True)
            self.body.addWidget(text)

    def yes_no_unknown(self, question: str, name: str) -> ChoiceGroup:
        """A question with the answers Ja, Nee and Weet ik niet."""
        return ChoiceGroup(
            question,
            [("yes", self.tr("Ja")), ("no", self.tr("Nee")), (UNKNOWN, self.tr("Weet ik niet"))],
            name,
        )

    def add(self, widget: QWidget, why: str = "") -> None:
        self.body.addWidget(widget)
        if why:
            self.body.addWidget(why_label(self.tr("<b>Waarom vragen we dit?</b> ") + why))

    def finish(self) -> None:
        self.body.addStretch(1)
