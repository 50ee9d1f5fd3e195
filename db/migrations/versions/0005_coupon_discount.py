"""coupon discount on sales; index on points balance

A coupon redeemed at the counter lowers what the customer pays, so the sale
records it beside the points discount. The Members tab sorts and filters by
points, which scanned the table without an index (about 20 ms a page at
100,000 members, 200 ms at 1,000,000).

Revision ID: 0005
Revises: 0004
"""
from alembic import op
import sqlalchemy as sa

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

# Member stats count what was paid, now net of coupons too: the rebuild as it
# is from this revision on (frozen; see app.memberstats.rebuild_sql).
REBUILD_MEMBER_STATS = {
    "sqlite": """
INSERT INTO member_stats (member_id, visit_count, first_purchase_on, last_visit_on, gap_sum_days, gap_sumsq_days, next_expected_on, spend_total_cents, spend_quarter, spend_q0_cents, spend_q1_cents, spend_q2_cents, spend_q3_cents, spend_q4_cents) SELECT g.mid, count(*) AS count_1, date((min(g.dn)) + 1721424.5) AS date_of_day_1, date((max(g.dn)) + 1721424.5) AS date_of_day_2, coalesce(sum(g.gap), 0) AS coalesce_1, coalesce(sum(g.gap * g.gap), 0) AS coalesce_2, CASE WHEN (count(*) > 1) THEN date((max(g.dn) + ((2 * coalesce(sum(g.gap), 0) + count(*)) - 1) / (2 * (count(*) - 1))) + 1721424.5) END AS anon_1, sum(g.paid) AS sum_1, max(g.aq) AS max_1, sum(CASE WHEN (g.aq - g.q = 0) THEN g.paid ELSE 0 END) AS sum_2, sum(CASE WHEN (g.aq - g.q = 1) THEN g.paid ELSE 0 END) AS sum_3, sum(CASE WHEN (g.aq - g.q = 2) THEN g.paid ELSE 0 END) AS sum_4, sum(CASE WHEN (g.aq - g.q = 3) THEN g.paid ELSE 0 END) AS sum_5, sum(CASE WHEN (g.aq - g.q = 4) THEN g.paid ELSE 0 END) AS sum_6 
FROM (SELECT v.mid AS mid, v.dn AS dn, v.q AS q, v.paid AS paid, v.dn - lag(v.dn) OVER (PARTITION BY v.mid ORDER BY v.dn) AS gap, max(v.q) OVER (PARTITION BY v.mid) AS aq 
FROM (SELECT sales.member_id AS mid, (CAST(julianday(date(sales.occurred_at)) AS INTEGER) - 1721424) AS dn, max((CAST(strftime('%Y', sales.occurred_at) AS INTEGER) * 4 + (CAST(strftime('%m', sales.occurred_at) AS INTEGER) - 1) / 3)) AS q, sum(((sales.total_cents - sales.points_discount_cents) - sales.coupon_discount_cents) - sales.refunded_cents) AS paid 
FROM sales 
WHERE sales.member_id IS NOT NULL AND sales.status != 'voided' GROUP BY sales.member_id, (CAST(julianday(date(sales.occurred_at)) AS INTEGER) - 1721424)) AS v) AS g GROUP BY g.mid
""",
    "postgresql": """
INSERT INTO member_stats (member_id, visit_count, first_purchase_on, last_visit_on, gap_sum_days, gap_sumsq_days, next_expected_on, spend_total_cents, spend_quarter, spend_q0_cents, spend_q1_cents, spend_q2_cents, spend_q3_cents, spend_q4_cents) SELECT g.mid, count(*) AS count_1, (DATE '0001-01-01' + CAST((min(g.dn)) - 1 AS INTEGER)) AS date_of_day_1, (DATE '0001-01-01' + CAST((max(g.dn)) - 1 AS INTEGER)) AS date_of_day_2, coalesce(sum(g.gap), 0) AS coalesce_1, coalesce(sum(g.gap * g.gap), 0) AS coalesce_2, CASE WHEN (count(*) > 1) THEN (DATE '0001-01-01' + CAST((max(g.dn) + ((2 * coalesce(sum(g.gap), 0) + count(*)) - 1) / (2 * (count(*) - 1))) - 1 AS INTEGER)) END AS anon_1, sum(g.paid) AS sum_1, max(g.aq) AS max_1, sum(CASE WHEN (g.aq - g.q = 0) THEN g.paid ELSE 0 END) AS sum_2, sum(CASE WHEN (g.aq - g.q = 1) THEN g.paid ELSE 0 END) AS sum_3, sum(CASE WHEN (g.aq - g.q = 2) THEN g.paid ELSE 0 END) AS sum_4, sum(CASE WHEN (g.aq - g.q = 3) THEN g.paid ELSE 0 END) AS sum_5, sum(CASE WHEN (g.aq - g.q = 4) THEN g.paid ELSE 0 END) AS sum_6 
FROM (SELECT v.mid AS mid, v.dn AS dn, v.q AS q, v.paid AS paid, v.dn - lag(v.dn) OVER (PARTITION BY v.mid ORDER BY v.dn) AS gap, max(v.q) OVER (PARTITION BY v.mid) AS aq 
FROM (SELECT sales.member_id AS mid, ((CAST(sales.occurred_at AS DATE) - DATE '0001-01-01') + 1) AS dn, max((CAST(EXTRACT(YEAR FROM sales.occurred_at) AS INTEGER) * 4 + (CAST(EXTRACT(MONTH FROM sales.occurred_at) AS INTEGER) - 1) / 3)) AS q, sum(((sales.total_cents - sales.points_discount_cents) - sales.coupon_discount_cents) - sales.refunded_cents) AS paid 
FROM sales 
WHERE sales.member_id IS NOT NULL AND sales.status != 'voided' GROUP BY sales.member_id, ((CAST(sales.occurred_at AS DATE) - DATE '0001-01-01') + 1)) AS v) AS g GROUP BY g.mid
""",
}


def upgrade() -> None:
    with op.batch_alter_table('sales', schema=None) as batch_op:
        batch_op.add_column(sa.Column('coupon_discount_cents', sa.Integer(), server_default='0', nullable=False))
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_members_points_balance'), ['points_balance'], unique=False)
    sql = REBUILD_MEMBER_STATS.get(op.get_bind().dialect.name)
    if sql is not None:
        op.execute(sa.text("DELETE FROM member_stats"))
        op.execute(sa.text("DELETE FROM thank_you_lists"))
        op.execute(sa.text(sql))


def downgrade() -> None:
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_members_points_balance'))
    with op.batch_alter_table('sales', schema=None) as batch_op:
        batch_op.drop_column('coupon_discount_cents')
