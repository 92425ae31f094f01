"""Swaps and covers on the duty page: the head asks for a swap, the counselor accepts from her own account (the
start page's card leads her there), the head approves and both duties change hands; a swap with oneself or at a
time one is already on duty is refused with the message in the form; an assistant cannot approve, and the service
refuses even when called."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from duty_ui_helpers import LEFT, build, copy_into, open_duty, relog, rows, service

from counselor_app.domain.errors import PermissionDenied, UserError
from counselor_app.ui.qt import Qt
from ui_helpers import audit_actions, wait_for


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    return build(tmp_path_factory.mktemp("dutyswap") / "office", roster=True)


@pytest.fixture
def office(prepared, data_dir):
    copy_into(prepared, data_dir)
    return prepared


def coming(s, staff_id):
    from counselor_app.services import duty_roster

    first = date.today() + timedelta(days=1)
    return duty_roster.my_duties(s, first, first + timedelta(days=40), staff_id=staff_id)


def swap_pair(office, conflict: bool):
    """(mine, theirs): the head's duty and the counselor's that may be swapped — or, with ``conflict``, where the
    head is already on duty at the time of the counselor's."""
    from counselor_app.services import duty_roster

    def find(s):
        mine, theirs = coming(s, office.head_staff), coming(s, office.counselor_staff)
        for b in theirs:
            busy = [a for a in mine if a.day == b.day and a.start_time < b.end_time and b.start_time < a.end_time]
            for a in mine:
                if conflict:
                    if busy and a not in busy:
                        return a, b
                    continue
                try:
                    duty_roster.check_person_on(s, date.fromisoformat(b.day), b.template_id, a.staff_id, ignore=a.id)
                    duty_roster.check_person_on(s, date.fromisoformat(a.day), a.template_id, b.staff_id, ignore=b.id)
                except UserError:
                    continue
                return a, b
        raise AssertionError("no such pair in the roster")
    return find


def busy_at_hotline_time(office):
    """The head put by hand on the counseling room after class on a day the counselor has the hotline then."""
    from counselor_app.services import duty_roster

    def make(s):
        hotline = next(b for b in coming(s, office.counselor_staff) if b.post == "热线")
        day = date.fromisoformat(hotline.day)
        room = next(r for r in duty_roster.month_roster(s, day.year, day.month).posts if r.post == "辅导室")
        line = next(x for x in room.days[day] if x.period == "课后")
        duty_roster.reassign(s, line.assignment_ids[0], office.head_staff)
    return make


def select(tab, row_id):
    where = next(n for n, r in enumerate(tab.model.rows) if r.id == row_id)
    tab.table.selectRow(where)


def ask_swap(qtbot, page, mine_id, colleague, theirs_id):
    page.tabs.setCurrentWidget(page.mine)
    wait_for(qtbot, lambda: any(r.id == mine_id for r in page.mine.model.rows))
    select(page.mine, mine_id)
    assert page.mine.swap_button.isEnabled()
    qtbot.mouseClick(page.mine.swap_button, LEFT)
    dialog = page.editor
    dialog.colleague.setCurrentIndex(dialog.colleague.findData(colleague))
    wait_for(qtbot, lambda: dialog.theirs.findData(theirs_id) >= 0)
    dialog.theirs.setCurrentIndex(dialog.theirs.findData(theirs_id))
    dialog.ok_button.click()
    return dialog


def card_button(qtbot, main, words):
    card = main.pages["start"].duty_card
    main.go_to("start")
    wait_for(qtbot, lambda: any(words in b.text() for b in card.buttons))
    return next(b for b in card.buttons if words in b.text())


