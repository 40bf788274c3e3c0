"""Where a shop stands on a date: the year's points, the level, the sanctions in force.

Rules (see shared domain reference):
- points count in the calendar year of their 加点日 (Japan time) and reset on 1 January;
- withdrawn violations do not count;
- reaching a threshold starts each sanction of that level on that day; a sanction of
  N days starting on D covers D..D+N-1;
- one violation can cross several thresholds: each level is reached that day, and
  where two windows of the same kind overlap, the higher level's is shown.
A sanction started late in December is still in force in January, after the reset.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Iterable
from zoneinfo import ZoneInfo

from penaltytracker.core.model import ViolationRecord
from penaltytracker.core.rules import LEVEL_NAMES, SANCTION_KINDS, Level, RuleSet


def today_in_japan(timezone: str = "Asia/Tokyo") -> date:
    return datetime.now(ZoneInfo(timezone)).date()


@dataclass(frozen=True)
class LevelReached:
    level: str
    date: date


@dataclass(frozen=True)
class SanctionWindow:
    level: str
    kind: str
    start: date
    end: date  # inclusive

    def covers(self, day: date) -> bool:
        return self.start <= day <= self.end

    def days_left(self, day: date) -> int:
        """Days the sanction still applies counting `day` itself (0 once it is over)."""
        return max(0, (self.end - day).days + 1) if day >= self.start else (self.end - self.start).days + 1


@dataclass(frozen=True)
class ShopStatus:
    shop: str
    as_of: date
    year: int
    points: int
    level: str | None
    next_level: str | None
    next_threshold: int | None
    points_to_next: int | None
    levels_reached: tuple[LevelReached, ...]
    sanction_windows: tuple[SanctionWindow, ...]  # every window of this year's levels
    active_sanctions: tuple[SanctionWindow, ...]  # those in force on as_of (may come from last year)
    penalty_fees_yen: int
    counted: tuple[ViolationRecord, ...] = field(default=(), compare=False)

    def to_json(self) -> dict:
        """The exact shape `status --json` promises to scripts."""
        return {
            "shop": self.shop,
            "as_of": self.as_of.isoformat(),
            "year": self.year,
            "points": self.points,
            "level": self.level,
            "next_level": self.next_level,
            "points_to_next": self.points_to_next,
            "active_sanctions": [
                {"level": w.level, "kind": w.kind, "start": w.start.isoformat(), "end": w.end.isoformat()}
                for w in self.active_sanctions
            ],
            "penalty_fees_yen": self.penalty_fees_yen,
            "levels_reached": [{"level": r.level, "date": r.date.isoformat()} for r in self.levels_reached],
        }


def level_rank(name: str | None) -> int:
    return 0 if name is None else LEVEL_NAMES.index(name) + 1


def _year_levels(rules: RuleSet, counted: list[ViolationRecord]) -> tuple[list[LevelReached], int]:
    """Walk one year's counted violations in date order; return levels reached and total."""
    total = 0
    reached: list[LevelReached] = []
    for v in counted:
        before = total
        total += v.points
        for lv in rules.levels:
            if before < lv.threshold <= total:
                reached.append(LevelReached(lv.name, v.points_date))
    return reached, total


def _windows(rules: RuleSet, reached: Iterable[LevelReached]) -> list[SanctionWindow]:
    windows = []
    for r in reached:
        lv: Level = rules.level(r.level)
        for kind, days in lv.sanctions.items():
            windows.append(SanctionWindow(r.level, kind, r.date, r.date + timedelta(days=days - 1)))
    return windows


def _counted_in_year(violations: Iterable[ViolationRecord], year: int, as_of: date) -> list[ViolationRecord]:
    rows = [v for v in violations if v.counts and v.points_date.year == year and v.points_date <= as_of]
    # Stable order within a day keeps "which violation crossed the line" repeatable.
    rows.sort(key=lambda v: (v.points_date, v.id if v.id is not None else 0))
    return rows


def compute_status(rules: RuleSet, shop: str, violations: Iterable[ViolationRecord], as_of: date) -> ShopStatus:
    """The status on `as_of`. `violations` may hold any years; only what matters is used:
    this year's up to as_of, and last year's for sanctions that run over New Year."""
    violations = list(violations)
    year = as_of.year
    counted = _counted_in_year(violations, year, as_of)
    reached, points = _year_levels(rules, counted)
    windows = _windows(rules, reached)

    # Sanctions from last year's levels can still be running in early January.
    carried: list[SanctionWindow] = []
    if (as_of - date(year, 1, 1)).days < rules.longest_sanction_days:
        last_year = _counted_in_year(violations, year - 1, date(year - 1, 12, 31))
        last_reached, _ = _year_levels(rules, last_year)
        carried = [w for w in _windows(rules, last_reached) if w.end >= date(year, 1, 1)]

    active: dict[str, SanctionWindow] = {}
    for w in carried + windows:
        if w.covers(as_of):
            held = active.get(w.kind)
            if held is None or level_rank(w.level) > level_rank(held.level) or (
                w.level == held.level and w.start > held.start
            ):
                active[w.kind] = w

    level = rules.level_for_points(points)
    nxt = rules.next_level(points)
    return ShopStatus(
        shop=shop,
        as_of=as_of,
        year=year,
        points=points,
        level=level.name if level else None,
        next_level=nxt.name if nxt else None,
        next_threshold=nxt.threshold if nxt else None,
        points_to_next=(nxt.threshold - points) if nxt else None,
        levels_reached=tuple(reached),
        sanction_windows=tuple(windows),
        active_sanctions=tuple(sorted(active.values(), key=lambda w: _kind_order(w.kind))),
        penalty_fees_yen=sum(rules.level(r.level).penalty_fee_yen for r in reached),
        counted=tuple(counted),
    )


def _kind_order(kind: str) -> int:
    return SANCTION_KINDS.index(kind) if kind in SANCTION_KINDS else len(SANCTION_KINDS)


def what_if(
    rules: RuleSet, shop: str, violations: Iterable[ViolationRecord], points: int, on: date
) -> ShopStatus:
    """The status on `on` if a violation of `points` were added that day. Saves nothing."""
    if points < 0:
        raise ValueError("points must be 0 or more")
    hypothetical = ViolationRecord(shop=shop, points_date=on, points=points, id=2**62, title="what-if")
    return compute_status(rules, shop, [*violations, hypothetical], on)


def cumulative_series(status: ShopStatus) -> list[tuple[date, int]]:
    """(date, running total) after each counted violation: the steps of the year's chart."""
    series, total = [], 0
    for v in status.counted:
        total += v.points
        if series and series[-1][0] == v.points_date:
            series[-1] = (v.points_date, total)
        else:
            series.append((v.points_date, total))
    return series
