"""The referrals page (转介): the demo's referrals, open ones by default, the overdue receipt in red, the filters,
printing the form of the selected referral (a preview, audited); an assistant has no such page."""
from __future__ import annotations

import shutil

import pytest
from testdata import CHEAP_KDF

from counselor_app.services.demo import DEMO_PASSWORD, create_demo_office
from counselor_app.ui.qt import Qt
from ui_helpers import audit_actions, log_in, wait_for


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    from datetime import datetime, timedelta

    from counselor_app.services import crisis

    folder = tmp_path_factory.mktemp("referralsgui") / "office"
    demo = create_demo_office(folder, students=200, kdf=CHEAP_KDF, watch=True)
    with demo.office.session as s:   # an open incident too (the demo's is closed)
        found = datetime.now().replace(second=0, microsecond=0) - timedelta(hours=1)
        student = s.conn.execute("SELECT student_id FROM watch_entry WHERE state <> 'closed' LIMIT 1").fetchone()[0]
        crisis.report_incident(s, crisis.IncidentEdit(found, "runaway", "major", (student,), "王老师", found, "未到校"))
    return folder


@pytest.fixture
def office(prepared, data_dir):
    shutil.copytree(prepared, data_dir)
    return data_dir


def open_page(qtbot, make_app, login="demo", lang="zh_CN"):
    app = make_app(lang)
    main = log_in(qtbot, app, login, DEMO_PASSWORD)
    assert main.go_to("referrals")
    page = main.pages["referrals"]
    wait_for(qtbot, lambda: page.loaded)
    return app, main, page


def test_the_head_sees_the_open_referrals_and_the_overdue_receipt(qtbot, make_app, office):
    app, main, page = open_page(qtbot, make_app)
    texts = [main.nav.item(i).text() for i in range(main.nav.count())]
    assert "转介" in texts
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    assert headers == ["编号", "学号", "姓名", "班级", "紧急程度", "状态", "就诊医院", "开具日期", "回执应交日期",
                       "回执交回日期", "医生建议"]
    states = {page.model.data(page.model.index(r, 5)) for r in range(page.model.rowCount())}
    assert states == {"草稿", "已开具", "已就诊", "回执已收回"}
    open_rows = [r for r in page.all_rows if r.state != "closed"]   # the demo's and the review meetings' drafts
    assert page.count.text() == f"显示 {len(open_rows)} 条 · 未结案 {len(open_rows)} 条，回执逾期 1 条"
    page.overdue_only.click()
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 8), Qt.ItemDataRole.ForegroundRole).name() == "#b3261e"
    page.overdue_only.click()
    page.state.setCurrentIndex(page.state.findText("全部状态"))
    assert page.model.rowCount() == len(page.all_rows) == len(open_rows) + 2   # the completed and the refused


def test_printing_the_form_of_the_selected_referral(qtbot, make_app, office):
    app, main, page = open_page(qtbot, make_app)
    assert not page.print_button.isEnabled()
    row = next(r for r in range(page.model.rowCount()) if page.model.rows[r].state == "issued")
    page.table.selectRow(row)
    assert page.print_button.isEnabled()
    page.print_button.click()
    wait_for(qtbot, lambda: getattr(page, "preview", None) is not None and page.preview.isVisible(), timeout=20000)
    assert "preview.referral" in audit_actions(qtbot, app)
    page.preview.close()


def test_an_assistant_has_no_referrals_page(qtbot, make_app, office):
    app = make_app("zh_CN")
    main = log_in(qtbot, app, "assistant", DEMO_PASSWORD)
    assert not main.go_to("referrals")


