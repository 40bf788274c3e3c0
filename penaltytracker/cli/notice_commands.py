"""What Rakuten's notices say, and appeals, from the command line.

  sanction set   --shop S --level II --kind ranking_restriction --start D [--end D] [--year Y]
  sanction clear --shop S --level II --kind ranking_restriction [--year Y]
  notice fee      --shop S --level II [--year Y] --amount N [--billed D] [--paid D]
  notice training --shop S --level II [--year Y] [--due D] [--done D]
  notice outcome  --shop S [--year Y] (--continues | --terminated --on D)
  notice show     --shop S [--year Y] [--json]
  appeal file ID --on D [--note T]      (prints the appeal's ID)
  appeal decide APPEAL_ID --outcome accepted|rejected|pending [--on D]
  appeal list ID [--json]
--year is the year the level was reached (default: the year of the date given).
"""

from __future__ import annotations

import json
import sys

from penaltytracker.cli.context import BadInput, Context
from penaltytracker.messages import Msg, message


def register(sub, imp, exp) -> None:
    from penaltytracker.cli.commands import day, record_id, year
    from penaltytracker.cli.parser import h
    from penaltytracker.core.notices import APPEAL_OUTCOMES
    from penaltytracker.core.rules import LEVEL_NAMES, SANCTION_KINDS

    def shop_level_year(p, level=True):
        p.add_argument("--shop", required=True)
        if level:
            p.add_argument("--level", required=True, choices=LEVEL_NAMES)
        p.add_argument("--year", type=year, help=h("notice_year"))

    sanction = sub.add_parser("sanction", help=h("sanction")).add_subparsers(
        dest="action", required=True, metavar="ACTION")
    p = sanction.add_parser("set", help=h("sanction_set"))
    shop_level_year(p)
    p.add_argument("--kind", required=True, choices=SANCTION_KINDS)
    p.add_argument("--start", required=True, type=day)
    p.add_argument("--end", type=day, help=h("sanction_end"))
    p.set_defaults(handler=sanction_set)
    p = sanction.add_parser("clear", help=h("sanction_clear"))
    shop_level_year(p)
    p.add_argument("--kind", required=True, choices=SANCTION_KINDS)
    p.set_defaults(handler=sanction_clear)

    notice = sub.add_parser("notice", help=h("notice")).add_subparsers(
        dest="action", required=True, metavar="ACTION")
    p = notice.add_parser("fee", help=h("notice_fee"))
    shop_level_year(p)
    p.add_argument("--amount", required=True, type=yen)
    p.add_argument("--billed", type=day)
    p.add_argument("--paid", type=day)
    p.set_defaults(handler=notice_fee)
    p = notice.add_parser("training", help=h("notice_training"))
    shop_level_year(p)
    p.add_argument("--due", type=day)
    p.add_argument("--done", type=day)
    p.set_defaults(handler=notice_training)
    p = notice.add_parser("outcome", help=h("notice_outcome"))
    shop_level_year(p, level=False)
    way = p.add_mutually_exclusive_group(required=True)
    way.add_argument("--continues", action="store_true", help=h("notice_continues"))
    way.add_argument("--terminated", action="store_true", help=h("notice_terminated"))
    p.add_argument("--on", type=day, help=h("notice_contract_end"))
    p.set_defaults(handler=notice_outcome)
    p = notice.add_parser("show", help=h("notice_show"))
    p.add_argument("--shop", required=True)
    p.add_argument("--year", type=year)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=notice_show)

    appeal = sub.add_parser("appeal", help=h("appeal")).add_subparsers(
        dest="action", required=True, metavar="ACTION")
    p = appeal.add_parser("file", help=h("appeal_file"))
    p.add_argument("id", type=record_id)
    p.add_argument("--on", required=True, type=day)
    p.add_argument("--note", default="")
    p.set_defaults(handler=appeal_file)
    p = appeal.add_parser("decide", help=h("appeal_decide"))
    p.add_argument("id", type=record_id, help=h("appeal_id"))
    p.add_argument("--outcome", required=True, choices=APPEAL_OUTCOMES)
    p.add_argument("--on", type=day, help=h("appeal_on"))
    p.set_defaults(handler=appeal_decide)
    p = appeal.add_parser("list", help=h("appeal_list"))
    p.add_argument("id", type=record_id)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=appeal_list)


def yen(text: str) -> int:
    import argparse

    from penaltytracker.cli.parser import current_language

    cleaned = text.replace(",", "").replace("¥", "").replace("円", "").strip()
    if not cleaned.isdigit() or len(cleaned) > 10:
        raise argparse.ArgumentTypeError(message("cli.not_yen", current_language(), value=text))
    return int(cleaned)


def sanction_set(ctx: Context, args) -> int:
    from penaltytracker.core.notices import SanctionNotice
    from penaltytracker.store.notices import set_sanction_notice

    y = args.year or args.start.year
    notice = SanctionNotice(shop=args.shop, year=y, level=args.level, kind=args.kind, start=args.start, end=args.end)
    ctx.guard(set_sanction_notice, ctx.store(), notice)
    print(message("cli.sanction_set", ctx.lang, shop=args.shop, level=args.level,
                  kind=ctx.rules().sanction_name(args.kind, ctx.lang), start=args.start.isoformat()))
    return 0


