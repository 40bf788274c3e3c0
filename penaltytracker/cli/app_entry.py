"""No command given: start the desktop app."""

from __future__ import annotations

from penaltytracker.cli.context import BadInput, Context


def start_app(ctx: Context, smoke: bool = False, minimized: bool = False) -> int:
    # The store's modules (SQLAlchemy) before Qt: once PySide6 is loaded, its import hook
    # reads the source of every module imported after it (about 0.1 s for SQLAlchemy's).
    import penaltytracker.store.backup  # noqa: F401
    import penaltytracker.store.violations  # noqa: F401

    try:
        from penaltytracker.ui.app import run_app
    except ImportError as exc:
        from penaltytracker.messages import Msg

        raise BadInput(Msg("cli.app_cannot_start", detail=str(exc))) from None
    if not smoke:  # --smoke prints "ready" to its console
        from penaltytracker.autostart import release_console

        release_console()  # Windows: no console window beside the app's (a no-op elsewhere)
    return run_app(ctx, smoke=smoke, minimized=minimized)
