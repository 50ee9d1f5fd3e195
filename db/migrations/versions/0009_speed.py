"""speed at chain scale: the name-fragment search index

``member_name_grams`` (see db/search_models.py): every 1- and 2-character
piece of each member's name, lower-cased, with the name, so a name fragment of
any length is an index range read instead of a scan of all members. Filled
from the members already there, and kept in step by triggers on members
(insert, update of the name, delete) on SQLite and PostgreSQL.

Revision ID: 0009
Revises: 0008
"""
from alembic import op
import sqlalchemy as sa

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

# SQLite triggers cannot use a recursive CTE, so positions 1..100 (members.name
# is String(100)) come from json_each over a literal list.
_POSITIONS = "json_each('[" + ",".join(str(i) for i in range(1, 101)) + "]')"
_SQLITE_GRAMS = (
    "SELECT DISTINCT lower(substr({name}, p.value, k.value)), {name}, {id} "
    f"FROM {_POSITIONS} AS p, json_each('[1,2]') AS k WHERE p.value <= length({{name}})"
)
_SQLITE_TRIGGERS = (
    "CREATE TRIGGER members_name_grams_insert AFTER INSERT ON members BEGIN "
    "INSERT OR IGNORE INTO member_name_grams (gram, name, member_id) "
    + _SQLITE_GRAMS.format(name="NEW.name", id="NEW.id") + "; END",
    "CREATE TRIGGER members_name_grams_update AFTER UPDATE OF name, id ON members "
    "WHEN NEW.name IS NOT OLD.name OR NEW.id IS NOT OLD.id BEGIN "
    "DELETE FROM member_name_grams WHERE member_id = OLD.id; "
    "INSERT OR IGNORE INTO member_name_grams (gram, name, member_id) "
    + _SQLITE_GRAMS.format(name="NEW.name", id="NEW.id") + "; END",
    "CREATE TRIGGER members_name_grams_delete AFTER DELETE ON members BEGIN "
    "DELETE FROM member_name_grams WHERE member_id = OLD.id; END",
)
_PG_GRAMS = (
    "SELECT DISTINCT lower(substr({name}, p, k)), {name}, {id} "
    "FROM generate_series(1, char_length({name})) AS p, (VALUES (1), (2)) AS v(k)"
)
_PG_TRIGGERS = (
    "CREATE FUNCTION members_name_grams() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "IF TG_OP IN ('UPDATE', 'DELETE') THEN DELETE FROM member_name_grams WHERE member_id = OLD.id; END IF; "
    "IF TG_OP IN ('INSERT', 'UPDATE') THEN INSERT INTO member_name_grams (gram, name, member_id) "
    + _PG_GRAMS.format(name="NEW.name", id="NEW.id") + " ON CONFLICT DO NOTHING; END IF; "
    "RETURN NULL; END $$",
    "CREATE TRIGGER members_name_grams_insert AFTER INSERT ON members "
    "FOR EACH ROW EXECUTE FUNCTION members_name_grams()",
    "CREATE TRIGGER members_name_grams_update AFTER UPDATE OF name, id ON members "
    "FOR EACH ROW WHEN (NEW.name IS DISTINCT FROM OLD.name OR NEW.id IS DISTINCT FROM OLD.id) "
    "EXECUTE FUNCTION members_name_grams()",
    "CREATE TRIGGER members_name_grams_delete AFTER DELETE ON members "
    "FOR EACH ROW EXECUTE FUNCTION members_name_grams()",
)


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.create_table(
        'member_name_grams',
        sa.Column('gram', sa.String(length=2), nullable=False),
        sa.Column('name', sa.String(length=100), nullable=False),
        sa.Column('member_id', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('gram', 'name', 'member_id', name=op.f('pk_member_name_grams')),
        sqlite_with_rowid=False,
    )
    if dialect == 'sqlite':
        op.execute(
            "INSERT OR IGNORE INTO member_name_grams (gram, name, member_id) "
            + _SQLITE_GRAMS.format(name="m.name", id="m.id").replace(
                "FROM ", "FROM members AS m, ", 1)
        )
        for statement in _SQLITE_TRIGGERS:
            op.execute(statement)
    elif dialect == 'postgresql':
        op.execute(
            "INSERT INTO member_name_grams (gram, name, member_id) "
            "SELECT DISTINCT lower(substr(m.name, p, k)), m.name, m.id "
            "FROM members AS m, generate_series(1, char_length(m.name)) AS p, (VALUES (1), (2)) AS v(k) "
            "ON CONFLICT DO NOTHING"
        )
        for statement in _PG_TRIGGERS:
            op.execute(statement)
    else:  # another database: the table stays empty and app/name_search.py falls back to LIKE
        pass


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == 'sqlite':
        for name in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS members_name_grams_{name}")
    elif dialect == 'postgresql':
        for name in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS members_name_grams_{name} ON members")
        op.execute("DROP FUNCTION IF EXISTS members_name_grams()")
    op.drop_table('member_name_grams')
