"""A small office for the review-meeting tests: one grade with a hand-checked watch list, built once per module,
copied for each test, logged in by role."""
from __future__ import annotations

import shutil
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from testdata import CHEAP_KDF

from counselor_app.domain.roles import Role
from counselor_app.services import office, students, watch
from counselor_app.services.demo import DEMO_PASSWORD, create_demo_office
from counselor_app.store.database import transaction

LOGIN = {Role.HEAD: "demo", Role.COUNSELOR: "counselor", Role.ASSISTANT: "assistant"}
TODAY = date(2026, 11, 20)
MONTH = "2026-11"
HELD = date(2026, 11, 18)
LAST_HELD = date(2026, 10, 20)


@dataclass(frozen=True)
class MeetingOffice:
    folder: Path
    grade_id: int
    grade: str
    other_grade_student: int
    students: list[int]      # enrolled students of the grade, register order
    entries: dict[str, int]  # name in the scenario -> entry id
    staff: list[int]         # active staff ids


def _entry(s, student_id, level, opened, state="following", source="staff"):
    edit = watch.EntryEdit(source, "班主任反映近两周情绪低落")
    return watch.open_entry(s, watch.NewEntry(student_id, edit, level, "mild" if state != "candidate" else "",
                                              state, opened), today=TODAY)


def prepare(folder: Path) -> MeetingOffice:
    """Grade A's students: 'due' (yellow, opened 2026-09-01, review passed), 'new' (orange, opened 2026-11-05 after the
    last meeting), 'calm' (yellow, opened 2026-10-01, next review set to 2026-12-15: nothing to discuss), 'leveled'
    (yellow opened 2026-09-10, review 2026-12-20, its level changed now), 'candidate' (a 待复核 entry, opened
    2026-11-10). The last meeting is dated 2026-10-20 (set by the tests that need one)."""
    demo = create_demo_office(folder, students=60, kdf=CHEAP_KDF, today=date(2026, 11, 1))
    s = demo.office.session
    rows = [r for r in students.list_students(s) if r.status == "enrolled"]
    grade = rows[0].grade
    mine = [r.id for r in rows if r.grade == grade]
    other = next(r.id for r in rows if r.grade != grade)
    grade_id = s.conn.execute("SELECT id FROM grade WHERE name = ?", (grade,)).fetchone()[0]
    e = {}
    e["due"] = _entry(s, mine[0], "yellow", date(2026, 9, 1))
    e["new"] = _entry(s, mine[1], "orange", date(2026, 11, 5))
    e["calm"] = _entry(s, mine[2], "yellow", date(2026, 10, 1))
    e["leveled"] = _entry(s, mine[3], "yellow", date(2026, 9, 10))
    e["candidate"] = _entry(s, mine[4], "yellow", date(2026, 11, 10), state="candidate", source="screening")
    with transaction(s.conn):
        s.conn.execute("UPDATE watch_entry SET next_review = '2026-12-15' WHERE id = ?", (e["calm"],))
        s.conn.execute("UPDATE watch_entry SET next_review = '2026-12-20' WHERE id = ?", (e["leveled"],))
        s.conn.execute("UPDATE watch_entry SET next_review = '2026-12-20' WHERE id = ?", (e["candidate"],))
        s.conn.execute("INSERT INTO watch_history (entry_id, at, user_id, kind, old_value, new_value) "
                       "VALUES (?, '2026-11-12T08:00:00+00:00', 1, 'level', 'orange', 'yellow')", (e["leveled"],))
    staff_ids = [r[0] for r in s.conn.execute("SELECT id FROM staff WHERE active = 1 ORDER BY id")]
    s.close()
    return MeetingOffice(folder, grade_id, grade, other, mine, e, staff_ids)


def prepared_office(tmp_path_factory, name: str) -> MeetingOffice:
    """:func:`prepare` in a fresh folder of the session, its key slots made with the cheap KDF (a module fixture)."""
    from counselor_app.store import crypto

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(crypto, "PRODUCTION_KDF", CHEAP_KDF)
        return prepare(tmp_path_factory.mktemp(name) / "office")


def login(prepared: MeetingOffice, tmp: Path, role: Role):
    folder = tmp / "office"
    if not folder.exists():
        shutil.copytree(prepared.folder, folder)
    return office.login(folder, LOGIN[role], DEMO_PASSWORD)


@pytest.fixture
def shanghai(monkeypatch):
    """The office's computer in China (UTC+8): import it into a test module to use it."""
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()
