"""Shipments: cancelled orders and delivery dates (issue 13).

A cancelled order (注文ステータス キャンセル) is kept, marked cancelled, and no longer
counts as a shipment; the delivery date (お届け日) gives the 6-day delivery ratio
(6日以内お届け件数比率). Existing rows are not cancelled and have no delivery date.
The index serves the ratio's count of one shop's deliveries in a period.

Revision ID: 0006
Revises: 0005
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("shipments") as batch:
        batch.add_column(sa.Column("delivered_on", sa.Date, nullable=True))
        batch.add_column(sa.Column("cancelled", sa.Boolean, nullable=False, server_default=sa.false()))
    op.create_index("ix_shipments_shop_delivered", "shipments", ["shop_id", "delivered_on"])


def downgrade() -> None:
    op.drop_index("ix_shipments_shop_delivered", table_name="shipments")
    with op.batch_alter_table("shipments") as batch:
        batch.drop_column("cancelled")
        batch.drop_column("delivered_on")
