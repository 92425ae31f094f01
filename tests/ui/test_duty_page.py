"""The duty page (值班表): generating a roster through the preview, the year without holidays pointing to the
calendar page, publishing with empty seats asking first, the month grid per post, print preview and export, a day
changed by hand, the set-up's forms."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from duty_ui_helpers import LEFT, build, cell_text, copy_into, open_duty, rows, service

from counselor_app.ui.duty.fields import set_day
from ui_helpers import audit_actions, wait_for


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    return build(tmp_path_factory.mktemp("dutygui") / "office", roster=False)


@pytest.fixture
def office(prepared, data_dir):
    copy_into(prepared, data_dir)
    return prepared


def preview_done(qtbot, dialog):
    wait_for(qtbot, lambda: not dialog._loading)


def test_generate_previews_counts_then_saves(qtbot, make_app, office, answered_dialogs):
    from counselor_app.services import duty_roster

    app = make_app()
    main, page = open_duty(qtbot, app)
    assert page.tabs.tabText(0) == "月值班表" and page.generate_button.text() == "生成值班表…"
    qtbot.mouseClick(page.generate_button, LEFT)
    dialog = page.editor
    preview_done(qtbot, dialog)
    if office.covered_end < office.end:   # the semester runs into a year whose holidays nobody entered
        assert "放假安排尚未录入" in dialog.error.text() and "校历" in dialog.error.text()
        assert dialog.calendar_button.isVisible() and not dialog.apply_button.isEnabled()
    set_day(dialog.last, office.covered_end)
    dialog.load()                           # the date's own timer would do it a moment later
    preview_done(qtbot, dialog)
    assert dialog.error.text() == "" and not dialog.calendar_button.isVisible()
    table = rows(dialog.counts_model)
    assert [r[0] for r in table] and set(r[0] for r in table) <= set(office.people)
    totals = [int(r[4]) for r in table]
    assert max(totals) - min(totals) <= 1      # the counts kept even
    assert "个班次" in dialog.summary.text() or "个值班" in dialog.summary.text()
    qtbot.mouseClick(dialog.apply_button, LEFT)
    wait_for(qtbot, lambda: dialog.result is not None)
    assert dialog.result == sum(totals)
    assert not dialog.apply_button.isVisible() and dialog.close_button.text() == "关闭"
    found = service(qtbot, app, lambda s: duty_roster.coverage(s, office.semester, office.start,
                                                               office.covered_end))
    assert found.plan.assignments and "duty.generate" in audit_actions(qtbot, app)
    dialog.close_button.click()
    # the month grid of the first day planned shows its names
    first = min(a.day for a in found.plan.assignments)
    page.month.show_month(first)
    wait_for(qtbot, lambda: page.month.data is not None and (page.month.data.year, page.month.data.month)
             == (first.year, first.month))
    names = {n for a in found.plan.assignments if a.day == first for n, sid in office.people.items()
             if sid == a.person_id}
    texts = "\n".join(page.month.grid.item(r, c).text() for r in range(page.month.grid.rowCount())
                      for c in range(7) if page.month.grid.item(r, c) is not None)
    assert "午休 12:10–13:30" in texts and any(n in texts for n in names)
    assert page.month.published.text() == "草稿：尚未发布"


def test_publishing_with_empty_seats_asks_first(qtbot, make_app, office, answered_dialogs):
    from counselor_app.services import duty, duty_roster

    app = make_app()
    main, page = open_duty(qtbot, app)
    # a shift nobody on the list may take: every week has an empty seat
    post = page.setup.posts[0].id
    service(qtbot, app, lambda s: duty.save_template(s, office.semester, duty.TemplateEdit(
        post, 2, "晚自习", "19:00", "21:00", roles=("school_leader",))))
    service(qtbot, app, lambda s: duty_roster.apply_roster(s, duty_roster.preview_roster(
        s, office.semester, office.start, office.covered_end)))
    qtbot.mouseClick(page.publish_button, LEFT)
    dialog = page.editor
    set_day(dialog.through, office.covered_end)
    preview_done(qtbot, dialog)
    assert dialog.found is not None and dialog.found.gaps > 0
    shown = rows(dialog.model)
    assert shown and all("空缺" in r[3] for r in shown if "晚自习" in r[1])
    answered_dialogs.set_next_answers(False)      # "publish with empty seats?" — no
    qtbot.mouseClick(dialog.apply_button, LEFT)
    assert answered_dialogs.shown[-1].kind == "question" and "空缺" in answered_dialogs.shown[-1].text
    assert dialog.result is None and "duty.publish" not in audit_actions(qtbot, app)
    answered_dialogs.set_next_answers(True)
    qtbot.mouseClick(dialog.apply_button, LEFT)
    wait_for(qtbot, lambda: dialog.result is not None)
    assert "已发布至" in dialog.summary.text()
    assert "duty.publish" in audit_actions(qtbot, app)


def test_a_day_changed_by_hand_and_the_month_printed_and_exported(qtbot, make_app, office, answered_dialogs,
                                                                  tmp_path):
    from counselor_app.services import duty_roster

    app = make_app()
    main, page = open_duty(qtbot, app)
    day = max(date.today(), office.start) + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    page.month.show_month(day)
    wait_for(qtbot, lambda: page.month.data is not None and page.month.data.month == day.month)
    page.month.post.setCurrentIndex(page.month.post.findText("辅导室"))
    page.month.select_day(day)
    assert page.month.edit_button.isEnabled()
    qtbot.mouseClick(page.month.edit_button, LEFT)
    dialog = page.editor
    assert dialog.shift.count() == 2 and dialog.duty.currentText() == "空位"
    dialog.person.setCurrentIndex(dialog.person.findData(office.counselor_staff))
    dialog.ok_button.click()
    wait_for(qtbot, lambda: dialog.saved_value is not None)
    mine = service(qtbot, app, lambda s: duty_roster.my_duties(s, day, day, staff_id=office.counselor_staff))
    assert [(r.period, r.manual) for r in mine] == [("午休", True)]
    wait_for(qtbot, lambda: "周姗" in cell_text(page.month, day))
    assert "午休 12:10–13:30\n  周姗" in cell_text(page.month, day)
    # a head teacher on the hotline, which only counselors take: refused, the message in the form
    page.month.post.setCurrentIndex(page.month.post.findText("热线"))
    page.month.select_day(day)
    qtbot.mouseClick(page.month.edit_button, LEFT)
    dialog = page.editor
    assert [dialog.shift.itemText(n) for n in range(dialog.shift.count())] == ["课后 16:40–17:40"]
    dialog.person.setCurrentIndex(dialog.person.findData(office.teachers[0]))
    dialog.ok_button.click()
    wait_for(qtbot, lambda: dialog.error.text() != "")
    assert dialog.error.text() == "此人不能值此班次（请查看该班次的值班人员要求）。" and dialog.isVisible()
    dialog.reject()
    # print preview: A4 landscape, one page per post with duty that month
    qtbot.mouseClick(page.month.print_button, LEFT)
    wait_for(qtbot, lambda: getattr(page, "preview", None) is not None and page.preview.isVisible(), 20000)
    assert page.preview.page_count() >= 1
    size = page.preview.document.pagePointSize(0)
    assert size.width() > size.height()
    page.preview.reject()
    out = tmp_path / "month.xlsx"
    answered_dialogs.set_next_answers(str(out))
    qtbot.mouseClick(page.month.export_button, LEFT)
    wait_for(qtbot, lambda: out.exists())
    assert "export.duty" in audit_actions(qtbot, app) and "preview.duty_roster" in audit_actions(qtbot, app)


def test_the_set_up_forms_add_a_shift_and_unavailability(qtbot, make_app, office, answered_dialogs):
    app = make_app("en")
    main, page = open_duty(qtbot, app)
    page.tabs.setCurrentWidget(page.setup_tab)
    wait_for(qtbot, lambda: page.setup_tab.shifts_model.rowCount() == 15)
    qtbot.mouseClick(page.setup_tab.findChild(type(page.generate_button), "dutyNewShift"), LEFT)
    dialog = page.editor
    dialog.post.setCurrentIndex(dialog.post.findText("热线"))
    for n in range(dialog.weekdays.count()):   # Monday–Friday ticked: keep Monday only
        item = dialog.weekdays.item(n)
        item.setCheckState(item.checkState().Checked if n == 0 else item.checkState().Unchecked)
    dialog.period.setCurrentIndex(2)          # Evening study 19:00–21:00
    dialog.period.activated.emit(2)
    dialog.ok_button.click()
    wait_for(qtbot, lambda: dialog.saved_value is not None)
    wait_for(qtbot, lambda: page.setup_tab.shifts_model.rowCount() == 16)
    row = next(r for r in rows(page.setup_tab.shifts_model) if r[2] == "Evening study")
    assert row[:6] == ["热线", "Monday", "Evening study", "19:00–21:00", "1", "evening"]
    # the same shift again: the service's message in the form
    qtbot.mouseClick(page.setup_tab.findChild(type(page.generate_button), "dutyNewShift"), LEFT)
    dialog = page.editor
    dialog.post.setCurrentIndex(dialog.post.findText("热线"))
    for n in range(dialog.weekdays.count()):
        item = dialog.weekdays.item(n)
        item.setCheckState(item.checkState().Checked if n == 0 else item.checkState().Unchecked)
    dialog.period.setCurrentIndex(2)
    dialog.ok_button.click()
    wait_for(qtbot, lambda: dialog.error.text() != "")
    assert "already has a shift" in dialog.error.text() and dialog.isVisible()
    dialog.reject()
    qtbot.mouseClick(page.setup_tab.findChild(type(page.generate_button), "dutyAddUnavailable"), LEFT)
    dialog = page.editor
    dialog.person.setCurrentIndex(dialog.person.findData(office.counselor_staff))
    dialog.weekday.setCurrentIndex(3)
    dialog.ok_button.click()
    wait_for(qtbot, lambda: dialog.saved_value is not None)
    wait_for(qtbot, lambda: page.setup_tab.unavailable_model.rowCount() == 1)
    assert rows(page.setup_tab.unavailable_model)[0] == ["周姗", "every Thursday the whole day", "teaching"]


def test_generating_again_keeps_the_duties_changed_by_hand_unless_told(qtbot, make_app, office):
    from counselor_app.services import duty_roster

    app = make_app()
    main, page = open_duty(qtbot, app)
    day = max(date.today(), office.start) + timedelta(days=2)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    lunch = next(t for t in page.setup.templates if t.post == "辅导室" and t.period == "午休"
                 and t.weekday == day.weekday())
    manual = service(qtbot, app, lambda s: duty_roster.assign(s, day, lunch.id, office.counselor_staff))
    qtbot.mouseClick(page.generate_button, LEFT)
    dialog = page.editor
    set_day(dialog.last, min(office.covered_end, day + timedelta(days=14)))
    dialog.load()
    preview_done(qtbot, dialog)
    assert dialog.keep.isChecked() and dialog.preview.replaced == 0
    dialog.keep.setChecked(False)                 # the hand-made duty is planned again too
    preview_done(qtbot, dialog)
    assert dialog.preview.replaced == 1 and not dialog.preview.keep_manual
    dialog.keep.setChecked(True)
    preview_done(qtbot, dialog)
    qtbot.mouseClick(dialog.apply_button, LEFT)
    wait_for(qtbot, lambda: dialog.result is not None)
    kept = service(qtbot, app, lambda s: duty_roster.my_duties(s, day, day, staff_id=office.counselor_staff))
    assert [(r.id, r.manual) for r in kept if r.template_id == lunch.id] == [(manual, True)]


def test_a_year_without_holidays_offers_to_plan_and_publish_through_the_known_days(qtbot, make_app, office):
    if office.covered_end >= office.end:
        pytest.skip("the holidays of the whole semester are known on this date")
    app = make_app()
    main, page = open_duty(qtbot, app)
    qtbot.mouseClick(page.generate_button, LEFT)
    dialog = page.editor
    preview_done(qtbot, dialog)
    assert "放假安排尚未录入" in dialog.error.text()
    wait_for(qtbot, lambda: dialog.known_button.isVisible())
    assert dialog.known_button.text() == f"只排到 {office.covered_end.isoformat()}"
    qtbot.mouseClick(dialog.known_button, LEFT)
    wait_for(qtbot, lambda: dialog.preview is not None)
    assert dialog.last.date().toPython() == office.covered_end and dialog.error.text() == ""
    assert not dialog.known_button.isVisible() and dialog.apply_button.isEnabled()
    qtbot.mouseClick(dialog.apply_button, LEFT)
    wait_for(qtbot, lambda: dialog.result is not None)
    dialog.close_button.click()
    qtbot.mouseClick(page.publish_button, LEFT)                  # publishing: the same way out
    dialog = page.editor
    wait_for(qtbot, lambda: dialog.known_button.isVisible())
    assert dialog.known_button.text() == f"只发布到 {office.covered_end.isoformat()}"
    qtbot.mouseClick(dialog.known_button, LEFT)
    wait_for(qtbot, lambda: dialog.found is not None)
    assert dialog.through.date().toPython() == office.covered_end and dialog.apply_button.isEnabled()


def test_generating_over_the_published_roster_asks_first(qtbot, make_app, office, answered_dialogs):
    from counselor_app.services import duty_roster

    app = make_app()
    main, page = open_duty(qtbot, app)
    today = max(date.today(), office.start)
    if today > office.covered_end:
        pytest.skip("no day left to plan in the semester on this date")
    service(qtbot, app, lambda s: duty_roster.apply_roster(s, duty_roster.preview_roster(
        s, office.semester, today, office.covered_end)))
    service(qtbot, app, lambda s: duty_roster.publish_roster(s, office.semester, office.covered_end,
                                                             confirm_gaps=True))
    qtbot.mouseClick(page.generate_button, LEFT)
    dialog = page.editor
    preview_done(qtbot, dialog)
    set_day(dialog.last, office.covered_end)
    dialog.keep.setChecked(False)                   # every duty of the range planned again
    wait_for(qtbot, lambda: dialog.preview is not None and dialog.preview.last == office.covered_end
             and not dialog.preview.keep_manual)
    assert f"值班表已发布至 {office.covered_end.isoformat()}" in dialog.summary.text()
    answered_dialogs.set_next_answers(False)        # "change the published roster?" — no
    qtbot.mouseClick(dialog.apply_button, LEFT)
    asked = answered_dialogs.shown[-1]
    assert asked.kind == "question" and "已发布" in asked.text and "重新打印" in asked.text
    assert dialog.result is None and dialog.isVisible()
    answered_dialogs.set_next_answers(True)
    qtbot.mouseClick(dialog.apply_button, LEFT)
    wait_for(qtbot, lambda: dialog.result is not None)


def test_changing_a_day_starts_at_who_has_the_duty_not_at_nobody(qtbot, make_app, office):
    from counselor_app.services import duty_roster

    app = make_app()
    main, page = open_duty(qtbot, app)
    day = max(date.today(), office.start) + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    lunch = next(t.id for t in page.setup.templates if t.post == "辅导室" and t.weekday == day.weekday()
                 and t.period == "午休")
    service(qtbot, app, lambda s: duty_roster.assign(s, day, lunch, office.counselor_staff))
    page.month.show_month(day)
    wait_for(qtbot, lambda: "周姗" in cell_text(page.month, day))
    page.month.post.setCurrentIndex(page.month.post.findText("辅导室"))
    page.month.select_day(day)
    qtbot.mouseClick(page.month.edit_button, LEFT)
    dialog = page.editor
    assert dialog.duty.currentText() == "周姗的值班" and dialog.person.currentText() == "周姗"
    dialog.ok_button.click()                                 # OK alone takes nobody off duty
    assert "已经是" in dialog.error.text() and dialog.isVisible()
    dialog.person.setCurrentIndex(dialog.person.findData(None))   # taken off duty: chosen on purpose
    dialog.ok_button.click()
    wait_for(qtbot, lambda: not dialog.isVisible())
    wait_for(qtbot, lambda: "周姗" not in cell_text(page.month, day))
    assert service(qtbot, app, lambda s: duty_roster.my_duties(s, day, day, staff_id=office.counselor_staff)) == []


def evening_nobody_may_take(qtbot, app, page, office):
    """A Wednesday evening shift at 辅导室 that only school leaders may take (none is on the list), the roster
    generated: an empty seat every Wednesday. The shift's id."""
    from counselor_app.services import duty, duty_roster

    post = next(p.id for p in page.setup.posts if p.name == "辅导室")
    template = service(qtbot, app, lambda s: duty.save_template(s, office.semester, duty.TemplateEdit(
        post, 2, "晚自习", "19:00", "21:00", roles=("school_leader",))))
    service(qtbot, app, lambda s: duty_roster.apply_roster(s, duty_roster.preview_roster(
        s, office.semester, office.start, office.covered_end)))
    return template


