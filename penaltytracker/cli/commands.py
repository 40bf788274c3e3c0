"""Shops, violations, status and what-if from the command line."""

from __future__ import annotations

import sys
from datetime import date

from penaltytracker.cli.context import BadInput, Context
from penaltytracker.cli.parser import h
from penaltytracker.cli.text import shipping_text, status_text
from penaltytracker.messages import Msg, message


# Which module registers each command outside this one (every module adds kinds to
# import and export). tests/test_cli_parser_build.py checks it against the full parser.
EXTENSIONS = ("shipping_commands", "report_commands", "backup_commands", "notice_commands",
              "restriction_commands", "remind_commands", "incident_commands", "order_commands")
COMMAND_MODULES = {
    "shipment": "shipping_commands", "report": "report_commands", "backup": "backup_commands",
    "restore": "backup_commands", "sanction": "notice_commands", "notice": "notice_commands",
    "appeal": "notice_commands", "restriction": "restriction_commands", "contact": "restriction_commands",
    "remind": "remind_commands", "incident": "incident_commands", "order": "order_commands",
}
ALL = "*"


_OWN = ("shop", "violation", "status", "whatif")


def module_of(command: str) -> str | None:
    """The extension module a command needs registered: one, ALL (import and export take
    kinds from every module; an unknown name builds them all), or None (defined here)."""
    if command in _OWN:
        return None
    return COMMAND_MODULES.get(command, ALL)


def register(sub, only_module: str | None = ALL) -> None:
    """Every command's parser on `sub`; only_module limits the extension modules loaded
    (None: none of them, for a command defined here)."""
    shop = sub.add_parser("shop", help=h("shop")).add_subparsers(dest="action", required=True, metavar="ACTION")
    p = shop.add_parser("add", help=h("shop_add"))
    p.add_argument("name", help=h("shop_name"))
    p.add_argument("--marketplace", help=h("shop_marketplace_option"))
    p.set_defaults(handler=shop_add)
    p = shop.add_parser("list", help=h("shop_list"))
    p.add_argument("--long", "-l", action="store_true", help=h("shop_list_long"))
    p.add_argument("--json", action="store_true", help=h("shop_list_json"))
    p.set_defaults(handler=shop_list)
    p = shop.add_parser("marketplace", help=h("shop_set_marketplace"))
    p.add_argument("name", help=h("shop_name"))
    p.add_argument("marketplace", help=h("shop_marketplace_option"))
    p.set_defaults(handler=lambda ctx, args: _restrictions().shop_set_marketplace(ctx, args))
    __import__("penaltytracker.cli.shop_commands", fromlist=["register"]).register(shop)

    vio = sub.add_parser("violation", help=h("violation")).add_subparsers(
        dest="action", required=True, metavar="ACTION")
    p = vio.add_parser("add", help=h("violation_add"))
    p.add_argument("--shop", required=True, help=h("shop_option"))
    p.add_argument("--date", required=True, type=day, help=h("points_date"))
    p.add_argument("--points", required=True, type=points, help=h("points"))
    p.add_argument("--category", default="", help=h("category"))
    p.add_argument("--title", default="", help=h("title"))
    p.add_argument("--occurred", type=day, help=h("occurred"))
    p.add_argument("--ref", default="", help=h("ref"))
    p.set_defaults(handler=violation_add)
    p = vio.add_parser("list", help=h("violation_list"))
    p.add_argument("--shop", required=True, help=h("shop_option"))
    p.add_argument("--year", type=year, help=h("year"))
    p.add_argument("--json", action="store_true", help=h("json"))
    p.set_defaults(handler=violation_list)
    p = vio.add_parser("withdraw", help=h("violation_withdraw"))
    p.add_argument("id", type=record_id, help=h("violation_id"))
    p.add_argument("--on", type=day, help=h("withdraw_on"))
    p.add_argument("--from-start", action="store_true", help=h("withdraw_from_start"))
    p.set_defaults(handler=violation_withdraw)
    p = vio.add_parser("restore", help=h("violation_restore"))
    p.add_argument("id", type=record_id, help=h("violation_id"))
    p.set_defaults(handler=violation_restore)

    imp = sub.add_parser("import", help=h("import")).add_subparsers(dest="kind", required=True, metavar="KIND")
    p = imp.add_parser("violations", help=h("import_violations"))
    p.add_argument("file", help=h("csv_file"))
    p.set_defaults(handler=import_violations)
    exp = sub.add_parser("export", help=h("export")).add_subparsers(dest="kind", required=True, metavar="KIND")
    p = exp.add_parser("violations", help=h("export_violations"))
    p.add_argument("file", help=h("csv_file"))
    p.add_argument("--shop", help=h("shop_only"))
    p.set_defaults(handler=export_violations)

    p = sub.add_parser("status", help=h("status"))
    p.add_argument("--shop", required=True, help=h("shop_option"))
    p.add_argument("--as-of", type=day, help=h("as_of"))
    p.add_argument("--json", action="store_true", help=h("json"))
    p.set_defaults(handler=status)
    p = sub.add_parser("whatif", help=h("whatif"))
    p.add_argument("--shop", required=True, help=h("shop_option"))
    p.add_argument("--points", required=True, type=points, help=h("whatif_points"))
    p.add_argument("--date", type=day, help=h("whatif_date"))
    p.add_argument("--json", action="store_true", help=h("json"))
    p.set_defaults(handler=whatif)

    for extra in _extensions(only_module):
        extra(sub, imp, exp)


