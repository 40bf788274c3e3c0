"""Backups from the command line: `penaltytracker backup [--out FILE] [--list]`, `penaltytracker restore FILE`."""

from __future__ import annotations

from pathlib import Path

from penaltytracker.cli.context import BadInput, Context
from penaltytracker.cli.parser import h
from penaltytracker.messages import Msg, message


def register(sub, import_sub, export_sub) -> None:
    p = sub.add_parser("backup", help=h("backup"))
    p.add_argument("--out", metavar="FILE", help=h("backup_out"))
    p.add_argument("--list", action="store_true", help=h("backup_list"))
    p.set_defaults(handler=backup)
    p = sub.add_parser("restore", help=h("restore"))
    p.add_argument("file", help=h("restore_file"))
    p.set_defaults(handler=restore)


# Why a copy was made (store/backup.py), as cli.backup_reason.* words it.
_REASONS = ("daily", "manual", "before_migration", "before_restore", "damaged")


def _sqlite_store_path(ctx: Context) -> Path:
    """The store file these commands work on, without opening it (it may be the damaged one)."""
    from sqlalchemy.engine import make_url

    from penaltytracker import settings
    from penaltytracker.store.engine import describe, to_url

    url = to_url(settings.store_target(ctx.db))
    parsed = make_url(url)
    if not parsed.drivername.startswith("sqlite") or not parsed.database:
        raise BadInput(Msg("backup.server_store", location=describe(url)))
    return Path(parsed.database)


def backup(ctx: Context, args) -> int:
    from penaltytracker.store.backup import backup_store, backups_dir, list_backups

    path = _sqlite_store_path(ctx)
    if args.list:
        found = list_backups()
        if not found:
            print(message("cli.no_backups", ctx.lang, folder=str(backups_dir())))
        for info in found:
            mark = "*" if info.belongs_to(path) else " "
            reason = info.reason.replace("-", "_")  # the key in the file name, worded for the reader
            reason = message(f"cli.backup_reason.{reason}", ctx.lang) if reason in _REASONS else info.reason
            print(f"{mark} {info.taken_at:%Y-%m-%d %H:%M:%S}\t{info.size}\t{reason}\t{info.path.name}")
        return 0
    made = ctx.guard(backup_store, path, args.out, reason="manual")
    print(message("cli.backed_up", ctx.lang, store=str(path), backup=str(made)))
    return 0


def restore(ctx: Context, args) -> int:
    from penaltytracker.store.backup import backups_dir, restore_backup

    path = _sqlite_store_path(ctx)
    source = Path(args.file).expanduser()
    if not source.exists() and not source.is_absolute() and (backups_dir() / source).is_file():
        source = backups_dir() / source  # a name from `backup --list`
    kept = ctx.guard(restore_backup, path, source)
    print(message("cli.restored", ctx.lang, store=str(path), backup=str(source)))
    if kept:
        print(message("cli.restore_kept", ctx.lang, kept=str(kept)))
    return 0


__all__ = ["register"]
