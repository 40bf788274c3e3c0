"""The readable status summary (Japanese first, English second)."""

from __future__ import annotations

from penaltytracker.core.rules import RuleSet
from penaltytracker.core.status import ShopStatus
from penaltytracker.messages import message
from penaltytracker.reports.notice_text import notice_lines

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
            source = message(f"status.source_{w.source}", lang)
            lines.append(f"  - {rules.sanction_name(w.kind, lang)} (Lv {w.level}): {span} {source}")
    else:
        lines.append(t["no_sanctions"])
    lines.append(f"{t['fees']}: ¥{s.penalty_fees_yen:,}")
    lines.extend(notice_lines(s, lang))
    if s.levels_reached:
        reached = ", ".join(f"{r.level} ({r.date.isoformat()})" for r in s.levels_reached)
        lines.append(f"{t['reached']}: {reached}")
    return "\n".join(lines)


def shipping_text(summary, lang: str = "ja") -> str:
    """One line on the on-time rate (a core.shipping.ShippingSummary)."""
    t = _T["en" if lang == "en" else "ja"]
    span = {"start": summary.window_start.isoformat(), "end": summary.window_end.isoformat()}
    if summary.on_time_rate is None:
        return t["no_shipments"].format(**span)
    verdict = {True: t["met"], False: t["missed"], None: t["too_few"].format(min=summary.minimum_shipments)}
    return t["shipping"].format(**span, rate=f"{summary.on_time_rate:.1%}", late=summary.late, n=summary.shipments,
                                target=f"{summary.target * 100:g}%", verdict=verdict[summary.meets_target])

