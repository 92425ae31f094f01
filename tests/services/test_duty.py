"""The duty set-up: posts, templates, the duty list, unavailability, make-up timetables, cloning a semester."""
from __future__ import annotations

from datetime import date, time

import pytest

from duty_helpers import duty_office
from counselor_app.domain.errors import PermissionDenied, ValidationError
from counselor_app.domain.roles import Role
from counselor_app.services import duty, office as office_service, staff, users
from counselor_app.services.staff import StaffEdit
from counselor_app.store import audit


def actions(session) -> list[str]:
    return [r.action for r in audit.iter_all(session.conn)]


def test_posts(session):
    room = duty.save_post(session, " 辅导室 ")
    assert [p.name for p in duty.duty_setup(session, duty.duty_semesters(session)[0].id).posts] == ["辅导室"]
    with pytest.raises(ValidationError, match="Another post"):
        duty.save_post(session, "辅导室")
    with pytest.raises(ValidationError, match="name"):
        duty.save_post(session, "")
    duty.save_post(session, "心理辅导室", room, active=False)
    added = duty.add_default_posts(session, tr=str)
    names = [p.name for p in duty.duty_setup(session, duty.duty_semesters(session)[0].id).posts]
    assert names == ["心理辅导室", "Counseling room", "Hotline", "Online", "Evening duty"] and len(added) == 4
    assert actions(session).count("duty.post") == 3


def test_templates_are_checked(session):
    office = duty_office(session)
    setup = duty.duty_setup(session, office.autumn)
    assert len(setup.templates) == 20 and setup.templates[0].times == "12:10–13:30"
    assert setup.templates[1].roles == ("counselor_full",)
    evening = duty.save_template(session, office.autumn, duty.TemplateEdit(office.room, 2, "晚自习", "19:00", "21:00"))
    found = next(t for t in duty.duty_setup(session, office.autumn).templates if t.id == evening)
    assert found.kind == "evening" and found.start == time(19)
    cases = [
        (duty.TemplateEdit(office.room, 2, "晚自习", "19:00", "21:00"), "already has a shift"),
        (duty.TemplateEdit(office.room, 2, "午后", "14:00", "13:00"), "end after"),
        (duty.TemplateEdit(office.room, 2, "午后", "14点", "15:00"), "12:10"),
        (duty.TemplateEdit(office.room, 2, "午后", "14:00", "15:00", heads=0), "people"),
        (duty.TemplateEdit(999, 2, "午后", "14:00", "15:00"), "post"),
        (duty.TemplateEdit(office.room, 2, "午后", "14:00", "15:00", roles=("wizard",)), "staff role"),
        (duty.TemplateEdit(office.room, 2, "午后", "14:00", "15:00", staff=(999,)), "staff register"),
        (duty.TemplateEdit(office.room, 2, "午后", "14:00", "15:00", kind="night"), "kind"),
    ]
    for edit, words in cases:
        with pytest.raises(ValidationError, match=words):
            duty.save_template(session, office.autumn, edit)
    assert duty.remove_template(session, evening) is True
    assert evening not in {t.id for t in duty.duty_setup(session, office.autumn).templates}


