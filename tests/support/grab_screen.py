"""Photograph a whole X screen: ``python -m tests.support.grab_screen OUT.png``.

Run with DISPLAY set and QT_QPA_PLATFORM=xcb; for programs this process cannot reach
otherwise (the bundled app). Prints the size of the picture.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QGuiApplication


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    screen = app.primaryScreen()
    picture = screen.grabWindow(0)
    if not picture.save(sys.argv[1], "PNG"):
        return 1
    print(f"{picture.width()}x{picture.height()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
