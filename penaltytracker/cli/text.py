"""The readable status summary (Japanese first, English second)."""

from __future__ import annotations

from penaltytracker.core.rules import RuleSet
from penaltytracker.core.status import ShopStatus

_T = {
    "ja": {
        "shop": "店舗", "as_of": "基準日", "points": "年間累積違反点数", "pt": "点", "level": "違反レベル",
        "none": "なし", "next": "次のレベル {lv}（{th}点）まで あと {n} 点", "top": "最高レベル（V）に達しています",
        "sanctions": "適用中の制裁", "no_sanctions": "適用中の制裁はありません",
        "until": "{start} 〜 {end}（残り {left} 日）", "fees": "今年の違約金", "reached": "今年到達したレベル",
        "whatif": "仮定: {date} に {n} 点が加算された場合（保存されません）", "year": "{y}年",
        "training": "講習",
        "shipping": "納期遵守率（{start}〜{end}）: {rate}（{late}/{n}件遅延、目標 {target}）{verdict}",
        "no_shipments": "納期遵守率（{start}〜{end}）: 出荷予定なし",
        "met": "達成", "missed": "未達", "too_few": "件数が{min}件未満のため判定なし",
        "not_eligible": "対象外（出荷件数 {n}件／必要 {min}件）",
        "within": "6日以内お届け件数比率: {rate}（{inside}/{n}件、目標 {target}）{verdict}",
        "within_none": "6日以内お届け件数比率: 計算できません（この期間にお届け日の記録がありません）",
        "within_unset": "（基準データに目標がありません）",
        "count": "出荷件数: {n}件（必要 {min}件以上）{verdict}",
        "count_short": "対象外：必要な {min}件のうち {n}件",
        "cancelled": "キャンセル {n}件は出荷件数に数えていません",
        "period": {"month": "集計期間: 暦月（今月の月初から基準日まで）", "rolling": "集計期間: 基準日までの{d}日間"},
        "last_month": "前月（{start}〜{end}）: 納期遵守率 {rate}、6日以内お届け {within}、出荷 {n}件 — {verdict}",
        "all_met": "3つの基準をすべて満たしています", "not_all": "基準を満たしていません",
        "unknown": "6日以内お届け件数比率が不明",
    },
    "en": {
        "shop": "Shop", "as_of": "As of", "points": "Points this year", "pt": "points", "level": "Level",
        "none": "none", "next": "{n} points left before level {lv} ({th} points)", "top": "At the highest level (V)",
        "sanctions": "Sanctions in force", "no_sanctions": "No sanctions in force",
        "until": "{start} to {end} ({left} days left)", "fees": "Penalty fees this year", "reached": "Levels reached this year",
        "whatif": "What if {n} points were added on {date} (nothing is saved)", "year": "{y}",
        "training": "Training",
        "shipping": "On-time shipping ({start} to {end}): {rate} ({late} of {n} late, target {target}) {verdict}",
        "no_shipments": "On-time shipping ({start} to {end}): no shipments due",
        "met": "target met", "missed": "below target", "too_few": "not judged: fewer than {min} shipments",
        "not_eligible": "not eligible ({n} of the {min} shipments needed)",
        "within": "Delivered within 6 days: {rate} ({inside} of {n}, target {target}) {verdict}",
        "within_none": "Delivered within 6 days: not computed (no delivery dates recorded in the period)",
        "within_unset": "(no target in the rule set)",
        "count": "Shipments: {n} (at least {min} needed) {verdict}",
        "count_short": "not eligible: {n} of the {min} shipments needed",
        "cancelled": "{n} cancelled order(s) not counted as shipments",
        "period": {"month": "Period: the calendar month (month to date)", "rolling": "Period: the {d} days to the as-of date"},
        "last_month": "Last month ({start} to {end}): on time {rate}, within 6 days {within}, {n} shipments — {verdict}",
        "all_met": "all three criteria met", "not_all": "criteria not met",
        "unknown": "the 6-day ratio is not known",
    },
}


