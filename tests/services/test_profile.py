"""The student profile's sections: loaded in one call audited once, each only for the roles allowed to see it."""
import pytest

from counselor_app.domain.errors import QT_TRANSLATE_NOOP, PermissionDenied, SealedFieldDamaged, ValidationError
from counselor_app.domain.roles import Permission, Role
from counselor_app.services import profile, students, timeline
from counselor_app.services.office import login
from counselor_app.services.users import add_user
from counselor_app.store import audit, register
from counselor_app.store.database import transaction

REGISTER_SECTIONS = ["basic", "guardians", "history", "timeline"]
ASSISTANT, ASSISTANT_PASSWORD = "zhaoli", "Desk-Helper-2026"
read_notes: list[int] = []


@profile.profile_section("test_notes", QT_TRANSLATE_NOOP("ProfileSection", "Session notes"),
                         Permission.VIEW_SESSION_NOTES)
def session_notes(session, student_id, *, tr=profile.english):
    """A confidential section as a later feature declares one (heads and counselors only)."""
    read_notes.append(student_id)
    return ["a note"]


@profile.profile_section("test_damaged", QT_TRANSLATE_NOOP("ProfileSection", "Damaged"), Permission.VIEW_REGISTER)
def damaged(session, student_id, *, tr=profile.english):
    raise SealedFieldDamaged(what="test")


@pytest.fixture
def student(session):
    with transaction(session.conn):
        grade = register.insert_grade(session.conn, "七年级", "grade", 7, None, 0)
        klass = register.insert_class(session.conn, grade, "七年级(3)班", None, 0)
    return students.save_student(session, students.StudentEdit(
        "2026070301", "林小雨", "female", "2013-04-02", klass, guardians=(("林大山", "父亲", "13900000007"),)))


def trail(session):
    return [(r.action, r.target_type, r.target_id, r.outcome) for r in audit.iter_all(session.conn)]


def views(session, student_id):
    return [r for r in trail(session) if r == ("view.student", "student", str(student_id), "ok")]


def test_opening_the_profile_loads_every_section_asked_for_with_one_audit_row(session, student):
    students.change_status(session, student, "on_leave", "因病休学")
    before = len(views(session, student))
    session.take_changes()
    opened = profile.open_profile(session, student, REGISTER_SECTIONS)
    assert list(opened.sections) == REGISTER_SECTIONS
    assert (opened.header.student_no, opened.header.name, opened.header.klass, opened.header.status) == (
        "2026070301", "林小雨", "七年级(3)班", "on_leave")
    assert opened.sections["basic"].birth_date == "2013-04-02"
    assert opened.sections["guardians"] == [profile.Guardian("林大山", "父亲", "13900000007")]
    assert [(e.status, e.reason, e.by) for e in opened.sections["history"].statuses] == [
        ("enrolled", "entered by hand", "王主任"), ("on_leave", "因病休学", "王主任")]
    assert [e.title for e in opened.sections["timeline"].events if e.source == "status"][0] == (
        "Status changed to on leave")
    assert len(views(session, student)) == before + 1   # one look, however many sections
    assert session.take_changes() == frozenset()   # a look announces no change (nothing for the pages to reload)


def test_a_loader_called_on_its_own_audits_its_look(session, student):
    before = len(views(session, student))
    assert profile.guardians(session, student)[0].relation == "父亲"
    assert len(views(session, student)) == before + 1


def test_an_unknown_student_is_a_clear_error(session):
    with pytest.raises(ValidationError) as raised:
        profile.open_profile(session, 999, REGISTER_SECTIONS)
    assert raised.value.source == profile.NO_STUDENT
    with pytest.raises(ValidationError):
        profile.basic_data(session, 999)


def test_a_section_the_role_may_not_see_is_refused_and_audited(new_office, data_dir, student):
    add_user(new_office.session, ASSISTANT, "赵丽", Role.ASSISTANT, ASSISTANT_PASSWORD)
    assert "test_notes" in profile.may_see(new_office.session)
    new_office.session.close()
    read_notes.clear()
    with login(data_dir, ASSISTANT, ASSISTANT_PASSWORD) as assistant:
        assert "test_notes" not in profile.may_see(assistant)
        assert set(REGISTER_SECTIONS) <= set(profile.may_see(assistant))
        with pytest.raises(PermissionDenied):
            profile.open_profile(assistant, student, REGISTER_SECTIONS + ["test_notes"])
        assert trail(assistant)[-1] == ("denied.view_session_notes", "student", str(student), "denied")
        with pytest.raises(PermissionDenied):   # the loader itself refuses too
            session_notes(assistant, student)
        assert trail(assistant)[-1] == ("denied.view_session_notes", "student", str(student), "denied")
        assert read_notes == [] and views(assistant, student) == []   # nothing read, no look recorded
        opened = profile.open_profile(assistant, student, REGISTER_SECTIONS)   # what an assistant may see
        assert list(opened.sections) == REGISTER_SECTIONS and len(views(assistant, student)) == 1


def test_the_head_sees_the_confidential_section(session, student):
    read_notes.clear()
    opened = profile.open_profile(session, student, ["basic", "test_notes"])
    assert opened.sections["test_notes"] == ["a note"] and read_notes == [student]


def test_a_section_that_fails_does_not_hide_the_others(session, student):
    opened = profile.open_profile(session, student, ["basic", "test_damaged", "timeline"])
    assert isinstance(opened.sections["test_damaged"], profile.SectionFailure)
    assert isinstance(opened.sections["test_damaged"].error, SealedFieldDamaged)
    assert opened.sections["basic"].name == "林小雨" and opened.sections["timeline"].events


def test_sections_and_sources_are_declared_once():
    with pytest.raises(ValueError):
        profile.profile_section("basic", QT_TRANSLATE_NOOP("ProfileSection", "Basic data"),
                                Permission.VIEW_REGISTER)(lambda session, student_id, *, tr: None)
    with pytest.raises(ValueError):
        timeline.timeline_source("status", QT_TRANSLATE_NOOP("Timeline", "Status"), Permission.VIEW_REGISTER)(
            lambda q: [])
    with pytest.raises(ValueError):
        profile.open_profile.__wrapped__(None, 1, ["no_such_section"])


def test_sections_and_sources_declared_in_any_service_module_are_found():
    """A feature declares its section and timeline source in its own service module; nothing else lists them."""
    import subprocess
    import sys

    code = ("from counselor_app.services import profile\n"
            "assert 'timeline' not in profile.SECTIONS\n"
            "profile.discover()\n"
            "from counselor_app.services import timeline\n"
            "print(sorted(profile.SECTIONS), sorted(timeline.SOURCES))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split("] [")[0].count("'timeline'") == 1 and "'access'" in out
