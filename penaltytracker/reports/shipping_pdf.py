"""The PDF report's shipping criteria: the 最強配送 label's three shop criteria as a small
table (criterion, figure, target, pass / fail / not eligible), the period, the cancelled
orders left out and, for a monthly period, the last full month. HTML for Qt's rich text."""

from __future__ import annotations

from html import escape

from penaltytracker.core.shipping import FAIL, NO_DATA, NOT_ELIGIBLE, NOT_SET, PASS, ShippingSummary, criteria

_T = {
    "ja": {
        "criterion": "店舗基準", "value": "実績", "target": "目標", "verdict": "判定",
        "on_time": "納期遵守率", "within_days": "6日以内お届け件数比率", "shipments": "出荷件数",
        "on_time_value": "{rate}（{n}件中 遅延 {k}件）", "within_value": "{rate}（{n}件中 {k}件）",
        "count_value": "{n}件", "rate_target": "{t}以上", "count_target": "{m}件以上",
        PASS: "達成", FAIL: "未達", NOT_ELIGIBLE: "対象外（必要な {m}件のうち {n}件）", NO_DATA: "計算できません",
        NOT_SET: "目標なし",
        "month": "集計期間：暦月（{a} 〜 {b}、月初から基準日まで）", "rolling": "集計期間：基準日までの{d}日間（{a} 〜 {b}）",
        "cancelled": "キャンセル {n}件は出荷件数に数えていません。",
        "no_delivery": "お届け日の記録がないため、6日以内お届け件数比率は計算できません。",
        "last": "前月（{a} 〜 {b}）：納期遵守率 {rate}、6日以内お届け {within}、出荷 {n}件 — {verdict}",
        "all_met": "3つの基準をすべて満たしています", "not_all": "基準を満たしていません",
        "unknown": "6日以内お届け件数比率が不明です",
    },
    "en": {
        "criterion": "Shop criterion", "value": "Result", "target": "Target", "verdict": "Verdict",
        "on_time": "On-time rate", "within_days": "Delivered within 6 days", "shipments": "Shipments",
        "on_time_value": "{rate} ({k} of {n} late)", "within_value": "{rate} ({k} of {n})",
        "count_value": "{n}", "rate_target": "{t} or more", "count_target": "{m} or more",
        PASS: "pass", FAIL: "fail", NOT_ELIGIBLE: "not eligible ({n} of the {m} shipments needed)",
        NO_DATA: "not computed", NOT_SET: "no target",
        "month": "Period: the calendar month ({a} to {b}, month to date)",
        "rolling": "Period: the {d} days to the as-of date ({a} to {b})",
        "cancelled": "{n} cancelled order(s) not counted as shipments.",
        "no_delivery": "No delivery dates recorded: the 6-day ratio is not computed.",
        "last": "Last month ({a} to {b}): on time {rate}, within 6 days {within}, {n} shipments — {verdict}",
        "all_met": "all three criteria met", "not_all": "criteria not met", "unknown": "the 6-day ratio is not known",
    },
}
COLOURS = {PASS: "#166534", FAIL: "#b91c1c", NOT_ELIGIBLE: "#92400e", NO_DATA: "#374151", NOT_SET: "#374151"}


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.1%}"


def _overall(s: ShippingSummary, t: dict) -> str:
    if not s.eligible:
        return t[NOT_ELIGIBLE].format(n=s.shipments, m=s.minimum_shipments)
    return t["all_met"] if s.all_met else t["not_all"] if s.all_met is False else t["unknown"]


def criteria_html(s: ShippingSummary, lang: str, cellpadding: int) -> str:
    t = _T["en" if lang == "en" else "ja"]
    on_time, within, count = criteria(s)
    figures = {
        "on_time": t["on_time_value"].format(rate=_pct(s.on_time_rate), n=s.shipments, k=s.late),
        "within_days": t["within_value"].format(rate=_pct(s.within_days_rate), n=s.delivered, k=s.within_days)
        if s.delivered else "—",
        "shipments": t["count_value"].format(n=s.shipments),
    }
    targets = {
        "on_time": t["rate_target"].format(t=f"{s.target * 100:g}%"),
        "within_days": t["rate_target"].format(t=f"{s.within_days_target * 100:g}%") if s.within_days_target
        else "—",
        "shipments": t["count_target"].format(m=s.minimum_shipments),
    }
    body = "".join(
        f'<tr><td>{escape(t[c.key])}</td><td align="right"><em>{escape(figures[c.key])}</em></td>'
        f'<td align="right">{escape(targets[c.key])}</td>'
        f'<td><span style="color:{COLOURS[c.verdict]}">'
        f'{escape(t[c.verdict].format(n=s.shipments, m=s.minimum_shipments))}</span></td></tr>'
        for c in (on_time, within, count))
    head = "".join(f'<th align="{a}">{escape(t[k])}</th>' for k, a in (
        ("criterion", "left"), ("value", "right"), ("target", "right"), ("verdict", "left")))
    html = (f'<table class="list" width="100%" cellspacing="0" cellpadding="{cellpadding}">'
            f'<thead><tr bgcolor="#e5e7eb">{head}</tr></thead>{body}</table>')
    span = {"a": s.window_start.isoformat(), "b": s.window_end.isoformat()}
    notes = [t["month"].format(**span) if s.period == "month" else t["rolling"].format(d=s.period.rstrip("d"), **span)]
    if s.cancelled:
        notes.append(t["cancelled"].format(n=s.cancelled))
    if not s.delivered:
        notes.append(t["no_delivery"])
    last = s.last_full_month
    if last is not None:
        notes.append(t["last"].format(a=last.window_start.isoformat(), b=last.window_end.isoformat(),
                                      rate=_pct(last.on_time_rate), within=_pct(last.within_days_rate),
                                      n=last.shipments, verdict=_overall(last, t)))
    return html + "".join(f"<p>{escape(n)}</p>" for n in notes)


__all__ = ["criteria_html"]
