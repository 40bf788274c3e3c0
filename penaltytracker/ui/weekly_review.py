"""The weekly review: the last 7 days of one shop and a "review done" mark."""

from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from penaltytracker.core.rules import RuleSet
from penaltytracker.core.shipping import days_late
from penaltytracker.core.status import today_in_japan
from penaltytracker.core.weekly import NUDGE_AFTER_DAYS, WeekSummary, days_since_review, review_due
from penaltytracker.ui import restriction_banner
from penaltytracker.ui.deferred import LoadsWhenShown
from penaltytracker.ui.shipping_criteria import CriteriaPanel
from penaltytracker.ui.i18n import in_language


def _t(lang: str) -> dict:
    """The page's words in `lang` (penaltytracker_ja.ts, context WeeklyReview)."""
    w = in_language(lang)
    return {
        "title": w.translate("WeeklyReview", "Weekly review"),
        "span": w.translate("WeeklyReview", "the 7 days {a} to {b}"),
        "no_shop": w.translate("WeeklyReview", "Choose a shop to review in the list above."),
        "never": w.translate("WeeklyReview", "No weekly review yet."),
        "today": w.translate("WeeklyReview", "Last reviewed today"),
        "ago": w.translate("WeeklyReview", "Last reviewed {n} days ago"),
        "nudge": w.translate("WeeklyReview", " ({n} days or more: time for the weekly review)"),
        "points": w.translate("WeeklyReview", "Points added this week: +{n} ({k} violation(s))"),
        "level": w.translate("WeeklyReview", "Level: {a} → {b}"),
        "up": w.translate("WeeklyReview", " (up)"),
        "down": w.translate("WeeklyReview", " (down)"),
        "same": w.translate("WeeklyReview", " (no change)"),
        "none_level": w.translate("WeeklyReview", "none"),
        "violations": w.translate("WeeklyReview", "New violations this week"),
        "shipping": w.translate("WeeklyReview", "Late shipments this week"),
        "ending": w.translate("WeeklyReview", "Sanctions ending in the next 7 days"),
        "no_violations": w.translate("WeeklyReview", "No new violations this week."),
        "no_shipping": w.translate("WeeklyReview", "No late shipments this week."),
        "no_ending": w.translate("WeeklyReview", "No sanction ends in the next 7 days."),
        "ending_line": w.translate("WeeklyReview", "{name} (level {lv}): until {end}"),
        "v_cols": (
            w.translate("WeeklyReview", "Points date"),
            w.translate("WeeklyReview", "Category"),
            w.translate("WeeklyReview", "Points"),
            w.translate("WeeklyReview", "Title"),
            w.translate("WeeklyReview", "Status"),
        ),
        "active": w.translate("WeeklyReview", "Active"),
        "withdrawn": w.translate("WeeklyReview", "Withdrawn"),
        "s_cols": (
            w.translate("WeeklyReview", "Order"),
            w.translate("WeeklyReview", "Promised"),
            w.translate("WeeklyReview", "Shipped"),
            w.translate("WeeklyReview", "Days late"),
            w.translate("WeeklyReview", "Cause"),
        ),
        "not_shipped": w.translate("WeeklyReview", "not shipped"),
        "no_cause": w.translate("WeeklyReview", "No cause given"),
        "note": w.translate("WeeklyReview", "Note (optional)"),
        "done": w.translate("WeeklyReview", "Review done"),
        "saved": w.translate("WeeklyReview", "Review recorded for {d}."),
        "past": w.translate("WeeklyReview", "Earlier reviews and their notes"),
        "no_past": w.translate("WeeklyReview", "No review recorded yet."),
        "past_line": w.translate("WeeklyReview", "{d} ({who}): {note}"),
        "no_note": w.translate("WeeklyReview", "no note"),
    }


def review_nudge_text(last_review_date: date | None, today: date, lang: str) -> str:
    """"最終レビュー: N日前", with a nudge once a week has gone by (or none was ever done)."""
    t = _t(lang)
    days = days_since_review(last_review_date, today)
    if days is None:
        return t["never"]
    text = t["today"] if days <= 0 else t["ago"].format(n=days)
    if review_due(last_review_date, today):
        text += t["nudge"].format(n=NUDGE_AFTER_DAYS)
    return text


def _table(object_name: str, columns: tuple[str, ...], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setObjectName(object_name)
    table.setHorizontalHeaderLabels(list(columns))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, ...]], numeric: set[int]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c in numeric:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)


