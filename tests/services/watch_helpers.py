"""A small demo office for the watch-list tests: built once per module, copied for each test, logged in by role."""
from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from testdata import CHEAP_KDF

from counselor_app.domain.roles import Role
from counselor_app.services import office, staff, students, users, watch
from counselor_app.services.demo import DEMO_PASSWORD, create_demo_office

LOGIN = {Role.HEAD: "demo", Role.COUNSELOR: "counselor", Role.ASSISTANT: "assistant"}
TODAY = date(2026, 11, 20)


@dataclass(frozen=True)
class WatchOffice:
    folder: Path
    student_ids: list[int]          # enrolled students, register order
    counselor_staff: int            # the staff member linked to the counselor's account
    other_counselor_staff: int      # another counselor on the staff


def prepare(folder: Path) -> WatchOffice:
    demo = create_demo_office(folder, students=40, kdf=CHEAP_KDF, today=date(2026, 11, 1))
    s = demo.office.session
    people = staff.list_staff(s)
    counselors = [p for p in people if any(r.startswith("counselor") for r in p.roles)]
    linked = {u.staff_id for u in users.list_users(s)}
    free = [p for p in counselors if p.id not in linked]
    if len(free) < 2:   # the demo school may have one counselor: add the ones the tests need
        for n in range(2 - len(free)):
            sid = staff.save_staff(s, staff.StaffEdit(f"测试心理老师{n}", roles=("counselor_full",)))
            free.append(next(p for p in staff.list_staff(s) if p.id == sid))
    counselor = next(u for u in users.list_users(s) if u.login == LOGIN[Role.COUNSELOR])
    staff.link_account(s, counselor.id, free[0].id)
    ids = [r.id for r in students.list_students(s) if r.status == "enrolled"]
    s.close()
    return WatchOffice(folder, ids, free[0].id, free[1].id)


def login(prepared: WatchOffice, tmp: Path, role: Role, copy: bool = True):
    folder = prepared.folder
    if copy:
        folder = tmp / "office"
        if not folder.exists():
            shutil.copytree(prepared.folder, folder)
    return office.login(folder, LOGIN[role], DEMO_PASSWORD)


def sample_entry(student_id: int, **kw) -> watch.NewEntry:
    edit = watch.EntryEdit(kw.pop("source", "staff"), kw.pop("concern", "班主任反映近两周情绪低落，常独自哭泣"),
                           parent_name="母亲", parent_relation="母亲", parent_phone="13800001111")
    return watch.NewEntry(student_id, edit, kw.pop("level", "orange"), kw.pop("severity", "mild"),
                          kw.pop("state", "following"), kw.pop("opened_on", date(2026, 11, 2)), **kw)
