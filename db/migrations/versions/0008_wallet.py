"""stored value (wallets) and session packages

Revision ID: 0008
Revises: 0007
"""
from alembic import op
import sqlalchemy as sa

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sales") as b:
        b.add_column(sa.Column("wallet_cents", sa.Integer(), server_default="0", nullable=False))
    with op.batch_alter_table("refunds") as b:
        b.add_column(sa.Column("wallet_cents", sa.Integer(), server_default="0", nullable=False))

    op.create_table(
        "wallets",
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("paid_units", sa.Integer(), nullable=False),
        sa.Column("bonus_units", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("paid_units >= 0", name=op.f("ck_wallets_paid_nonneg")),
        sa.CheckConstraint("bonus_units >= 0", name=op.f("ck_wallets_bonus_nonneg")),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"], name=op.f("fk_wallets_member_id_members")),
        sa.PrimaryKeyConstraint("member_id", name=op.f("pk_wallets")),
    )
    op.create_table(
        "wallet_topups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("topup_key", sa.String(length=64), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("paid_units", sa.Integer(), nullable=False),
        sa.Column("bonus_units", sa.Integer(), nullable=False),
        sa.Column("payment_method", sa.String(length=16), nullable=False),
        sa.Column("points_earned", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("refund_key", sa.String(length=64), nullable=True),
        sa.Column("refunded_cents", sa.Integer(), nullable=False),
        sa.Column("refunded_units", sa.Integer(), nullable=False),
        sa.Column("forfeited_units", sa.Integer(), nullable=False),
        sa.Column("refunded_at", sa.DateTime(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint("amount_cents > 0", name=op.f("ck_wallet_topups_amount_pos")),
        sa.CheckConstraint("paid_units > 0", name=op.f("ck_wallet_topups_units_pos")),
        sa.CheckConstraint("bonus_units >= 0", name=op.f("ck_wallet_topups_bonus_nonneg")),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"], name=op.f("fk_wallet_topups_member_id_members")),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_wallet_topups_staff_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wallet_topups")),
        sa.UniqueConstraint("topup_key", name=op.f("uq_wallet_topups_topup_key")),
        sa.UniqueConstraint("refund_key", name=op.f("uq_wallet_topups_refund_key")),
    )
    op.create_index(op.f("ix_wallet_topups_member_id"), "wallet_topups", ["member_id"])
    op.create_table(
        "wallet_ledger",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("paid_units", sa.Integer(), nullable=False),
        sa.Column("bonus_units", sa.Integer(), nullable=False),
        sa.Column("paid_after", sa.Integer(), nullable=False),
        sa.Column("bonus_after", sa.Integer(), nullable=False),
        sa.Column("sale_id", sa.Integer(), nullable=True),
        sa.Column("refund_id", sa.Integer(), nullable=True),
        sa.Column("topup_id", sa.Integer(), nullable=True),
        sa.Column("corrects_id", sa.Integer(), nullable=True),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.CheckConstraint("paid_after >= 0", name=op.f("ck_wallet_ledger_paid_nonneg")),
        sa.CheckConstraint("bonus_after >= 0", name=op.f("ck_wallet_ledger_bonus_nonneg")),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"], name=op.f("fk_wallet_ledger_member_id_members")),
        sa.ForeignKeyConstraint(["sale_id"], ["sales.id"], name=op.f("fk_wallet_ledger_sale_id_sales")),
        sa.ForeignKeyConstraint(["refund_id"], ["refunds.id"], name=op.f("fk_wallet_ledger_refund_id_refunds")),
        sa.ForeignKeyConstraint(["topup_id"], ["wallet_topups.id"], name=op.f("fk_wallet_ledger_topup_id_wallet_topups")),
        sa.ForeignKeyConstraint(["corrects_id"], ["wallet_ledger.id"], name=op.f("fk_wallet_ledger_corrects_id_wallet_ledger")),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_wallet_ledger_staff_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wallet_ledger")),
    )
    op.create_index("ix_wallet_ledger_member", "wallet_ledger", ["member_id", "id"])
    op.create_index(op.f("ix_wallet_ledger_sale_id"), "wallet_ledger", ["sale_id"])
    op.create_index(op.f("ix_wallet_ledger_topup_id"), "wallet_ledger", ["topup_id"])

    op.create_table(
        "package_types",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("service", sa.String(length=60), nullable=False),
        sa.Column("sessions", sa.Integer(), nullable=False),
        sa.Column("price_cents", sa.Integer(), nullable=False),
        sa.Column("valid_days", sa.Integer(), nullable=True),
        sa.Column("valid_months", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("sessions > 0", name=op.f("ck_package_types_sessions_pos")),
        sa.CheckConstraint("price_cents > 0", name=op.f("ck_package_types_price_pos")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_package_types")),
    )
    op.create_table(
        "member_packages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("type_id", sa.Integer(), nullable=True),
        sa.Column("sale_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("service", sa.String(length=60), nullable=False),
        sa.Column("sessions", sa.Integer(), nullable=False),
        sa.Column("remaining", sa.Integer(), nullable=False),
        sa.Column("sold_at", sa.DateTime(), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.CheckConstraint("remaining >= 0", name=op.f("ck_member_packages_remaining_nonneg")),
        sa.CheckConstraint("remaining <= sessions", name=op.f("ck_member_packages_remaining_le_sessions")),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"], name=op.f("fk_member_packages_member_id_members")),
        sa.ForeignKeyConstraint(["type_id"], ["package_types.id"], name=op.f("fk_member_packages_type_id_package_types")),
        sa.ForeignKeyConstraint(["sale_id"], ["sales.id"], name=op.f("fk_member_packages_sale_id_sales")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member_packages")),
        sa.UniqueConstraint("sale_id", name=op.f("uq_member_packages_sale_id")),
    )
    op.create_index(op.f("ix_member_packages_member_id"), "member_packages", ["member_id"])
    op.create_index("ix_member_packages_open", "member_packages", ["status", "expires_on"])
    op.create_table(
        "package_ledger",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("package_id", sa.Integer(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("sessions", sa.Integer(), nullable=False),
        sa.Column("remaining_after", sa.Integer(), nullable=False),
        sa.Column("use_key", sa.String(length=64), nullable=True),
        sa.Column("sale_id", sa.Integer(), nullable=True),
        sa.Column("refund_id", sa.Integer(), nullable=True),
        sa.Column("corrects_id", sa.Integer(), nullable=True),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.CheckConstraint("remaining_after >= 0", name=op.f("ck_package_ledger_remaining_nonneg")),
        sa.ForeignKeyConstraint(["package_id"], ["member_packages.id"], name=op.f("fk_package_ledger_package_id_member_packages")),
        sa.ForeignKeyConstraint(["sale_id"], ["sales.id"], name=op.f("fk_package_ledger_sale_id_sales")),
        sa.ForeignKeyConstraint(["refund_id"], ["refunds.id"], name=op.f("fk_package_ledger_refund_id_refunds")),
        sa.ForeignKeyConstraint(["corrects_id"], ["package_ledger.id"], name=op.f("fk_package_ledger_corrects_id_package_ledger")),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_package_ledger_staff_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_package_ledger")),
        sa.UniqueConstraint("use_key", name=op.f("uq_package_ledger_use_key")),
    )
    op.create_index("ix_package_ledger_package", "package_ledger", ["package_id", "id"])


def downgrade() -> None:
    op.drop_table("package_ledger")
    op.drop_table("member_packages")
    op.drop_table("package_types")
    op.drop_table("wallet_ledger")
    op.drop_table("wallet_topups")
    op.drop_table("wallets")
    with op.batch_alter_table("refunds") as b:
        b.drop_column("wallet_cents")
    with op.batch_alter_table("sales") as b:
        b.drop_column("wallet_cents")
