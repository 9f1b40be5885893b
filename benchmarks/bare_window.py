"""Baseline: a bare PySide6 QMainWindow; prints the seconds from launch to first paint."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class _FirstPaint(QObject):
    def __init__(self, launched: float, app: QApplication) -> None:
        super().__init__()
        self.launched = launched
        self.app = app
        self.seen = False

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            print(f"paint {time.time() - self.launched:.4f}", flush=True)
            QTimer.singleShot(0, self.app.quit)
        return False


def main() -> None:
    launched = float(sys.argv[1])
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1100, 760)
    watcher = _FirstPaint(launched, app)
    window.installEventFilter(watcher)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
