"""Finding a student by the number people know them by: the command line names students by student number
(``counselor-app print access_report --student 2026070101``), the register's rows by id."""
from __future__ import annotations

from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from counselor_app.domain.roles import Permission
from counselor_app.services.operations import operation
from counselor_app.services.session import Session
from counselor_app.store import students

NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "No student in the register has this student number.")


@operation(Permission.VIEW_REGISTER, target="student")
def student_id_by_number(session: Session, number: str) -> int:
    """The register id of the student whose student number is ``number`` (any status).

    Not audited by itself (it shows nothing): what the caller then does with the student is."""
    found = students.id_by_number(session.conn, str(number).strip())
    if found is None:
        raise ValidationError(NOT_FOUND)
    return found
