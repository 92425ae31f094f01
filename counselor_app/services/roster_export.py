"""Exporting the student roster to xlsx (audited; the file name is the user's, never written into the trail)."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from counselor_app.domain.roles import Permission
from counselor_app.reports.pdf_base import identity
from counselor_app.services.session import Session
from counselor_app.store import audit, register
from counselor_app.store.database import transaction
from counselor_app.store.files import write_atomic


def export_students(session: Session, out: Path, grade: str | None = None, class_name: str | None = None,
                    tr: Callable = identity) -> int:
    session.require(Permission.VIEW_REGISTER, target_type="student")
    from counselor_app.reports.roster_xlsx import students_xlsx

    rows = register.students_for_export(session.conn, grade, class_name)
    write_atomic(Path(out), students_xlsx(rows, tr))
    with transaction(session.conn):
        audit.append(session.conn, user_id=session.user.id, action="export.students", target_type="student",
                     detail=str(len(rows)))
    return len(rows)
