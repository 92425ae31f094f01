"""Class membership is kept by every change that puts a student into a class or out of one, and read back by date,
by class and school year, and as counts per class or grade named as they were then."""
from datetime import date, timedelta

import pytest
from openpyxl import Workbook

from counselor_app.domain import rollover as plan_rules
from counselor_app.domain.calendar import school_year_for
from counselor_app.services import class_history, rollover, roster_import, students
from counselor_app.services.demo import create_demo_office
from counselor_app.store import membership, register, school_years
from counselor_app.store.database import transaction

TODAY = date.today()
YESTERDAY = (TODAY - timedelta(days=1)).isoformat()


def _classes(session, *names):
    with transaction(session.conn):
        grade = register.insert_grade(session.conn, "七年级", "grade", 7, None, 0)
        return [register.insert_class(session.conn, grade, n, None, i) for i, n in enumerate(names)]


def rows(session, sid):
    return [(m.class_id, m.since, m.until) for m in membership.of_student(session.conn, sid)]


def backdate(session, sid):
    """As if the student's open row had been written yesterday (a later change then ends it, not corrects it)."""
    session.conn.execute("UPDATE class_membership SET since = ? WHERE student_id = ? AND until IS NULL",
                         (YESTERDAY, sid))


def test_new_edited_and_graduated_students_keep_their_class_history(session):
    one, two = _classes(session, "七年级(1)班", "七年级(2)班")
    t = TODAY.isoformat()
    sid = students.save_student(session, students.StudentEdit("1", "张三", class_id=one))
    assert rows(session, sid) == [(one, t, None)]
    students.save_student(session, students.StudentEdit("1", "张三", class_id=two), sid)
    assert rows(session, sid) == [(two, t, None)]        # corrected the same day: no empty stay in 1班
    backdate(session, sid)
    students.save_student(session, students.StudentEdit("1", "张三", class_id=one), sid)
    assert rows(session, sid) == [(two, YESTERDAY, t), (one, t, None)]
    assert class_history.class_on(session, sid, TODAY - timedelta(days=1)).class_name == "七年级(2)班"
    assert class_history.class_on(session, sid, TODAY).label == "七年级(1)班"
    assert class_history.class_on(session, sid, TODAY - timedelta(days=2)) is None   # not yet in the register

    students.change_status(session, sid, "on_leave", "因病休学")       # on leave: still on the class's roll
    assert rows(session, sid)[-1] == (one, t, None)
    backdate(session, sid)
    students.change_status(session, sid, "transferred", "转学")
    assert rows(session, sid)[-1] == (one, YESTERDAY, t) and class_history.class_on(session, sid, TODAY) is None
    students.save_student(session, students.StudentEdit("1", "张三", class_id=two), sid)   # a leaver's class
    assert rows(session, sid)[-1] == (one, YESTERDAY, t)                              # stays as it was
    students.change_status(session, sid, "enrolled", "转回")
    assert rows(session, sid)[-1] == (two, t, None)
    year = school_years.register_year(session.conn)
    assert class_history.students_of_class(session, one, year) == [sid]
    assert [c.class_id for c in class_history.student_classes(session, sid)] == [two, one, two]


def test_a_student_without_a_class_has_no_membership(session):
    one, = _classes(session, "七年级(1)班")
    sid = students.save_student(session, students.StudentEdit("1", "张三"))
    assert rows(session, sid) == []
    backdate(session, sid)
    students.save_student(session, students.StudentEdit("1", "张三", class_id=one), sid)
    backdate(session, sid)
    students.save_student(session, students.StudentEdit("1", "张三"), sid)   # taken out of the class
    assert rows(session, sid) == [(one, YESTERDAY, TODAY.isoformat())]


def _roster(tmp_path, name, rows_):
    wb = Workbook()
    ws = wb.active
    ws.append(["学号", "姓名", "年级", "班级", "状态"])
    for r in rows_:
        ws.append(r)
    wb.save(tmp_path / name)
    return tmp_path / name


