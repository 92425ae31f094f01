"""The duty log (值班记录) through the duty page: the missing logs of past duties, the log dialog filled (times,
safety check, key, handover notes, a crisis contact) and signed, then kept as it is; a leaving time before the
arrival refused in the form; an assistant writes the log without the confidential handover notes."""
from __future__ import annotations

import pytest
from duty_ui_helpers import LEFT, build, copy_into, open_duty, rows, service

from counselor_app.ui.qt import QTime
from ui_helpers import audit_actions, wait_for


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    return build(tmp_path_factory.mktemp("dutylog") / "office", roster=True)


@pytest.fixture
def office(prepared, data_dir):
    copy_into(prepared, data_dir)
    return prepared


def first_missing(qtbot, page, only_mine=True):
    page.tabs.setCurrentWidget(page.logs)
    page.logs.only_mine.setChecked(only_mine)
    wait_for(qtbot, lambda: page.logs.model.rowCount() > 0)
    page.logs.table.selectRow(0)
    return page.logs.selected()


def open_log(qtbot, page):
    qtbot.mouseClick(page.logs.log_button, LEFT)
    dialog = page.editor
    wait_for(qtbot, lambda: not dialog.loading)
    return dialog


def test_a_log_filled_with_a_crisis_contact_and_signed(qtbot, make_app, office):
    from counselor_app.services import duty_log

    app = make_app()
    main, page = open_duty(qtbot, app, "counselor")
    row = first_missing(qtbot, page)
    assert row.staff_id == office.counselor_staff and page.logs.model.data(page.logs.model.index(0, 4)) == "未填写"
    dialog = open_log(qtbot, page)
    assert dialog.heading.text().endswith("周姗") and dialog.state.text() == "此次值班尚无记录。"
    assert dialog.arrived.time().toString("HH:mm") == row.times.split("–")[0]   # the shift's times offered
    dialog.left.setTime(QTime(8, 0))                                          # before the arrival
    dialog.ok_button.click()
    assert dialog.error.text() == "离岗时间早于到岗时间。" and dialog.isVisible()
    dialog.left.setTime(QTime.fromString(row.times.split("–")[1], "HH:mm"))
    for box in (dialog.doors, dialog.power, dialog.cabinet):
        box.setChecked(True)
    dialog.key_to.setText("保卫处")
    dialog.handover.setPlainText("来访学生情绪已平稳，已约定下周复谈。")
    qtbot.mouseClick(dialog.add_contact, LEFT)
    contact = dialog.contact_dialog
    wait_for(qtbot, lambda: not contact.loading)        # the register for the student picker
    assert contact.at.time().toString("HH:mm") == row.times.split("–")[0]   # a past duty: its start, not now
    contact.party.setCurrentIndex(contact.party.findData("student"))
    contact.topic.setCurrentIndex(contact.topic.findData("safety"))
    contact.handling.setCurrentIndex(contact.handling.findData("crisis"))
    contact.crisis.setChecked(True)
    contact.ok_button.click()
    assert contact.error.text() == "请填写危机情况已报告给谁。"
    contact.reported_to.setText("心理中心主任")
    contact.ok_button.click()
    wait_for(qtbot, lambda: dialog.contacts_model.rowCount() == 1)
    assert rows(dialog.contacts_model)[0][1:7] == ["学生", "临时来访", "安全与危机", "启动危机干预", "20", "危机"]
    assert dialog.key_to.text() == "保卫处" and dialog.doors.isChecked()    # what was typed stays in the form
    qtbot.mouseClick(dialog.sign_button, LEFT)
    wait_for(qtbot, lambda: not dialog.isVisible())
    info = service(qtbot, app, lambda s: duty_log.get_log(s, row.assignment_id))
    assert info.signed_at and info.key_to == "保卫处" and info.handover == "来访学生情绪已平稳，已约定下周复谈。"
    assert info.doors_windows and info.power_off and info.cabinet_locked and info.contacts[0].crisis
    wait_for(qtbot, lambda: all(r.assignment_id != row.assignment_id for r in page.logs.model.rows))
    assert {"duty.log", "duty.contact", "duty.log_sign", "view.duty_log"} <= set(audit_actions(qtbot, app))
    # opened again from my duties: kept as it is
    page.tabs.setCurrentWidget(page.mine)
    wait_for(qtbot, lambda: any(r.id == row.assignment_id for r in page.mine.model.rows))
    page.mine.table.selectRow(next(n for n, r in enumerate(page.mine.model.rows) if r.id == row.assignment_id))
    qtbot.mouseClick(page.mine.log_button, LEFT)
    dialog = page.editor
    wait_for(qtbot, lambda: not dialog.loading)
    assert dialog.state.text().startswith("演示心理老师 已于") and dialog.state.text().endswith("记录原样保存。")
    assert not dialog.ok_button.isVisible() and not dialog.sign_button.isEnabled() and not dialog.key_to.isEnabled()
    shown = [b for b in dialog.buttons.buttons() if b.isVisible()]
    assert [b.text() for b in shown] == ["关闭"]                                  # nothing to cancel
    qtbot.mouseClick(shown[0], LEFT)
    wait_for(qtbot, lambda: not dialog.isVisible())


