"""The PDF status summary's section on troubles: open incidents and flagged order patterns.

Kept apart from reports/pdf.py so that the report grows by one call: `collect_troubles`
reads the figures, `troubles_html` writes the section in the report's own styles.
"""

from __future__ import annotations

from datetime import date
from html import escape

from penaltytracker.core.troubles_week import TroublesSummary, troubles_summary

WEEK_DAYS = 7  # patterns of the report's week, as the weekly review shows them

_T = {
    "ja": {
        "h": "トラブルと不審な注文", "incidents": "対応中のトラブル", "none_incidents": "対応中のトラブルはありません",
        "incident": "{opened}　{category}　{summary}（手順 {done}/{total}{stopped}）", "stopped": "、販売停止中",
        "patterns": "不審な注文のパターン（{a} 〜 {b}）", "none_patterns": "この期間に検出されたパターンはありません",
        "pattern": "{kind}「{key}」{payment}：{n}件（{first} 〜 {last}）", "buyer": "同一購入者", "item": "同一商品",
    },
    "en": {
        "h": "Troubles and suspicious orders", "incidents": "Open incidents", "none_incidents": "No open incidents",
        "incident": "{opened}  {category}  {summary} (steps {done}/{total}{stopped})", "stopped": ", selling stopped",
        "patterns": "Suspicious order patterns ({a} to {b})", "none_patterns": "No pattern flagged in this period",
        "pattern": "{kind} {key}{payment}: {n} events ({first} to {last})", "buyer": "Same buyer", "item": "Same item",
    },
}


def collect_troubles(store, shop: str, as_of: date) -> TroublesSummary:
    from penaltytracker.store.incidents import list_incidents
    from penaltytracker.store.order_events import shop_patterns

    return troubles_summary(list_incidents(store, shop, open_only=True, as_of=as_of),
                            shop_patterns(store, shop, as_of), as_of, WEEK_DAYS)


def troubles_html(part: TroublesSummary | None, lang: str) -> str:
    """The section as HTML in pdf.py's classes (p.h, table.kv); "" when there is nothing to say
    and no part was gathered."""
    if part is None:
        return ""
    from penaltytracker.core.incidents import checklist, load_troubles
    from penaltytracker.core.order_events import load_order_catalogue

    t = _T["en" if lang == "en" else "ja"]
    troubles, catalogue = load_troubles(), load_order_catalogue()
    rows = []
    for r in part.open_incidents:
        lines = checklist(r, troubles)
        stopped = t["stopped"] if r.stopped_at is not None and r.resumed_at is None else ""
        rows.append(escape(t["incident"].format(
            opened=r.opened_at.strftime("%Y-%m-%d %H:%M"), category=troubles.category(r.category).name(lang),
            summary=r.summary, done=sum(1 for x in lines if x.done_at), total=len(lines), stopped=stopped)))
    patterns = []
    for p in part.patterns:
        payment = f"（{catalogue.payment_name(p.payment, lang)}）" if p.payment and lang != "en" else \
            (f" ({catalogue.payment_name(p.payment, lang)})" if p.payment else "")
        patterns.append(escape(t["pattern"].format(kind=t[p.kind], key=p.key, payment=payment, n=p.count,
                                                   first=p.first.strftime("%Y-%m-%d"),
                                                   last=p.last.strftime("%Y-%m-%d"))))

    def block(title: str, items: list[str], empty: str) -> str:
        body = "<br>".join(items) if items else escape(empty)
        return f'<tr><td class="k" width="30%">{escape(title)}</td><td>{body}</td></tr>'

    table = (block(t["incidents"], rows, t["none_incidents"])
             + block(t["patterns"].format(a=part.since.isoformat(), b=part.as_of.isoformat()), patterns,
                     t["none_patterns"]))
    return (f'<p class="h">{escape(t["h"])}</p>'
            f'<table class="kv" width="100%" cellspacing="0" cellpadding="4">{table}</table>')


__all__ = ["collect_troubles", "troubles_html"]
