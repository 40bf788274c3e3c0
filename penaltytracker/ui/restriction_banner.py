"""What the dashboard and the all-shops view show before anything else: every restriction
in force with its days left (or days so far, when open-ended) and its next due date; and,
for a shop on another marketplace, that the points system is Rakuten Ichiba's only."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from penaltytracker.core import restrictions as core
from penaltytracker.store import restrictions as rs

BANNER_STYLE = ("QLabel#restrictionBanner { background: #fee2e2; color: #7f1d1d; border: 1px solid #ef4444;"
                " border-radius: 6px; padding: 8px 12px; }")
NOTE_STYLE = ("QLabel#noPointsNote { background: #eff6ff; color: #1e3a8a; border: 1px solid #93c5fd;"
              " border-radius: 6px; padding: 8px 12px; font-weight: bold; }")


def read(store, shop: str | None):
    """(marketplace of the shop or None for all shops, [(restriction, log)]) off the UI thread."""
    market = rs.shop_marketplace(store, shop) if shop is not None else None
    return market, rs.restrictions_with_logs(store, shop)


class RestrictionBanner(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("restrictionArea")
        self.cat = rs.catalogue()
        self.marketplace: str | None = None
        self.items: list = []
        self.shop: str | None = None
        self.banner = QLabel()
        self.banner.setObjectName("restrictionBanner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.note = QLabel()
        self.note.setObjectName("noPointsNote")
        self.note.setStyleSheet(NOTE_STYLE)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.note)
        self.banner.hide()
        self.note.hide()

    @property
    def has_points(self) -> bool:
        """False for a shop on a marketplace without Rakuten's points system."""
        found = self.cat.marketplaces.get(self.marketplace) if self.marketplace else None
        return found is None or found.points

    def set_data(self, data, shop: str | None = None) -> None:
        self.marketplace, self.items = data
        self.shop = shop

    def active(self, on: date):
        return [(r, c) for r, c in self.items if r.is_active(on)]

    def line(self, r, contacts, on: date, lang: str, with_shop: bool) -> str:
        left = r.days_left(on)
        if left is None:
            days = self.tr("until further notice, day {n}").format(n=r.days_so_far(on))
        else:
            days = self.tr("until {end}, {n} days left").format(end=r.end.isoformat(), n=left)
        due = core.next_due(r, contacts, on)
        due_text = self.tr("next due {d}").format(d=due.isoformat()) if due else self.tr("nothing due")
        who = f"{r.shop}（{self.cat.marketplace_label(r.marketplace, lang)}）" if with_shop else \
            self.cat.marketplace_label(r.marketplace, lang)
        return (f"{who}: {self.cat.kind_label(r.kind, lang)}"
                f"（{self.cat.cause_label(r.cause, lang, r.marketplace)}）— {days}、{due_text}")

    def show_for(self, on: date, lang: str, with_shop: bool = False) -> None:
        active = self.active(on)
        if active:
            lines = [escape(self.line(r, c, on, lang, with_shop)) for r, c in active]
            title = self.tr("Restrictions in force: {n}").format(n=len(active))
            self.banner.setText(f"<b>{escape(title)}</b><br>" + "<br>".join(lines))
        self.banner.setVisible(bool(active))
        if not self.has_points:
            self.note.setText(self.tr("The violation points system is Rakuten Ichiba's only: {shop} sells on "
                                      "{marketplace}, so there are no points, levels or sanctions to show.")
                              .format(shop=self.shop or "", marketplace=self.cat.marketplace_label(self.marketplace,
                                                                                                   lang)))
        self.note.setVisible(not self.has_points)


__all__ = ["RestrictionBanner", "read"]
