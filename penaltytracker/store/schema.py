"""The store's tables (SQLAlchemy 2.x typed ORM). Changes go through Alembic migrations."""

from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class Shop(Base):
    __tablename__ = "shops"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    marketplace: Mapped[str] = mapped_column(String(20), default="rakuten", server_default="rakuten")  # migration 0007

    violations: Mapped[list["Violation"]] = relationship(back_populates="shop", passive_deletes=True)


class Violation(Base):
    __tablename__ = "violations"
    __table_args__ = (
        CheckConstraint("points >= 0", name="ck_violations_points_not_negative"),
        CheckConstraint("status IN ('active', 'withdrawn')", name="ck_violations_status"),
        # Status reads one shop's year: (shop, 加点日) answers it from the index.
        Index("ix_violations_shop_points_date", "shop_id", "points_date"),
        # The log's default order across all shops, newest first (migration 0004).
        Index("ix_violations_points_date", "points_date"),
        # One notice, one violation: a 管理番号 is unique per shop (migration 0005).
        Index("uq_violations_shop_reference", "shop_id", "reference", unique=True,
              sqlite_where=text("reference <> ''"), postgresql_where=text("reference <> ''")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id", ondelete="RESTRICT"))
    points_date: Mapped[date] = mapped_column(Date)  # 加点日
    occurred_on: Mapped[date | None] = mapped_column(Date)  # 発生日
    category: Mapped[str] = mapped_column(String(100), default="")
    points: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(500), default="")
    details: Mapped[str] = mapped_column(Text, default="")
    reference: Mapped[str] = mapped_column(String(200), default="")  # Rakuten's notice reference
    status: Mapped[str] = mapped_column(String(20), default="active")
    corrective_action: Mapped[str] = mapped_column(Text, default="")
    # The day a withdrawal took effect (None on a withdrawn violation: from its 加点日).
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    # Optimistic locking: an edit saved from a stale copy is refused, not silently lost.
    version: Mapped[int] = mapped_column(Integer, default=1)

    shop: Mapped[Shop] = relationship(back_populates="violations")

    __mapper_args__ = {"version_id_col": version}


class Shipment(Base):
    __tablename__ = "shipments"
    __table_args__ = (
        UniqueConstraint("shop_id", "order_id", name="uq_shipments_shop_order"),
        Index("ix_shipments_shop_promised", "shop_id", "promised_ship_date"),
        # The delay log's default order across all shops, newest first (migration 0004).
        Index("ix_shipments_promised", "promised_ship_date"),
        Index("ix_shipments_shop_delivered", "shop_id", "delivered_on"),  # the 6-day ratio (migration 0006)
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id", ondelete="RESTRICT"))
    order_id: Mapped[str] = mapped_column(String(100))  # 受注番号
    ordered_on: Mapped[date | None] = mapped_column(Date)  # 注文日
    promised_ship_date: Mapped[date] = mapped_column(Date)  # 出荷予定日
    shipped_on: Mapped[date | None] = mapped_column(Date)  # 出荷日 (None: not shipped yet)
    carrier: Mapped[str] = mapped_column(String(100), default="")
    cause: Mapped[str] = mapped_column(String(100), default="")
    customer_contacted: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    delivered_on: Mapped[date | None] = mapped_column(Date)  # お届け日 (migration 0006)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)  # キャンセル (migration 0006)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class WeeklyReview(Base):
    """An operator's "review done" mark for the weekly check."""

    __tablename__ = "weekly_reviews"
    __table_args__ = (Index("ix_weekly_reviews_shop_on", "shop_id", "reviewed_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id", ondelete="RESTRICT"))
    reviewed_on: Mapped[date] = mapped_column(Date)
    reviewed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    reviewer: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class AuditEntry(Base):
    """Who changed what and when. Written by the store, never edited from the app."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    os_user: Mapped[str] = mapped_column(String(200), default="")
    entity: Mapped[str] = mapped_column(String(50))  # "violation", "shipment", ...
    entity_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(20))  # create/edit/withdraw/restore/delete/import
    changes: Mapped[str] = mapped_column(Text, default="{}")  # JSON: {field: [old, new]}


# --- what Rakuten's notices say (migration 0005) ---------------------------------------

class SanctionNoticeRow(Base):
    """One sanction as a notice states it; replaces the expected window."""

    __tablename__ = "sanction_notices"
    __table_args__ = (UniqueConstraint("shop_id", "year", "level", "kind", name="uq_sanction_notices"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id", ondelete="RESTRICT"))
    year: Mapped[int] = mapped_column(Integer)
    level: Mapped[str] = mapped_column(String(5))
    kind: Mapped[str] = mapped_column(String(50))
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class LevelNoticeRow(Base):
    """A level's notice: the fee billed, the training course, level V's outcome."""

    __tablename__ = "level_notices"
    __table_args__ = (UniqueConstraint("shop_id", "year", "level", name="uq_level_notices"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id", ondelete="RESTRICT"))
    year: Mapped[int] = mapped_column(Integer)
    level: Mapped[str] = mapped_column(String(5))
    fee_yen: Mapped[int | None] = mapped_column(Integer)
    fee_billed_on: Mapped[date | None] = mapped_column(Date)
    fee_paid_on: Mapped[date | None] = mapped_column(Date)
    training_due_on: Mapped[date | None] = mapped_column(Date)
    training_done_on: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(String(20), default="")
    contract_end_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class AppealRow(Base):
    """An appeal (異議申立) against one violation."""

    __tablename__ = "appeals"
    __table_args__ = (
        CheckConstraint("outcome IN ('pending', 'accepted', 'rejected')", name="ck_appeals_outcome"),
        Index("ix_appeals_violation", "violation_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    violation_id: Mapped[int] = mapped_column(ForeignKey("violations.id", ondelete="CASCADE"))
    filed_on: Mapped[date] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(String(20), default="pending")
    decided_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
# --- restrictions and account freezes on any marketplace (migration 0007) ---------------

class Restriction(Base):
    """A restriction on a shop: what is blocked, why, from when, for how long, and the case."""

    __tablename__ = "restrictions"
    __table_args__ = (
        CheckConstraint("days IS NULL OR days >= 1", name="ck_restrictions_days"),
        Index("ix_restrictions_shop_start", "shop_id", "start"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id", ondelete="RESTRICT"))
    kind: Mapped[str] = mapped_column(String(30))
    cause: Mapped[str] = mapped_column(String(40), default="unknown")
    start: Mapped[date] = mapped_column(Date)
    days: Mapped[int | None] = mapped_column(Integer)  # None: until further notice
    notice: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    account: Mapped[str] = mapped_column(String(200), default="")
    what_happened: Mapped[str] = mapped_column(Text, default="")
    fixed: Mapped[str] = mapped_column(Text, default="")
    prevention: Mapped[str] = mapped_column(Text, default="")
    request: Mapped[str] = mapped_column(Text, default="")
    lifted_on: Mapped[date | None] = mapped_column(Date)
    resolved_on: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class RestrictionContact(Base):
    """One exchange with the marketplace about a restriction (the case log)."""

    __tablename__ = "restriction_contacts"
    __table_args__ = (Index("ix_restriction_contacts_restriction", "restriction_id", "on_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    restriction_id: Mapped[int] = mapped_column(ForeignKey("restrictions.id", ondelete="CASCADE"))
    on_date: Mapped[date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(20))
    direction: Mapped[str] = mapped_column(String(20))
    summary: Mapped[str] = mapped_column(Text, default="")
    due: Mapped[date | None] = mapped_column(Date)
    closed: Mapped[bool] = mapped_column(Boolean, default=False)
    attachments: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of names in the data folder
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class RestrictionTrade(Base):
    """An open trade that needs care while a restriction lasts."""

    __tablename__ = "restriction_trades"
    __table_args__ = (Index("ix_restriction_trades_restriction", "restriction_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    restriction_id: Mapped[int] = mapped_column(ForeignKey("restrictions.id", ondelete="CASCADE"))
    item: Mapped[str] = mapped_column(String(500), default="")
    buyer: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    price: Mapped[int | None] = mapped_column(Integer)
    shipped_on: Mapped[date | None] = mapped_column(Date)
    order_ref: Mapped[str] = mapped_column(String(200), default="")
    tell_buyer: Mapped[str] = mapped_column(Text, default="")
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")


# --- incidents and suspicious orders (issue 17, migration 0008) -----------------------------

class Incident(Base):
    """A trouble (wrong item, defect, …) with its triage: times are Japan time, naive."""

    __tablename__ = "incidents"
    __table_args__ = (Index("ix_incidents_shop_opened", "shop_id", "opened_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id", ondelete="RESTRICT"))
    opened_at: Mapped[datetime] = mapped_column(DateTime)
    category: Mapped[str] = mapped_column(String(40))
    summary: Mapped[str] = mapped_column(Text, default="")
    affected: Mapped[str] = mapped_column(Text, default="")  # the items or the lot
    branch: Mapped[str] = mapped_column(String(20), default="")
    stopped_at: Mapped[datetime | None] = mapped_column(DateTime)
    resumed_at: Mapped[datetime | None] = mapped_column(DateTime)
    resume_reason: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[date | None] = mapped_column(Date)
    close_note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class IncidentStep(Base):
    __tablename__ = "incident_steps"
    __table_args__ = (UniqueConstraint("incident_id", "step", name="uq_incident_steps_step"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"))
    step: Mapped[str] = mapped_column(String(60))
    done_at: Mapped[datetime] = mapped_column(DateTime)


class IncidentContact(Base):
    __tablename__ = "incident_contacts"
    __table_args__ = (Index("ix_incident_contacts_incident", "incident_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(DateTime)
    party: Mapped[str] = mapped_column(String(20))
    channel: Mapped[str] = mapped_column(String(100), default="")
    direction: Mapped[str] = mapped_column(String(10), default="out")
    summary: Mapped[str] = mapped_column(Text, default="")


class IncidentLink(Base):
    """What an incident caused: a violation or a late shipment (their ids; no foreign key,
    so deleting a violation never fails on a link, and the link then names a gone id)."""

    __tablename__ = "incident_links"
    __table_args__ = (UniqueConstraint("incident_id", "kind", "target_id", name="uq_incident_links_target"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    target_id: Mapped[int] = mapped_column(Integer)


class OrderEventRow(Base):
    """Something that happened to one order (a cancel, a refusal, …): the suspicious-order log."""

    __tablename__ = "order_events"
    __table_args__ = (
        UniqueConstraint("shop_id", "order_id", "event", "occurred_at", name="uq_order_events_key"),
        Index("ix_order_events_shop_at", "shop_id", "occurred_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id", ondelete="RESTRICT"))
    order_id: Mapped[str] = mapped_column(String(100))
    occurred_at: Mapped[datetime] = mapped_column(DateTime)  # Japan time
    event: Mapped[str] = mapped_column(String(30))
    buyer: Mapped[str] = mapped_column(String(200), default="")
    item: Mapped[str] = mapped_column(String(500), default="")
    asin: Mapped[str] = mapped_column(String(40), default="")
    sku: Mapped[str] = mapped_column(String(100), default="")
    payment: Mapped[str] = mapped_column(String(30), default="")
    cancelled_by: Mapped[str] = mapped_column(String(20), default="")
    subtotal: Mapped[int | None] = mapped_column(Integer)
    shipping_cost: Mapped[int | None] = mapped_column(Integer)
    days_tied_up: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(100), default="")
    reason: Mapped[str] = mapped_column(String(500), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class AbuseReport(Base):
    """A report of abusive orders made to a marketplace: when, how, its case number, the reply."""

    __tablename__ = "abuse_reports"
    __table_args__ = (Index("ix_abuse_reports_shop_on", "shop_id", "made_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id", ondelete="RESTRICT"))
    made_on: Mapped[date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(100), default="")
    case_number: Mapped[str] = mapped_column(String(100), default="")
    reply: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(20), default="")  # buyer / item / selection
    subject: Mapped[str] = mapped_column(String(500), default="")  # the buyer or item reported
    orders: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of the order IDs
    text: Mapped[str] = mapped_column(Text, default="")  # the evidence text as sent
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
