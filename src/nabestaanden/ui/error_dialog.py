"""The safety net: an uncaught exception shows a Dutch dialog instead of ending the app.

:func:`install_exception_hook` replaces ``sys.excepthook`` and ``threading.excepthook``.
An exception that nobody caught, on the GUI thread or on a worker thread, becomes
a report (:func:`error_report`) that holds no personal data: versions, the
platform, the exception's type and the frames of the traceback (file, line,
function). Never the message, never variables, never source lines, never a path
into the user's home folder. The report is shown in :class:`ErrorDialog`, which the
user can copy and send to whoever helps them with the app.

Worker threads never wait for the dialog: they hand the report to the GUI thread
through a queued signal. At most one dialog is open; later errors are added to its
report. If showing the dialog fails, the hook writes the cleaned report to stderr
instead of calling itself again (never the message, which may hold personal data).
"""

from __future__ import annotations

import logging
import platform
import sys
import sysconfig
import threading
import traceback
from pathlib import Path, PurePath
from types import TracebackType
from typing import Final

import PySide6
from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import nabestaanden
from nabestaanden import APP_NAME, __version__
from nabestaanden.ui.appearance import set_relative_font_size

_log = logging.getLogger(__name__)

# More distinct reports than this in one dialog are only counted.
MAX_REPORTS: Final = 20
REPORT_SEPARATOR: Final = "\n\n" + "-" * 40 + "\n\n"


# --- the report ------------------------------------------------------------------------


def _code_roots() -> list[Path]:
    """Folders that code files are shown relative to: our package's, the libraries'."""
    roots = [Path(nabestaanden.__file__).resolve().parent.parent]
    paths = sysconfig.get_paths()
    for key in ("purelib", "platlib", "stdlib", "platstdlib"):
        if key in paths:
            roots.append(Path(paths[key]).resolve())
    # The deepest folder first: site-packages before the standard library around it.
    return sorted(set(roots), key=lambda root: len(root.parts), reverse=True)


_ROOTS: Final = _code_roots()


def code_location(filename: str) -> str:
    """A code file's name without anything personal in it.

    ``/home/anna/app/src/nabestaanden/ui/main_window.py`` becomes
    ``nabestaanden/ui/main_window.py``; a library file is shown relative to
    site-packages or the standard library; any other file by its name alone.
    """
    if filename.startswith("<"):  # <frozen importlib._bootstrap>, <string>
        return filename
    path = PurePath(filename)
    if not path.is_absolute():  # a frozen app keeps relative names
        return path.as_posix() if ".." not in path.parts else path.name
    try:
        resolved = Path(filename).resolve()
    except (OSError, RuntimeError):
        resolved = Path(filename)
    for root in _ROOTS:
        if resolved.is_relative_to(root):
            return resolved.relative_to(root).as_posix()
    return path.name


def _type_name(exc_type: type[BaseException]) -> str:
    module = getattr(exc_type, "__module__", "")
    name = getattr(exc_type, "__qualname__", getattr(exc_type, "__name__", "?"))
    return name if module in ("builtins", "", None) else f"{module}.{name}"


def _frames(tb: TracebackType | None) -> list[str]:
    lines = []
    for frame, line_number in traceback.walk_tb(tb):
        code = frame.f_code
        function = getattr(code, "co_qualname", code.co_name)
        lines.append(f"  {code_location(code.co_filename)}:{line_number} in {function}")
    return lines


def _chain(exc: BaseException | None) -> list[tuple[str, BaseException]]:
    """The exceptions that led to ``exc``: (how they relate, exception), ``exc`` excluded."""
    chain: list[tuple[str, BaseException]] = []
    seen = {id(exc)}
    current = exc
    while current is not None:
        if current.__cause__ is not None:
            relation, current = "Veroorzaakt door", current.__cause__
        elif current.__context__ is not None and not current.__suppress_context__:
            relation, current = "Terwijl deze fout werd afgehandeld", current.__context__
        else:
            break
        if id(current) in seen:
            break
        seen.add(id(current))
        chain.append((relation, current))
    return chain


def _scrub_home(text: str) -> str:
    """Belt and braces: no path into the home folder, whatever ended up in the text."""
    try:
        home = str(Path.home())
    except (RuntimeError, KeyError):
        return text
    if len(home) > 1:
        text = text.replace(home, "~")
    return text


