"""Shops, violations, status and what-if from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date

from penaltytracker.cli.context import BadInput, Context
from penaltytracker.cli.text import shipping_text, status_text
from penaltytracker.messages import Msg, message


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
    p.add_argument("--year", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=violation_list)
    p = vio.add_parser("withdraw", help="withdraw a violation from a date (the record is kept)")
    p.add_argument("id", type=record_id)
    p.add_argument("--on", type=day, help="the day the withdrawal took effect (default: today in Japan); "
                   "it counts on every day before")
    p.add_argument("--from-start", action="store_true", help="withdrawn from its points date: it never counted")
    p.set_defaults(handler=violation_withdraw)
    p = vio.add_parser("restore", help="restore a withdrawn violation (it counts again)")
    p.add_argument("id", type=record_id)
    p.set_defaults(handler=violation_restore)

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
    for name in ("shipping_commands", "report_commands", "backup_commands", "notice_commands", "remind_commands"):
        try:
            module = importlib.import_module(f"penaltytracker.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"penaltytracker.cli.{name}":
                raise
            continue
        found.append(module.register)
    return found


# --- argument types: a bad value is an argparse error (exit 2, says which option) -----------

def day(text: str) -> date:
    from penaltytracker.reports.csv_io import parse_date

    from penaltytracker.core.model import FIRST_YEAR, LAST_YEAR

    try:
        value = parse_date(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(f"outside the years the app supports ({FIRST_YEAR}-{LAST_YEAR}): {text}")
    return value


def record_id(text: str) -> int:
    """A record's ID: a whole number the store can hold."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ID: {text!r}") from None
    if not 1 <= value <= 2**31 - 1:
        raise argparse.ArgumentTypeError(f"no such ID: {text}")
    return value


def points(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {value}")
    from penaltytracker.core.model import MAX_POINTS

    if value > MAX_POINTS:
        raise argparse.ArgumentTypeError(f"must be {MAX_POINTS:,} or less, not {value}")
    return value


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
            "occurred_on": r.occurred_on.isoformat() if r.occurred_on else None, "reference": r.reference,
            "withdrawn_on": r.withdrawn_on.isoformat() if r.withdrawn_on else None}


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


def _set_status(ctx: Context, violation_id: int, status: str, withdrawn_on: date | None = None) -> int:
    from penaltytracker.store import set_violation_status

    saved = ctx.guard(set_violation_status, ctx.store(), violation_id, status, withdrawn_on)
    print(f"{saved.id}\t{saved.status}" + (f"\t{saved.withdrawn_on.isoformat()}" if saved.withdrawn_on else ""))
    return 0


def violation_withdraw(ctx: Context, args) -> int:
    if args.from_start and args.on:
        raise BadInput(Msg("cli.withdraw_on_or_from_start"))
    return _set_status(ctx, args.id, "withdrawn", None if args.from_start else (args.on or ctx.today()))


def violation_restore(ctx: Context, args) -> int:
    return _set_status(ctx, args.id, "active")


def import_violations(ctx: Context, args) -> int:
    from penaltytracker.reports.violations_csv import read_violations
    from penaltytracker.store import import_violations as store_import

    records = ctx.guard(read_violations, args.file, ctx.rules())
    counts = ctx.guard(store_import, ctx.store(), records)
    print(message("cli.imported_violations", ctx.lang, file=args.file, added=counts.added, updated=counts.updated,
                  unchanged=counts.unchanged))
    return 0


def export_violations(ctx: Context, args) -> int:
    from penaltytracker.reports.violations_csv import write_violations
    from penaltytracker.store import list_violations

    records = ctx.guard(list_violations, ctx.store(), args.shop)
    count = ctx.guard(write_violations, args.file, records, ctx.lang, ctx.rules())
    print(message("cli.exported_violations", ctx.lang, file=args.file, count=count))
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

    from penaltytracker.core.status import what_if_day
    from penaltytracker.store.notices import shop_notices

    on = args.date or ctx.today()
    # The year as it would stand: every recorded violation of the year, later ones included.
    as_of = what_if_day(on, ctx.today())
    records = ctx.guard(status_violations, ctx.store(), ctx.rules(), args.shop, as_of)
    notices = ctx.guard(shop_notices, ctx.store(), args.shop, (on.year - 1, on.year))
    result = what_if(ctx.rules(), args.shop, records, args.points, on, as_of=as_of, notices=notices)
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