def test_an_assistant_writes_the_log_without_the_handover_notes(qtbot, make_app, office):
    from counselor_app.services import duty_log

    app = make_app()
    main, page = open_duty(qtbot, app, "assistant")
    row = first_missing(qtbot, page, only_mine=False)
    dialog = open_log(qtbot, page)
    assert not dialog.clinical and not dialog.handover.isVisible()
    dialog.key_to.setText("值班室")
    dialog.ok_button.click()
    wait_for(qtbot, lambda: not dialog.isVisible())
    info = service(qtbot, app, lambda s: duty_log.get_log(s, row.assignment_id))
    assert info.exists and info.key_to == "值班室" and not info.signed_at and info.handover is None


def test_a_contact_with_a_student_named_is_audited_under_the_student(qtbot, make_app, office):
    from counselor_app.services import duty_log, students
    from counselor_app.ui.qt import Qt

    app = make_app()
    main, page = open_duty(qtbot, app, "counselor")
    row = first_missing(qtbot, page)
    dialog = open_log(qtbot, page)
    qtbot.mouseClick(dialog.add_contact, LEFT)
    contact = dialog.contact_dialog
    wait_for(qtbot, lambda: not contact.loading and bool(contact.picker.rows))
    pupil = service(qtbot, app, students.list_students)[0]
    contact.picker.line.setFocus()
    qtbot.keyClicks(contact.picker.line, pupil.student_no)
    qtbot.keyClick(contact.picker.line, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: contact.student is not None)
    assert contact.party.currentData() == "student"
    contact.ok_button.click()
    wait_for(qtbot, lambda: dialog.contacts_model.rowCount() == 1)
    info = service(qtbot, app, lambda s: duty_log.get_log(s, row.assignment_id))
    assert info.contacts[0].student_id == pupil.id
    from counselor_app.store import audit

    targets = service(qtbot, app, lambda s: [(r.action, r.target_type, str(r.target_id))
                                             for r in audit.iter_all(s.conn)])
    assert ("duty.contact", "student", str(pupil.id)) in targets


def test_the_english_log_labels_are_written_alike(qtbot, make_app, office):
    """Every label and check box of the log starts with a capital in English ('Left at:', not 'left at:')."""
    from counselor_app.ui.qt import QCheckBox, QLabel

    app = make_app("en")
    _main, page = open_duty(qtbot, app, "counselor")
    first_missing(qtbot, page)
    dialog = open_log(qtbot, page)
    texts = [w.text() for w in dialog.findChildren(QLabel) if w.text().endswith(":")]
    texts += [w.text() for w in dialog.findChildren(QCheckBox)]
    assert "Left at:" in texts and "Arrived at:" in texts
    assert all(t[0].isupper() for t in texts), texts
    qtbot.mouseClick(dialog.add_contact, LEFT)
    contact = dialog.contact_dialog
    wait_for(qtbot, lambda: not contact.loading)
    boxes = [w.text() for w in contact.findChildren(QCheckBox)]
    assert boxes and all(t[0].isupper() for t in boxes), boxes
