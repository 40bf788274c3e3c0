"""`penaltytracker report`: the status summary as a PDF."""

from __future__ import annotations

from penaltytracker.cli.commands import day
from penaltytracker.cli.context import Context
from penaltytracker.cli.parser import h


def register(sub, import_sub, export_sub) -> None:
    p = sub.add_parser("report", help=h("report"))
    p.add_argument("--shop", required=True, help=h("shop_option"))
    p.add_argument("--as-of", type=day, help=h("as_of"))
    p.add_argument("--out", required=True, metavar="FILE.pdf", help=h("report_out"))
    p.add_argument("--lang", dest="report_lang", choices=("ja", "en"), default=None, help=h("report_lang"))
    p.set_defaults(handler=report)


def report(ctx: Context, args) -> int:
    from penaltytracker.reports.pdf import write_status_report

    as_of = args.as_of or ctx.today()
    lang = args.report_lang or ctx.lang
    path = ctx.guard(write_status_report, args.out, ctx.store(), ctx.rules(), args.shop, as_of, lang=lang)
    print(path)
    return 0
