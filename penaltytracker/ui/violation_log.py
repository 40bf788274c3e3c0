"""The violation log: a table that reads the store a page at a time.

The model never holds the whole log. It asks the store for the row count and the
first page; once the operator scrolls past the first few pages it asks (in the
background) for the ids of every matching row in display order, and further pages are
then read by id as the view paints them (through the operation helper, off the UI
thread); only a few pages are kept. The database sorts and filters. With a million
violations the first rows show at once, and every later page in milliseconds: no
OFFSET deep into a sorted million rows. A log that is never scrolled never reads the
id list (1.3 s of background work on a million rows).
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer, Signal
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
from penaltytracker.ui.widgets import log_table

PAGE_SIZE = 200
CACHED_PAGES = 8
WAITING_PAGES = 4  # pages asked for but not yet fetched; older wishes are dropped while scrolling
IDS_FROM_PAGE = 5  # pages before this one are read by OFFSET (cheap near the top); later ones by id

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


class ViolationTableModel(QAbstractTableModel):
    loaded = Signal(int)  # the row count after a reload

    def __init__(self, ops: Ops, rules: RuleSet, lang: str = "ja", parent=None):
        super().__init__(parent)
        self.ops = ops
        self.rules = rules
        self.lang = lang
        self.store = None
        self.filter = ViolationFilter()
        self.sort_key = "points_date"
        self.descending = True
        self._count = 0
        self._pages: OrderedDict[int, list[ViolationRecord]] = OrderedDict()
        self._wanted: list[int] = []
        self._in_flight: int | None = None
        self._generation = 0
        self._ids = None  # every row's id in display order, once loaded (for this generation)
        self._ids_asked = False  # the id list of this generation has been asked for
        self._counted = False  # the count and first page of this generation have arrived
        self.fetched_pages: list[int] = []  # every page read from the store (tests, diagnostics)

    # -- what to show ------------------------------------------------------------------

    def set_store(self, store) -> None:
        self.store = store
        self.reload()

    def set_filter(self, flt: ViolationFilter) -> None:
        if flt != self.filter:
            self.filter = flt
            self.reload()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(COLUMNS) - 1))

    def reload(self) -> None:
        """Count again and forget cached pages (after a change or a new filter/sort)."""
        self._generation += 1
        generation = self._generation
        self._ids, self._ids_asked, self._counted = None, False, False
        if self.store is None:
            self._apply(generation, (0, []))
            return
        store, flt, sort, desc = self.store, self.filter, self.sort_key, self.descending

        def work():
            # The first page comes with the count, so the table never flashes empty rows.
            return count_violations(store, flt), page_violations(store, flt, offset=0, limit=PAGE_SIZE,
                                                                 sort=sort, descending=desc)

        self.ops.run(work, on_done=lambda res: self._apply(generation, res),
                     title=self.tr("Could not read the violation log"))

    def _ask_for_ids(self) -> None:
        """The id list of every matching row, asked once per reload and only when a page
        deep enough to need it is wanted (the first pages read by OFFSET cost nothing)."""
        if self._ids_asked or self.store is None:
            return
        self._ids_asked = True
        generation = self._generation
        store, flt, sort, desc = self.store, self.filter, self.sort_key, self.descending
        self.ops.run(lambda: violation_ids(store, flt, sort=sort, descending=desc),
                     on_done=lambda ids: self._ids_arrived(generation, ids),
                     title=self.tr("Could not read the violation log"))

    def _ids_arrived(self, generation: int, ids) -> None:
        if generation != self._generation:
            return
        self._ids = ids
        # Before the count has arrived, _apply compares the two; after it, a different
        # length means the store changed in between (a reload is coming anyway).
        if self._counted and len(ids) != self._count:
            self.beginResetModel()
            self._count = len(ids)
            self._pages.clear()
            self.endResetModel()

    def _apply(self, generation: int, result) -> None:
        if generation != self._generation:
            return  # a newer reload is on its way
        count, first = result
        self.beginResetModel()
        # The id list may have come first (a small filtered log): keep it, it belongs to
        # this generation; only a list that disagrees with the count is dropped.
        if self._ids is not None and len(self._ids) != count:
            self._ids, self._ids_asked = None, False
        self._counted = True
        self._count = count
        self._pages.clear()
        self._wanted.clear()
        self._in_flight = None
        if first or count == 0:
            self._pages[0] = first
            self.fetched_pages.append(0)
        self.endResetModel()
        self.loaded.emit(count)

    # -- paging ------------------------------------------------------------------------

    def _record(self, row: int) -> ViolationRecord | None:
        page = row // PAGE_SIZE
        rows = self._pages.get(page)
        if rows is None:
            self._want(page)
            return None
        self._pages.move_to_end(page)
        offset = row % PAGE_SIZE
        return rows[offset] if offset < len(rows) else None

    def record_at(self, row: int) -> ViolationRecord | None:
        """The record on `row` if its page is loaded (the view only acts on what it shows)."""
        page = self._pages.get(row // PAGE_SIZE)
        if page is None or row % PAGE_SIZE >= len(page):
            return None
        return page[row % PAGE_SIZE]

    def _want(self, page: int) -> None:
        if page == self._in_flight:
            return
        if page in self._wanted:
            self._wanted.remove(page)
        self._wanted.append(page)  # newest wish last: it is what the operator looks at now
        del self._wanted[:-WAITING_PAGES]
        self._fetch_next()

    def _fetch_next(self) -> None:
        if self._in_flight is not None or not self._wanted or self.store is None:
            return
        page = self._wanted.pop()
        self._in_flight = page
        generation = self._generation
        store, flt, sort, desc = self.store, self.filter, self.sort_key, self.descending
        if self._ids is None and page >= IDS_FROM_PAGE:
            self._ask_for_ids()
        if self._ids is not None:
            ids = self._ids[page * PAGE_SIZE:(page + 1) * PAGE_SIZE]
            work = lambda: violations_by_ids(store, ids)  # noqa: E731
        else:  # near the top, or the id list is still loading: read by position
            work = lambda: page_violations(store, flt, offset=page * PAGE_SIZE, limit=PAGE_SIZE,  # noqa: E731
                                           sort=sort, descending=desc)
        self.ops.run(work, on_done=lambda rows: self._page_arrived(generation, page, rows),
                     on_error=lambda _e: self._page_failed(generation),
                     title=self.tr("Could not read the violation log"))

    def _page_failed(self, generation: int) -> None:
        if generation == self._generation:
            self._in_flight = None
            self._wanted.clear()

    def _page_arrived(self, generation: int, page: int, rows: list[ViolationRecord]) -> None:
        if generation != self._generation:
            return
        self._in_flight = None
        self._pages[page] = rows
        self.fetched_pages.append(page)
        while len(self._pages) > CACHED_PAGES:
            self._pages.popitem(last=False)
        first = page * PAGE_SIZE
        last = min(self._count, first + PAGE_SIZE) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))
        self._fetch_next()

    def loaded_rows(self) -> int:
        return sum(len(p) for p in self._pages.values())

    # -- Qt model ----------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

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

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)
