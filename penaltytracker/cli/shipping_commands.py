"""Shipments from the command line: import order CSVs, export, record, cancel and list delays."""

from __future__ import annotations

import json
import sys

from penaltytracker.cli.context import BadInput, Context
from penaltytracker.messages import Msg, message


def register(sub, import_sub, export_sub) -> None:
    from penaltytracker.cli.commands import day
    from penaltytracker.cli.parser import h

    p = import_sub.add_parser("shipments", help=h("import_shipments"))
    p.add_argument("file")
    p.add_argument("--shop", help=h("shipments_file_shop"))
    p.add_argument("--map", metavar="FIELD=COLUMN,...", help=h("shipments_map"))
    p.set_defaults(handler=import_shipments)

    p = export_sub.add_parser("shipments", help=h("export_shipments"))
    p.add_argument("file")
    p.add_argument("--shop")
    p.add_argument("--as-of", type=day, help=h("shipments_export_as_of"))
    p.set_defaults(handler=export_shipments)

    ship = sub.add_parser("shipment", help=h("shipment")).add_subparsers(
        dest="action", required=True, metavar="ACTION")
    p = ship.add_parser("add", help=h("shipment_add"))
    p.add_argument("--shop", required=True)
    p.add_argument("--order", required=True, help=h("shipment_order"))
    p.add_argument("--promised", required=True, type=day, help=h("shipment_promised"))
    p.add_argument("--shipped", type=day, help=h("shipment_shipped"))
    p.add_argument("--ordered", type=day, help=h("shipment_ordered"))
    p.add_argument("--delivered", type=day, help=h("shipment_delivered"))
    p.add_argument("--cancelled", action="store_true", help=h("shipment_cancelled"))
    p.add_argument("--cause", default="", help=h("shipment_cause"))
    p.add_argument("--carrier", default="")
    p.add_argument("--contacted", action="store_true", help=h("shipment_contacted"))
    p.add_argument("--note", default="")
    p.set_defaults(handler=shipment_add)

    p = ship.add_parser("list", help=h("shipment_list"))
    p.add_argument("--shop", required=True)
    p.add_argument("--late", action="store_true", help=h("shipment_late"))
    p.add_argument("--as-of", type=day, help=h("shipment_list_as_of"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=shipment_list)

    p = ship.add_parser("cancel", help=h("shipment_cancel"))
    p.add_argument("id", nargs="?", type=int, help=h("shipment_id"))
    p.add_argument("--shop", help=h("shipment_cancel_shop"))
    p.add_argument("--order", help=h("shipment_order"))
    p.add_argument("--undo", action="store_true", help=h("shipment_undo"))
    p.set_defaults(handler=shipment_cancel)


def _cause_key(ctx: Context, text: str) -> str:
    if not text.strip():
        return ""
    found = ctx.rules().shipping_cause(text)
    if found is None:
        sep, label = ("、", "{}（{}）") if ctx.lang == "ja" else (", ", "{} ({})")
        known = sep.join(label.format(c.key, c.name(ctx.lang)) for c in ctx.rules().shipping_causes)
        raise BadInput(Msg("cli.unknown_cause", value=text, known=known))
    return found.key


def import_shipments(ctx: Context, args) -> int:
    from penaltytracker.reports.shipments_csv import parse_mapping, read_shipments
    from penaltytracker.store.shipments import upsert_shipments

    try:
        mapping = parse_mapping(args.map)
    except ValueError as exc:
        raise BadInput(exc) from None  # a Problem is worded in the user's language
    ignored: list[str] = []
    records = ctx.guard(read_shipments, args.file, ctx.rules(), args.shop, mapping, ctx.today(), ignored)
    added, updated = ctx.guard(upsert_shipments, ctx.store(), records)
    print(message("cli.imported_shipments", ctx.lang, file=args.file, added=added, updated=updated,
                  unchanged=len(records) - added - updated))
    cancelled = sum(1 for r in records if r.cancelled)
    if cancelled:
        print(message("shipping.imported_cancelled", ctx.lang, n=cancelled))
    if ignored:
        print(message("shipping.ignored_columns", ctx.lang, columns=", ".join(ignored)))
    return 0


def export_shipments(ctx: Context, args) -> int:
    from penaltytracker.reports.shipments_csv import write_shipments
    from penaltytracker.store.shipments import list_shipments

    records = ctx.guard(list_shipments, ctx.store(), args.shop)
    count = ctx.guard(write_shipments, args.file, records, args.as_of or ctx.today(), ctx.rules(), ctx.lang)
    print(message("cli.exported_shipments", ctx.lang, count=count, file=args.file))
    return 0


def shipment_add(ctx: Context, args) -> int:
    from penaltytracker.core.shipping import ShipmentRecord
    from penaltytracker.store.shipments import add_shipment

    from penaltytracker.core.shipping import check_dates

    record = ShipmentRecord(shop=args.shop, order_id=args.order, promised_ship_date=args.promised,
                            shipped_on=args.shipped, ordered_on=args.ordered, carrier=args.carrier,
                            cause=_cause_key(ctx, args.cause), customer_contacted=args.contacted, note=args.note,
                            delivered_on=args.delivered, cancelled=args.cancelled)
    for problem in check_dates(record, ctx.today()):
        raise BadInput(problem)
    saved = ctx.guard(add_shipment, ctx.store(), record)
    print(saved.id)
    return 0


def shipment_json(r, as_of) -> dict:
    from penaltytracker.core.shipping import days_late, is_late

    return {"id": r.id, "shop": r.shop, "order_id": r.order_id,
            "ordered_on": r.ordered_on.isoformat() if r.ordered_on else None,
            "promised_ship_date": r.promised_ship_date.isoformat(),
            "shipped_on": r.shipped_on.isoformat() if r.shipped_on else None,
            "late": is_late(r, as_of), "days_late": days_late(r, as_of), "carrier": r.carrier, "cause": r.cause,
            "customer_contacted": r.customer_contacted, "note": r.note,
            "delivered_on": r.delivered_on.isoformat() if r.delivered_on else None, "cancelled": r.cancelled}


def shipment_list(ctx: Context, args) -> int:
    from penaltytracker.core.shipping import days_late
    from penaltytracker.store.shipments import list_shipments

    as_of = args.as_of or ctx.today()
    records = ctx.guard(list_shipments, ctx.store(), args.shop, args.late, as_of)
    if args.json:
        json.dump([shipment_json(r, as_of) for r in records], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    rules = ctx.rules()
    not_yet = message("cli.not_shipped", ctx.lang)
    cancelled = message("cli.cancelled_mark", ctx.lang)
    for r in records:
        late = days_late(r, as_of)  # how late it actually shipped, even after as_of
        print("\t".join([
            str(r.id), r.order_id, r.promised_ship_date.isoformat(),
            r.shipped_on.isoformat() if r.shipped_on else not_yet,
            cancelled if r.cancelled else message("cli.days_late", ctx.lang, n=late) if late else "",
            rules.shipping_cause_label(r.cause, ctx.lang), r.carrier,
        ]))
    return 0


def shipment_cancel(ctx: Context, args) -> int:
    from penaltytracker.store.shipments import find_shipment, set_cancelled

    shipment_id = args.id
    if shipment_id is None:
        if not (args.shop and args.order):
            raise BadInput(Msg("shipping.cancel_needs_order"))
        found = ctx.guard(find_shipment, ctx.store(), args.shop, args.order)
        if found is None:
            raise BadInput(Msg("shipping.no_such_order", shop=args.shop, order=args.order))
        shipment_id = found.id
    saved = ctx.guard(set_cancelled, ctx.store(), shipment_id, not args.undo)
    print(message("shipping.uncancelled" if args.undo else "shipping.cancelled", ctx.lang,
                  order=saved.order_id, shop=saved.shop))
    return 0


__all__ = ["register"]
