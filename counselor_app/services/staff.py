"""Staff of the register: the searchable list, create and edit (roles, classes led), deactivate, link an account.

The warning network of policy §6 hangs off these records: a class's 班主任/辅导员 is the staff member who leads it, a
grade's or department's leader is set by the staff roster import or here.
"""
from __future__ import annotations

from dataclasses import dataclass

from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from counselor_app.domain.roles import Permission
from counselor_app.domain.roster_values import parse_phone
from counselor_app.domain.school import class_label
from counselor_app.domain.search import search_key, sort_key
from counselor_app.domain.gender import is_gender
from counselor_app.domain.staff_roles import STAFF_ROLES, lead_changes, leads_classes, leads_grades, ordered
from counselor_app.services.office import validate_name
from counselor_app.services.session import Session
from counselor_app.services.students import BAD_CLASS, BAD_GENDER
from counselor_app.store import audit, classes as class_store, grades as grade_store, staff as staff_store, users
from counselor_app.store.database import transaction
from counselor_app.services.operations import operation
from counselor_app.domain.areas import Area

NO_STAFF = QT_TRANSLATE_NOOP("Errors", "This staff member is not in the register.")
STAFF_NO_TAKEN = QT_TRANSLATE_NOOP("Errors", "Another staff member already has this staff number.")
BAD_STAFF_PHONE = QT_TRANSLATE_NOOP("Errors", "The phone number is not valid (11 digits for a mobile, or a landline "
                                              "with its area code).")
UNKNOWN_ROLE = QT_TRANSLATE_NOOP("Errors", "Unknown staff role.")
CLASSES_NEED_ROLE = QT_TRANSLATE_NOOP("Errors", "Only a head teacher or a student affairs instructor leads classes.")
GRADES_NEED_ROLE = QT_TRANSLATE_NOOP("Errors", "Only a grade leader or a department head leads a grade or department.")
BAD_GRADE = QT_TRANSLATE_NOOP("Errors", "The grade or department does not exist.")
NO_ACCOUNT = QT_TRANSLATE_NOOP("Errors", "This account does not exist.")
ACCOUNT_TAKEN = QT_TRANSLATE_NOOP("Errors", "This staff member is already linked to another account.")


@dataclass(frozen=True, slots=True)
class StaffRow:
    id: int
    staff_no: str
    name: str
    gender: str
    phone: str
    active: bool
    roles: tuple[str, ...]
    classes: str          # the classes led, '七年级(1)班, 七年级(2)班'
    grades: str           # the grades or departments led, '七年级'
    login: str            # the linked account's login, '' when none
    search: str


@dataclass(frozen=True)
class StaffEdit:
    name: str
    staff_no: str = ""
    gender: str = ""
    phone: str = ""
    roles: tuple[str, ...] = ()
    class_ids: tuple[int, ...] = ()   # classes this person leads as 班主任 / 辅导员
    grade_ids: tuple[int, ...] = ()   # grades or departments this person leads (年级组长 / 院系负责人)


@dataclass(frozen=True)
class StaffDetail:
    id: int
    edit: StaffEdit
    active: bool


@operation(Permission.VIEW_REGISTER, audit="view.staff_list", target="staff")
def list_staff(session: Session) -> list[StaffRow]:
    rows = []
    for r in staff_store.staff_list(session.conn):
        led = ", ".join(class_label(*c.split("\t", 1)) for c in r.classes.split(";") if c)
        rows.append(StaffRow(r.id, r.staff_no, r.name, r.gender, r.phone, r.active, ordered(r.roles.split(",")), led,
                             ", ".join(g for g in r.grades.split(";") if g), r.login, search_key(r.staff_no, r.name)))
    rows.sort(key=lambda r: (not r.active, sort_key(r.name)))  # 陈 before 刘, 曾 under Z, as people expect
    session.audit("view.staff_list", "staff", "", detail=str(len(rows)))
    return rows


@operation(Permission.VIEW_REGISTER, audit="view.staff", target="staff")
def get_staff(session: Session, staff_id: int) -> StaffDetail:
    found = staff_store.by_id(session.conn, staff_id)
    if found is None:
        raise ValidationError(NO_STAFF)
    edit = StaffEdit(found.name, found.staff_no, found.gender, found.phone, found.roles,
                     tuple(staff_store.classes_led(session.conn, staff_id)),
                     tuple(staff_store.grades_led(session.conn, staff_id)))
    session.audit("view.staff", "staff", staff_id)
    return StaffDetail(staff_id, edit, found.active)