def _extensions(only_module: str | None = ALL):
    """Other command groups (shipping, reports, backups, notices, restrictions, reminders,
    troubles, orders) register themselves here."""
    import importlib

    names = EXTENSIONS if only_module == ALL else (only_module,) if only_module else ()
    return [importlib.import_module(f"penaltytracker.cli.{name}").register for name in names]


# --- argument types: a bad value is an argparse error (exit 2, says which option) -----------
# Shared by every command group (cli/arguments.py); kept here under their old names.
from penaltytracker.cli.arguments import day, points, row_id, year  # noqa: E402
record_id = row_id  # a record's ID, within what the store can hold


# --- handlers ---------------------------------------------------------------------------------

def shop_add(ctx: Context, args) -> int:
    from penaltytracker.store import add_shop

    from penaltytracker.core.names import clean_name

    ctx.guard(add_shop, ctx.store(), args.name, args.marketplace)
    print(clean_name(args.name))  # the name as stored
    return 0


def _restrictions():
    from penaltytracker.cli import restriction_commands

    return restriction_commands


def shop_list(ctx: Context, args) -> int:
    from penaltytracker.store import list_shops

    if args.long or args.json:  # with marketplaces (cli/restriction_commands.py); plain output unchanged
        _restrictions().shop_lines(ctx, args.json)
        return 0
    from penaltytracker.core.names import shown_name

    for name in ctx.guard(list_shops, ctx.store()):
        print(shown_name(name))  # one line each, whatever an older store holds
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
        import json

        json.dump([_record_json(r) for r in records], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    rules = ctx.rules()
    for r in records:
        mark = "" if r.counts else " " + message("cli.withdrawn_mark", ctx.lang)
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
    if records.ignored:
        print(message("shipping.ignored_columns", ctx.lang, columns=", ".join(records.ignored)))
    return 0


def export_violations(ctx: Context, args) -> int:
    from penaltytracker.reports.violations_csv import write_violations
    from penaltytracker.store import list_violations

    records = ctx.guard(list_violations, ctx.store(), args.shop)
    count = ctx.guard(write_violations, args.file, records, ctx.lang, ctx.rules())
    print(message("cli.exported_violations", ctx.lang, file=args.file, count=count))
    return 0


def status(ctx: Context, args) -> int:
    as_of = args.as_of or ctx.today()
    reader = ctx.reader()
    result = ctx.guard(reader.status, ctx.rules(), args.shop, as_of)  # the figures: no chart here
    shipping = ctx.guard(reader.shipping_summary, ctx.rules(), args.shop, as_of)
    if args.json:
        _print_status(ctx, result, True, shipping=shipping)
        return 0
    # Other marketplaces have no points: say so instead of zeros; restrictions in force follow.
    points, lines = _restrictions().status_restrictions(ctx, args.shop, as_of)
    if points:
        _print_status(ctx, result, False, shipping=shipping)
    else:
        print(f"{'店舗' if ctx.lang == 'ja' else 'Shop'}: {args.shop}")
    for line in lines:
        print(line)
    return 0


def whatif(ctx: Context, args) -> int:
    from penaltytracker.core.status import what_if, what_if_day

    on = args.date or ctx.today()
    # The year as it would stand: every recorded violation of the year, later ones included.
    as_of = what_if_day(on, ctx.today())
    reader = ctx.reader()
    records = ctx.guard(reader.status_violations, ctx.rules(), args.shop, as_of)
    notices = ctx.guard(reader.notices, args.shop, (on.year - 1, on.year))
    result = what_if(ctx.rules(), args.shop, records, args.points, on, as_of=as_of, notices=notices)
    _print_status(ctx, result, args.json, hypothetical=args.points)
    return 0


def _print_status(ctx: Context, result, as_json: bool, hypothetical: int | None = None, shipping=None) -> None:
    if as_json:
        import json

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
