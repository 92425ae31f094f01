"""Students of the register: the searchable list, one student's profile, create, edit and status changes."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from counselor_app.domain.roles import Permission
from counselor_app.domain.roster_values import parse_phone
from counselor_app.domain.search import search_key
from counselor_app.domain.gender import is_gender
from counselor_app.domain.guardian_relation import MAX_LENGTH as RELATION_MAX
from counselor_app.domain.student_status import StudentStatus, in_school
from counselor_app.services import class_history
from counselor_app.services.office import validate_name
from counselor_app.services.session import Session
from counselor_app.store import audit, classes, dorms, students as student_store
from counselor_app.store.database import transaction
from counselor_app.services.operations import operation
from counselor_app.domain.areas import Area

STATUSES = tuple(s.value for s in StudentStatus)   # in the order the pages offer them


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
    is_monitor: bool   # the class's 心理委员
    search: str   # student number, name, pinyin and initials, lower case


@operation(Permission.VIEW_REGISTER, audit="view.student_list", target="student")
def list_students(session: Session) -> list[StudentListRow]:
    """Every student (all statuses), in register order. Viewing the list is audited (count only)."""
    rows = [StudentListRow(**r._asdict(), search=search_key(r.student_no, r.name))
            for r in student_store.list_rows(session.conn)]
    session.audit("view.student_list", "student", "", detail=str(len(rows)))
    return rows


@operation(Permission.VIEW_REGISTER, target="student")
def guardian_phones(session: Session) -> dict[int, list[tuple[str, str]]]:
    """The guardians' phones of every student, for the list's optional column: student id → [(relation or
    name, phone)], guardians without a phone left out. Needs the register permission; audited (count only)."""
    phones = {sid: [(relation or name, phone) for name, relation, phone in guardians if phone]
              for sid, guardians in student_store.guardians_by_student(session.conn).items()}
    phones = {sid: found for sid, found in phones.items() if found}
    session.audit("view.guardian_phones", "student", "", detail=str(len(phones)))
    return phones


# -- one student: view, create, edit, change status ------------------------------------------------

NO_STUDENT = QT_TRANSLATE_NOOP("Errors", "This student is not in the register.")
NUMBER_TAKEN = QT_TRANSLATE_NOOP("Errors", "Another student already has this student number.")
NUMBER_EMPTY = QT_TRANSLATE_NOOP("Errors", "The student number must not be empty.")
BAD_BIRTH_DATE = QT_TRANSLATE_NOOP("Errors", "The birth date is not a valid date in the past.")
BAD_CLASS = QT_TRANSLATE_NOOP("Errors", "The class does not exist.")
BAD_STATUS = QT_TRANSLATE_NOOP("Errors", "Unknown student status.")
BAD_GENDER = QT_TRANSLATE_NOOP("Errors", "Unknown gender.")
REASON_NEEDED = QT_TRANSLATE_NOOP("Errors", "Give a reason for the change of status.")
SAME_STATUS = QT_TRANSLATE_NOOP("Errors", "The student already has this status: choose another one.")
BAD_PHONE = QT_TRANSLATE_NOOP("Errors", "The phone number of guardian {number} is not valid (11 digits for a "
                                        "mobile, or a landline with its area code).")
TOO_MANY_GUARDIANS = QT_TRANSLATE_NOOP("Errors", "A student has at most two guardians in the register.")
MONITOR_NEEDS_CLASS = QT_TRANSLATE_NOOP("Errors", "A class's mental-health monitor needs a class.")


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
    dorm: str = ""
    is_monitor: bool = False   # the class's 心理委员


@operation(Permission.VIEW_REGISTER, audit="view.student", target="student")
def get_student(session: Session, student_id: int) -> StudentDetail:
    """The root of the student's archive. Viewing it is audited."""
    detail = read_student(session.conn, student_id)
    session.audit("view.student", "student", student_id)
    return detail


def read_student(conn, student_id: int) -> StudentDetail:
    """One student's register entry, guardians and status history (that student's rows only); not audited: the
    caller audits its view. A student not in the register is a ValidationError."""
    row = student_store.by_id(conn, student_id)
    if row is None:
        raise ValidationError(NO_STUDENT)
    return StudentDetail(**row._asdict(), guardians=student_store.guardians_of(conn, student_id),
                         history=student_store.status_history(conn, student_id))


