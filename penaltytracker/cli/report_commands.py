"""`penaltytracker report`: the status summary as a PDF, for one shop or every shop."""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

from penaltytracker.cli.commands import day
from penaltytracker.cli.context import BadInput, Context
from penaltytracker.cli.parser import h
from penaltytracker.messages import Msg


def register(sub, import_sub, export_sub) -> None:
    p = sub.add_parser("report", help=h("report"))
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--shop", help=h("shop_option"))
    which.add_argument("--all-shops", action="store_true", help=h("report_all_shops"))
    p.add_argument("--as-of", type=day, help=h("as_of"))
    p.add_argument("--out", metavar="FILE.pdf", help=h("report_out"))
    p.add_argument("--out-dir", metavar="DIR", help=h("report_out_dir"))
    p.add_argument("--lang", dest="report_lang", choices=("ja", "en"), default=None, help=h("report_lang"))
    p.set_defaults(handler=report)


def report(ctx: Context, args) -> int:
    as_of = args.as_of or ctx.today()
    lang = args.report_lang or ctx.lang
    if not args.all_shops and not args.out:
        raise BadInput(Msg("cli.report_shop_needs_out"))
    if args.all_shops and not args.out_dir:
        raise BadInput(Msg("cli.report_all_needs_out_dir"))
    # The store (SQLAlchemy) before Qt: once PySide6 is loaded, its import hook reads the
    # source of every module imported after it (about 0.1 s for SQLAlchemy's).
    store = ctx.store()
    from penaltytracker.reports.pdf import write_status_report

    if args.all_shops:
        return all_shops(ctx, args, as_of, lang)
    path = ctx.guard(write_status_report, args.out, store, ctx.rules(), args.shop, as_of, lang=lang)
    print(path)
    return 0


# Characters no file name may hold on Windows, macOS or Linux, and control characters.
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def report_file_name(shop: str, as_of: date, n: int = 1) -> str:
    """`<shop>_<YYYY-MM-DD>.pdf`: a folder sorts by shop, then date. Characters a file
    name cannot hold become `_`; Windows' reserved names and trailing dots are avoided.
    n > 1: the n-th shop whose name cleans up alike (`<shop>~2_<date>.pdf`)."""
    stem = _UNSAFE.sub("_", shop).strip().rstrip(". ") or "shop"
    if stem.split(".")[0].upper() in _RESERVED:
        stem += "_"
    return f"{stem[:150]}{f'~{n}' if n > 1 else ''}_{as_of.isoformat()}.pdf"


def report_file_names(shops: list[str], as_of: date) -> dict[str, str]:
    """One distinct name per shop, case ignored (as some file systems do)."""
    names, taken = {}, set()
    for shop in shops:
        n = 1
        while (name := report_file_name(shop, as_of, n)).lower() in taken:
            n += 1
        taken.add(name.lower())
        names[shop] = name
    return names


def all_shops(ctx: Context, args, as_of: date, lang: str) -> int:
    """Every shop's PDF into one folder. A shop that fails is reported and the others are
    still written; exit 2 at the end if any failed."""
    from penaltytracker.messages import text
    from penaltytracker.reports.pdf import ensure_gui, write_status_report
    from penaltytracker.store import list_shops

    if not args.out_dir:
        raise BadInput(Msg("cli.report_all_needs_out_dir"))
    folder = Path(args.out_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BadInput(Msg("cli.report_out_dir_unusable", folder=str(folder), detail=exc.strerror or exc)) from None
    store, rules = ctx.store(), ctx.rules()
    shops = ctx.guard(list_shops, store)
    if not shops:
        from penaltytracker.cli.remind_commands import warn_if_no_shops

        warn_if_no_shops(ctx, store, lang)  # nothing to write: most likely the wrong store
        return 0
    ctx.guard(ensure_gui)  # Qt and the font once, for every shop
    failed = 0
    for shop, name in report_file_names(sorted(shops), as_of).items():
        try:
            path = write_status_report(folder / name, store, rules, shop, as_of, lang=lang)
        except Exception as exc:  # noqa: BLE001 - one shop's failure must not lose the others
            failed += 1
            problem = Msg("cli.report_shop_failed", shop=shop, detail=text(exc, ctx.lang))
            print(f"penaltytracker: {problem.text(ctx.lang)}", file=sys.stderr, flush=True)
            continue
        print(path, flush=True)
    if failed:
        raise BadInput(Msg("cli.report_some_failed", failed=failed, total=len(shops)))
    return 0
