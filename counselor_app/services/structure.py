"""The school's structure as the office keeps it: classes under grades (K-12) or departments (universities), with
the warning network of policy §6 — grade leader, head teacher / 辅导员 and the class's 心理委员 — in one overview.

Classes are usually created by the roster import; here the office adds one by hand, renames or archives it. Class
names go through the same normalization as the import (初一3班 and 七年级（3）班 are one class), so a later import finds
the class again.
"""
from __future__ import annotations

from dataclasses import dataclass

from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from counselor_app.domain.roles import Permission
from counselor_app.domain.roster_values import normalize_grade, parse_class
from counselor_app.domain.school import class_label, grade_problem
from counselor_app.services.roster_import import create_grade, is_university
from counselor_app.services.session import Session
from counselor_app.store import audit, classes, grades, office as office_store
from counselor_app.store.database import transaction
from counselor_app.services.operations import operation
from counselor_app.domain.areas import Area

GRADE_NEEDED = QT_TRANSLATE_NOOP("Errors", "Give the grade or department of the class.")
CLASS_NEEDED = QT_TRANSLATE_NOOP("Errors", "Give the name of the class.")
CLASS_UNREADABLE = QT_TRANSLATE_NOOP("Errors", "The class name cannot be read: {reason}.")
CLASS_EXISTS = QT_TRANSLATE_NOOP("Errors", "The class {klass} already exists.")
NO_CLASS = QT_TRANSLATE_NOOP("Errors", "This class does not exist.")
CLASS_NOT_EMPTY = QT_TRANSLATE_NOOP(
    "Errors", "{count} enrolled student(s) are still in this class: move them to another class or change their "
              "status first.")


@dataclass(frozen=True, slots=True)
class ClassOverview:
    id: int
    grade_id: int
    grade: str
    class_name: str
    label: str             # 七年级(3)班, or 计算机学院 2301班
    head_teacher: str
    grade_leader: str
    enrolled: int
    monitors: str          # the class's 心理委员, '张三、李四'
    archived: bool


@operation(Permission.VIEW_REGISTER, target="class")
def list_classes(session: Session) -> list[ClassOverview]:
    rows = [ClassOverview(r.id, r.grade_id, r.grade, r.name, class_label(r.grade, r.name), r.head_teacher,
                          r.grade_leader, r.enrolled, r.monitors, r.archived) for r in classes.overview(session.conn)]
    session.audit("view.class_list", "class", "", detail=str(len(rows)))
    return rows


def _normalized(session: Session, grade_text: str, class_text: str) -> tuple[str, int, str]:
    """(grade name, grade level, class name) as the import would store them."""
    if not grade_text.strip():
        raise ValidationError(GRADE_NEEDED)
    if not class_text.strip():
        raise ValidationError(CLASS_NEEDED)
    ref, problem = parse_class(class_text, grade_text)
    if problem is not None or ref is None:
        raise ValidationError(CLASS_UNREADABLE, reason=problem)
    grade, level = normalize_grade(ref.grade or grade_text)
    return grade, level, ref.name


@operation(Permission.EDIT_REGISTER, changes={Area.REGISTER}, audit="class.add", target="class")
def add_class(session: Session, grade_text: str, class_text: str) -> int:
    """A new class (and its grade or department when new); audited."""
    grade, level, name = _normalized(session, grade_text, class_text)
    with transaction(session.conn):
        grade_id = grades.id_by_name(session.conn, grade)
        if grade_id is None:
            found = grade_problem(grade, level, office_store.profile(session.conn).school_type)
            if found is not None:
                raise ValidationError(CLASS_UNREADABLE, reason=found[0], **found[1])
            grade_id = create_grade(session.conn, grade, is_university(session))
        if classes.id_by_name(session.conn, grade_id, name) is not None:
            raise ValidationError(CLASS_EXISTS, klass=class_label(grade, name))
        class_id = classes.insert(session.conn, grade_id, name)
        audit.append(session.conn, user_id=session.user.id, action="class.add", target_type="class",
                     target_id=class_id)
    return class_id


@operation(Permission.EDIT_REGISTER, changes={Area.REGISTER}, audit="class.rename", target="class")
def rename_class(session: Session, class_id: int, class_text: str) -> None:
    with transaction(session.conn):
        row = classes.by_id(session.conn, class_id)
        if row is None:
            raise ValidationError(NO_CLASS)
        grade_id = row.grade_id
        grade = grades.name_of(session.conn, grade_id)
        _grade, _level, name = _normalized(session, grade, class_text)
        other = classes.id_by_name(session.conn, grade_id, name)
        if other is not None and other != class_id:
            raise ValidationError(CLASS_EXISTS, klass=class_label(grade, name))
        classes.rename(session.conn, class_id, name)
        audit.append(session.conn, user_id=session.user.id, action="class.rename", target_type="class",
                     target_id=class_id)


@operation(Permission.EDIT_REGISTER, changes={Area.REGISTER}, target="class")
def set_archived(session: Session, class_id: int, archived: bool) -> None:
    """Archive a class that no longer exists (no enrolled students left), or bring it back."""
    with transaction(session.conn):
        if classes.by_id(session.conn, class_id) is None:
            raise ValidationError(NO_CLASS)
        if archived:
            count = classes.students_in(session.conn, class_id)
            if count:
                raise ValidationError(CLASS_NOT_EMPTY, count=count)
        classes.set_archived(session.conn, class_id, archived)
        audit.append(session.conn, user_id=session.user.id, action="class.archive" if archived else "class.restore",
                     target_type="class", target_id=class_id)
