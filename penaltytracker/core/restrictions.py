"""Restrictions and account freezes on any marketplace: the dates, the case log, the letter.

Rules:
- a restriction of N days from D covers D .. D+N-1 (the app's rule for every window);
  with no length it lasts "until further notice";
- its state on a date: before D it has not started (upcoming); from the day it is
  resolved, "resolved"; from the day it is lifted, "lifted" (so it is active before);
  after its last day, "ended"; otherwise "active";
- days left count the day itself (the last day has 1 left), 0 once it is over, none
  when it is open-ended (then the days so far count, the first day being day 1);
- a due date in the case log is open until the entry is marked done, until a later
  entry the other way answers it (a reply received after a message sent, a document
  sent after a request received), or until the case is resolved; only what was logged
  by the date counts, so an earlier date shows what was due then;
- reminders (restriction_reminders): a restriction active on the date ends within the
  days looked ahead (open-ended ones never "end"); an open due date falls within them
  or is past.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Iterable, Sequence

from penaltytracker.core.marketplaces import Catalogue
from penaltytracker.core.reminders import Reminder, RuleName
from penaltytracker.messages import Msg, Problem

ACTIVE, ENDED, LIFTED, RESOLVED, UPCOMING = "active", "ended", "lifted", "resolved", "upcoming"
STATES = (ACTIVE, ENDED, LIFTED, RESOLVED)  # what a listing shows; UPCOMING is not listed
CHANNELS = ("mail", "form", "chat", "phone")
SENT, RECEIVED = "sent", "received"
DIRECTIONS = (SENT, RECEIVED)
WEEK_DAYS = 7


@dataclass(frozen=True)
class RestrictionRecord:
    shop: str
    kind: str
    start: date
    days: int | None = None  # None: until further notice
    cause: str = "unknown"
    notice: str = ""  # the marketplace's own words, quoted in the letter
    note: str = ""
    account: str = ""  # the account or store ID as the marketplace knows it
    what_happened: str = ""
    fixed: str = ""
    prevention: str = ""
    request: str = ""
    lifted_on: date | None = None
    resolved_on: date | None = None
    outcome: str = ""
    marketplace: str = "rakuten"  # the shop's (read from the shop, not stored here)
    id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    version: int | None = None

    @property
    def open_ended(self) -> bool:
        return self.days is None

    @property
    def end(self) -> date | None:
        """The last day as announced (D+N-1), None when open-ended."""
        return None if self.days is None else self.start + timedelta(days=self.days - 1)

    @property
    def stopped_on(self) -> date | None:
        """The first day it no longer applied, when lifted or resolved (the earlier)."""
        days = [d for d in (self.lifted_on, self.resolved_on) if d is not None]
        return min(days) if days else None

    @property
    def last_day(self) -> date | None:
        """The last day it applied: the announced end, or the day before it was lifted."""
        ends = [d for d in (self.end, self.stopped_on and self.stopped_on - timedelta(days=1)) if d is not None]
        return min(ends) if ends else None

    def state(self, as_of: date) -> str:
        if as_of < self.start:
            return UPCOMING
        if self.resolved_on is not None and as_of >= self.resolved_on:
            return RESOLVED
        if self.lifted_on is not None and as_of >= self.lifted_on:
            return LIFTED
        if self.end is not None and as_of > self.end:
            return ENDED
        return ACTIVE

    def is_active(self, as_of: date) -> bool:
        return self.state(as_of) == ACTIVE

    def days_left(self, as_of: date) -> int | None:
        """Days left counting `as_of`; 0 once over; None while open-ended and running."""
        st = self.state(as_of)
        if st == UPCOMING:
            return self.days
        if st != ACTIVE:
            return 0
        return None if self.end is None else (self.end - as_of).days + 1

    def days_so_far(self, as_of: date) -> int:
        """Days it has applied up to `as_of` (the first day is day 1), 0 before it starts."""
        if as_of < self.start:
            return 0
        last = self.last_day
        upto = as_of if last is None or as_of <= last else last
        return (upto - self.start).days + 1


@dataclass(frozen=True)
class ContactEntry:
    """One exchange with the marketplace about a restriction."""

    restriction_id: int
    on: date
    channel: str
    direction: str
    summary: str
    due: date | None = None  # a reply or a document is due by then
    attachments: tuple[str, ...] = ()  # names of the copies in the data folder
    closed: bool = False  # the due date was met (marked by the operator)
    id: int | None = None
    created_at: datetime | None = None


@dataclass(frozen=True)
class TradeRecord:
    """An open trade that needs care while the restriction lasts."""

    restriction_id: int
    item: str
    buyer: str = ""
    address: str = ""
    price: int | None = None  # yen
    shipped_on: date | None = None
    order: str = ""  # trade or order ID, when the seller can see it
    tell_buyer: str = ""  # what the buyer must be told
    done: bool = False
    note: str = ""
    id: int | None = None


# --- checks (Problem codes, worded at the edge) -------------------------------------------

def validate(r: RestrictionRecord, cat: Catalogue) -> RestrictionRecord:
    """The record with its kind and cause as keys; Problem naming the field otherwise."""
    if not r.shop.strip():
        raise Problem("restriction.no_shop")
    kind, cause = cat.kind(r.kind), cat.cause(r.cause or "unknown")
    if r.days is not None and (isinstance(r.days, bool) or not isinstance(r.days, int) or r.days < 1):
        raise Problem("restriction.bad_days", value=r.days)
    if not isinstance(r.start, date):
        raise Problem("restriction.bad_start", value=r.start)
    for name in ("lifted_on", "resolved_on"):
        day = getattr(r, name)
        if day is not None and day < r.start:
            raise Problem(f"restriction.{name.split('_')[0]}_before_start", day=day.isoformat(),
                          start=r.start.isoformat())
    if r.lifted_on is not None and r.end is not None and r.lifted_on > r.end:
        raise Problem("restriction.lift_after_end", day=r.lifted_on.isoformat(), end=r.end.isoformat())
    return _replace(r, kind=kind, cause=cause)


def lifted(r: RestrictionRecord, on: date) -> RestrictionRecord:
    """`r` lifted early on `on` (from that day it no longer applies)."""
    if r.resolved_on is not None:
        raise Problem("restriction.already_resolved", id=r.id, day=r.resolved_on.isoformat())
    if r.lifted_on is not None:
        raise Problem("restriction.already_lifted", id=r.id, day=r.lifted_on.isoformat())
    if on < r.start:
        raise Problem("restriction.lifted_before_start", day=on.isoformat(), start=r.start.isoformat())
    if r.end is not None and on > r.end:
        raise Problem("restriction.lift_after_end", day=on.isoformat(), end=r.end.isoformat())
    return _replace(r, lifted_on=on)


def resolved(r: RestrictionRecord, on: date, outcome: str = "") -> RestrictionRecord:
    """The case closed on `on` with its outcome (a running restriction stops then too)."""
    if r.resolved_on is not None:
        raise Problem("restriction.already_resolved", id=r.id, day=r.resolved_on.isoformat())
    if on < r.start:
        raise Problem("restriction.resolved_before_start", day=on.isoformat(), start=r.start.isoformat())
    if r.lifted_on is not None and on < r.lifted_on:
        raise Problem("restriction.resolve_before_lift", day=on.isoformat(), lifted=r.lifted_on.isoformat())
    return _replace(r, resolved_on=on, outcome=outcome.strip() or r.outcome)


def check_contact(c: ContactEntry) -> ContactEntry:
    if c.channel not in CHANNELS:
        raise Problem("restriction.bad_channel", value=c.channel, known=", ".join(CHANNELS))
    if c.direction not in DIRECTIONS:
        raise Problem("restriction.bad_direction", value=c.direction)
    if not c.summary.strip():
        raise Problem("restriction.no_summary")
    if c.due is not None and c.due < c.on:
        raise Problem("restriction.due_before", due=c.due.isoformat(), on=c.on.isoformat())
    return c


def _replace(r, **changes):
    from dataclasses import replace

    return replace(r, **changes)


# --- due dates ---------------------------------------------------------------------------

def open_dues(r: RestrictionRecord, contacts: Iterable[ContactEntry], as_of: date) -> list[ContactEntry]:
    """The log's entries with a due date still open on `as_of`, earliest due first."""
    if r.resolved_on is not None and as_of >= r.resolved_on:
        return []
    logged = sorted((c for c in contacts if c.on <= as_of), key=lambda c: (c.on, c.id or 0))
    result = []
    for i, c in enumerate(logged):
        if c.due is None or c.closed:
            continue
        answered = any(later.direction != c.direction and later.on >= c.on for later in logged[i + 1:])
        if not answered:
            result.append(c)
    return sorted(result, key=lambda c: (c.due, c.id or 0))


