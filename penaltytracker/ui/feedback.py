"""What an action did, said in the status bar for a few seconds.

The busy indicator ("Working…") is a label of its own: a reload that starts right
after a save never replaces the word that the save was done.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QStatusBar

SHOWN_MS = 8000  # long enough to read two lines of Japanese


class Feedback(QLabel):
    def __init__(self, bar: QStatusBar):
        super().__init__()
        self.setObjectName("feedback")
        self.setProperty("role", "feedback")
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.clear)
        self.busy = QLabel()
        self.busy.setObjectName("busyIndicator")
        self.busy.setProperty("role", "muted")
        self.busy.hide()
        bar.addWidget(self, 1)
        bar.addPermanentWidget(self.busy)
        self.history: list[str] = []  # the last 50 things said (tests, a future log view)

    def say(self, text: str, ms: int = SHOWN_MS) -> None:
        self.setText(text)
        self.history = [*self.history[-49:], text]
        self._timer.start(ms)

    def set_busy(self, busy: bool, text: str) -> None:
        self.busy.setText(text)
        self.busy.setVisible(busy)


__all__ = ["Feedback", "SHOWN_MS"]
