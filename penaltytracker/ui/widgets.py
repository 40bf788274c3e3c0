"""Small pieces shared by the pages: level badge, sanction table, the lazy log tables."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from penaltytracker.core.rules import RuleSet
from penaltytracker.core.status import SanctionWindow
from penaltytracker.ui.style import level_colour


class LevelBadge(QWidget):
    """The level in large type on its severity colour: none, I … V."""

    def __init__(self, size: int = 120, parent=None):
        super().__init__(parent)
        self.setObjectName("levelBadge")
        self._size = size
        self.big = QLabel()
        self.big.setObjectName("levelBadgeText")
        self.big.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.big.setFixedSize(size, size)
        self.caption = QLabel()
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.big, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.caption)
        self.level: str | None = None
        self.set_level(None, "")

    def set_level(self, level: str | None, caption: str, none_text: str = "—") -> None:
        self.level = level
        colour = level_colour(level)
        text = level if level else none_text
        font_pt = int(self._size * (0.38 if len(text) <= 2 else 0.22 if len(text) <= 4 else 0.16))
        self.big.setText(text)
        self.big.setStyleSheet(
            f"background: {colour}; color: white; border-radius: {self._size // 6}px;"
            f" font-size: {font_pt}px; font-weight: bold;")
        self.caption.setText(caption)


class SanctionTable(QTableView):
    """Sanctions with their dates and days left (a small read-only model)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model_ = QStandardItemModel(0, 6, self)
        self.setModel(self.model_)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.verticalHeader().setVisible(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def fit_rows(self) -> None:
        """As tall as its rows (a handful at most), so it never needs a scroll bar."""
        self.resizeColumnsToContents()
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        rows = max(self.model_.rowCount(), 1)
        height = self.horizontalHeader().height() + rows * self.verticalHeader().defaultSectionSize() + 4
        self.setFixedHeight(height)

    def set_headers(self, labels: list[str]) -> None:
        self.model_.setHorizontalHeaderLabels(labels)

    def show_windows(self, windows, rules: RuleSet, lang: str, today, days_left_text) -> None:
        self.model_.removeRows(0, self.model_.rowCount())
        for w in windows:
            w: SanctionWindow
            # Where the dates come from: Rakuten's notice, or the rule set's expectation.
            source = (QCoreApplication.translate("Sanctions", "Notice") if w.source == "notice"
                      else QCoreApplication.translate("Sanctions", "Expected"))
            cells = [rules.sanction_name(w.kind, lang), w.level, w.start.isoformat(), w.end.isoformat(),
                     days_left_text(w.days_left(today)), source]
            items = []
            for i, text in enumerate(cells):
                item = QStandardItem(text)
                if i in (1, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                items.append(item)
            self.model_.appendRow(items)
        self.fit_rows()


def log_table(model, name: str, *, multi_select: bool, stretch: int, widths: dict[int, int],
              sort_column: int = 1) -> QTableView:
    """A read-only table over a lazy log model (violations, shipments), sorted in the database."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi_select
                           else QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    # Fixed row heights: the view never measures rows it has not read.
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    # Indicator first: enabling sorting sorts by the indicator at once, and column 0
    # would cost a full sort of a big store's table before the default order comes back.
    table.horizontalHeader().setSortIndicator(sort_column, Qt.SortOrder.DescendingOrder)
    table.setSortingEnabled(True)
    table.horizontalHeader().setStretchLastSection(False)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for column, width in widths.items():
        table.setColumnWidth(column, width)
    return table
