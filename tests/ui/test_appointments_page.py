"""预约: a counselor books from the week calendar (double-click a free half hour, find the student by typing, see the
check, 预约), a conflict stays in the dialog with its reason, an appointment is opened, marked arrived and held, and
its record written and signed; the start page lists today's appointments; the assistant sees names and times only."""
from __future__ import annotations

import shutil
from datetime import date, datetime, timedelta

import pytest
from testdata import CHEAP_KDF

from counselor_app.domain.roles import Role
from counselor_app.services import appointment_setup, appointments, school_calendar, students, users
from counselor_app.services.appointments import BookingEdit
from counselor_app.services.demo import DEMO_PASSWORD, create_demo_office
from counselor_app.ui.qt import QDate, QDialogButtonBox, Qt, QTime
from ui_helpers import log_in, wait_for

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    """A demo office with a room; the first school day after tomorrow (``day``) with a booked appointment at 14:00
    for the second student; a crisis session today (it may be booked on any day) for the third."""
    folder = tmp_path_factory.mktemp("appt_ui") / "office"
    demo = create_demo_office(folder, students=30, kdf=CHEAP_KDF)
    s = demo.office.session
    room = appointment_setup.save_room(s, "个体辅导室1", "individual", 2)
    cal = school_calendar.calendar(s)
    day = next(date.today() + timedelta(days=n) for n in range(2, 200)
               if cal.is_school_day(date.today() + timedelta(days=n))
               and (date.today() + timedelta(days=n)).weekday() < 5)
    counselor = next(u.id for u in users.list_users(s) if u.login == "counselor")
    rows = [r for r in students.list_students(s) if r.status == "enrolled"]
    appointments.book(s, BookingEdit(counselor, day, "14:00", (rows[1].id,), room_id=room))
    appointments.book(s, BookingEdit(counselor, date.today(), "23:00", (rows[2].id,), "crisis", room_id=room,
                                     minutes=30), now=datetime.combine(date.today(), datetime.min.time()))
    past = next(date.today() - timedelta(days=n) for n in range(1, 200)
                if cal.is_school_day(date.today() - timedelta(days=n)))
    missed = appointments.book(s, BookingEdit(counselor, past, "12:10", (rows[7].id,), room_id=room),
                               now=datetime.combine(past, datetime.min.time())).id
    appointments.no_show(s, missed)
    s.close()
    return folder, day, rows, counselor, past


@pytest.fixture
def office(prepared, data_dir):
    shutil.copytree(prepared[0], data_dir)
    return prepared


def open_page(qtbot, make_app, login="counselor"):
    app = make_app()
    main = log_in(qtbot, app, login, DEMO_PASSWORD)
    main.go_to("appointments")
    page = main.pages["appointments"]
    wait_for(qtbot, lambda: page.loaded)
    return page


def to_week_of(qtbot, page, day: date):
    while page.week.monday + timedelta(days=6) < day:
        monday = page.week.monday
        qtbot.mouseClick(page.next, LEFT)
        wait_for(qtbot, lambda: page.week is not None and page.week.monday > monday)


def cell(page, day: date, start: str):
    from counselor_app.ui.appointments.week_view import row_of

    return row_of(start), (day - page.week.monday).days


def double_click(qtbot, grid, row: int, col: int):
    rect = grid.visualRect(grid.model().index(row, col))
    grid.scrollTo(grid.model().index(row, col))
    rect = grid.visualRect(grid.model().index(row, col))
    qtbot.mouseClick(grid.viewport(), LEFT, pos=rect.center())     # Qt emits a double-click on the pressed cell
    qtbot.mouseDClick(grid.viewport(), LEFT, pos=rect.center())


def book_dialog(qtbot, page, day, start):
    to_week_of(qtbot, page, day)
    double_click(qtbot, page.grid, *cell(page, day, start))
    dialog = page.editor
    wait_for(qtbot, lambda: dialog.isVisible() and not dialog.loading and bool(dialog.picker.rows))
    return dialog


def choose(qtbot, dialog, student_no: str):
    dialog.picker.line.setFocus()
    qtbot.keyClicks(dialog.picker.line, student_no)
    qtbot.keyClick(dialog.picker.line, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: dialog.picker.current is not None)