def next_due(r: RestrictionRecord, contacts: Iterable[ContactEntry], as_of: date) -> date | None:
    dues = open_dues(r, contacts, as_of)
    return dues[0].due if dues else None


# --- texts filled in from data -----------------------------------------------------------

def still_allowed(cat: Catalogue, r: RestrictionRecord, lang: str = "ja") -> str:
    return cat.marketplace(r.marketplace).allowed(r.kind, lang)


def appeal_by(cat: Catalogue, r: RestrictionRecord) -> date | None:
    """The last day to appeal where the marketplace keeps an appeal clock (Amazon, as sellers
    report it): N days from the start cover start..start+N-1."""
    days = cat.marketplace(r.marketplace).appeal_days
    return None if not days else r.start + timedelta(days=days - 1)


def buyer_notice(cat: Catalogue, r: RestrictionRecord, lang: str = "ja") -> str:
    """What to tell a buyer while it lasts (the date it lifts, when known)."""
    notice = cat.marketplace(r.marketplace).buyer_notice
    if notice is None:
        return ""
    if r.end is not None:
        when = (r.end + timedelta(days=1)).isoformat()
    else:
        when = "解除後" if lang != "en" else "when it is lifted"
    return notice.text(lang).format(end=when)


def _or_missing(text: str, missing: str) -> str:
    return text.strip() or missing


