import pytest

from counselor_app.domain.errors import PermissionDenied, ValidationError
from counselor_app.domain.roles import Role
from counselor_app.services import students
from counselor_app.services.users import add_user
from counselor_app.store import audit


def test_create_view_edit_and_change_status(session):
    from counselor_app.store import register
    from counselor_app.store.database import transaction

    with transaction(session.conn):
        grade = register.insert_grade(session.conn, "七年级", "grade", 7, None, 0)
        klass = register.insert_class(session.conn, grade, "七年级(1)班", None, 0)
    sid = students.save_student(session, students.StudentEdit("2026070101", " 张小明 ", "male", "2013-05-12", klass,
                                                              guardians=(("张大明", "父亲", "13900000001"),)))
    d = students.get_student(session, sid)
    assert (d.student_no, d.name, d.grade, d.class_name, d.status) == ("2026070101", "张小明", "七年级", "七年级(1)班",
                                                                     "enrolled")  # not the guardian count
    assert d.guardians == [("张大明", "父亲", "13900000001")]
    students.save_student(session, students.StudentEdit("2026070101", "张晓明", "male", "2013-05-12", klass), sid)
    students.change_status(session, sid, "on_leave", "因病休学")
    d = students.get_student(session, sid)
    assert d.name == "张晓明" and d.status == "on_leave"
    assert [(s, r) for s, _at, r in d.history] == [("enrolled", "created"), ("on_leave", "因病休学")]
    actions = [r.action for r in audit.iter_all(session.conn)]
    for a in ("student.add", "student.edit", "student.status", "view.student"):
        assert a in actions
    assert [r.action for r in audit.iter_all(session.conn)].count("view.student") == 2


@pytest.mark.parametrize("edit", [
    students.StudentEdit("", "张三"),
    students.StudentEdit("1", ""),
    students.StudentEdit("1", "张三", birth_date="2013-02-30"),
    students.StudentEdit("1", "张三", birth_date="2999-01-01"),
    students.StudentEdit("1", "张三", class_id=999),
    students.StudentEdit("1", "张三", guardians=(("张父", "父亲", "12345"),)),
    students.StudentEdit("1", "张三", is_monitor=True),
    students.StudentEdit("1", "张三", guardians=(("甲", "", ""), ("乙", "", ""), ("丙", "", ""))),
])
def test_bad_input_is_refused(session, edit):
    with pytest.raises(ValidationError):
        students.save_student(session, edit)


def test_duplicate_number_and_status_without_reason(session):
    a = students.save_student(session, students.StudentEdit("1", "张三"))
    students.save_student(session, students.StudentEdit("2", "李四"))
    with pytest.raises(ValidationError):
        students.save_student(session, students.StudentEdit("2", "张三"), a)
    with pytest.raises(ValidationError):
        students.change_status(session, a, "graduated", "  ")
    with pytest.raises(ValidationError):
        students.change_status(session, a, "expelled", "x")


def test_assistant_edits_the_register_but_nothing_else(session, data_dir):
    from counselor_app.services.office import login

    sid = students.save_student(session, students.StudentEdit("1", "张三"))
    add_user(session, "zhao", "赵助理", Role.ASSISTANT, "Another-Pass-77")
    session.close()
    with login(data_dir, "zhao", "Another-Pass-77") as s:
        students.change_status(s, sid, "transferred", "转学")
        assert students.get_student(s, sid).status == "transferred"
        from counselor_app.services.integrity import verify_office

        with pytest.raises(PermissionDenied):
            verify_office(s)


def test_dorm_monitor_and_audited_field_names(session):
    from counselor_app.store import register
    from counselor_app.store.database import transaction

    with transaction(session.conn):
        grade = register.insert_grade(session.conn, "七年级", "grade", 7, None, 0)
        klass = register.insert_class(session.conn, grade, "七年级(1)班", None, 0)
    sid = students.save_student(session, students.StudentEdit("1", "张三", class_id=klass, dorm="3号楼 215"))
    d = students.get_student(session, sid)
    assert d.dorm == "3号楼 215" and not d.is_monitor
    students.save_student(session, students.StudentEdit(
        "1", "张三", class_id=klass, dorm="3号楼 215", is_monitor=True,
        guardians=(("张父", "父亲", "139 0000 0001"),)), sid)
    d = students.get_student(session, sid)
    assert d.is_monitor and d.guardians == [("张父", "父亲", "13900000001")]
    edit = [r for r in audit.iter_all(session.conn) if r.action == "student.edit"][-1]
    assert edit.detail == "is_monitor,guardians"   # names of fields, never values
    row = [r for r in students.list_students(session) if r.id == sid][0]
    assert row.is_monitor


def test_guardian_phones_need_the_register_permission_and_are_audited(session, monkeypatch):
    from counselor_app.domain import roles

    a = students.save_student(session, students.StudentEdit("1", "张三", guardians=(
        ("张父", "父亲", "13900000001"), ("", "母亲", "0551-62345678"))))
    students.save_student(session, students.StudentEdit("2", "李四", guardians=(("李父", "", ""),)))
    assert students.guardian_phones(session) == {a: [("父亲", "13900000001"), ("母亲", "0551-62345678")]}
    row = [r for r in audit.iter_all(session.conn) if r.action == "view.guardian_phones"][-1]
    assert row.detail == "1"   # how many students' phones were shown, never a number itself
    monkeypatch.setitem(roles.ROLE_PERMISSIONS, Role.HEAD, frozenset())   # a role without the register
    with pytest.raises(PermissionDenied):
        students.guardian_phones(session)
    assert [r.action for r in audit.iter_all(session.conn)][-1] == "denied.view_register"


def test_one_students_profile_reads_that_student_only(session):
    """Showing or saving one student never loads the whole register (by-id readers): every statement that reads
    students or guardians names the student."""
    sid = students.save_student(session, students.StudentEdit("1", "张三", guardians=(("张父", "父亲", ""),)))
    students.save_student(session, students.StudentEdit("2", "李四", guardians=(("李母", "母亲", ""),)))
    seen: list[str] = []
    session.conn.set_trace_callback(seen.append)
    try:
        assert students.get_student(session, sid).guardians == [("张父", "父亲", "")]
        students.save_student(session, students.StudentEdit("1", "张三丰", guardians=(("张父", "父亲", ""),)), sid)
    finally:
        session.conn.set_trace_callback(None)
    reads = [q for q in seen if q.lstrip().upper().startswith("SELECT")
             and any(f"FROM {t}" in q for t in ("guardian", "student s", "student "))]
    assert reads and all("WHERE" in q and str(sid) in q for q in reads), reads
    assert [r.detail for r in audit.iter_all(session.conn)][-1] == "name"
