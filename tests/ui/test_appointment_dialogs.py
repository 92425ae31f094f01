"""The appointments' dialogs beyond booking (tests/ui/test_appointments_page.py): a record whose signature fails
after its follow-up went to the watch list is signed again without a second follow-up; the note of a waiting-list
request is read in the window (counselors; never the assistant); class periods refused when they overlap, and set
per weekday ("same as Monday" by default) with the booking warning following the day's own periods."""
from __future__ import annotations

from datetime import date, timedelta

from counselor_app.domain.errors import StorageError
from counselor_app.services import office as office_service, session_records
from counselor_app.services.demo import DEMO_PASSWORD
from test_appointments_page import (LEFT, held_watched_session, office, open_page, open_record,  # noqa: F401
                                    prepared)
from ui_helpers import wait_for


def test_a_failed_signature_is_retried_without_a_second_follow_up(qtbot, make_app, office, data_dir,  # noqa: F811
                                                                  answered_dialogs, monkeypatch):
    rows = office[2]
    held = held_watched_session(office, data_dir, rows[15])
    real_sign, failures = session_records.sign_record, []

    def sign_failing_once(s, record_id):
        if not failures:
            failures.append(record_id)
            raise StorageError(reason="disk full")
        return real_sign(s, record_id)
    monkeypatch.setattr(session_records, "sign_record", sign_failing_once)
    page, record = open_record(qtbot, make_app, held)
    assert record.followup.isVisible()
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


def periods_tab(qtbot, page):
    qtbot.mouseClick(page.setup_button, LEFT)
    dialog = page.editor
    wait_for(qtbot, lambda: dialog.loaded)
    bar = dialog.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(dialog.tabs.indexOf(dialog.periods)).center())
    assert dialog.tabs.currentWidget() is dialog.periods
    return dialog, dialog.periods


def saved_rules(qtbot, page):
    from counselor_app.services import appointment_setup

    got = []
    page.app.worker.run(lambda s: appointment_setup.appointment_rules(s), got.append)
    wait_for(qtbot, lambda: bool(got))
    return got[0]


def test_overlapping_periods_are_refused_in_the_dialog(qtbot, make_app, office):  # noqa: F811
    from counselor_app.services.appointment_setup import K12_PERIODS
    from test_appointments_page import type_in_cell

    page = open_page(qtbot, make_app, "demo")                 # the office head
    dialog, tab = periods_tab(qtbot, page)
    assert tab.day.currentText() == "周一" and not tab.same.isVisible() and tab.table.rowCount() == 7
    qtbot.mouseClick(tab.add, LEFT)
    type_in_cell(qtbot, tab.table, 7, 0, "08:40")
    type_in_cell(qtbot, tab.table, 7, 1, "09:25")
    qtbot.mouseClick(tab.save, LEFT)
    wait_for(qtbot, lambda: bool(dialog.error.text()))
    assert dialog.error.text() == "星期一：第8节（08:40–09:25）与第1节（08:00–08:45）时间重叠。"
    assert saved_rules(qtbot, page).class_periods == K12_PERIODS and tab.table.rowCount() == 8    # nothing saved


def test_friday_gets_its_own_periods_and_the_warning_follows_them(qtbot, make_app, office, data_dir):  # noqa: F811
    from counselor_app.services import school_calendar
    from test_appointments_page import book_dialog, choose

    _folder, _day, rows, _counselor, _past = office
    with office_service.login(data_dir, "demo", DEMO_PASSWORD) as s:
        cal = school_calendar.calendar(s)
    friday = next(date.today() + timedelta(days=n) for n in range(2, 400)
                  if (date.today() + timedelta(days=n)).weekday() == 4
                  and cal.is_school_day(date.today() + timedelta(days=n))
                  and cal.is_school_day(date.today() + timedelta(days=n - 1)))
    page = open_page(qtbot, make_app, "demo")
    dialog, tab = periods_tab(qtbot, page)
    tab.day.setCurrentIndex(4)                                # 周五: the same as Monday, read-only
    assert tab.same.isChecked() and tab.table.rowCount() == 7 and not tab.add.isEnabled()
    qtbot.mouseClick(tab.same, LEFT)                          # its own, from a copy of Monday's
    assert not tab.same.isChecked() and tab.add.isEnabled() and tab.table.rowCount() == 7
    assert tab.day.itemText(4) == "周五（单独设置）"
    tab.table.selectRow(6)                                    # Friday afternoon ends early: no 16:00–16:45
    qtbot.mouseClick(tab.remove, LEFT)
    tab.day.setCurrentIndex(0)                                # moving between the days keeps what was written
    assert tab.table.rowCount() == 7
    tab.day.setCurrentIndex(4)
    assert tab.table.rowCount() == 6
    qtbot.mouseClick(tab.save, LEFT)
    wait_for(qtbot, lambda: not saved_rules(qtbot, page).same_as_monday(4))
    rules = saved_rules(qtbot, page)
    assert len(rules.periods_of(4)) == 6 and len(rules.periods_of(3)) == 7 and rules.same_as_monday(3)
    assert dialog.error.text() == ""
    dialog.reject()
    thursday = book_dialog(qtbot, page, friday - timedelta(days=1), "16:00")
    choose(qtbot, thursday, rows[16].student_no)
    wait_for(qtbot, lambda: "上课时间（16:00–16:45）" in thursday.conflicts.text())
    thursday.reject()
    booking = book_dialog(qtbot, page, friday, "16:00")
    choose(qtbot, booking, rows[16].student_no)
    wait_for(qtbot, lambda: booking.check is not None)
    assert "上课时间" not in booking.conflicts.text()


