"""Staff of the register: create, edit roles and classes led, deactivate, link an account; permissions."""
import pytest

from counselor_app.domain.errors import PermissionDenied, ValidationError
from counselor_app.services import staff
from counselor_app.store import audit, register
from counselor_app.store.database import transaction


@pytest.fixture
def classes(session):
    with transaction(session.conn):
        grade = register.insert_grade(session.conn, "七年级", "grade", 7, None, 0)
        return [register.insert_class(session.conn, grade, f"七年级({n})班", None, n) for n in (1, 2)]


def test_create_edit_list_and_deactivate(session, classes):
    sid = staff.save_staff(session, staff.StaffEdit("陈老师", "T001", "female", "138 0000 0001",
                                                    ("head_teacher", "counselor_part"), (classes[0],)))
    detail = staff.get_staff(session, sid)
    assert detail.edit.roles == ("counselor_part", "head_teacher") and detail.edit.class_ids == (classes[0],)
    assert detail.edit.phone == "13800000001"
    rows = staff.list_staff(session)
    assert [(r.name, r.classes, r.login) for r in rows] == [("陈老师", "七年级(1)班", "")]
    assert "cls" in rows[0].search   # pinyin initials of 陈老师
    staff.save_staff(session, staff.StaffEdit("陈老师", "T001", roles=("head_teacher",), class_ids=(classes[1],)), sid)
    assert staff.list_staff(session)[0].classes == "七年级(2)班"   # the first class lost its head
    grade = session.conn.execute("SELECT id FROM grade").fetchone()[0]
    with pytest.raises(ValidationError):   # leading a grade needs the grade leader's role
        staff.save_staff(session, staff.StaffEdit("陈老师", "T001", roles=("head_teacher",), grade_ids=(grade,)), sid)
    staff.save_staff(session, staff.StaffEdit("陈老师", "T001", roles=("head_teacher", "grade_leader"),
                                              class_ids=(classes[1],), grade_ids=(grade,)), sid)
    assert staff.list_staff(session)[0].grades == "七年级"
    staff.set_active(session, sid, False)
    row = staff.list_staff(session)[0]
    assert not row.active and row.classes == "" and row.grades == ""
    actions = [r.action for r in audit.iter_all(session.conn)]
    for a in ("staff.add", "staff.edit", "staff.deactivate", "view.staff_list"):
        assert a in actions


@pytest.mark.parametrize("edit", [
    staff.StaffEdit(""),
    staff.StaffEdit("陈老师", phone="12345"),
    staff.StaffEdit("陈老师", roles=("janitor",)),
    staff.StaffEdit("陈老师", roles=("counselor_full",), class_ids=(1,)),
    staff.StaffEdit("陈老师", roles=("head_teacher",), class_ids=(999,)),
])
def test_bad_input_is_refused(session, classes, edit):
    with pytest.raises(ValidationError):
        staff.save_staff(session, edit)
    assert staff.list_staff(session) == []


def test_staff_number_unique_and_account_link(session):
    a = staff.save_staff(session, staff.StaffEdit("陈老师", "T001"))
    b = staff.save_staff(session, staff.StaffEdit("刘老师", "T002"))
    with pytest.raises(ValidationError):
        staff.save_staff(session, staff.StaffEdit("刘老师", "T001"), b)
    staff.link_account(session, session.user.id, a)
    rows = staff.list_staff(session)
    assert [r.name for r in rows] == ["陈老师", "刘老师"]   # in pinyin order
    assert (rows[0].login, rows[1].login) == (session.user.login, "")
    with pytest.raises(ValidationError):
        staff.link_account(session, session.user.id + 100, a)


def test_assistant_may_edit_staff_but_not_link_accounts(session, monkeypatch):
    from counselor_app.domain.roles import Permission

    sid = staff.save_staff(session, staff.StaffEdit("陈老师"))
    monkeypatch.setattr(type(session), "can", lambda self, p: p != Permission.MANAGE_USERS)
    staff.save_staff(session, staff.StaffEdit("陈老师", phone="13800000001"), sid)
    with pytest.raises(PermissionDenied):
        staff.link_account(session, session.user.id, sid)
