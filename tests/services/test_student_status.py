"""A change of status to the status the student already has is refused: no history row, no audit entry."""
from __future__ import annotations

import pytest

from counselor_app.domain.errors import ValidationError
from counselor_app.services import students
from counselor_app.store import audit


def test_the_same_status_again_is_refused_and_nothing_is_written(session):
    sid = students.save_student(session, students.StudentEdit("1", "张三"))
    trail = len(list(audit.iter_all(session.conn)))
    with pytest.raises(ValidationError) as refused:
        students.change_status(session, sid, "enrolled", "复学")
    assert refused.value.source == students.SAME_STATUS
    assert len(list(audit.iter_all(session.conn))) == trail
    students.change_status(session, sid, "on_leave", "因病休学")   # another status still changes it
    assert students.get_student(session, sid).status == "on_leave"
