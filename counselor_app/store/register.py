"""The old grab bag of register rows, kept so that existing imports (tests, benches, tools) keep working.

New code imports the module of its table or aggregate instead: store.students (students, guardians, status
history), store.classes, store.grades, store.dorms, store.school_years, store.staff.
"""
from __future__ import annotations

from typing import Iterable, Sequence

from counselor_app.store import classes, dorms, grades, school_years, staff, students
from counselor_app.store.database import Connection

STUDENT_COLUMNS = students.IMPORT_COLUMNS

insert_grade = grades.insert
grade_ids = grades.ids_by_name
insert_class = classes.insert
class_ids = classes.ids_by_name
class_choices = classes.choices
class_exists = classes.exists
classes_named = classes.named
archived_classes = classes.archived_names
dorm_id = dorms.id_for
dorm_ids = dorms.ids_by_name
insert_school_year = school_years.insert
school_year_on = school_years.on
semesters_of = school_years.semesters_of
insert_students = students.insert_many
insert_student = students.insert
insert_guardians = students.insert_guardians
replace_guardians = students.replace_guardians
update_student = students.update
set_student_number = students.set_number
counts = students.counts
students_by_number = students.by_number
guardians_by_student = students.guardians_by_student
students_for_export = students.for_export
student_list = students.list_rows
student_detail = students.by_id
status_history = students.status_history
student_id_by_number = students.id_by_number
add_status_histories = students.add_status_history


def insert_staff(conn: Connection, name: str, gender: str, phone: str, roles: Iterable[str], at: str) -> int:
    staff_id = staff.insert(conn, {"name": name, "gender": gender, "phone": phone}, at)
    staff.set_roles(conn, staff_id, roles)
    return staff_id


def next_sort_order(conn: Connection, table: str) -> int:
    if table not in ("grade", "school_class"):
        raise ValueError(table)
    return grades.next_sort_order(conn) if table == "grade" else classes.next_sort_order(conn)


def add_status_history(conn: Connection, student_id: int, status: str, at: str, reason: str,
                       user_id: int | None) -> None:
    students.add_status_history(conn, [(student_id, status, at, reason, user_id)])


def add_enrolment_history(conn: Connection, student_ids: Sequence[int], at: str, reason: str,
                          user_id: int | None) -> None:
    students.add_status_history(conn, [(sid, "enrolled", at, reason, user_id) for sid in student_ids])


def set_student_status(conn: Connection, student_id: int, status: str, at: str) -> None:
    students.set_status(conn, [student_id], status, at)