def sanction_clear(ctx: Context, args) -> int:
    from penaltytracker.store.notices import clear_sanction_notice

    y = args.year or ctx.today().year
    gone = ctx.guard(clear_sanction_notice, ctx.store(), args.shop, y, args.level, args.kind)
    print(message("cli.sanction_cleared" if gone else "cli.sanction_nothing_to_clear", ctx.lang, level=args.level,
                  kind=ctx.rules().sanction_name(args.kind, ctx.lang), year=y))
    return 0


def _set_level(ctx: Context, args, level: str, y: int, **changes) -> int:
    from penaltytracker.store.notices import set_level_notice

    ctx.guard(set_level_notice, ctx.store(), args.shop, y, level, **changes)
    print(message("cli.notice_saved", ctx.lang, shop=args.shop, level=level, year=y))
    return 0


def notice_fee(ctx: Context, args) -> int:
    if args.paid and args.billed and args.paid < args.billed:
        raise BadInput(Msg("cli.paid_before_billed"))
    changes = {"fee_yen": args.amount}
    if args.billed:
        changes["fee_billed_on"] = args.billed
    if args.paid:
        changes["fee_paid_on"] = args.paid
    return _set_level(ctx, args, args.level, args.year or (args.billed or ctx.today()).year, **changes)


def notice_training(ctx: Context, args) -> int:
    if not args.due and not args.done:
        raise BadInput(Msg("cli.training_needs_a_date"))
    changes = {}
    if args.due:
        changes["training_due_on"] = args.due
    if args.done:
        changes["training_done_on"] = args.done
    return _set_level(ctx, args, args.level, args.year or (args.due or args.done).year, **changes)


def notice_outcome(ctx: Context, args) -> int:
    from penaltytracker.core.notices import V_CONTINUES, V_TERMINATED

    if args.terminated and not args.on:
        raise BadInput(Msg("cli.terminated_needs_on"))
    if args.continues and args.on:
        raise BadInput(Msg("cli.continues_has_no_end"))
    y = args.year or (args.on or ctx.today()).year
    if args.terminated:
        return _set_level(ctx, args, "V", y, outcome=V_TERMINATED, contract_end_on=args.on)
    return _set_level(ctx, args, "V", y, outcome=V_CONTINUES, contract_end_on=None)


def _iso(d):
    return d.isoformat() if d else None


def notice_show(ctx: Context, args) -> int:
    from penaltytracker.store.notices import shop_notices

    found = ctx.guard(shop_notices, ctx.store(), args.shop, (args.year,) if args.year else None)
    data = {
        "shop": args.shop,
        "sanctions": [{"year": n.year, "level": n.level, "kind": n.kind, "start": _iso(n.start), "end": _iso(n.end)}
                      for n in found.sanctions],
        "levels": [{"year": n.year, "level": n.level, "fee_yen": n.fee_yen, "fee_billed_on": _iso(n.fee_billed_on),
                    "fee_paid_on": _iso(n.fee_paid_on), "training_due_on": _iso(n.training_due_on),
                    "training_done_on": _iso(n.training_done_on), "outcome": n.outcome or None,
                    "contract_end_on": _iso(n.contract_end_on)} for n in found.levels],
    }
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    rules = ctx.rules()
    if not found.sanctions and not found.levels:
        print(message("cli.no_notices", ctx.lang, shop=args.shop))
    for n in found.sanctions:
        print(message("cli.notice_sanction_line", ctx.lang, year=n.year, level=n.level,
                      kind=rules.sanction_name(n.kind, ctx.lang), start=_iso(n.start),
                      end=_iso(n.end) or message("cli.notice_end_by_rules", ctx.lang)))
    for n in found.levels:
        print(message("cli.notice_level_line", ctx.lang, year=n.year, level=n.level,
                      fee="-" if n.fee_yen is None else f"¥{n.fee_yen:,}",
                      paid=_iso(n.fee_paid_on) or "-", due=_iso(n.training_due_on) or "-",
                      done=_iso(n.training_done_on) or "-",
                      outcome=message(f"cli.outcome_{n.outcome}", ctx.lang, on=_iso(n.contract_end_on))
                      if n.outcome else "-"))
    return 0


def appeal_file(ctx: Context, args) -> int:
    from penaltytracker.store.notices import file_appeal

    appeal = ctx.guard(file_appeal, ctx.store(), args.id, args.on, args.note)
    print(appeal.id)
    return 0


def appeal_decide(ctx: Context, args) -> int:
    from penaltytracker.store.notices import decide_appeal

    appeal = ctx.guard(decide_appeal, ctx.store(), args.id, args.outcome, args.on)
    print(f"{appeal.id}\t{appeal.outcome}" + (f"\t{appeal.decided_on.isoformat()}" if appeal.decided_on else ""))
    return 0


def appeal_list(ctx: Context, args) -> int:
    from penaltytracker.store.notices import appeals_of
    from penaltytracker.store import get_violation

    ctx.guard(get_violation, ctx.store(), args.id)  # a clear error for an unknown violation
    appeals = ctx.guard(appeals_of, ctx.store(), args.id)
    if args.json:
        json.dump([{"id": a.id, "violation_id": a.violation_id, "filed_on": _iso(a.filed_on), "outcome": a.outcome,
                    "decided_on": _iso(a.decided_on), "note": a.note} for a in appeals],
                  sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for a in appeals:
        print(f"{a.id}\t{_iso(a.filed_on)}\t{message(f'cli.appeal_{a.outcome}', ctx.lang)}\t{_iso(a.decided_on) or ''}"
              f"\t{a.note}")
    return 0
