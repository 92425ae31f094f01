"""Exporting the roster: a missing folder, a filter that matches nothing and an ambiguous class are clear errors."""
import pytest
from openpyxl import load_workbook

from counselor_app.domain.errors import ValidationError
from counselor_app.services import roster_export
from counselor_app.store import audit, register
from counselor_app.store.database import transaction
from counselor_app.store.rollover import move_class, set_grades_archived


def _school(session, classes):
    """classes: (grade, class, archived grade, student numbers); returns {(grade, class): class id}."""
    ids, grades = {}, {}
    with transaction(session.conn):
        for n, (grade, klass, archived, numbers) in enumerate(classes):
            if grade not in grades:
                grades[grade] = register.insert_grade(session.conn, grade, "grade", 12, None, len(grades))
                if archived:
                    set_grades_archived(session.conn, [grades[grade]], True)
            ids[grade, klass] = register.insert_class(session.conn, grades[grade], klass, None, n)
            if archived:
                move_class(session.conn, ids[grade, klass], grades[grade], klass, True)
            for no in numbers:
                register.insert_student(session.conn, {"student_no": no, "name": "学生" + no,
                                                       "class_id": ids[grade, klass]}, audit.now_iso())
    return ids


def _numbers(path):
    return sorted(r[0].value for r in load_workbook(path).active.iter_rows(min_row=2))


def test_a_folder_that_does_not_exist_is_named(session, tmp_path):
    out = tmp_path / "没有的文件夹" / "名单.xlsx"
    with pytest.raises(ValidationError) as caught:
        roster_export.export_students(session, out)
    assert caught.value.exit_code == 2
    assert caught.value.english() == f"The folder {tmp_path / '没有的文件夹'} does not exist."
    assert not out.parent.exists()


def test_a_filter_that_matches_nothing_says_so(session, tmp_path):
    _school(session, [("高三", "高三(1)班", False, ["1"]), ("高二", "高二(1)班", False, [])])
    out = tmp_path / "out.xlsx"
    cases = [({"class_name": "不存在班"}, "No student is in the class 不存在班."),
             ({"grade": "初一"}, "No student is in the grade 初一."),
             ({"grade": "高二", "class_name": "高三(1)班"}, "No student is in the class 高三(1)班 of 高二."),
             ({"class_name": "高二(1)班"}, "No student is in the class 高二(1)班.")]  # a class without students
    for filters, message in cases:
        with pytest.raises(ValidationError) as caught:
            roster_export.export_students(session, out, **filters)
        assert caught.value.english() == message
    assert not out.exists()
    assert roster_export.export_students(session, out, class_name="高三(1)班") == 1


def test_a_class_name_without_grade_never_merges_grades(session, tmp_path):
    # after a rollover the graduates' class may keep its name in the archived grade 2027届
    _school(session, [("高三", "高三(1)班", False, ["2", "3"]), ("2027届", "高三(1)班", True, ["1"]),
                      ("2026届", "高三(2)班", True, ["4"]),
                      ("计算机学院", "1班", False, ["5"]), ("数学学院", "1班", False, ["6"])])
    out = tmp_path / "out.xlsx"
    assert roster_export.export_students(session, out, class_name="高三(1)班") == 2
    assert _numbers(out) == ["2", "3"]  # the current class only
    assert roster_export.export_students(session, out, grade="2027届", class_name="高三(1)班") == 1
    assert _numbers(out) == ["1"]  # the graduates when their grade is named
    with pytest.raises(ValidationError) as caught:
        roster_export.export_students(session, out, class_name="1班")
    assert caught.value.english() == ("There is a class 1班 in several grades (计算机学院、数学学院): "
                                      "choose the grade as well.")
    with pytest.raises(ValidationError) as caught:
        roster_export.export_students(session, out, class_name="高三(2)班")
    assert caught.value.english() == ("The class 高三(2)班 is only in archived grades (2026届): "
                                      "choose the grade as well.")
    assert roster_export.export_students(session, out, grade="数学学院", class_name="1班") == 1
    assert roster_export.export_students(session, out) == 6
