"""Restrictions, their case log and open trades from the command line.

Scripts rely on `restriction add` printing the new id, on `restriction list --json`
(id, kind, cause, start, end, days_left, state, next_due and more, as of a date), and
on `contact add` printing the contact's id. Change them only additively.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date

from penaltytracker.cli.context import BadInput, Context

_T = {
    "ja": {
        "cols": ("ID", "店舗", "種類", "原因", "開始", "終了", "残り", "状態", "次の期限"),
        "open": "解除まで", "left": "残り{n}日", "so_far": "{n}日目", "over": "—", "none": "なし",
        "states": {"active": "制限中", "ended": "終了", "lifted": "早期解除", "resolved": "解決",
                   "upcoming": "開始前"},
        "empty": "制限・凍結の記録はありません。", "heading": "制限・凍結",
        "allowed": "まだできること", "due": "次の期限", "appeal": "申し立て期限の目安（出品者の報告による）", "overdue": "（期限切れ）",
        "contacts": "連絡記録", "trades": "対応が必要な取引", "sent": "送信", "received": "受信",
        "status_line": "  - {kind}（{market}、{cause}）: {span}、次の期限 {due}",
        "span_fixed": "{start} 〜 {end}（残り {left} 日）", "span_open": "{start} から解除まで（{n}日目）",
    },
    "en": {
        "cols": ("ID", "Shop", "Kind", "Cause", "Start", "End", "Left", "State", "Next due"),
        "open": "until further notice", "left": "{n} days left", "so_far": "day {n}", "over": "—", "none": "none",
        "states": {"active": "active", "ended": "ended", "lifted": "lifted early", "resolved": "resolved",
                   "upcoming": "not started"},
        "empty": "No restrictions recorded.", "heading": "Restrictions",
        "allowed": "Still allowed", "due": "Next due", "appeal": "Appeal by (as sellers report it)", "overdue": " (overdue)",
        "contacts": "Contacts", "trades": "Trades that need care", "sent": "sent", "received": "received",
        "status_line": "  - {kind} ({market}, {cause}): {span}, next due {due}",
        "span_fixed": "{start} to {end} ({left} days left)", "span_open": "from {start} until further notice (day {n})",
    },
}


def _t(lang: str) -> dict:
    return _T["en" if lang == "en" else "ja"]


def register(sub, import_sub, export_sub) -> None:
    from penaltytracker.cli.commands import day
    from penaltytracker.cli.parser import h

    res = sub.add_parser("restriction", help=h("restriction")).add_subparsers(
        dest="action", required=True, metavar="ACTION")
    p = res.add_parser("add", help=h("restriction_add"))
    p.add_argument("--shop", required=True)
    p.add_argument("--kind", required=True, help=h("restriction_kind"))
    p.add_argument("--start", required=True, type=day, help=h("restriction_start"))
    p.add_argument("--days", type=_days, help=h("restriction_days"))
    p.add_argument("--cause", default="unknown", help=h("restriction_cause"))
    p.add_argument("--note", default="")
    _fact_arguments(p)
    p.set_defaults(handler=restriction_add)

    p = res.add_parser("edit", help=h("restriction_edit"))
    p.add_argument("id", type=int)
    p.add_argument("--kind")
    p.add_argument("--cause")
    p.add_argument("--start", type=day)
    p.add_argument("--days", type=_days)
    p.add_argument("--open-ended", action="store_true", help=h("restriction_open_ended"))
    p.add_argument("--note")
    _fact_arguments(p, default=None)
    p.set_defaults(handler=restriction_edit)

    p = res.add_parser("list", help=h("restriction_list"))
    p.add_argument("--shop", help=h("restriction_list_shop"))
    p.add_argument("--as-of", type=day, help=h("as_of"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=restriction_list)

    p = res.add_parser("show", help=h("restriction_show"))
    p.add_argument("id", type=int)
    p.add_argument("--as-of", type=day)
    p.set_defaults(handler=restriction_show)

    p = res.add_parser("lift", help=h("restriction_lift"))
    p.add_argument("id", type=int)
    p.add_argument("--on", required=True, type=day)
    p.set_defaults(handler=restriction_lift)
    p = res.add_parser("resolve", help=h("restriction_resolve"))
    p.add_argument("id", type=int)
    p.add_argument("--on", required=True, type=day)
    p.add_argument("--outcome", default="")
    p.set_defaults(handler=restriction_resolve)

    p = res.add_parser("letter", help=h("restriction_letter"))
    p.add_argument("id", type=int)
    p.add_argument("--out", metavar="FILE", help=h("restriction_letter_out"))
    p.set_defaults(handler=restriction_letter)

    trade = res.add_parser("trade", help=h("restriction_trade")).add_subparsers(
        dest="trade_action", required=True, metavar="ACTION")
    p = trade.add_parser("add", help=h("trade_add"))
    p.add_argument("--restriction", required=True, type=int)
    p.add_argument("--item", required=True)
    p.add_argument("--buyer", default="")
    p.add_argument("--address", default="")
    p.add_argument("--price", type=_yen)
    p.add_argument("--shipped", type=day, help=h("trade_shipped"))
    p.add_argument("--order", default="", help=h("trade_order"))
    p.add_argument("--tell", default="", help=h("trade_tell"))
    p.set_defaults(handler=trade_add)
    p = trade.add_parser("done", help=h("trade_done"))
    p.add_argument("id", type=int)
    p.set_defaults(handler=trade_done)
    p = trade.add_parser("list", help=h("trade_list"))
    p.add_argument("restriction", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=trade_list)

    con = sub.add_parser("contact", help=h("contact")).add_subparsers(
        dest="action", required=True, metavar="ACTION")
    p = con.add_parser("add", help=h("contact_add"))
    p.add_argument("--restriction", required=True, type=int)
    p.add_argument("--on", required=True, type=day)
    p.add_argument("--channel", required=True, choices=("mail", "form", "chat", "phone"))
    p.add_argument("--summary", required=True)
    p.add_argument("--received", action="store_true", help=h("contact_received"))
    p.add_argument("--due", type=day, help=h("contact_due"))
    p.add_argument("--attach", action="append", default=[], metavar="FILE",
                   help=h("contact_attach"))
    p.set_defaults(handler=contact_add)
    p = con.add_parser("list", help=h("contact_list"))
    p.add_argument("--restriction", required=True, type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=contact_list)
    p = con.add_parser("done", help=h("contact_done"))
    p.add_argument("id", type=int)
    p.set_defaults(handler=contact_done)

    p = export_sub.add_parser("restrictions", help=h("export_restrictions"))
    p.add_argument("file")
    p.add_argument("--shop")
    p.add_argument("--as-of", type=day, help=h("restrictions_export_as_of"))
    p.set_defaults(handler=export_restrictions)


def _fact_arguments(p, default: str | None = "") -> None:
    from penaltytracker.cli.parser import h

    p.add_argument("--notice", default=default, help=h("fact_notice"))
    p.add_argument("--account", default=default, help=h("fact_account"))
    p.add_argument("--happened", default=default, help=h("fact_happened"))
    p.add_argument("--fixed", default=default, help=h("fact_fixed"))
    p.add_argument("--prevention", default=default, help=h("fact_prevention"))
    p.add_argument("--request", default=default, help=h("fact_request"))


def _days(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise _refuse("restriction.bad_days", text) from None
    if value < 1:
        raise _refuse("restriction.bad_days", text)
    return value


def _yen(text: str) -> int:
    try:
        value = int(text.replace(",", "").replace("¥", "").replace("円", ""))
    except ValueError:
        raise _refuse("restriction.trade_bad_price", text) from None
    if value < 0:
        raise _refuse("restriction.trade_bad_price", text)
    return value


def _refuse(code: str, text: str) -> argparse.ArgumentTypeError:
    """A bad value, worded in the language of --lang (argparse names the option)."""
    from penaltytracker.cli.parser import current_language
    from penaltytracker.messages import message

    return argparse.ArgumentTypeError(message(code, current_language(), value=text))


def _core(ctx: Context, fn, *args, **kwargs):
    """Core's refusals (Problem) are the operator's to fix, like the store's: exit 2."""
    from penaltytracker.messages import Problem

    try:
        return ctx.guard(fn, *args, **kwargs)
    except Problem as exc:
        raise BadInput(exc) from None