def test_book_from_the_week_with_the_check_shown(qtbot, make_app, office):
    _folder, day, rows, counselor, _past = office
    page = open_page(qtbot, make_app)
    assert page.chosen() == ("person", counselor)
    dialog = book_dialog(qtbot, page, day, "12:00")
    assert dialog.windowTitle() == "预约" and dialog.start.time().toString("HH:mm") == "12:00"
    choose(qtbot, dialog, rows[0].student_no)
    wait_for(qtbot, lambda: "没有冲突" in dialog.conflicts.text())
    assert "本学期" in dialog.conflicts.text()       # the counter, for the counselor
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    wait_for(qtbot, lambda: not dialog.isVisible())
    row, col = cell(page, day, "12:00")
    wait_for(qtbot, lambda: rows[0].name in (page.grid.item(row, col).text() or ""))
    assert "已预约" in page.grid.item(row, col).text()


def test_a_conflict_stays_in_the_dialog_with_its_reason(qtbot, make_app, office):
    _folder, day, rows, _counselor, _past = office
    page = open_page(qtbot, make_app)
    dialog = book_dialog(qtbot, page, day, "13:30")
    choose(qtbot, dialog, rows[3].student_no)
    wait_for(qtbot, lambda: "该心理老师" in dialog.conflicts.text() or "已有预约" in dialog.conflicts.text())
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    wait_for(qtbot, lambda: bool(dialog.error.text()))
    assert dialog.isVisible() and "14:00" in dialog.error.text()


def test_open_arrive_hold_and_write_the_record(qtbot, make_app, office, answered_dialogs):
    _folder, day, rows, _counselor, _past = office
    page = open_page(qtbot, make_app)
    to_week_of(qtbot, page, day)
    row, col = cell(page, day, "14:00")
    wait_for(qtbot, lambda: rows[1].name in (page.grid.item(row, col).text() or ""))
    double_click(qtbot, page.grid, row, col)
    dialog = page.editor
    wait_for(qtbot, lambda: dialog.detail is not None)
    assert not dialog.buttons["complete"].isEnabled()
    qtbot.mouseClick(dialog.buttons["arrive"], LEFT)
    wait_for(qtbot, lambda: dialog.detail.row.state == "arrived")
    qtbot.mouseClick(dialog.buttons["complete"], LEFT)
    wait_for(qtbot, lambda: dialog.detail.row.state == "completed" and dialog.record_button.isEnabled())
    qtbot.mouseClick(dialog.record_button, LEFT)
    record = dialog.record_dialog
    wait_for(qtbot, lambda: record.isVisible() and not record.loading)
    assert not record.followup.isVisible()          # not on the watch list: no follow-up offered
    qtbot.keyClicks(record.texts["complaint"], "exam stress")
    answered_dialogs.set_next_answers(True)
    qtbot.mouseClick(record.sign_button, LEFT)        # without the process: refused, stays open
    wait_for(qtbot, lambda: bool(record.error.text()))
    assert record.isVisible() and "过程" in record.error.text()
    qtbot.keyClicks(record.texts["process"], "listened, breathing exercise")
    answered_dialogs.set_next_answers(True)
    qtbot.mouseClick(record.sign_button, LEFT)
    wait_for(qtbot, lambda: not record.isVisible())
    wait_for(qtbot, lambda: dialog.detail.record_id is not None)
    assert dialog.record_button.text() == "打开辅导记录…"


def test_the_start_page_lists_today(qtbot, make_app, office):
    _folder, _day, rows, _counselor, _past = office
    app = make_app()
    main = log_in(qtbot, app, "counselor", DEMO_PASSWORD)
    card = main.pages["start"].today_card
    wait_for(qtbot, lambda: card.data is not None)
    texts = [b.text() for b in card.buttons]
    assert any(rows[2].name in t and "危机" in t for t in texts), texts


def test_the_assistant_books_without_reasons_or_records(qtbot, make_app, office):
    _folder, day, rows, _counselor, _past = office
    page = open_page(qtbot, make_app, "assistant")
    assert page.tabs.count() == 2          # no records tab
    dialog = book_dialog(qtbot, page, day, "12:00")
    assert dialog.reason is None and dialog.cap_reason is None
    choose(qtbot, dialog, rows[4].student_no)
    wait_for(qtbot, lambda: "没有冲突" in dialog.conflicts.text())
    assert "本学期" not in dialog.conflicts.text()   # the counter is the counselor's
    dialog.reject()


