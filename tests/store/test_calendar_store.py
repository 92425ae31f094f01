"""Migration 3 (the school calendar) on an office saved at schema 2, and the calendar's rows."""
import shutil
from pathlib import Path

import pytest

from counselor_app.services.office import login
from counselor_app.store import calendar, crypto, database, migrations
from counselor_app.store.database import transaction

FIXTURES = Path(__file__).resolve().parent / "fixtures"
FIXTURE_PASSWORD = "Xinli-2026-Office"


def test_schema_2_office_upgrades_to_the_calendar(tmp_path):
    office = tmp_path / "office"
    shutil.copytree(FIXTURES / "schema_v2", office)
    with login(office, "demo", FIXTURE_PASSWORD) as session:
        conn = session.conn
        assert migrations.current_version(conn) >= 3
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "calendar_day" in tables
        # the school year and semesters the demo office had are kept, and can be listed by date
        years = calendar.school_years(conn)
        assert [y[1] for y in years] == ["2026-2027"]
        assert [s[2] for s in calendar.semesters(conn)] == [1, 2]
        assert calendar.office_days(conn) == []
        with transaction(conn):
            calendar.put_day(conn, "2027-02-08", "holiday", "春节", "entered", "2026-11-28T00:00:00+00:00")
        assert calendar.office_days(conn, "2027-01-01", "2027-12-31") == [("2027-02-08", "holiday", "春节", "entered")]
    assert any(p.name.startswith("premigration-") for p in (office / "backups").iterdir())


@pytest.fixture
def conn(tmp_path):
    c = database.connect(tmp_path / "d.db", crypto.new_data_key(), create=True)
    migrations.migrate(c)
    yield c
    c.close()


def test_day_rows_are_checked(conn):
    for day, kind in (("2027-2-8", "holiday"), ("2027-02-08", "vacation"), ("", "holiday")):
        with pytest.raises(database.DatabaseError):
            with transaction(conn):
                calendar.put_day(conn, day, kind, "", "entered", "t")
    with transaction(conn):
        calendar.put_day(conn, "2027-02-08", "holiday", "春节", "entered", "t")
        calendar.put_day(conn, "2027-02-08", "workday", "", "imported", "t")   # replaces, never duplicates
    assert calendar.office_days(conn) == [("2027-02-08", "workday", "", "imported")]
    with transaction(conn):
        assert calendar.delete_day(conn, "2027-02-08") and not calendar.delete_day(conn, "2027-02-08")


def test_semesters_keep_their_ids_when_dates_change(conn):
    with transaction(conn):
        year = calendar.insert_year(conn, "2026-2027", "2026-09-01", "2027-08-31")
        calendar.set_semesters(conn, year, [(1, "2026-09-01", "2027-01-20"), (2, "2027-02-20", "2027-07-10")])
    before = calendar.semesters(conn)
    with transaction(conn):
        calendar.update_year(conn, year, "2026-2027", "2026-08-30", "2027-08-31")
        calendar.set_semesters(conn, year, [(1, "2026-08-31", "2027-01-22"), (2, "2027-02-22", "2027-07-09")])
    after = calendar.semesters(conn)
    assert [s[0] for s in after] == [s[0] for s in before]
    assert after[0][3:] == ("2026-08-31", "2027-01-22")