def test_a_swap_asked_accepted_by_the_colleague_and_approved(qtbot, make_app, office):
    app = make_app()
    main, page = open_duty(qtbot, app, "demo")
    a, b = service(qtbot, app, swap_pair(office, conflict=False))
    dialog = ask_swap(qtbot, page, a.id, office.counselor_staff, b.id)
    wait_for(qtbot, lambda: dialog.saved_value is not None)
    # the counselor: her start page says a request waits for her answer, and leads to it
    main, page = relog(qtbot, app, "counselor")
    qtbot.mouseClick(card_button(qtbot, main, "个换班申请等你答复"), LEFT)
    assert page.tabs.currentWidget() is page.changes and page.changes.which.currentText() == "等我答复的"
    wait_for(qtbot, lambda: page.changes.model.rowCount() == 1)
    page.changes.table.selectRow(0)
    assert page.changes.accept_button.isEnabled() and not page.changes.approve_button.isVisible()
    qtbot.mouseClick(page.changes.accept_button, LEFT)
    wait_for(qtbot, lambda: "等待负责人审批" in page.changes.message.text())
    # the head approves: both duties change hands
    main, page = relog(qtbot, app, "demo")
    qtbot.mouseClick(card_button(qtbot, main, "等你审批"), LEFT)
    wait_for(qtbot, lambda: page.changes.model.rowCount() == 1)
    page.changes.table.selectRow(0)
    qtbot.mouseClick(page.changes.approve_button, LEFT)
    wait_for(qtbot, lambda: "已批准" in page.changes.message.text())
    mine = {r.id for r in service(qtbot, app, lambda s: coming(s, office.head_staff))}
    theirs = {r.id for r in service(qtbot, app, lambda s: coming(s, office.counselor_staff))}
    assert b.id in mine and a.id in theirs and a.id not in mine
    actions = audit_actions(qtbot, app)
    assert {"duty.swap_request", "duty.swap_accept", "duty.change_approve"} <= set(actions)


def test_a_swap_with_oneself_or_at_a_busy_time_is_refused(qtbot, make_app, office):
    from counselor_app.services import duty_changes

    app = make_app()
    main, page = open_duty(qtbot, app, "demo")
    mine = service(qtbot, app, lambda s: coming(s, office.head_staff))
    page.tabs.setCurrentWidget(page.mine)                  # oneself is not offered as colleague nor as cover
    wait_for(qtbot, lambda: any(r.id == mine[0].id for r in page.mine.model.rows))
    select(page.mine, mine[0].id)
    for button, field in ((page.mine.swap_button, "colleague"), (page.mine.cover_button, "replacement")):
        qtbot.mouseClick(button, LEFT)
        combo = getattr(page.editor, field)
        assert combo.count() == len(office.people) - 1 and combo.findData(office.head_staff) == -1
        page.editor.reject()
    with pytest.raises(UserError) as refused:            # and the service refuses it anyway
        service(qtbot, app, lambda s: duty_changes.request_swap(s, mine[0].id, mine[1].id, "other"))
    assert refused.value.source == "Choose a duty of another person."
    service(qtbot, app, busy_at_hotline_time(office))
    a, b = service(qtbot, app, swap_pair(office, conflict=True))
    dialog = ask_swap(qtbot, page, a.id, office.counselor_staff, b.id)
    wait_for(qtbot, lambda: dialog.error.text() != "")
    # whose taking fails, of which day: the one asking, of the colleague's duty
    assert dialog.error.text() == f"申请人无法接 {b.day} 的值班：此人同一时间另有值班。" and dialog.isVisible()
    dialog.reject()
    assert "duty.swap_request" not in audit_actions(qtbot, app)


def test_an_assistant_cannot_approve_even_through_the_service(qtbot, make_app, office):
    from counselor_app.services import duty_changes

    app = make_app()
    main, page = open_duty(qtbot, app, "assistant")
    a, b = service(qtbot, app, swap_pair(office, conflict=False))
    change = service(qtbot, app, lambda s: duty_changes.request_swap(s, a.id, b.id))
    page.tabs.setCurrentWidget(page.changes)
    wait_for(qtbot, lambda: page.changes.model.rowCount() == 1)
    page.changes.table.selectRow(0)
    assert not page.changes.approve_button.isVisible() and not page.changes.reject_button.isVisible()
    with pytest.raises(PermissionDenied):
        service(qtbot, app, lambda s: duty_changes.approve_change(s, change))
    # the assistant may ask for a cover on someone's behalf; the head decides
    c = service(qtbot, app, lambda s: coming(s, office.counselor_staff))[-1]
    page.tabs.setCurrentWidget(page.mine)
    page.mine.person.setCurrentIndex(page.mine.person.findData(office.counselor_staff))
    wait_for(qtbot, lambda: any(r.id == c.id for r in page.mine.model.rows))
    select(page.mine, c.id)
    qtbot.mouseClick(page.mine.cover_button, LEFT)
    dialog = page.editor
    assert dialog.reason.currentText() == "请假"
    assert dialog.replacement.findData(office.counselor_staff) == -1     # not her own cover

    def free(s):
        from counselor_app.services import duty_roster

        for sid in office.people.values():
            try:
                duty_roster.check_person_on(s, date.fromisoformat(c.day), c.template_id, sid, ignore=c.id)
            except UserError:
                continue
            if sid != office.counselor_staff:
                return sid
    dialog.replacement.setCurrentIndex(dialog.replacement.findData(service(qtbot, app, free)))
    dialog.ok_button.click()
    wait_for(qtbot, lambda: dialog.saved_value is not None or dialog.error.text() != "")
    assert dialog.error.text() == ""
    assert "duty.cover_request" in audit_actions(qtbot, app)


