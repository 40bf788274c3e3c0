"""No command given: start the desktop app."""

from __future__ import annotations

from penaltytracker.cli.context import BadInput, Context


def start_app(ctx: Context, smoke: bool = False, minimized: bool = False) -> int:
    try:
        from penaltytracker.ui.app import run_app
    except ImportError as exc:
        from penaltytracker.messages import Msg

        raise BadInput(Msg("cli.app_cannot_start", detail=str(exc))) from None
    return run_app(ctx, smoke=smoke, minimized=minimized)
