"""Restrictions and their case logs as one CSV (UTF-8 with BOM, CRLF, formula-safe cells).

One row per restriction (record = restriction), followed by one row per entry of its
case log (record = contact) and per open trade (record = trade), each carrying the
restriction's id, so a spreadsheet can filter or pivot on either.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Iterable, Sequence

from penaltytracker.core.restrictions import ContactEntry, RestrictionRecord, TradeRecord, next_due
from penaltytracker.reports.csv_io import write_csv

COLUMNS = (
    "record", "restriction_id", "shop", "marketplace", "kind", "cause", "start", "days", "end", "state",
    "days_left", "lifted_on", "resolved_on", "outcome", "next_due", "notice", "note",
    "contact_id", "on", "channel", "direction", "summary", "due", "closed", "attachments",
    "trade_id", "item", "buyer", "price", "shipped_on", "order", "tell_buyer", "done",
)


def _iso(d: date | None) -> str:
    return d.isoformat() if d else ""


def rows(items: Iterable[tuple[RestrictionRecord, Sequence[ContactEntry]]], as_of: date,
         trades: dict[int, Sequence[TradeRecord]] | None = None):
    blank = {c: "" for c in COLUMNS}
    for r, contacts in items:
        head = {**blank, "record": "restriction", "restriction_id": r.id, "shop": r.shop,
                "marketplace": r.marketplace, "kind": r.kind, "cause": r.cause, "start": _iso(r.start),
                "days": "" if r.days is None else r.days, "end": _iso(r.end), "state": r.state(as_of),
                "days_left": "" if r.days_left(as_of) is None else r.days_left(as_of),
                "lifted_on": _iso(r.lifted_on), "resolved_on": _iso(r.resolved_on), "outcome": r.outcome,
                "next_due": _iso(next_due(r, contacts, as_of)), "notice": r.notice, "note": r.note}
        yield [head[c] for c in COLUMNS]
        for c in contacts:
            row = {**blank, "record": "contact", "restriction_id": r.id, "shop": r.shop, "contact_id": c.id,
                   "on": _iso(c.on), "channel": c.channel, "direction": c.direction, "summary": c.summary,
                   "due": _iso(c.due), "closed": "1" if c.closed else "0", "attachments": " / ".join(c.attachments)}
            yield [row[k] for k in COLUMNS]
        for t in (trades or {}).get(r.id, ()):
            row = {**blank, "record": "trade", "restriction_id": r.id, "shop": r.shop, "trade_id": t.id,
                   "item": t.item, "buyer": t.buyer, "price": "" if t.price is None else t.price,
                   "shipped_on": _iso(t.shipped_on), "order": t.order, "tell_buyer": t.tell_buyer,
                   "done": "1" if t.done else "0"}
            yield [row[k] for k in COLUMNS]


def write_restrictions(path: str | Path, items: Sequence[tuple[RestrictionRecord, Sequence[ContactEntry]]],
                       as_of: date, trades: dict[int, Sequence[TradeRecord]] | None = None) -> tuple[int, int]:
    """Write the file whole or not at all; returns (restrictions, contacts) written."""
    items = list(items)
    write_csv(path, list(COLUMNS), rows(items, as_of, trades))
    return len(items), sum(len(c) for _r, c in items)


__all__ = ["COLUMNS", "write_restrictions"]
