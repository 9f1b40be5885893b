"""Python's cycle collector, run on the GUI thread only.

Python collects reference cycles whenever enough objects were made, on whichever
thread makes them: the database worker, the office listener, Qt's own threads. A
window, dialog or buffer caught in a cycle is then destroyed on that thread, and Qt
widgets destroyed off the GUI thread corrupt memory; the app crashes later, somewhere
else (seen as a rare "Segmentation fault" or "Bus error" in the letters batch, inside
Qt, with no Python error). A CI probe counted hundreds of collections on the worker
threads in one run of the window tests.

So, as Anki, pyqtgraph and OpenCue do: automatic collection is switched off and a timer
on the GUI thread does the same work, by the same thresholds, once a second.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class GuiThreadCollector(QObject):
    """Switches automatic collection off and collects on the GUI thread instead."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def check(self) -> None:
        """Collect the generations that have passed their threshold, as Python would."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            threshold = self._thresholds[generation]
            if threshold and counts[generation] > threshold:
                gc.collect(generation)
                return


def collect_on_gui_thread(parent: QObject) -> GuiThreadCollector:
    """Start collecting cycles on the GUI thread only, for as long as ``parent`` lives
    (the application)."""
    existing = parent.findChild(GuiThreadCollector)
    if isinstance(existing, GuiThreadCollector):
        return existing
    collector = GuiThreadCollector(parent)
    collector.start()
    return collector