def test_print_the_slip_from_the_appointment(qtbot, make_app, office):
    _folder, day, rows, counselor, _past = office
    page = open_page(qtbot, make_app, "assistant")
    assert page.chosen() != ("person", counselor)    # the assistant starts on the first counselor's week
    index = page.chooser.findData(f"person:{counselor}")
    page.chooser.setCurrentIndex(index)
    page.chooser.activated.emit(index)
    wait_for(qtbot, lambda: page.week is not None and page.chosen() == ("person", counselor))
    to_week_of(qtbot, page, day)
    row, col = cell(page, day, "14:00")
    wait_for(qtbot, lambda: rows[1].name in (page.grid.item(row, col).text() or ""))
    double_click(qtbot, page.grid, row, col)
    dialog = page.editor
    wait_for(qtbot, lambda: dialog.detail is not None)
    assert dialog.detail.reason is None and not dialog.reason.isVisible() and not dialog.record_button.isVisible()
    qtbot.mouseClick(dialog.slip_button, LEFT)
    wait_for(qtbot, lambda: getattr(dialog, "preview", None) is not None and dialog.preview.isVisible(), 20000)
    assert dialog.preview.kind == "appointment_slip"


def test_book_a_weekly_series_from_the_dialog(qtbot, make_app, office):
    _folder, day, rows, _counselor, _past = office
    page = open_page(qtbot, make_app)
    dialog = book_dialog(qtbot, page, day, "12:00")
    choose(qtbot, dialog, rows[5].student_no)
    dialog.repeat.setCurrentIndex(dialog.repeat.findData("weekly"))
    dialog.sessions.setValue(3)
    wait_for(qtbot, lambda: "3 次" in dialog.conflicts.text())
    assert dialog.conflicts.text().count("、") >= 2   # the dates listed the Chinese way (", " in English)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    wait_for(qtbot, lambda: not dialog.isVisible())
    assert len(dialog.booked.appointment_ids) == 3
    row, col = cell(page, day, "12:00")
    wait_for(qtbot, lambda: rows[5].name in (page.grid.item(row, col).text() or ""))


def test_the_profile_lists_the_students_appointments(qtbot, make_app, office):
    from watch_ui_helpers import click_section, open_profile

    _folder, day, rows, _counselor, _past = office
    app = make_app()
    main = log_in(qtbot, app, "assistant", DEMO_PASSWORD)
    profile = open_profile(qtbot, main, rows[1].id)
    section = click_section(qtbot, profile, "预约")
    wait_for(qtbot, lambda: section.data is not None)
    assert section.model.rowCount() == 1 and "14:00" in section.model.index(0, 1).data()
    assert "本学期" not in section.summary.text()      # the counter is the counselor's
    qtbot.mouseClick(section.book_button, LEFT)
    dialog = section.dialog
    wait_for(qtbot, lambda: dialog.isVisible() and dialog.picker.current is not None)
    assert dialog.picker.current.id == rows[1].id
    dialog.reject()


def test_an_urgent_request_names_the_counselor_at_once(qtbot, make_app, office, data_dir, answered_dialogs):
    from counselor_app.services import office as office_service, watch

    _folder, _day, rows, _counselor, _past = office
    with office_service.login(data_dir, "counselor", DEMO_PASSWORD) as s:   # a student at 高危
        watch.open_entry(s, watch.NewEntry(rows[6].id, watch.EntryEdit("staff", "样例"), "red", "mild", "following"))
    page = open_page(qtbot, make_app)
    page.tabs.setCurrentIndex(1)
    qtbot.mouseClick(page.request_button, LEFT)
    dialog = page.editor
    wait_for(qtbot, lambda: dialog.isVisible() and not dialog.loading and bool(dialog.picker.rows))
    choose(qtbot, dialog, rows[6].student_no)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    wait_for(qtbot, lambda: not dialog.isVisible())
    shown = [(d.title, d.text) for d in answered_dialogs.shown if d.kind == "info"]
    assert shown and "紧急" in shown[0][0]
    wait_for(qtbot, lambda: any(rows[6].name in page.waiting.item(i).text() and "紧急" in page.waiting.item(i).text()
                                for i in range(page.waiting.count())))


def test_the_caseload_of_the_counselor_shown(qtbot, make_app, office):
    _folder, _day, rows, _counselor, _past = office
    page = open_page(qtbot, make_app)
    assert page.tabs.tabText(3) == "个案"
    page.tabs.setCurrentIndex(3)
    wait_for(qtbot, lambda: page.cases.count() >= 1)
    texts = [page.cases.item(i).text() for i in range(page.cases.count())]
    assert any(rows[1].name in t and "未在重点关注清单" in t for t in texts), texts


def drag(qtbot, grid, source: tuple[int, int], target: tuple[int, int]):
    model = grid.model()
    start = grid.visualRect(model.index(*source)).center()
    end = grid.visualRect(model.index(*target)).center()
    qtbot.mousePress(grid.viewport(), LEFT, pos=start)
    qtbot.mouseMove(grid.viewport(), pos=end)
    qtbot.mouseRelease(grid.viewport(), LEFT, pos=end)


