"""Start the real app window on a data folder, open its first dossier, grab the screen.

Run as ``python -m tests.support.screenshot_app DATA_DIR OUT.png`` on a real X server
(QT_QPA_PLATFORM=xcb). Prints ``dossiers=N`` and exits 0 once the PNG is written;
exits 2 when the window does not get there within 30 seconds.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer

from nabestaanden.app import build_window, create_application
from nabestaanden.paths import resolve_paths, restrict_new_files


def main() -> int:
    data_dir, output = sys.argv[1], Path(sys.argv[2])
    restrict_new_files()
    app = create_application()
    window = build_window(resolve_paths(data_dir))
    window.show()
    outcome = {"code": 2}

    def grab() -> None:
        screen = window.screen()
        picture = screen.grabWindow(window.winId())
        if picture.save(str(output), "PNG"):
            print(f"dossiers={window.ws.list_model.rowCount()}")
            print(f"platform={app.platformName()} size={picture.width()}x{picture.height()}")
            outcome["code"] = 0
        window.close()

    def loaded() -> None:
        if window.ws.list_model.rowCount():
            window.dossier_opened.connect(lambda _id: QTimer.singleShot(500, grab))
            window.ws.table.selectRow(0)
        else:
            QTimer.singleShot(500, grab)

    window.dossiers_loaded.connect(loaded)
    QTimer.singleShot(0, window.start)
    QTimer.singleShot(30000, app.quit)
    app.exec()
    return outcome["code"]


if __name__ == "__main__":
    raise SystemExit(main())