def status_text(s: ShopStatus, rules: RuleSet, lang: str = "ja", hypothetical: int | None = None) -> str:
    t = _T["en" if lang == "en" else "ja"]
    lines = []
    if hypothetical is not None:
        lines.append(t["whatif"].format(n=hypothetical, date=s.as_of.isoformat()))
    lines.append(f"{t['shop']}: {s.shop}")
    lines.append(f"{t['as_of']}: {s.as_of.isoformat()} ({t['year'].format(y=s.year)})")
    lines.append(f"{t['points']}: {s.points} {t['pt']}")
    if s.level:
        lv = rules.level(s.level)
        lines.append(f"{t['level']}: {s.level} — {lv.description(lang)}")
        lines.append(f"{t['training']}: {lv.training_en if lang == 'en' else lv.training_ja}")
    else:
        lines.append(f"{t['level']}: {t['none']}")
    if s.next_level:
        lines.append(t["next"].format(lv=s.next_level, th=s.next_threshold, n=s.points_to_next))
    else:
        lines.append(t["top"])
    if s.active_sanctions:
        lines.append(f"{t['sanctions']}:")
        for w in s.active_sanctions:
            span = t["until"].format(start=w.start.isoformat(), end=w.end.isoformat(), left=w.days_left(s.as_of))
            lines.append(f"  - {rules.sanction_name(w.kind, lang)} (Lv {w.level}): {span}")
    else:
        lines.append(t["no_sanctions"])
    lines.append(f"{t['fees']}: ¥{s.penalty_fees_yen:,}")
    if s.levels_reached:
        reached = ", ".join(f"{r.level} ({r.date.isoformat()})" for r in s.levels_reached)
        lines.append(f"{t['reached']}: {reached}")
    return "\n".join(lines)


def _pct(value) -> str:
    return "—" if value is None else f"{value:.1%}"


def shipping_text(summary, lang: str = "ja") -> str:
    """The label's three shop criteria (a core.shipping.ShippingSummary), each with its
    target and verdict, and for a monthly period the last full month."""
    t = _T["en" if lang == "en" else "ja"]
    span = {"start": summary.window_start.isoformat(), "end": summary.window_end.isoformat()}
    short = t["not_eligible"].format(n=summary.shipments, min=summary.minimum_shipments)
    verdict = {"pass": t["met"], "fail": t["missed"], "not_eligible": short, "no_data": "", "not_set": ""}
    on_time, within, count = _criteria(summary)
    lines = []
    if summary.on_time_rate is None:
        lines.append(t["no_shipments"].format(**span))
    else:
        lines.append(t["shipping"].format(**span, rate=f"{summary.on_time_rate:.1%}", late=summary.late,
                                          n=summary.shipments, target=f"{summary.target * 100:g}%",
                                          verdict=verdict[on_time.verdict]))
    if within.value is None:
        lines.append("  " + t["within_none"])
    else:
        target = "—" if within.target is None else f"{within.target * 100:g}%"
        lines.append("  " + t["within"].format(rate=_pct(within.value), inside=summary.within_days, n=summary.delivered,
                                               target=target, verdict=verdict[within.verdict] or t["within_unset"]))
    lines.append("  " + t["count"].format(n=summary.shipments, min=summary.minimum_shipments, verdict=(
        t["met"] if count.verdict == "pass" else t["count_short"].format(n=summary.shipments,
                                                                          min=summary.minimum_shipments))))
    if summary.cancelled:
        lines.append("  " + t["cancelled"].format(n=summary.cancelled))
    period = "month" if summary.period == "month" else "rolling"
    lines.append("  " + t["period"][period].format(d=summary.period[:-1] if period == "rolling" else ""))
    last = summary.last_full_month
    if last is not None:
        lines.append("  " + t["last_month"].format(
            start=last.window_start.isoformat(), end=last.window_end.isoformat(), rate=_pct(last.on_time_rate),
            within=_pct(last.within_days_rate), n=last.shipments, verdict=_overall(last, t)))
    return "\n".join(lines)


def _criteria(summary):
    from penaltytracker.core.shipping import criteria

    return criteria(summary)


def _overall(summary, t) -> str:
    met = summary.all_met
    if not summary.eligible:
        return t["count_short"].format(n=summary.shipments, min=summary.minimum_shipments)
    return t["all_met"] if met else t["not_all"] if met is False else t["unknown"]
