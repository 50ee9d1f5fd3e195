"""coupons: batches, codes, and one redemption per coupon

The UNIQUE coupon_redemptions.coupon_id is what makes a coupon single-use
across counters and processes (see db/coupon_models.py).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 14:40:02.802852
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('coupon_batches',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.Column('item_name', sa.String(length=100), nullable=False),
    sa.Column('min_spend_cents', sa.Integer(), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_until', sa.Date(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('channel', sa.String(length=60), nullable=False),
    sa.Column('document', sa.String(length=16), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("kind != 'amount_off' OR value > 0", name=op.f('ck_coupon_batches_amount_pos')),
    sa.CheckConstraint("kind != 'percent_off' OR (value BETWEEN 1 AND 100)", name=op.f('ck_coupon_batches_percent_range')),
    sa.CheckConstraint("kind IN ('amount_off', 'percent_off', 'free_item')", name=op.f('ck_coupon_batches_kind')),
    sa.CheckConstraint('count > 0', name=op.f('ck_coupon_batches_count_pos')),
    sa.CheckConstraint('min_spend_cents >= 0', name=op.f('ck_coupon_batches_min_spend_nonneg')),
    sa.CheckConstraint('valid_until >= valid_from', name=op.f('ck_coupon_batches_dates_ordered')),
    sa.CheckConstraint('value >= 0', name=op.f('ck_coupon_batches_value_nonneg')),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_coupon_batches_member_id_members')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_coupon_batches_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_coupon_batches'))
    )
    op.create_table('coupons',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['batch_id'], ['coupon_batches.id'], name=op.f('fk_coupons_batch_id_coupon_batches')),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_coupons_member_id_members')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_coupons')),
    sa.UniqueConstraint('code', name=op.f('uq_coupons_code'))
    )
    with op.batch_alter_table('coupons', schema=None) as batch_op:
        batch_op.create_index('ix_coupons_batch_seq', ['batch_id', 'seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_coupons_member_id'), ['member_id'], unique=False)

    op.create_table('coupon_redemptions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('coupon_id', sa.Integer(), nullable=False),
    sa.Column('redeemed_at', sa.DateTime(), nullable=False),
    sa.Column('counter', sa.String(length=60), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('sale_id', sa.Integer(), nullable=True),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('sale_total_cents', sa.Integer(), nullable=False),
    sa.Column('discount_cents', sa.Integer(), nullable=False),
    sa.CheckConstraint('discount_cents >= 0', name=op.f('ck_coupon_redemptions_discount_nonneg')),
    sa.CheckConstraint('sale_total_cents >= 0', name=op.f('ck_coupon_redemptions_total_nonneg')),
    sa.ForeignKeyConstraint(['coupon_id'], ['coupons.id'], name=op.f('fk_coupon_redemptions_coupon_id_coupons')),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_coupon_redemptions_member_id_members')),
    sa.ForeignKeyConstraint(['sale_id'], ['sales.id'], name=op.f('fk_coupon_redemptions_sale_id_sales')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_coupon_redemptions_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_coupon_redemptions')),
    sa.UniqueConstraint('coupon_id', name=op.f('uq_coupon_redemptions_coupon_id'))
    )
    with op.batch_alter_table('coupon_redemptions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_coupon_redemptions_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_coupon_redemptions_sale_id'), ['sale_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('coupon_redemptions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_coupon_redemptions_sale_id'))
        batch_op.drop_index(batch_op.f('ix_coupon_redemptions_member_id'))

    op.drop_table('coupon_redemptions')
    with op.batch_alter_table('coupons', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_coupons_member_id'))
        batch_op.drop_index('ix_coupons_batch_seq')

    op.drop_table('coupons')
    op.drop_table('coupon_batches')
