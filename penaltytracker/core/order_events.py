"""Suspicious orders: the event log's values, and the rule that flags a pattern.

An order event is something that happened to one order (cancelled, refused on delivery,
pending then cancelled, an abusive return). A pattern is `min_events` or more events of
the same buyer, or of the same item with the same payment method, within `window_days`
days: N days from day D cover D..D+N-1 (Japan time, as every date in the app). The
figures, words and value lists come from resources/troubles/order_events.toml.

Times are Japan time, naive (what the marketplace's seller pages show as JST).
Pure: no Qt, no SQLAlchemy.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path

from penaltytracker.messages import Msg, Problem

EVENTS = ("cancel", "receive_refused", "pending_cancel", "return_abuse", "other")
PAYMENTS = ("cod", "convenience_pickup", "card", "other")
CANCELLED_BY = ("buyer", "seller", "marketplace")
BUYER, ITEM, SELECTION = "buyer", "item", "selection"
# The store's column sizes, checked before writing so that the message names the field.
LIMITS = {"shop": 200, "order_id": 100, "buyer": 200, "item": 500, "asin": 40, "sku": 100, "status": 100,
          "reason": 500}


# --- the catalogue (data) ----------------------------------------------------------------

@dataclass(frozen=True)
class Named:
    key: str
    ja: str
    en: str
    aliases: tuple[str, ...] = ()
    phrase_ja: str = ""
    phrase_en: str = ""

    def name(self, lang: str) -> str:
        return self.en if lang == "en" else self.ja

    def phrase(self, lang: str) -> str:
        return self.phrase_en if lang == "en" else self.phrase_ja


@dataclass(frozen=True)
class PatternRule:
    min_events: int
    window_days: int
    recent_days: int


@dataclass(frozen=True)
class OrderCatalogue:
    version: str
    source: str
    rule: PatternRule
    numbering: str  # circled / dotted
    lang: str
    events: dict[str, Named]
    payments: dict[str, Named]
    cancelled_by: dict[str, Named]
    event_of_status: dict[str, str]  # lower-cased status → event
    skip_statuses: frozenset[str]
    return_event: str
    refused_reasons: tuple[str, ...]

    def event_name(self, key: str, lang: str) -> str:
        found = self.events.get(key)
        return found.name(lang) if found else key

    def payment_name(self, key: str, lang: str) -> str:
        found = self.payments.get(key)
        return found.name(lang) if found else key

    def cancelled_by_name(self, key: str, lang: str) -> str:
        found = self.cancelled_by.get(key)
        return found.name(lang) if found else key

    @staticmethod
    def _lookup(table: dict[str, Named], text: str) -> str | None:
        wanted = text.strip().lower()
        if not wanted:
            return ""
        for key, named in table.items():
            if wanted in (key.lower(), named.ja.lower(), named.en.lower(), *(a.lower() for a in named.aliases)):
                return key
        return None

    def payment_key(self, text: str) -> str | None:
        """A payment method's key from its key, name or alias ("" for none, None: unknown)."""
        return self._lookup(self.payments, text)

    def event_key(self, text: str) -> str | None:
        return self._lookup(self.events, text)

    def cancelled_by_key(self, text: str) -> str | None:
        return self._lookup(self.cancelled_by, text)


def order_events_file() -> Path:
    override = os.environ.get("PENALTYTRACKER_ORDER_EVENTS")
    if override:
        return Path(override)
    from penaltytracker.paths import resources_dir

    return resources_dir() / "troubles" / "order_events.toml"


def _named(table: dict, required: tuple[str, ...]) -> dict[str, Named]:
    found = {key: Named(key=key, ja=raw["ja"], en=raw["en"], aliases=tuple(raw.get("aliases", ())),
                        phrase_ja=raw.get("phrase_ja", ""), phrase_en=raw.get("phrase_en", ""))
             for key, raw in table.items()}
    missing = [k for k in required if k not in found]
    if missing:
        raise KeyError(", ".join(missing))
    return found


