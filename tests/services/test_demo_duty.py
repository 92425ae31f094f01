"""The demo office's duty roster (services/demo_duty.py): set up, generated, published, with logs, an approved swap
the counselor accepted from her own account, an approved cover and a swap still waiting for her answer."""
from __future__ import annotations

from datetime import date

import pytest
from testdata import CHEAP_KDF

from counselor_app.services import duty, duty_changes, duty_log, duty_roster, office
from counselor_app.services.demo import DEMO_PASSWORD, create_demo_office
from counselor_app.store import audit


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demoduty") / "office"
    made = create_demo_office(folder, students=20, kdf=CHEAP_KDF, duty=True)
    s = made.office.session
    try:
        today = date.today()
        sem = next(x for x in duty.duty_semesters(s) if x.start <= today <= x.end)
        return {"folder": folder, "semester": sem, "setup": duty.duty_setup(s, sem.id),
               "changes": duty_changes.list_changes(s), "missing": duty_log.missing_logs(s),
               "fairness": duty_roster.fairness(s, sem.id), "roster": duty_roster.coverage(s, sem.id, sem.start, today),
               "actions": [(r.action, r.user_id) for r in audit.iter_all(s.conn)], "head": s.user.id}
    finally:
        s.close()


def test_a_plain_demo_has_no_duty_set_up(tmp_path):
    made = create_demo_office(tmp_path / "o", students=20, kdf=CHEAP_KDF)
    with made.office.session as s:
        sem = duty.duty_semesters(s)[0]
        assert duty.duty_setup(s, sem.id).templates == ()


def test_the_semester_is_set_up_generated_and_published(demo):
    setup, sem = demo["setup"], demo["semester"]
    assert [p.name for p in setup.posts] == ["辅导室", "热线"] and len(setup.templates) == 15
    assert sum(p.on_list for p in setup.people) >= 3 and setup.unavailable
    found = demo["roster"]
    assert found.published_through is not None and found.published_through >= date.today()
    assert not found.plan.conflicts and found.gaps == 0
    totals = [line.counts.total for line in demo["fairness"]]
    assert min(totals) > 0 and max(totals) - min(totals) <= 2   # a swap and a cover moved a duty or two
    assert sem.start <= date.today() <= sem.end


def test_a_swap_a_cover_and_a_swap_waiting(demo):
    states = sorted((c.kind, c.state) for c in demo["changes"])
    assert states == [("cover", "approved"), ("swap", "approved"), ("swap", "requested")]
    with office.login(demo["folder"], "counselor", DEMO_PASSWORD) as c:
        accepted_by = {u for a, u in demo["actions"] if a == "duty.swap_accept"}
        assert accepted_by == {c.user.id}                       # from her own account
        waiting = [x for x in demo["changes"] if x.state == "requested"]
        assert waiting[0].other_staff_id == c.user.staff_id    # her answer is awaited


def test_logs_written_signed_and_some_missing(demo):
    missing = demo["missing"]
    assert missing and any(m.written for m in missing) and any(not m.written for m in missing)
    assert ("duty.log_sign", demo["head"]) in demo["actions"] and ("duty.contact", demo["head"]) in demo["actions"]
