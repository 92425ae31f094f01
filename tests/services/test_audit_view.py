"""The audit trail with names, filtered by student, and the student's access report (访问记录报告)."""
import io
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from counselor_app.domain.errors import PermissionDenied, ValidationError
from counselor_app.domain.roles import Permission, Role
from counselor_app.services import audit_view, students
from counselor_app.services.users import add_user
from counselor_app.store import audit, register
from counselor_app.store.audit import AuditFilter
from counselor_app.store.database import transaction

TODAY = date.today()


@pytest.fixture
def two_students(session):
    with transaction(session.conn):
        grade = register.insert_grade(session.conn, "七年级", "grade", 7, None, 0)
        klass = register.insert_class(session.conn, grade, "七年级(2)班", None, 0)
    a = students.save_student(session, students.StudentEdit("2026070107", "林小雨", class_id=klass))
    b = students.save_student(session, students.StudentEdit("2026070108", "周明", class_id=klass))
    session.klass = klass
    return a, b


def test_the_trail_names_students_for_the_head(session, two_students):
    a, b = two_students
    students.get_student(session, a)
    students.get_student(session, b)
    with transaction(session.conn):   # a row about a student the register no longer holds, and an old import
        audit.append(session.conn, user_id=session.user.id, action="view.student", target_type="student",
                     target_id=999)
        audit.append(session.conn, user_id=session.user.id, action="import.students", target_type="student",
                     detail="6/0/0/2")
    view = audit_view.load_trail(session, AuditFilter(limit=100))
    assert view.names.register
    assert view.names.students == {a: ("2026070107", "林小雨"), b: ("2026070108", "周明")}   # 999 is absent
    assert view.names.users[session.user.id] == "王主任"
    assert [(x.display_name, x.login) for x in view.accounts] == [("王主任", "head")]
    last = audit.query(session.conn, AuditFilter(limit=1))[0]
    assert (last.action, last.target_type, last.detail) == ("view.audit", "audit", str(len(view.rows)))


def test_names_are_looked_up_in_one_query_per_kind(session, two_students):
    a, _b = two_students
    with transaction(session.conn):
        for i in range(3000):
            audit.append(session.conn, user_id=session.user.id, action="view.student", target_type="student",
                         target_id=a if i % 2 else 10_000 + i)
    statements = []
    session.conn.set_trace_callback(statements.append)
    view = audit_view.load_trail(session, AuditFilter(limit=5000))
    session.conn.set_trace_callback(None)
    assert len(view.rows) > 3000
    assert sum("FROM student " in s for s in statements) == 1


def test_a_viewer_without_the_register_sees_ids(session, two_students, monkeypatch):
    a, _b = two_students
    students.get_student(session, a)
    monkeypatch.setattr(session, "can", lambda p: p is not Permission.VIEW_REGISTER)
    view = audit_view.load_trail(session, AuditFilter(limit=100))
    assert not view.names.register and view.names.students == {}


def test_filter_by_student_shows_only_that_student_and_is_audited_under_them(session, two_students):
    a, b = two_students
    students.get_student(session, a)
    students.get_student(session, b)
    students.change_status(session, a, "on_leave", "病假")
    f = audit_view.student_filter(a, TODAY - timedelta(days=1), TODAY, 5000)
    view = audit_view.load_trail(session, f)
    assert [r.action for r in view.rows] == ["student.status", "view.student", "student.add"]
    assert {r.target_id for r in view.rows} == {str(a)}
    last = audit.query(session.conn, AuditFilter(limit=1))[0]
    assert (last.action, last.target_type, last.target_id, last.detail) == ("view.audit", "student", str(a), "3")


