"""Form rows the mandate dialogs share: a labelled field, a choice, a date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from nabestaanden.domain import validation


def form_row(form: QFormLayout, text: str, widget: QWidget) -> None:
    """A form row whose label (with its Alt key) points at the widget."""
    label = QLabel(text)
    label.setBuddy(widget)
    form.addRow(label, widget)


def line_field(
    form: QFormLayout, name: str, label: str, accessible: str, placeholder: str = ""
) -> QLineEdit:
    """A text field in a form row, named for tests and screen readers."""
    field = QLineEdit()
    field.setObjectName(name)
    field.setAccessibleName(accessible)
    field.setPlaceholderText(placeholder)
    form_row(form, label, field)
    return field


def choice_field(
    form: QFormLayout, name: str, label: str, accessible: str, choices: dict[str, str]
) -> QComboBox:
    """A drop-down list in a form row: the choices' labels, with their codes as data."""
    field = QComboBox()
    field.setObjectName(name)
    field.setAccessibleName(accessible)
    for code, shown in choices.items():
        field.addItem(shown, code)
    form_row(form, label, field)
    return field


def date_or_none(text: str) -> date | None:
    """A typed date, or None while it is empty or not a date yet."""
    try:
        return validation.parse_date(text) if text.strip() else None
    except validation.InvalidValue:
        return None


def open_link(url: QUrl) -> None:
    if url.scheme() in ("http", "https"):
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(url)