# --- handlers ---------------------------------------------------------------------------

def restriction_add(ctx: Context, args) -> int:
    from penaltytracker.core.restrictions import RestrictionRecord
    from penaltytracker.store.restrictions import add_restriction

    record = RestrictionRecord(shop=args.shop, kind=args.kind, start=args.start, days=args.days, cause=args.cause,
                               note=args.note, notice=args.notice, account=args.account,
                               what_happened=args.happened, fixed=args.fixed, prevention=args.prevention,
                               request=args.request)
    saved = ctx.guard(add_restriction, ctx.store(), record)
    print(saved.id)
    return 0


def restriction_edit(ctx: Context, args) -> int:
    from dataclasses import replace

    from penaltytracker.store.restrictions import get_restriction, update_restriction

    current = ctx.guard(get_restriction, ctx.store(), args.id)
    changes = {k: v for k, v in (("kind", args.kind), ("cause", args.cause), ("start", args.start),
                                 ("days", args.days), ("note", args.note), ("notice", args.notice),
                                 ("account", args.account), ("what_happened", args.happened),
                                 ("fixed", args.fixed), ("prevention", args.prevention),
                                 ("request", args.request)) if v is not None}
    if args.open_ended:
        changes["days"] = None
    saved = ctx.guard(update_restriction, ctx.store(), replace(current, **changes))
    print(saved.id)
    return 0


