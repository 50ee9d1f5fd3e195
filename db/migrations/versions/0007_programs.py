"""loyalty programs: tiers, stamp cards, referrals, daily check-in; tier discount on sales

Tiers and the programme tables are new (db/program_models.py). ``sales`` gains
``tier_discount_cents`` (a tier discount lowers what the customer paid, like a
coupon) and ``earn_reasons`` (why the points were what they were). The points
ledger gets a covering index for the expiry job.

Member stats count what was paid, now net of the tier discount too. Every
existing sale has a tier discount of 0, so the stats do not change; the
rebuild below is frozen here because it is today's (see
app.memberstats.rebuild_sql and tests/app/test_followups_stats.py) and is run
so a database migrated from any earlier revision is rebuilt the current way.

Revision ID: 0007
Revises: 0006
"""
from alembic import op
import sqlalchemy as sa

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

REBUILD_MEMBER_STATS = {
    "sqlite": """
INSERT INTO member_stats (member_id, visit_count, first_purchase_on, last_visit_on, gap_sum_days, gap_sumsq_days, next_expected_on, spend_total_cents, spend_quarter, spend_q0_cents, spend_q1_cents, spend_q2_cents, spend_q3_cents, spend_q4_cents) SELECT g.mid, count(*) AS count_1, date((min(g.dn)) + 1721424.5) AS date_of_day_1, date((max(g.dn)) + 1721424.5) AS date_of_day_2, coalesce(sum(g.gap), 0) AS coalesce_1, coalesce(sum(g.gap * g.gap), 0) AS coalesce_2, CASE WHEN (count(*) > 1) THEN date((max(g.dn) + ((2 * coalesce(sum(g.gap), 0) + count(*)) - 1) / (2 * (count(*) - 1))) + 1721424.5) END AS anon_1, sum(g.paid) AS sum_1, max(g.aq) AS max_1, sum(CASE WHEN (g.aq - g.q = 0) THEN g.paid ELSE 0 END) AS sum_2, sum(CASE WHEN (g.aq - g.q = 1) THEN g.paid ELSE 0 END) AS sum_3, sum(CASE WHEN (g.aq - g.q = 2) THEN g.paid ELSE 0 END) AS sum_4, sum(CASE WHEN (g.aq - g.q = 3) THEN g.paid ELSE 0 END) AS sum_5, sum(CASE WHEN (g.aq - g.q = 4) THEN g.paid ELSE 0 END) AS sum_6 
FROM (SELECT v.mid AS mid, v.dn AS dn, v.q AS q, v.paid AS paid, v.dn - lag(v.dn) OVER (PARTITION BY v.mid ORDER BY v.dn) AS gap, max(v.q) OVER (PARTITION BY v.mid) AS aq 
FROM (SELECT sales.member_id AS mid, (CAST(julianday(date(sales.occurred_at)) AS INTEGER) - 1721424) AS dn, max((CAST(strftime('%Y', sales.occurred_at) AS INTEGER) * 4 + (CAST(strftime('%m', sales.occurred_at) AS INTEGER) - 1) / 3)) AS q, sum((((sales.total_cents - sales.points_discount_cents) - sales.coupon_discount_cents) - sales.tier_discount_cents) - sales.refunded_cents) AS paid 
FROM sales 
WHERE sales.member_id IS NOT NULL AND sales.status != 'voided' GROUP BY sales.member_id, (CAST(julianday(date(sales.occurred_at)) AS INTEGER) - 1721424)) AS v) AS g GROUP BY g.mid
""",
    "postgresql": """
INSERT INTO member_stats (member_id, visit_count, first_purchase_on, last_visit_on, gap_sum_days, gap_sumsq_days, next_expected_on, spend_total_cents, spend_quarter, spend_q0_cents, spend_q1_cents, spend_q2_cents, spend_q3_cents, spend_q4_cents) SELECT g.mid, count(*) AS count_1, (DATE '0001-01-01' + CAST((min(g.dn)) - 1 AS INTEGER)) AS date_of_day_1, (DATE '0001-01-01' + CAST((max(g.dn)) - 1 AS INTEGER)) AS date_of_day_2, coalesce(sum(g.gap), 0) AS coalesce_1, coalesce(sum(g.gap * g.gap), 0) AS coalesce_2, CASE WHEN (count(*) > 1) THEN (DATE '0001-01-01' + CAST((max(g.dn) + ((2 * coalesce(sum(g.gap), 0) + count(*)) - 1) / (2 * (count(*) - 1))) - 1 AS INTEGER)) END AS anon_1, sum(g.paid) AS sum_1, max(g.aq) AS max_1, sum(CASE WHEN (g.aq - g.q = 0) THEN g.paid ELSE 0 END) AS sum_2, sum(CASE WHEN (g.aq - g.q = 1) THEN g.paid ELSE 0 END) AS sum_3, sum(CASE WHEN (g.aq - g.q = 2) THEN g.paid ELSE 0 END) AS sum_4, sum(CASE WHEN (g.aq - g.q = 3) THEN g.paid ELSE 0 END) AS sum_5, sum(CASE WHEN (g.aq - g.q = 4) THEN g.paid ELSE 0 END) AS sum_6 
FROM (SELECT v.mid AS mid, v.dn AS dn, v.q AS q, v.paid AS paid, v.dn - lag(v.dn) OVER (PARTITION BY v.mid ORDER BY v.dn) AS gap, max(v.q) OVER (PARTITION BY v.mid) AS aq 
FROM (SELECT sales.member_id AS mid, ((CAST(sales.occurred_at AS DATE) - DATE '0001-01-01') + 1) AS dn, max((CAST(EXTRACT(YEAR FROM sales.occurred_at) AS INTEGER) * 4 + (CAST(EXTRACT(MONTH FROM sales.occurred_at) AS INTEGER) - 1) / 3)) AS q, sum((((sales.total_cents - sales.points_discount_cents) - sales.coupon_discount_cents) - sales.tier_discount_cents) - sales.refunded_cents) AS paid 
FROM sales 
WHERE sales.member_id IS NOT NULL AND sales.status != 'voided' GROUP BY sales.member_id, ((CAST(sales.occurred_at AS DATE) - DATE '0001-01-01') + 1)) AS v) AS g GROUP BY g.mid
""",
}


