"""The 最強配送 label's three shop criteria as the app shows them (issue 13).

One panel, used by the shipping page, the dashboard and the weekly review: for each
criterion (納期遵守率, 6日以内お届け件数比率, 出荷件数) the shop's figure, the rule set's
target and a clear pass / fail / not eligible, then the period, the cancelled orders
left out and, for a monthly period, the last full month.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from penaltytracker.core.shipping import FAIL, NO_DATA, NOT_ELIGIBLE, NOT_SET, PASS, ShippingSummary, criteria
from penaltytracker.ui.style import MUTED, card, heading

VERDICT_COLOURS = {PASS: "#166534", FAIL: "#b91c1c", NOT_ELIGIBLE: "#92400e", NO_DATA: MUTED, NOT_SET: MUTED}


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.1%}"


class CriteriaPanel(QWidget):
    """Three rows (criterion, figure, target, verdict) and the notes below them."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("shippingCriteria")
        self.summary: ShippingSummary | None = None
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        self.names, self.values, self.targets, self.verdicts = [], [], [], []
        for row, key in enumerate(("on_time", "within_days", "shipments")):
            cells = [QLabel() for _ in range(4)]
            for column, (label, kind) in enumerate(zip(cells, ("name", "value", "target", "verdict"))):
                label.setObjectName(f"{key}_{kind}")
                grid.addWidget(label, row, column)
            self.names.append(cells[0])
            self.values.append(cells[1])
            self.targets.append(cells[2])
            self.verdicts.append(cells[3])
        grid.setColumnStretch(3, 1)
        self.period = QLabel()
        self.period.setObjectName("shippingPeriod")
        self.period.setProperty("role", "muted")
        self.notes = QLabel()
        self.notes.setObjectName("shippingNotes")
        self.notes.setWordWrap(True)
        self.notes.setProperty("role", "muted")
        self.last_month = QLabel()
        self.last_month.setObjectName("shippingLastMonth")
        self.last_month.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.period)
        layout.addWidget(self.notes)
        layout.addWidget(self.last_month)

    # -- words -------------------------------------------------------------------------

    def criterion_name(self, key: str) -> str:
        return {"on_time": self.tr("On-time rate (納期遵守率)"),
                "within_days": self.tr("Delivered within 6 days (6日以内お届け件数比率)"),
                "shipments": self.tr("Shipments (出荷件数)")}[key]

    def verdict_text(self, s: ShippingSummary, verdict: str) -> str:
        if verdict == NOT_ELIGIBLE:
            return self.tr("Not eligible: {n} of the {m} shipments needed").format(
                n=f"{s.shipments:,}", m=f"{s.minimum_shipments:,}")
        return {PASS: self.tr("Pass"), FAIL: self.tr("Fail"), NO_DATA: self.tr("Not computed"),
                NOT_SET: self.tr("No target in the rule set")}[verdict]

    def period_text(self, s: ShippingSummary) -> str:
        span = self.tr("{start} to {end}").format(start=s.window_start.isoformat(), end=s.window_end.isoformat())
        if s.period == "month":
            return self.tr("Period: the calendar month, month to date ({span})").format(span=span)
        return self.tr("Period: the {n} days to the as-of date ({span})").format(n=s.period.rstrip("d"), span=span)

    def overall_text(self, s: ShippingSummary) -> str:
        if not s.eligible:
            return self.verdict_text(s, NOT_ELIGIBLE)
        if s.all_met is None:
            return self.tr("on time and enough shipments; the 6-day ratio is not known")
        return self.tr("all three criteria met") if s.all_met else self.tr("criteria not met")

    def rows(self, s: ShippingSummary) -> list[tuple[str, str, str, str, str]]:
        """(criterion, figure, target, verdict text, verdict) per criterion."""
        on_time, within, count = criteria(s)
        return [
            (self.criterion_name("on_time"),
             self.tr("{rate} ({late} of {n} late)").format(rate=_pct(s.on_time_rate), late=f"{s.late:,}",
                                                            n=f"{s.shipments:,}") if s.shipments else "—",
             self.tr("{target} or more").format(target=f"{s.target * 100:g}%"),
             self.verdict_text(s, on_time.verdict), on_time.verdict),
            (self.criterion_name("within_days"),
             self.tr("{rate} ({k} of {n} delivered)").format(rate=_pct(within.value), k=f"{s.within_days:,}",
                                                              n=f"{s.delivered:,}") if s.delivered else "—",
             self.tr("{target} or more").format(target=f"{within.target * 100:g}%") if within.target else "—",
             self.verdict_text(s, within.verdict), within.verdict),
            (self.criterion_name("shipments"), f"{s.shipments:,}",
             self.tr("{n} or more").format(n=f"{s.minimum_shipments:,}"), self.verdict_text(s, count.verdict),
             count.verdict),
        ]

    def note_lines(self, s: ShippingSummary) -> list[str]:
        lines = []
        if s.cancelled:
            lines.append(self.tr("{n} cancelled order(s) left out: a cancelled order is no shipment.").format(
                n=f"{s.cancelled:,}"))
        if not s.delivered:
            lines.append(self.tr("The 6-day ratio needs delivery dates (お届け日): none are recorded for this "
                                 "period. Import an order CSV with a delivery-date column, or enter them."))
        return lines

    # -- showing -----------------------------------------------------------------------

    def show_summary(self, s: ShippingSummary | None) -> None:
        self.summary = s
        self.setVisible(s is not None)
        if s is None:
            return
        for (name, value, target, verdict_text, verdict), labels in zip(
                self.rows(s), zip(self.names, self.values, self.targets, self.verdicts)):
            for label, text in zip(labels, (name, value, target, verdict_text)):
                label.setText(text)
            labels[3].setStyleSheet(f"color: {VERDICT_COLOURS[verdict]}; font-weight: 600;")
        self.period.setText(self.period_text(s))
        notes = self.note_lines(s)
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
        last = s.last_full_month
        if last is not None:
            span = self.tr("{start} to {end}").format(start=last.window_start.isoformat(),
                                                      end=last.window_end.isoformat())
            self.last_month.setText(self.tr("Last full month ({span}): on time {rate}, within 6 days {within}, "
                                            "{n} shipments: {verdict}").format(
                span=span, rate=_pct(last.on_time_rate), within=_pct(last.within_days_rate),
                n=f"{last.shipments:,}", verdict=self.overall_text(last)))
        self.last_month.setVisible(last is not None)

    def retranslate(self) -> None:
        self.show_summary(self.summary)


