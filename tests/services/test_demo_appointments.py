"""The demo office's appointments (the command line's and the wizard's demo): a semester so far, a series, today's
list, records signed and missing, a waiting list with an urgent request and an offer; a plain demo has none."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from testdata import CHEAP_KDF

from counselor_app.services import appointment_views, office, session_records
from counselor_app.services.demo import DEMO_PASSWORD, create_demo_office

TODAY = date(2026, 11, 20)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo_appt") / "office"
    create_demo_office(folder, students=200, kdf=CHEAP_KDF, today=TODAY, watch=True).office.session.close()
    return folder


def test_a_plain_demo_has_no_appointments(tmp_path):
    demo = create_demo_office(tmp_path / "plain", students=20, kdf=CHEAP_KDF, today=TODAY)
    with demo.office.session as s:
        assert s.conn.execute("SELECT count(*) FROM appointment").fetchone()[0] == 0


def test_the_counselors_semester(demo):
    with office.login(demo, "counselor", DEMO_PASSWORD) as s:
        states = dict(s.conn.execute("SELECT state, count(*) FROM appointment GROUP BY state").fetchall())
        assert states["completed"] >= 8 and states["booked"] >= 5 and states.get("no_show", 0) + states.get(
            "cancelled_student", 0) >= 1
        assert s.conn.execute("SELECT count(*) FROM appointment WHERE series_id IS NOT NULL").fetchone()[0] == 8
        kinds = {k for (k,) in s.conn.execute("SELECT DISTINCT kind FROM appointment")}
        assert kinds == {"individual", "group", "parent", "crisis"}
        today = appointment_views.today(s, now=datetime(2026, 11, 20, 8))
        assert len(today.appointments) == 3
        assert today.without_record and today.urgent_requests and today.waiting >= 2 and today.offers == 1
        signed = s.conn.execute("SELECT count(*) FROM session_record WHERE signed_at IS NOT NULL").fetchone()[0]
        assert signed >= 3
        rid = s.conn.execute("SELECT record_id FROM session_addendum").fetchone()[0]
        assert session_records.get_record(s, rid).addenda
