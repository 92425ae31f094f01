"""The appointments' dialogs beyond booking (tests/ui/test_appointments_page.py): a record whose signature fails
after its follow-up went to the watch list is signed again without a second follow-up; the note of a waiting-list
request is read in the window (counselors; never the assistant); class periods refused when they overlap, and set
per weekday ("same as Monday" by default) with the booking warning following the day's own periods."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from counselor_app.domain.errors import StorageError
from counselor_app.services import appointments, office as office_service, session_records, watch
from counselor_app.services.appointments import BookingEdit
from counselor_app.services.demo import DEMO_PASSWORD
from test_appointments_page import LEFT, office, open_page, prepared  # noqa: F401 - the fixtures
from ui_helpers import wait_for


def test_a_failed_signature_is_retried_without_a_second_follow_up(qtbot, make_app, office, data_dir,  # noqa: F811
                                                                  answered_dialogs, monkeypatch):
    _folder, _day, rows, counselor, past = office
    with office_service.login(data_dir, "counselor", DEMO_PASSWORD) as s:   # a held session of a watched student
        watch.open_entry(s, watch.NewEntry(rows[15].id, watch.EntryEdit("staff", "样例"), "yellow", "mild",
                                           "following", past - timedelta(days=1)))
        held = appointments.book(s, BookingEdit(counselor, past, "07:30", (rows[15].id,), mode="online",
                                                room_id=None), now=datetime.combine(past, datetime.min.time())).id
        appointments.arrive(s, held, at=datetime.combine(past, datetime.min.time()).replace(hour=7, minute=30))
        appointments.complete(s, held)
    real_sign, failures = session_records.sign_record, []

    def sign_failing_once(s, record_id):
        if not failures:
            failures.append(record_id)
            raise StorageError(reason="disk full")
        return real_sign(s, record_id)
    monkeypatch.setattr(session_records, "sign_record", sign_failing_once)
    page = open_page(qtbot, make_app)
    page.open_appointment(held)
    dialog = page.editor
    wait_for(qtbot, lambda: dialog.detail is not None and dialog.record_button.isEnabled())
    qtbot.mouseClick(dialog.record_button, LEFT)
    record = dialog.record_dialog
    wait_for(qtbot, lambda: record.isVisible() and not record.loading and record.followup.isVisible())
    qtbot.keyClicks(record.texts["complaint"], "sleep")
    qtbot.keyClicks(record.texts["process"], "listened")
    qtbot.mouseClick(record.followup, LEFT)
    qtbot.keyClicks(record.seen, "calmer")
    answered_dialogs.set_next_answers(True)
    qtbot.mouseClick(record.sign_button, LEFT)                # saved, the follow-up added, the signature fails
    wait_for(qtbot, lambda: bool(record.error.text()))
    assert record.isVisible() and "disk full" in record.error.text() and failures
    answered_dialogs.set_next_answers(True)
    qtbot.mouseClick(record.sign_button, LEFT)                # the retry signs; the box is still ticked
    wait_for(qtbot, lambda: not record.isVisible())
    got = []
    page.app.worker.run(lambda s: (s.conn.execute(
        "SELECT count(*) FROM watch_followup f JOIN watch_entry e ON e.id = f.entry_id WHERE e.student_id = ?",
        (rows[15].id,)).fetchone()[0], s.conn.execute(
        "SELECT signed_at IS NOT NULL, risk_noted FROM session_record WHERE appointment_id = ?", (held,)).fetchone()),
        got.append)
    wait_for(qtbot, lambda: bool(got))
    assert got[0] == (1, (1, 1))