def letter(cat: Catalogue, r: RestrictionRecord, contacts: Sequence[ContactEntry] = ()) -> str:
    """The inquiry or appeal text in Japanese, in the marketplace's expected form."""
    market = cat.marketplace(r.marketplace)
    t = cat.letters[market.letter]
    missing = cat.letters.get("missing", "")
    if r.end is None:
        period = cat.letters["open_ended"]
    else:
        period = cat.letters["fixed_length"].format(start=r.start.isoformat(), end=r.end.isoformat(), days=r.days)
    names = [name for c in contacts if c.direction == SENT for name in c.attachments]
    block = ""
    if names:
        block = t.get("attachments_intro", "") + "".join(f"・{n}\n" for n in dict.fromkeys(names)) + "\n"
    values = {
        "marketplace": market.label("ja"), "shop": r.shop, "account": _or_missing(r.account, missing),
        "start": r.start.isoformat(), "kind": cat.kind_label(r.kind, "ja"),
        "cause": cat.cause_label(r.cause, "ja", r.marketplace), "notice": _or_missing(r.notice, missing),
        "period": period, "what_happened": _or_missing(r.what_happened, missing),
        "fixed": _or_missing(r.fixed, missing), "prevention": _or_missing(r.prevention, missing),
        "request": r.request.strip() or t.get("default_request", ""), "attachments_block": block,
    }
    return t["text"].strip("\n").format(**values) + "\n"


def hidden_trade_text(cat: Catalogue, r: RestrictionRecord, trade: TradeRecord) -> str:
    """The facts support asks for to find a trade hidden from the seller's list."""
    t = cat.letters["hidden_trade"]
    missing = cat.letters.get("missing", "")
    values = {
        "marketplace": cat.marketplace(r.marketplace).label("ja"),
        "shipped_on": trade.shipped_on.isoformat() if trade.shipped_on else missing,
        "buyer": _or_missing(trade.buyer, missing), "address": _or_missing(trade.address, missing),
        "item": _or_missing(trade.item, missing),
        "price": f"¥{trade.price:,}" if trade.price is not None else missing,
        "order_line": t["order_line"].format(order=trade.order) if trade.order.strip() else "",
    }
    return t["text"].strip("\n").format(**values) + "\n"


# --- the weekly review -------------------------------------------------------------------

@dataclass(frozen=True)
class RestrictionWeek:
    """Restrictions of one shop that began, ended or have something due around a week."""

    as_of: date
    began: tuple[RestrictionRecord, ...] = ()
    ended: tuple[RestrictionRecord, ...] = ()  # stopped applying in the week (ended, lifted, resolved)
    due: tuple[tuple[RestrictionRecord, ContactEntry], ...] = ()  # open, due by the end of the coming week
    active: tuple[RestrictionRecord, ...] = field(default=())

    @property
    def empty(self) -> bool:
        return not (self.began or self.ended or self.due or self.active)


