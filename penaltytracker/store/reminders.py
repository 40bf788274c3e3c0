"""What is due for every shop on a date: the inputs of core/reminders.py, gathered here.

`due_reminders(store, rules, as_of, within, margin, shops=None)` hands back one list,
soonest first: the kinds of core/reminders.py for every shop (or the shops named), and
the kinds of every source module below.

Sources (the contract for other domains)
-----------------------------------------
A domain that knows of other dates (restrictions ending, replies or documents due to a
marketplace, incidents open too long, order patterns not yet reported) adds its kinds
without editing this module's rules: its store module `penaltytracker.store.<name>`,
with <name> listed in `SOURCES`, defines

    def reminders(store, rules, as_of: date, within: int) -> Iterable[Reminder]

returning `penaltytracker.core.reminders.Reminder` values: `kind` (its own name, e.g.
"restriction_ends"), `shop`, `due` (a date), `message` (a Msg whose code has `ja` and
`en` words in resources/i18n/messages.toml, not naming the shop: the shop's name is put
before them where needed; a parameter may be a core.reminders.RuleName, or a tuple of
them, to be worded from the rule set) and a stable `key` (the same item on another day has
the same key: the tray notifies an item once). It reads only what stood on `as_of`, and
takes `within` to mean the days as_of..as_of+within-1. A module that is not there (the
branch is not merged) is skipped; a module without `reminders` is skipped too. The
sources' items are filtered to the shops asked for, like the rest.
"""

from __future__ import annotations

import importlib
from datetime import date
from typing import Callable, Iterable

from sqlalchemy import func, select

from penaltytracker.core.notices import LevelNotice
from penaltytracker.core.reminders import (
    DEFAULT_MARGIN, DEFAULT_WITHIN_DAYS, Reminder, ShopRecord, ordered, shop_reminders,
)
from penaltytracker.core.rules import RuleSet
from penaltytracker.store.engine import Store
from penaltytracker.store.schema import LevelNoticeRow, Shop, WeeklyReview

# Store modules that may hand in reminders of their own (see the module docstring).
SOURCES = ("restrictions", "incidents", "order_events")

_NOTICE_FIELDS = ("fee_yen", "fee_billed_on", "fee_paid_on", "training_due_on", "training_done_on", "outcome",
                  "contract_end_on", "note")


def sources() -> list[Callable]:
    """The `reminders` functions of the source modules that are there."""
    found = []
    for name in SOURCES:
        module_name = f"penaltytracker.store.{name}"
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise  # the module is there but something it needs is not: a real error
            continue
        fn = getattr(module, "reminders", None)
        if callable(fn):
            found.append(fn)
    return found


def last_reviews(store: Store, as_of: date) -> dict[str, date]:
    """Each shop's latest review done on or before as_of (shops never reviewed are absent)."""
    q = (select(Shop.name, func.max(WeeklyReview.reviewed_on)).join(WeeklyReview, WeeklyReview.shop_id == Shop.id)
         .where(WeeklyReview.reviewed_on <= as_of).group_by(Shop.id, Shop.name))
    with store.session() as s:
        return {name: day for name, day in s.execute(q)}


def open_level_notices(store: Store) -> dict[str, list[LevelNotice]]:
    """Every shop's level notices that name a training due date or a billed fee."""
    q = (select(Shop.name, LevelNoticeRow).join(Shop, Shop.id == LevelNoticeRow.shop_id)
         .where((LevelNoticeRow.training_due_on.is_not(None)) | (LevelNoticeRow.fee_billed_on.is_not(None)))
         .order_by(Shop.name, LevelNoticeRow.year, LevelNoticeRow.level))
    found: dict[str, list[LevelNotice]] = {}
    with store.session() as s:
        for name, row in s.execute(q):
            found.setdefault(name, []).append(LevelNotice(
                shop=name, year=row.year, level=row.level, id=row.id,
                **{f: getattr(row, f) for f in _NOTICE_FIELDS}))
    return found


def due_reminders(store: Store, rules: RuleSet, as_of: date, within: int = DEFAULT_WITHIN_DAYS,
                  margin: int = DEFAULT_MARGIN, shops: Iterable[str] | None = None) -> list[Reminder]:
    """Everything due on `as_of` for every shop (or the shops named; an unknown one is a
    StoreError), soonest first."""
    from penaltytracker.store.violations import list_shops, shop_status

    wanted = list(shops) if shops is not None else list_shops(store)
    reviews = last_reviews(store, as_of)
    notices = open_level_notices(store)
    found: list[Reminder] = []
    for shop in wanted:
        status = shop_status(store, rules, shop, as_of, history=False)  # figures only: fast
        record = ShopRecord(status, reviews.get(shop), tuple(notices.get(shop, ())))
        found.extend(shop_reminders(rules, record, within, margin))
    names = set(wanted)
    for source in sources():
        found.extend(r for r in source(store, rules, as_of, within) if r.shop in names)
    return ordered(found)


__all__ = ["due_reminders", "sources", "SOURCES", "last_reviews", "open_level_notices"]