def test_drag_an_appointment_to_move_it_with_the_checks(qtbot, make_app, office, answered_dialogs):
    _folder, day, rows, counselor, _past = office
    page = open_page(qtbot, make_app)
    to_week_of(qtbot, page, day)
    source = cell(page, day, "14:00")
    wait_for(qtbot, lambda: rows[1].name in (page.grid.item(*source).text() or ""))
    target = cell(page, day, "12:00")
    drag(qtbot, page.grid, source, target)
    wait_for(qtbot, lambda: rows[1].name in (page.grid.item(*target).text() or ""))
    assert rows[1].name not in (page.grid.item(*source).text() or "")
    # onto a time outside the counselor's hours: refused with the reason, nothing moved
    from counselor_app.services import appointment_setup
    app = page.app
    app.worker.run(lambda s: appointment_setup.set_counselor_hours(s, counselor, ((day.weekday(), "11:00", "13:00"),)))
    wait_for(qtbot, lambda: page.week is not None)
    answered_dialogs.shown.clear()
    drag(qtbot, page.grid, target, cell(page, day, "15:00"))
    wait_for(qtbot, lambda: any(d.kind == "error" for d in answered_dialogs.shown))
    assert "可预约时段" in next(d.text for d in answered_dialogs.shown if d.kind == "error")
    qtbot.wait(200)
    assert rows[1].name in (page.grid.item(*target).text() or "")


def test_cancel_this_and_the_following_of_a_series(qtbot, make_app, office, answered_dialogs):
    _folder, day, rows, counselor, _past = office
    from counselor_app.services import appointment_series, office as office_service

    page = open_page(qtbot, make_app)
    done = []
    edit = appointment_series.SeriesEdit(BookingEdit(counselor, day, "08:00", (rows[8].id,), room_id=None,
                                                     mode="online"), sessions=3)
    page.app.worker.run(lambda s: appointment_series.book_series(s, edit), done.append)
    wait_for(qtbot, lambda: bool(done))
    first, second, third = done[0].appointment_ids
    page.open_appointment(second)
    dialog = page.editor
    wait_for(qtbot, lambda: dialog.detail is not None and dialog.scope.isVisible())
    dialog.scope.setCurrentIndex(dialog.scope.findData("following"))
    answered_dialogs.set_next_answers(True)
    qtbot.mouseClick(dialog.buttons["cancel_counselor"], LEFT)
    wait_for(qtbot, lambda: dialog.detail.row.state == "cancelled_counselor")
    states = []
    page.app.worker.run(lambda s: [appointments.load(s, i).state for i in (first, second, third)], states.append)
    wait_for(qtbot, lambda: bool(states))
    assert states[0] == ["booked", "cancelled_counselor", "cancelled_counselor"]


def test_move_this_and_the_following_of_a_series(qtbot, make_app, office, answered_dialogs):
    _folder, day, rows, counselor, _past = office
    from counselor_app.services import appointment_series

    page = open_page(qtbot, make_app)
    done = []
    edit = appointment_series.SeriesEdit(BookingEdit(counselor, day, "09:00", (rows[9].id,), room_id=None,
                                                     mode="online"), sessions=3)
    page.app.worker.run(lambda s: appointment_series.book_series(s, edit), done.append)
    wait_for(qtbot, lambda: bool(done))
    first, second, third = done[0].appointment_ids

    def times():
        out = []
        page.app.worker.run(lambda s: [(appointments.load(s, i).day, appointments.load(s, i).start)
                                       for i in (first, second, third)], out.append)
        wait_for(qtbot, lambda: bool(out))
        return out[0]

    before = times()
    # a session in the way of the third one's new time: refused with the conflict, nothing moved
    third_day = date.fromisoformat(before[2][0])
    blocker = []
    page.app.worker.run(lambda s: appointments.book(s, BookingEdit(counselor, third_day, "10:30", (rows[11].id,),
                                                                   room_id=None, mode="online")), blocker.append)
    wait_for(qtbot, lambda: bool(blocker))
    page.open_appointment(second)
    dialog = page.editor
    wait_for(qtbot, lambda: dialog.detail is not None and dialog.scope.isVisible())
    dialog.scope.setCurrentIndex(dialog.scope.findData("following"))
    dialog.move_start.setTime(QTime(10, 30))
    answered_dialogs.set_next_answers(True)
    qtbot.mouseClick(dialog.move_button, LEFT)
    wait_for(qtbot, lambda: bool(dialog.error.text()))
    assert third_day.isoformat() in dialog.error.text() and "已有预约" in dialog.error.text()
    assert times() == before
    # without the blocker: the second and third move to 10:30, the first stays
    gone = []
    page.app.worker.run(lambda s: appointments.cancel(s, blocker[0].id, False), gone.append)
    wait_for(qtbot, lambda: bool(gone))
    answered_dialogs.set_next_answers(True)
    qtbot.mouseClick(dialog.move_button, LEFT)
    wait_for(qtbot, lambda: dialog.detail.row.start == "10:30")
    after = times()
    assert after[0] == before[0]
    assert after[1] == (before[1][0], "10:30") and after[2] == (before[2][0], "10:30")