def double_click_row(qtbot, view, row: int) -> None:
    index = view.model().index(row, 0)
    view.scrollTo(index)
    where = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), LEFT, pos=where)         # as a user's: press, release, then the double
    qtbot.mouseDClick(view.viewport(), LEFT, pos=where)


def test_a_gap_of_the_check_opens_its_day_in_the_month_to_be_filled(qtbot, make_app, office, answered_dialogs):
    from counselor_app.ui.duty.day_dialog import DayDialog

    app = make_app()
    main, page = open_duty(qtbot, app)
    evening_nobody_may_take(qtbot, app, page, office)
    qtbot.mouseClick(page.publish_button, LEFT)
    dialog = page.editor
    set_day(dialog.through, office.covered_end)
    wait_for(qtbot, lambda: dialog.found is not None and not dialog._loading)
    assert not dialog.day_button.isEnabled()                 # nothing chosen yet
    row = next(n for n, f in enumerate(dialog.model.rows) if "晚自习" in f.shift)
    gap = dialog.model.rows[row]
    assert dialog.day_button.text() == "调整这一天…"
    double_click_row(qtbot, dialog.view, row)
    wait_for(qtbot, lambda: isinstance(page.editor, DayDialog) and page.editor.isVisible())
    assert not dialog.isVisible() and page.tabs.currentWidget() is page.month
    assert page.month.selected_day() == gap.day and page.month.post.currentText() == "辅导室"
    assert "晚自习 19:00–21:00\n  [空缺 1]" in cell_text(page.month, gap.day)     # the empty seat in the grid too
    day_dialog = page.editor
    assert gap.day.isoformat() in day_dialog.windowTitle()
    assert day_dialog.shift.currentText() == "晚自习 19:00–21:00" and day_dialog.duty.currentText() == "空位"
    # nobody on the list may take it: the service says so in the form, which stays open
    day_dialog.person.setCurrentIndex(day_dialog.person.findData(office.counselor_staff))
    day_dialog.ok_button.click()
    wait_for(qtbot, lambda: day_dialog.error.text() != "")
    assert "不能值此班次" in day_dialog.error.text() and day_dialog.isVisible()


