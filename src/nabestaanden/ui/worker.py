"""One serial worker thread for all database work, so the window never freezes.

Like Anki's task manager: the GUI hands a function to :meth:`DbWorker.submit`; it
runs on the worker thread, one at a time in the order given, and its result (or
exception) is handed back on the GUI thread to the callback given with it. The
database connections are made and used on the worker thread only.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QThread, Signal, Slot

T = TypeVar("T")
Callback = Callable[[Any], None]
ErrorCallback = Callable[[Exception], None]
SHUTDOWN_TIMEOUT_S = 30


class _Executor(QObject):
    done = Signal(int, object)
    failed = Signal(int, object)

    @Slot(int, object)
    def run(self, job_id: int, function: Callable[[], Any]) -> None:
        try:
            result = function()
        except Exception as error:  # handed to the GUI thread, which decides
            self.failed.emit(job_id, error)
        else:
            self.done.emit(job_id, result)


class DbWorker(QObject):
    """Runs functions on one background thread, in order."""

    _request = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("nabestaanden-db")
        self._executor = _Executor()
        self._executor.moveToThread(self._thread)
        self._request.connect(self._executor.run)
        self._executor.done.connect(self._on_done)
        self._executor.failed.connect(self._on_failed)
        self._callbacks: dict[int, tuple[Callback | None, ErrorCallback | None]] = {}
        self._ids = itertools.count(1)
        self._thread.start()

    def submit(
        self,
        function: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: ErrorCallback | None = None,
    ) -> int:
        """Queue a function; the callbacks run on the GUI thread.

        Args:
            function: runs on the worker thread; must not touch widgets.
            on_done: receives the function's return value.
            on_error: receives the exception; without it the exception is re-raised
                on the GUI thread (and reaches the global exception hook).

        Return:
            A job number.
        """
        job_id = next(self._ids)
        self._callbacks[job_id] = (on_done, on_error)
        self._request.emit(job_id, function)
        return job_id

    def busy(self) -> bool:
        return bool(self._callbacks)

    @Slot(int, object)
    def _on_done(self, job_id: int, result: object) -> None:
        on_done, _ = self._callbacks.pop(job_id)
        if on_done is not None:
            on_done(result)

    @Slot(int, object)
    def _on_failed(self, job_id: int, error: Exception) -> None:
        _, on_error = self._callbacks.pop(job_id)
        if on_error is None:
            raise error
        on_error(error)

    def shutdown(self, last: Callable[[], Any] | None = None) -> None:
        """Run ``last`` (e.g. closing the store) after the queued jobs, then stop."""
        if not self._thread.isRunning():
            return
        finished = threading.Event()

        def final() -> None:
            try:
                if last is not None:
                    last()
            finally:
                finished.set()

        self.submit(final, on_error=lambda _error: None)
        finished.wait(SHUTDOWN_TIMEOUT_S)
        self._thread.quit()
        self._thread.wait()


class BatchProgress(QObject):
    """Carries the progress of a long job from the worker thread to a progress dialog,
    and the user's "Stoppen" back: call it as ``progress(done, total, what)``; it says
    whether to go on.

    Signals:
        advanced(int, int, str): done, total and what is being made now.
    """

    advanced = Signal(int, int, str)

    def __init__(self) -> None:
        super().__init__()
        self.cancel = threading.Event()

    def __call__(self, done: int, total: int, what: str) -> bool:
        self.advanced.emit(done, total, what)
        return not self.cancel.is_set()
