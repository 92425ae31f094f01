"""Finding a student's register id by student number (services/student_lookup.py), as the command line does."""
import pytest

from counselor_app.domain.errors import ValidationError
from counselor_app.domain.roles import Permission
from counselor_app.services import students
from counselor_app.services.operations import OPERATIONS
from counselor_app.services.student_lookup import student_id_by_number
from counselor_app.store import audit


def test_the_number_gives_the_id_and_the_look_up_itself_is_not_audited(session):
    sid = students.save_student(session, students.StudentEdit("2026070101", "张小明"))
    before = len(list(audit.iter_all(session.conn)))
    assert student_id_by_number(session, " 2026070101 ") == sid
    assert len(list(audit.iter_all(session.conn))) == before
    with pytest.raises(ValidationError) as err:
        student_id_by_number(session, "2026070199")
    assert "2026070199" not in str(err.value)   # no student number in an exception message


def test_it_is_an_operation_that_needs_the_register():
    op = OPERATIONS["student_lookup.student_id_by_number"]
    assert op.permissions == (Permission.VIEW_REGISTER,) and not op.changes and op.audit is None