def waiting_line(qtbot, page, student) -> int:
    page.tabs.setCurrentIndex(1)
    wait_for(qtbot, lambda: any(student.name in page.waiting.item(i).text() for i in range(page.waiting.count())))
    return next(i for i in range(page.waiting.count()) if student.name in page.waiting.item(i).text())


def test_the_note_of_a_waiting_list_request_is_read_in_the_window(qtbot, make_app, office, data_dir):  # noqa: F811
    from counselor_app.services import appointment_waitlist
    from ui_helpers import audit_actions

    _folder, _day, rows, counselor, _past = office
    with office_service.login(data_dir, "counselor", DEMO_PASSWORD) as s:
        appointment_waitlist.add_request(s, appointment_waitlist.RequestEdit(
            rows[17].id, counselor, preferred="2 12:00-13:00;4 16:30-18:00", note="班主任转介：考试前失眠，希望午休时间"))
    page = open_page(qtbot, make_app)                         # the counselor: a double-click opens it, note and all
    line = waiting_line(qtbot, page, rows[17])
    assert page.waiting.item(line).text().endswith("希望时间 周三 12:00–13:00；周五 16:30–18:00")
    rect = page.waiting.visualItemRect(page.waiting.item(line))
    qtbot.mouseClick(page.waiting.viewport(), LEFT, pos=rect.center())
    qtbot.mouseDClick(page.waiting.viewport(), LEFT, pos=rect.center())
    wait_for(qtbot, lambda: page.editor is not None and getattr(page.editor, "view", None) is not None)
    dialog = page.editor
    assert dialog.isVisible() and dialog.note.toPlainText() == "班主任转介：考试前失眠，希望午休时间"
    assert dialog.note.isReadOnly() and not dialog.ok_button.isVisible()
    assert dialog.values["preferred"].text() == "周三 12:00–13:00；周五 16:30–18:00"
    assert dialog.values["state"].text() == "等待中" and rows[17].student_no in dialog.values["student"].text()
    assert audit_actions(qtbot, page.app)[-1] == "view.request"
    dialog.reject()


def test_the_assistant_opens_a_request_without_its_note(qtbot, make_app, office, data_dir):  # noqa: F811
    from counselor_app.services import appointment_waitlist

    _folder, _day, rows, _counselor, _past = office
    with office_service.login(data_dir, "counselor", DEMO_PASSWORD) as s:
        appointment_waitlist.add_request(s, appointment_waitlist.RequestEdit(rows[18].id, note="家里近况困难"))
    page = open_page(qtbot, make_app, "assistant")
    page.waiting.setCurrentRow(waiting_line(qtbot, page, rows[18]))
    qtbot.mouseClick(page.view_request_button, LEFT)
    wait_for(qtbot, lambda: page.editor is not None and getattr(page.editor, "view", None) is not None)
    dialog = page.editor
    assert dialog.note is None and dialog.view.note is None and dialog.values["counselor"].text() == "不限"
    texts = " ".join(w.text() for w in dialog.values.values())
    assert "家里" not in texts and dialog.values["preferred"].text() == "任何时间"
    page.waiting.clearSelection()
    page.waiting.setCurrentItem(None)
    dialog.reject()
    before = page.editor
    qtbot.mouseClick(page.view_request_button, LEFT)          # nothing chosen: nothing opens
    assert page.editor is before


def test_how_the_student_came_is_not_a_blank_box(qtbot, make_app, office):  # noqa: F811
    """来访途径 opened as an empty box, as if it had failed to load: its first choice now says it is not stated."""
    from test_appointments_page import book_dialog

    _folder, day, _rows, _counselor, _past = office
    page = open_page(qtbot, make_app)
    booking = book_dialog(qtbot, page, day, "10:30")
    assert booking.referral.currentText() == "（未说明）" and booking.referral.currentData() == ""
    booking.reject()
