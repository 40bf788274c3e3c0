"""Small pieces shared by the pages: level badge, sanction table, the lazy log tables."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView, QCalendarWidget, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMenu, QTableView, QToolButton,
    QVBoxLayout, QWidget, QWidgetAction,
)

from penaltytracker.core.dates import DateInputError, parse_user_date

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


class SortHeader(QHeaderView):
    """A header whose sort arrow points the way the rows run: ▼ for newest / largest
    first. Qt draws Ascending as a down arrow, the opposite of what spreadsheets show."""

    def initStyleOptionForIndex(self, option, logical_index: int) -> None:
        super().initStyleOptionForIndex(option, logical_index)
        from PySide6.QtWidgets import QStyleOptionHeader

        if self.isSortIndicatorShown() and logical_index == self.sortIndicatorSection():
            option.sortIndicator = (QStyleOptionHeader.SortIndicator.SortDown
                                    if self.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
                                    else QStyleOptionHeader.SortIndicator.SortUp)


def log_table(model, name: str, *, multi_select: bool, stretch: int, widths: dict[int, int],
              sort_column: int = 1) -> QTableView:
    """A read-only table over a lazy log model (violations, shipments), sorted in the database."""
    table = QTableView()
    table.setObjectName(name)
    table.setHorizontalHeader(SortHeader(Qt.Orientation.Horizontal, table))
    table.horizontalHeader().setSectionsClickable(True)
    table.horizontalHeader().setHighlightSections(True)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi_select
                           else QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # rows are chosen with the arrows; Tab goes on to the next control
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


class DateField(QWidget):
    """A date as Japanese operators type it (2026-03-02, 2026/3/2, 20260302, ２０２６／３／２),
    with a calendar button. Anything else is refused where it is typed: the field is
    marked, the reason shows under it, and `validity_changed(False)` lets the dialog
    disable Save. Nothing typed is ever turned silently into another date.

    `edit` is the one widget Tab stops at (the calendar button takes no focus)."""

    validity_changed = Signal(bool)
    changed = Signal()

    def __init__(self, optional: bool, parent=None):
        super().__init__(parent)
        self.optional = optional
        self.edit = QLineEdit()
        self.edit.setObjectName("dateEdit")
        self.edit.setPlaceholderText("2026-03-02")
        self.edit.setMinimumWidth(140)
        self.edit.setMaximumWidth(180)
        self.calendar_button = QToolButton()
        self.calendar_button.setObjectName("calendarButton")
        self.calendar_button.setText("▾")
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        menu = QMenu(self.calendar_button)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._calendar_opening)
        self.calendar.clicked.connect(lambda q: (self.set_value(date(q.year(), q.month(), q.day())), menu.close(),
                                                 self.edit.setFocus()))
        self.calendar_button.setMenu(menu)
        self.error = QLabel()
        self.error.setObjectName("dateError")
        self.error.setProperty("role", "fieldError")
        self.error.hide()  # one short line: a wrapped one was cut off in narrow rows
        self.edit.setToolTip(self.tr("Dates as 2026-03-02, 2026/03/02, 2026/3/2 or 20260302 (full-width digits too)"))
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.edit)
        line.addWidget(self.calendar_button)
        line.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(line)
        layout.addWidget(self.error)
        self.setFocusProxy(self.edit)
        self._valid = True
        self.edit.textChanged.connect(self._check)
        self.edit.editingFinished.connect(self._tidy)

    # -- reading and writing -------------------------------------------------------------

    def value(self) -> date | None:
        """The date typed, or None when the field is empty or not a date (see is_valid)."""
        try:
            return parse_user_date(self.edit.text())
        except DateInputError:
            return None

    def set_value(self, day: date | None) -> None:
        self.edit.setText(day.isoformat() if day else "")

    def clear(self) -> None:
        self.edit.clear()

    def text(self) -> str:
        return self.edit.text()

    def is_valid(self) -> bool:
        """True when the field is empty or holds a date (whether empty is allowed is the dialog's)."""
        return self._valid

    def problem(self) -> str | None:
        try:
            parse_user_date(self.edit.text())
        except DateInputError as exc:
            if exc.reason == "no_such_date":
                return self.tr("No such date: “{text}”").format(text=self.edit.text().strip())
            return self.tr("Not a date: “{text}” (e.g. 2026/3/2)").format(text=self.edit.text().strip())
        return None

    # -- checking as it is typed ---------------------------------------------------------

    def _check(self, _text: str = "") -> None:
        problem = self.problem()
        self.error.setText(problem or "")
        self.error.setVisible(problem is not None)
        valid = problem is None
        self.edit.setProperty("invalid", not valid)
        self.edit.setStyleSheet("" if valid else "QLineEdit { border: 2px solid #b91c1c; background: #fef2f2; }")
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)
        self.changed.emit()

    def _tidy(self) -> None:
        day = self.value()
        if day is not None and self.edit.text() != day.isoformat():
            self.edit.setText(day.isoformat())  # the same date, written the one way

    def _calendar_opening(self) -> None:
        day = self.value()
        if day is not None:
            self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def retranslate(self) -> None:
        self._check()


def tab_in_reading_order(*widgets: QWidget) -> None:
    """Tab and Shift+Tab go through `widgets` in this order (a DateField's line edit)."""
    chain = [w.edit if isinstance(w, DateField) else w for w in widgets]
    for first, second in zip(chain, chain[1:]):
        QWidget.setTabOrder(first, second)
