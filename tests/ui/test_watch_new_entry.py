"""纳入重点关注…: a counselor finds the student by typing, fills in the form and saves; what the form or the service
refuses stays in the dialog with its reason; a student already on the list is offered their entry, a student
whose entry was closed may have it reopened."""
from __future__ import annotations

import pytest
from watch_ui_helpers import build, choose, copy_into, open_dialog, student

from counselor_app.domain.search import pinyin_forms
from counselor_app.services import watch as watch_service
from counselor_app.services.demo import DEMO_PASSWORD
from counselor_app.translation import translate_text
from counselor_app.ui.qt import QDialogButtonBox, Qt
from ui_helpers import log_in, wait_for

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    return build(tmp_path_factory.mktemp("watchnew") / "office")


@pytest.fixture
def office(prepared, data_dir):
    copy_into(prepared, data_dir)
    return prepared


@pytest.fixture
def page(qtbot, make_app, office):
    app = make_app()
    main = log_in(qtbot, app, "counselor", DEMO_PASSWORD)
    main.go_to("watch")
    page = main.pages["watch"]
    wait_for(qtbot, lambda: page.loaded)
    return page


def ok(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)


def pick(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not in {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)


def rows_of(qtbot, page, student_id):
    wait_for(qtbot, lambda: any(r.student_id == student_id and r.state != "closed" for r in page.all_rows))
    return next(r for r in page.all_rows if r.student_id == student_id and r.state != "closed")


def test_a_counselor_puts_a_student_on_the_list_by_typing_and_clicking(qtbot, page, office):
    dialog = open_dialog(qtbot, page)
    sid = office.without_entry[0]
    target = student(dialog, sid)
    assert not dialog.entry_box.isEnabled()   # nothing to fill in before the student is chosen
    # the pinyin initials list the student among the matches; the number chooses them
    initials = pinyin_forms(target.name).split()[-1]
    qtbot.keyClicks(dialog.picker.line, initials)
    wait_for(qtbot, lambda: dialog.picker.matches.isVisible())
    shown = [dialog.picker.matches.item(i).text() for i in range(dialog.picker.matches.count())]
    assert any(target.student_no in text for text in shown)
    dialog.picker.line.clear()
    offered = choose(qtbot, dialog, target.student_no)
    assert dialog.picker.line.text().startswith(f"{target.student_no} {target.name}")
    assert not dialog.notice.isVisible() and dialog.entry_box.isEnabled()
    duties = [dialog.people.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.people.count())]
    assert duties == list(offered.defaults) and ("counselor" in {d for _s, d in duties})
    assert dialog.parent_name.text() == offered.guardian[0] and dialog.parent_phone.text() == offered.guardian[2]
    # the form's own refusals: no source, then no concern
    ok(qtbot, dialog)
    assert dialog.error.text() == "请选择学生是通过什么渠道纳入重点关注的。" and dialog.isVisible()
    pick(dialog.source, "心理测评筛查")
    ok(qtbot, dialog)
    assert dialog.error.text() == "请写明关注事由：观察到什么情况、由谁发现。"
    dialog.concern.setPlainText("秋季测评 PHQ-9 总分 17，第 9 题阳性；班主任反映近两周失眠")
    assert not dialog.reference.isEnabled()   # a number only with the kind of record
    dialog.ref_type.setCurrentIndex(dialog.ref_type.findData("screening"))
    qtbot.keyClicks(dialog.reference, "PHQ-9 2026-10")
    pick(dialog.level, "高危")
    pick(dialog.state, "直接跟进")
    # the service's refusal: following up needs the class of the case
    ok(qtbot, dialog)
    wait_for(qtbot, lambda: dialog.error.text() != "" and not dialog.busy)
    assert dialog.error.text() == translate_text(watch_service.NEEDS_SEVERITY) and dialog.isVisible()
    assert "轻症" in dialog.error.text()
    pick(dialog.severity, "重症")
    # the responsible people: the head teacher out, the other counselor in
    head = next(i for i in range(dialog.people.count())
                if dialog.people.item(i).data(Qt.ItemDataRole.UserRole)[1] == "head_teacher")
    dialog.people.setCurrentRow(head)
    qtbot.mouseClick(dialog.remove_person, LEFT)
    other = office.base.other_counselor_staff
    dialog.staff.setCurrentIndex(next(i for i in range(dialog.staff.count()) if dialog.staff.itemData(i)[0] == other))
    assert dialog.duty.currentData() == "counselor"   # the duty follows the person's role
    qtbot.mouseClick(dialog.add_person, LEFT)
    qtbot.mouseClick(dialog.add_person, LEFT)   # twice: once in the list
    people = [dialog.people.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.people.count())]
    assert people == [(office.base.counselor_staff, "counselor"), (other, "counselor")]
    ok(qtbot, dialog)
    wait_for(qtbot, lambda: not dialog.isVisible())
    row = rows_of(qtbot, page, sid)
    assert (row.level, row.severity, row.state, row.source) == ("red", "severe", "following", "screening")
    assert {s for _d, s, _n in row.responsible} == {office.base.counselor_staff, other}
    got = []
    page.app.worker.run(lambda s: __import__("counselor_app.services.watch_detail", fromlist=["x"]).get_entry(
        s, row.id), got.append)
    wait_for(qtbot, lambda: bool(got))
    assert got[0].concern.startswith("秋季测评")
    assert (got[0].entry.source_ref_type, got[0].entry.source_ref_id) == ("screening", "PHQ-9 2026-10")