def test_the_counselor_excuses_a_miss(qtbot, make_app, office):
    _folder, _day, rows, _counselor, past = office
    page = open_page(qtbot, make_app)
    found = []
    page.app.worker.run(lambda s: [r for r in appointments.store.of_student(s.conn, rows[7].id)], found.append)
    wait_for(qtbot, lambda: bool(found))
    page.open_appointment(found[0][0].id)
    dialog = page.editor
    wait_for(qtbot, lambda: dialog.detail is not None and dialog.excuse_button.isVisible())
    qtbot.mouseClick(dialog.excuse_button, LEFT)                     # without a reason: refused, said why
    wait_for(qtbot, lambda: bool(dialog.error.text()))
    qtbot.keyClicks(dialog.excuse_reason, "sick leave")
    qtbot.mouseClick(dialog.excuse_button, LEFT)
    wait_for(qtbot, lambda: dialog.detail.row.excused)
    assert "已准假" in dialog.state.text() and not dialog.excuse_button.isVisible()


def test_set_up_hours_rooms_and_rules(qtbot, make_app, office):
    _folder, day, rows, counselor, _past = office
    page = open_page(qtbot, make_app, "demo")                 # the office head
    qtbot.mouseClick(page.setup_button, LEFT)
    dialog = page.editor
    wait_for(qtbot, lambda: dialog.loaded)
    qtbot.keyClicks(dialog.room_name, "Room-B")
    qtbot.mouseClick(dialog.add_room, LEFT)
    wait_for(qtbot, lambda: any("Room-B" in dialog.rooms.item(i).text() for i in range(dialog.rooms.count())))
    dialog.rule_boxes["semester_cap"].setValue(12)
    qtbot.mouseClick(dialog.save_rules, LEFT)
    qtbot.keyClicks(dialog.days[day.weekday()], "25:00-26:00")          # a bad time: said, nothing saved
    qtbot.mouseClick(dialog.save_hours, LEFT)
    wait_for(qtbot, lambda: "25:00" in dialog.error.text())
    dialog.days[day.weekday()].clear()
    qtbot.keyClicks(dialog.days[day.weekday()], "08:00-12:00")
    qtbot.mouseClick(dialog.save_hours, LEFT)
    wait_for(qtbot, lambda: dialog.error.text() == "" and dialog.days[day.weekday()].text() == "08:00-12:00")
    got = []
    page.app.worker.run(lambda s: (appointment_setup.appointment_rules(s).semester_cap,
                                   appointment_setup.counselor_hours(s, dialog.counselor_id)), got.append)
    wait_for(qtbot, lambda: bool(got))
    assert got[0][0] == 12 and len(got[0][1]) == 1


