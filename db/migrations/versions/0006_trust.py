"""staff sign-in, roles, audit trail, merged members

Staff get a PIN lockout (``failed_pins``, ``locked_until``) next to the
``pin_hash`` they already had; members get ``merged_into_id`` (a duplicate
merged into another member stays, pointing at the kept one); and the
append-only ``audit_log`` arrives with triggers that abort any UPDATE or
DELETE on it, on SQLite and PostgreSQL alike (the app has no function that
would, and a stray statement must not either).

The new columns are added with plain ``ALTER TABLE ... ADD COLUMN``, so the
members table (perhaps 100,000 rows) is not rebuilt.

Revision ID: 0006
Revises: 0005
"""
from alembic import op
import sqlalchemy as sa

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

_SQLITE_TRIGGERS = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
)

_PG_TRIGGERS = (
    "CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$",
    "CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log "
    "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
    "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
    "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()",
)


def upgrade() -> None:
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.add_column(sa.Column('failed_pins', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('locked_until', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('pin_changed_at', sa.DateTime(), nullable=True))
    # not in batch mode: a new foreign key would make batch mode rebuild the
    # whole members table; SQLite's ADD COLUMN takes a REFERENCES clause as is
    if op.get_bind().dialect.name == 'sqlite':
        op.execute("ALTER TABLE members ADD COLUMN merged_into_id INTEGER "
                   "CONSTRAINT fk_members_merged_into_id_members REFERENCES members (id)")
    else:
        op.add_column('members', sa.Column(
            'merged_into_id', sa.Integer(),
            sa.ForeignKey('members.id', name=op.f('fk_members_merged_into_id_members')), nullable=True))
    op.add_column('members', sa.Column('merged_at', sa.DateTime(), nullable=True))
    op.create_index(op.f('ix_members_merged_into_id'), 'members', ['merged_into_id'], unique=False)

    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('occurred_at', sa.DateTime(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('staff_name', sa.String(length=80), nullable=False),
    sa.Column('staff_role', sa.String(length=16), nullable=False),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('target_type', sa.String(length=24), nullable=True),
    sa.Column('target_id', sa.Integer(), nullable=True),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('before_json', sa.Text(), nullable=True),
    sa.Column('after_json', sa.Text(), nullable=True),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('host', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index('ix_audit_log_time', ['occurred_at', 'id'], unique=False)
        batch_op.create_index('ix_audit_log_staff', ['staff_id', 'occurred_at'], unique=False)
        batch_op.create_index('ix_audit_log_action', ['action', 'occurred_at'], unique=False)
        batch_op.create_index('ix_audit_log_member', ['member_id', 'occurred_at'], unique=False)

    # the Audit view shows the points ledger newest first beside the trail
    op.create_index('ix_points_ledger_occurred_at', 'points_ledger', ['occurred_at'], unique=False)

    dialect = op.get_bind().dialect.name
    for statement in _SQLITE_TRIGGERS if dialect == 'sqlite' else _PG_TRIGGERS if dialect == 'postgresql' else ():
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == 'sqlite':
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    elif dialect == 'postgresql':
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_change ON audit_log")
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log")
        op.execute("DROP FUNCTION IF EXISTS audit_log_append_only()")
    op.drop_index('ix_points_ledger_occurred_at', table_name='points_ledger')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_log_member')
        batch_op.drop_index('ix_audit_log_action')
        batch_op.drop_index('ix_audit_log_staff')
        batch_op.drop_index('ix_audit_log_time')
    op.drop_table('audit_log')
    op.drop_index(op.f('ix_members_merged_into_id'), table_name='members')
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.drop_column('merged_at')
        batch_op.drop_column('merged_into_id')
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.drop_column('pin_changed_at')
        batch_op.drop_column('locked_until')
        batch_op.drop_column('failed_pins')