def _validate(session: Session, edit: StaffEdit, staff_id: int | None) -> dict:
    number = " ".join(edit.staff_no.split())
    if number:
        other = staff_store.staff_id_by_number(session.conn, number)
        if other is not None and other != staff_id:
            raise ValidationError(STAFF_NO_TAKEN)
    phone = ""
    if edit.phone.strip():
        phone, problem = parse_phone(edit.phone)
        if problem is not None:
            raise ValidationError(BAD_STAFF_PHONE)
    if any(r not in STAFF_ROLES for r in edit.roles):
        raise ValidationError(UNKNOWN_ROLE)
    if not is_gender(edit.gender):
        raise ValidationError(BAD_GENDER)
    if edit.class_ids and not leads_classes(edit.roles):
        raise ValidationError(CLASSES_NEED_ROLE)
    if edit.grade_ids and not leads_grades(edit.roles):
        raise ValidationError(GRADES_NEED_ROLE)
    for class_id in edit.class_ids:
        if not class_store.exists(session.conn, class_id):
            raise ValidationError(BAD_CLASS)
    for grade_id in edit.grade_ids:
        if not grade_store.exists(session.conn, grade_id):
            raise ValidationError(BAD_GRADE)
    return {"name": validate_name(edit.name), "staff_no": number or None, "gender": edit.gender,
            "phone": phone or ""}


@operation(Permission.EDIT_REGISTER, changes={Area.REGISTER}, target="staff")
def save_staff(session: Session, edit: StaffEdit, staff_id: int | None = None) -> int:
    """Create (``staff_id`` None) or change a staff member, with roles and the classes led; audited."""
    fields = _validate(session, edit, staff_id)
    now = audit.now_iso()
    with transaction(session.conn):
        if staff_id is None:
            staff_id = staff_store.insert(session.conn, fields, now)
            action = "staff.add"
        else:
            if not staff_store.exists(session.conn, staff_id):
                raise ValidationError(NO_STAFF)
            staff_store.update(session.conn, staff_id, fields)
            action = "staff.edit"
        staff_store.set_roles(session.conn, staff_id, ordered(edit.roles))
        _lead(session.conn, staff_id, edit.class_ids, edit.grade_ids)
        audit.append(session.conn, user_id=session.user.id, action=action, target_type="staff", target_id=staff_id)
    return staff_id


def _lead(conn, staff_id: int, class_ids, grade_ids) -> None:
    """The person leads exactly these classes and grades (domain.staff_roles.lead_changes)."""
    staff_store.set_class_heads(conn, lead_changes(staff_id, staff_store.class_heads(conn), class_ids))
    staff_store.set_grade_leaders(conn, lead_changes(staff_id, staff_store.grade_leaders(conn), grade_ids))


@operation(Permission.EDIT_REGISTER, changes={Area.REGISTER}, target="staff")
def set_active(session: Session, staff_id: int, active: bool) -> None:
    """A staff member who left: kept for the history, no longer offered; the classes they led lose their head."""
    with transaction(session.conn):
        if not staff_store.exists(session.conn, staff_id):
            raise ValidationError(NO_STAFF)
        staff_store.update(session.conn, staff_id, {"active": int(active)})
        if not active:
            _lead(session.conn, staff_id, (), ())   # someone who left leads nothing
        audit.append(session.conn, user_id=session.user.id, action="staff.activate" if active else "staff.deactivate",
                     target_type="staff", target_id=staff_id)


@operation(Permission.MANAGE_USERS, changes={Area.USERS, Area.REGISTER}, audit="user.link_staff", target="user")
def link_account(session: Session, user_id: int, staff_id: int | None) -> None:
    """Link a user account to its staff member (one each); None unlinks. Office head only."""
    with transaction(session.conn):
        if users.by_id(session.conn, user_id) is None:
            raise ValidationError(NO_ACCOUNT)
        if staff_id is not None:
            if not staff_store.exists(session.conn, staff_id):
                raise ValidationError(NO_STAFF)
            other = users.by_staff(session.conn, staff_id)
            if other is not None and other.id != user_id:
                raise ValidationError(ACCOUNT_TAKEN)
        users.set_staff(session.conn, user_id, staff_id)
        audit.append(session.conn, user_id=session.user.id, action="user.link_staff", target_type="user",
                     target_id=user_id, detail=str(staff_id or ""))


@operation(Permission.VIEW_REGISTER, target="staff")
def staff_choices(session: Session, also: tuple[int, ...] = ()) -> list[tuple[int, str, str]]:
    """(staff id, name, staff number) of everyone still at the school, and of the staff ids in ``also`` (someone
    who left but is still linked to an account), in pinyin order: for linking accounts."""
    found = [s for s in staff_store.all_staff(session.conn).values() if s.active or s.id in also]
    return [(s.id, s.name, s.staff_no) for s in sorted(found, key=lambda s: sort_key(s.name))]


@dataclass(frozen=True, slots=True)
class Leadable:
    """A class or grade a staff member may lead, with who leads it now (so that taking it over is never silent)."""
    id: int
    label: str
    holder_id: int | None
    holder: str


@operation(Permission.VIEW_REGISTER, target="class")
def leadable(session: Session) -> tuple[list[Leadable], list[Leadable]]:
    """(classes, grades or departments) with their current 班主任/辅导员 or leader, for the staff dialog."""
    classes = [Leadable(c.id, class_label(c.grade, c.name), c.holder_id, c.holder)
               for c in staff_store.class_holders(session.conn)]
    grades = [Leadable(g.id, g.grade, g.holder_id, g.holder) for g in staff_store.grade_holders(session.conn)]
    return classes, grades