@lru_cache(maxsize=4)
def _load(path: str) -> OrderCatalogue:
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise Problem("order.bad_data_file", file=path, detail=str(exc)) from None
    try:
        p = data["patterns"]
        rule = PatternRule(int(p["min_events"]), int(p["window_days"]), int(p.get("recent_days", 30)))
        if rule.min_events < 2 or rule.window_days < 1:
            raise KeyError("patterns.min_events (2 or more) / patterns.window_days (1 or more)")
        ev = data.get("evidence", {})
        numbering = ev.get("numbering", "circled")
        if numbering not in ("circled", "dotted"):
            raise KeyError("evidence.numbering (circled or dotted)")
        imp = data.get("import", {})
        events = _named(data["events"], EVENTS)
        return OrderCatalogue(
            version=str(data["order_events"]["version"]), source=str(data["order_events"]["source"]), rule=rule,
            numbering=numbering, lang=ev.get("lang", "ja"), events=events,
            payments=_named(data["payments"], PAYMENTS), cancelled_by=_named(data["cancelled_by"], CANCELLED_BY),
            event_of_status={k.lower(): v for k, v in imp.get("event_of_status", {}).items()},
            skip_statuses=frozenset(s.lower() for s in imp.get("skip", ())),
            return_event=imp.get("return_event", "return_abuse"),
            refused_reasons=tuple(r.lower() for r in imp.get("refused_reasons", ())),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise Problem("order.bad_data_file", file=path, detail=Msg("data.missing_or_wrong", what=str(exc))) from None


def load_order_catalogue(path: str | os.PathLike | None = None) -> OrderCatalogue:
    return _load(str(path or order_events_file()))


# --- an event --------------------------------------------------------------------------------

@dataclass(frozen=True)
class OrderEvent:
    shop: str
    order_id: str
    occurred_at: datetime  # Japan time
    event: str
    buyer: str = ""  # a handle, as far as known; nothing more
    item: str = ""
    asin: str = ""
    sku: str = ""
    payment: str = ""  # "" unknown, or a PAYMENTS key
    cancelled_by: str = ""
    subtotal: int | None = None  # yen
    shipping_cost: int | None = None  # yen, both ways
    days_tied_up: int | None = None
    status: str = ""  # the marketplace's own status text
    reason: str = ""  # the reason given (often nonsense, still evidence)
    note: str = ""
    id: int | None = None
    version: int | None = None

    @property
    def item_key(self) -> str:
        """What "the same item" means: the ASIN, else the SKU, else the name."""
        return self.asin.strip() or self.sku.strip() or self.item.strip()

    def key(self) -> tuple[str, str, str, datetime]:
        """What makes an event the same one again (an import read twice)."""
        return (self.shop.strip(), self.order_id.strip(), self.event, self.occurred_at)


def validate_event(e: OrderEvent, catalogue: OrderCatalogue) -> None:
    if not e.shop.strip():
        raise Problem("order.shop_required")
    if not e.order_id.strip():
        raise Problem("order.order_required")
    if not isinstance(e.occurred_at, datetime):
        raise Problem("order.time_required", order=e.order_id)
    if e.event not in catalogue.events:
        raise Problem("order.unknown_event", event=e.event, known=", ".join(catalogue.events))
    if e.payment and e.payment not in catalogue.payments:
        raise Problem("order.unknown_payment", payment=e.payment, known=", ".join(catalogue.payments))
    if e.cancelled_by and e.cancelled_by not in catalogue.cancelled_by:
        raise Problem("order.unknown_cancelled_by", who=e.cancelled_by, known=", ".join(catalogue.cancelled_by))
    for name in ("subtotal", "shipping_cost", "days_tied_up"):
        value = getattr(e, name)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
            raise Problem("order.not_a_count", field=name, value=value)


# --- patterns ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Pattern:
    kind: str  # buyer / item
    key: str  # the buyer's handle, or the item's ASIN/SKU/name
    payment: str  # item patterns: the payment method shared; buyer patterns: ""
    events: tuple[OrderEvent, ...]  # oldest first

    @property
    def count(self) -> int:
        return len(self.events)

    @property
    def first(self) -> datetime:
        return self.events[0].occurred_at

    @property
    def last(self) -> datetime:
        return self.events[-1].occurred_at

    @property
    def orders(self) -> list[str]:
        return list(dict.fromkeys(e.order_id for e in self.events))

    @property
    def days(self) -> int:
        """Calendar days the events span, both ends included (3 days: D..D+2)."""
        return (self.last.date() - self.first.date()).days + 1

    def to_json(self) -> dict:
        return {"kind": self.kind, "key": self.key, "payment": self.payment or None, "count": self.count,
                "first": self.first.isoformat(timespec="minutes"), "last": self.last.isoformat(timespec="minutes"),
                "days": self.days, "orders": self.orders}


def _order(e: OrderEvent):
    return (e.occurred_at, e.order_id, e.id or 0)


def _runs(events: list[OrderEvent], rule: PatternRule) -> list[list[OrderEvent]]:
    """Every stretch where `min_events` events fall within `window_days` days; stretches
    that overlap are one run (a burst that goes on is one pattern, not several)."""
    events = sorted(events, key=_order)
    span = timedelta(days=rule.window_days - 1)
    runs: list[list[int]] = []
    j = 0
    for i, first in enumerate(events):
        j = max(j, i)
        while j + 1 < len(events) and events[j + 1].occurred_at.date() - first.occurred_at.date() <= span:
            j += 1
        if j - i + 1 >= rule.min_events:
            if runs and i <= runs[-1][1]:
                runs[-1][1] = max(runs[-1][1], j)
            else:
                runs.append([i, j])
    return [events[a:b + 1] for a, b in runs]


def find_patterns(events: list[OrderEvent], rule: PatternRule, as_of: date | None = None) -> list[Pattern]:
    """The flagged patterns among `events` (up to as_of's end), latest first."""
    seen = [e for e in events if as_of is None or e.occurred_at.date() <= as_of]
    by_buyer: dict[str, list[OrderEvent]] = {}
    by_item: dict[tuple[str, str], list[OrderEvent]] = {}
    for e in seen:
        if e.buyer.strip():
            by_buyer.setdefault(e.buyer.strip(), []).append(e)
        if e.item_key:
            by_item.setdefault((e.item_key, e.payment), []).append(e)
    found = [Pattern(BUYER, buyer, "", tuple(run)) for buyer, group in by_buyer.items() for run in _runs(group, rule)]
    found += [Pattern(ITEM, item, payment, tuple(run))
              for (item, payment), group in by_item.items() for run in _runs(group, rule)]
    return sorted(found, key=lambda p: (p.last, p.kind, p.key), reverse=True)


def recent_patterns(patterns: list[Pattern], since: date, until: date) -> list[Pattern]:
    """Patterns whose last event falls in since..until (the dashboard, the weekly review)."""
    return [p for p in patterns if since <= p.last.date() <= until]


def matches_item(e: OrderEvent, text: str) -> bool:
    wanted = text.strip().lower()
    return bool(wanted) and wanted in (e.asin.strip().lower(), e.sku.strip().lower(), e.item.strip().lower())


def patterns_of(patterns: list[Pattern], *, buyer: str | None = None, item: str | None = None) -> list[Pattern]:
    """The flagged patterns of one buyer or one item (its ASIN, SKU or name)."""
    if buyer is not None:
        return [p for p in patterns if p.kind == BUYER and p.key == buyer.strip()]
    if item is not None:
        return [p for p in patterns if p.kind == ITEM and any(matches_item(e, item) for e in p.events)]
    return []


def cost_of(events: list[OrderEvent]) -> tuple[int, int]:
    """What the events cost: yen of shipping both ways, and days the stock was tied up."""
    return (sum(e.shipping_cost or 0 for e in events), sum(e.days_tied_up or 0 for e in events))


__all__ = [
    "EVENTS", "PAYMENTS", "LIMITS", "CANCELLED_BY", "BUYER", "ITEM", "SELECTION", "Named", "PatternRule",
    "OrderCatalogue",
    "load_order_catalogue", "OrderEvent", "validate_event", "Pattern", "find_patterns", "recent_patterns",
    "matches_item", "patterns_of", "cost_of",
]
