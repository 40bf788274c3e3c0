"""One shop at a glance: level, points, how far the next level is, what is restricted."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QPushButton,
    QAbstractItemView, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QProgressBar, QTableView,
    QVBoxLayout, QWidget,
)

from penaltytracker.core.model import ViolationRecord
from penaltytracker.core.rules import RuleSet
from penaltytracker.core.status import ShopStatus
from penaltytracker.core.weekly import review_due
from penaltytracker.store import ViolationFilter, page_violations, shop_status
from penaltytracker.reports.notice_text import notice_lines
from penaltytracker.store.reviews import last_review
from penaltytracker.ui.i18n import status_label, yen
from penaltytracker.ui.ops import Ops
from penaltytracker.ui.shipping_criteria import ShippingCriteriaCard
from penaltytracker.ui import restriction_banner
from penaltytracker.ui.style import card, heading, level_colour
from penaltytracker.ui.weekly_review import review_nudge_text
from penaltytracker.ui.widgets import LevelBadge, SanctionTable

LATEST = 8  # latest violations listed


class DashboardPage(QWidget):
    drawn = Signal()  # the figures on screen match the store
    notice_requested = Signal()  # "Record Rakuten's notice…"

    def __init__(self, ops: Ops, rules: RuleSet, lang: str, today, margin: int, parent=None):
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.ops = ops
        self.rules = rules
        self.lang = lang
        self.today = today  # callable: today's date in Japan
        self.margin = margin
        self.store = None
        self.shop: str | None = None
        self.status: ShopStatus | None = None
        self.latest: list[ViolationRecord] = []
        self.reviewed_on = None  # the shop's last weekly review (None: never)
        self._generation = 0

        self.banner = QLabel()
        self.banner.setObjectName("warningBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()

        self.badge = LevelBadge(128)
        self.level_title = heading()
        self.level_text = QLabel()
        self.level_text.setWordWrap(True)
        self.training_text = QLabel()
        self.training_text.setWordWrap(True)
        self.training_text.setProperty("role", "muted")
        self.reached_text = QLabel()
        self.reached_text.setObjectName("levelsReached")
        self.reached_text.setWordWrap(True)

        self.points_title = heading()
        self.points_value = QLabel()
        self.points_value.setObjectName("pointsValue")
        self.points_value.setStyleSheet("font-size: 30pt; font-weight: bold; color: #111827;")
        self.progress = QProgressBar()
        self.progress.setObjectName("nextLevelProgress")
        self.progress.setTextVisible(False)  # the line below says it in words
        self.progress.setFixedHeight(16)
        self.next_text = QLabel()
        self.next_text.setObjectName("nextLevelText")
        self.fees_title = QLabel()
        self.fees_value = QLabel()
        self.fees_value.setObjectName("feesValue")
        self.fees_value.setStyleSheet("font-size: 15pt; font-weight: bold;")
        # What this year's notices said: fee billed and paid, training due, level V's outcome.
        self.notice_text = QLabel()
        self.notice_text.setObjectName("noticeText")
        self.notice_text.setWordWrap(True)
        self.review_text = QLabel()
        self.review_text.setObjectName("reviewNudge")

        level_card = card()
        lc = QHBoxLayout(level_card)
        lc.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.addWidget(self.level_title)
        texts.addWidget(self.level_text)
        texts.addWidget(self.training_text)
        texts.addWidget(self.reached_text)
        texts.addStretch(1)
        lc.addLayout(texts, 1)

        points_card = card()
        pc = QVBoxLayout(points_card)
        pc.addWidget(self.points_title)
        pc.addWidget(self.points_value)
        pc.addWidget(self.progress)
        pc.addWidget(self.next_text)
        pc.addSpacing(6)
        fees = QHBoxLayout()
        fees.addWidget(self.fees_title)
        fees.addStretch(1)
        fees.addWidget(self.fees_value)
        pc.addLayout(fees)
        pc.addWidget(self.notice_text)
        pc.addWidget(self.review_text)
        pc.addStretch(1)

        self.sanctions_title = heading()
        self.sanctions = SanctionTable()
        self.sanctions.setObjectName("sanctionsTable")
        self.no_sanctions = QLabel()
        self.no_sanctions.setProperty("role", "muted")

        self.latest_title = heading()
        self.latest_model = QStandardItemModel(0, 5, self)
        self.latest_view = QTableView()
        self.latest_view.setObjectName("latestViolations")
        self.latest_view.setModel(self.latest_model)
        self.latest_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.latest_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.latest_view.verticalHeader().setVisible(False)
        self.latest_view.setWordWrap(False)
        self.latest_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.latest_view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

        grid = QGridLayout()
        grid.addWidget(level_card, 0, 0)
        grid.addWidget(points_card, 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

        self.shipping_card = ShippingCriteriaCard(ops, rules)  # the 最強配送 shop criteria (shipping)

        # Restrictions in force come before anything else; other marketplaces have no points.
        self.restrictions = restriction_banner.RestrictionBanner()
        self.rakuten_only = (level_card, points_card, self.banner, self.sanctions_title, self.sanctions,
                             self.no_sanctions, self.latest_title, self.latest_view)
        layout = QVBoxLayout(self)
        layout.addWidget(self.restrictions)
        layout.addWidget(self.banner)
        from penaltytracker.ui.troubles_tabs import TroublesNote  # issue 17: open incidents, flagged orders
        self.troubles_note = TroublesNote(self)
        layout.addWidget(self.troubles_note)
        from penaltytracker.ui.todo_panel import TodoPanel  # 「やること」 of this shop
        self.todo = TodoPanel(self, ops, rules, today, lambda: self.margin, shop=lambda: self.shop)
        layout.addLayout(grid)
        layout.addWidget(self.todo)
        layout.addWidget(self.shipping_card)
        # What Rakuten's notice says wins over the expectation: recorded from here.
        self.notice_button = QPushButton()
        self.notice_button.setObjectName("recordNoticeButton")
        self.notice_button.clicked.connect(self.notice_requested)
        sanctions_head = QHBoxLayout()
        sanctions_head.addWidget(self.sanctions_title)
        sanctions_head.addStretch(1)
        sanctions_head.addWidget(self.notice_button)
        layout.addLayout(sanctions_head)
        self.rakuten_only += (self.notice_button,)
        layout.addWidget(self.no_sanctions)
        layout.addWidget(self.sanctions)
        layout.addWidget(self.latest_title)
        layout.addWidget(self.latest_view, 2)
        self.retranslate()

    # -- loading -----------------------------------------------------------------------

    def set_store(self, store) -> None:
        self.store = store

    def set_shop(self, shop: str | None) -> None:
        self.shop = shop
        self.refresh()

    def set_margin(self, margin: int) -> None:
        self.margin = margin
        self._show()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.retranslate()
        self._show()

    def refresh(self) -> None:
        if self.store is None or self.shop is None:
            return
        self._generation += 1
        generation = self._generation
        store, rules, shop, today = self.store, self.rules, self.shop, self.today()
        self.shipping_card.load(store, shop, today)

        def work():
            status = shop_status(store, rules, shop, today)
            latest = page_violations(store, ViolationFilter(shop=shop), limit=LATEST, sort="points_date",
                                     descending=True)
            return status, latest, last_review(store, shop), restriction_banner.read(store, shop)

        def done(result) -> None:
            if generation == self._generation:
                self.status, self.latest, self.reviewed_on, restrictions = result
                self.restrictions.set_data(restrictions, shop)
                self._show()
                self.drawn.emit()

        self.ops.run(work, on_done=done, title=self.tr("Could not read the shop's status"))
        self.troubles_note.refresh(self.ops, store, shop, today, self.lang)

    # -- showing -----------------------------------------------------------------------

    def retranslate(self) -> None:
        self.shipping_card.retranslate()
        self.level_title.setText(self.tr("Violation level"))
        self.points_title.setText(self.tr("Points this year"))
        self.fees_title.setText(self.tr("Penalty fees this year"))
        self.sanctions_title.setText(self.tr("Sanctions in force"))
        self.no_sanctions.setText(self.tr("No sanctions are in force."))
        self.latest_title.setText(self.tr("Latest violations"))
        self.sanctions.set_headers([self.tr("Sanction"), self.tr("Level"), self.tr("From"), self.tr("Until"),
                                    self.tr("Days left"), self.tr("Dates from")])
        self.notice_button.setText(self.tr("Record Rakuten's notice…"))
        self.latest_model.setHorizontalHeaderLabels([self.tr("Points date"), self.tr("Points"), self.tr("Category"),
                                                     self.tr("Title"), self.tr("Status")])

    def next_level_text(self, s: ShopStatus) -> str:
        if s.next_level is None:
            return self.tr("The highest level ({level}) has been reached.").format(level=s.level)
        return self.tr("{n} points left before level {level}").format(n=s.points_to_next, level=s.next_level)

    def _show(self) -> None:
        s = self.status
        if s is None:
            return
        lang = self.lang
        year = s.year
        if s.level:
            lv = self.rules.level(s.level)
            self.badge.set_level(s.level, self.tr("Level {level}").format(level=s.level))
            self.level_text.setText(lv.description(lang))
            self.training_text.setText(lv.training_en if lang == "en" else lv.training_ja)
        else:
            self.badge.set_level(None, self.tr("No level"), self.tr("None"))
            self.level_text.setText(self.tr("No level has been reached this year."))
            self.training_text.setText("")
        self.points_title.setText(self.tr("Points in {year}").format(year=year))
        self.points_value.setText(self.tr("{points} points").format(points=s.points))

        # The bar shows what its label says: the year's points out of the next threshold
        # (counted from 0, so 80 / 100 is four fifths full, never an empty band).
        if s.next_threshold is not None:
            self.progress.setRange(0, s.next_threshold)
            self.progress.setValue(s.points)
            fraction = self.tr("{points} / {threshold} points").format(points=s.points, threshold=s.next_threshold)
            self.next_text.setText(f"{self.next_level_text(s)}（{fraction}）" if lang == "ja"
                                   else f"{self.next_level_text(s)} ({fraction})")
        else:
            self.progress.setRange(0, 1)
            self.progress.setValue(1)
            self.next_text.setText(self.next_level_text(s))
        self.progress.setStyleSheet(
            "QProgressBar { border: 1px solid #d1d5db; border-radius: 7px; background: #f3f4f6; }"
            f" QProgressBar::chunk {{ border-radius: 6px; background: {level_colour(s.next_level)}; }}")
        if s.levels_reached:
            reached = "、".join(f"{r.level}（{r.date.isoformat()}）" for r in s.levels_reached) if lang == "ja" \
                else ", ".join(f"{r.level} ({r.date.isoformat()})" for r in s.levels_reached)
            self.reached_text.setText(self.tr("Levels reached this year: {levels}").format(levels=reached))
        else:
            self.reached_text.setText("")
        self.fees_value.setText(yen(s.penalty_fees_yen))
        noticed = notice_lines(s, lang)
        self.notice_text.setText("\n".join(noticed))
        self.notice_text.setVisible(bool(noticed))
        # Weekly review habit: say how long ago, and nudge once a week has gone by.
        self.review_text.setText(review_nudge_text(self.reviewed_on, s.as_of, lang))
        self.review_text.setStyleSheet("color: #b45309; font-weight: 600;" if review_due(self.reviewed_on, s.as_of)
                                       else "color: #6b7280;")

        warn = s.points_to_next is not None and s.points_to_next <= self.margin
        if s.next_level is None:
            self.banner.setObjectName("dangerBanner")
            self.banner.setText(self.tr("Level {level} reached: contact Rakuten and review every listing now.").format(
                level=s.level))
        elif warn:
            self.banner.setObjectName("warningBanner")
            self.banner.setText(self.tr("Warning: only {n} points left before level {level} ({threshold} points).")
                                .format(n=s.points_to_next, level=s.next_level, threshold=s.next_threshold))
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)
        self.banner.setVisible(warn or s.next_level is None)

        self.sanctions.show_windows(s.active_sanctions, self.rules, lang, s.as_of,
                                    lambda n: self.tr("{n} days").format(n=n))
        self.sanctions.fit_rows()
        self.sanctions.setVisible(bool(s.active_sanctions))
        self.no_sanctions.setVisible(not s.active_sanctions)

        self.latest_model.removeRows(0, self.latest_model.rowCount())
        for r in self.latest:
            cells = [r.points_date.isoformat(), str(r.points),
                     self.rules.category_label(r.category, lang) if r.category else "", r.title,
                     status_label(r.status)]
            items = [QStandardItem(c) for c in cells]
            items[1].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if not r.counts:
                for it in items:
                    it.setForeground(Qt.GlobalColor.gray)
            self.latest_model.appendRow(items)
        self.latest_view.resizeColumnsToContents()
        self.latest_view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.restrictions.show_for(s.as_of, lang)
        if not self.restrictions.has_points:  # say so (the banner's note) instead of showing zeros
            for widget in self.rakuten_only:
                widget.hide()
        elif not self.rakuten_only[0].isVisibleTo(self):
            for widget in self.rakuten_only[:2] + (self.sanctions_title, self.latest_title, self.latest_view):
                widget.show()
