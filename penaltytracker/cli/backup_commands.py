"""Backups from the command line: `penaltytracker backup [--out FILE] [--list]`, `penaltytracker restore FILE`."""

from __future__ import annotations

from pathlib import Path

from penaltytracker.cli.context import BadInput, Context


def register(sub, import_sub, export_sub) -> None:
    p = sub.add_parser("backup", help="copy the store into the backups folder (the last 14 are kept) or to a file")
    p.add_argument("--out", metavar="FILE", help="write the copy to FILE instead of the backups folder")
    p.add_argument("--list", action="store_true", help="list the copies in the backups folder, newest first")
    p.set_defaults(handler=backup)
    p = sub.add_parser("restore", help="replace the store by a backup (checked first; the current store is kept "
                       "as a backup)")
    p.add_argument("file", help="a backup file, or the name of one in the backups folder (see backup --list)")
    p.set_defaults(handler=restore)


def _sqlite_store_path(ctx: Context) -> Path:
    """The store file these commands work on, without opening it (it may be the damaged one)."""
    from sqlalchemy.engine import make_url

    from penaltytracker import settings
    from penaltytracker.store.engine import describe, to_url

    url = to_url(settings.store_target(ctx.db))
    parsed = make_url(url)
    if not parsed.drivername.startswith("sqlite") or not parsed.database:
        raise BadInput(_t(ctx, f"ストア {describe(url)} はデータベースサーバー上にあります。サーバー側でバックアップしてください"
                               "（PostgreSQL なら pg_dump）",
                          f"the store {describe(url)} is on a database server: back it up on the server "
                          "(for PostgreSQL, pg_dump), not with PenaltyTracker"))
    return Path(parsed.database)


def _t(ctx: Context, ja: str, en: str) -> str:
    return ja if ctx.lang == "ja" else en


def backup(ctx: Context, args) -> int:
    from penaltytracker.store.backup import backup_store, backups_dir, list_backups

    path = _sqlite_store_path(ctx)
    if args.list:
        found = list_backups()
        if not found:
            print(_t(ctx, f"バックアップはありません（{backups_dir()}）", f"no backups in {backups_dir()}"))
        for info in found:
            mark = "*" if info.belongs_to(path) else " "
            print(f"{mark} {info.taken_at:%Y-%m-%d %H:%M:%S}\t{info.size}\t{info.reason}\t{info.path.name}")
        return 0
    made = ctx.guard(backup_store, path, args.out, reason="manual")
    print(_t(ctx, f"バックアップしました: {made}", f"backed up {path} to {made}"))
    return 0


def restore(ctx: Context, args) -> int:
    from penaltytracker.store.backup import backups_dir, restore_backup

    path = _sqlite_store_path(ctx)
    source = Path(args.file).expanduser()
    if not source.exists() and not source.is_absolute() and (backups_dir() / source).is_file():
        source = backups_dir() / source  # a name from `backup --list`
    kept = ctx.guard(restore_backup, path, source)
    print(_t(ctx, f"{source} から {path} を復元しました。", f"restored {path} from {source}."))
    if kept:
        print(_t(ctx, f"復元前のストアは {kept} に保存してあります。", f"the store as it was before is kept in {kept}"))
    return 0


__all__ = ["register"]