def test_the_roster_import_places_new_students_and_moves_changed_ones(session, tmp_path):
    first = _roster(tmp_path, "a.xlsx", [["1", "张三", "七年级", "1班", "在读"], ["2", "李四", "七年级", "1班", "在读"],
                                        ["3", "王五", "七年级", "2班", "毕业"]])
    roster_import.import_students(session, roster_import.preview_students(session, first))
    ids = {s: register.student_id_by_number(session.conn, s) for s in "123"}
    classes = register.class_ids(session.conn)
    one = next(c for (_g, n), c in classes.items() if n == "七年级(1)班")
    two = next(c for (_g, n), c in classes.items() if n == "七年级(2)班")
    assert rows(session, ids["1"]) == [(one, TODAY.isoformat(), None)]
    assert rows(session, ids["3"]) == []          # a graduate in the file: when they were in 2班 is unknown
    for sid in ids.values():
        backdate(session, sid)
    second = _roster(tmp_path, "b.xlsx", [["1", "张三", "七年级", "2班", "在读"], ["2", "李四", "七年级", "1班", "转出"],
                                         ["3", "王五", "七年级", "2班", "毕业"]])
    result = roster_import.import_students(session, roster_import.preview_students(session, second))
    assert (result.updated, result.unchanged) == (2, 1)
    t = TODAY.isoformat()
    assert rows(session, ids["1"]) == [(one, YESTERDAY, t), (two, t, None)]
    assert rows(session, ids["2"]) == [(one, YESTERDAY, t)]
    tallies = class_history.counts_on(session, TODAY - timedelta(days=1), statuses=None)   # (status: from today)
    assert [(c.label, c.students) for c in tallies] == [("七年级(1)班", 2)]
    assert [(c.label, c.students) for c in class_history.counts_on(session, TODAY)] == [("七年级(2)班", 1)]


@pytest.fixture
def demo(data_dir):
    made = create_demo_office(data_dir, students=200, seed=5, today=TODAY)
    yield made
    made.office.session.close()


def test_the_rollover_records_itself_and_opens_the_new_year(demo):
    session = demo.office.session
    conn = session.conn
    old_year = school_years.register_year(conn)
    before = {c.label: c.students for c in class_history.counts_on(session, TODAY)}
    grades_before = {c.grade: c.students for c in class_history.counts_on(session, TODAY, per_grade=True)}
    assert sum(before.values()) == 200 == sum(grades_before.values()) and "七年级" in grades_before
    plan = rollover.preview_rollover(session, today=TODAY)
    result = rollover.apply_rollover(session, plan, today=TODAY)

    new_year = school_years.register_year(conn)
    assert new_year != old_year and school_years.by_id(conn, new_year).name == plan.year
    record, = class_history.rollover_history(session)
    assert (record.year, record.from_year, record.by, record.backup) == (
        plan.year, school_years.by_id(conn, old_year).name, session.user.display_name, result.backup.name)
    assert (record.promoted, record.graduated_classes, record.graduated_students) == (
        result.promoted, result.graduated_classes, result.graduated_students)
    moves = {m.before: m for m in record.classes}
    assert moves["七年级(1)班"].after == "八年级(1)班" and moves["七年级(1)班"].action == plan_rules.PROMOTE
    top = next(m for m in record.classes if m.action == plan_rules.GRADUATE)
    assert top.after.startswith(plan.graduation_grade) and top.enrolled > 0

    # the same day counted again: the classes as they are called now, the graduates gone
    after = {c.label: c.students for c in class_history.counts_on(session, TODAY)}
    assert after["八年级(1)班"] == before["七年级(1)班"] and "七年级(1)班" not in after
    assert sum(after.values()) == 200 - result.graduated_students
    # a class's old name and year: its students in the year left behind
    cls = moves["七年级(1)班"].class_id
    in_old = class_history.students_of_class(session, cls, old_year)
    assert in_old == class_history.students_of_class(session, cls, new_year) and len(in_old) == before["七年级(1)班"]
    sid = in_old[0]
    history = class_history.student_classes(session, sid)
    assert [(h.year, h.label, h.until) for h in history] == [
        (record.from_year, "七年级(1)班", TODAY.isoformat()), (plan.year, "八年级(1)班", None)]
    graduate = next(s for s, c in conn.execute("SELECT id, class_id FROM student WHERE status = 'graduated'"))
    assert [h.until for h in class_history.student_classes(session, graduate)] == [TODAY.isoformat()]


def test_counts_follow_the_status_of_the_day(session):
    one, = _classes(session, "七年级(1)班")
    a = students.save_student(session, students.StudentEdit("1", "张三", class_id=one))
    students.save_student(session, students.StudentEdit("2", "李四", class_id=one))
    students.change_status(session, a, "on_leave", "因病")
    assert [c.students for c in class_history.counts_on(session, TODAY)] == [1]
    assert [c.students for c in class_history.counts_on(session, TODAY, statuses=None)] == [2]
    assert class_history.counts_on(session, TODAY - timedelta(days=1)) == []


def test_the_register_year_is_the_set_up_year_before_any_rollover(session):
    assert class_history.register_year(session).name == school_year_for(TODAY)[0]
