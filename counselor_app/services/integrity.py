"""Verifying the office: SQLCipher and SQLite integrity checks and the audit chain."""
from __future__ import annotations

from dataclasses import dataclass

from counselor_app.domain.audit_chain import first_broken
from counselor_app.domain.roles import Permission
from counselor_app.services.session import Session
from counselor_app.store import audit, users
from counselor_app.store.keyslots import RECOVERY_SLOT_ID, KeySlots
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
    problems += [f"audit trigger missing: {t}" for t in audit.missing_triggers(session.conn)]
    problems += keyslot_problems(session)
    broken = first_broken(list(audit.iter_all(session.conn)))
    ok = not problems and broken is None
    session.audit("verify", "office", "", outcome="ok" if ok else "failed",
                  detail="" if ok else f"problems={len(problems)} broken={broken.id if broken else ''}")
    count, head = audit.head(session.conn)
    return VerifyReport(problems, broken.id if broken else None, count, head)


def keyslot_problems(session: Session) -> list[str]:
    """The key-slot file against the accounts: the recovery slot, one slot per active account, no strays."""
    slots = KeySlots.load(session.paths.keyslots)
    ids = {s.id for s in slots.slots}
    accounts = users.all_users(session.conn)
    problems = []
    if RECOVERY_SLOT_ID not in ids:
        problems.append("recovery key slot missing")
    problems += [f"no key slot for active account #{u.id}" for u in accounts if u.active and u.slot_id not in ids]
    active = {u.slot_id for u in accounts if u.active}
    problems += [f"key slot without an active account: {i[:8]}…" for i in ids - active - {RECOVERY_SLOT_ID}]
    if any(len(s.sealed) != 1 or slots.epoch not in s.sealed for s in slots.slots):
        problems.append("key slots from an unfinished re-key")
    return problems


def audit_trail(session: Session, f: AuditFilter) -> list[AuditRecord]:
    session.require(Permission.VIEW_AUDIT, target_type="audit")
    return audit.query(session.conn, f)