def type_in_cell(qtbot, table, row: int, col: int, text: str):
    from counselor_app.ui.qt import QLineEdit

    rect = table.visualRect(table.model().index(row, col))
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), LEFT, pos=rect.center())
    editors = []
    wait_for(qtbot, lambda: bool(editors.extend(e for e in table.findChildren(QLineEdit) if e.isVisible()) or editors))
    editor = editors[0]
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_set_the_class_periods_and_a_booking_in_one_warns(qtbot, make_app, office):
    _folder, day, rows, _counselor, _past = office
    page = open_page(qtbot, make_app, "demo")                 # the office head
    qtbot.mouseClick(page.setup_button, LEFT)
    dialog = page.editor
    wait_for(qtbot, lambda: dialog.loaded)
    tab = dialog.periods
    bar = dialog.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(dialog.tabs.indexOf(tab)).center())
    assert dialog.tabs.currentWidget() is tab and dialog.tabs.tabText(dialog.tabs.currentIndex()) == "上课时间"
    assert tab.table.rowCount() == 7 and tab.table.item(0, 0).text() == "08:00"   # the K-12 default
    qtbot.mouseClick(tab.add, LEFT)
    type_in_cell(qtbot, tab.table, 7, 0, "12:00")
    type_in_cell(qtbot, tab.table, 7, 1, "11:00")             # ends before it starts: said, nothing saved
    qtbot.mouseClick(tab.save, LEFT)
    wait_for(qtbot, lambda: "11:00" in dialog.error.text())
    type_in_cell(qtbot, tab.table, 7, 1, "12:40")
    qtbot.mouseClick(tab.save, LEFT)
    wait_for(qtbot, lambda: dialog.error.text() == "" and tab.table.rowCount() == 8
             and tab.table.item(4, 0).text() == "12:00")
    got = []
    page.app.worker.run(lambda s: appointment_setup.appointment_rules(s).class_periods, got.append)
    wait_for(qtbot, lambda: bool(got))
    assert ("12:00", "12:40") in got[0] and len(got[0]) == 8
    dialog.reject()
    booking = book_dialog(qtbot, page, day, "12:00")
    choose(qtbot, booking, rows[4].student_no)
    wait_for(qtbot, lambda: "上课时间（12:00–12:40）" in booking.conflicts.text())


def test_a_counselor_sets_only_their_own_hours(qtbot, make_app, office):
    page = open_page(qtbot, make_app)
    qtbot.mouseClick(page.setup_button, LEFT)
    dialog = page.editor
    wait_for(qtbot, lambda: dialog.loaded)
    assert not dialog.add_room.isEnabled() and not dialog.save_rules.isEnabled()
    dialog.periods.day.setCurrentIndex(4)                     # the class periods: shown, not changed
    assert not dialog.periods.save.isEnabled() and not dialog.periods.same.isEnabled()
    assert not dialog.periods.add.isEnabled() and dialog.periods.table.rowCount() == 7
    other = next(i for i in range(dialog.counselor.count()) if dialog.counselor.itemData(i) != dialog.counselor_id)
    dialog.counselor.setCurrentIndex(other)
    dialog.counselor.activated.emit(other)
    wait_for(qtbot, lambda: dialog.counselor_id == dialog.counselor.itemData(other))
    qtbot.keyClicks(dialog.days[0], "08:00-09:00")
    qtbot.mouseClick(dialog.save_hours, LEFT)
    wait_for(qtbot, lambda: bool(dialog.error.text()))
    assert "自己" in dialog.error.text()


def test_the_third_miss_puts_the_student_back_with_a_chinese_note(qtbot, make_app, office, data_dir,
                                                                   answered_dialogs):
    from counselor_app.services import appointment_waitlist, office as office_service

    _folder, _day, rows, counselor, _past = office
    with office_service.login(data_dir, "counselor", DEMO_PASSWORD) as s:    # two misses already, a third session
        cal = school_calendar.calendar(s)
        days = [date.today() - timedelta(days=n) for n in range(1, 60)
                if cal.is_school_day(date.today() - timedelta(days=n))][:3]
        ids = [appointments.book(s, BookingEdit(counselor, d, "07:00", (rows[9].id,), mode="online", room_id=None),
                                 now=datetime.combine(d, datetime.min.time())).id for d in reversed(days)]
        for missed in ids[:2]:
            appointments.no_show(s, missed)
    page = open_page(qtbot, make_app)
    page.open_appointment(ids[2])
    dialog = page.editor
    wait_for(qtbot, lambda: dialog.detail is not None and dialog.buttons["no_show"].isEnabled())
    qtbot.mouseClick(dialog.buttons["no_show"], LEFT)
    wait_for(qtbot, lambda: dialog.detail.row.state == "no_show")
    wait_for(qtbot, lambda: any(d.kind == "info" for d in answered_dialogs.shown))
    notes = []
    page.app.worker.run(lambda s: [appointment_waitlist.get_request(s, v.row.id).note
                                   for v in appointment_waitlist.list_requests(s) if v.row.student_id == rows[9].id],
                        notes.append)
    wait_for(qtbot, lambda: bool(notes))
    assert notes[0] == ["无故未到 3 次后回到候约名单。"]


