"""The violation log: a table that reads the store a page at a time (ui/paged_log.py).

With a million violations the first rows show at once and every later page in
milliseconds; the database sorts and filters.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from penaltytracker.core.model import ACTIVE, WITHDRAWN, ViolationRecord
from penaltytracker.core.rules import RuleSet
from penaltytracker.store import (
    ViolationFilter, count_violations, page_violations, violation_ids, violation_years, violations_by_ids,
)
from penaltytracker.ui.i18n import day_text, status_label
from penaltytracker.ui.ops import Ops
from penaltytracker.ui.paged_log import PagedLogModel
from penaltytracker.ui.widgets import log_table

# (record field = database sort key, English header)
COLUMNS = (
    ("id", "ID"),
    ("points_date", "Points date"),
    ("occurred_on", "Occurred on"),
    ("shop", "Shop"),
    ("category", "Category"),
    ("points", "Points"),
    ("title", "Title"),
    ("reference", "Notice ref."),
    ("status", "Status"),
)


class ViolationTableModel(PagedLogModel):
    def __init__(self, ops: Ops, rules: RuleSet, lang: str = "ja", parent=None):
        super().__init__(ops, len(COLUMNS), ViolationFilter(), "points_date", parent)
        self.rules = rules
        self.lang = lang

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(COLUMNS) - 1))

    # -- reading (on a pool thread) ----------------------------------------------------

    def count_rows(self, store, flt) -> int:
        return count_violations(store, flt)

    def read_page(self, store, flt, offset, limit, sort, descending) -> list[ViolationRecord]:
        return page_violations(store, flt, offset=offset, limit=limit, sort=sort, descending=descending)

    def read_ids(self, store, flt, sort, descending):
        return violation_ids(store, flt, sort=sort, descending=descending)

    def read_by_ids(self, store, ids) -> list[ViolationRecord]:
        return violations_by_ids(store, ids)

    def failure_title(self) -> str:
        return self.tr("Could not read the violation log")

    # -- Qt model ----------------------------------------------------------------------

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.header_text(section)
        return None

    def header_text(self, section: int) -> str:
        key = COLUMNS[section][0]
        return {
            "id": self.tr("ID"), "points_date": self.tr("Points date"), "occurred_on": self.tr("Occurred on"),
            "shop": self.tr("Shop"), "category": self.tr("Category"), "points": self.tr("Points"),
            "title": self.tr("Title"), "reference": self.tr("Notice ref."), "status": self.tr("Status"),
        }[key]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key in ("points", "id"):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.UserRole):
            return None
        record = self._record(index.row())
        if role == Qt.ItemDataRole.UserRole:
            return record
        if record is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#9ca3af")) if record.status == WITHDRAWN else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return record.details or None
        return self.cell_text(record, key)

    def cell_text(self, record: ViolationRecord, key: str) -> str:
        if key in ("points_date", "occurred_on"):
            return day_text(getattr(record, key))
        if key == "category":
            return self.rules.category_label(record.category, self.lang) if record.category else ""
        if key == "status":
            return status_label(record.status)
        value = getattr(record, key)
        return "" if value is None else str(value)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sort_key = COLUMNS[column][0]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()


class ViolationLogPage(QWidget):
    """Filters, the table and the buttons that act on the chosen violation."""

    new_requested = Signal()
    edit_requested = Signal(int)
    delete_requested = Signal(list)  # records
    status_requested = Signal(object, str)  # record, new status

    def __init__(self, ops: Ops, rules: RuleSet, lang: str, parent=None):
        super().__init__(parent)
        self.ops = ops
        self.rules = rules
        self.lang = lang
        self.store = None
        self.shop: str | None = None
        self.model = ViolationTableModel(ops, rules, lang, self)

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("logSearch")
        self.year = QComboBox()
        self.year.setObjectName("logYear")
        self.category = QComboBox()
        self.category.setObjectName("logCategory")
        self.status = QComboBox()
        self.status.setObjectName("logStatus")
        self.search_label, self.year_label = QLabel(), QLabel()
        self.category_label, self.status_label = QLabel(), QLabel()
        filters = QHBoxLayout()
        for label, widget in ((self.search_label, self.search), (self.year_label, self.year),
                              (self.category_label, self.category), (self.status_label, self.status)):
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget, 3 if widget is self.search else 0)

        self.table = log_table(self.model, "violationTable", multi_select=True, stretch=6,
                               widths={0: 64, 1: 100, 2: 100, 3: 180, 4: 170, 5: 56, 7: 120, 8: 110})
        self.table.doubleClicked.connect(self._edit_current)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.new_button, self.edit_button = QPushButton(), QPushButton()
        self.status_button, self.delete_button = QPushButton(), QPushButton()
        self.count_label = QLabel()
        self.count_label.setProperty("role", "muted")
        self.new_button.setObjectName("newViolation")
        self.delete_button.setObjectName("deleteViolation")
        self.status_button.setObjectName("toggleStatus")
        self.new_button.clicked.connect(self.new_requested)
        self.edit_button.clicked.connect(self._edit_current)
        self.status_button.clicked.connect(self._toggle_status)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.status_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self._text_timer = QTimer(self, singleShot=True, interval=300)  # wait for the operator to stop typing
        self._text_timer.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(self._text_timer.start)
        for combo in (self.year, self.category, self.status):
            combo.currentIndexChanged.connect(self._apply_filter)
        self.model.loaded.connect(self._loaded)
        self.model.modelReset.connect(self._update_buttons)
        # A reload (after an edit, undo or another window's change) keeps the rows selected.
        self._keep_ids: set[int] = set()
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)

        self._filling = False
        self.retranslate()
        self._update_buttons()

    # -- wiring from the main window ---------------------------------------------------

    def set_store(self, store) -> None:
        self.store = store
        self.model.store = store
        self._load_years()

    def set_shop(self, shop: str | None) -> None:
        self.shop = shop
        self._load_years()

    def refresh(self) -> None:
        self._load_years()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.model.set_language(lang)
        self.retranslate()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _load_years(self) -> None:
        if self.store is None:
            return
        store, shop = self.store, self.shop
        self.ops.run(lambda: violation_years(store, shop), on_done=self._years_loaded,
                     title=self.tr("Could not read the violation log"))

    def _years_loaded(self, years: list[int]) -> None:
        chosen = self.year.currentData()
        self._filling = True
        self.year.clear()
        self.year.addItem(self.tr("All years"), None)
        for y in sorted(years, reverse=True):
            self.year.addItem(self.tr("{year}").format(year=y), y)
        i = self.year.findData(chosen)
        self.year.setCurrentIndex(max(i, 0))
        self._filling = False
        self._apply_filter(force=True)

    def current_filter(self) -> ViolationFilter:
        return ViolationFilter(shop=self.shop, year=self.year.currentData(), category=self.category.currentData(),
                               status=self.status.currentData(), text=self.search.text().strip())

    def _apply_filter(self, *_args, force: bool = False) -> None:
        if self._filling:
            return
        flt = self.current_filter()
        if force or flt != self.model.filter:
            self.model.filter = flt
            self.model.reload()

    def retranslate(self) -> None:
        self._filling = True
        self.search.setPlaceholderText(self.tr("Title, details, notice ref. or shop"))
        self.search_label.setText(self.tr("&Search:"))
        self.year_label.setText(self.tr("Year:"))
        self.category_label.setText(self.tr("Category:"))
        self.status_label.setText(self.tr("Status:"))
        cat, st = self.category.currentData(), self.status.currentData()
        self.category.clear()
        self.category.addItem(self.tr("All categories"), None)
        for c in self.rules.categories:
            self.category.addItem(c.name(self.lang), c.key)
        self.category.setCurrentIndex(max(self.category.findData(cat), 0))
        self.status.clear()
        self.status.addItem(self.tr("All"), None)
        self.status.addItem(status_label(ACTIVE), ACTIVE)
        self.status.addItem(status_label(WITHDRAWN), WITHDRAWN)
        self.status.setCurrentIndex(max(self.status.findData(st), 0))
        if self.year.count():
            self.year.setItemText(0, self.tr("All years"))
        self._filling = False
        self.new_button.setText(self.tr("New violation…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self._update_buttons()
        self._loaded(self.model.rowCount())

    def _loaded(self, count: int) -> None:
        self.count_label.setText(self.tr("{count} violation(s)").format(count=f"{count:,}"))

    # -- acting on the selection -------------------------------------------------------

    def selected_records(self) -> list[ViolationRecord]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [r for r in (self.model.record_at(row) for row in rows) if r is not None]

    def _update_buttons(self, *_args) -> None:
        records = self.selected_records()
        self.edit_button.setEnabled(len(records) == 1)
        self.delete_button.setEnabled(bool(records))
        self.status_button.setEnabled(len(records) == 1)
        if len(records) == 1 and records[0].status == WITHDRAWN:
            self.status_button.setText(self.tr("Restore"))
        else:
            self.status_button.setText(self.tr("Withdraw"))

    def _edit_current(self, *_args) -> None:
        records = self.selected_records()
        if len(records) == 1 and records[0].id is not None:
            self.edit_requested.emit(records[0].id)

    def _toggle_status(self) -> None:
        records = self.selected_records()
        if len(records) == 1:
            r = records[0]
            self.status_requested.emit(r, ACTIVE if r.status == WITHDRAWN else WITHDRAWN)

    def delete_selected(self) -> None:
        records = self.selected_records()
        if records:
            self.delete_requested.emit(records)

    def _remember_selection(self) -> None:
        ids = {r.id for r in self.selected_records()}
        if ids:
            self._keep_ids = ids

    def _restore_selection(self) -> None:
        if not self._keep_ids:
            return
        from PySide6.QtCore import QItemSelection, QItemSelectionModel

        selection = QItemSelection()
        rows = [row for row, record in self.model.loaded_records() if record.id in self._keep_ids]
        for row in rows:
            selection.select(self.model.index(row, 0), self.model.index(row, self.model.columnCount() - 1))
        if rows:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().select(selection, flags)
            self.table.selectionModel().setCurrentIndex(self.model.index(rows[0], 0),
                                                        QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.scrollTo(self.model.index(rows[0], 0))
        self._keep_ids = set()

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)
