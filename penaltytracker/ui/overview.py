"""Every shop on one list, worst first: points, level and how far the next level is."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from penaltytracker.core.rules import RuleSet
from penaltytracker.core.status import level_rank
from penaltytracker.store import ShopOverview, shops_overview
from penaltytracker.ui.ops import Ops
from penaltytracker.ui import restriction_banner
from penaltytracker.ui.style import heading, level_colour

SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class OverviewModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[ShopOverview] = []
        self.margin = 10
        self.no_points: set[str] = set()  # shops on marketplaces without the points system

    def set_rows(self, rows: list[ShopOverview]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 4))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Shop"), self.tr("Level"), self.tr("Points this year"), self.tr("Next level"),
                self.tr("Points left"))[section]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        o = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole and col and o.shop in self.no_points:
            return self.tr("No points (not Rakuten)") if col == 1 else "—"  # not zeros
        if role == Qt.ItemDataRole.DisplayRole:
            return (o.shop, o.level or self.tr("None"), str(o.points), o.next_level or "—",
                    "—" if o.points_to_next is None else str(o.points_to_next))[col]
        if role == SORT_ROLE:
            # Numbers sort as numbers; "no next level" is the most urgent, so it sorts as 0 left.
            return (o.shop, level_rank(o.level), o.points, level_rank(o.next_level),
                    0 if o.points_to_next is None else o.points_to_next)[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (2, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (1, 3):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and col == 1 and o.level:
            return QBrush(QColor(level_colour(o.level)))
        if role == Qt.ItemDataRole.ForegroundRole and col == 1 and o.level:
            return QBrush(QColor("white"))
        if role == Qt.ItemDataRole.ForegroundRole and col == 4 and o.points_to_next is not None \
                and o.points_to_next <= self.margin:
            return QBrush(QColor("#b45309"))
        if role == Qt.ItemDataRole.UserRole:
            return o.shop
        return None


class OverviewPage(QWidget):
    shop_chosen = Signal(str)
    drawn = Signal()

    def __init__(self, ops: Ops, rules: RuleSet, today, parent=None):
        super().__init__(parent)
        self.setObjectName("overview")
        self.ops = ops
        self.rules = rules
        self.today = today
        self.store = None
        self._generation = 0
        self.model = OverviewModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.title = heading()
        self.hint = QLabel()
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)
        self.table = QTableView()
        self.table.setObjectName("overviewTable")
        from penaltytracker.ui.widgets import SortHeader

        self.table.setHorizontalHeader(SortHeader(Qt.Orientation.Horizontal, self.table))  # ▼ for worst first
        self.table.horizontalHeader().setSectionsClickable(True)
        self.table.horizontalHeader().setHighlightSections(True)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # worst first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._chosen)
        self.table.activated.connect(self._chosen)
        self.restrictions = restriction_banner.RestrictionBanner()  # every active restriction, first
        layout = QVBoxLayout(self)
        layout.addWidget(self.restrictions)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        from penaltytracker.ui.todo_panel import TodoPanel  # 「やること」 of every shop
        self.todo = TodoPanel(self, ops, rules, today, lambda: self.model.margin)
        self.todo.shop_chosen.connect(self.shop_chosen)
        layout.addWidget(self.todo)
        self.retranslate()

    def set_store(self, store) -> None:
        self.store = store

    def set_margin(self, margin: int) -> None:
        self.model.margin = margin
        self.model.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("All shops"))
        self.hint.setText(self.tr("This year's points of every shop, worst first. Double-click a shop to open "
                                  "its dashboard."))
        self.model.retranslate()

    def refresh(self) -> None:
        if self.store is None:
            return
        self._generation += 1
        generation = self._generation
        store, rules, today = self.store, self.rules, self.today()

        def work():
            from penaltytracker.store.restrictions import shop_marketplaces

            return shops_overview(store, rules, today), restriction_banner.read(store, None), shop_marketplaces(store)

        def done(result):
            if generation == self._generation:
                rows, restrictions, markets = result
                cat = self.restrictions.cat
                self.model.no_points = {shop for shop, key in markets.items()
                                        if not getattr(cat.marketplaces.get(key), "points", True)}
                self.model.set_rows(rows)
                self.restrictions.set_data(restrictions)
                self.restrictions.show_for(today, self._lang(), with_shop=True)
                self.drawn.emit()

        self.ops.run(work, on_done=done,
                     title=self.tr("Could not read the shops"))

    def _lang(self) -> str:
        window = self.window()
        return getattr(getattr(window, "language", None), "code", "ja")

    def shops_in_view_order(self) -> list[str]:
        return [self.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(self.proxy.rowCount())]

    def _chosen(self, index: QModelIndex) -> None:
        shop = index.data(Qt.ItemDataRole.UserRole)
        if shop:
            self.shop_chosen.emit(shop)
