"""What Rakuten's notice says of a level: the truth that replaces what the app expects.

The rule set gives the expectation (a level reached on day D starts its sanctions on D,
with the fee of the level). When the notice arrives, the operator records what it says:
each sanction's actual start (and end, when given), the fee billed, the training course,
and at level V whether the shop continues (V-A) or the contract ends (V-B). Recorded
values win everywhere; each figure says where it came from.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

EXPECTED = "expected"
NOTICE = "notice"

# Level V: Rakuten's notice says which way it goes (domain.md).
V_CONTINUES = "continue"  # V-A: the shop may continue under the V-A sanctions
V_TERMINATED = "terminate"  # V-B: the contract ends
V_OUTCOMES = (V_CONTINUES, V_TERMINATED)

APPEAL_PENDING = "pending"
APPEAL_ACCEPTED = "accepted"
APPEAL_REJECTED = "rejected"
APPEAL_OUTCOMES = (APPEAL_PENDING, APPEAL_ACCEPTED, APPEAL_REJECTED)


@dataclass(frozen=True)
class SanctionNotice:
    """One sanction as the notice states it: replaces the expected window of that
    level and kind in that year."""

    shop: str
    year: int
    level: str
    kind: str
    start: date
    end: date | None = None  # None: the rule set's length from `start`
    id: int | None = None


@dataclass(frozen=True)
class LevelNotice:
    """The rest of a level's notice: fee, training, level V's outcome."""

    shop: str
    year: int
    level: str
    fee_yen: int | None = None  # None: the notice gave no fee (the expected one stands)
    fee_billed_on: date | None = None
    fee_paid_on: date | None = None
    training_due_on: date | None = None
    training_done_on: date | None = None
    outcome: str = ""  # level V only: V_CONTINUES or V_TERMINATED
    contract_end_on: date | None = None  # V-B: the day the contract ends
    note: str = ""
    id: int | None = None

    @property
    def fee_paid(self) -> bool:
        return self.fee_paid_on is not None


@dataclass(frozen=True)
class Appeal:
    """An appeal (異議申立) against one violation. Accepted: the violation is withdrawn
    from the decision date."""

    violation_id: int
    filed_on: date
    outcome: str = APPEAL_PENDING
    decided_on: date | None = None
    note: str = ""
    id: int | None = None


@dataclass(frozen=True)
class Notices:
    """Every notice recorded for one shop (what a status needs)."""

    sanctions: tuple[SanctionNotice, ...] = ()
    levels: tuple[LevelNotice, ...] = ()

    def level(self, year: int, level: str) -> LevelNotice | None:
        for n in self.levels:
            if n.year == year and n.level == level:
                return n
        return None

    def of_year(self, year: int) -> "Notices":
        return Notices(tuple(n for n in self.sanctions if n.year == year),
                       tuple(n for n in self.levels if n.year == year))


NO_NOTICES = Notices()
