"""Verifying the office: SQLCipher and SQLite integrity checks and the audit chain."""
from __future__ import annotations

from dataclasses import dataclass

from counselor_app.domain.audit_chain import first_broken
from counselor_app.domain.roles import Permission
from counselor_app.services.session import Session
from counselor_app.store import audit
from counselor_app.store.audit import AuditFilter
from counselor_app.domain.audit_chain import AuditRecord
from counselor_app.store.database import integrity_problems


@dataclass(frozen=True)
class VerifyReport:
    problems: list[str]
    broken_row: int | None
    audit_rows: int
    head_hash: str

    @property
    def ok(self) -> bool:
        return not self.problems and self.broken_row is None


def verify_office(session: Session) -> VerifyReport:
    """Check the whole database and recompute the audit chain; the check itself is audited."""
    session.require(Permission.VIEW_AUDIT, target_type="office")
    problems = integrity_problems(session.conn)
    broken = first_broken(list(audit.iter_all(session.conn)))
    ok = not problems and broken is None
    session.audit("verify", "office", "", outcome="ok" if ok else "failed",
                  detail="" if ok else f"problems={len(problems)} broken={broken.id if broken else ''}")
    count, head = audit.head(session.conn)
    return VerifyReport(problems, broken.id if broken else None, count, head)


def audit_trail(session: Session, f: AuditFilter) -> list[AuditRecord]:
    session.require(Permission.VIEW_AUDIT, target_type="audit")
    return audit.query(session.conn, f)
