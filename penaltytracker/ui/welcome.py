"""The first start: an empty data file says what to do instead of showing an empty table."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from penaltytracker.ui.style import card, heading


class WelcomePanel(QWidget):
    add_shop_requested = Signal()
    import_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("welcome")
        self.title = heading()
        self.title.setObjectName("welcomeTitle")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        box = card()
        inner = QVBoxLayout(box)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(14)
        inner.addWidget(self.title)
        inner.addWidget(self.intro)
        self.buttons: list[tuple[QPushButton, QLabel]] = []
        for name, signal in (("welcomeAddShop", self.add_shop_requested), ("welcomeImport", self.import_requested),
                             ("welcomeDemo", self.demo_requested)):
            button = QPushButton()
            button.setObjectName(name)
            button.setMinimumWidth(260)
            button.setMinimumHeight(36)
            button.clicked.connect(signal)
            hint = QLabel()
            hint.setWordWrap(True)
            hint.setProperty("role", "muted")
            row = QHBoxLayout()
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(hint, 1)
            inner.addLayout(row)
            self.buttons.append((button, hint))
        self.add_shop_button, self.import_button, self.demo_button = (b for b, _h in self.buttons)
        self.later = QLabel()
        self.later.setWordWrap(True)
        self.later.setProperty("role", "muted")
        inner.addWidget(self.later)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        middle = QHBoxLayout()
        middle.addStretch(1)
        box.setMaximumWidth(760)
        middle.addWidget(box, 3)
        middle.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Welcome to PenaltyTracker"))
        self.intro.setText(self.tr("This data file holds no shops yet. Start with one of these:"))
        texts = (
            (self.tr("Add a shop…"), self.tr("Type your shop's name as it appears in Rakuten's notices; "
                                            "then record each violation with Ctrl+N.")),
            (self.tr("Import a violations CSV…"), self.tr("A file from Excel (CP932 or UTF-8) with the columns "
                                                         "店舗, 加点日 and 点数; its shops are added.")),
            (self.tr("Open a demo data file"), self.tr("Three example shops to look around in; your own data "
                                                       "file is not touched.")),
        )
        for (button, hint), (label, text) in zip(self.buttons, texts):
            button.setText(label)
            hint.setText(text)
        self.later.setText(self.tr("Shops can be renamed, merged and removed later under Shops → Manage shops."))


__all__ = ["WelcomePanel"]
