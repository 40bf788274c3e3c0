"""The readable status summary (Japanese first, English second)."""

from __future__ import annotations

from penaltytracker.core.rules import RuleSet
from penaltytracker.core.status import ShopStatus
from penaltytracker.messages import message
from penaltytracker.reports.notice_text import notice_lines


def _words(lang: str):
    """The summary's words (messages.toml, status.*) in `lang`."""
    lang = "en" if lang == "en" else "ja"
    return lambda key, **params: message(f"status.{key}", lang, **params)


def status_text(s: ShopStatus, rules: RuleSet, lang: str = "ja", hypothetical: int | None = None) -> str:
    t = _words(lang)
    lines = []
    if hypothetical is not None:
        lines.append(t("whatif", n=hypothetical, date=s.as_of.isoformat()))
    lines.append(f"{t('shop')}: {s.shop}")
    lines.append(f"{t('as_of')}: {s.as_of.isoformat()} ({t('year', y=s.year)})")
    lines.append(f"{t('points')}: {s.points} {t('pt')}")
    if s.level:
        lv = rules.level(s.level)
        lines.append(f"{t('level')}: {s.level} — {lv.description(lang)}")
        lines.append(f"{t('training')}: {lv.training_en if lang == 'en' else lv.training_ja}")
    else:
        lines.append(f"{t('level')}: {t('none')}")
    if s.next_level:
        lines.append(t("next", lv=s.next_level, th=s.next_threshold, n=s.points_to_next))
    else:
        lines.append(t("top"))
    if s.active_sanctions:
        lines.append(f"{t('sanctions')}:")
        for w in s.active_sanctions:
            span = t("until", start=w.start.isoformat(), end=w.end.isoformat(), left=w.days_left(s.as_of))
            source = message(f"status.source_{w.source}", lang)
            lines.append(f"  - {rules.sanction_name(w.kind, lang)} (Lv {w.level}): {span} {source}")
    else:
        lines.append(t("no_sanctions"))
    lines.append(f"{t('fees')}: ¥{s.penalty_fees_yen:,}")
    lines.extend(notice_lines(s, lang))
    if s.levels_reached:
        reached = ", ".join(f"{r.level} ({r.date.isoformat()})" for r in s.levels_reached)
        lines.append(f"{t('reached')}: {reached}")
    return "\n".join(lines)


def _pct(value) -> str:
    return "—" if value is None else f"{value:.1%}"


def shipping_text(summary, lang: str = "ja") -> str:
    """The label's three shop criteria (a core.shipping.ShippingSummary), each with its
    target and verdict, and for a monthly period the last full month."""
    t = _words(lang)
    span = {"start": summary.window_start.isoformat(), "end": summary.window_end.isoformat()}
    short = t("not_eligible", n=summary.shipments, min=summary.minimum_shipments)
    verdict = {"pass": t("met"), "fail": t("missed"), "not_eligible": short, "no_data": "", "not_set": ""}
    on_time, within, count = _criteria(summary)
    lines = []
    if summary.on_time_rate is None:
        lines.append(t("no_shipments", **span))
    else:
        lines.append(t("shipping", **span, rate=f"{summary.on_time_rate:.1%}", late=summary.late,
                                          n=summary.shipments, target=f"{summary.target * 100:g}%",
                                          verdict=verdict[on_time.verdict]))
    if within.value is None:
        lines.append("  " + t("within_none"))
    else:
        target = "—" if within.target is None else f"{within.target * 100:g}%"
        lines.append("  " + t("within", rate=_pct(within.value), inside=summary.within_days, n=summary.delivered,
                                               target=target, verdict=verdict[within.verdict] or t("within_unset")))
    lines.append("  " + t("count", n=summary.shipments, min=summary.minimum_shipments, verdict=(
        t("met") if count.verdict == "pass" else t("count_short", n=summary.shipments,
                                                                          min=summary.minimum_shipments))))
    if summary.cancelled:
        lines.append("  " + t("cancelled", n=summary.cancelled))
    period = "month" if summary.period == "month" else "rolling"
    lines.append("  " + t(f"period_{period}", d=summary.period[:-1] if period == "rolling" else ""))
    last = summary.last_full_month
    if last is not None:
        lines.append("  " + t("last_month", 
            start=last.window_start.isoformat(), end=last.window_end.isoformat(), rate=_pct(last.on_time_rate),
            within=_pct(last.within_days_rate), n=last.shipments, verdict=_overall(last, t)))
    return "\n".join(lines)


def _criteria(summary):
    from penaltytracker.core.shipping import criteria

    return criteria(summary)


def _overall(summary, t) -> str:
    met = summary.all_met
    if not summary.eligible:
        return t("count_short", n=summary.shipments, min=summary.minimum_shipments)
    return t("all_met") if met else t("not_all") if met is False else t("unknown")