def test_the_start_page_shows_the_open_incident_in_red_and_the_overdue_receipt(qtbot, make_app, office):
    app = make_app("zh_CN")
    main = log_in(qtbot, app, "demo", DEMO_PASSWORD)
    card = main.pages["start"].loops_card
    wait_for(qtbot, lambda: card.data is not None)
    assert card.isVisible() and card.title.text() == "危机事件、转介与复学"
    texts = [label.text() for label in card.labels]
    assert texts[0] == "处置中的危机事件（1）"
    assert texts[1].startswith("危机 ") and " · 出走 · 重大 · " in texts[1] and "家长尚未全部联系上" in texts[1]
    assert card.labels[1].objectName() == "loopIncident"          # red, bold (the card's style sheet)
    assert texts[2] == "逾期未收回的转介回执（1）" and texts[3].startswith("转介 ") and "回执应于" in texts[3]
    card.referrals_button.click()
    page = main.pages["referrals"]
    wait_for(qtbot, lambda: page.loaded)
    assert page.overdue_only.isChecked() and page.model.rowCount() == 1


def test_an_assistant_has_no_such_card(qtbot, make_app, office):
    app = make_app("zh_CN")
    main = log_in(qtbot, app, "assistant", DEMO_PASSWORD)
    assert main.pages["start"].loops_card is None


def _free_student_no(data_dir) -> str:
    """A student in school who is not on the watch list (read before the window opens)."""
    from counselor_app.services import office

    with office.login(data_dir, "demo", DEMO_PASSWORD) as s:
        return s.conn.execute("SELECT student_no FROM student WHERE status = 'enrolled' AND id NOT IN "
                              "(SELECT student_id FROM watch_entry) ORDER BY id LIMIT 1").fetchone()[0]


def test_a_new_referral_for_a_student_not_on_the_watch_list_asks_first(qtbot, make_app, office, answered_dialogs):
    from counselor_app.ui.referrals.dialogs import NewReferralDialog

    number = _free_student_no(office)
    app, main, page = open_page(qtbot, make_app)
    before = len(page.all_rows)
    page.new_button.click()
    dialog = page.editor
    assert isinstance(dialog, NewReferralDialog)
    wait_for(qtbot, lambda: dialog.ok_button.isEnabled())
    dialog.ok_button.click()                                    # nothing chosen: said in the form
    assert dialog.error.text() == "请选择学生。" and dialog.isVisible()
    dialog.picker.line.setFocus()
    qtbot.keyClicks(dialog.picker.line, number)
    qtbot.keyClick(dialog.picker.line, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: dialog.student is not None)
    dialog.reason.setPlainText("近两周情绪低落，多次哭泣")
    dialog.hospital.setCurrentIndex(1)
    answered_dialogs.set_next_answers(False)                    # not on the list: the user says no
    dialog.ok_button.click()
    wait_for(qtbot, lambda: not dialog.busy and bool(answered_dialogs.shown))
    assert answered_dialogs.shown[-1].title == "不在重点关注名单上" and dialog.isVisible()
    answered_dialogs.set_next_answers(True)                     # asked again: yes
    dialog.ok_button.click()
    wait_for(qtbot, lambda: not dialog.isVisible())
    wait_for(qtbot, lambda: len(page.all_rows) == before + 1)
    new = next(r for r in page.all_rows if r.student_no == number)
    assert new.state == "draft"
    from counselor_app.services import watch

    got = []
    app.worker.run(lambda s: [e.source for e in watch.list_entries(s) if e.student_no == number], got.append)
    wait_for(qtbot, lambda: bool(got))
    assert got[0] == ["medical"]