def test_a_gap_of_the_preview_opens_its_day_only_once_the_roster_is_saved(qtbot, make_app, office,
                                                                         answered_dialogs):
    from counselor_app.ui.duty.day_dialog import DayDialog

    app = make_app()
    main, page = open_duty(qtbot, app)
    template = evening_nobody_may_take(qtbot, app, page, office)
    first = max(date.today(), office.start)
    if (office.covered_end - first).days < 7:
        pytest.skip("no week left to plan in the semester on this date")
    qtbot.mouseClick(page.generate_button, LEFT)
    dialog = page.editor
    set_day(dialog.first, first)
    set_day(dialog.last, first + timedelta(days=7))
    dialog.load()
    wait_for(qtbot, lambda: dialog.preview is not None and not dialog._loading
             and dialog.preview.last == first + timedelta(days=7))
    row = next(n for n, g in enumerate(dialog.gaps_model.rows) if g.template_id == template)
    gap = dialog.gaps_model.rows[row]
    double_click_row(qtbot, dialog.gaps, row)                    # not saved yet: the preview stays
    assert dialog.isVisible() and not dialog.day_button.isEnabled() and "请先保存" in dialog.day_button.toolTip()
    qtbot.mouseClick(dialog.apply_button, LEFT)
    wait_for(qtbot, lambda: dialog.result is not None)
    assert "双击空缺" in dialog.summary.text()
    dialog.gaps.selectRow(row)
    assert dialog.day_button.isEnabled()
    qtbot.mouseClick(dialog.day_button, LEFT)
    wait_for(qtbot, lambda: isinstance(page.editor, DayDialog) and page.editor.isVisible())
    assert not dialog.isVisible() and page.month.selected_day() == gap.day
    assert page.editor.shift.currentData() == template and page.editor.duty.currentText() == "空位"


