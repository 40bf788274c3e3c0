"""What a year's recorded notices add to a status, as lines of text (CLI and PDF)."""

from __future__ import annotations

from penaltytracker.core.status import ShopStatus
from penaltytracker.messages import message


def notice_lines(s: ShopStatus, lang: str = "ja") -> list[str]:
    """What this year's notices add: fees billed and paid, training due, level V's outcome."""
    lines = []
    for n in sorted(s.notices.levels, key=lambda n: n.level):
        if n.fee_yen is not None:
            paid = message("status.fee_paid", lang, on=n.fee_paid_on.isoformat()) if n.fee_paid_on and \
                n.fee_paid_on <= s.as_of else message("status.fee_unpaid", lang)
            lines.append(message("status.fee_billed", lang, level=n.level, fee=f"¥{n.fee_yen:,}", paid=paid))
        if n.training_due_on and not (n.training_done_on and n.training_done_on <= s.as_of):
            lines.append(message("status.training_due", lang, level=n.level, due=n.training_due_on.isoformat()))
        if n.outcome == "terminate" and n.contract_end_on:
            lines.append(message("status.contract_ends", lang, on=n.contract_end_on.isoformat()))
        elif n.outcome == "continue":
            lines.append(message("status.shop_continues", lang))
    return lines
