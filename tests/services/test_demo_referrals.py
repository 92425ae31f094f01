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
