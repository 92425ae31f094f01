"""The start page's 紧急：…正在候约 line opens that waiting request itself (over the 候约名单 tab of 预约), not just the
appointments page."""
from __future__ import annotations

from test_appointments_page import office, prepared  # noqa: F401  (the module's fixtures)

from counselor_app.services.demo import DEMO_PASSWORD
from counselor_app.ui.qt import Qt
from ui_helpers import log_in, wait_for

LEFT = Qt.MouseButton.LeftButton


def test_the_urgent_line_opens_the_waiting_request(qtbot, make_app, office, data_dir):  # noqa: F811
    from counselor_app.services import appointment_waitlist, office as office_service, watch
    from counselor_app.ui.appointments.request_view import RequestViewDialog

    _folder, _day, rows, _counselor, _past = office
    student = rows[6]
    with office_service.login(data_dir, "counselor", DEMO_PASSWORD) as s:   # a student at 高危, then waiting
        watch.open_entry(s, watch.NewEntry(student.id, watch.EntryEdit("staff", "样例"), "red", "mild", "following"))
        other = appointment_waitlist.add_request(s, appointment_waitlist.RequestEdit(rows[8].id))
        added = appointment_waitlist.add_request(s, appointment_waitlist.RequestEdit(student.id))
    assert added.urgent and not other.urgent
    app = make_app()
    main = log_in(qtbot, app, "counselor", DEMO_PASSWORD)
    card = main.pages["start"].today_card
    wait_for(qtbot, lambda: card.data is not None)
    urgent = [b for b in card.buttons if b.text().startswith("紧急") and student.name in b.text()]
    assert len(urgent) == 1, [b.text() for b in card.buttons]
    qtbot.mouseClick(urgent[0], LEFT)
    page = main.pages["appointments"]
    assert main.stack.currentWidget() is page and page.tabs.currentIndex() == 1
    dialog = page.editor
    assert isinstance(dialog, RequestViewDialog) and dialog.request_id == added.id
    wait_for(qtbot, lambda: dialog.isVisible() and dialog.view is not None)
    assert dialog.values["student"].text() == f"{student.student_no} {student.name}"
    assert dialog.values["state"].text().startswith("紧急")
    # the request is also the one chosen in the waiting list (its buttons act on it), once the list has loaded
    from counselor_app.ui.pages.appointments_page import ROW

    wait_for(qtbot, lambda: page.waiting.currentItem() is not None)
    assert page.waiting.currentItem().data(ROW) == added.id
