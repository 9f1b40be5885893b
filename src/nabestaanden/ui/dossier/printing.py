"""Printing off the database worker: a print job on a thread of its own."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal


class PrintJob(QObject):
    """Runs one print job on a thread of its own (not the database worker, so saves
    never wait behind a printer) and hands the outcome back on the GUI thread."""

    finished = Signal(object, object)  # result, error

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.finished.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self.on_done: Any = None
        self.on_error: Any = None

    def run(self, work: Any) -> None:
        try:
            result = work()
        except Exception as error:  # handed to the GUI thread
            self.finished.emit(None, error)
        else:
            self.finished.emit(result, None)

    def _done(self, result: object, error: object) -> None:
        if isinstance(error, Exception):
            self.on_error(error)
        else:
            self.on_done(result)
        self.deleteLater()


def in_print_thread(parent: QObject, work: Any, on_done: Any, on_error: Any) -> None:
    job = PrintJob(parent)
    job.on_done, job.on_error = on_done, on_error
    threading.Thread(target=job.run, args=(work,), name="nabestaanden-print", daemon=True).start()
