"""Upgrades from every schema version that real offices may hold (saved fixtures, never edited)."""
import shutil
from pathlib import Path

import pytest

from counselor_app.domain.errors import NewerSchema
from counselor_app.services.integrity import verify_office
from counselor_app.services.office import login
from counselor_app.store import crypto, database, migrations

FIXTURES = Path(__file__).resolve().parent / "fixtures"
FIXTURE_PASSWORD = "Xinli-2026-Office"  # the demo password at the time the fixtures were made


def saved_versions():
    return sorted(int(p.name.split("_v")[1]) for p in FIXTURES.glob("schema_v*"))


def test_migrations_are_numbered_without_gaps():
    assert [m.version for m in migrations.migrations()] == list(range(1, migrations.latest_version() + 1))


def test_a_fixture_exists_for_every_version_but_the_latest():
    # When migration N+1 is added, tests/store/fixtures/make_fixture.py must first save schema_vN.
    assert set(range(1, migrations.latest_version() + 1)) <= set(saved_versions()) | {migrations.latest_version()}


def test_fresh_database_reaches_latest(tmp_path):
    conn = database.connect(tmp_path / "d.db", crypto.new_data_key(), create=True)
    assert migrations.migrate(conn) == list(range(1, migrations.latest_version() + 1))
    assert migrations.current_version(conn) == migrations.latest_version()
    assert migrations.migrate(conn) == []


@pytest.mark.parametrize("version", saved_versions())
def test_upgrade_saved_office(tmp_path, version):
    office = tmp_path / "office"
    shutil.copytree(FIXTURES / f"schema_v{version}", office)
    with login(office, "demo", FIXTURE_PASSWORD) as session:
        assert migrations.current_version(session.conn) == migrations.latest_version()
        assert verify_office(session).ok
        assert session.conn.execute("SELECT count(*) FROM student").fetchone()[0] == 40
    if version < migrations.latest_version():
        assert any(p.name.startswith("premigration-") for p in (office / "backups").iterdir())


def test_migration_is_one_transaction(tmp_path, monkeypatch):
    conn = database.connect(tmp_path / "d.db", crypto.new_data_key(), create=True)
    broken = (migrations.Migration(1, "base", sql=migrations.migrations()[0].sql + "\nCREATE TABLE office (x);"),)
    monkeypatch.setattr(migrations, "migrations", lambda: broken)
    with pytest.raises(database.DatabaseError):
        migrations.migrate(conn)
    assert migrations.current_version(conn) == 0
    assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0


def test_newer_schema_is_refused(tmp_path):
    conn = database.connect(tmp_path / "d.db", crypto.new_data_key(), create=True)
    conn.execute(f"PRAGMA user_version = {migrations.latest_version() + 1}")
    with pytest.raises(NewerSchema):
        migrations.pending(conn)


def test_a_python_migration_runs_in_the_transaction_of_its_version(tmp_path, monkeypatch):
    conn = database.connect(tmp_path / "d.db", crypto.new_data_key(), create=True)
    seen = []

    def upgrade(c, ctx):
        seen.append(ctx.paths)
        c.execute("CREATE TABLE added_by_python (x)")
        c.execute("INSERT INTO added_by_python VALUES (1)")

    def failing(c, ctx):
        c.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("the process is told to stop here")

    base = migrations.migrations()[0]
    monkeypatch.setattr(migrations, "migrations",
                        lambda: (base, migrations.Migration(2, "py", upgrade=upgrade),
                                 migrations.Migration(3, "bad", upgrade=failing)))
    with pytest.raises(RuntimeError):
        migrations.migrate(conn, ctx=migrations.MigrationContext(paths="the office"))
    assert seen == ["the office"]
    assert migrations.current_version(conn) == 2  # 1 and 2 committed, 3 rolled back whole
    assert conn.execute("SELECT x FROM added_by_python").fetchall() == [(1,)]
    assert not conn.execute("SELECT name FROM sqlite_master WHERE name = 'half_done'").fetchall()
    assert not conn.in_transaction


def test_python_migration_files_are_found_beside_the_sql_ones(tmp_path, monkeypatch):
    import sys
    import types

    pkg = tmp_path / "fake_schema"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "0001_base.sql").write_text("CREATE TABLE a (x);")
    (pkg / "0002_fill.py").write_text("def upgrade(conn, ctx):\n    conn.execute('INSERT INTO a VALUES (2)')\n")
    (pkg / "notes.txt").write_text("not a migration")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(migrations, "SCHEMA_PACKAGE", "fake_schema")
    migrations.migrations.cache_clear()
    try:
        found = migrations.migrations()
        assert [(m.version, m.name, m.upgrade is not None) for m in found] == [(1, "base", False), (2, "fill", True)]
        conn = database.connect(tmp_path / "d.db", crypto.new_data_key(), create=True)
        assert migrations.migrate(conn) == [1, 2]
        assert conn.execute("SELECT x FROM a").fetchall() == [(2,)]
        (pkg / "0004_gap.sql").write_text("")
        migrations.migrations.cache_clear()
        with pytest.raises(RuntimeError):
            migrations.migrations()
    finally:
        sys.modules.pop("fake_schema", None)
        migrations.migrations.cache_clear()


@pytest.mark.parametrize("version", [v for v in saved_versions() if v < 5])
def test_a_saved_office_knows_the_class_of_each_student_after_schema_5(tmp_path, version):
    from counselor_app.store import membership, school_years

    office = tmp_path / "office"
    shutil.copytree(FIXTURES / f"schema_v{version}", office)
    with login(office, "demo", FIXTURE_PASSWORD) as session:
        conn = session.conn
        year = school_years.register_year(conn)
        assert year is not None and school_years.by_id(conn, year).name == "2026-2027"   # the demo's set-up year
        students = conn.execute("SELECT id, class_id, status FROM student").fetchall()
        open_rows = membership.open_rows(conn, [s for s, _c, _st in students])
        assert len(open_rows) == 40
        for student_id, class_id, _status in students:
            row = open_rows[student_id]
            assert (row.class_id, row.school_year_id, row.until) == (class_id, year, None)
            assert membership.class_on(conn, student_id, "2099-01-01").class_id == class_id
        assert conn.execute("SELECT count(*) FROM rollover").fetchone()[0] == 0
