"""Incidents (trouble triage) and the suspicious-order log (issue 17).

New tables only: incidents with their ticked steps, contacts and links to violations
or shipments; order events; reports of abusive orders made to a marketplace.
Nothing existing changes, so a store at 0004 is carried forward as it is.

Revision ID: 0008
Revises: 0007
"""
import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "incidents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("shop_id", sa.Integer, sa.ForeignKey("shops.id", ondelete="RESTRICT"), nullable=False),
        sa.Column("opened_at", sa.DateTime, nullable=False),
        sa.Column("category", sa.String(40), nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("affected", sa.Text, nullable=False),
        sa.Column("branch", sa.String(20), nullable=False),
        sa.Column("stopped_at", sa.DateTime, nullable=True),
        sa.Column("resumed_at", sa.DateTime, nullable=True),
        sa.Column("resume_reason", sa.Text, nullable=False),
        sa.Column("closed_on", sa.Date, nullable=True),
        sa.Column("close_note", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
    )
    op.create_index("ix_incidents_shop_opened", "incidents", ["shop_id", "opened_at"])
    op.create_table(
        "incident_steps",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("incident_id", sa.Integer, sa.ForeignKey("incidents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("step", sa.String(60), nullable=False),
        sa.Column("done_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("incident_id", "step", name="uq_incident_steps_step"),
    )
    op.create_table(
        "incident_contacts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("incident_id", sa.Integer, sa.ForeignKey("incidents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("party", sa.String(20), nullable=False),
        sa.Column("channel", sa.String(100), nullable=False),
        sa.Column("direction", sa.String(10), nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
    )
    op.create_index("ix_incident_contacts_incident", "incident_contacts", ["incident_id", "at"])
    op.create_table(
        "incident_links",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("incident_id", sa.Integer, sa.ForeignKey("incidents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("target_id", sa.Integer, nullable=False),
        sa.UniqueConstraint("incident_id", "kind", "target_id", name="uq_incident_links_target"),
    )
    op.create_table(
        "order_events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("shop_id", sa.Integer, sa.ForeignKey("shops.id", ondelete="RESTRICT"), nullable=False),
        sa.Column("order_id", sa.String(100), nullable=False),
        sa.Column("occurred_at", sa.DateTime, nullable=False),
        sa.Column("event", sa.String(30), nullable=False),
        sa.Column("buyer", sa.String(200), nullable=False),
        sa.Column("item", sa.String(500), nullable=False),
        sa.Column("asin", sa.String(40), nullable=False),
        sa.Column("sku", sa.String(100), nullable=False),
        sa.Column("payment", sa.String(30), nullable=False),
        sa.Column("cancelled_by", sa.String(20), nullable=False),
        sa.Column("subtotal", sa.Integer, nullable=True),
        sa.Column("shipping_cost", sa.Integer, nullable=True),
        sa.Column("days_tied_up", sa.Integer, nullable=True),
        sa.Column("status", sa.String(100), nullable=False),
        sa.Column("reason", sa.String(500), nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.UniqueConstraint("shop_id", "order_id", "event", "occurred_at", name="uq_order_events_key"),
    )
    op.create_index("ix_order_events_shop_at", "order_events", ["shop_id", "occurred_at"])
    op.create_table(
        "abuse_reports",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("shop_id", sa.Integer, sa.ForeignKey("shops.id", ondelete="RESTRICT"), nullable=False),
        sa.Column("made_on", sa.Date, nullable=False),
        sa.Column("channel", sa.String(100), nullable=False),
        sa.Column("case_number", sa.String(100), nullable=False),
        sa.Column("reply", sa.Text, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("subject", sa.String(500), nullable=False),
        sa.Column("orders", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_abuse_reports_shop_on", "abuse_reports", ["shop_id", "made_on"])


def downgrade() -> None:
    op.drop_index("ix_abuse_reports_shop_on", table_name="abuse_reports")
    op.drop_table("abuse_reports")
    op.drop_index("ix_order_events_shop_at", table_name="order_events")
    op.drop_table("order_events")
    op.drop_table("incident_links")
    op.drop_index("ix_incident_contacts_incident", table_name="incident_contacts")
    op.drop_table("incident_contacts")
    op.drop_table("incident_steps")
    op.drop_index("ix_incidents_shop_opened", table_name="incidents")
    op.drop_table("incidents")
