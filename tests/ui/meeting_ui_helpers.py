"""Driving the review meetings' page and window in the GUI tests, on the watch-list GUI office (watch_ui_helpers:
40 students, 20 entries of 七年级 in every level and state, dated from today)."""
from __future__ import annotations

from counselor_app.services.demo import DEMO_PASSWORD
from counselor_app.ui.qt import QDialogButtonBox, Qt
from ui_helpers import log_in, wait_for

LEFT = Qt.MouseButton.LeftButton


def open_page(qtbot, make_app, login="counselor", lang="zh_CN"):
    app = make_app(lang)
    main = log_in(qtbot, app, login, DEMO_PASSWORD)
    assert main.go_to("meetings")
    page = main.pages["meetings"]
    wait_for(qtbot, lambda: page.loaded and page.overview.data is not None)
    return app, main, page


def ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)


def pick(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not in {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)


def new_meeting(qtbot, page, *, grade: str = "七年级", chair: bool = True):
    """新建研判会… for the grade this month, today, with times, place, chair (and the counselor as minute-taker): the
    meeting window once it is loaded."""
    qtbot.mouseClick(page.new_button, LEFT)
    dialog = page.editor
    wait_for(qtbot, lambda: not dialog.loading)
    pick(dialog.grade, grade)
    qtbot.keyClicks(dialog.start, "15:30")
    qtbot.keyClicks(dialog.end, "16:40")
    qtbot.keyClicks(dialog.place, "Room 301")
    if chair:
        dialog.chair.setCurrentIndex(1)
        if dialog.recorder.currentData() is None:
            dialog.recorder.setCurrentIndex(2)
    ok(qtbot, dialog)
    wait_for(qtbot, lambda: page.meeting_window is not None and page.meeting_window.view is not None)
    return page.meeting_window


def select_item(qtbot, window, row: int) -> None:
    table = window.agenda_tab.table
    index = window.agenda_tab.model.index(row, 2)
    qtbot.mouseClick(table.viewport(), LEFT, pos=table.visualRect(index).center())


def reloaded(qtbot, window, revision_before: int) -> None:
    """Wait until the window shows a newer revision of its meeting than ``revision_before``."""
    wait_for(qtbot, lambda: window.meeting is not None and window.meeting.revision > revision_before)


def decide(qtbot, window, row: int, code_text: str, level_text: str | None = None, measure: str | None = None):
    """Select the row, press 决定…, choose the decision (and level, and one measure with the first staff member as
    owner), OK; waits until the window shows it."""
    select_item(qtbot, window, row)
    item_id = window.agenda_tab.selected().id
    qtbot.mouseClick(window.agenda_tab.decide_button, LEFT)
    dialog = window.dialog
    wait_for(qtbot, lambda: not dialog.loading)
    pick(dialog.code, code_text)
    if level_text:
        pick(dialog.level, level_text)
    if measure:
        qtbot.mouseClick(dialog.add_measure_button, LEFT)
        qtbot.keyClicks(dialog.measures.cellWidget(0, 1), measure)
        dialog.measures.cellWidget(0, 2).setCurrentIndex(1)
    ok(qtbot, dialog)
    wait_for(qtbot, lambda: window.view is not None and any(
        it.id == item_id and it.decision for it in window.view.items))
    return dialog


def through(qtbot, app, call):
    """``call(session)`` on the app's worker (the office is the app's while it is open): its result, or the error
    it raised."""
    got: list = []
    app.worker.run(call, lambda r: got.append(("ok", r)), lambda e: got.append(("error", e)))
    wait_for(qtbot, lambda: bool(got))
    return got[0][1]


def hold_finalized_meeting(prepared, grade: str = "九年级", ago: int = 10, other_matters: str = "",
                           addendum: str = ""):
    """Through the services, before the app opens the office: the grade's regular meeting held ``ago`` days before
    today (the first of this month when that is earlier), every student maintained, and the first one also given a
    measure owned by the counselor's staff member, due the day after the meeting (overdue today); finalized by the
    counselor (with ``other_matters`` written before and an ``addendum`` after, when given). Returns (meeting id,
    the student with the measure)."""
    from datetime import date, timedelta

    from counselor_app.domain.meeting import month_of
    from counselor_app.services import meetings, meetings_agenda, meetings_attendance, meetings_decisions as dec
    from counselor_app.services import meetings_finalize, office

    today = date.today()
    held = max(today - timedelta(days=ago), today.replace(day=1))
    counselor = prepared.base.counselor_staff
    with office.login(prepared.base.folder, "counselor", DEMO_PASSWORD) as s:
        grade_id = s.conn.execute("SELECT id FROM grade WHERE name = ?", (grade,)).fetchone()[0]
        edit = meetings.MeetingEdit(held, "15:30", "16:30", "三楼会议室", counselor, counselor)
        mid = meetings.create_meeting(s, meetings.NewMeeting(grade_id, month_of(held), edit), today=today)
        items = meetings_agenda.get_meeting(s, mid).items
        for n, it in enumerate(items):
            actions = (dec.ActionEdit("individual", "每周个别辅导一次", owner_staff_id=counselor,
                                      due_on=held + timedelta(days=1)),) if n == 0 else ()
            dec.record_decision(s, mid, it.id, dec.DecisionEdit("maintain", actions=actions,
                                                                parent_contact="班主任电话告知家长"))
        if other_matters:
            meetings.set_other_matters(s, mid, other_matters, meetings.load_meeting(s, mid).revision)
        meetings.start_meeting(s, mid, meetings.load_meeting(s, mid).revision)
        people = tuple(meetings_attendance.AttendeeEdit(a.role, a.staff_id, attendance="present")
                       for a in meetings_agenda.get_meeting(s, mid).attendees)
        meetings_attendance.set_attendees(s, mid, people, meetings.load_meeting(s, mid).revision)
        meetings_finalize.finalize_meeting(s, mid, meetings.load_meeting(s, mid).revision, today=today)
        if addendum:
            meetings_finalize.add_addendum(s, mid, addendum, today=today)
    return mid, items[0].student_id