class WeeklyReviewPage(LoadsWhenShown, QWidget):
    """One view of the week: new violations, late shipments, change in points and level,
    sanctions ending soon, and the "review done" button."""

    review_done = Signal(str, object)  # shop, date

    def __init__(self, store, rules: RuleSet, shop: Callable[[], str | None], lang: str,
                 today: Callable[[], date] | None = None, parent: QWidget | None = None,
                 *, load_when_shown: bool = False):
        super().__init__(parent)
        self.setObjectName("weeklyReview")
        # As a hidden tab, the week is read only once the page is shown (it reads the
        # store on the UI thread; start-up should not wait for it).
        self.load_when_shown = load_when_shown
        self.store = store
        self.rules = rules
        self.shop = shop
        self.lang = lang
        self.today = today or (lambda: today_in_japan(rules.timezone))
        self.summary: WeekSummary | None = None

        self.heading = QLabel()
        self.heading.setObjectName("reviewHeading")
        self.heading.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.last_review = QLabel()
        self.last_review.setObjectName("lastReview")
        self.points = QLabel()
        self.points.setObjectName("weekPoints")
        self.level = QLabel()
        self.level.setObjectName("weekLevel")

        self.violations = _table("weekViolations", _t(lang)["v_cols"], stretch=3)
        self.no_violations = QLabel()
        self.shipments = _table("weekLateShipments", _t(lang)["s_cols"], stretch=4)
        self.no_shipments = QLabel()
        self.criteria = CriteriaPanel()  # the 最強配送 shop criteria on the review's day
        self.criteria.hide()
        self.ending = QLabel()
        self.ending.setObjectName("sanctionsEnding")
        self.ending.setWordWrap(True)
        self.past = QLabel()  # the notes written at earlier reviews, newest first
        self.past.setObjectName("pastReviews")
        self.past.setWordWrap(True)
        self.past.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.note = QLineEdit()
        self.note.setObjectName("reviewNote")
        self.done_button = QPushButton()
        self.done_button.setObjectName("reviewDone")
        self.done_button.clicked.connect(self.mark_done)
        self.status = QLabel()
        self.status.setObjectName("reviewStatus")

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.last_review)
        layout.addWidget(self.points)
        layout.addWidget(self.level)
        self.boxes: list[QGroupBox] = []
        for widgets in ((self.violations, self.no_violations), (self.criteria, self.shipments, self.no_shipments),
                        (self.ending,), (self.past,)):
            box = QGroupBox()
            self.boxes.append(box)
            inner = QVBoxLayout(box)
            for w in widgets:
                inner.addWidget(w)
            layout.addWidget(box, 1 if len(widgets) > 1 else 0)
        self._build_restrictions_box(layout)
        from penaltytracker.ui.troubles_tabs import TroublesReviewBox  # issue 17
        self.troubles = TroublesReviewBox()
        layout.addWidget(self.troubles)
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.done_button)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.set_language(lang)

    def set_language(self, lang: str) -> None:
        """Show every label in `lang` ("ja" or "en") and read the week again."""
        self.lang = lang
        t = _t(lang)
        for box, key in zip(self.boxes, ("violations", "shipping", "ending", "past")):
            box.setTitle(t[key])
        self.no_violations.setText(t["no_violations"])
        self.no_shipments.setText(t["no_shipping"])
        self.violations.setHorizontalHeaderLabels(list(t["v_cols"]))
        self.shipments.setHorizontalHeaderLabels(list(t["s_cols"]))
        self.note.setPlaceholderText(t["note"])
        self.done_button.setText(t["done"])
        self.status.setText("")
        self.restrictions_box.setTitle(restriction_banner.week_title(lang))
        self.refresh()

    def set_store(self, store) -> None:
        self.store = store
        self.refresh()

    def refresh(self) -> None:
        """Read the week again (one shop, two small queries: quick enough for the UI thread)."""
        from penaltytracker.store.reviews import last_review, week_summary

        if self.defer_while_hidden():
            return
        t = _t(self.lang)
        shop = self.shop()
        enabled = bool(shop) and self.store is not None
        self.done_button.setEnabled(enabled)
        self.note.setEnabled(enabled)
        if not enabled:
            self.summary = None
            self.heading.setText(t["title"])
            for label in (self.last_review, self.points, self.level):
                label.setText("")
            self.last_review.setText(t["no_shop"])
            self._show_violations([])
            self._show_shipments([])
            self.criteria.show_summary(None)
            self.ending.setText("")
            self.restrictions_week.setText("")
            self.troubles.refresh(None, None, self.today(), self.lang)
            self.past.setText("")
            return
        today = self.today()
        s = self.summary = week_summary(self.store, self.rules, shop, today)
        self.heading.setText(f"{t['title']} — {shop}　{t['span'].format(a=s.week_start, b=s.as_of)}")
        reviewed = last_review(self.store, shop)
        self.last_review.setText(review_nudge_text(reviewed, today, self.lang))
        self.last_review.setStyleSheet("color: #b45309; font-weight: 600;" if review_due(reviewed, today) else "")
        counted = [v for v in s.new_violations if v.counts]
        self.points.setText(t["points"].format(n=s.points_added, k=len(counted)))
        move = (t["up"] if s.level_went_up else t["down"]) if s.level_changed else t["same"]
        self.level.setText(t["level"].format(a=s.level_before or t["none_level"],
                                             b=s.level_after or t["none_level"]) + move)
        self.level.setStyleSheet("color: #b91c1c; font-weight: 600;" if s.level_went_up else "")
        self._show_violations(list(s.new_violations))
        self._show_shipments(list(s.late_shipments))
        self.criteria.show_summary(self._shipping_summary(shop, today))
        lines = [t["ending_line"].format(name=self.rules.sanction_name(w.kind, self.lang), lv=w.level,
                                         end=w.end.isoformat()) for w in s.sanctions_ending]
        self.ending.setText("\n".join(lines) or t["no_ending"])
        self._show_restrictions(shop, today)
        self.troubles.refresh(self.store, shop, today, self.lang)
        self._show_past(shop)

    def _show_past(self, shop: str) -> None:
        from penaltytracker.store.reviews import past_reviews

        t = _t(self.lang)
        lines = [t["past_line"].format(d=on.isoformat(), who=who or "—", note=note or t["no_note"])
                 for on, who, note in past_reviews(self.store, shop)]
        self.past.setText("\n".join(lines) or t["no_past"])

    # -- restrictions on any marketplace (ui/restriction_banner.py has the words) ---------

    def _build_restrictions_box(self, layout) -> None:
        self.restrictions_box = QGroupBox()
        self.restrictions_week = QLabel()
        self.restrictions_week.setObjectName("weekRestrictions")
        self.restrictions_week.setWordWrap(True)
        QVBoxLayout(self.restrictions_box).addWidget(self.restrictions_week)
        layout.addWidget(self.restrictions_box)

    def _show_restrictions(self, shop: str, today: date) -> None:
        from penaltytracker.store.restrictions import restriction_week

        self.restriction_summary = restriction_week(self.store, shop, today)
        self.restrictions_week.setText(restriction_banner.week_text(self.restriction_summary, self.lang))
        note = restriction_banner.no_points_text(self.store, shop, self.lang)
        if note:  # another marketplace: no points or level to show, say so instead of zeros
            self.points.setText(note)
            self.level.setText("")

    def _shipping_summary(self, shop: str, today: date):
        """The shop criteria on the review's day; None for a shop with no shipments recorded."""
        from penaltytracker.store.shipments import ShipmentFilter, count_shipments, shipping_summary
        from penaltytracker.store.violations import NotFound

        try:
            if not count_shipments(self.store, ShipmentFilter(shop=shop)):
                return None
            return shipping_summary(self.store, self.rules, shop, today)
        except NotFound:
            return None

    def _show_violations(self, records) -> None:
        t = _t(self.lang)
        _fill(self.violations, [
            (v.points_date.isoformat(), self.rules.category_label(v.category, self.lang), str(v.points), v.title,
             t["active"] if v.counts else t["withdrawn"]) for v in records], numeric={2})
        self.violations.setVisible(bool(records))
        self.no_violations.setVisible(not records)

    def _show_shipments(self, shipments) -> None:
        t = _t(self.lang)
        as_of = self.summary.as_of if self.summary else self.today()
        _fill(self.shipments, [
            (s.order_id, s.promised_ship_date.isoformat(),
             s.shipped_on.isoformat() if s.shipped_on and s.shipped_on <= as_of else t["not_shipped"],
             str(days_late(s, as_of)),
             self.rules.shipping_cause_label(s.cause, self.lang) if s.cause else t["no_cause"])
            for s in shipments], numeric={3})
        self.shipments.setVisible(bool(shipments))
        self.no_shipments.setVisible(not shipments)

    def mark_done(self) -> None:
        from penaltytracker.store.reviews import mark_review_done

        shop = self.shop()
        if not shop or self.store is None:
            return
        from penaltytracker.store.engine import StoreError

        on = self.today()
        try:
            mark_review_done(self.store, shop, on, self.note.text())
        except StoreError as exc:  # e.g. the store went read-only: say so, keep the note
            from penaltytracker.messages import text

            self.status.setText(text(exc, self.lang))
            return
        self.note.clear()
        self.refresh()
        self.status.setText(_t(self.lang)["saved"].format(d=on.isoformat()))
        self.review_done.emit(shop, on)


__all__ = ["WeeklyReviewPage", "review_nudge_text"]
