"""Run a Qt program as a whole process and end it on the event loop's first turn.

``python benchmarks/quit_after_show.py PROGRAM [ARGS...]`` runs PROGRAM (a script
file, such as the ``nabestaanden`` console script) as ``__main__``; its
``QApplication.exec()`` quits on the first turn of the loop, once what was shown
before it got its turn. With ``--until-open`` it ends instead once the app's main
window has opened a dossier and the loop is idle again (for the idle memory).
The same wrapper runs the bare baseline, so both carry its cost.
"""

from __future__ import annotations

import runpy
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

_exec = QApplication.exec


def _app() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise SystemExit("exec() without a QApplication")
    return app


def _quit_at_once() -> int:
    app = _app()
    QTimer.singleShot(0, app.quit)
    return _exec()


def _quit_once_open() -> int:
    from nabestaanden.ui.window.main_window import MainWindow

    app = _app()
    [window] = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]

    def opened(_dossier_id: int) -> None:
        QTimer.singleShot(1000, app.quit)  # the page drawn, the worker's reply handled

    def listed() -> None:
        if window.current_dossier_id() is None:
            window.ws.table.selectRow(0)  # as a click on the first row does

    window.dossier_opened.connect(opened)
    window.dossiers_loaded.connect(listed)
    QTimer.singleShot(20000, app.quit)  # never hang a benchmark
    return _exec()


def main() -> None:
    arguments = sys.argv[1:]
    until_open = arguments[:1] == ["--until-open"]
    if until_open:
        arguments = arguments[1:]
    QApplication.exec = staticmethod(_quit_once_open if until_open else _quit_at_once)  # type: ignore[method-assign,assignment]
    sys.argv = arguments
    runpy.run_path(arguments[0], run_name="__main__")


if __name__ == "__main__":
    main()
