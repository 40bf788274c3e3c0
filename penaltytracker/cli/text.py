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


def shipping_text(summary, lang: str = "ja") -> str:
    """One line on the on-time rate (a core.shipping.ShippingSummary)."""
    t = _words(lang)
    span = {"start": summary.window_start.isoformat(), "end": summary.window_end.isoformat()}
    if summary.on_time_rate is None:
        return t("no_shipments", **span)
    verdict = {True: t("met"), False: t("missed"), None: t("too_few", min=summary.minimum_shipments)}
    return t("shipping", **span, rate=f"{summary.on_time_rate:.1%}", late=summary.late, n=summary.shipments,
             target=f"{summary.target * 100:g}%", verdict=verdict[summary.meets_target])
