"""Shops on any marketplace; restrictions, their case log and their open trades.

Every existing shop is a Rakuten Ichiba shop (the only marketplace before this).

Revision ID: 0007
Revises: 0006
"""
import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("shops", sa.Column("marketplace", sa.String(20), nullable=False, server_default="rakuten"))
    op.create_table(
        "restrictions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("shop_id", sa.Integer, sa.ForeignKey("shops.id", ondelete="RESTRICT"), nullable=False),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("cause", sa.String(40), nullable=False),
        sa.Column("start", sa.Date, nullable=False),
        sa.Column("days", sa.Integer, nullable=True),
        sa.Column("notice", sa.Text, nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("account", sa.String(200), nullable=False),
        sa.Column("what_happened", sa.Text, nullable=False),
        sa.Column("fixed", sa.Text, nullable=False),
        sa.Column("prevention", sa.Text, nullable=False),
        sa.Column("request", sa.Text, nullable=False),
        sa.Column("lifted_on", sa.Date, nullable=True),
        sa.Column("resolved_on", sa.Date, nullable=True),
        sa.Column("outcome", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.CheckConstraint("days IS NULL OR days >= 1", name="ck_restrictions_days"),
    )
    op.create_index("ix_restrictions_shop_start", "restrictions", ["shop_id", "start"])
    op.create_table(
        "restriction_contacts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("restriction_id", sa.Integer, sa.ForeignKey("restrictions.id", ondelete="CASCADE"), nullable=False),
        sa.Column("on_date", sa.Date, nullable=False),
        sa.Column("channel", sa.String(20), nullable=False),
        sa.Column("direction", sa.String(20), nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("due", sa.Date, nullable=True),
        sa.Column("closed", sa.Boolean, nullable=False),
        sa.Column("attachments", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_restriction_contacts_restriction", "restriction_contacts", ["restriction_id", "on_date"])
    op.create_table(
        "restriction_trades",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("restriction_id", sa.Integer, sa.ForeignKey("restrictions.id", ondelete="CASCADE"), nullable=False),
        sa.Column("item", sa.String(500), nullable=False),
        sa.Column("buyer", sa.String(200), nullable=False),
        sa.Column("address", sa.Text, nullable=False),
        sa.Column("price", sa.Integer, nullable=True),
        sa.Column("shipped_on", sa.Date, nullable=True),
        sa.Column("order_ref", sa.String(200), nullable=False),
        sa.Column("tell_buyer", sa.Text, nullable=False),
        sa.Column("done", sa.Boolean, nullable=False),
        sa.Column("note", sa.Text, nullable=False),
    )
    op.create_index("ix_restriction_trades_restriction", "restriction_trades", ["restriction_id"])


def downgrade() -> None:
    op.drop_index("ix_restriction_trades_restriction", table_name="restriction_trades")
    op.drop_table("restriction_trades")
    op.drop_index("ix_restriction_contacts_restriction", table_name="restriction_contacts")
    op.drop_table("restriction_contacts")
    op.drop_index("ix_restrictions_shop_start", table_name="restrictions")
    op.drop_table("restrictions")
    with op.batch_alter_table("shops") as batch:
        batch.drop_column("marketplace")
