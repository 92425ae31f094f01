"""A demo office with a duty set-up for the GUI tests of the duty page: the demo's 20 students and staff (the head
王晓东 and the counselor 周姗 have accounts linked to staff members), the semester of today with 辅导室 at lunch and
after class and 热线 after class for counselors, three counselors and two head teachers on the duty list. With
``roster``: generated from the semester's start (past duties included) as far as the holidays are known. Built once
per test module and copied into each test's data folder."""
from __future__ import annotations

import shutil
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from counselor_app.services import demo, duty, duty_roster  # noqa: E402
from counselor_app.services.demo import DEMO_PASSWORD  # noqa: E402
from counselor_app.ui.qt import Qt  # noqa: E402
from testdata import CHEAP_KDF  # noqa: E402
from ui_helpers import wait_for  # noqa: E402

LEFT = Qt.MouseButton.LeftButton
SHIFTS = (("辅导室", "午休", "12:10", "13:30", ()), ("辅导室", "课后", "16:40", "17:40", ()),
          ("热线", "课后", "16:40", "17:40", ("counselor_full", "counselor_part")))


@dataclass(frozen=True)
class DutyGuiOffice:
    folder: Path
    semester: int
    start: date
    end: date
    covered_end: date            # the last day whose year's holidays are known
    people: dict[str, int]       # name -> staff id, on the duty list
    head_staff: int
    counselor_staff: int
    teachers: list[int]          # head teachers on the list: not counselors, so no 热线


def covered_end(session, sem) -> date:
    last = sem.end
    while True:
        try:
            duty_roster.inputs(session, sem.id, sem.start, last)
            return last
        except duty_roster.YearNotCovered:
            last = date(last.year - 1, 12, 31)


def build(folder: Path, roster: bool) -> DutyGuiOffice:
    made = demo.create_demo_office(folder, students=20, kdf=CHEAP_KDF)
    s = made.office.session
    try:
        today = date.today()
        sems = duty.duty_semesters(s)
        sem = next((x for x in sems if x.start <= today <= x.end), None) or next(x for x in sems if x.start > today)
        setup = duty.duty_setup(s, sem.id)
        counselors = [p for p in setup.people if {"counselor_full", "counselor_part"} & set(p.roles)]
        teachers = [p for p in setup.people if "head_teacher" in p.roles and p not in counselors][:2]
        posts = {}
        for post, period, start, end, roles in SHIFTS:
            if post not in posts:
                posts[post] = duty.save_post(s, post)
            for wd in range(5):
                duty.save_template(s, sem.id, duty.TemplateEdit(posts[post], wd, period, start, end, roles=roles))
        people = counselors + teachers
        duty.set_members(s, sem.id, tuple(p.staff_id for p in people))
        last = covered_end(s, sem)
        if roster:
            preview = duty_roster.preview_roster(s, sem.id, sem.start, last, today=sem.start)
            duty_roster.apply_roster(s, preview)
        from counselor_app.store import users

        head_staff = s.user.staff_id
        counselor_staff = users.by_login(s.conn, "counselor").staff_id
    finally:
        s.close()
    return DutyGuiOffice(folder, sem.id, sem.start, sem.end, last, {p.name: p.staff_id for p in people},
                         head_staff, counselor_staff, [p.staff_id for p in teachers])


def copy_into(prepared: DutyGuiOffice, data_dir: Path) -> None:
    shutil.copytree(prepared.folder, data_dir)


def open_duty(qtbot, app, login="demo"):
    from ui_helpers import log_in

    main = log_in(qtbot, app, login, DEMO_PASSWORD)
    assert main.go_to("duty")
    page = main.pages["duty"]
    wait_for(qtbot, lambda: page.setup is not None)
    return main, page


def relog(qtbot, app, login: str):
    """Log out and in again as someone else, in the same application; the duty page shown."""
    app.logout()
    window = app.login_window
    window.login.setText(login)
    window.password.setText(DEMO_PASSWORD)
    window.submit.click()
    wait_for(qtbot, lambda: app.main_window is not None and app.main_window.isVisible())
    main = app.main_window
    assert main.go_to("duty")
    page = main.pages["duty"]
    wait_for(qtbot, lambda: page.setup is not None)
    return main, page


def service(qtbot, app, call):
    """``call(session)`` on the worker, after everything queued before; its result."""
    got: list = []
    app.worker.run(lambda s: got.append(("ok", call(s))), None, lambda e: got.append(("error", e)))
    qtbot.waitUntil(lambda: bool(got), timeout=10000)
    kind, value = got[0]
    if kind == "error":
        raise value
    return value


def rows(model) -> list[list[str]]:
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]


def cell_text(month_tab, day: date) -> str:
    """The text of ``day``'s cell in the month grid ('' when it is not shown)."""
    grid = month_tab.grid
    for r in range(grid.rowCount()):
        for c in range(7):
            item = grid.item(r, c)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == day:
                return item.text()
    return ""