def _validate(session: Session, edit: StudentEdit, student_id: int | None) -> dict:
    number = edit.student_no.strip()
    if not number:
        raise ValidationError(NUMBER_EMPTY)
    other = student_store.id_by_number(session.conn, number)
    if other is not None and other != student_id:
        raise ValidationError(NUMBER_TAKEN)
    if not is_gender(edit.gender):
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
    if edit.class_id is not None and not classes.exists(session.conn, edit.class_id):
        raise ValidationError(BAD_CLASS)
    guardians = []
    for slot, (n, r, p) in enumerate(edit.guardians, 1):  # not ``number``: that is the student number above
        if not (n.strip() or p.strip()):
            continue
        phone = ""
        if p.strip():
            phone, problem = parse_phone(p)
            if problem is not None:
                raise ValidationError(BAD_PHONE, number=slot)  # the phone number itself stays out of the message
        guardians.append((validate_name(n) if n.strip() else "", " ".join(r.split())[:RELATION_MAX], phone or ""))
    if len(guardians) > 2:   # the register, its forms and its exports hold two guardians
        raise ValidationError(TOO_MANY_GUARDIANS)
    dorm = " ".join(edit.dorm.split())[:40]
    if edit.is_monitor and edit.class_id is None:
        raise ValidationError(MONITOR_NEEDS_CLASS)
    return {"student_no": number, "name": validate_name(edit.name), "gender": edit.gender, "birth_date": birth,
            "class_id": edit.class_id, "boarding": int(edit.boarding), "is_monitor": int(edit.is_monitor),
            "dorm": dorm, "guardians": guardians}


@operation(Permission.EDIT_REGISTER, changes={Area.REGISTER}, target="student")
def save_student(session: Session, edit: StudentEdit, student_id: int | None = None) -> int:
    """Create a student (``student_id`` None) or change one; audited; returns the student's id."""
    fields = _validate(session, edit, student_id)
    guardians = fields.pop("guardians")
    dorm = fields.pop("dorm")
    now = audit.now_iso()
    with transaction(session.conn):
        fields["dorm_id"] = dorms.id_for(session.conn, dorm) if dorm else None
        if student_id is None:
            student_id = student_store.insert(session.conn, fields, now)
            student_store.add_status_history(session.conn, [(student_id, "enrolled", now, "created", session.user.id)])
            class_history.keep(session.conn, [(student_id, fields["class_id"])])
            action, changed = "student.add", ""
        else:
            before = student_store.by_id(session.conn, student_id)
            if before is None:
                raise ValidationError(NO_STUDENT)
            old_guardians = student_store.guardians_of(session.conn, student_id)
            changed = _changed_keys(before, fields, dorm, guardians != old_guardians)
            number = fields.pop("student_no")
            student_store.update(session.conn, student_id, fields, now)
            student_store.set_number(session.conn, student_id, number)
            if in_school(before.status):   # a graduate's class stays what it was when they left
                class_history.keep(session.conn, [(student_id, fields["class_id"])])
            action = "student.edit"
        student_store.replace_guardians(session.conn, student_id, guardians)
        # which fields changed, never their values: the audit trail names no one
        audit.append(session.conn, user_id=session.user.id, action=action, target_type="student",
                     target_id=student_id, detail=changed)
    return student_id


def _changed_keys(before: student_store.StudentRow, fields: dict, dorm: str, guardians_changed: bool) -> str:
    """The names of the changed fields, e.g. 'class_id,guardians' (for the audit detail)."""
    old = {"student_no": before.student_no, "name": before.name, "gender": before.gender,
           "birth_date": before.birth_date, "class_id": before.class_id, "boarding": int(before.boarding),
           "is_monitor": int(before.is_monitor)}
    keys = [k for k, v in old.items() if fields.get(k) != v]
    if dorm != before.dorm:
        keys.append("dorm")
    if guardians_changed:
        keys.append("guardians")
    return ",".join(keys)


@operation(Permission.EDIT_REGISTER, changes={Area.REGISTER}, audit="student.status", target="student")
def change_status(session: Session, student_id: int, status: str, reason: str) -> None:
    """Enrolled, on leave, suspended, graduated, transferred — with a dated history entry and a reason."""
    if status not in STATUSES:
        raise ValidationError(BAD_STATUS)
    reason = " ".join(reason.split())[:200]
    if not reason:
        raise ValidationError(REASON_NEEDED)
    now = audit.now_iso()
    with transaction(session.conn):
        before = student_store.by_id(session.conn, student_id)
        if before is None:
            raise ValidationError(NO_STUDENT)
        if before.status == status:   # no change: no history row, no audit entry saying there was one
            raise ValidationError(SAME_STATUS)
        student_store.set_status(session.conn, [student_id], status, now)
        student_store.add_status_history(session.conn, [(student_id, status, now, reason, session.user.id)])
        # graduated or transferred: out of the class from today; back to enrolled: in it again
        class_history.keep(session.conn, [(student_id, before.class_id if in_school(status) else None)])
        audit.append(session.conn, user_id=session.user.id, action="student.status", target_type="student",
                     target_id=student_id, detail=status)


@operation(Permission.VIEW_REGISTER, target="class")
def class_choices(session: Session) -> list[tuple[int, str, str]]:
    return classes.choices(session.conn)
