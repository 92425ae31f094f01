"""Students of the register: the searchable list, one student's profile, create, edit and status changes."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from counselor_app.domain.roles import Permission
from counselor_app.domain.search import search_key
from counselor_app.services.office import validate_name
from counselor_app.services.session import Session
from counselor_app.store import audit, register
from counselor_app.store.database import transaction

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


# -- one student: view, create, edit, change status ------------------------------------------------

NO_STUDENT = QT_TRANSLATE_NOOP("Errors", "This student is not in the register.")
NUMBER_TAKEN = QT_TRANSLATE_NOOP("Errors", "Another student already has this student number.")
NUMBER_EMPTY = QT_TRANSLATE_NOOP("Errors", "The student number must not be empty.")
BAD_BIRTH_DATE = QT_TRANSLATE_NOOP("Errors", "The birth date is not a valid date in the past.")
BAD_CLASS = QT_TRANSLATE_NOOP("Errors", "The class does not exist.")
BAD_STATUS = QT_TRANSLATE_NOOP("Errors", "Unknown student status.")
BAD_GENDER = QT_TRANSLATE_NOOP("Errors", "Unknown gender.")
REASON_NEEDED = QT_TRANSLATE_NOOP("Errors", "Give a reason for the change of status.")


@dataclass(frozen=True)
class StudentDetail:
    id: int
    student_no: str
    name: str
    gender: str
    birth_date: str | None
    class_id: int | None
    grade: str
    class_name: str
    dorm: str
    boarding: bool
    status: str
    is_monitor: bool
    guardians: list[tuple[str, str, str]]
    history: list[tuple[str, str, str]]


@dataclass(frozen=True)
class StudentEdit:
    student_no: str
    name: str
    gender: str = ""
    birth_date: str | None = None
    class_id: int | None = None
    boarding: bool = False
    guardians: tuple[tuple[str, str, str], ...] = ()


def get_student(session: Session, student_id: int) -> StudentDetail:
    """The root of the student's archive. Viewing it is audited."""
    session.require(Permission.VIEW_REGISTER, target_type="student", target_id=student_id)
    row = register.student_detail(session.conn, student_id)
    if row is None:
        raise ValidationError(NO_STUDENT)
    guardians = register.guardians_by_student(session.conn).get(student_id, [])
    detail = StudentDetail(row[0], row[1], row[2], row[3], row[4], row[5], row[6] or "", row[7] or "", row[8] or "",
                           bool(row[9]), row[10], bool(row[11]), guardians,
                           register.status_history(session.conn, student_id))
    session.audit("view.student", "student", student_id)
    return detail


def _validate(session: Session, edit: StudentEdit, student_id: int | None) -> dict:
    number = edit.student_no.strip()
    if not number:
        raise ValidationError(NUMBER_EMPTY)
    other = register.student_id_by_number(session.conn, number)
    if other is not None and other != student_id:
        raise ValidationError(NUMBER_TAKEN)
    if edit.gender not in ("", "male", "female"):
        raise ValidationError(BAD_GENDER)
    birth = None
    if edit.birth_date:
        try:
            parsed = date.fromisoformat(edit.birth_date)
        except ValueError:
            raise ValidationError(BAD_BIRTH_DATE) from None
        if not date(1900, 1, 1) <= parsed <= date.today():
            raise ValidationError(BAD_BIRTH_DATE)
        birth = parsed.isoformat()
    if edit.class_id is not None and not register.class_exists(session.conn, edit.class_id):
        raise ValidationError(BAD_CLASS)
    guardians = [(validate_name(n) if n.strip() else "", r.strip(), p.strip()) for n, r, p in edit.guardians
                 if n.strip() or p.strip()]
    return {"student_no": number, "name": validate_name(edit.name), "gender": edit.gender, "birth_date": birth,
            "class_id": edit.class_id, "boarding": int(edit.boarding), "guardians": guardians}


def save_student(session: Session, edit: StudentEdit, student_id: int | None = None) -> int:
    """Create a student (``student_id`` None) or change one; audited; returns the student's id."""
    session.require(Permission.EDIT_REGISTER, target_type="student", target_id=student_id or "")
    fields = _validate(session, edit, student_id)
    guardians = fields.pop("guardians")
    now = audit.now_iso()
    with transaction(session.conn):
        if student_id is None:
            student_id = register.insert_student(session.conn, fields, now)
            register.add_status_history(session.conn, student_id, "enrolled", now, "created", session.user.id)
            action = "student.add"
        else:
            if register.student_detail(session.conn, student_id) is None:
                raise ValidationError(NO_STUDENT)
            number = fields.pop("student_no")
            register.update_student(session.conn, student_id, fields, now)
            register.set_student_number(session.conn, student_id, number)
            action = "student.edit"
        register.replace_guardians(session.conn, student_id, guardians)
        audit.append(session.conn, user_id=session.user.id, action=action, target_type="student",
                     target_id=student_id)
    return student_id


def change_status(session: Session, student_id: int, status: str, reason: str) -> None:
    """Enrolled, on leave, suspended, graduated, transferred — with a dated history entry and a reason."""
    session.require(Permission.EDIT_REGISTER, target_type="student", target_id=student_id)
    if status not in STATUSES:
        raise ValidationError(BAD_STATUS)
    reason = " ".join(reason.split())[:200]
    if not reason:
        raise ValidationError(REASON_NEEDED)
    now = audit.now_iso()
    with transaction(session.conn):
        if register.student_detail(session.conn, student_id) is None:
            raise ValidationError(NO_STUDENT)
        register.set_student_status(session.conn, student_id, status, now)
        register.add_status_history(session.conn, student_id, status, now, reason, session.user.id)
        audit.append(session.conn, user_id=session.user.id, action="student.status", target_type="student",
                     target_id=student_id, detail=status)


def class_choices(session: Session) -> list[tuple[int, str, str]]:
    session.require(Permission.VIEW_REGISTER, target_type="class")
    return register.class_choices(session.conn)
