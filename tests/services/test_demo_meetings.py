"""The demo office's review meetings (services/demo_meetings.py) on top of the demo watch list."""
from collections import Counter
from datetime import date

import pytest
from testdata import CHEAP_KDF

from counselor_app.services import meetings_minutes, meetings_overview
from counselor_app.services.demo import create_demo_office

TODAY = date(2026, 11, 20)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    made = create_demo_office(tmp_path_factory.mktemp("demo") / "office", students=600, kdf=CHEAP_KDF, today=TODAY,
                              watch=True)
    s = made.office.session
    listed = meetings_overview.list_meetings(s)
    minutes = {m.id: meetings_minutes.minutes(s, m.id) for m in listed}
    history = s.conn.execute("SELECT count(*) FROM watch_history h JOIN watch_entry e ON e.id = h.entry_id "
                             "WHERE h.kind = 'level' AND e.level = 'yellow'").fetchone()[0]
    missing = meetings_overview.grades_without_meeting(s, today=TODAY)
    s.close()
    return listed, minutes, history, missing


def test_two_months_of_finalized_meetings_and_one_in_preparation(demo):
    listed, _minutes, _history, missing = demo
    by_month = Counter((m.month, m.state) for m in listed)
    assert by_month[("2026-09", "finalized")] == by_month[("2026-10", "finalized")] >= 3
    assert by_month[("2026-11", "preparing")] == 1
    assert missing and all(g != next(m.grade_id for m in listed if m.month == "2026-11") for g, _n in missing)


def test_decisions_changed_the_watch_list_and_the_loop_is_followed_up(demo):
    listed, minutes, history, _missing = demo
    october = [minutes[m.id] for m in listed if m.month == "2026-10"]
    decisions = Counter(d.decision for mi in october for d in mi.decisions)
    assert decisions["lower"] >= 1 and decisions["refer"] >= 1 and decisions["maintain"] >= 1
    lowered = [d for mi in october for d in mi.decisions if d.decision == "lower"]
    assert all((d.level_before, d.level_after) == ("orange", "yellow") and d.actions for d in lowered)
    assert history >= len(lowered)
    assert sum(len(mi.follow_ups) for mi in october) >= 2      # the September actions, done or not
    assert sum(len(mi.addenda) for mi in october) == 1 and all(a.signed for mi in october for a in mi.addenda)
    assert all("*" in d.student for mi in october for d in mi.decisions)
    people = [a for mi in october for a in mi.attendees]
    assert any(a.external for a in people) and any(a.attendance == "absent" and a.absence_reason for a in people)
