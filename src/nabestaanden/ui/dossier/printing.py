"""Printing off the database worker: a print job on a thread of its own.

Rendering the pages at printing resolution takes a while; on its own thread the
window stays responsive and saves never wait behind a printer (QPainter may paint
on a QPrinter outside the GUI thread). The outcome comes back on the GUI thread,
like the worker's: the value to ``on_done``, an exception to ``on_error``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, Qt, Signal

T = TypeVar("T")


class PrintJob(QObject, Generic[T]):
    """One print job; deletes itself once its outcome is handed over."""

    finished = Signal(object, object)  # result, error

    def __init__(
        self,
        parent: QObject,
        on_done: Callable[[T], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        super().__init__(parent)
        self.finished.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self.on_done = on_done
        self.on_error = on_error

    def run(self, work: Callable[[], T]) -> None:
        try:
            result = work()
        except Exception as error:  # handed to the GUI thread
            self.finished.emit(None, error)
        else:
            self.finished.emit(result, None)

    def _done(self, result: T, error: object) -> None:
        if isinstance(error, Exception):
            self.on_error(error)
        else:
            self.on_done(result)
        self.deleteLater()


def in_print_thread(
    parent: QObject,
    work: Callable[[], T],
    on_done: Callable[[T], None],
    on_error: Callable[[Exception], None],
) -> None:
    """Run ``work`` on a print thread; its outcome arrives on the GUI thread."""
    job = PrintJob(parent, on_done, on_error)
    threading.Thread(target=job.run, args=(work,), name="nabestaanden-print", daemon=True).start()
