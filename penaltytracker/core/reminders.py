"""What is due: one list of things the operator should act on, for a date.

Pure rules over values the store hands in (store/reminders.py gathers them for every
shop). Each item is a `Reminder`: its kind, the shop, the date it is due, and a message
code with parameters (penaltytracker.messages.Msg) that the window or the command line
words in the user's language (the words say what to do; `Reminder.text` leads them with
the shop's name). The kinds of this module:

- `sanction_ends`: the sanctions in force on the date whose last day falls within the
  next `within` days, the date included (within=7: as_of..as_of+6, like the weekly
  review's "ends in the coming week"); one item per level and last day, naming every
  sanction of it. Due: the last day. The operator plans the return of the ranking,
  R-Mail, the shop's reopening.
- `level_near`: the shop is `margin` points or fewer from its next level. Due: the date.
- `review_due`: no weekly review in the last 7 days (core.weekly.review_due), counting
  only reviews done by the date. Due: a week after the last review (the date when none
  was ever done).
- `training_due`: a training course due per a recorded notice, not done by the date,
  and due within the next `within` days or overdue. Due: the notice's due date.
- `fee_unpaid`: a fee billed per a recorded notice (billed by the date) and not paid
  by the date. Due: the day it was billed.

Each list tells what stood on its date: a payment or a course done after the date
does not count yet. Other kinds come from other modules (store/reminders.py's
sources) and are plain `Reminder` values too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Iterable

from penaltytracker.core.notices import LevelNotice
from penaltytracker.core.rules import RuleSet
from penaltytracker.core.status import ShopStatus
from penaltytracker.core.weekly import NUDGE_AFTER_DAYS, review_due
from penaltytracker.messages import Msg

SANCTION_ENDS = "sanction_ends"
LEVEL_NEAR = "level_near"
REVIEW_DUE = "review_due"
TRAINING_DUE = "training_due"
FEE_UNPAID = "fee_unpaid"
KINDS = (SANCTION_ENDS, LEVEL_NEAR, REVIEW_DUE, TRAINING_DUE, FEE_UNPAID)

# How far ahead the list looks, and the warning margin: the same defaults as the
# window's (View → Warning margin) and the weekly review's coming week.
DEFAULT_WITHIN_DAYS = 7
DEFAULT_MARGIN = 10


@dataclass(frozen=True)
class RuleName:
    """A parameter named by the rule set (a sanction kind, a category): worded with
    the rules in the user's language when the reminder is shown."""

    table: str  # "sanction" or "category"
    key: str

    def text(self, rules: RuleSet | None, lang: str) -> str:
        if rules is None:
            return self.key
        if self.table == "sanction":
            return rules.sanction_name(self.key, lang)
        if self.table == "category":
            return rules.category_label(self.key, lang)
        return self.key


@dataclass(frozen=True)
class Reminder:
    """One thing due. `key` names the item across days (the tray notifies it once);
    `message` is worded at the edge (`text`)."""

    kind: str
    shop: str
    due: date
    message: Msg = field(compare=False)
    key: str = ""

    def text(self, lang: str, rules: RuleSet | None = None, with_shop: bool = True) -> str:
        """In the user's words, led by the shop's name (`with_shop=False`: where the shop
        is shown already, as on its dashboard)."""
        params = {k: _worded(v, rules, lang) for k, v in self.message.params.items()}
        words = Msg(self.message.code, **params).text(lang)
        if with_shop:  # punctuation only: 「店名：…」 / "shop: …"
            return f"{self.shop}：{words}" if lang == "ja" else f"{self.shop}: {words}"
        return words[:1].upper() + words[1:] if lang == "en" else words

    def details(self) -> dict[str, Any]:
        """The message's parameters as JSON values (dates ISO, rule names by key)."""
        return {k: _json(v) for k, v in self.message.params.items()}

    def to_json(self, lang: str, rules: RuleSet | None = None) -> dict[str, Any]:
        return {"kind": self.kind, "shop": self.shop, "due": self.due.isoformat(), "text": self.text(lang, rules),
                "key": self.key or f"{self.kind}:{self.shop}:{self.due.isoformat()}", "details": self.details()}


