"""The safety net: every unexpected error, on any thread, ends in the dialog.

:func:`install_exception_hook` replaces ``sys.excepthook`` and ``threading.excepthook``.
"""

from __future__ import annotations

import logging
import sys
import threading
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QApplication,
)

from nabestaanden.ui.errors.dialog import ErrorDialog
from nabestaanden.ui.errors.report import error_report

_log = logging.getLogger(__name__)


# --- the hook --------------------------------------------------------------------------


class _ExceptionRelay(QObject):
    """Lives on the GUI thread; owns the one error dialog.

    Signals:
        report_ready: a report from any thread; queued to the GUI thread when sent
            from another thread.
    """

    report_ready = Signal(str)

    def __init__(self, app_name: str) -> None:
        super().__init__()
        self.app_name = app_name
        self.dialog: ErrorDialog | None = None
        # The thread this object lives on (the one that called install_exception_hook).
        self._gui_thread = threading.get_ident()
        self._opening = False
        # Only other threads emit it: queued, so they never wait for the dialog.
        self.report_ready.connect(self._on_report_ready, Qt.ConnectionType.QueuedConnection)

    def on_gui_thread(self) -> bool:
        return threading.get_ident() == self._gui_thread

    def show_report(self, report: str) -> None:
        """Show ``report`` (GUI thread only); raises when the dialog cannot be shown."""
        if self.dialog is not None:
            self.dialog.add_report(report)
            return
        if self._opening:  # the dialog failed while it was being opened: do not loop
            raise RuntimeError("the error dialog failed while opening")
        if not isinstance(QApplication.instance(), QApplication):
            raise RuntimeError("no QApplication to show the error dialog in")
        self._opening = True
        try:
            dialog = ErrorDialog(report, self.app_name)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(self._on_dialog_finished)
            self.dialog = dialog
            if QThread.currentThread().loopLevel() == 0:
                # No event loop runs (the app is starting or ending): wait for the user.
                dialog.exec()
            else:
                dialog.show()  # a new window: on top already
                dialog.activateWindow()
        except BaseException:
            self.dialog = None
            raise
        finally:
            self._opening = False

    @Slot(str)
    def _on_report_ready(self, report: str) -> None:
        try:
            self.show_report(report)
        except Exception:
            # Never back into sys.excepthook from here: that would loop.
            _fallback_report(report)
            _last_resort(*sys.exc_info())

    @Slot()
    def _on_dialog_finished(self) -> None:
        self.dialog = None


_relay: _ExceptionRelay | None = None


def _fallback_report(report: str) -> None:
    stream = sys.__stderr__
    if stream is not None:
        stream.write(report + "\n")


def _last_resort(
    exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
) -> None:
    """When even the report fails: the cleaned report if possible, else only the type.

    Never the message: it may hold personal data (a name, a BSN).
    """
    if exc_type is None:
        return
    try:
        _fallback_report(error_report(exc_type, exc, tb))
    except Exception:
        _fallback_report(f"Onverwachte fout: {exc_type.__name__}")


def _deliver(report: str) -> None:
    """Hand a report to the dialog: directly on the GUI thread, queued from elsewhere."""
    relay = _relay
    if relay is None:
        raise RuntimeError("install_exception_hook was not called")
    if relay.on_gui_thread():
        relay.show_report(report)
    else:
        relay.report_ready.emit(report)  # queued: the worker thread does not wait


def _sys_hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    try:
        report = error_report(exc_type, exc, tb)
        _log.error("Onverwachte fout (zonder persoonlijke gegevens):\n%s", report)
        _deliver(report)
    except Exception:
        _last_resort(exc_type, exc, tb)
        _last_resort(*sys.exc_info())


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    try:
        report = error_report(args.exc_type, args.exc_value, args.exc_traceback)
        _log.error("Onverwachte fout in een achtergrondtaak:\n%s", report)
        _deliver(report)
    except Exception:
        _last_resort(args.exc_type, args.exc_value, args.exc_traceback)


def install_exception_hook(app_name: str) -> None:
    """Show an :class:`ErrorDialog` for every exception nobody caught.

    Call it on the GUI thread, once the QApplication exists. It replaces
    ``sys.excepthook`` and ``threading.excepthook``; calling it again replaces the
    previous installation.

    Args:
        app_name: the name shown in the dialog.
    """
    global _relay
    if _relay is not None:
        _relay.deleteLater()
    _relay = _ExceptionRelay(app_name)
    sys.excepthook = _sys_hook
    threading.excepthook = _thread_hook
