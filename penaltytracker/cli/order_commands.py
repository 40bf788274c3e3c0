"""Suspicious orders from the command line: log events, import a marketplace report, flag
patterns, write the numbered evidence, log the reports made, erase a buyer."""

from __future__ import annotations

import json
import sys

from penaltytracker.cli.context import BadInput, Context
from penaltytracker.messages import Problem, message


def register(sub, import_sub, export_sub) -> None:
    from penaltytracker.cli.commands import day, points
    from penaltytracker.cli.incident_commands import moment
    from penaltytracker.cli.parser import h

    order = sub.add_parser("order", help=h("order")).add_subparsers(
        dest="area", required=True, metavar="AREA")
    ev = order.add_parser("event", help=h("order_event")).add_subparsers(
        dest="action", required=True, metavar="ACTION")
    p = ev.add_parser("add", help=h("order_event_add"))
    p.add_argument("--shop", required=True)
    p.add_argument("--order", required=True, help=h("order_order"))
    p.add_argument("--on", required=True, type=moment, help=h("order_on"))
    p.add_argument("--event", required=True, help=h("order_event_kind"))
    p.add_argument("--buyer", default="", help=h("order_buyer"))
    p.add_argument("--payment", default="", help=h("order_payment"))
    p.add_argument("--item", default="", help=h("order_item"))
    p.add_argument("--sku", default="", help=h("order_sku"))
    p.add_argument("--asin", default="", help=h("order_asin"))
    p.add_argument("--subtotal", type=points, help=h("order_subtotal"))
    p.add_argument("--cancelled-by", default="", help=h("order_cancelled_by"))
    p.add_argument("--shipping-cost", type=points, help=h("order_shipping_cost"))
    p.add_argument("--days-tied-up", type=points, help=h("order_days_tied_up"))
    p.add_argument("--status", default="", help=h("order_status"))
    p.add_argument("--reason", default="", help=h("order_reason"))
    p.add_argument("--note", default="")
    p.set_defaults(handler=event_add)
    p = ev.add_parser("list", help=h("order_event_list"))
    p.add_argument("--shop", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=event_list)
    p = ev.add_parser("delete", help=h("order_event_delete"))
    p.add_argument("ids", type=int, nargs="+")
    p.set_defaults(handler=event_delete)

    p = order.add_parser("patterns", help=h("order_patterns"))
    p.add_argument("--shop", required=True)
    p.add_argument("--as-of", type=day, help=h("as_of"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=patterns)

    p = order.add_parser("evidence", help=h("order_evidence"))
    p.add_argument("--shop", required=True)
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--buyer")
    which.add_argument("--item", help=h("order_evidence_item"))
    which.add_argument("--orders", help=h("order_evidence_orders"))
    p.add_argument("--as-of", type=day)
    p.add_argument("--numbering", choices=("circled", "dotted"), help=h("order_numbering"))
    p.add_argument("--out", help=h("order_evidence_out"))
    p.add_argument("--pdf", help=h("order_evidence_pdf"))
    p.set_defaults(handler=evidence)

    rep = order.add_parser("report", help=h("order_report")).add_subparsers(
        dest="action", required=True, metavar="ACTION")
    p = rep.add_parser("add", help=h("order_report_add"))
    p.add_argument("--shop", required=True)
    p.add_argument("--on", required=True, type=day)
    p.add_argument("--channel", default="", help=h("order_report_channel"))
    p.add_argument("--case", default="", help=h("order_report_case"))
    p.add_argument("--reply", default="")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--buyer")
    which.add_argument("--item")
    p.set_defaults(handler=report_add)
    p = rep.add_parser("reply", help=h("order_report_reply"))
    p.add_argument("id", type=int)
    p.add_argument("--reply", required=True)
    p.add_argument("--case")
    p.set_defaults(handler=report_reply)
    p = rep.add_parser("list", help=h("order_report_list"))
    p.add_argument("--shop", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=report_list)

    buyer = order.add_parser("buyer", help=h("order_buyer_data")).add_subparsers(dest="action", required=True,
                                                                                 metavar="ACTION")
    p = buyer.add_parser("erase", help=h("order_buyer_erase"))
    p.add_argument("--shop", required=True)
    p.add_argument("--buyer", required=True)
    p.set_defaults(handler=buyer_erase)

    p = import_sub.add_parser("order-events", help=h("import_order_events"))
    p.add_argument("file")
    p.add_argument("--shop", help=h("order_events_file_shop"))
    p.add_argument("--map", metavar="FIELD=COLUMN,...", help=h("order_events_map"))
    p.add_argument("--event", help=h("order_events_event"))
    p.set_defaults(handler=import_order_events)
    p = export_sub.add_parser("order-events", help=h("export_order_events"))
    p.add_argument("file")
    p.add_argument("--shop")
    p.set_defaults(handler=export_order_events)


def catalogue():
    from penaltytracker.core.order_events import load_order_catalogue

    try:
        return load_order_catalogue()
    except Problem as exc:
        raise BadInput(exc) from None


def _key(table_lookup, text: str, option: str, known) -> str:
    found = table_lookup(text)
    if found is None:
        raise BadInput(Problem("order.cli.unknown_value", option=option, value=text, known=", ".join(known)))
    return found


# --- events ------------------------------------------------------------------------------------

def event_add(ctx: Context, args) -> int:
    from penaltytracker.cli.incident_commands import when
    from penaltytracker.core.order_events import OrderEvent
    from penaltytracker.store.order_events import add_event

    c = catalogue()
    e = OrderEvent(shop=args.shop, order_id=args.order, occurred_at=when(ctx, args.on),
                   event=_key(c.event_key, args.event, "--event", c.events) or args.event, buyer=args.buyer,
                   item=args.item, sku=args.sku, asin=args.asin,
                   payment=_key(c.payment_key, args.payment, "--payment", c.payments),
                   cancelled_by=_key(c.cancelled_by_key, args.cancelled_by, "--cancelled-by", c.cancelled_by),
                   subtotal=args.subtotal, shipping_cost=args.shipping_cost, days_tied_up=args.days_tied_up,
                   status=args.status, reason=args.reason, note=args.note)
    saved = ctx.guard(add_event, ctx.store(), e, c)
    print(saved.id)
    return 0


def event_json(e) -> dict:
    return {"id": e.id, "shop": e.shop, "order_id": e.order_id,
            "occurred_at": e.occurred_at.isoformat(timespec="minutes"),
            "event": e.event, "buyer": e.buyer or None, "item": e.item, "asin": e.asin, "sku": e.sku,
            "payment": e.payment or None, "cancelled_by": e.cancelled_by or None, "subtotal": e.subtotal,
            "shipping_cost": e.shipping_cost, "days_tied_up": e.days_tied_up, "status": e.status,
            "reason": e.reason, "note": e.note}


def event_list(ctx: Context, args) -> int:
    from penaltytracker.store.order_events import list_events

    events = ctx.guard(list_events, ctx.store(), args.shop)
    if args.json:
        json.dump([event_json(e) for e in events], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    c = catalogue()
    for e in events:
        print("\t".join([str(e.id), e.occurred_at.strftime("%Y-%m-%d %H:%M"), e.order_id,
                         c.event_name(e.event, ctx.lang), c.payment_name(e.payment, ctx.lang) if e.payment else "",
                         e.buyer, e.item_key, "" if e.subtotal is None else str(e.subtotal)]))
    return 0


def event_delete(ctx: Context, args) -> int:
    from penaltytracker.store.order_events import delete_events

    gone = ctx.guard(delete_events, ctx.store(), args.ids)
    print(message("order.cli.deleted", ctx.lang, n=len(gone)))
    return 0


def import_order_events(ctx: Context, args) -> int:
    from penaltytracker.reports.order_events_csv import parse_mapping, read_order_events
    from penaltytracker.store.order_events import import_events

    try:
        mapping = parse_mapping(args.map)
    except ValueError as exc:
        raise BadInput(exc) from None  # a Problem is worded in the user's language
    c = catalogue()
    default = _key(c.event_key, args.event, "--event", c.events) if args.event else None
    events = ctx.guard(read_order_events, args.file, c, args.shop, mapping, default)
    added = ctx.guard(import_events, ctx.store(), events, c)
    print(message("order.cli.imported", ctx.lang, file=args.file, added=added, known=len(events) - added))
    return 0


def export_order_events(ctx: Context, args) -> int:
    from penaltytracker.reports.order_events_csv import write_order_events
    from penaltytracker.store.order_events import list_events

    count = ctx.guard(write_order_events, args.file, ctx.guard(list_events, ctx.store(), args.shop))
    print(message("order.cli.exported", ctx.lang, n=count, file=args.file))
    return 0


# --- patterns and evidence -------------------------------------------------------------------------

def patterns(ctx: Context, args) -> int:
    from penaltytracker.store.order_events import shop_patterns

    c = catalogue()
    found = ctx.guard(shop_patterns, ctx.store(), args.shop, args.as_of or ctx.today(), c)
    if args.json:
        json.dump([p.to_json() for p in found], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for p in found:
        kind = message(f"order.kind.{p.kind}", ctx.lang)
        pay = f" ({c.payment_name(p.payment, ctx.lang)})" if p.payment else ""
        print("\t".join([kind, p.key + pay, str(p.count), f"{p.first:%Y-%m-%d %H:%M}", f"{p.last:%Y-%m-%d %H:%M}",
                         ",".join(p.orders)]))
    return 0


def evidence_events(store, shop: str, as_of, *, buyer=None, item=None, orders=None, c=None):
    """(kind, key, events) for a buyer's or an item's flagged pattern(s), or a chosen set.
    With no flagged pattern, every event of that buyer or item up to as_of."""
    from penaltytracker.core.order_events import BUYER, ITEM, SELECTION, matches_item, patterns_of
    from penaltytracker.store.order_events import events_of_orders, list_events, shop_patterns

    if orders:
        return SELECTION, "", events_of_orders(store, shop, orders)
    flagged = patterns_of(shop_patterns(store, shop, as_of, c), buyer=buyer, item=item)
    kind, key = (BUYER, buyer.strip()) if buyer is not None else (ITEM, item.strip())
    if flagged:
        events = {e.id: e for p in flagged for e in p.events}
        return kind, key, sorted(events.values(), key=lambda e: (e.occurred_at, e.order_id))
    every = [e for e in list_events(store, shop) if e.occurred_at.date() <= as_of]
    if buyer is not None:
        return kind, key, [e for e in every if e.buyer == key]
    return kind, key, [e for e in every if matches_item(e, key)]


def evidence(ctx: Context, args) -> int:
    from penaltytracker.reports.evidence import evidence_text, save_pdf, save_text

    c = catalogue()
    orders = [o for o in (args.orders or "").split(",") if o.strip()] or None
    kind, key, events = ctx.guard(evidence_events, ctx.store(), args.shop, args.as_of or ctx.today(),
                                  buyer=args.buyer, item=args.item, orders=orders, c=c)
    if not events:
        raise BadInput(Problem("order.no_events", shop=args.shop, what=args.buyer or args.item or args.orders))
    text = evidence_text(events, c, kind=kind, key=key, shop=args.shop, lang=ctx.lang, numbering=args.numbering)
    if args.out:
        ctx.guard(save_text, args.out, text)
        print(message("order.cli.evidence_written", ctx.lang, file=args.out, n=len(events)))
    else:
        sys.stdout.write(text)
    if args.pdf:
        ctx.guard(save_pdf, args.pdf, text, "", ctx.lang)
        print(message("order.cli.evidence_written", ctx.lang, file=args.pdf, n=len(events)))
    return 0


# --- reports made, buyer erase ------------------------------------------------------------------------

def report_add(ctx: Context, args) -> int:
    from penaltytracker.reports.evidence import evidence_text
    from penaltytracker.store.order_events import ReportRecord, add_report

    kind, key, events, text = "", "", [], ""
    if args.buyer or args.item:
        c = catalogue()
        kind, key, events = ctx.guard(evidence_events, ctx.store(), args.shop, args.on, buyer=args.buyer,
                                      item=args.item, c=c)
        text = evidence_text(events, c, kind=kind, key=key, shop=args.shop, lang=ctx.lang) if events else ""
    record = ReportRecord(shop=args.shop, made_on=args.on, channel=args.channel, case_number=args.case,
                          reply=args.reply, kind=kind, subject=key,
                          orders=tuple(dict.fromkeys(e.order_id for e in events)), text=text)
    saved = ctx.guard(add_report, ctx.store(), record)
    print(saved.id)
    return 0


def report_reply(ctx: Context, args) -> int:
    from penaltytracker.store.order_events import set_report_reply

    saved = ctx.guard(set_report_reply, ctx.store(), args.id, args.reply, args.case)
    print(saved.id)
    return 0


def report_list(ctx: Context, args) -> int:
    from penaltytracker.store.order_events import list_reports

    reports = ctx.guard(list_reports, ctx.store(), args.shop)
    if args.json:
        json.dump([{"id": r.id, "shop": r.shop, "made_on": r.made_on.isoformat(), "channel": r.channel,
                    "case_number": r.case_number, "reply": r.reply, "kind": r.kind or None, "subject": r.subject,
                    "orders": list(r.orders)} for r in reports], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for r in reports:
        print("\t".join([str(r.id), r.made_on.isoformat(), r.channel, r.case_number, r.subject, r.reply]))
    return 0


def buyer_erase(ctx: Context, args) -> int:
    from penaltytracker.store.order_events import erase_buyer

    token, events, reports = ctx.guard(erase_buyer, ctx.store(), args.shop, args.buyer)
    print(message("order.cli.erased", ctx.lang, token=token, events=events, reports=reports))
    return 0


__all__ = ["register", "evidence_events"]
