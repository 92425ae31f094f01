"""The student list of the register: plain rows with a search key, for the list page and the command line."""
from __future__ import annotations

from dataclasses import dataclass

from counselor_app.domain.roles import Permission
from counselor_app.domain.search import search_key
from counselor_app.services.session import Session
from counselor_app.store import register

STATUSES = ("enrolled", "on_leave", "suspended", "graduated", "transferred")


@dataclass(frozen=True, slots=True)
class StudentListRow:
    id: int
    student_no: str
    name: str
    gender: str
    birth_date: str | None
    grade: str
    class_name: str
    status: str
    boarding: bool
    search: str   # student number, name, pinyin and initials, lower case


def list_students(session: Session) -> list[StudentListRow]:
    """Every student (all statuses), in register order. Viewing the list is audited (count only)."""
    session.require(Permission.VIEW_REGISTER, target_type="student")
    rows = [StudentListRow(i, no, name, gender, birth, grade or "", klass or "", status, bool(boarding),
                           search_key(no, name))
            for i, no, name, gender, birth, grade, klass, status, boarding in register.student_list(session.conn)]
    session.audit("view.student_list", "student", "", detail=str(len(rows)))
    return rows
