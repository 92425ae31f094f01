"""A small demo office for the appointment tests: built once per module, copied for each test, logged in by role.

Two rooms, a second counselor (``other``), the demo's three accounts; the school year 2026-2027 of the demo."""
from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from testdata import CHEAP_KDF

from counselor_app.domain.roles import Role
from counselor_app.services import appointment_setup, office, students, users
from counselor_app.services.appointments import BookingEdit
from counselor_app.services.demo import DEMO_PASSWORD, create_demo_office

LOGIN = {Role.HEAD: "demo", Role.COUNSELOR: "counselor", Role.ASSISTANT: "assistant"}
OTHER = "other"
MONDAY = date(2026, 11, 16)
NOW = datetime(2026, 11, 16, 8, 0)


@dataclass(frozen=True)
class ApptOffice:
    folder: Path
    student_ids: list[int]
    head: int
    counselor: int
    other: int
    room: int           # 个体辅导室1 (2 people)
    group_room: int     # 团体辅导室 (12 people)


def prepare(folder: Path) -> ApptOffice:
    demo = create_demo_office(folder, students=40, kdf=CHEAP_KDF, today=date(2026, 9, 1))
    s = demo.office.session
    other = users.add_user(s, OTHER, "王老师", Role.COUNSELOR, DEMO_PASSWORD)
    room = appointment_setup.save_room(s, "个体辅导室1", "individual", 2)
    group = appointment_setup.save_room(s, "团体辅导室", "group", 12)
    accounts = {u.login: u.id for u in users.list_users(s)}
    ids = [r.id for r in students.list_students(s) if r.status == "enrolled"]
    s.close()
    return ApptOffice(folder, ids, accounts["demo"], accounts["counselor"], other.id, room, group)


def login(prepared: ApptOffice, tmp: Path, role: Role | str):
    folder = tmp / "office"
    if not folder.exists():
        shutil.copytree(prepared.folder, folder)
    name = LOGIN[role] if isinstance(role, Role) else role
    return office.login(folder, name, DEMO_PASSWORD)


def edit(p: ApptOffice, student: int, day: date = MONDAY, start: str = "10:00", **kw) -> BookingEdit:
    base = dict(counselor_id=p.counselor, room_id=p.room)
    base.update(kw)
    return BookingEdit(day=day, start=start, student_ids=(student,), **base)
