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
from penaltytracker.ui.deferred import LoadsWhenShown

_T = {
    "ja": {
        "title": "週次レビュー", "span": "{a} 〜 {b} の7日間", "no_shop": "レビューする店舗を上の一覧から選んでください。",
        "never": "まだ週次レビューをしていません。", "today": "最終レビュー：今日", "ago": "最終レビュー：{n}日前",
        "nudge": "（{n}日以上たちました。週次レビューをしましょう）",
        "points": "今週加算された点数：+{n}点（{k}件）", "level": "違反レベル：{a} → {b}",
        "up": "（上昇）", "down": "（低下）", "same": "（変化なし）", "none_level": "なし",
        "violations": "今週の新しい違反", "shipping": "今週の出荷遅延", "ending": "今後7日以内に終わる制裁",
        "no_violations": "今週の新しい違反はありません。", "no_shipping": "今週の出荷遅延はありません。",
        "no_ending": "今後7日以内に終わる制裁はありません。",
        "ending_line": "{name}（レベル{lv}）：{end} まで",
        "v_cols": ("加点日", "違反区分", "点数", "内容", "状態"), "active": "有効", "withdrawn": "取り消し済み",
        "s_cols": ("受注番号", "出荷予定日", "出荷日", "遅延日数", "遅延理由"), "not_shipped": "未出荷",
        "no_cause": "理由未記入",
        "note": "メモ（任意）", "done": "レビュー完了", "saved": "{d} にレビュー完了を記録しました。",
        "past": "これまでのレビューとメモ", "no_past": "まだレビューの記録はありません。",
        "past_line": "{d}（{who}）：{note}", "no_note": "メモなし",
    },
    "en": {
        "title": "Weekly review", "span": "the 7 days {a} to {b}", "no_shop": "Choose a shop to review in the list above.",
        "never": "No weekly review yet.", "today": "Last reviewed today", "ago": "Last reviewed {n} days ago",
        "nudge": " ({n} days or more: time for the weekly review)",
        "points": "Points added this week: +{n} ({k} violation(s))", "level": "Level: {a} → {b}",
        "up": " (up)", "down": " (down)", "same": " (no change)", "none_level": "none",
        "violations": "New violations this week", "shipping": "Late shipments this week",
        "ending": "Sanctions ending in the next 7 days",
        "no_violations": "No new violations this week.", "no_shipping": "No late shipments this week.",
        "no_ending": "No sanction ends in the next 7 days.",
        "ending_line": "{name} (level {lv}): until {end}",
        "v_cols": ("Points date", "Category", "Points", "Title", "Status"), "active": "Active", "withdrawn": "Withdrawn",
        "s_cols": ("Order", "Promised", "Shipped", "Days late", "Cause"), "not_shipped": "not shipped",
        "no_cause": "No cause given",
        "note": "Note (optional)", "done": "Review done", "saved": "Review recorded for {d}.",
        "past": "Earlier reviews and their notes", "no_past": "No review recorded yet.",
        "past_line": "{d} ({who}): {note}", "no_note": "no note",
    },
}


def _t(lang: str) -> dict:
    return _T["en" if lang == "en" else "ja"]


def review_nudge_text(last_review_date: date | None, today: date, lang: str) -> str:
    """"最終レビュー：N日前", with a nudge once a week has gone by (or none was ever done)."""
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
        self.ending = QLabel()
        self.ending.setObjectName("sanctionsEnding")
        self.ending.setWordWrap(True)

        self.note = QLineEdit()
        self.note.setObjectName("reviewNote")
        self.done_button = QPushButton()
        self.done_button.setObjectName("reviewDone")
        self.done_button.clicked.connect(self.mark_done)
        self.status = QLabel()
        self.status.setObjectName("reviewStatus")
        self.past = QLabel()  # the notes written at earlier reviews, newest first
        self.past.setObjectName("pastReviews")
        self.past.setWordWrap(True)
        self.past.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.last_review)
        layout.addWidget(self.points)
        layout.addWidget(self.level)
        self.boxes: list[QGroupBox] = []
        for widgets in ((self.violations, self.no_violations), (self.shipments, self.no_shipments), (self.ending,),
                        (self.past,)):
            box = QGroupBox()
            self.boxes.append(box)
            inner = QVBoxLayout(box)
            for w in widgets:
                inner.addWidget(w)
            layout.addWidget(box, 1 if len(widgets) > 1 else 0)
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
            self.ending.setText("")
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
        lines = [t["ending_line"].format(name=self.rules.sanction_name(w.kind, self.lang), lv=w.level,
                                         end=w.end.isoformat()) for w in s.sanctions_ending]
        self.ending.setText("\n".join(lines) or t["no_ending"])
        self._show_past(shop)

    def _show_past(self, shop: str) -> None:
        from penaltytracker.store.reviews import past_reviews

        t = _t(self.lang)
        lines = [t["past_line"].format(d=on.isoformat(), who=who or "—", note=note or t["no_note"])
                 for on, who, note in past_reviews(self.store, shop)]
        self.past.setText("\n".join(lines) or t["no_past"])

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
            self.status.setText(str(exc))
            return
        self.note.clear()
        self.refresh()
        self.status.setText(_t(self.lang)["saved"].format(d=on.isoformat()))
        self.review_done.emit(shop, on)


__all__ = ["WeeklyReviewPage", "review_nudge_text"]
