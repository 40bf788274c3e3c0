"""`penaltytracker remind`: what is due, for schedulers (cron, Task Scheduler).

Exit 0 whether or not anything is due. Text: one line per item (due date, then what
to do, naming the shop), nothing at all when nothing is due (cron mails only output).
JSON: a list of objects with `kind`, `shop`, `due` (ISO), `text`, `key` and `details`.
"""

from __future__ import annotations

import argparse
import json
import sys

from penaltytracker.cli.commands import day
from penaltytracker.cli.context import Context
from penaltytracker.core.reminders import DEFAULT_MARGIN, DEFAULT_WITHIN_DAYS

MAX_WITHIN_DAYS = 3660


def _days(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise _refuse("cli.not_a_whole_number", text=text) from None
    if not 1 <= value <= MAX_WITHIN_DAYS:
        raise _refuse("cli.days_out_of_range", value=value, last=MAX_WITHIN_DAYS)
    return value


def _margin(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise _refuse("cli.not_a_whole_number", text=text) from None
    if not 0 <= value <= 1000:
        raise _refuse("cli.points_out_of_range", value=value, last=f"{1000:,}")
    return value


def _refuse(code: str, **params) -> argparse.ArgumentTypeError:
    """A bad value, worded in the language of --lang (argparse names the option)."""
    from penaltytracker.cli.parser import current_language
    from penaltytracker.messages import message

    return argparse.ArgumentTypeError(message(code, current_language(), **params))


def register(sub, import_sub, export_sub) -> None:
    from penaltytracker.cli.parser import h

    p = sub.add_parser("remind", help=h("remind"))
    p.add_argument("--as-of", type=day, help=h("as_of"))
    p.add_argument("--within", type=_days, default=DEFAULT_WITHIN_DAYS, metavar="DAYS",
                   help=h("remind_within", days=DEFAULT_WITHIN_DAYS))
    p.add_argument("--margin", type=_margin, default=DEFAULT_MARGIN, metavar="N",
                   help=h("remind_margin", margin=DEFAULT_MARGIN))
    p.add_argument("--shop", action="append", metavar="NAME", help=h("remind_shop"))
    p.add_argument("--json", action="store_true")
    p.add_argument("--lang", dest="remind_lang", choices=("ja", "en"), default=None,
                   help=h("remind_lang"))
    p.set_defaults(handler=remind)


def remind(ctx: Context, args) -> int:
    from penaltytracker.store.reminders import due_reminders

    lang = args.remind_lang or ctx.lang
    rules = ctx.rules()
    as_of = args.as_of or ctx.today()
    store = ctx.store()
    items = ctx.guard(due_reminders, store, rules, as_of, args.within, args.margin, args.shop)
    if not items and not args.shop:
        warn_if_no_shops(ctx, store, lang)
    if args.json:
        json.dump([r.to_json(lang, rules) for r in items], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for r in items:
        print(f"{r.due.isoformat()}\t{r.text(lang, rules)}")  # the text names the shop
    return 0


def warn_if_no_shops(ctx: Context, store, lang: str | None = None) -> None:
    """A store with no shops is most likely the wrong one (cron or Task Scheduler reading
    another user's or the default data folder): say so on stderr, which schedulers mail
    or log, rather than print nothing, which reads as "nothing is due"."""
    from penaltytracker.messages import Msg
    from penaltytracker.store import list_shops

    if not ctx.guard(list_shops, store):
        print(f"penaltytracker: {Msg('cli.store_has_no_shops', store=store.location).text(lang or ctx.lang)}",
              file=sys.stderr, flush=True)


__all__ = ["register", "remind", "warn_if_no_shops"]