def error_report(
    exc_type: type[BaseException],
    exc: BaseException | None,
    tb: TracebackType | None,
) -> str:
    """A bug report without personal data.

    It holds the app, Python and Qt versions, the platform, the exception's type and
    the frames of the traceback (file relative to its package, line, function), for
    the exception and the ones that caused it. It never holds the exception's message,
    local variables, source lines or paths into the home folder.

    Args:
        exc_type: the exception's class.
        exc: the exception (its message is not used).
        tb: its traceback.

    Return:
        The report, plain text, one fact per line.
    """
    lines = [
        f"Foutrapport {APP_NAME}",
        f"App: {__version__}",
        f"Python: {platform.python_version()}",
        f"Qt: {qVersion()} (PySide6 {PySide6.__version__})",
        f"Systeem: {platform.system()} {platform.release()}".rstrip(),
        "",
        f"Fout: {_type_name(exc_type)}",
        "Plek (de laatste aanroep onderaan):",
        *(_frames(tb) or ["  (onbekend)"]),
    ]
    for relation, earlier in _chain(exc):
        lines += [
            "",
            f"{relation}: {_type_name(type(earlier))}",
            *(_frames(earlier.__traceback__) or ["  (onbekend)"]),
        ]
    return _scrub_home("\n".join(lines))


# --- the dialog ------------------------------------------------------------------------


class ErrorDialog(QDialog):
    """Tells the user something went wrong, that their data is safe, and what to do.

    Shows the report read-only and lets the user copy it.
    """

    def __init__(self, report: str, app_name: str = APP_NAME, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("error_dialog")
        self.setWindowTitle(self.tr("Er ging iets mis"))
        self._reports: list[tuple[str, int]] = []  # (report, how often it came)
        self._extra = 0

        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Er ging iets mis in {app}.").format(app=app_name))
        heading.setObjectName("error_heading")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        set_relative_font_size(heading, 1.2)
        heading.setWordWrap(True)
        layout.addWidget(heading)

        safe = QLabel(
            self.tr(
                "Uw gegevens zijn veilig: alles wat u had opgeslagen, staat nog op deze "
                "computer. De app slaat op terwijl u typt. Alleen wat u net deed, is "
                "misschien niet bewaard. Kijk dat even na."
            )
        )
        safe.setObjectName("error_safe")
        safe.setWordWrap(True)
        layout.addWidget(safe)

        what_to_do = QLabel(
            self.tr(
                "Wat kunt u doen? Probeer het nog een keer. Gaat het steeds mis? Klik dan "
                "op 'Rapport kopiëren'. Stuur het rapport naar de persoon die u helpt "
                "met de app."
            )
        )
        what_to_do.setObjectName("error_what_to_do")
        what_to_do.setWordWrap(True)
        layout.addWidget(what_to_do)

        contents = QLabel(
            self.tr(
                "In het rapport staan geen namen, geen BSN en geen andere gegevens uit uw "
                "dossier. Er staan alleen technische gegevens over de fout in. U kunt zelf "
                "zien wat erin staat."
            )
        )
        contents.setObjectName("error_report_contents")
        contents.setWordWrap(True)
        layout.addWidget(contents)

        self.toggle_button = QPushButton(self.tr("Rapport &bekijken"))
        self.toggle_button.setObjectName("error_toggle_report")
        self.toggle_button.setCheckable(True)
        self.toggle_button.toggled.connect(self._show_report)
        layout.addWidget(self.toggle_button, alignment=Qt.AlignmentFlag.AlignLeft)

        self.report_view = QPlainTextEdit()
        self.report_view.setObjectName("error_report")
        self.report_view.setReadOnly(True)
        self.report_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.report_view.setAccessibleName(self.tr("Foutrapport"))
        self.report_view.setVisible(False)
        layout.addWidget(self.report_view, stretch=1)

        self.copied = QLabel("")
        self.copied.setObjectName("error_copied")
        self.copied.setWordWrap(True)
        layout.addWidget(self.copied)

        buttons = QDialogButtonBox()
        self.copy_button = buttons.addButton(
            self.tr("Rapport &kopiëren"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setObjectName("error_copy")
        self.copy_button.clicked.connect(self.copy_report)
        self.close_button = buttons.addButton(
            self.tr("&Sluiten"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button.setObjectName("error_close")
        self.close_button.setDefault(True)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.resize(560, 360)
        self.add_report(report)

    def report(self) -> str:
        """The report as shown and copied: every error while the dialog was open."""
        parts = [
            text if count == 1 else f"{text}\n(Deze fout kwam {count} keer voor.)"
            for text, count in self._reports
        ]
        if self._extra:
            parts.append(f"(En nog {self._extra} andere fouten.)")
        return REPORT_SEPARATOR.join(parts)

    def add_report(self, report: str) -> None:
        """Add the report of another error; the same report twice is counted, not repeated."""
        for index, (text, count) in enumerate(self._reports):
            if text == report:
                self._reports[index] = (text, count + 1)
                break
        else:
            if len(self._reports) < MAX_REPORTS:
                self._reports.append((report, 1))
            else:
                self._extra += 1
        self.report_view.setPlainText(self.report())
        self.copied.setText("")

    @Slot()
    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report())
        self.copied.setText(
            self.tr("Het rapport staat nu op het klembord. Plak het in een e-mail of een bericht.")
        )

    @Slot(bool)
    def _show_report(self, shown: bool) -> None:
        self.report_view.setVisible(shown)
        self.toggle_button.setText(
            self.tr("Rapport &verbergen") if shown else self.tr("Rapport &bekijken")
        )


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