def test_the_assistant_start_card_leads_to_the_month(qtbot, make_app, office):
    from ui_helpers import log_in
    from counselor_app.services.demo import DEMO_PASSWORD

    app = make_app()
    main = log_in(qtbot, app, "assistant", DEMO_PASSWORD)
    card = main.pages["start"].duty_card
    wait_for(qtbot, lambda: bool(card.buttons))
    assert [b.text() for b in card.buttons] == ["没有等你处理的值班事项。打开值班表…"]
    qtbot.mouseClick(card.buttons[0], LEFT)
    page = main.pages["duty"]
    assert main.current_page_key() == "duty" and page.tabs.currentWidget() is page.month


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_start_card_names_the_coming_days_not_this_week(qtbot, make_app, office, lang):
    from counselor_app.services.demo import DEMO_PASSWORD
    from ui_helpers import log_in

    app = make_app(lang)
    main = log_in(qtbot, app, "counselor", DEMO_PASSWORD)
    card = main.pages["start"].duty_card
    wait_for(qtbot, lambda: bool(card.buttons) and card.data is not None)
    if not card.data.week:
        pytest.skip("no duty of the counselor in the coming six days on this date")
    texts = [b.text() for b in card.buttons]
    if lang == "en":                                # the weekdays listed the English way
        coming = next(b for b in card.buttons if "in the next six days" in b.text())
        assert "、" not in coming.text() and ("," in coming.text() or len({s.day for s in card.data.week}) == 1)
        return
    assert not any("本周" in t for t in texts)        # on a Sunday, the six days ahead are next week
    coming = next(b for b in card.buttons if b.text().startswith("接下来六天内还有"))
    assert f"{len(card.data.week)} 次值班" in coming.text()
    qtbot.mouseClick(coming, LEFT)
    page = main.pages["duty"]
    assert main.current_page_key() == "duty" and page.tabs.currentWidget() is page.mine


def test_the_heads_first_view_shows_every_open_request_with_whose_turn_it_is(qtbot, make_app, office):
    """A swap the head asked waits for the counselor's answer: the head's tab shows it at once (it once opened on
    'waiting for the head's approval', empty), its state naming who answers; once accepted, the head's turn."""
    from counselor_app.services import duty_changes

    app = make_app()
    main, page = open_duty(qtbot, app, "demo")
    a, b = service(qtbot, app, swap_pair(office, conflict=False))
    change = service(qtbot, app, lambda s: duty_changes.request_swap(s, a.id, b.id))
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(page.tabs.indexOf(page.changes)).center())
    assert page.tabs.currentWidget() is page.changes and page.changes.which.currentText() == "全部待处理的"
    wait_for(qtbot, lambda: page.changes.model.rowCount() == 1)
    headers = [page.changes.model.headerData(n, Qt.Orientation.Horizontal) for n in
               range(page.changes.model.columnCount())]
    assert headers[:5] == ["类型", "状态", "值班", "申请人", "同事／代班人"] and "Of" not in headers
    assert rows(page.changes.model)[0][:2] == ["换班", "待周姗答复"]
    assert not page.changes.approve_button.isEnabled()          # not the head's turn yet
    main, page = relog(qtbot, app, "counselor")
    service(qtbot, app, lambda s: duty_changes.accept_swap(s, change))
    main, page = relog(qtbot, app, "demo")
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(page.tabs.indexOf(page.changes)).center())
    wait_for(qtbot, lambda: page.changes.model.rowCount() == 1
             and rows(page.changes.model)[0][1] == "待负责人审批")
    page.changes.table.selectRow(0)
    assert page.changes.approve_button.isEnabled()
    # what is closed leaves the default view, and says how it ended in 全部申请
    service(qtbot, app, lambda s: duty_changes.reject_change(s, change))
    wait_for(qtbot, lambda: page.changes.model.rowCount() == 0)
    page.changes.which.setCurrentIndex(page.changes.which.findText("全部申请"))
    assert rows(page.changes.model)[0][1] == "未批准"