def _shown(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _worded(value: Any, rules: RuleSet | None, lang: str) -> Any:
    if isinstance(value, RuleName):
        return value.text(rules, lang)
    if isinstance(value, tuple) and value and all(isinstance(v, RuleName) for v in value):
        # Several names in one 「」 of the Japanese template: 「A」「B」; "A, B" in English.
        return ("」「" if lang == "ja" else ", ").join(v.text(rules, lang) for v in value)
    return _shown(value)


def _json(value: Any) -> Any:
    if isinstance(value, RuleName):
        return value.key
    if isinstance(value, tuple):
        return [_json(v) for v in value]
    return _shown(value)


def _last_day(as_of: date, within: int) -> date:
    """The last day of the `within` days starting on as_of (within=1: as_of itself)."""
    return as_of + timedelta(days=max(1, within) - 1)


def sanction_reminders(status: ShopStatus, within: int) -> list[Reminder]:
    last = _last_day(status.as_of, within)
    ending: dict[tuple[date, str], list] = {}  # (last day, level) -> windows, in the rule set's order
    for w in status.active_sanctions:
        if status.as_of <= w.end <= last:
            ending.setdefault((w.end, w.level), []).append(w)
    found = []
    for (end, level), windows in sorted(ending.items()):
        names = tuple(RuleName("sanction", w.kind) for w in windows)
        found.append(Reminder(
            SANCTION_ENDS, status.shop, end,
            Msg("reminder.sanction_ends", shop=status.shop, sanction=names, level=level, end=end,
                days=windows[0].days_left(status.as_of), returns=end + timedelta(days=1)),
            key=f"{SANCTION_ENDS}:{status.shop}:{level}:{end.isoformat()}"))
    return found


def level_reminders(status: ShopStatus, margin: int) -> list[Reminder]:
    if status.points_to_next is None or status.points_to_next > margin:
        return []
    return [Reminder(LEVEL_NEAR, status.shop, status.as_of,
                     Msg("reminder.level_near", shop=status.shop, n=status.points_to_next, level=status.next_level,
                         points=status.points, threshold=status.next_threshold),
                     key=f"{LEVEL_NEAR}:{status.shop}:{status.year}:{status.next_level}")]


def review_reminders(shop: str, last_review: date | None, as_of: date) -> list[Reminder]:
    """`last_review`: the latest review done on or before as_of (None: none)."""
    if not review_due(last_review, as_of):
        return []
    if last_review is None:
        return [Reminder(REVIEW_DUE, shop, as_of, Msg("reminder.review_never", shop=shop),
                         key=f"{REVIEW_DUE}:{shop}:never")]
    due = last_review + timedelta(days=NUDGE_AFTER_DAYS)
    return [Reminder(REVIEW_DUE, shop, due,
                     Msg("reminder.review_due", shop=shop, last=last_review, days=(as_of - last_review).days),
                     key=f"{REVIEW_DUE}:{shop}:{last_review.isoformat()}")]


def _not_yet(done_on: date | None, as_of: date) -> bool:
    """Not done as it stood on as_of (done later does not count yet)."""
    return done_on is None or done_on > as_of


def notice_reminders(rules: RuleSet, notices: Iterable[LevelNotice], as_of: date, within: int) -> list[Reminder]:
    """Training courses due and fees billed but unpaid, from each level's recorded notice
    (any year: untaken courses stay compulsory)."""
    last = _last_day(as_of, within)
    found = []
    for n in notices:
        if n.training_due_on is not None and _not_yet(n.training_done_on, as_of) and n.training_due_on <= last:
            code = ("reminder.training_overdue" if n.training_due_on < as_of else
                    "reminder.training_due_today" if n.training_due_on == as_of else "reminder.training_due")
            found.append(Reminder(
                TRAINING_DUE, n.shop, n.training_due_on,
                Msg(code, shop=n.shop, level=n.level, due=n.training_due_on,
                    days=abs((n.training_due_on - as_of).days)),
                key=f"{TRAINING_DUE}:{n.shop}:{n.year}:{n.level}:{n.training_due_on.isoformat()}"))
        if n.fee_billed_on is not None and n.fee_billed_on <= as_of and _not_yet(n.fee_paid_on, as_of):
            fee = n.fee_yen
            if fee is None:
                try:
                    fee = rules.level(n.level).penalty_fee_yen
                except KeyError:
                    fee = 0
            found.append(Reminder(
                FEE_UNPAID, n.shop, n.fee_billed_on,
                Msg("reminder.fee_unpaid", shop=n.shop, level=n.level, fee=f"{fee:,}", billed=n.fee_billed_on,
                    days=(as_of - n.fee_billed_on).days),
                key=f"{FEE_UNPAID}:{n.shop}:{n.year}:{n.level}:{n.fee_billed_on.isoformat()}"))
    return found


@dataclass(frozen=True)
class ShopRecord:
    """What the rules of this module read of one shop on a date."""

    status: ShopStatus
    last_review: date | None  # latest review done on or before the date
    level_notices: tuple[LevelNotice, ...] = ()


def shop_reminders(rules: RuleSet, record: ShopRecord, within: int = DEFAULT_WITHIN_DAYS,
                   margin: int = DEFAULT_MARGIN) -> list[Reminder]:
    s = record.status
    return [*sanction_reminders(s, within), *level_reminders(s, margin),
            *review_reminders(s.shop, record.last_review, s.as_of),
            *notice_reminders(rules, record.level_notices, s.as_of, within)]


def _kind_rank(kind: str) -> int:
    return KINDS.index(kind) if kind in KINDS else len(KINDS)


def ordered(reminders: Iterable[Reminder]) -> list[Reminder]:
    """Soonest first; on one day, in the order of KINDS (others after), then by shop;
    otherwise as given (a shop's sanctions stay in the rule set's order)."""
    return sorted(reminders, key=lambda r: (r.due, _kind_rank(r.kind), r.kind, r.shop))


__all__ = ["Reminder", "RuleName", "ShopRecord", "KINDS", "SANCTION_ENDS", "LEVEL_NEAR", "REVIEW_DUE",
           "TRAINING_DUE", "FEE_UNPAID", "DEFAULT_WITHIN_DAYS", "DEFAULT_MARGIN", "shop_reminders",
           "sanction_reminders", "level_reminders", "review_reminders", "notice_reminders", "ordered"]
