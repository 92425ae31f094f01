"""The register's store modules: typed rows read by name, one reader per question, by-id readers of one record."""
from __future__ import annotations

import pytest

from counselor_app.domain.roles import Role
from counselor_app.domain.school import GradeKind
from counselor_app.store import classes, dorms, grades, register, staff, students, users
from counselor_app.store.database import transaction

AT = "2026-11-01T02:00:00+00:00"


@pytest.fixture
def conn(session):
    c = session.conn
    with transaction(c):
        g7 = grades.insert(c, "七年级", GradeKind.GRADE, 7)
        old = grades.insert(c, "2026届", GradeKind.GRADE, 9)
        grades.set_archived(c, [old], True)
        one = classes.insert(c, g7, "七年级(1)班")
        classes.insert(c, g7, "七年级(2)班")
        teacher = staff.insert(c, {"name": "陈老师", "staff_no": "T1", "gender": "female"}, AT)
        staff.set_roles(c, teacher, ["head_teacher", "counselor_part"])
        staff.set_class_heads(c, {one: teacher})
        sid = students.insert(c, {"student_no": "1", "name": "张三", "gender": "male", "class_id": one,
                                  "dorm_id": dorms.id_for(c, "3号楼-215"), "boarding": True}, AT)
        students.insert(c, {"student_no": "2", "name": "李四"}, AT)
        students.replace_guardians(c, sid, [("张父", "父亲", "13900000001"), ("张母", "母亲", "")])
        students.add_status_history(c, [(sid, "enrolled", AT, "created", None)])
    return c


def test_one_student_is_read_by_name_with_its_own_rows(conn):
    sid = students.id_by_number(conn, "1")
    row = students.by_id(conn, sid)
    assert (row.name, row.grade, row.class_name, row.dorm, row.boarding, row.status) == (
        "张三", "七年级", "七年级(1)班", "3号楼-215", True, "enrolled")
    assert students.by_id(conn, students.id_by_number(conn, "2")).class_name == ""   # no class: '' not None
    assert students.by_id(conn, 999) is None and students.id_by_number(conn, "999") is None
    assert [g.name for g in students.guardians_of(conn, sid)] == ["张父", "张母"]
    assert students.guardians_of(conn, sid)[0] == ("张父", "父亲", "13900000001")   # still a tuple
    assert [(h.status, h.reason) for h in students.status_history(conn, sid)] == [("enrolled", "created")]


def test_the_register_readers(conn):
    assert [(r.student_no, r.grade) for r in students.list_rows(conn)] == [("2", ""), ("1", "七年级")]
    assert students.by_number(conn)["1"]["class_id"] == classes.choices(conn)[0].id
    export = students.for_export(conn, grade="七年级")
    assert [(e.student_no, e.class_name, [g.relation for g in e.guardians]) for e in export] == [
        ("1", "七年级(1)班", ["父亲", "母亲"])]
    assert students.counts(conn)["student"] == 2


def test_one_look_up_of_a_grade_by_name(conn):
    assert set(grades.ids_by_name(conn)) == {"七年级", "2026届"}
    assert set(grades.ids_by_name(conn, archived=False)) == {"七年级"}
    assert grades.id_by_name(conn, "七年级") == grades.ids_by_name(conn)["七年级"]
    assert grades.name_of(conn, 999) is None and not grades.exists(conn, 999)


def test_classes_and_staff_rows(conn):
    first = classes.choices(conn)[0]
    assert (first.grade, first.name) == ("七年级", "七年级(1)班")
    row = classes.by_id(conn, first.id)
    assert (row.grade_id, row.name, row.archived) == (grades.id_by_name(conn, "七年级"), "七年级(1)班", False)
    overview = {o.name: o for o in classes.overview(conn)}
    assert overview["七年级(1)班"].head_teacher == "陈老师" and overview["七年级(2)班"].head_teacher == ""
    assert overview["七年级(1)班"].enrolled == 1 and classes.students_in(conn, first.id) == 1
    assert [c.id for c in classes.named(conn, "七年级(2)班")] == [classes.id_by_name(conn, row.grade_id, "七年级(2)班")]
    teacher = staff.staff_id_by_number(conn, "T1")
    member = staff.by_id(conn, teacher)
    assert (member.name, member.staff_no, member.roles, member.active) == (
        "陈老师", "T1", ("counselor_part", "head_teacher"), True)
    assert staff.all_staff(conn)[teacher] == member
    listed = staff.staff_list(conn)[0]
    assert (listed.name, listed.login, listed.grades) == ("陈老师", "", "") and "七年级(1)班" in listed.classes
    holder = next(h for h in staff.class_holders(conn) if h.id == first.id)
    assert (holder.holder_id, holder.holder) == (teacher, "陈老师")


def test_the_user_staff_link_has_one_writer(session, conn):
    teacher = staff.staff_id_by_number(conn, "T1")
    assert users.by_staff(conn, teacher) is None
    with transaction(conn):
        users.set_staff(conn, session.user.id, teacher)
    assert users.by_staff(conn, teacher).id == session.user.id and users.by_staff(conn, teacher).role is Role.HEAD


def test_the_old_register_module_still_answers(conn):
    """Existing imports keep working: register is a facade over the modules above."""
    sid = register.student_id_by_number(conn, "1")
    assert register.student_detail(conn, sid).name == "张三"
    assert register.guardians_by_student(conn)[sid][1].relation == "母亲"
    assert register.next_sort_order(conn, "school_class") == 2 and register.next_sort_order(conn, "grade") == 2
    with transaction(conn):
        register.add_status_history(conn, sid, "on_leave", AT, "病假", None)
        register.set_student_status(conn, sid, "on_leave", AT)
    assert register.status_history(conn, sid)[-1].status == "on_leave" == students.by_id(conn, sid).status
    with pytest.raises(ValueError):
        register.next_sort_order(conn, "student")