def held_watched_session(office, data_dir, student) -> int:
    """A session held on the past school day at 07:30 with ``student``, who is on the watch list (一般关注)."""
    from counselor_app.services import office as office_service, watch

    _folder, _day, _rows, counselor, past = office
    with office_service.login(data_dir, "counselor", DEMO_PASSWORD) as s:
        watch.open_entry(s, watch.NewEntry(student.id, watch.EntryEdit("staff", "样例"), "yellow", "mild",
                                           "following", past - timedelta(days=1)))
        held = appointments.book(s, BookingEdit(counselor, past, "07:30", (student.id,), mode="online",
                                                room_id=None), now=datetime.combine(past, datetime.min.time())).id
        appointments.arrive(s, held, at=datetime.combine(past, datetime.min.time()).replace(hour=7, minute=30))
        appointments.complete(s, held)
    return held


def open_record(qtbot, make_app, appointment_id: int):
    """The counselor's page, the held appointment opened and its record form (填写辅导记录…) loaded."""
    page = open_page(qtbot, make_app)
    page.open_appointment(appointment_id)
    dialog = page.editor
    wait_for(qtbot, lambda: dialog.detail is not None and dialog.record_button.isEnabled())
    qtbot.mouseClick(dialog.record_button, LEFT)
    record = dialog.record_dialog
    wait_for(qtbot, lambda: record.isVisible() and not record.loading)
    return page, record


def test_the_record_adds_a_follow_up_to_the_watch_entry(qtbot, make_app, office, data_dir):
    from counselor_app.services import watch

    rows = office[2]
    page, record = open_record(qtbot, make_app, held_watched_session(office, data_dir, rows[10]))
    assert record.followup.isVisible() and not record.seen.isEnabled()
    assert record.rating.itemText(0) == "不变（一般关注）"
    qtbot.keyClicks(record.texts["complaint"], "sleep")
    qtbot.mouseClick(record.followup, LEFT)
    assert record.seen.isEnabled()
    qtbot.mouseClick(record.ok_button, LEFT)                 # the follow-up without what was seen: said, nothing saved
    wait_for(qtbot, lambda: bool(record.error.text()))
    assert record.isVisible() and "随访" in record.error.text()
    qtbot.keyClicks(record.seen, "calmer, sleeps better")
    record.rating.setCurrentIndex(record.rating.findData("orange"))
    qtbot.mouseClick(record.ok_button, LEFT)
    wait_for(qtbot, lambda: not record.isVisible())
    got = []
    page.app.worker.run(lambda s: (s.conn.execute(
        "SELECT f.method, f.rating FROM watch_followup f JOIN watch_entry e ON e.id = f.entry_id "
        "WHERE e.student_id = ?", (rows[10].id,)).fetchall(), watch.store.open_entry_of(s.conn, rows[10].id).level),
        got.append)
    wait_for(qtbot, lambda: bool(got))
    assert got[0] == ([("counseling", "orange")], "orange")


