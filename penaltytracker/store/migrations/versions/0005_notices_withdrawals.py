"""Dated withdrawals, one violation per 管理番号, appeals, and what notices say.

- violations.withdrawn_on: the day a withdrawal took effect. Violations withdrawn before
  this revision keep no date: they count as withdrawn from their 加点日 (never counted),
  and their history says so (one audit row each).
- 管理番号 unique per shop. A store that already holds the same 管理番号 twice for a shop
  (an import run twice before this revision) keeps every row; the later copies lose the
  duplicated 管理番号, which their history keeps.
- sanction_notices, level_notices, appeals.

Revision ID: 0005
Revises: 0004
"""
import json

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("violations") as batch:
        batch.add_column(sa.Column("withdrawn_on", sa.Date, nullable=True))
    bind = op.get_bind()
    # The history of each old withdrawal says its date is unknown.
    bind.execute(sa.text(
        "INSERT INTO audit_log (at, os_user, entity, entity_id, action, changes) "
        "SELECT CURRENT_TIMESTAMP, '', 'violation', id, 'migrate', "
        "'{\"withdrawn_on\": [null, null], \"note\": \"withdrawal_date_unknown\"}' "
        "FROM violations WHERE status = 'withdrawn'"))
    # Later copies of a 管理番号 already recorded for the shop give it up (kept in history).
    dupes = bind.execute(sa.text(
        "SELECT v.id, v.reference, (SELECT MIN(f.id) FROM violations f WHERE f.shop_id = v.shop_id "
        "AND f.reference = v.reference) AS first_id FROM violations v WHERE v.reference <> '' AND v.id > "
        "(SELECT MIN(f.id) FROM violations f WHERE f.shop_id = v.shop_id AND f.reference = v.reference)")).all()
    for vid, ref, first in dupes:
        bind.execute(sa.text("UPDATE violations SET reference = '' WHERE id = :id"), {"id": vid})
        bind.execute(sa.text(
            "INSERT INTO audit_log (at, os_user, entity, entity_id, action, changes) "
            "VALUES (CURRENT_TIMESTAMP, '', 'violation', :id, 'migrate', :changes)"),
            {"id": vid, "changes": json.dumps({"reference": [ref, ""], "note": "duplicate_reference",
                                               "duplicate_of": first}, ensure_ascii=False)})
    op.create_index("uq_violations_shop_reference", "violations", ["shop_id", "reference"], unique=True,
                    sqlite_where=sa.text("reference <> ''"), postgresql_where=sa.text("reference <> ''"))
    op.create_table(
        "sanction_notices",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("shop_id", sa.Integer, sa.ForeignKey("shops.id", ondelete="RESTRICT"), nullable=False),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("level", sa.String(5), nullable=False),
        sa.Column("kind", sa.String(50), nullable=False),
        sa.Column("start", sa.Date, nullable=False),
        sa.Column("end", sa.Date, nullable=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("shop_id", "year", "level", "kind", name="uq_sanction_notices"),
    )
    op.create_table(
        "level_notices",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("shop_id", sa.Integer, sa.ForeignKey("shops.id", ondelete="RESTRICT"), nullable=False),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("level", sa.String(5), nullable=False),
        sa.Column("fee_yen", sa.Integer, nullable=True),
        sa.Column("fee_billed_on", sa.Date, nullable=True),
        sa.Column("fee_paid_on", sa.Date, nullable=True),
        sa.Column("training_due_on", sa.Date, nullable=True),
        sa.Column("training_done_on", sa.Date, nullable=True),
        sa.Column("outcome", sa.String(20), nullable=False),
        sa.Column("contract_end_on", sa.Date, nullable=True),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("shop_id", "year", "level", name="uq_level_notices"),
    )
    op.create_table(
        "appeals",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("violation_id", sa.Integer, sa.ForeignKey("violations.id", ondelete="CASCADE"), nullable=False),
        sa.Column("filed_on", sa.Date, nullable=False),
        sa.Column("outcome", sa.String(20), nullable=False),
        sa.Column("decided_on", sa.Date, nullable=True),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.CheckConstraint("outcome IN ('pending', 'accepted', 'rejected')", name="ck_appeals_outcome"),
    )
    op.create_index("ix_appeals_violation", "appeals", ["violation_id"])


def downgrade() -> None:
    op.drop_index("ix_appeals_violation", table_name="appeals")
    op.drop_table("appeals")
    op.drop_table("level_notices")
    op.drop_table("sanction_notices")
    op.drop_index("uq_violations_shop_reference", table_name="violations")
    with op.batch_alter_table("violations") as batch:
        batch.drop_column("withdrawn_on")
