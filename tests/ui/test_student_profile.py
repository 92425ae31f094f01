"""The student profile as the hub: a double-click on the students page opens it, its sections are those the role may
see, the timeline pages back through the file, and the whole look is one audit row."""
from datetime import date, datetime, timedelta, timezone

import pytest

from counselor_app.domain.errors import QT_TRANSLATE_NOOP
from counselor_app.domain.roles import Permission
from counselor_app.services import profile as profile_service
from counselor_app.services.demo import DEMO_PASSWORD
from counselor_app.ui import profile_sections
from counselor_app.ui.profile_sections import ProfileSection, SectionWidget, rich_label
from counselor_app.ui.qt import QDialogButtonBox, Qt
from ui_helpers import log_in, wait_for

LEFT = Qt.MouseButton.LeftButton

REGISTER_SECTIONS = ["基本信息", "监护人", "学籍变动", "预约", "时间线"]   # the assistant: the register, appointments
WATCH_SECTIONS = REGISTER_SECTIONS[:3] + ["重点关注", "心理测评", "研判会", "预约", "转介", "请假/休学与复学", "危机事件",
                                         "时间线"]   # heads and counselors: watch list, screening, review meetings,
# appointments, referrals, leaves, crisis incidents


@pytest.fixture
def demo(data_dir):
    """A demo office of 30 students; the head looked at student 1's file 150 times, a minute apart, the day before
    it entered the register (a long trail: more than a page)."""
    from counselor_app.services.demo import create_demo_office
    from counselor_app.store import audit
    from counselor_app.store.database import transaction

    made = create_demo_office(data_dir, students=30, seed=3, today=date(2026, 11, 1))
    session = made.office.session
    start = datetime.now(timezone.utc).replace(microsecond=0) - timedelta(days=1)
    with transaction(session.conn):
        for n in range(150):
            audit.append(session.conn, user_id=session.user.id, action="view.student", target_type="student",
                         target_id=1, at=(start + timedelta(minutes=n)).isoformat())
    session.close()
    return made


def open_profile(qtbot, app, student_id: int):
    """Double-click the student's row on the students page; the profile once its data arrived."""
    main = app.main_window
    main.go_to("students")
    page = main.pages["students"]
    wait_for(qtbot, lambda: page.model.rowCount() > 0)
    row = next(n for n, r in enumerate(page.model.rows) if r.id == student_id)
    index = page.model.index(row, 1)
    page.table.scrollTo(index)
    rect = page.table.visualRect(index)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    wait_for(qtbot, lambda: getattr(page, "profile", None) is not None and page.profile.header is not None)
    return page.profile


def section_titles(profile) -> list[str]:
    return [profile.nav.item(i).text() for i in range(profile.nav.count())]


def click_section(qtbot, profile, title: str):
    item = profile.nav.findItems(title, Qt.MatchFlag.MatchExactly)[0]
    qtbot.mouseClick(profile.nav.viewport(), Qt.MouseButton.LeftButton, pos=profile.nav.visualItemRect(item).center())
    return profile.stack.currentWidget()


def student_views(qtbot, app, student_id: int) -> int:
    from counselor_app.store import audit

    got: list = []
    app.worker.run(lambda s: [r for r in audit.iter_all(s.conn)
                              if (r.action, r.target_id) == ("view.student", str(student_id))], got.append)
    wait_for(qtbot, lambda: bool(got))
    return len(got[0])


def test_the_head_opens_the_profile_and_pages_back_through_the_timeline(qtbot, make_app, demo):

    app = make_app()
    log_in(qtbot, app, "demo", DEMO_PASSWORD)
    before = student_views(qtbot, app, 1)
    profile = open_profile(qtbot, app, 1)
    assert section_titles(profile) == WATCH_SECTIONS
    assert profile.header.name in profile.name_label.text() and "在读" in profile.where_label.text()
    assert profile.stack.currentWidget() is profile.widgets["basic"]
    assert profile.header.name in profile.basic.text() and "住宿" in profile.basic.text()
    assert "演示数据" in profile.history.text()
    assert student_views(qtbot, app, 1) == before + 1   # four sections, one look in the trail
    timeline = click_section(qtbot, profile, "时间线")
    assert timeline is profile.widgets["timeline"] and timeline.isVisible()
    kinds = [box.text() for box in timeline.kinds.values()]
    assert kinds[:4] == ["学籍状态", "班级", "信息修改", "查阅与操作记录"]
    assert sorted(kinds[4:]) == sorted(["重点关注", "心理测评", "转介与休学复学", "危机事件"])   # the features' own
    timeline.kinds["classes"].click()   # (whether the demo placed its students in classes is the register's business)
    assert not timeline.more_button.isEnabled()   # until the first page without them has come
    wait_for(qtbot, lambda: timeline.more_button.isEnabled() and timeline.model.rowCount() == 100)
    assert "classes" not in {e.source for e in timeline.events}
    # newest first: the opening of this profile and entering the register (maybe in the same second), then the
    # looks of the day before
    titles = [timeline.model.data(timeline.model.index(n, 1)) for n in range(3)]
    assert sorted(titles[:2]) == sorted(["查看学生档案", "录入名册"]) and titles[2] == "查看学生档案"
    qtbot.mouseClick(timeline.more_button, LEFT)
    wait_for(qtbot, lambda: timeline.model.rowCount() == 152)
    assert not timeline.more_button.isEnabled() and timeline.count.text() == "已显示 152 条记录"
    events = timeline.events
    assert [e.at for e in events] == sorted((e.at for e in events), reverse=True)
    assert len({(e.source, e.seq) for e in events}) == 152
    timeline.kinds["access"].click()   # leave out who looked at the file
    wait_for(qtbot, lambda: timeline.model.rowCount() == 1)
    assert timeline.model.data(timeline.model.index(0, 1)) == "录入名册"


