"""Small pieces every dialog uses: the line that names what is wrong, the buttons."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
)


def error_label(name: str) -> QLabel:
    """The hidden line where a dialog names what is wrong ("⚠ Datum: ...")."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.hide()
    return label


def dialog_buttons(
    dialog: QDialog, ok: QDialogButtonBox.StandardButton, accept: Callable[[], None]
) -> QDialogButtonBox:
    """The dialog's OK (or Save) and Cancel: OK runs ``accept`` (which checks first)."""
    buttons = QDialogButtonBox(ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