def restriction_json(r, contacts, as_of: date, cat) -> dict:
    from penaltytracker.core.restrictions import next_due, still_allowed

    iso = lambda d: d.isoformat() if d else None  # noqa: E731
    return {"id": r.id, "shop": r.shop, "marketplace": r.marketplace, "kind": r.kind, "cause": r.cause,
            "start": iso(r.start), "days": r.days, "end": iso(r.end), "days_left": r.days_left(as_of),
            "days_so_far": r.days_so_far(as_of), "state": r.state(as_of), "lifted_on": iso(r.lifted_on),
            "resolved_on": iso(r.resolved_on), "outcome": r.outcome, "next_due": iso(next_due(r, contacts, as_of)),
            "notice": r.notice, "note": r.note, "still_allowed": still_allowed(cat, r, "ja")}


def listed(items, as_of: date):
    """What stood on as_of: a restriction that starts later is not listed."""
    from penaltytracker.core.restrictions import UPCOMING

    return [(r, c) for r, c in items if r.state(as_of) != UPCOMING]


def _span(r, as_of: date, lang: str) -> str:
    t = _t(lang)
    left = r.days_left(as_of)
    if r.state(as_of) != "active":
        return t["over"]
    return t["so_far"].format(n=r.days_so_far(as_of)) if left is None else t["left"].format(n=left)


