"""The student profile's 转介, 请假/休学与复学 and 危机事件 sections (services/referral_profile.py): the demo office's
records of one student, no clinical text, audited as a look at the file, refused to an assistant."""
import dataclasses
import shutil
from datetime import date

import pytest
from testdata import CHEAP_KDF
from watch_helpers import LOGIN

from counselor_app.domain.errors import PermissionDenied
from counselor_app.domain.roles import Role
from counselor_app.services import crisis, leaves, office, profile, referral_profile, referral_reopen, referral_views
from counselor_app.services.demo import DEMO_PASSWORD, create_demo_office
from counselor_app.store import audit

TODAY = date(2026, 11, 20)
SECTIONS = ["referrals", "leaves", "incidents"]


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo") / "office"
    create_demo_office(folder, students=120, kdf=CHEAP_KDF, today=TODAY, watch=True).office.session.close()
    return folder


@pytest.fixture
def demo(prepared, tmp_path):
    folder = tmp_path / "office"
    shutil.copytree(prepared, folder)
    return folder


def views(s, student_id):
    return [(r.action, r.outcome) for r in audit.iter_all(s.conn)
            if r.target_type == "student" and r.target_id == str(student_id)]


def test_the_sections_show_the_students_referrals_leaves_and_incidents(demo):
    with office.login(demo, LOGIN[Role.HEAD], DEMO_PASSWORD) as s:
        lines = referral_views.list_referrals(s, today=TODAY)
        late = next(r for r in lines if r.overdue)
        mine = referral_profile.student_referrals(s, late.student_id, today=TODAY)
        assert {r.id for r in mine} == {r.id for r in lines if r.student_id == late.student_id}
        (ref,) = [r for r in mine if r.id == late.id]
        assert (ref.number, ref.hospital, ref.state, ref.overdue, ref.returned_on, ref.closed_on, ref.reopened_on) == (
            "2026-002", "示范市精神卫生中心", "issued", True, None, None, None)
        assert ref.issued_on == "2026-11-08" and ref.receipt_due == "2026-11-15"
        # never the referral's reason, advice or diagnosis
        assert {f.name for f in dataclasses.fields(ref)} == {
            "id", "number", "hospital", "state", "issued_on", "receipt_due", "returned_on", "overdue", "closed_on",
            "reopened_on"}

        (away,) = leaves.list_leaves(s)
        (leave,) = referral_profile.student_leaves(s, away.student_id)
        assert (leave.number, leave.kind, leave.state, leave.meetings, leave.conclusion, leave.returned_on) == (
            away.number, "suspension", "returning", 0, "", None)
        leaves.record_return_meeting(s, away.id, leaves.ReturnMeeting(TODAY, "家长、心理教师、班主任", "postponed",
                                                                      date(2026, 12, 4), "仍需观察"),
                                     leaves.get_leave(s, away.id).row.revision, today=TODAY)
        (leave,) = referral_profile.student_leaves(s, away.student_id)
        assert (leave.meetings, leave.conclusion) == (1, "postponed")
        assert "notes" not in {f.name for f in dataclasses.fields(leave)}

        (incident_line,) = crisis.list_incidents(s)
        victim = crisis.get_incident(s, incident_line.id).students[0].student_id
        (incident,) = referral_profile.student_incidents(s, victim)
        assert (incident.number, incident.type, incident.gravity, incident.state) == (
            incident_line.number, "self_harm", "major", "closed")
        assert incident.occurred_at == incident_line.occurred_at
        assert referral_profile.student_incidents(s, late.student_id) == []
        assert referral_profile.student_leaves(s, late.student_id) == []


def test_a_reopened_referral_says_when(demo):
    with office.login(demo, LOGIN[Role.HEAD], DEMO_PASSWORD) as s:
        done = next(r for r in referral_views.list_referrals(s, today=TODAY) if r.state == "closed")
        (before,) = [r for r in referral_profile.student_referrals(s, done.student_id, today=TODAY) if r.id == done.id]
        assert before.closed_on and before.reopened_on is None
        referral_reopen.reopen_referral(s, done.id, "家长带来新的医院诊断证明",
                                        referral_views.get_referral(s, done.id).row.revision)
        (after,) = [r for r in referral_profile.student_referrals(s, done.student_id, today=TODAY) if r.id == done.id]
        assert after.state != "closed" and after.closed_on is None and len(after.reopened_on) == 10


def test_the_sections_are_one_look_in_the_profile_and_their_own_look_alone(demo):
    with office.login(demo, LOGIN[Role.COUNSELOR], DEMO_PASSWORD) as s:
        (away,) = leaves.list_leaves(s)
        sid = away.student_id
        referral_views.list_referrals(s)
        before = len(views(s, sid))
        opened = profile.open_profile(s, sid, ["basic", *SECTIONS])
        assert [x.kind for x in opened.sections["leaves"]] == ["suspension"]
        assert [r.number for r in opened.sections["referrals"]] == [
            r.number for r in referral_views.list_referrals(s) if r.student_id == sid]
        assert opened.sections["incidents"] == []
        assert views(s, sid)[before:] == [("view.student", "ok")]
        referral_profile.student_leaves(s, sid)
        assert views(s, sid)[before + 1:] == [("view.student", "ok")]


def test_an_assistant_has_none_of_them_and_is_refused(demo):
    with office.login(demo, LOGIN[Role.ASSISTANT], DEMO_PASSWORD) as s:
        assert not set(SECTIONS) & set(profile.may_see(s))
        sid = 1
        for loader, denied in ((referral_profile.student_referrals, "denied.manage_referrals"),
                               (referral_profile.student_leaves, "denied.manage_referrals"),
                               (referral_profile.student_incidents, "denied.view_crisis")):
            before = len(views(s, sid))
            with pytest.raises(PermissionDenied):
                loader(s, sid)
            assert views(s, sid)[before:] == [(denied, "denied")]
        with pytest.raises(PermissionDenied):
            profile.open_profile(s, sid, ["basic", "incidents"])
