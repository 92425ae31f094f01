"""Exporting the student roster to xlsx (audited; the file name is the user's, never written into the trail)."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from counselor_app.domain.roles import Permission
from counselor_app.reports.pdf_base import identity
from counselor_app.services.session import Session
from counselor_app.store import audit, classes, office, students
from counselor_app.store.database import transaction
from counselor_app.store.files import write_atomic
from counselor_app.services.operations import operation

NO_FOLDER = QT_TRANSLATE_NOOP("Errors", "The folder {folder} does not exist.")
NO_STUDENT_IN_CLASS = QT_TRANSLATE_NOOP("Errors", "No student is in the class {class_name}.")
NO_STUDENT_IN_GRADE = QT_TRANSLATE_NOOP("Errors", "No student is in the grade {grade}.")
NO_STUDENT_IN_GRADE_CLASS = QT_TRANSLATE_NOOP("Errors", "No student is in the class {class_name} of {grade}.")
CLASS_IN_SEVERAL_GRADES = QT_TRANSLATE_NOOP(
    "Errors", "There is a class {class_name} in several grades ({grades}): choose the grade as well.")
CLASS_ONLY_ARCHIVED = QT_TRANSLATE_NOOP(
    "Errors", "The class {class_name} is only in archived grades ({grades}): choose the grade as well.")


def _class_ids(session: Session, class_name: str) -> list[int] | None:
    """The classes a class name without a grade means: the current ones of that name, in one grade only.

    Archived classes (graduates after a rollover keep their class name) are exported only when the grade filter
    names their grade; two current classes of the same name in different grades are never merged silently."""
    found = classes.named(session.conn, class_name)
    if not found:
        return None  # no such class: the empty result says so
    current = [c for c in found if not c.archived]
    grades = list(dict.fromkeys(c.grade or "-" for c in current))
    if len(grades) > 1:
        raise ValidationError(CLASS_IN_SEVERAL_GRADES, class_name=class_name, grades="、".join(grades))
    if not current:
        archived = list(dict.fromkeys(c.grade or "-" for c in found))
        raise ValidationError(CLASS_ONLY_ARCHIVED, class_name=class_name, grades="、".join(archived))
    return [c.id for c in current]


def _nothing_found(grade: str | None, class_name: str | None) -> ValidationError:
    if grade and class_name:
        return ValidationError(NO_STUDENT_IN_GRADE_CLASS, grade=grade, class_name=class_name)
    if class_name:
        return ValidationError(NO_STUDENT_IN_CLASS, class_name=class_name)
    return ValidationError(NO_STUDENT_IN_GRADE, grade=grade)


@operation(Permission.VIEW_REGISTER, audit="export.students", target="student")
def export_students(session: Session, out: Path, grade: str | None = None, class_name: str | None = None,
                    tr: Callable = identity) -> int:
    """Write the students (of a grade, of a class) to ``out``; returns how many.

    Raises ValidationError when the folder of ``out`` does not exist, when the grade or class filter matches no
    student, or when a class name without a grade is ambiguous. An unfiltered export of an empty register writes
    the header row only (a template to fill in)."""
    from counselor_app.reports.roster_xlsx import students_xlsx

    out = Path(out)
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise ValidationError(NO_FOLDER, folder=str(folder))
    class_ids = _class_ids(session, class_name) if class_name and not grade else None
    rows = students.for_export(session.conn, grade, class_name, class_ids)
    if not rows and (grade or class_name):
        raise _nothing_found(grade, class_name)
    university = office.profile(session.conn).school_type.is_university
    write_atomic(out, students_xlsx(rows, tr, university=university))
    with transaction(session.conn):
        audit.append(session.conn, user_id=session.user.id, action="export.students", target_type="student",
                     detail=str(len(rows)))
    return len(rows)