def test_the_chosen_day_stays_chosen_when_the_month_reloads(qtbot, make_app, office):
    """A change saved meanwhile (a colleague's, or the roster just generated) reloads the month: the day the user
    had clicked lost its selection and 调整这一天… went grey."""
    from counselor_app.services import duty_roster
    from counselor_app.ui.duty.month_view import DAY_ROLE

    app = make_app()
    main, page = open_duty(qtbot, app)
    day = max(date.today(), office.start) + timedelta(days=1)
    while day.weekday() >= 4 or (day + timedelta(days=1)).month != day.month:   # and the next in the same month
        day += timedelta(days=1)
    lunch = {t.weekday: t.id for t in page.setup.templates if t.post == "辅导室" and t.period == "午休"}
    service(qtbot, app, lambda s: duty_roster.assign(s, day, lunch[day.weekday()], office.counselor_staff))
    page.month.show_month(day)
    wait_for(qtbot, lambda: "周姗" in cell_text(page.month, day))
    page.month.post.setCurrentIndex(page.month.post.findText("辅导室"))
    grid = page.month.grid
    item = next(grid.item(r, c) for r in range(grid.rowCount()) for c in range(7)
                if grid.item(r, c) is not None and grid.item(r, c).data(DAY_ROLE) == day)
    qtbot.mouseClick(grid.viewport(), LEFT, pos=grid.visualItemRect(item).center())
    assert page.month.selected_day() == day and page.month.edit_button.isEnabled()
    other = day + timedelta(days=1)                             # meanwhile: another duty saved, the month reloads
    service(qtbot, app, lambda s: duty_roster.assign(s, other, lunch[other.weekday()], office.counselor_staff))
    wait_for(qtbot, lambda: "周姗" in cell_text(page.month, other))
    assert page.month.selected_day() == day and page.month.edit_button.isEnabled()
