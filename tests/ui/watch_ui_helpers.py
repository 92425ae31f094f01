"""A demo office with a watch list for the GUI tests: tests/services/watch_helpers.py's office (40 students, the
counselor's account linked to a staff member) with 20 entries opened through the services, in every level and state,
some overdue; built once per test module and copied into each test's data folder."""
from __future__ import annotations

import shutil
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "services"))

from watch_helpers import LOGIN, WatchOffice, prepare  # noqa: E402

from counselor_app.domain.roles import Role  # noqa: E402
from counselor_app.services import office, watch, watch_closing, watch_detail, watch_records  # noqa: E402
from counselor_app.services.demo import DEMO_PASSWORD  # noqa: E402
from counselor_app.ui.qt import Qt  # noqa: E402
from ui_helpers import wait_for  # noqa: E402

LEFT = Qt.MouseButton.LeftButton

LEVELS = ("yellow", "orange", "red")
SOURCES = ("staff", "screening", "family", "medical", "self")


@dataclass(frozen=True)
class WatchGuiOffice:
    base: WatchOffice
    entries: dict[int, int]          # student id → entry id
    by_state: dict[str, list[int]]   # entry ids by their state (close_requested counted as its own)
    overdue: set[int]                # entries overdue today
    mine: set[int]                   # entries the counselor is responsible for
    without_entry: list[int]         # students never on the list
    closed_student: int              # a student whose only entry is closed


def build(folder: Path, count: int = 20) -> WatchGuiOffice:
    base = prepare(folder)
    today = date.today()
    entries: dict[int, int] = {}
    by_state: dict[str, list[int]] = {"candidate": [], "following": [], "observing": [], "closed": [],
                                      "close_requested": []}
    with office.login(folder, LOGIN[Role.COUNSELOR], DEMO_PASSWORD) as s:
        for n, sid in enumerate(base.student_ids[:count]):
            level = LEVELS[n % 3]
            state = "candidate" if n % 5 == 0 else "following"
            opened = today - timedelta(days=(2, 5, 12, 25, 40)[n % 5])
            others = n % 4 == 3   # every fourth: the other counselor, not the user
            people = ((base.other_counselor_staff, "counselor"),) if others else None
            edit = watch.EntryEdit(SOURCES[n % 5], f"测试事由{n}：班主任反映情绪低落", parent_name="母亲",
                                   parent_relation="母亲", parent_phone="13800001111")
            eid = watch.open_entry(s, watch.NewEntry(sid, edit, level, "" if state == "candidate" else "mild",
                                                     state, opened, people), today=today)
            entries[sid] = eid
            if n % 5 in (1, 3) and state == "following":   # a plan keeps them off "no plan yet"
                watch_records.save_plan(s, eid, watch_records.PlanEdit("稳定情绪", (watch_records.MeasureEdit(
                    "individual", "每周谈话一次", opened, owner_staff_id=base.counselor_staff),)), 0, today=today)
            if n in (6, 11):
                rev = watch_detail.get_entry(s, eid).entry.revision
                watch.move_state(s, eid, "observing", "情绪平稳", rev)
            if n == 7:   # orange: may close; the counselor asks, the head has to approve
                rev = watch_detail.get_entry(s, eid).entry.revision
                watch_closing.request_close(s, eid, "improved", "情况好转，连续四周平稳", rev, today=today)
        rows = {r.id: r for r in watch.list_entries(s, today=today)}
    with office.login(folder, LOGIN[Role.HEAD], DEMO_PASSWORD) as h:
        closed_student = base.student_ids[count]
        edit = watch.EntryEdit("family", "家长来电反映孩子失眠", parent_name="父亲", parent_relation="父亲")
        eid = watch.open_entry(h, watch.NewEntry(closed_student, edit, "yellow", "mild", "following",
                                                 today - timedelta(days=60)), today=today)
        rev = watch_detail.get_entry(h, eid).entry.revision
        watch_closing.request_close(h, eid, "improved", "睡眠恢复正常", rev, today=today)
        entries[closed_student] = eid
        rows = {r.id: r for r in watch.list_entries(h, today=today)}
    for r in rows.values():
        key = "close_requested" if r.close_requested and r.state != "closed" else r.state
        by_state[key].append(r.id)
    overdue = {r.id for r in rows.values() if r.overdue}
    mine = {r.id for r in rows.values() if any(s == base.counselor_staff for _d, s, _n in r.responsible)}
    return WatchGuiOffice(base, entries, by_state, overdue, mine, base.student_ids[count + 1:], closed_student)


def copy_into(prepared: WatchGuiOffice, data_dir: Path) -> None:
    shutil.copytree(prepared.base.folder, data_dir)


# -- driving the windows ---------------------------------------------------------------------------------------

def open_profile(qtbot, main, student_id):
    main.go_to("students")
    page = main.pages["students"]
    wait_for(qtbot, lambda: page.model.rowCount() > 0)
    row = next(n for n, r in enumerate(page.model.rows) if r.id == student_id)
    index = page.model.index(row, 1)
    page.table.scrollTo(index)
    rect = page.table.visualRect(index)
    qtbot.mouseClick(page.table.viewport(), LEFT, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), LEFT, pos=rect.center())
    wait_for(qtbot, lambda: getattr(page, "profile", None) is not None and page.profile.header is not None)
    return page.profile


def click_section(qtbot, profile, title):
    item = profile.nav.findItems(title, Qt.MatchFlag.MatchExactly)[0]
    qtbot.mouseClick(profile.nav.viewport(), LEFT, pos=profile.nav.visualItemRect(item).center())
    return profile.stack.currentWidget()


def open_dialog(qtbot, page):
    qtbot.mouseClick(page.new_button, LEFT)
    dialog = page.editor
    wait_for(qtbot, lambda: not dialog.loading and bool(dialog.picker.rows))
    assert dialog.isVisible() and dialog.windowTitle() == "纳入重点关注"
    return dialog


def student(dialog, student_id):
    return next(r for r in dialog.picker.rows if r.id == student_id)


def choose(qtbot, dialog, typed: str):
    """Type (ASCII) into the student line and press Enter; the student's choices once loaded."""
    dialog.picker.line.setFocus()
    qtbot.keyClicks(dialog.picker.line, typed)
    qtbot.keyClick(dialog.picker.line, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: dialog.offered is not None)
    return dialog.offered
