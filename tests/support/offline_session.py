"""A short session in the window, as a user has it, for the offline test: open the
data, open the dossier, make its first letter, close. Run as a script with
``--data-dir`` as its argument; prints ``done`` at the end and which Qt network
module, if any, was loaded.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer

from nabestaanden.app import build_window, create_application
from nabestaanden.paths import resolve_paths, restrict_new_files


def main() -> int:
    restrict_new_files()
    app = create_application()
    window = build_window(resolve_paths(sys.argv[1]))
    steps: list[str] = []

    def loaded(_dossier_id: int) -> None:
        page = window.page
        if page is None or page.state is None or "letter" in steps:
            return
        steps.append("letter")
        page.letters.make_requested.emit(page.state.offers[0].key)
        QTimer.singleShot(3000, window.close)

    def listed() -> None:
        window.ws.table.selectRow(0)

    window.dossiers_loaded.connect(listed)
    window.dossier_opened.connect(loaded)
    window.start_after_first_paint()
    window.show()
    QTimer.singleShot(30000, app.quit)
    app.exec()
    network = sorted(name for name in sys.modules if "QtNetwork" in name)
    print(f"done letter={'letter' in steps} network={network}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
