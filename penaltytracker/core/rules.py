"""The rule set: thresholds, sanctions, fees and categories, read from a TOML file.

Rakuten changes its figures from time to time, so none of them live in code. A bad
file is refused with an error that names the key at fault.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from penaltytracker.messages import Msg, Problem, os_reason

SANCTION_KINDS = (
    "ranking_restriction",
    "search_demotion",
    "media_restriction",
    "rmail_suspension",
    "temporary_closure",
)
LEVEL_NAMES = ("I", "II", "III", "IV", "V")


class RuleSetError(Problem, ValueError):
    """The rule-set file cannot be used: a code (rules.*) whose parameters name the file
    (`where`) and the key as written in the file (`key`)."""


@dataclass(frozen=True)
class Level:
    name: str  # "I".."V"
    threshold: int
    penalty_fee_yen: int
    sanctions: dict[str, int]  # kind -> days
    description_ja: str
    description_en: str
    training_ja: str
    training_en: str
    source: str

    def description(self, lang: str) -> str:
        return self.description_en if lang == "en" else self.description_ja


@dataclass(frozen=True)
class Category:
    key: str
    name_ja: str
    name_en: str
    typical_points: int
    source: str

    def name(self, lang: str) -> str:
        return self.name_en if lang == "en" else self.name_ja


SHIPPING_PERIODS = ("rolling", "month")


@dataclass(frozen=True)
class ShippingRule:
    """The shop criteria (店舗基準) of Rakuten's shipping label and the period they are counted over."""

    on_time_target: float  # 納期遵守率
    minimum_shipments: int  # 出荷件数
    window_days: int  # the rolling window's length (period "rolling")
    source: str
    period: str = "rolling"  # "rolling": window_days ending on the as-of date; "month": the calendar month
    period_source: str = ""
    within_days_target: float | None = None  # 6日以内お届け件数比率; None: not judged (an older rule-set copy)
    delivery_days: int = 0  # days after the order date a delivery may take to count as "within"
    delivery_source: str = ""
    cancelled_statuses: tuple[str, ...] = ()  # order statuses (注文ステータス) that mean "cancelled"
    active_statuses: tuple[str, ...] = ()  # the other statuses an order list may carry
    status_source: str = ""

    @property
    def period_label(self) -> str:
        """Short text for the period: "28d" (rolling window) or "month"."""
        return "month" if self.period == "month" else f"{self.window_days}d"

    def status_cancelled(self, text: str) -> bool | None:
        """True: a cancelled order; False: a known other status (or blank); None: unknown."""
        wanted = text.strip().lower()
        if not wanted:
            return False
        if wanted in (s.lower() for s in self.cancelled_statuses):
            return True
        if wanted in (s.lower() for s in self.active_statuses):
            return False
        return None


@dataclass(frozen=True)
class ShippingCause:
    """A reason an operator gives for a late shipment (遅延理由)."""

    key: str
    name_ja: str
    name_en: str

    def name(self, lang: str) -> str:
        return self.name_en if lang == "en" else self.name_ja


@dataclass(frozen=True)
class RuleSet:
    id: str
    name_ja: str
    name_en: str
    version: str
    effective_date: date
    timezone: str
    source: str
    sanction_names: dict[str, tuple[str, str]]  # kind -> (ja, en)
    levels: tuple[Level, ...]
    categories: tuple[Category, ...]
    shipping: ShippingRule
    path: Path | None = field(default=None, compare=False)
    shipping_causes: tuple[ShippingCause, ...] = ()

    def level(self, name: str) -> Level:
        for level in self.levels:
            if level.name == name:
                return level
        raise KeyError(name)

    def level_for_points(self, points: int) -> Level | None:
        reached = [lv for lv in self.levels if points >= lv.threshold]
        return reached[-1] if reached else None

    def next_level(self, points: int) -> Level | None:
        for level in self.levels:
            if points < level.threshold:
                return level
        return None

    def sanction_name(self, kind: str, lang: str) -> str:
        ja, en = self.sanction_names.get(kind, (kind, kind))
        return en if lang == "en" else ja

    def category(self, key: str) -> Category | None:
        for cat in self.categories:
            if key in (cat.key, cat.name_ja, cat.name_en):
                return cat
        return None

    def category_label(self, key: str, lang: str) -> str:
        cat = self.category(key)
        return cat.name(lang) if cat else key

    def shipping_cause(self, text: str) -> ShippingCause | None:
        """The cause named by its key or its Japanese or English label (any case)."""
        wanted = text.strip().lower()
        for cause in self.shipping_causes:
            if wanted in (cause.key.lower(), cause.name_ja.lower(), cause.name_en.lower()):
                return cause
        return None

    def shipping_cause_label(self, key: str, lang: str) -> str:
        cause = self.shipping_cause(key) if key else None
        return cause.name(lang) if cause else key

    @property
    def longest_sanction_days(self) -> int:
        return max((d for lv in self.levels for d in lv.sanctions.values()), default=0)