def test_block_a_time_in_the_set_up_and_booking_is_refused(qtbot, make_app, office):
    _folder, day, rows, counselor, _past = office
    page = open_page(qtbot, make_app)
    qtbot.mouseClick(page.setup_button, LEFT)
    dialog = page.editor
    wait_for(qtbot, lambda: dialog.loaded)
    dialog.tabs.setCurrentWidget(dialog.blocks)
    tab = dialog.blocks
    assert tab.list.count() == 0
    tab.day.setDate(tab.day.date().fromString(day.isoformat(), "yyyy-MM-dd"))
    tab.whom.setCurrentIndex(tab.whom.findData(f"person:{counselor}"))
    assert tab.whom.currentIndex() > 0
    qtbot.keyClicks(tab.start, "09:00")
    qtbot.keyClicks(tab.end, "08:00")                  # the end before the start: said, nothing blocked
    qtbot.mouseClick(tab.add, LEFT)
    wait_for(qtbot, lambda: bool(dialog.error.text()))
    assert tab.list.count() == 0
    tab.end.clear()
    qtbot.keyClicks(tab.end, "11:00")
    qtbot.keyClicks(tab.reason, "training")
    qtbot.mouseClick(tab.add, LEFT)
    wait_for(qtbot, lambda: tab.list.count() == 1)
    assert dialog.error.text() == "" and "09:00–11:00" in tab.list.item(0).text()
    assert "training" in tab.list.item(0).text() and day.isoformat() in tab.list.item(0).text()
    assert "演示心理老师" in tab.list.item(0).text()
    dialog.reject()
    booking = book_dialog(qtbot, page, day, "10:00")          # the blocked time refuses a booking, with the reason
    choose(qtbot, booking, rows[11].student_no)
    qtbot.mouseClick(booking.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    wait_for(qtbot, lambda: bool(booking.error.text()))
    assert booking.isVisible() and "training" in booking.error.text()
    booking.reject()
    qtbot.mouseClick(page.setup_button, LEFT)                 # and the block is taken away again
    dialog = page.editor
    wait_for(qtbot, lambda: dialog.loaded and dialog.blocks.list.count() == 1)
    dialog.blocks.list.setCurrentRow(0)
    qtbot.mouseClick(dialog.blocks.remove, LEFT)
    wait_for(qtbot, lambda: dialog.blocks.list.count() == 0)


def test_decline_an_offer_in_the_waiting_list(qtbot, make_app, office, data_dir, answered_dialogs):
    from counselor_app.services import appointment_waitlist, office as office_service

    _folder, day, rows, counselor, _past = office
    with office_service.login(data_dir, "counselor", DEMO_PASSWORD) as s:   # a freed slot offered to the first
        first = appointment_waitlist.add_request(s, appointment_waitlist.RequestEdit(rows[12].id)).id
        second = appointment_waitlist.add_request(s, appointment_waitlist.RequestEdit(rows[13].id)).id
        freed = appointments.book(s, BookingEdit(counselor, day, "08:30", (rows[14].id,), mode="online",
                                                 room_id=None)).id
        assert appointments.cancel(s, freed, True)[1] == first
    page = open_page(qtbot, make_app)
    page.tabs.setCurrentIndex(1)

    def line(student) -> int:
        return next(i for i in range(page.waiting.count()) if student.name in page.waiting.item(i).text())
    wait_for(qtbot, lambda: page.waiting.count() >= 2)
    assert "已提供" in page.waiting.item(line(rows[12])).text()
    page.waiting.setCurrentRow(line(rows[13]))              # a request with nothing offered: said, nothing changed
    qtbot.mouseClick(page.decline_button, LEFT)
    wait_for(qtbot, lambda: any(d.kind == "error" for d in answered_dialogs.shown))
    assert "没有" in next(d.text for d in answered_dialogs.shown if d.kind == "error")
    page.waiting.setCurrentRow(line(rows[12]))
    qtbot.mouseClick(page.decline_button, LEFT)
    wait_for(qtbot, lambda: "已提供" in page.waiting.item(line(rows[13])).text())
    assert "已提供" not in page.waiting.item(line(rows[12])).text()
    got = []
    page.app.worker.run(lambda s: [appointment_waitlist.get_request(s, i).row.state for i in (first, second)],
                        got.append)
    wait_for(qtbot, lambda: bool(got))
    assert got[0] == ["waiting", "offered"]


def test_book_a_waiting_request_at_a_time_the_office_chooses(qtbot, make_app, office, data_dir):
    """A student waiting (no cancellation to offer) is booked from the waiting list: the dialog holds the request's
    student and kind, books one appointment, and the request leaves the list as booked."""
    from counselor_app.services import appointment_waitlist, office as office_service

    _folder, day, rows, counselor, _past = office
    with office_service.login(data_dir, "counselor", DEMO_PASSWORD) as s:
        request_id = appointment_waitlist.add_request(s, appointment_waitlist.RequestEdit(rows[15].id)).id
    page = open_page(qtbot, make_app)
    page.tabs.setCurrentIndex(1)
    wait_for(qtbot, lambda: any(rows[15].name in page.waiting.item(i).text() for i in range(page.waiting.count())))
    assert page.book_request_button.text() == "为此申请安排预约…"
    page.waiting.setCurrentRow(next(i for i in range(page.waiting.count())
                                    if rows[15].name in page.waiting.item(i).text()))
    qtbot.mouseClick(page.book_request_button, LEFT)
    dialog = page.editor
    wait_for(qtbot, lambda: dialog.isVisible() and not dialog.loading and dialog.picker.current is not None)
    assert dialog.windowTitle() == "为候约申请安排预约" and dialog.picker.current.id == rows[15].id
    assert not dialog.picker.isEnabled() and not dialog.repeat.isEnabled()
    dialog.day.setDate(QDate(day.year, day.month, day.day))
    dialog.start.setTime(QTime(12, 0))     # the lunch break: no class period
    wait_for(qtbot, lambda: "没有冲突" in dialog.conflicts.text())
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    wait_for(qtbot, lambda: not dialog.isVisible())
    wait_for(qtbot, lambda: not any(rows[15].name in page.waiting.item(i).text()
                                    for i in range(page.waiting.count())))
    got = []
    page.app.worker.run(lambda s: appointment_waitlist.get_request(s, request_id).row, got.append)
    wait_for(qtbot, lambda: bool(got))
    assert got[0].state == "booked" and got[0].appointment_id is not None
