"""Where a shop stands on a date: the year's points, the level, the sanctions in force.

Rules (see shared domain reference):
- points count in the calendar year of their 加点日 (Japan time) and reset on 1 January;
- a withdrawn violation counts on every day before its withdrawal date and not from it
  on; what was reached while it counted stays reached (the past never changes);
- what Rakuten's notice says (core.notices) replaces the expected sanctions and fees;
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

from penaltytracker.core.model import ACTIVE, ViolationRecord
from penaltytracker.core.notices import EXPECTED, NO_NOTICES, NOTICE, Notices
from penaltytracker.core.rules import LEVEL_NAMES, SANCTION_KINDS, Level, RuleSet


def today_in_japan(timezone: str = "Asia/Tokyo") -> date:
    from zoneinfo import ZoneInfo  # only for "today": a status for a given date never loads it

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
    source: str = EXPECTED  # EXPECTED (from the rule set) or NOTICE (Rakuten's notice)

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
    counted: tuple[ViolationRecord, ...] = field(default=(), compare=False)  # counted on as_of
    steps: tuple[tuple[date, int], ...] = field(default=(), compare=False)  # the year's running total
    notices: Notices = field(default=NO_NOTICES, compare=False)  # this year's recorded notices

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
                {"level": w.level, "kind": w.kind, "start": w.start.isoformat(), "end": w.end.isoformat(),
                 "source": w.source}
                for w in self.active_sanctions
            ],
            "penalty_fees_yen": self.penalty_fees_yen,
            "levels_reached": [{"level": r.level, "date": r.date.isoformat()} for r in self.levels_reached],
        }


def level_rank(name: str | None) -> int:
    return 0 if name is None else LEVEL_NAMES.index(name) + 1


@dataclass(frozen=True)
class YearWalk:
    """One year told day by day up to a date: what was reached when, and the total."""

    reached: tuple[LevelReached, ...]
    points: int  # counted on the last day walked
    steps: tuple[tuple[date, int], ...]  # (day, running total) after each day that changed it
    counted: tuple[ViolationRecord, ...]  # counted on the last day walked


def walk_year(rules: RuleSet, violations: Iterable[ViolationRecord], year: int, as_of: date) -> YearWalk:
    """Walk one year's points as they were added and withdrawn, up to `as_of`.

    A level is reached when the running total climbs to its threshold; a withdrawal that
    takes the total back below it lets the level be reached again later (new sanction
    windows from that day), but never undoes what was reached before: the past stays as
    it stood. On one day, withdrawals come before additions (a violation withdrawn on W
    does not count on W)."""
    events: list[tuple[date, int, int, int]] = []  # (day, 0 withdraw / 1 add, id, ±points)
    counted = []
    for v in violations:
        if v.points_date.year != year or v.points_date > as_of or not v.ever_counted:
            continue
        vid = v.id if v.id is not None else 0
        events.append((v.points_date, 1, vid, v.points))
        if v.status != ACTIVE and v.withdrawn_on <= as_of:
            events.append((v.withdrawn_on, 0, vid, -v.points))
        else:
            counted.append(v)
    # Stable order within a day keeps "which violation crossed the line" repeatable.
    events.sort()
    counted.sort(key=lambda v: (v.points_date, v.id if v.id is not None else 0))
    total = 0
    held: set[str] = set()
    reached: list[LevelReached] = []
    steps: list[tuple[date, int]] = []
    for day, kind, _vid, delta in events:
        total += delta
        if delta < 0:
            held = {lv.name for lv in rules.levels if lv.threshold <= total}
        else:
            for lv in rules.levels:
                if lv.name not in held and lv.threshold <= total:
                    held.add(lv.name)
                    reached.append(LevelReached(lv.name, day))
        if steps and steps[-1][0] == day:
            steps[-1] = (day, total)
        else:
            steps.append((day, total))
    return YearWalk(tuple(reached), total, tuple(steps), tuple(counted))


def _windows(rules: RuleSet, reached: Iterable[LevelReached], notices: Notices, year: int) -> list[SanctionWindow]:
    """The year's sanction windows: the notice's where one is recorded for that level and
    kind (it replaces every expected window of that level and kind in the year, and
    stands even where the app's record never reached the level), the expected ones
    elsewhere."""
    noticed = {(n.level, n.kind): n for n in notices.sanctions if n.year == year}
    windows = []
    for r in reached:
        lv: Level = rules.level(r.level)
        for kind, days in lv.sanctions.items():
            if (r.level, kind) not in noticed:
                windows.append(SanctionWindow(r.level, kind, r.date, r.date + timedelta(days=days - 1)))
    for (level, kind), n in noticed.items():
        days = rules.level(level).sanctions.get(kind) if level in LEVEL_NAMES else None
        end = n.end or (n.start + timedelta(days=(days or 1) - 1))
        windows.append(SanctionWindow(level, kind, n.start, end, source=NOTICE))
    windows.sort(key=lambda w: (w.start, level_rank(w.level), _kind_order(w.kind)))
    return windows


def _fees(rules: RuleSet, reached: Iterable[LevelReached], notices: Notices, year: int) -> int:
    """The year's fees: each level reached (or noticed) once, at the notice's amount where
    it gives one. A level reached twice in a year is billed once (no public source says
    otherwise); a withdrawal does not take back a fee already due."""
    levels = {r.level for r in reached} | {n.level for n in notices.levels if n.year == year and n.fee_yen is not None}
    total = 0
    for name in levels:
        notice = notices.level(year, name)
        if notice is not None and notice.fee_yen is not None:
            total += notice.fee_yen
        elif name in LEVEL_NAMES:
            total += rules.level(name).penalty_fee_yen
    return total


def compute_status(rules: RuleSet, shop: str, violations: Iterable[ViolationRecord], as_of: date,
                   notices: Notices = NO_NOTICES) -> ShopStatus:
    """The status on `as_of`, as it stood that day. `violations` may hold any years; only
    what matters is used: this year's up to as_of, and last year's for sanctions that run
    over New Year. `notices` (what Rakuten's notices said) replace the expectation."""
    violations = list(violations)
    year = as_of.year
    walk = walk_year(rules, violations, year, as_of)
    windows = [w for w in _windows(rules, walk.reached, notices, year) if w.start <= as_of]

    # Sanctions from last year's levels can still be running in early January.
    carried: list[SanctionWindow] = []
    if (as_of - date(year, 1, 1)).days < rules.longest_sanction_days:
        last = walk_year(rules, violations, year - 1, date(year - 1, 12, 31))
        carried = [w for w in _windows(rules, last.reached, notices, year - 1) if w.end >= date(year, 1, 1)]

    active: dict[str, SanctionWindow] = {}
    for w in carried + windows:
        if w.covers(as_of):
            held = active.get(w.kind)
            if held is None or level_rank(w.level) > level_rank(held.level) or (
                w.level == held.level and w.start > held.start
            ):
                active[w.kind] = w

    points = walk.points
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
        levels_reached=walk.reached,
        sanction_windows=tuple(windows),
        active_sanctions=tuple(sorted(active.values(), key=lambda w: _kind_order(w.kind))),
        penalty_fees_yen=_fees(rules, walk.reached, notices.of_year(year), year),
        counted=walk.counted,
        steps=walk.steps,
        notices=notices.of_year(year),
    )


def _kind_order(kind: str) -> int:
    return SANCTION_KINDS.index(kind) if kind in SANCTION_KINDS else len(SANCTION_KINDS)


WHAT_IF_ID = 2**62  # sorts after every stored violation of the same day


def what_if_day(on: date, today: date) -> date:
    """The day a what-if shows the year on: the later of the hypothetical day and today,
    within that year, so that the year's later recorded points are included."""
    return max(on, min(today, date(on.year, 12, 31)))


def what_if(
    rules: RuleSet, shop: str, violations: Iterable[ViolationRecord], points: int, on: date,
    *, as_of: date | None = None, notices: Notices = NO_NOTICES,
) -> ShopStatus:
    """The year as it would stand on `as_of` (default: `on`) if a violation of `points`
    were added on `on`, every recorded violation of the year included. Saves nothing."""
    if points < 0:
        raise ValueError("points must be 0 or more")
    hypothetical = ViolationRecord(shop=shop, points_date=on, points=points, id=WHAT_IF_ID, title="what-if")
    return compute_status(rules, shop, [*violations, hypothetical], max(on, as_of or on), notices)


def cumulative_series(status: ShopStatus) -> list[tuple[date, int]]:
    """(date, running total) after each day that changed it: the steps of the year's chart
    (a withdrawal is a step down on its day)."""
    return list(status.steps)
