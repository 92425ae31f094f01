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
    assert [v for v, _, _ in migrations.migrations()] == list(range(1, migrations.latest_version() + 1))


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
    broken = ((1, "base", migrations.migrations()[0][2] + "\nCREATE TABLE office (x);"),)
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
