"""The restrictions section of the PDF status summary, placed before anything else, and
the note that replaces the points sections for a shop on another marketplace.

Kept apart from reports/pdf.py so the summary's other sections can change without this
one; pdf.py calls `collect` when it gathers the figures and `section_html` /
`no_points_html` when it lays them out."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from penaltytracker.core import restrictions as core

RECENT_DAYS = 30  # restrictions that stopped this recently are still listed (a report habit, not a rule)

_T = {
    "ja": {
        "heading": "制限・凍結", "sub": "{d} 時点", "market": "マーケット", "kind": "制限内容", "cause": "原因",
        "span": "期間", "state": "状態", "left": "残り", "due": "次の期限", "open": "{start} 〜 解除まで",
        "fixed": "{start} 〜 {end}", "days_left": "{n}日", "so_far": "{n}日目", "none": "—",
        "overdue": "（期限切れ）",
        "states": {"active": "制限中", "ended": "終了", "lifted": "早期解除", "resolved": "解決", "upcoming": "開始前"},
        "allowed": "まだできること", "no_points": "違反点数制度は楽天市場のみです。「{shop}」は{market}のショップのため、"
                                               "点数・違反レベル・制裁・出荷状況の項目はありません。",
        "nothing": "記録された制限・凍結はありません。",
    },
    "en": {
        "heading": "Restrictions and account freezes", "sub": "as of {d}", "market": "Marketplace", "kind": "Blocked",
        "cause": "Cause", "span": "Period", "state": "State", "left": "Left", "due": "Next due",
        "open": "{start} until further notice", "fixed": "{start} to {end}", "days_left": "{n} days",
        "so_far": "day {n}", "none": "—", "overdue": " (overdue)",
        "states": {"active": "active", "ended": "ended", "lifted": "lifted early", "resolved": "resolved",
                   "upcoming": "not started"},
        "allowed": "Still allowed",
        "no_points": "The violation points system is Rakuten Ichiba's only: {shop} sells on {market}, so the "
                     "points, level, sanctions and shipping sections do not apply.",
        "nothing": "No restrictions recorded.",
    },
}


def _t(lang: str) -> dict:
    return _T["en" if lang == "en" else "ja"]


def collect(store, shop: str) -> tuple[str, tuple]:
    """(the shop's marketplace, ((restriction, log), ...)) for ReportData."""
    from penaltytracker.store.restrictions import restrictions_with_logs, shop_marketplace

    return shop_marketplace(store, shop), tuple((r, tuple(c)) for r, c in restrictions_with_logs(store, shop))


def _catalogue():
    from penaltytracker.core.marketplaces import load

    return load()


def has_points(data) -> bool:
    found = _catalogue().marketplaces.get(getattr(data, "marketplace", "rakuten"))
    return found is None or found.points


def shown(items, as_of: date):
    """Active ones, then those that stopped in the last RECENT_DAYS days."""
    recent = as_of - timedelta(days=RECENT_DAYS)
    picked = []
    for r, contacts in items:
        state = r.state(as_of)
        if state == core.ACTIVE or (state != core.UPCOMING and r.last_day is not None and r.last_day >= recent):
            picked.append((r, contacts))
    picked.sort(key=lambda rc: (rc[0].state(as_of) != core.ACTIVE, -rc[0].start.toordinal()))
    return picked


def section_html(data, lang: str) -> str:
    """The restrictions table; empty for a Rakuten shop with nothing to show."""
    t, cat, as_of = _t(lang), _catalogue(), data.as_of
    items = shown(getattr(data, "restrictions", ()), as_of)
    if not items and has_points(data):
        return ""
    head = (f'<p class="h">{escape(t["heading"])} <span class="sub">{escape(t["sub"].format(d=as_of.isoformat()))}'
            f'</span></p>')
    if not items:
        return head + f'<p>{escape(t["nothing"])}</p>'
    cols = "".join(f'<th align="left">{escape(t[k])}</th>' for k in
                   ("market", "kind", "cause", "span", "state", "left", "due"))
    body = []
    for i, (r, contacts) in enumerate(items):
        state = r.state(as_of)
        span = (t["open"].format(start=r.start.isoformat()) if r.end is None
                else t["fixed"].format(start=r.start.isoformat(), end=r.end.isoformat()))
        left = r.days_left(as_of)
        left_text = (t["none"] if state != core.ACTIVE else t["so_far"].format(n=r.days_so_far(as_of))
                     if left is None else t["days_left"].format(n=left))
        due = core.next_due(r, contacts, as_of)
        due_text = t["none"] if due is None else due.isoformat() + (t["overdue"] if due < as_of else "")
        colour = ' style="color:#b91c1c"' if state == core.ACTIVE else ""
        shade = ' bgcolor="#f3f4f6"' if i % 2 else ""
        body.append(f"<tr{shade}{colour}><td>{escape(cat.marketplace_label(r.marketplace, lang))}</td>"
                    f"<td>{escape(cat.kind_label(r.kind, lang))}</td>"
                    f"<td>{escape(cat.cause_label(r.cause, lang, r.marketplace))}</td><td>{escape(span)}</td>"
                    f'<td>{escape(t["states"][state])}</td><td>{escape(left_text)}</td><td>{escape(due_text)}</td></tr>')
        if state == core.ACTIVE:
            body.append(f'<tr{shade}><td></td><td colspan="6">{escape(t["allowed"])}：'
                        f"{escape(core.still_allowed(cat, r, lang))}</td></tr>")
    table = (f'<table class="list" width="100%" cellspacing="0" cellpadding="3"><thead><tr bgcolor="#e5e7eb">'
             f'{cols}</tr></thead>{"".join(body)}</table><p class="gap">&nbsp;</p>')
    return head + table


def no_points_html(data, lang: str) -> str:
    t, cat = _t(lang), _catalogue()
    market = cat.marketplace_label(getattr(data, "marketplace", "other"), lang)
    return f'<p class="h">&nbsp;</p><p>{escape(t["no_points"].format(shop=data.shop, market=market))}</p>'


__all__ = ["collect", "has_points", "no_points_html", "section_html", "shown"]