def test_a_student_with_an_open_entry_gets_no_second_one(qtbot, page, office):
    dialog = open_dialog(qtbot, page)
    sid = office.base.student_ids[0]
    choose(qtbot, dialog, student(dialog, sid).student_no)
    assert dialog.notice.isVisible() and "已在重点关注清单上" in dialog.notice_text.text()
    assert dialog.open_existing.isVisible() and not dialog.reopen_choice.isVisible()
    assert not dialog.ok_button.isEnabled() and not dialog.entry_box.isEnabled()
    # typing another student makes the form usable again
    dialog.picker.line.clear()
    choose(qtbot, dialog, student(dialog, office.without_entry[1]).student_no)
    assert not dialog.notice.isVisible() and dialog.ok_button.isEnabled()


def test_a_closed_entry_is_reopened_with_its_reason(qtbot, page, office):
    dialog = open_dialog(qtbot, page)
    sid = office.closed_student
    choose(qtbot, dialog, student(dialog, sid).student_no)
    assert dialog.notice.isVisible() and "曾被纳入重点关注" in dialog.notice_text.text()
    assert "情况好转" in dialog.notice_text.text()   # why it was closed
    assert dialog.reopen_choice.isVisible() and not dialog.open_existing.isVisible()
    qtbot.mouseClick(dialog.reopen_choice, LEFT, pos=dialog.reopen_choice.rect().center())
    assert dialog.reopen_box.isVisible() and not dialog.entry_box.isEnabled()
    assert dialog.ok_button.text() == "重新启用"
    ok(qtbot, dialog)
    assert dialog.error.text() == "请写明重新启用的原因。"
    pick(dialog.reopen_level, "重点关注")
    dialog.reopen_reason.setPlainText("期中考试后再次出现失眠，家长来电")
    ok(qtbot, dialog)
    wait_for(qtbot, lambda: not dialog.isVisible())
    row = rows_of(qtbot, page, sid)
    assert row.id == office.entries[sid] and (row.state, row.level) == ("following", "orange")


def test_a_new_entry_instead_of_reopening(qtbot, page, office):
    dialog = open_dialog(qtbot, page)
    sid = office.closed_student
    choose(qtbot, dialog, student(dialog, sid).student_no)
    assert not dialog.reopen_choice.isChecked() and dialog.ok_button.text() == "纳入"
    pick(dialog.source, "学生自主求助")
    dialog.concern.setPlainText("学生主动来辅导室求助，自述压力大")
    ok(qtbot, dialog)
    wait_for(qtbot, lambda: not dialog.isVisible())
    row = rows_of(qtbot, page, sid)
    assert row.id != office.entries[sid] and row.state == "candidate" and row.source == "self"
