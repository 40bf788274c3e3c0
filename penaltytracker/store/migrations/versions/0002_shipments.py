"""Shipments, for the on-time rate and the delay log.

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "shipments",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("shop_id", sa.Integer, sa.ForeignKey("shops.id", ondelete="RESTRICT"), nullable=False),
        sa.Column("order_id", sa.String(100), nullable=False),
        sa.Column("ordered_on", sa.Date, nullable=True),
        sa.Column("promised_ship_date", sa.Date, nullable=False),
        sa.Column("shipped_on", sa.Date, nullable=True),
        sa.Column("carrier", sa.String(100), nullable=False),
        sa.Column("cause", sa.String(100), nullable=False),
        sa.Column("customer_contacted", sa.Boolean, nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.UniqueConstraint("shop_id", "order_id", name="uq_shipments_shop_order"),
    )
    op.create_index("ix_shipments_shop_promised", "shipments", ["shop_id", "promised_ship_date"])


def downgrade() -> None:
    op.drop_index("ix_shipments_shop_promised", table_name="shipments")
    op.drop_table("shipments")