class ShippingCriteriaCard(QWidget):
    """The dashboard's shipping card: the criteria of the selected shop, read off the UI thread.
    Hidden for a shop with no shipments recorded."""

    def __init__(self, ops, rules, parent=None):
        super().__init__(parent)
        self.ops, self.rules = ops, rules
        self.setObjectName("shippingCard")
        self._generation = 0
        self.title = heading()
        self.panel = CriteriaPanel()
        frame = card()
        inner = QVBoxLayout(frame)
        inner.addWidget(self.title)
        inner.addWidget(self.panel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(frame)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Shipping: the 最強配送 label's shop criteria"))
        self.panel.retranslate()

    def load(self, store, shop: str | None, today: date) -> None:
        self._generation += 1
        generation = self._generation
        if store is None or shop is None:
            self.hide()
            return
        rules = self.rules

        def work():
            from penaltytracker.store.shipments import ShipmentFilter, count_shipments, shipping_summary
            from penaltytracker.store.violations import NotFound

            try:
                if not count_shipments(store, ShipmentFilter(shop=shop)):
                    return None
                return shipping_summary(store, rules, shop, today)
            except NotFound:
                return None

        def done(summary) -> None:
            if generation == self._generation:
                self.panel.show_summary(summary)
                self.setVisible(summary is not None)

        self.ops.run(work, on_done=done, title=self.tr("Could not read the shipments"))


__all__ = ["CriteriaPanel", "ShippingCriteriaCard", "VERDICT_COLOURS"]
