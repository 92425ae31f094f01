"""The minutes' 本月概况 (services/meetings_minutes._summary) on the hand-checked office of meeting_helpers: level
changes counted by the office's local day (not the UTC day of the history's timestamps), an entry opened and closed
within the month (and one reopened after the meeting day), and a meeting finalized on the day it was held: the
summary stays what the meeting found, its own decisions are not counted twice, and nothing written after it was
finalized changes the locked minutes."""
from __future__ import annotations

from datetime import date

import pytest

from counselor_app.domain.meeting import month_of
from counselor_app.domain.roles import Role
from counselor_app.services import meetings, meetings_agenda as agenda, meetings_attendance as attendance
from counselor_app.services import meetings_decisions as dec, meetings_finalize as fin, meetings_minutes, watch
from counselor_app.store import audit
from counselor_app.store.database import transaction
from meeting_helpers import HELD, MONTH, TODAY, _entry, login, prepared_office, shanghai  # noqa: F401  (a fixture)


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    return prepared_office(tmp_path_factory, "meeting_summary")


@pytest.fixture
def head(prepared, tmp_path):
    s = login(prepared, tmp_path, Role.HEAD)
    yield s
    s.close()


def history(s, entry_id: int, at: str, kind: str, old: str, new: str) -> None:
    with transaction(s.conn):
        s.conn.execute("INSERT INTO watch_history (entry_id, at, user_id, kind, old_value, new_value) "
                       "VALUES (?, ?, 1, ?, ?, ?)", (entry_id, at, kind, old, new))


def meeting_of(s, p, held: date, month: str, today: date) -> int:
    return meetings.create_meeting(s, meetings.NewMeeting(p.grade_id, month, meetings.MeetingEdit(
        held, "15:30", "17:00", "三楼会议室", p.staff[0], p.staff[1])), today=today)


def summary(s, mid):
    return meetings_minutes.minutes(s, mid).summary


def test_level_changes_count_by_the_office_s_local_day(prepared, head, shanghai):
    e = prepared.entries
    history(head, e["due"], "2026-10-31T23:30:00+00:00", "level", "yellow", "orange")    # 1 Nov 07:30 in Beijing
    history(head, e["calm"], "2026-11-18T17:00:00+00:00", "level", "yellow", "red")      # 19 Nov 01:00: after
    got = summary(head, meeting_of(head, prepared, HELD, MONTH, TODAY))
    assert (got.raised, got.lowered) == (1, 1)             # 'due' raised in November; 'leveled' lowered (12 Nov)
    assert got.by_level.get("red", 0) == 0 and got.by_level["orange"] == 2   # 'due' and 'new'; 'calm' still yellow


def test_entries_opened_and_closed_within_the_month(prepared, head, shanghai):
    e = prepared.entries
    closed = _entry(head, prepared.students[5], "red", date(2026, 11, 3))
    with transaction(head.conn):
        head.conn.execute("UPDATE watch_entry SET state = 'closed', closed_on = '2026-11-12' WHERE id = ?", (closed,))
    history(head, closed, "2026-11-12T02:00:00+00:00", "closed", "following", "closed")
    # 'new' (opened 5 Nov) was closed on the 10th and is open again since the 19th: closed on the meeting day
    history(head, e["new"], "2026-11-10T02:00:00+00:00", "closed", "following", "closed")
    history(head, e["new"], "2026-11-19T02:00:00+00:00", "reopened", "orange", "orange")
    got = summary(head, meeting_of(head, prepared, HELD, MONTH, TODAY))
    assert (got.new, got.closed) == (3, 2)       # 'new', 'candidate' and the red one; the red one and 'new'
    assert (got.open, got.by_level) == (4, {"yellow": 4})   # 'due', 'calm', 'leveled', 'candidate'


def test_a_meeting_finalized_the_day_it_is_held_keeps_the_summary_it_found(prepared, head, monkeypatch):
    # everything in one second (timestamps have whole seconds): an entry opened in the second the meeting is
    # finalized stays in its summary, and only the finalization's own rows are left out
    second = audit.now_iso()
    monkeypatch.setattr(audit, "now_iso", lambda: second)
    today = date.today()
    watch.open_entry(head, watch.NewEntry(prepared.students[5], watch.EntryEdit("staff", "班主任反映情绪低落"), "red",
                                          "mild", "following", today), today=today)
    mid = meeting_of(head, prepared, today, month_of(today), today)
    raised = None
    for it in agenda.get_meeting(head, mid).items:
        edit = dec.DecisionEdit("maintain")
        if raised is None and it.entry_id == prepared.entries["due"]:
            edit, raised = dec.DecisionEdit("raise", level="orange"), it.entry_id
        dec.record_decision(head, mid, it.id, edit)
    assert raised is not None
    meetings.start_meeting(head, mid, meetings.load_meeting(head, mid).revision)
    people = tuple(attendance.AttendeeEdit(a.role, a.staff_id, attendance="present")
                   for a in agenda.get_meeting(head, mid).attendees)
    attendance.set_attendees(head, mid, people, meetings.load_meeting(head, mid).revision)
    found = summary(head, mid)
    fin.finalize_meeting(head, mid, meetings.load_meeting(head, mid).revision, today=today)
    assert head.conn.execute("SELECT level FROM watch_entry WHERE id = ?", (raised,)).fetchone()[0] == "orange"
    assert summary(head, mid) == found           # the raise is in the decisions' section, not counted again
    # a change written later the same day does not reach the locked minutes
    finalized_at = meetings.load_meeting(head, mid).finalized_at
    history(head, prepared.entries["calm"], finalized_at.replace("+00:00", ".5+00:00"), "level", "yellow", "red")
    assert summary(head, mid) == found