def upgrade() -> None:
    op.create_table('tiers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('colour', sa.String(length=7), nullable=False),
    sa.Column('basis', sa.String(length=8), nullable=False),
    sa.Column('threshold', sa.Integer(), nullable=False),
    sa.Column('multiplier_pct', sa.Integer(), nullable=False),
    sa.Column('discount_pct', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("basis IN ('spend', 'visits')", name=op.f('ck_tiers_basis')),
    sa.CheckConstraint('threshold >= 0', name=op.f('ck_tiers_threshold_nonneg')),
    sa.CheckConstraint('multiplier_pct BETWEEN 0 AND 1000', name=op.f('ck_tiers_multiplier_range')),
    sa.CheckConstraint('discount_pct BETWEEN 0 AND 100', name=op.f('ck_tiers_discount_range')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tiers'))
    )
    op.create_table('member_programs',
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('tier_id', sa.Integer(), nullable=True),
    sa.Column('tier_since', sa.DateTime(), nullable=True),
    sa.Column('stamps_balance', sa.Integer(), nullable=False),
    sa.Column('cards_completed', sa.Integer(), nullable=False),
    sa.CheckConstraint('stamps_balance >= 0', name=op.f('ck_member_programs_stamps_nonneg')),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_member_programs_member_id_members')),
    sa.ForeignKeyConstraint(['tier_id'], ['tiers.id'], name=op.f('fk_member_programs_tier_id_tiers')),
    sa.PrimaryKeyConstraint('member_id', name=op.f('pk_member_programs'))
    )
    with op.batch_alter_table('member_programs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_member_programs_tier_id'), ['tier_id'], unique=False)
    op.create_table('tier_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('occurred_at', sa.DateTime(), nullable=False),
    sa.Column('from_tier_id', sa.Integer(), nullable=True),
    sa.Column('to_tier_id', sa.Integer(), nullable=True),
    sa.Column('reason', sa.String(length=12), nullable=False),
    sa.Column('sale_id', sa.Integer(), nullable=True),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('spend_cents', sa.Integer(), nullable=False),
    sa.Column('visits', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['from_tier_id'], ['tiers.id'], name=op.f('fk_tier_changes_from_tier_id_tiers')),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_tier_changes_member_id_members')),
    sa.ForeignKeyConstraint(['sale_id'], ['sales.id'], name=op.f('fk_tier_changes_sale_id_sales')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_tier_changes_staff_id_staff')),
    sa.ForeignKeyConstraint(['to_tier_id'], ['tiers.id'], name=op.f('fk_tier_changes_to_tier_id_tiers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tier_changes'))
    )
    with op.batch_alter_table('tier_changes', schema=None) as batch_op:
        batch_op.create_index('ix_tier_changes_member', ['member_id', 'id'], unique=False)
    op.create_table('stamp_ledger',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('occurred_at', sa.DateTime(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('stamps', sa.Integer(), nullable=False),
    sa.Column('balance_after', sa.Integer(), nullable=False),
    sa.Column('shortfall', sa.Integer(), nullable=False),
    sa.Column('sale_id', sa.Integer(), nullable=True),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.CheckConstraint('balance_after >= 0', name=op.f('ck_stamp_ledger_balance_nonneg')),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_stamp_ledger_member_id_members')),
    sa.ForeignKeyConstraint(['sale_id'], ['sales.id'], name=op.f('fk_stamp_ledger_sale_id_sales')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_stamp_ledger_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stamp_ledger'))
    )
    with op.batch_alter_table('stamp_ledger', schema=None) as batch_op:
        batch_op.create_index('ix_stamp_ledger_member', ['member_id', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_stamp_ledger_sale_id'), ['sale_id'], unique=False)
    op.create_table('stamp_rewards',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('earned_at', sa.DateTime(), nullable=False),
    sa.Column('sale_id', sa.Integer(), nullable=True),
    sa.Column('description', sa.String(length=100), nullable=False),
    sa.Column('used_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_stamp_rewards_member_id_members')),
    sa.ForeignKeyConstraint(['sale_id'], ['sales.id'], name=op.f('fk_stamp_rewards_sale_id_sales')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stamp_rewards'))
    )
    with op.batch_alter_table('stamp_rewards', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stamp_rewards_member_id'), ['member_id'], unique=False)
    op.create_table('referral_awards',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('referrer_id', sa.Integer(), nullable=False),
    sa.Column('referred_id', sa.Integer(), nullable=False),
    sa.Column('sale_id', sa.Integer(), nullable=False),
    sa.Column('points', sa.Integer(), nullable=False),
    sa.Column('occurred_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['referred_id'], ['members.id'], name=op.f('fk_referral_awards_referred_id_members')),
    sa.ForeignKeyConstraint(['referrer_id'], ['members.id'], name=op.f('fk_referral_awards_referrer_id_members')),
    sa.ForeignKeyConstraint(['sale_id'], ['sales.id'], name=op.f('fk_referral_awards_sale_id_sales')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_referral_awards')),
    sa.UniqueConstraint('referred_id', name=op.f('uq_referral_awards_referred_id'))
    )
    with op.batch_alter_table('referral_awards', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_referral_awards_referrer_id'), ['referrer_id'], unique=False)
    op.create_table('checkins',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('occurred_at', sa.DateTime(), nullable=False),
    sa.Column('points', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_checkins_member_id_members')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_checkins_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checkins')),
    sa.UniqueConstraint('member_id', 'day', name='uq_checkins_member_day')
    )
    with op.batch_alter_table('points_ledger', schema=None) as batch_op:
        batch_op.create_index('ix_points_ledger_expiry', ['member_id', 'occurred_at', 'points'], unique=False)
    with op.batch_alter_table('sales', schema=None) as batch_op:
        batch_op.add_column(sa.Column('tier_discount_cents', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('earn_reasons', sa.Text(), nullable=True))
    sql = REBUILD_MEMBER_STATS.get(op.get_bind().dialect.name)
    if sql is not None:
        op.execute(sa.text("DELETE FROM member_stats"))
        op.execute(sa.text("DELETE FROM thank_you_lists"))
        op.execute(sa.text(sql))


def downgrade() -> None:
    with op.batch_alter_table('sales', schema=None) as batch_op:
        batch_op.drop_column('earn_reasons')
        batch_op.drop_column('tier_discount_cents')
    with op.batch_alter_table('points_ledger', schema=None) as batch_op:
        batch_op.drop_index('ix_points_ledger_expiry')
    op.drop_table('checkins')
    op.drop_table('referral_awards')
    op.drop_table('stamp_rewards')
    op.drop_table('stamp_ledger')
    op.drop_table('tier_changes')
    op.drop_table('member_programs')
    op.drop_table('tiers')
