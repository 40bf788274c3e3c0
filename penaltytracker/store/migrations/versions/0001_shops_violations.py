"""Shops and violations.

Revision ID: 0001
Revises:
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "shops",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "violations",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("shop_id", sa.Integer, sa.ForeignKey("shops.id", ondelete="RESTRICT"), nullable=False),
        sa.Column("points_date", sa.Date, nullable=False),
        sa.Column("occurred_on", sa.Date, nullable=True),
        sa.Column("category", sa.String(100), nullable=False),
        sa.Column("points", sa.Integer, nullable=False),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("details", sa.Text, nullable=False),
        sa.Column("reference", sa.String(200), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("corrective_action", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.CheckConstraint("points >= 0", name="ck_violations_points_not_negative"),
        sa.CheckConstraint("status IN ('active', 'withdrawn')", name="ck_violations_status"),
    )
    op.create_index("ix_violations_shop_points_date", "violations", ["shop_id", "points_date"])


def downgrade() -> None:
    op.drop_index("ix_violations_shop_points_date", table_name="violations")
    op.drop_table("violations")
    op.drop_table("shops")