def test_a_period_ending_before_the_rows_shows_none(session, two_students):
    a, _b = two_students
    f = audit_view.student_filter(a, TODAY - timedelta(days=30), TODAY - timedelta(days=1), 5000)
    assert audit_view.load_trail(session, f).rows == []


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_access_report_lists_who_saw_and_changed_the_student(session, two_students, data_dir):
    from counselor_app.services.office import login

    a, b = two_students
    students.get_student(session, a)
    students.get_student(session, b)
    students.list_students(session)
    add_user(session, "li.na", "李娜", Role.ASSISTANT, "Another-Pass-77")
    klass = session.klass
    session.close()
    with login(data_dir, "li.na", "Another-Pass-77") as s:
        students.save_student(s, students.StudentEdit("2026070107", "林小雨", class_id=klass, boarding=True), a)
        with pytest.raises(PermissionDenied):
            audit_view.load_trail(s, AuditFilter())
    with login(data_dir, "head", "Quiet-Harbor-2026") as s:
        pdf = audit_view.access_report_pdf(s, a, TODAY - timedelta(days=7), TODAY, str)
        text = _text(pdf)
        for expected in ("Student record access report", "林小雨", "2026070107", "七年级(2)班", "王主任", "李娜",
                         "Student viewed", "Student changed", "changed: boarding", "Student added",
                         "Student list viewed"):
            assert expected in text, expected
        assert "周明" not in text and "2026070108" not in text   # the other student is not in her report
        last = audit.query(s.conn, AuditFilter(limit=1))[0]
        period = f"{(TODAY - timedelta(days=7)).isoformat()}/{TODAY.isoformat()}"
        assert (last.action, last.target_type, last.target_id) == ("export.access_report", "student", str(a))
        assert last.detail == f"{period}/3"   # added, viewed, changed
        assert PdfReader(io.BytesIO(pdf)).metadata.title == "Student record access report"   # no name in it


def test_access_report_is_for_the_head_only(session, two_students, data_dir):
    from counselor_app.services.office import login

    a, _b = two_students
    add_user(session, "chen", "陈老师", Role.COUNSELOR, "Another-Pass-77")
    session.close()
    with login(data_dir, "chen", "Another-Pass-77") as s:
        with pytest.raises(PermissionDenied):
            audit_view.access_report_pdf(s, a, TODAY, TODAY, str)
        refused = audit.query(s.conn, AuditFilter(limit=1))[0]
        assert (refused.action, refused.target_type, refused.target_id, refused.outcome) == (
            "denied.view_audit", "student", str(a), "denied")
        assert "export.access_report" not in [r.action for r in audit.iter_all(s.conn)]


def test_access_report_refuses_an_unknown_student_and_a_reversed_period(session, two_students):
    a, _b = two_students
    with pytest.raises(ValidationError) as unknown:
        audit_view.access_report_pdf(session, 999, TODAY, TODAY, str)
    assert unknown.value.source == audit_view.NO_STUDENT
    with pytest.raises(ValidationError) as reversed_period:
        audit_view.access_report_pdf(session, a, TODAY, TODAY - timedelta(days=1), str)
    assert reversed_period.value.source == audit_view.BAD_PERIOD
    assert "export.access_report" not in [r.action for r in audit.iter_all(session.conn)]


def test_the_report_is_a_registered_document_taking_text_parameters(session, two_students):
    from counselor_app.services import documents

    a, _b = two_students
    report = documents.get_document(audit_view.REPORT_KIND)
    assert (report.permission, report.savable, report.params) == (Permission.VIEW_AUDIT, True,
                                                                  ("student_id", "since", "until"))
    pdf = documents.build_document(session, "access_report", student_id=str(a), since=TODAY.isoformat(),
                                   until=TODAY.isoformat())
    assert "林小雨" in _text(pdf)
    with pytest.raises(ValidationError) as bad_date:
        documents.build_document(session, "access_report", student_id=str(a), since="2026-02-30", until="2026-03-01")
    assert bad_date.value.source == audit_view.BAD_DATE and "2026-02-30" in str(bad_date.value)
    with pytest.raises(ValidationError) as bad_id:
        documents.build_document(session, "access_report", student_id="林小雨", since="2026-02-01", until="2026-03-01")
    assert bad_id.value.source == audit_view.NO_STUDENT
    assert [r.action for r in audit.iter_all(session.conn)].count("export.access_report") == 1


def test_access_report_counts_views_of_the_guardians_phones(session, two_students):
    """Showing the 监护人电话 column shows every listed student's guardians' phones: the report counts it."""
    a, _b = two_students
    students.guardian_phones(session)
    text = _text(audit_view.access_report_pdf(session, a, TODAY, TODAY, str))
    bulk = text.split("Lists and exports of the whole register", 1)[1]
    assert "Guardians' phones viewed" in " ".join(bulk.split())


def test_access_report_counts_printed_class_lists(session, two_students):
    from counselor_app.services import documents

    a, _b = two_students
    documents.record_output(session, "class_roster", "print", "class", 1)
    text = " ".join(_text(audit_view.access_report_pdf(session, a, TODAY, TODAY, str)).split())
    bulk = text.split("Lists and exports of the whole register", 1)[1]
    assert "class list" in bulk.lower()