def restriction_week(items: Iterable[tuple[RestrictionRecord, Sequence[ContactEntry]]], as_of: date) -> RestrictionWeek:
    """The 7 days ending on as_of: what began, what stopped, what is due by as_of+6."""
    start = as_of - timedelta(days=WEEK_DAYS - 1)
    horizon = as_of + timedelta(days=WEEK_DAYS - 1)
    began, ended, due, active = [], [], [], []
    for r, contacts in items:
        if start <= r.start <= as_of:
            began.append(r)
        last = r.last_day
        if last is not None and start <= last + timedelta(days=1) <= as_of:
            ended.append(r)
        if r.is_active(as_of):
            active.append(r)
        due += [(r, c) for c in open_dues(r, contacts, as_of) if c.due <= horizon]
    due.sort(key=lambda rc: (rc[1].due, rc[0].id or 0))
    return RestrictionWeek(as_of, tuple(began), tuple(ended), tuple(due), tuple(active))


# --- reminders (a source of store/reminders.py) -----------------------------------------

RESTRICTION_ENDS, REPLY_DUE = "restriction_ends", "reply_due"
_SUMMARY_CHARS = 40  # of a log entry's summary, quoted in a reminder


@dataclass(frozen=True)
class CatalogueName(RuleName):
    """A name of the marketplaces catalogue (a kind, a marketplace) in both languages:
    worded in the user's language when the reminder is shown; JSON gets the key."""

    ja: str = ""
    en: str = ""

    def text(self, rules, lang: str) -> str:
        return self.en if lang == "en" else self.ja


def _names(cat: Catalogue, r: RestrictionRecord) -> dict:
    kind = CatalogueName("restriction_kind", r.kind, cat.kind_label(r.kind, "ja"), cat.kind_label(r.kind, "en"))
    market = CatalogueName("marketplace", r.marketplace, cat.marketplace_label(r.marketplace, "ja"),
                           cat.marketplace_label(r.marketplace, "en"))
    return {"kind": kind, "marketplace": market}


def _due_code(c: ContactEntry, as_of: date) -> str:
    """We owe an answer to what was received; what we sent awaits the marketplace's."""
    if c.direction == RECEIVED:
        return "reminder.reply_overdue" if c.due < as_of else (
            "reminder.reply_due_today" if c.due == as_of else "reminder.reply_due")
    return "reminder.reply_late" if c.due < as_of else "reminder.reply_awaited"


def restriction_reminders(cat: Catalogue, items: Iterable[tuple[RestrictionRecord, Sequence[ContactEntry]]],
                          as_of: date, within: int) -> list[Reminder]:
    """`restriction_ends`: active on as_of, last day within as_of..as_of+within-1 (an
    open-ended one never "ends"); due on the last day. `reply_due`: a due date of the case
    log open on as_of (open_dues), within those days or overdue; due on that date."""
    last = as_of + timedelta(days=max(1, within) - 1)
    found = []
    for r, contacts in items:
        names = _names(cat, r)
        if r.is_active(as_of) and r.end is not None and r.end <= last:
            found.append(Reminder(
                RESTRICTION_ENDS, r.shop, r.end,
                Msg("reminder.restriction_ends", **names, end=r.end, days=r.days_left(as_of),
                    returns=r.end + timedelta(days=1)),
                key=f"{RESTRICTION_ENDS}:{r.shop}:{r.id}:{r.end.isoformat()}"))
        for c in open_dues(r, contacts, as_of):
            if c.due > last:
                break  # earliest due first
            summary = " ".join(c.summary.split())
            if len(summary) > _SUMMARY_CHARS:
                summary = summary[:_SUMMARY_CHARS - 1] + "…"
            found.append(Reminder(
                REPLY_DUE, r.shop, c.due,
                Msg(_due_code(c, as_of), **names, due=c.due, days=abs((c.due - as_of).days), on=c.on,
                    summary=summary, direction=c.direction),
                key=f"{REPLY_DUE}:{r.shop}:{r.id}:{c.id}"))
    return found


__all__ = [
    "ACTIVE", "ENDED", "LIFTED", "RESOLVED", "UPCOMING", "STATES", "CHANNELS", "DIRECTIONS", "SENT", "RECEIVED",
    "RestrictionRecord", "ContactEntry", "TradeRecord", "RestrictionWeek", "validate", "lifted", "resolved",
    "check_contact", "appeal_by", "open_dues", "next_due", "still_allowed", "buyer_notice", "letter", "hidden_trade_text",
    "restriction_week", "RESTRICTION_ENDS", "REPLY_DUE", "CatalogueName", "restriction_reminders",
]