def test_a_status_change_from_the_profile_shows_in_its_sections(qtbot, make_app, demo, answered_dialogs):

    app = make_app()
    log_in(qtbot, app, "demo", DEMO_PASSWORD)
    profile = open_profile(qtbot, app, 2)
    timeline = profile.widgets["timeline"]
    timeline.kinds["access"].click()   # only the register's events for now
    wait_for(qtbot, lambda: timeline.more_button.isEnabled() or "access" not in timeline.page.sources)
    qtbot.mouseClick(profile.status_button, LEFT)
    dialog = profile.status_dialog
    dialog.status.setCurrentIndex(dialog.status.findData("on_leave"))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, LEFT)
    assert dialog.error.text() == "请填写变更原因。" and profile.header.status == "enrolled"   # nothing written
    dialog.reason.setText("因病休学，已批准")
    qtbot.mouseClick(ok, LEFT)
    wait_for(qtbot, lambda: profile.header.status == "on_leave")
    assert "休学" in profile.where_label.text() and "因病休学，已批准" in profile.history.text()
    assert click_section(qtbot, profile, "时间线") is timeline
    first = next(e for e in timeline.events if e.source != "classes")
    assert (first.title, first.detail) == ("学籍状态变为休学", "因病休学，已批准")
    assert timeline.kinds["access"].isChecked() and "查看学生档案" in [e.title for e in timeline.events]   # all again


def test_an_assistant_sees_only_what_an_assistant_may(qtbot, make_app, demo, monkeypatch):

    with_notes(monkeypatch)
    app = make_app()
    log_in(qtbot, app, "assistant", DEMO_PASSWORD)
    profile = open_profile(qtbot, app, 1)
    assert section_titles(profile) == REGISTER_SECTIONS   # no confidential section
    assert profile.edit_button.isVisible() and profile.status_button.isVisible()   # the register is theirs to edit
    timeline = click_section(qtbot, profile, "时间线")
    assert [box.text() for box in timeline.kinds.values()] == ["学籍状态", "班级", "信息修改"]   # not who looked
    assert [e.title for e in timeline.events if e.source != "classes"] == ["录入名册"]
    assert not timeline.more_button.isEnabled()


def test_a_counselor_sees_the_confidential_section(qtbot, make_app, demo, monkeypatch):

    with_notes(monkeypatch)
    app = make_app()
    log_in(qtbot, app, "counselor", DEMO_PASSWORD)
    profile = open_profile(qtbot, app, 1)
    assert section_titles(profile) == WATCH_SECTIONS[:-1] + ["辅导记录（测试）", "时间线"]
    notes = click_section(qtbot, profile, "辅导记录（测试）")
    assert notes.label.text() == "两条记录"


def test_locking_empties_the_profile_and_unlocking_loads_it_again(qtbot, make_app, demo):

    app = make_app()
    log_in(qtbot, app, "demo", DEMO_PASSWORD)
    profile = open_profile(qtbot, app, 1)
    timeline = profile.widgets["timeline"]
    name = profile.header.name
    app.lock()
    assert not profile.isVisible() and profile.header is None and profile.detail is None
    assert name not in profile.basic.text() and timeline.model.rowCount() == 0 and profile.name_label.text() == ""
    app.lock_screen.password.setText(DEMO_PASSWORD)
    app.lock_screen.unlock.click()
    wait_for(qtbot, lambda: profile.isVisible() and profile.header is not None)
    assert name in profile.basic.text() and timeline.model.rowCount() > 0


# -- a confidential section as a later feature adds one (heads and counselors only) ---------------------------------

@profile_service.profile_section("ui_test_notes", QT_TRANSLATE_NOOP("Tests", "辅导记录（测试）"),
                                 Permission.VIEW_SESSION_NOTES)
def session_notes(session, student_id, *, tr=profile_service.english):
    return 2


class NotesSection(SectionWidget):
    def __init__(self, profile) -> None:
        super().__init__(profile)
        self.label = rich_label("notes")
        self.body.addWidget(self.label)

    def show_data(self, count) -> None:
        self.label.setText("两条记录" if count == 2 else str(count))


def with_notes(monkeypatch) -> None:
    """The profile's sections with the confidential one before the timeline: the one line a feature adds."""
    sections = list(profile_sections.SECTIONS)
    sections.insert(len(sections) - 1, ProfileSection(session_notes, NotesSection))
    monkeypatch.setattr(profile_sections, "SECTIONS", sections)