def load_rules(path: str | Path | None = None) -> RuleSet:
    """Read and validate a rule-set file (the bundled Rakuten Ichiba one by default)."""
    if path is None:
        from penaltytracker.paths import default_rules_file  # no Qt/SQLAlchemy there

        path = default_rules_file()
    path = Path(path)
    try:
        from penaltytracker import toml_cache

        raw = toml_cache.load(path)
    except FileNotFoundError:
        raise RuleSetError("rules.file_not_found", path=str(path)) from None
    except UnicodeDecodeError:
        raise RuleSetError("rules.not_utf8", path=str(path)) from None
    except OSError as exc:
        raise RuleSetError("rules.unreadable", path=str(path), detail=os_reason(exc)) from None
    except ValueError as exc:  # tomllib.TOMLDecodeError (tomllib is loaded only when parsing)
        import tomllib

        if not isinstance(exc, tomllib.TOMLDecodeError):
            raise
        at = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))  # tomllib says where, in English
        if at:
            raise RuleSetError("rules.bad_toml_at", path=str(path), line=int(at[1]), column=int(at[2]),
                               detail=str(exc)) from None
        raise RuleSetError("rules.bad_toml", path=str(path), detail=str(exc)) from None
    return parse_rules(raw, path)


def parse_rules(raw: dict[str, Any], path: Path | None = None) -> RuleSet:
    where = Msg("rules.where_file", path=str(path)) if path else Msg("rules.where")

    def fail(key: str, code: str, **params: Any) -> RuleSetError:
        return RuleSetError(code, where=where, key=key, **params)

    def get(table: dict, key: str, kind: type | tuple, prefix: str) -> Any:
        full = f"{prefix}.{key}" if prefix else key
        if key not in table:
            raise fail(full, "rules.missing")
        value = table[key]
        kinds = kind if isinstance(kind, tuple) else (kind,)
        # bool is an int in Python; a rule figure must never be true/false
        if isinstance(value, bool) and bool not in kinds or not isinstance(value, kinds):
            names = "_or_".join(k.__name__ for k in kinds)
            raise fail(full, "rules.wrong_type", kinds=Msg(f"rules.type.{names}"), value=repr(value))
        return value

    def whole(table: dict, key: str, prefix: str, minimum: int = 0) -> int:
        value = get(table, key, int, prefix)
        if value < minimum:
            raise fail(f"{prefix}.{key}", "rules.too_small", minimum=minimum, value=value)
        return value

    head = get(raw, "ruleset", dict, "")
    eff = get(head, "effective_date", (date, str), "ruleset")
    if isinstance(eff, str):
        try:
            eff = date.fromisoformat(eff)
        except ValueError:
            raise fail("ruleset.effective_date", "rules.not_a_date", value=repr(eff)) from None
    timezone = get(head, "timezone", str, "ruleset")
    try:
        from zoneinfo import ZoneInfo

        ZoneInfo(timezone)
    except Exception:
        raise fail("ruleset.timezone", "rules.unknown_timezone", value=repr(timezone)) from None

    kinds_raw = get(raw, "sanction_kinds", dict, "")
    sanction_names: dict[str, tuple[str, str]] = {}
    for kind, names in kinds_raw.items():
        prefix = f"sanction_kinds.{kind}"
        if kind not in SANCTION_KINDS:
            raise fail(prefix, "rules.unknown_sanction_kind", known=", ".join(SANCTION_KINDS))
        if not isinstance(names, dict):
            raise fail(prefix, "rules.names_table")
        sanction_names[kind] = (get(names, "name_ja", str, prefix), get(names, "name_en", str, prefix))

    levels_raw = get(raw, "levels", list, "")
    if [lv.get("level") if isinstance(lv, dict) else None for lv in levels_raw] != list(LEVEL_NAMES):
        raise fail("levels", "rules.levels_order", levels=", ".join(LEVEL_NAMES))
    levels: list[Level] = []
    previous = 0
    for i, lv in enumerate(levels_raw):
        prefix = f"levels[{i}] (level {lv['level']})"
        threshold = whole(lv, "threshold", prefix, minimum=1)
        if threshold <= previous:
            raise fail(f"{prefix}.threshold", "rules.threshold_order", previous=previous, value=threshold)
        previous = threshold
        sanctions_raw = get(lv, "sanctions", dict, prefix)
        sanctions: dict[str, int] = {}
        for kind in sanctions_raw:
            if kind not in sanction_names:
                raise fail(f"{prefix}.sanctions.{kind}", "rules.undeclared_sanction")
            sanctions[kind] = whole(sanctions_raw, kind, f"{prefix}.sanctions", minimum=1)
        levels.append(
            Level(
                name=lv["level"],
                threshold=threshold,
                penalty_fee_yen=whole(lv, "penalty_fee_yen", prefix),
                sanctions=sanctions,
                description_ja=get(lv, "description_ja", str, prefix),
                description_en=get(lv, "description_en", str, prefix),
                training_ja=get(lv, "training_ja", str, prefix),
                training_en=get(lv, "training_en", str, prefix),
                source=get(lv, "source", str, prefix),
            )
        )

    categories: list[Category] = []
    seen: set[str] = set()
    for i, cat in enumerate(get(raw, "categories", list, "")):
        prefix = f"categories[{i}]"
        if not isinstance(cat, dict):
            raise fail(prefix, "rules.must_be_table")
        key = get(cat, "key", str, prefix)
        if key in seen:
            raise fail(f"{prefix}.key", "rules.listed_twice", value=repr(key))
        seen.add(key)
        categories.append(
            Category(
                key=key,
                name_ja=get(cat, "name_ja", str, prefix),
                name_en=get(cat, "name_en", str, prefix),
                typical_points=whole(cat, "typical_points", prefix),
                source=get(cat, "source", str, prefix),
            )
        )

    ship = get(raw, "shipping", dict, "")
    target = get(ship, "on_time_target", (float, int), "shipping")
    if not 0 < target <= 1:
        raise fail("shipping.on_time_target", "rules.target_fraction", value=target)
    # period, the 6-day ratio and the order statuses are optional, so that rule-set copies
    # edited before they existed still load (as the rolling window they described).
    period = ship.get("period", "rolling")
    if period not in SHIPPING_PERIODS:
        raise fail("shipping.period", "rules.one_of", value=period, choices=", ".join(SHIPPING_PERIODS))
    within = ship.get("within_days_target")
    if within is not None:
        within = get(ship, "within_days_target", (float, int), "shipping")
        if not 0 < within <= 1:
            raise fail("shipping.within_days_target", "rules.target_fraction", value=within)

    def words(key: str) -> tuple[str, ...]:
        value = ship.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise fail(f"shipping.{key}", "rules.list_of_texts")
        return tuple(v.strip() for v in value)

    cancelled, active = words("cancelled_statuses"), words("active_statuses")
    both = {c.lower() for c in cancelled} & {a.lower() for a in active}
    if both:
        raise fail("shipping.active_statuses", "rules.status_both_ways", value=sorted(both)[0])
    shipping = ShippingRule(
        on_time_target=float(target),
        minimum_shipments=whole(ship, "minimum_shipments", "shipping"),
        window_days=whole(ship, "window_days", "shipping", minimum=1),
        source=get(ship, "source", str, "shipping"),
        period=period,
        period_source=get(ship, "period_source", str, "shipping") if "period_source" in ship else "",
        within_days_target=None if within is None else float(within),
        delivery_days=whole(ship, "delivery_days", "shipping") if within is not None else 0,
        delivery_source=get(ship, "delivery_source", str, "shipping") if "delivery_source" in ship else "",
        cancelled_statuses=cancelled,
        active_statuses=active,
        status_source=get(ship, "status_source", str, "shipping") if "status_source" in ship else "",
    )

    # Optional, so that rule-set copies edited before the table existed still load.
    causes: list[ShippingCause] = []
    seen_causes: set[str] = set()
    causes_raw = raw.get("shipping_causes", [])
    if not isinstance(causes_raw, list):
        raise fail("shipping_causes", "rules.causes_list")
    for i, cause in enumerate(causes_raw):
        prefix = f"shipping_causes[{i}]"
        if not isinstance(cause, dict):
            raise fail(prefix, "rules.must_be_table")
        key = get(cause, "key", str, prefix)
        if not key.strip() or key in seen_causes:
            raise fail(f"{prefix}.key", "rules.empty_or_twice", value=repr(key))
        seen_causes.add(key)
        causes.append(ShippingCause(key=key, name_ja=get(cause, "name_ja", str, prefix),
                                    name_en=get(cause, "name_en", str, prefix)))

    return RuleSet(
        id=get(head, "id", str, "ruleset"),
        name_ja=get(head, "name_ja", str, "ruleset"),
        name_en=get(head, "name_en", str, "ruleset"),
        version=get(head, "version", str, "ruleset"),
        effective_date=eff,
        timezone=timezone,
        source=get(head, "source", str, "ruleset"),
        sanction_names=sanction_names,
        levels=tuple(levels),
        categories=tuple(categories),
        shipping=shipping,
        path=path,
        shipping_causes=tuple(causes),
    )
