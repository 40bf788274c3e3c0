"""The operator's records as plain values, shared by every layer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

ACTIVE = "active"
WITHDRAWN = "withdrawn"
STATUSES = (ACTIVE, WITHDRAWN)


@dataclass(frozen=True)
class ViolationRecord:
    """One violation as Rakuten's notice states it."""

    shop: str
    points_date: date  # 加点日: decides the year the points count in
    points: int
    status: str = ACTIVE
    category: str = ""
    title: str = ""
    occurred_on: date | None = None  # 発生日
    reference: str = ""  # Rakuten's notice reference (管理番号)
    details: str = ""
    corrective_action: str = ""
    id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    version: int | None = None  # the stored row's version, for refusing stale edits

    @property
    def counts(self) -> bool:
        return self.status == ACTIVE