def restriction_list(ctx: Context, args) -> int:
    from penaltytracker.core.restrictions import next_due
    from penaltytracker.store.restrictions import catalogue, restrictions_with_logs

    as_of = args.as_of or ctx.today()
    items = listed(ctx.guard(restrictions_with_logs, ctx.store(), args.shop), as_of)
    cat = catalogue()
    if args.json:
        json.dump([restriction_json(r, c, as_of, cat) for r, c in items], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    t = _t(ctx.lang)
    if not items:
        print(t["empty"])
        return 0
    print("\t".join(t["cols"]))
    for r, contacts in items:
        due = next_due(r, contacts, as_of)
        print("\t".join([
            str(r.id), r.shop, cat.kind_label(r.kind, ctx.lang), cat.cause_label(r.cause, ctx.lang, r.marketplace),
            r.start.isoformat(), r.end.isoformat() if r.end else t["open"], _span(r, as_of, ctx.lang),
            t["states"][r.state(as_of)],
            (due.isoformat() + (t["overdue"] if due < as_of else "")) if due else t["none"],
        ]))
    return 0


def restriction_show(ctx: Context, args) -> int:
    from penaltytracker.core.restrictions import appeal_by, next_due, still_allowed
    from penaltytracker.store.restrictions import catalogue, get_restriction, list_contacts, list_trades

    as_of = args.as_of or ctx.today()
    store, cat, t, lang = ctx.store(), catalogue(), _t(ctx.lang), ctx.lang
    r = ctx.guard(get_restriction, store, args.id)
    contacts = ctx.guard(list_contacts, store, r.id)
    print(f"{r.id}\t{r.shop}（{cat.marketplace_label(r.marketplace, lang)}）\t{cat.kind_label(r.kind, lang)}"
          f"\t{cat.cause_label(r.cause, lang, r.marketplace)}")
    print(f"{r.start.isoformat()} 〜 {r.end.isoformat() if r.end else t['open']}\t{t['states'][r.state(as_of)]}"
          f"\t{_span(r, as_of, lang)}")
    print(f"{t['allowed']}: {still_allowed(cat, r, lang)}")
    appeal = appeal_by(cat, r)
    if appeal and r.is_active(as_of):
        print(f"{t['appeal']}: {appeal.isoformat()}")
    due = next_due(r, contacts, as_of)
    print(f"{t['due']}: {due.isoformat() if due else t['none']}")
    if contacts:
        print(f"{t['contacts']}:")
        for c in contacts:
            extra = f"\t→ {c.due.isoformat()}" if c.due else ""
            print(f"  {c.id}\t{c.on.isoformat()}\t{c.channel}\t{t[c.direction]}\t{c.summary}{extra}"
                  + (f"\t[{', '.join(c.attachments)}]" if c.attachments else ""))
    trades = ctx.guard(list_trades, store, r.id)
    if trades:
        print(f"{t['trades']}:")
        for tr in trades:
            print(f"  {tr.id}\t{tr.shipped_on.isoformat() if tr.shipped_on else ''}\t{tr.buyer}\t{tr.item}"
                  f"\t{'' if tr.price is None else f'¥{tr.price:,}'}")
    return 0


def restriction_lift(ctx: Context, args) -> int:
    from penaltytracker.store.restrictions import lift_restriction

    saved = ctx.guard(lift_restriction, ctx.store(), args.id, args.on)
    print(f"{saved.id}\tlifted\t{saved.lifted_on.isoformat()}")
    return 0


def restriction_resolve(ctx: Context, args) -> int:
    from penaltytracker.store.restrictions import resolve_restriction

    saved = ctx.guard(resolve_restriction, ctx.store(), args.id, args.on, args.outcome)
    print(f"{saved.id}\tresolved\t{saved.resolved_on.isoformat()}")
    return 0


def restriction_letter(ctx: Context, args) -> int:
    from penaltytracker.core.restrictions import letter
    from penaltytracker.messages import message
    from penaltytracker.reports.safe_write import atomic_write
    from penaltytracker.store.restrictions import catalogue, get_restriction, list_contacts

    store = ctx.store()
    r = ctx.guard(get_restriction, store, args.id)
    text = _core(ctx, letter, catalogue(), r, ctx.guard(list_contacts, store, r.id))
    if not args.out:
        sys.stdout.write(text)
        return 0
    ctx.guard(atomic_write, args.out, lambda fh: fh.write(text), text=True, encoding="utf-8")
    print(message("restriction.letter_written", ctx.lang, file=args.out))
    return 0


def trade_add(ctx: Context, args) -> int:
    from penaltytracker.core.restrictions import TradeRecord, buyer_notice
    from penaltytracker.store.restrictions import add_trade, catalogue, get_restriction

    store = ctx.store()
    tell = args.tell or buyer_notice(catalogue(), ctx.guard(get_restriction, store, args.restriction), ctx.lang)
    saved = ctx.guard(add_trade, store, TradeRecord(
        restriction_id=args.restriction, item=args.item, buyer=args.buyer, address=args.address, price=args.price,
        shipped_on=args.shipped, order=args.order, tell_buyer=tell))
    print(saved.id)
    return 0


def trade_done(ctx: Context, args) -> int:
    from dataclasses import replace

    from penaltytracker.store.restrictions import get_trade, update_trade

    store = ctx.store()
    saved = ctx.guard(update_trade, store, replace(ctx.guard(get_trade, store, args.id), done=True))
    print(f"{saved.id}\tdone")
    return 0


def trade_list(ctx: Context, args) -> int:
    from penaltytracker.core.restrictions import hidden_trade_text
    from penaltytracker.store.restrictions import catalogue, get_restriction, list_trades

    store = ctx.store()
    r = ctx.guard(get_restriction, store, args.restriction)
    trades = ctx.guard(list_trades, store, r.id)
    if args.json:
        json.dump([{"id": x.id, "item": x.item, "buyer": x.buyer, "address": x.address, "price": x.price,
                    "shipped_on": x.shipped_on.isoformat() if x.shipped_on else None, "order": x.order,
                    "tell_buyer": x.tell_buyer, "done": x.done, "support_text": hidden_trade_text(catalogue(), r, x)}
                   for x in trades], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for x in trades:
        print(f"{x.id}\t{x.shipped_on.isoformat() if x.shipped_on else ''}\t{x.buyer}\t{x.item}"
              f"\t{'' if x.price is None else f'¥{x.price:,}'}\t{x.tell_buyer}")
    return 0


def contact_add(ctx: Context, args) -> int:
    from penaltytracker.core.restrictions import RECEIVED, SENT, ContactEntry
    from penaltytracker.store.restrictions import add_contact

    entry = ContactEntry(restriction_id=args.restriction, on=args.on, channel=args.channel,
                         direction=RECEIVED if args.received else SENT, summary=args.summary, due=args.due)
    saved = ctx.guard(add_contact, ctx.store(), entry, args.attach)
    print(saved.id)
    return 0


def contact_list(ctx: Context, args) -> int:
    from penaltytracker.store.restrictions import list_contacts

    contacts = ctx.guard(list_contacts, ctx.store(), args.restriction)
    if args.json:
        json.dump([{"id": c.id, "on": c.on.isoformat(), "channel": c.channel, "direction": c.direction,
                    "summary": c.summary, "due": c.due.isoformat() if c.due else None, "closed": c.closed,
                    "attachments": list(c.attachments)} for c in contacts], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    t = _t(ctx.lang)
    for c in contacts:
        print("\t".join([str(c.id), c.on.isoformat(), c.channel, t[c.direction], c.summary,
                         c.due.isoformat() if c.due else "", ", ".join(c.attachments)]))
    return 0


def contact_done(ctx: Context, args) -> int:
    from penaltytracker.store.restrictions import set_contact_closed

    saved = ctx.guard(set_contact_closed, ctx.store(), args.id, True)
    print(f"{saved.id}\tdone")
    return 0


def export_restrictions(ctx: Context, args) -> int:
    from penaltytracker.messages import message
    from penaltytracker.reports.restrictions_csv import write_restrictions
    from penaltytracker.store.restrictions import restrictions_with_logs, trades_of

    items = ctx.guard(restrictions_with_logs, ctx.store(), args.shop)
    trades = ctx.guard(trades_of, ctx.store(), [r.id for r, _c in items])
    n, k = ctx.guard(write_restrictions, args.file, items, args.as_of or ctx.today(), trades)
    print(message("restriction.exported", ctx.lang, n=n, k=k, file=args.file))
    return 0


# --- for other commands: shops, status ------------------------------------------------------

def shop_lines(ctx: Context, as_json: bool) -> None:
    """`shop list --long / --json`: each shop with its marketplace."""
    from penaltytracker.store.restrictions import catalogue, shop_marketplaces

    found = ctx.guard(shop_marketplaces, ctx.store())
    names = sorted(found)
    if as_json:
        json.dump([{"name": n, "marketplace": found[n]} for n in names], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return
    cat = catalogue()
    for n in names:
        print(f"{n}\t{found[n]}\t{cat.marketplace_label(found[n], ctx.lang)}")


def shop_set_marketplace(ctx: Context, args) -> int:
    from penaltytracker.store.restrictions import set_shop_marketplace

    key = ctx.guard(set_shop_marketplace, ctx.store(), args.name, args.marketplace)
    print(f"{args.name}\t{key}")
    return 0


def status_restrictions(ctx: Context, shop: str, as_of: date) -> tuple[bool, list[str]]:
    """For `status` (text): whether the shop is under the points system, and a line per
    restriction in force (with its next due date)."""
    from penaltytracker.messages import message
    from penaltytracker.core import marketplaces

    reader, cat, t, lang = ctx.reader(), marketplaces.load(), _t(ctx.lang), ctx.lang
    market = ctx.guard(reader.marketplace, shop)
    lines = []
    active = [(r, c) for r, c in ctx.guard(reader.restrictions_with_logs, shop) if r.is_active(as_of)]
    if active:
        from penaltytracker.core.restrictions import next_due

        lines.append(f"{t['heading']}:")
        for r, contacts in active:
            left = r.days_left(as_of)
            span = (t["span_open"].format(start=r.start.isoformat(), n=r.days_so_far(as_of)) if left is None
                    else t["span_fixed"].format(start=r.start.isoformat(), end=r.end.isoformat(), left=left))
            due = next_due(r, contacts, as_of)
            lines.append(t["status_line"].format(kind=cat.kind_label(r.kind, lang),
                                                 market=cat.marketplace_label(r.marketplace, lang),
                                                 cause=cat.cause_label(r.cause, lang, r.marketplace), span=span,
                                                 due=due.isoformat() if due else t["none"]))
    points = cat.marketplace(market).points
    if not points:
        lines.insert(0, message("marketplace.no_points", lang, shop=shop, marketplace=cat.marketplace_label(market, lang)))
    return points, lines


__all__ = ["register", "restriction_json", "shop_lines", "shop_set_marketplace", "status_restrictions"]
