"""Classes by hand: add (normalized as the import does), rename, archive; the overview of the warning network."""
import pytest

from counselor_app.domain.errors import PermissionDenied, ValidationError
from counselor_app.services import staff, structure, students
from counselor_app.store import audit


def test_add_rename_archive_and_overview(session):
    a = structure.add_class(session, "初一", "3班")
    assert [c.label for c in structure.list_classes(session)] == ["七年级(3)班"]
    with pytest.raises(ValidationError):
        structure.add_class(session, "七年级", "七年级（3）班")   # the same class written otherwise
    b = structure.add_class(session, "七年级", "4")
    structure.rename_class(session, b, "5班")
    sid = students.save_student(session, students.StudentEdit("1", "张三", class_id=a, is_monitor=True))
    staff.save_staff(session, staff.StaffEdit("陈老师", roles=("head_teacher",), class_ids=(a,)))
    rows = {c.label: c for c in structure.list_classes(session)}
    assert set(rows) == {"七年级(3)班", "七年级(5)班"}
    assert (rows["七年级(3)班"].head_teacher, rows["七年级(3)班"].monitors, rows["七年级(3)班"].enrolled) == \
        ("陈老师", "张三", 1)
    with pytest.raises(ValidationError):
        structure.set_archived(session, a, True)   # a student is still enrolled there
    students.change_status(session, sid, "transferred", "转学")
    structure.set_archived(session, a, True)
    assert [c.archived for c in structure.list_classes(session)] == [False, True]
    actions = [r.action for r in audit.iter_all(session.conn)]
    for action in ("class.add", "class.rename", "class.archive", "view.class_list"):
        assert action in actions


@pytest.mark.parametrize("grade, klass", [("", "3班"), ("七年级", ""), ("初一", "八年级3班"), ("十五年级", "1班"),
                                          ("火箭", "火箭班")])
def test_bad_class_names(session, grade, klass):
    with pytest.raises(ValidationError):
        structure.add_class(session, grade, klass)


def test_university_departments(session):
    from counselor_app.domain.school import SchoolType
    from counselor_app.services import office

    profile = office.school_profile(session)
    office.update_school_profile(session, profile.__class__(**{**profile.__dict__, "school_type": SchoolType.UNIVERSITY}))
    structure.add_class(session, "计算机学院", "软件工程2301班")
    row = structure.list_classes(session)[0]
    assert row.label == "计算机学院 软件工程2301班"


def test_reading_needs_the_register_permission(session, monkeypatch):
    monkeypatch.setattr(type(session), "can", lambda self, p: False)
    with pytest.raises(PermissionDenied):
        structure.list_classes(session)
