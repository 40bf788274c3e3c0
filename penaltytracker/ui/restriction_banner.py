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


_WEEK = {
    "ja": {"title": "制限・凍結", "began": "今週始まった制限", "ended": "今週終わった制限", "due": "期限（今後7日以内・期限切れ）",
           "active": "制限中: {n}件", "none": "今週始まった・終わった制限や期限はありません。",
           "line": "{market} {kind}（{cause}）{span}", "due_line": "{due}{overdue} — {market} {kind}: {summary}",
           "open": "{start} から解除まで", "fixed": "{start} 〜 {end}", "overdue": "（期限切れ）",
           "lifted": "（{d} に早期解除）", "resolved": "（{d} に解決）"},
    "en": {"title": "Restrictions", "began": "Began this week", "ended": "Ended this week",
           "due": "Due in the next 7 days or overdue", "active": "In force: {n}",
           "none": "No restriction began or ended this week, and nothing is due.",
           "line": "{market} {kind} ({cause}) {span}", "due_line": "{due}{overdue} — {market} {kind}: {summary}",
           "open": "from {start} until further notice", "fixed": "{start} to {end}", "overdue": " (overdue)",
           "lifted": " (lifted early on {d})", "resolved": " (resolved on {d})"},
}


def no_points_text(store, shop: str, lang: str) -> str:
    """For a shop on a marketplace without the points system, the sentence saying so; else ""."""
    from penaltytracker.messages import message

    cat = rs.catalogue()
    found = cat.marketplaces.get(rs.shop_marketplace(store, shop))
    if found is None or found.points:
        return ""
    return message("marketplace.no_points", lang, shop=shop, marketplace=found.label(lang))


def week_title(lang: str) -> str:
    return _WEEK["en" if lang == "en" else "ja"]["title"]


def week_text(week, lang: str) -> str:
    """The weekly review's lines about restrictions (a core.restrictions.RestrictionWeek)."""
    t, cat = _WEEK["en" if lang == "en" else "ja"], rs.catalogue()

    def line(r) -> str:
        span = (t["open"].format(start=r.start.isoformat()) if r.end is None
                else t["fixed"].format(start=r.start.isoformat(), end=r.end.isoformat()))
        if r.lifted_on:
            span += t["lifted"].format(d=r.lifted_on.isoformat())
        if r.resolved_on:
            span += t["resolved"].format(d=r.resolved_on.isoformat())
        return t["line"].format(market=cat.marketplace_label(r.marketplace, lang), kind=cat.kind_label(r.kind, lang),
                                cause=cat.cause_label(r.cause, lang, r.marketplace), span=span)

    parts = []
    if week.active:
        parts.append(t["active"].format(n=len(week.active)))
    for key, records in (("began", week.began), ("ended", week.ended)):
        if records:
            parts.append(f"{t[key]}:\n" + "\n".join(f"  ・{line(r)}" for r in records))
    if week.due:
        parts.append(f"{t['due']}:\n" + "\n".join(
            "  ・" + t["due_line"].format(due=c.due.isoformat(), overdue=t["overdue"] if c.due < week.as_of else "",
                                         market=cat.marketplace_label(r.marketplace, lang),
                                         kind=cat.kind_label(r.kind, lang), summary=c.summary)
            for r, c in week.due))
    if not (week.began or week.ended or week.due):
        parts.append(t["none"])
    return "\n".join(parts)


__all__ = ["RestrictionBanner", "no_points_text", "read", "week_text", "week_title"]
