"""Find text a user cannot read in full: labels, buttons and fields smaller than their text."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)


def clipped_texts(root: QWidget) -> list[str]:
    """Visible labels, buttons and fields under ``root`` that are smaller than their text."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        name = widget.objectName() or type(widget).__name__
        if name.startswith("qt_"):
            continue  # Qt's own parts (a spin box's line edit): their parent is checked
        if isinstance(widget, QScrollArea) and widget.horizontalScrollBar().isVisible():
            # Text the user has to scroll sideways to read (tables may scroll, pages not).
            problems.append(f"{name}: its content is wider than the window")
        elif isinstance(widget, QLabel) and widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if widget.height() < needed:
                problems.append(f"{name} {widget.text()!r}: {widget.height()} < {needed} high")
        elif isinstance(widget, (QLabel, QAbstractButton, QComboBox, QLineEdit)):
            hint = widget.sizeHint()
            size = widget.size()
            if size.width() < hint.width() or size.height() < hint.height():
                text = widget.currentText() if isinstance(widget, QComboBox) else widget.text()
                problems.append(f"{name} {text!r}: {size.toTuple()} < {hint.toTuple()}")
    return problems
