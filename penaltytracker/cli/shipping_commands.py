"""Shipments from the command line: import order CSVs, export, record and list delays."""

from __future__ import annotations

import json
import sys

from penaltytracker.cli.context import BadInput, Context
from penaltytracker.messages import message


def register(sub, import_sub, export_sub) -> None:
    from penaltytracker.cli.commands import day

    p = import_sub.add_parser(
        "shipments", help="order CSV (UTF-8 or CP932, RMS or Excel); all rows or none; "
        "orders already stored are updated, not added twice")
    p.add_argument("file")
    p.add_argument("--shop", help="the shop the file belongs to (RMS order exports have no shop column)")
    p.add_argument("--map", metavar="FIELD=COLUMN,...", help="which column holds which field, e.g. "
                   "order_id=注文番号,shipped_on=発送完了日 (fields: shop, order_id, promised_ship_date, "
                   "shipped_on, ordered_on, carrier, cause, customer_contacted, note)")
    p.set_defaults(handler=import_shipments)

    p = export_sub.add_parser("shipments", help="every shipment, in the form import reads back")
    p.add_argument("file")
    p.add_argument("--shop")
    p.add_argument("--as-of", type=day, help="date the days-late column is counted on (default: today in Japan)")
    p.set_defaults(handler=export_shipments)

    ship = sub.add_parser("shipment", help="shipping delays: add, list").add_subparsers(
        dest="action", required=True, metavar="ACTION")
    p = ship.add_parser("add", help="record one shipment or delay incident")
    p.add_argument("--shop", required=True)
    p.add_argument("--order", required=True, help="order number 受注番号")
    p.add_argument("--promised", required=True, type=day, help="promised ship date 出荷予定日 (YYYY-MM-DD)")
    p.add_argument("--shipped", type=day, help="actual ship date 出荷日 (leave out: not shipped yet)")
    p.add_argument("--ordered", type=day, help="order date 注文日")
    p.add_argument("--cause", default="", help="delay cause, key or label (e.g. out_of_stock, 在庫切れ)")
    p.add_argument("--carrier", default="")
    p.add_argument("--contacted", action="store_true", help="the customer was told about the delay")
    p.add_argument("--note", default="")
    p.set_defaults(handler=shipment_add)

    p = ship.add_parser("list", help="list a shop's shipments")
    p.add_argument("--shop", required=True)
    p.add_argument("--late", action="store_true", help="only late ones")
    p.add_argument("--as-of", type=day, help="date lateness is judged on (default: today in Japan)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=shipment_list)


def _cause_key(ctx: Context, text: str) -> str:
    if not text.strip():
        return ""
    found = ctx.rules().shipping_cause(text)
    if found is None:
        known = ", ".join(f"{c.key} ({c.name_ja})" for c in ctx.rules().shipping_causes)
        raise BadInput(f"--cause: unknown cause {text!r}; known: {known}")
    return found.key


def import_shipments(ctx: Context, args) -> int:
    from penaltytracker.reports.shipments_csv import parse_mapping, read_shipments
    from penaltytracker.store.shipments import upsert_shipments

    try:
        mapping = parse_mapping(args.map)
    except ValueError as exc:
        raise BadInput(exc) from None  # a Problem is worded in the user's language
    records = ctx.guard(read_shipments, args.file, ctx.rules(), args.shop, mapping)
    added, updated = ctx.guard(upsert_shipments, ctx.store(), records)
    print(message("cli.imported_shipments", ctx.lang, file=args.file, added=added, updated=updated,
                  unchanged=len(records) - added - updated))
    return 0


def export_shipments(ctx: Context, args) -> int:
    from penaltytracker.reports.shipments_csv import write_shipments
    from penaltytracker.store.shipments import list_shipments

    records = ctx.guard(list_shipments, ctx.store(), args.shop)
    count = ctx.guard(write_shipments, args.file, records, args.as_of or ctx.today())
    print(message("cli.exported_shipments", ctx.lang, count=count, file=args.file))
    return 0


def shipment_add(ctx: Context, args) -> int:
    from penaltytracker.core.shipping import ShipmentRecord
    from penaltytracker.store.shipments import add_shipment

    record = ShipmentRecord(shop=args.shop, order_id=args.order, promised_ship_date=args.promised,
                            shipped_on=args.shipped, ordered_on=args.ordered, carrier=args.carrier,
                            cause=_cause_key(ctx, args.cause), customer_contacted=args.contacted, note=args.note)
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
            "customer_contacted": r.customer_contacted, "note": r.note}


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
    for r in records:
        late = days_late(r, as_of)
        print("\t".join([
            str(r.id), r.order_id, r.promised_ship_date.isoformat(),
            r.shipped_on.isoformat() if r.shipped_on else not_yet,
            message("cli.days_late", ctx.lang, n=late) if late else "",
            rules.shipping_cause_label(r.cause, ctx.lang), r.carrier,
        ]))
    return 0


__all__ = ["register"]
