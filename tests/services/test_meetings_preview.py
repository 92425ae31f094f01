"""The confirmation before finalizing (services/meetings_preview.py) says what finalizing will do: for each decision
the level, state and next review the entry gets — the same as finalize_meeting then writes — the measures it adds,
and why a decision that no longer fits its entry would be refused; it writes nothing but its audit row."""
from datetime import date

import pytest

from counselor_app.domain.roles import Role
from counselor_app.services import meetings, meetings_decisions as dec, meetings_finalize as fin
from counselor_app.services import meetings_preview
from counselor_app.store import database
from meeting_helpers import TODAY, login, prepare
from test_meetings import decide_all, items_by_student, meeting_state, new, ready, watch_state


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    from counselor_app.store import crypto
    from testdata import CHEAP_KDF

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(crypto, "PRODUCTION_KDF", CHEAP_KDF)
        return prepare(tmp_path_factory.mktemp("meetingpreview") / "office")


@pytest.mark.parametrize("role, closed", [(Role.HEAD, True), (Role.COUNSELOR, False)])
def test_the_preview_says_what_finalizing_then_does(prepared, tmp_path, role, closed):
    s = login(prepared, tmp_path, role)
    try:
        mid = meetings.create_meeting(s, new(prepared), today=TODAY)
        decide_all(s, prepared, mid)
        ready(s, mid)
        before_watch, before_meeting = watch_state(s), meeting_state(s)
        preview = meetings_preview.finalize_preview(s, mid)
        assert (watch_state(s), meeting_state(s)) == (before_watch, before_meeting)   # a look, no change
        assert s.conn.execute("SELECT action, detail FROM audit_log ORDER BY id DESC LIMIT 1").fetchone() == (
            "view.meeting", "finalize preview 4")
        assert preview.undecided == 0 and [c.decision for c in preview.changes] == ["lower", "close", "refer",
                                                                                    "raise"]
        assert all(c.problem is None for c in preview.changes)
        by_code = {c.decision: c for c in preview.changes}
        assert by_code["lower"].measures == 1 and by_code["refer"].measures == 1 and by_code["raise"].measures == 0
        assert by_code["close"].close_asked is not closed
        fin.finalize_meeting(s, mid, meetings.load_meeting(s, mid).revision, today=TODAY)
        rows = {r[0]: r[1:] for r in s.conn.execute("SELECT id, level, state, next_review FROM watch_entry")}
        for change, entry in ((by_code["lower"], prepared.entries["new"]),
                              (by_code["raise"], prepared.entries["candidate"]),
                              (by_code["refer"], prepared.entries["leveled"])):
            assert (change.level_after, change.state_after, change.next_review) == rows[entry]
        assert by_code["close"].state_after == rows[prepared.entries["due"]][1]
    finally:
        s.close()


def test_a_decision_that_no_longer_fits_is_named_with_its_reason(prepared, tmp_path):
    s = login(prepared, tmp_path, Role.HEAD)
    try:
        mid = meetings.create_meeting(s, new(prepared), today=TODAY)
        item = items_by_student(s, mid)[prepared.students[1]]   # 'new': orange
        dec.record_decision(s, mid, item.id, dec.DecisionEdit("lower", level="yellow"))
        with database.transaction(s.conn):   # the level changed meanwhile (as the watch list would do it)
            s.conn.execute("UPDATE watch_entry SET level = 'yellow' WHERE id = ?", (prepared.entries["new"],))
        preview = meetings_preview.finalize_preview(s, mid)
        assert preview.undecided == len(meetings.store.items(s.conn, mid)) - 1
        (change,) = preview.changes
        assert change.problem is not None and change.level_after == change.level_before == "yellow"
    finally:
        s.close()
