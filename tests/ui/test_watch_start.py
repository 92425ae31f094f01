"""The watch list on the start page (需要跟进的重点关注学生) and in the student profile (重点关注): a counselor sees
their own overdue entries, the office head everyone's and the closings to approve, the assistant nothing."""
from __future__ import annotations

import pytest
from watch_ui_helpers import build, click_section, copy_into, open_profile

from counselor_app.services.demo import DEMO_PASSWORD
from counselor_app.ui.qt import QCoreApplication, QDialogButtonBox, QEvent, QPushButton, Qt
from counselor_app.ui.watch import start_card
from ui_helpers import log_in, wait_for

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    return build(tmp_path_factory.mktemp("watchstart") / "office")


@pytest.fixture
def office(prepared, data_dir):
    copy_into(prepared, data_dir)
    return prepared


def start_card_of(qtbot, make_app, login, lang="zh_CN"):
    app = make_app(lang)
    main = log_in(qtbot, app, login, DEMO_PASSWORD)
    start = main.pages["start"]
    card = start.watch_card
    wait_for(qtbot, lambda: card.data is not None)
    return app, main, card


def test_a_counselor_sees_their_own_overdue_entries(qtbot, make_app, office):
    app, main, card = start_card_of(qtbot, make_app, "counselor")
    mine = office.overdue & office.mine
    assert 0 < len(mine) < len(office.overdue)   # the test office has overdue entries of other people too
    assert card.isVisible() and card.title.text() == "需要跟进的重点关注学生"
    assert [b.isVisible() for b in card.buttons] == [True] * len(mine)
    assert {row.id for row in card.data.overdue} == mine
    first = card.data.overdue[0]
    text = card.buttons[0].text()
    assert first.name in text and first.klass in text and "已过回访日期" in text and first.next_review in text
    assert any(level in text for level in ("一般关注", "重点关注", "高危"))
    assert card.summary.text() == f"您包保的：未关闭 {len(office.mine)} 条，逾期 {len(mine)} 条"
    assert not card.requests_title.isVisible() and card.request_buttons == []   # approving is the head's
    assert not card.all_button.isVisible()   # no more than fit


def test_the_head_sees_every_overdue_entry_and_the_closings_to_approve(qtbot, make_app, office):
    app, main, card = start_card_of(qtbot, make_app, "demo")
    assert {row.id for row in card.data.overdue} == office.overdue
    assert len(card.buttons) == min(len(office.overdue), start_card.SHOWN)
    assert card.summary.text().startswith("全办公室：")
    assert card.requests_title.isVisible() and card.requests_title.text() == "待审批的关闭申请"
    assert [r.id for r in card.data.close_requests] == office.by_state["close_requested"]
    assert len(card.request_buttons) == 1 and "申请关闭" in card.request_buttons[0].text()


def test_all_overdue_goes_to_the_list_filtered(qtbot, make_app, office, monkeypatch):
    monkeypatch.setattr(start_card, "SHOWN", 3)
    app, main, card = start_card_of(qtbot, make_app, "counselor")
    mine = office.overdue & office.mine
    assert len(card.buttons) == 3 and card.all_button.isVisible()
    assert card.all_button.text() == f"全部 {len(mine)} 条逾期记录…"
    qtbot.mouseClick(card.all_button, LEFT)
    assert main.current_page_key() == "watch"
    page = main.pages["watch"]
    wait_for(qtbot, lambda: page.loaded and {r.id for r in page.model.rows} == mine)
    assert page.overdue_only.isChecked() and page.person.currentData() == office.base.counselor_staff


def test_the_card_follows_a_change(qtbot, make_app, office):
    """A change to the watch list (here: a follow-up written elsewhere) updates the card."""
    from datetime import date

    from counselor_app.services import watch_records

    app, main, card = start_card_of(qtbot, make_app, "counselor")
    first = card.data.overdue[0]
    before = len(card.data.overdue)
    app.worker.run(lambda s: watch_records.add_followup(s, first.id, watch_records.FollowUpEdit(
        date.today(), "talk", "情绪较前平稳，愿意交流")))
    wait_for(qtbot, lambda: card.data is not None and all(r.id != first.id or "review" not in r.overdue
                                                          for r in card.data.overdue))
    assert len(card.data.overdue) <= before


def test_the_assistant_sees_nothing_of_the_watch_list(qtbot, make_app, office):
    app = make_app()
    main = log_in(qtbot, app, "assistant", DEMO_PASSWORD)
    start = main.pages["start"]
    wait_for(qtbot, lambda: start.data is not None)
    assert start.watch_card is None
    assert "watch" not in main.page_keys()
    profile = open_profile(qtbot, main, office.base.student_ids[0])
    assert "watch" not in profile.widgets
    assert [profile.nav.item(i).text() for i in range(profile.nav.count())] == \
        ["基本信息", "监护人", "学籍变动", "预约", "时间线"]


def test_locking_empties_the_card(qtbot, make_app, office):
    app, main, card = start_card_of(qtbot, make_app, "counselor")
    name = card.data.overdue[0].name
    app.lock()
    assert card.data is None and card.buttons == [] and card.summary.text() == ""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert not any(name in b.text() for b in card.findChildren(QPushButton))


# -- the profile's 重点关注 section ----------------------------------------------------------------------------------

def test_the_profile_lists_the_students_entries(qtbot, make_app, office):
    app = make_app()
    main = log_in(qtbot, app, "counselor", DEMO_PASSWORD)
    sid = office.closed_student
    profile = open_profile(qtbot, main, sid)
    section = click_section(qtbot, profile, "重点关注")
    assert section is profile.widgets["watch"]
    wait_for(qtbot, lambda: section.summary is not None and bool(section.levels))
    assert section.model.rowCount() == 1
    cells = [section.model.data(section.model.index(0, c)) for c in range(section.model.columnCount())]
    assert cells[0] == "一般关注" and cells[1] == "已关闭" and cells[5]   # level, state, closed on
    assert section.open_button.isVisible() and section.open_button.isEnabled()
    assert section.new_button.isVisible()   # closed: the student may be put on the list again


def test_put_on_the_list_from_the_profile(qtbot, make_app, office):
    app = make_app()
    main = log_in(qtbot, app, "counselor", DEMO_PASSWORD)
    sid = office.without_entry[2]
    profile = open_profile(qtbot, main, sid)
    section = click_section(qtbot, profile, "重点关注")
    wait_for(qtbot, lambda: section.summary is not None)
    assert section.empty.isVisible() and section.empty.text() == "该学生从未被纳入重点关注。"
    assert not section.table.isVisible()
    qtbot.mouseClick(section.new_button, LEFT)
    dialog = section.dialog
    wait_for(qtbot, lambda: dialog.offered is not None)
    assert dialog.picker is None and dialog.student_id == sid
    assert any(profile.header.name in label.text() for label in dialog.findChildren(type(dialog.notice_text)))
    dialog.source.setCurrentIndex(dialog.source.findData("family"))
    dialog.concern.setPlainText("家长来电：孩子近来不愿上学")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    wait_for(qtbot, lambda: not dialog.isVisible())
    wait_for(qtbot, lambda: section.model.rowCount() == 1)
    assert section.model.data(section.model.index(0, 1)) == "待复核"
    assert not section.new_button.isVisible()   # an open entry now: no second one offered
