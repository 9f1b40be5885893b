"""The app's cold start, as ``nabestaanden`` without a subcommand does it (the
command-line parser, then ``run_gui``'s steps), with two time stamps.

Prints ``paint S`` at the main window's first paint and ``listed S`` once the
dossier list is filled and the event loop answers again, both in seconds since
the launch time given as the first argument.
"""

from __future__ import annotations

import sys
import time

launched = float(sys.argv[1])
data_dir = sys.argv[2]

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402

from nabestaanden.cli import build_parser  # noqa: E402
from nabestaanden.paths import resolve_paths, restrict_new_files  # noqa: E402


class _FirstPaint(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.seen = False

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            print(f"paint {time.time() - launched:.4f}", flush=True)
        return False


def main() -> None:
    options = build_parser().parse_args(["--data-dir", data_dir])
    restrict_new_files()
    paths = resolve_paths(options.data_dir)
    from nabestaanden.app import build_window, create_application

    app = create_application()
    window = build_window(paths)
    watcher = _FirstPaint()
    window.installEventFilter(watcher)

    def responding() -> None:
        print(
            f"listed {time.time() - launched:.4f} rows={window.ws.list_model.rowCount()}",
            flush=True,
        )
        window.close()
        app.quit()

    window.dossiers_loaded.connect(lambda: QTimer.singleShot(0, responding))
    window.start_after_first_paint()
    window.show()
    QTimer.singleShot(30000, app.quit)
    app.exec()


if __name__ == "__main__":
    main()
