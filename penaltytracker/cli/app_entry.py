"""No command given: start the desktop app."""

from __future__ import annotations

from penaltytracker.cli.context import BadInput, Context


def start_app(ctx: Context, smoke: bool = False, minimized: bool = False) -> int:
    try:
        from penaltytracker.ui.app import run_app
    except ImportError as exc:
        raise BadInput(f"the desktop app cannot start: {exc}") from None
    return run_app(ctx, smoke=smoke, minimized=minimized)