def test_meeting_issue_and_receipt_from_the_page(qtbot, make_app, office, answered_dialogs):
    app, main, page = open_page(qtbot, make_app)
    draft = next(n for n, r in enumerate(page.model.rows) if r.state == "draft" and r.hospital)   # the demo's own
    number = page.model.rows[draft].number
    page.table.selectRow(draft)
    assert page.meeting_button.isEnabled() and not page.receipt_button.isEnabled()
    page.meeting_button.click()
    dialog = page.editor
    wait_for(qtbot, lambda: dialog.ok_button.isEnabled())
    dialog.people.setText("家长、心理教师、班主任")
    dialog.ok_button.click()
    wait_for(qtbot, lambda: not dialog.isVisible())
    answered_dialogs.set_next_answers(True)
    row = lambda: next(r for r in page.all_rows if r.number == number)   # noqa: E731
    page.table.selectRow(next(n for n, r in enumerate(page.model.rows) if r.number == number))
    page.issue_button.click()
    wait_for(qtbot, lambda: row().state == "issued")
    page.table.selectRow(next(n for n, r in enumerate(page.model.rows) if r.number == number))
    page.visit_button.click()
    wait_for(qtbot, lambda: row().state == "visited")
    page.table.selectRow(next(n for n, r in enumerate(page.model.rows) if r.number == number))
    assert page.receipt_button.isEnabled() and not page.visit_button.isEnabled()
    page.receipt_button.click()
    dialog = page.editor
    wait_for(qtbot, lambda: dialog.ok_button.isEnabled())
    dialog.ok_button.click()
    assert dialog.error.text() == "请选择医生建议。"
    assert not dialog.start_leave.isVisible()
    dialog.advice.setCurrentIndex(dialog.advice.findData("leave"))
    assert dialog.start_leave.isVisible()
    dialog.start_leave.click()
    dialog.ok_button.click()
    wait_for(qtbot, lambda: not dialog.isVisible())
    wait_for(qtbot, lambda: row().state == "returned")
    from counselor_app.services import leaves

    got = []
    app.worker.run(lambda s: [(x.kind, x.state) for x in leaves.list_leaves(s) if x.name == row().name], got.append)
    wait_for(qtbot, lambda: bool(got))
    assert got[0] == [("suspension", "applied")]


def test_adding_a_hospital_to_the_directory(qtbot, make_app, office):
    app, main, page = open_page(qtbot, make_app)
    page.hospital_button.click()
    dialog = page.editor
    wait_for(qtbot, lambda: dialog.ok_button.isEnabled())     # the directory loads first
    dialog.ok_button.click()
    assert dialog.error.text() == "请填写医院名称。"
    dialog.name.setText("示范市精神卫生中心")                       # the demo has it already
    dialog.ok_button.click()
    wait_for(qtbot, lambda: dialog.error.text() != "" and not dialog.busy)
    assert dialog.error.text() == "医院名录中已有同名医院。"
    dialog.name.setText("示范市儿童医院")
    dialog.departments.setText("心理科，发育行为科")
    dialog.agreement.click()
    dialog.ok_button.click()
    wait_for(qtbot, lambda: not dialog.isVisible())
    from counselor_app.services import hospitals

    got = []
    app.worker.run(lambda s: hospitals.list_hospitals(s), got.append)
    wait_for(qtbot, lambda: bool(got))
    added = next(h for h in got[0] if h.name == "示范市儿童医院")
    assert added.departments == "心理科\n发育行为科" and added.agreement


def test_the_registers_out_and_back_of_this_semester(qtbot, make_app, office, data_dir):
    """登记表… printed only 转介出登记, for the last 183 days (reaching into the last school year): both registers
    now, this semester's days unless changed."""
    from datetime import date

    from counselor_app.services import office as office_service
    from counselor_app.ui.referrals.registers_dialog import this_semester

    with office_service.login(data_dir, "demo", DEMO_PASSWORD) as s:
        semester = this_semester(s, date.today())
    assert semester is not None and semester[1] == date.today()
    app, main, page = open_page(qtbot, make_app)
    qtbot.mouseClick(page.registers_button, Qt.MouseButton.LeftButton)
    dialog = page.editor
    wait_for(qtbot, lambda: dialog.ok_button.isEnabled())
    assert (dialog.since.date().toPython(), dialog.until.date().toPython()) == semester
    assert [dialog.kind.itemText(i) for i in range(dialog.kind.count())] == ["转介出登记表", "转介返回登记表"]
    dialog.since.setDate(dialog.until.date().addDays(1))     # the days the wrong way round: said, nothing printed
    dialog.ok_button.click()
    assert dialog.error.text() == "开始日期晚于结束日期。" and dialog.isVisible()
    dialog.since.setDate(dialog.until.date().addDays(-120))
    dialog.kind.setCurrentIndex(1)
    dialog.ok_button.click()
    wait_for(qtbot, lambda: getattr(page, "preview", None) is not None and page.preview.isVisible(), timeout=20000)
    assert page.preview.kind == "referrals_back" and not dialog.isVisible()
    assert audit_actions(qtbot, app)[-1] == "preview.referrals_back"
    page.preview.close()
