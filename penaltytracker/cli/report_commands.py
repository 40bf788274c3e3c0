"""`penaltytracker report`: the status summary as a PDF."""

from __future__ import annotations

from penaltytracker.cli.commands import day
from penaltytracker.cli.context import Context


def register(sub, import_sub, export_sub) -> None:
    p = sub.add_parser("report", help="write a shop's status summary as a PDF (A4, Japanese by default)")
    p.add_argument("--shop", required=True)
    p.add_argument("--as-of", type=day, help="date (default: today in Japan)")
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write the PDF")
    p.add_argument("--lang", dest="report_lang", choices=("ja", "en"), default=None,
                   help="language of the PDF (default: the --lang of messages, else ja)")
    p.set_defaults(handler=report)


def report(ctx: Context, args) -> int:
    from penaltytracker.reports.pdf import write_status_report

    as_of = args.as_of or ctx.today()
    lang = args.report_lang or ctx.lang
    path = ctx.guard(write_status_report, args.out, ctx.store(), ctx.rules(), args.shop, as_of, lang=lang)
    print(path)
    return 0