def test_the_duty_list_and_unavailability(session):
    office = duty_office(session)
    gone = staff.save_staff(session, StaffEdit("离校老师"))
    staff.set_active(session, gone, False)
    with pytest.raises(ValidationError, match="left the school"):
        duty.set_members(session, office.autumn, (*office.staff, gone))
    people = duty.duty_setup(session, office.autumn).people
    assert [p.on_list for p in people].count(True) == 6 and gone not in {p.staff_id for p in people}
    row = duty.add_unavailability(session, office.autumn, duty.UnavailableEdit(office.staff[0], "teaching",
                                                                               weekday=1, period="午休"))
    with pytest.raises(ValidationError, match="why"):
        duty.add_unavailability(session, office.autumn, duty.UnavailableEdit(office.staff[0], "bored", "2026-10-12"))
    with pytest.raises(ValidationError, match="before the first"):
        duty.add_unavailability(session, office.autumn, duty.UnavailableEdit(office.staff[0], "leave", "2026-10-12",
                                                                             "2026-10-01"))
    with pytest.raises(ValidationError, match="a date"):
        duty.add_unavailability(session, office.autumn, duty.UnavailableEdit(office.staff[0], "leave"))
    listed = duty.duty_setup(session, office.autumn).unavailable
    assert [(u.name, u.weekday, u.period) for u in listed] == [("林老师", 1, "午休")]
    duty.remove_unavailability(session, row)
    assert not duty.duty_setup(session, office.autumn).unavailable
    assert {"duty.members", "duty.unavailable", "duty.unavailable_remove"} <= set(actions(session))


def test_make_up_workdays_follow_the_replaced_weekday_unless_the_office_chooses(session):
    office = duty_office(session)
    days = {d.day: d for d in duty.duty_setup(session, office.autumn).makeup_days}
    assert days[date(2026, 9, 20)].timetable == 1 and days[date(2026, 10, 10)].timetable == 2
    duty.set_makeup_timetable(session, "2026-10-10", 4)
    assert {d.day: d for d in duty.duty_setup(session, office.autumn).makeup_days}[date(2026, 10, 10)].timetable == 4
    with pytest.raises(ValidationError, match="not a make-up workday"):
        duty.set_makeup_timetable(session, "2026-10-12", 0)
    with pytest.raises(ValidationError, match="Monday to Friday"):
        duty.set_makeup_timetable(session, "2026-10-10", 6)
    duty.set_makeup_timetable(session, "2026-10-10", None)
    assert {d.day: d for d in duty.duty_setup(session, office.autumn).makeup_days}[date(2026, 10, 10)].timetable == 2


def test_clone_to_the_next_semester(session):
    office = duty_office(session)
    duty.add_unavailability(session, office.autumn, duty.UnavailableEdit(office.staff[0], "teaching", weekday=1))
    duty.add_unavailability(session, office.autumn, duty.UnavailableEdit(office.staff[1], "leave", "2026-10-12",
                                                                         "2026-10-16"))
    duty.add_unavailability(session, office.autumn, duty.UnavailableEdit(office.staff[2], "training", "2027-01-18",
                                                                         "2027-03-05"))
    with pytest.raises(ValidationError, match="outside the semester"):     # no day of the autumn semester
        duty.add_unavailability(session, office.autumn, duty.UnavailableEdit(office.staff[2], "training",
                                                                             "2027-03-01"))
    assert duty.clone_setup(session, office.autumn, office.spring) == (20, 6, 2)
    spring = duty.duty_setup(session, office.spring)
    assert len(spring.templates) == 20 and spring.templates[1].roles == ("counselor_full",)
    assert [(u.staff_id, u.weekday, u.first) for u in spring.unavailable] == [
        (office.staff[0], 1, None), (office.staff[2], None, date(2027, 1, 18))]
    with pytest.raises(ValidationError, match="already has shifts"):
        duty.clone_setup(session, office.autumn, office.spring)
    with pytest.raises(ValidationError, match="another semester"):
        duty.clone_setup(session, office.autumn, office.autumn)
    assert "duty.clone" in actions(session)


def test_an_assistant_manages_duty_but_cannot_approve(session, data_dir):
    office = duty_office(session)
    users.add_user(session, "helper", "助理", Role.ASSISTANT, "Quiet-River-2026")
    session.close()
    with office_service.login(data_dir, "helper", "Quiet-River-2026") as assistant:
        duty.save_post(assistant, "线上")
        assert duty.duty_setup(assistant, office.autumn).templates
        from counselor_app.services import duty_changes
        with pytest.raises(PermissionDenied):
            duty_changes.approve_change(assistant, 1)
