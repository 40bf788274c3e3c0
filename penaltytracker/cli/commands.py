"""Shops, violations, status and what-if from the command line."""

from __future__ import annotations

import json
import sys

from penaltytracker.cli.context import BadInput, Context
from penaltytracker.cli.text import shipping_text, status_text


def register(sub) -> None:
    shop = sub.add_parser("shop", help="shops: add, list").add_subparsers(dest="action", required=True, metavar="ACTION")
    p = shop.add_parser("add", help="add a shop")
    p.add_argument("name")
    p.set_defaults(handler=shop_add)
    shop.add_parser("list", help="list shops").set_defaults(handler=shop_list)

    vio = sub.add_parser("violation", help="violations: add, list, withdraw, restore").add_subparsers(
        dest="action", required=True, metavar="ACTION")
    p = vio.add_parser("add", help="record a violation from Rakuten's notice")
    p.add_argument("--shop", required=True)
    p.add_argument("--date", required=True, type=day, help="points date 加点日 (YYYY-MM-DD)")
    p.add_argument("--points", required=True, type=points)
    p.add_argument("--category", default="")
    p.add_argument("--title", default="")
    p.add_argument("--occurred", type=day, help="incident date 発生日 (YYYY-MM-DD)")
    p.add_argument("--ref", default="", help="Rakuten's notice reference 管理番号")
    p.set_defaults(handler=violation_add)
    p = vio.add_parser("list", help="list a shop's violations")
    p.add_argument("--shop", required=True)
    p.add_argument("--year", type=year)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=violation_list)
    for action, handler in (("withdraw", violation_withdraw), ("restore", violation_restore)):
        p = vio.add_parser(action, help=f"{action} a violation (the record is kept)")
        p.add_argument("id", type=row_id)
        p.set_defaults(handler=handler)

    imp = sub.add_parser("import", help="import a CSV file").add_subparsers(dest="kind", required=True, metavar="KIND")
    p = imp.add_parser("violations", help="violations CSV (UTF-8 or CP932); all rows or none")
    p.add_argument("file")
    p.set_defaults(handler=import_violations)
    exp = sub.add_parser("export", help="export a CSV file").add_subparsers(dest="kind", required=True, metavar="KIND")
    p = exp.add_parser("violations", help="every violation, in the form import reads back")
    p.add_argument("file")
    p.add_argument("--shop")
    p.set_defaults(handler=export_violations)

    p = sub.add_parser("status", help="a shop's points, level and sanctions on a date")
    p.add_argument("--shop", required=True)
    p.add_argument("--as-of", type=day, help="date (default: today in Japan)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=status)
    p = sub.add_parser("whatif", help="the status if N more points came on a date (nothing is saved)")
    p.add_argument("--shop", required=True)
    p.add_argument("--points", required=True, type=points)
    p.add_argument("--date", type=day, help="date of the hypothetical points (default: today in Japan)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=whatif)

    for extra in _extensions():
        extra(sub, imp, exp)


def _extensions():
    """Other command groups (shipping, reports, backups) register themselves here."""
    import importlib

    found = []
    for name in ("shipping_commands", "report_commands", "backup_commands"):
        try:
            module = importlib.import_module(f"penaltytracker.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"penaltytracker.cli.{name}":
                raise
            continue
        found.append(module.register)
    return found


# --- argument types: a bad value is an argparse error (exit 2, says which option) -----------
# Shared by every command group (cli/arguments.py); kept here under their old names.
from penaltytracker.cli.arguments import day, points, row_id, year  # noqa: E402


# --- handlers ---------------------------------------------------------------------------------

def shop_add(ctx: Context, args) -> int:
    from penaltytracker.store import add_shop

    ctx.guard(add_shop, ctx.store(), args.name)
    print(args.name)
    return 0


def shop_list(ctx: Context, args) -> int:
    from penaltytracker.store import list_shops

    for name in ctx.guard(list_shops, ctx.store()):
        print(name)
    return 0


def violation_add(ctx: Context, args) -> int:
    from penaltytracker.core.model import ViolationRecord
    from penaltytracker.store import add_violation

    category = args.category
    cat = ctx.rules().category(category) if category else None
    if cat:
        category = cat.key  # store the rule set's key, whatever language it was typed in
    record = ViolationRecord(shop=args.shop, points_date=args.date, points=args.points, category=category,
                             title=args.title, occurred_on=args.occurred, reference=args.ref)
    saved = ctx.guard(add_violation, ctx.store(), record)
    print(saved.id)
    return 0


def _record_json(r) -> dict:
    return {"id": r.id, "shop": r.shop, "points_date": r.points_date.isoformat(), "points": r.points,
            "category": r.category, "title": r.title, "status": r.status,
            "occurred_on": r.occurred_on.isoformat() if r.occurred_on else None, "reference": r.reference}


def violation_list(ctx: Context, args) -> int:
    from penaltytracker.store import list_violations

    records = ctx.guard(list_violations, ctx.store(), args.shop, args.year)
    if args.json:
        json.dump([_record_json(r) for r in records], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    rules = ctx.rules()
    for r in records:
        mark = "" if r.counts else (" [取消]" if ctx.lang == "ja" else " [withdrawn]")
        print(f"{r.id}\t{r.points_date.isoformat()}\t{r.points}\t{rules.category_label(r.category, ctx.lang)}"
              f"\t{r.title}{mark}")
    return 0


def _set_status(ctx: Context, violation_id: int, status: str) -> int:
    from penaltytracker.store import set_violation_status

    saved = ctx.guard(set_violation_status, ctx.store(), violation_id, status)
    print(f"{saved.id}\t{saved.status}")
    return 0


def violation_withdraw(ctx: Context, args) -> int:
    return _set_status(ctx, args.id, "withdrawn")


def violation_restore(ctx: Context, args) -> int:
    return _set_status(ctx, args.id, "active")


def import_violations(ctx: Context, args) -> int:
    from penaltytracker.reports.violations_csv import read_violations
    from penaltytracker.store import import_violations as store_import

    records = ctx.guard(read_violations, args.file)
    count = ctx.guard(store_import, ctx.store(), records)
    print(f"imported {count} violation(s) from {args.file}")
    return 0


def export_violations(ctx: Context, args) -> int:
    from penaltytracker.reports.violations_csv import write_violations
    from penaltytracker.store import list_violations

    records = ctx.guard(list_violations, ctx.store(), args.shop)
    count = ctx.guard(write_violations, args.file, records)
    print(f"exported {count} violation(s) to {args.file}")
    return 0


def status(ctx: Context, args) -> int:
    from penaltytracker.store import shop_status

    as_of = args.as_of or ctx.today()
    result = ctx.guard(shop_status, ctx.store(), ctx.rules(), args.shop, as_of, history=False)  # no chart here
    from penaltytracker.store.shipments import shipping_summary

    shipping = ctx.guard(shipping_summary, ctx.store(), ctx.rules(), args.shop, as_of)
    _print_status(ctx, result, args.json, shipping=shipping)
    return 0


def whatif(ctx: Context, args) -> int:
    from penaltytracker.core.status import what_if
    from penaltytracker.store import status_violations

    on = args.date or ctx.today()
    records = ctx.guard(status_violations, ctx.store(), ctx.rules(), args.shop, on)
    result = what_if(ctx.rules(), args.shop, records, args.points, on)
    _print_status(ctx, result, args.json, hypothetical=args.points)
    return 0


def _print_status(ctx: Context, result, as_json: bool, hypothetical: int | None = None, shipping=None) -> None:
    if as_json:
        data = result.to_json()
        if shipping is not None:
            data["shipping"] = shipping.to_json()
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print(status_text(result, ctx.rules(), ctx.lang, hypothetical=hypothetical))
        if shipping is not None:
            print(shipping_text(shipping, ctx.lang))


__all__ = ["register", "BadInput"]
