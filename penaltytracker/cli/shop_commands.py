"""shop rename / merge / remove: each one transaction, written to the audit log."""

from __future__ import annotations

from penaltytracker.cli.context import Context


def register(shop) -> None:
    """`shop` is the shop command's subparsers (commands.register makes it)."""
    from penaltytracker.cli.parser import h

    p = shop.add_parser("rename", help=h("shop_rename"))
    p.add_argument("old")
    p.add_argument("new")
    p.set_defaults(handler=shop_rename)
    p = shop.add_parser("merge", help=h("shop_merge"))
    p.add_argument("source", metavar="FROM")
    p.add_argument("into", metavar="INTO")
    p.set_defaults(handler=shop_merge)
    p = shop.add_parser("remove", help=h("shop_remove"))
    p.add_argument("name")
    p.set_defaults(handler=shop_remove)


def _moved_text(moved: dict[str, int], lang: str) -> str:
    from penaltytracker.messages import message
    from penaltytracker.store.shops import records_text

    parts = [m.text(lang) for m in records_text(moved)]
    return ("、" if lang == "ja" else ", ").join(parts) or message("shop.nothing_moved", lang)


def shop_rename(ctx: Context, args) -> int:
    from penaltytracker.core.names import shown_name
    from penaltytracker.messages import message
    from penaltytracker.store.shops import rename_shop

    stored = ctx.guard(rename_shop, ctx.store(), args.old, args.new)
    print(message("shop.renamed", ctx.lang, shop=shown_name(args.old), new=stored))
    return 0


def shop_merge(ctx: Context, args) -> int:
    from penaltytracker.core.names import shown_name
    from penaltytracker.messages import message
    from penaltytracker.store.shops import merge_shops

    moved = ctx.guard(merge_shops, ctx.store(), args.source, args.into)
    print(message("shop.merged", ctx.lang, shop=shown_name(args.source), into=shown_name(args.into),
                  moved=_moved_text(moved, ctx.lang)))
    return 0


def shop_remove(ctx: Context, args) -> int:
    from penaltytracker.core.names import shown_name
    from penaltytracker.messages import message
    from penaltytracker.store.shops import remove_shop

    ctx.guard(remove_shop, ctx.store(), args.name)
    print(message("shop.removed", ctx.lang, shop=shown_name(args.name)))
    return 0
