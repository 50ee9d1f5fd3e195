"""devices: per-station device settings, the receipt print queue, drawer log

Tables for app/devices (see db/device_models.py): a till's ports live in
``device_configs`` keyed by station, receipts wait in ``print_jobs`` until the
printer takes them (so a restart loses none), and every cash-drawer kick is
recorded in ``drawer_openings``.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 16:05:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('device_configs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('station', sa.String(length=64), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('connection', sa.String(length=16), nullable=False),
    sa.Column('target', sa.String(length=200), nullable=False),
    sa.Column('baudrate', sa.Integer(), nullable=False),
    sa.Column('protocol', sa.String(length=16), nullable=False),
    sa.Column('options', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("role IN ('printer', 'scanner', 'display')", name=op.f('ck_device_configs_role')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_device_configs')),
    sa.UniqueConstraint('station', 'role', name='uq_device_configs_station_role')
    )
    op.create_table('print_jobs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('station', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('ref_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('document', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('error_code', sa.String(length=40), nullable=True),
    sa.Column('error_params', sa.Text(), nullable=False),
    sa.Column('reprint_of_id', sa.Integer(), nullable=True),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('printed_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint("kind IN ('sale', 'refund', 'redemption', 'topup', 'member_card', 'test')", name=op.f('ck_print_jobs_kind')),
    sa.CheckConstraint("status IN ('pending', 'printing', 'printed', 'failed', 'skipped')", name=op.f('ck_print_jobs_status')),
    sa.CheckConstraint('attempts >= 0', name=op.f('ck_print_jobs_attempts_nonneg')),
    sa.ForeignKeyConstraint(['reprint_of_id'], ['print_jobs.id'], name=op.f('fk_print_jobs_reprint_of_id_print_jobs')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_print_jobs_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_print_jobs'))
    )
    with op.batch_alter_table('print_jobs', schema=None) as batch_op:
        batch_op.create_index('ix_print_jobs_kind_ref', ['kind', 'ref_id'], unique=False)
        batch_op.create_index('ix_print_jobs_station_status', ['station', 'status', 'id'], unique=False)

    op.create_table('drawer_openings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('station', sa.String(length=64), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('sale_id', sa.Integer(), nullable=True),
    sa.Column('reason', sa.String(length=16), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('opened_at', sa.DateTime(), nullable=False),
    sa.Column('ok', sa.Boolean(), nullable=False),
    sa.Column('error_code', sa.String(length=40), nullable=True),
    sa.CheckConstraint("reason IN ('sale', 'manual', 'test')", name=op.f('ck_drawer_openings_reason')),
    sa.ForeignKeyConstraint(['sale_id'], ['sales.id'], name=op.f('fk_drawer_openings_sale_id_sales')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_drawer_openings_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_drawer_openings'))
    )
    with op.batch_alter_table('drawer_openings', schema=None) as batch_op:
        batch_op.create_index('ix_drawer_openings_opened_at', ['opened_at'], unique=False)
        batch_op.create_index('ix_drawer_openings_staff', ['staff_id', 'opened_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('drawer_openings', schema=None) as batch_op:
        batch_op.drop_index('ix_drawer_openings_staff')
        batch_op.drop_index('ix_drawer_openings_opened_at')

    op.drop_table('drawer_openings')
    with op.batch_alter_table('print_jobs', schema=None) as batch_op:
        batch_op.drop_index('ix_print_jobs_station_status')
        batch_op.drop_index('ix_print_jobs_kind_ref')

    op.drop_table('print_jobs')
    op.drop_table('device_configs')
