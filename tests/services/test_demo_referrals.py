"""The demo office's referrals, leave and crisis records (with the watch list), and the start page's loops."""
from datetime import date

from testdata import CHEAP_KDF

from counselor_app.services import crisis, leaves, referral_loops, referral_views
from counselor_app.services.demo import create_demo_office

TODAY = date(2026, 11, 20)


def test_the_demo_has_referrals_in_every_state_a_return_and_a_closed_incident(tmp_path):
    demo = create_demo_office(tmp_path / "office", students=200, kdf=CHEAP_KDF, today=TODAY, watch=True)
    with demo.office.session as s:
        found = referral_views.list_referrals(s, today=TODAY)
        assert {r.state for r in found} == {"draft", "issued", "visited", "returned", "closed"}
        assert [r.number for r in found if r.overdue] == ["2026-002"]
        assert [(x.state, x.kind) for x in leaves.list_leaves(s)] == [("returning", "suspension")]
        (incident,) = crisis.list_incidents(s)
        detail = crisis.get_incident(s, incident.id)
        assert incident.state == "closed" and all(step.done_at for step in detail.steps)
        assert detail.report_minutes == 7 and detail.report_late is False
        loops = referral_loops.my_loops(s, today=TODAY)
        assert [r.number for r in loops.receipts] == ["2026-002"] and loops.incidents == ()


def test_the_start_page_loops_by_role(tmp_path):
    from watch_helpers import LOGIN
    from counselor_app.domain.roles import Role
    from counselor_app.services import office
    from counselor_app.services.demo import DEMO_PASSWORD

    demo = create_demo_office(tmp_path / "office", students=200, kdf=CHEAP_KDF, today=TODAY, watch=True)
    demo.office.session.close()
    with office.login(tmp_path / "office", LOGIN[Role.ASSISTANT], DEMO_PASSWORD) as s:
        assert referral_loops.my_loops(s, today=TODAY).empty      # nothing of it for an assistant
    with office.login(tmp_path / "office", LOGIN[Role.COUNSELOR], DEMO_PASSWORD) as s:
        loops = referral_loops.my_loops(s, today=TODAY)
        assert loops.receipts == ()                             # the head wrote the demo's referrals


def test_the_timeline_shows_referrals_leaves_and_incidents(tmp_path):
    from counselor_app.services import timeline
    from counselor_app.store import crisis as crisis_store, leaves as leave_store, referrals as referral_store

    demo = create_demo_office(tmp_path / "office", students=200, kdf=CHEAP_KDF, today=TODAY, watch=True)
    with demo.office.session as s:
        done = next(r.referral for r in referral_store.list_rows(s.conn) if r.referral.close_reason == "done")
        events = timeline.student_timeline(s, done.student_id, sources=("referrals",)).events
        assert [e.title for e in events] == [f"Referral 2026-00{done.seq}: receipt back",
                                             f"Referral 2026-00{done.seq} issued: 示范市精神卫生中心"]
        assert events[0].detail == "The doctor's advice: may study at school as usual"
        away = leave_store.list_rows(s.conn)[0].leave
        (event,) = timeline.student_timeline(s, away.student_id, sources=("referrals",)).events
        assert event.title.startswith("suspension from ") and event.day_only
        victim = crisis_store.students(s.conn, 1)[0].student_id
        (event,) = timeline.student_timeline(s, victim, sources=("crisis",)).events
        assert event.title == "Crisis incident 2026-001: self-harm" and event.detail == "major"
