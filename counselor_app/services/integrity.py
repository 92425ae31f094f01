"""Verifying the office: SQLCipher and SQLite integrity checks and the audit chain."""
from __future__ import annotations

from dataclasses import dataclass

from counselor_app.domain.audit_chain import first_broken
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, Problem
from counselor_app.domain.roles import Permission
from counselor_app.services.session import Session
from counselor_app.store import audit, users
from counselor_app.store.keyslots import RECOVERY_SLOT_ID, KeySlots
from counselor_app.store.audit import AuditFilter
from counselor_app.domain.audit_chain import AuditRecord
from counselor_app.store.database import integrity_problems
from counselor_app.services.operations import operation
from counselor_app.services import trail_check


TRIGGER_MISSING = QT_TRANSLATE_NOOP("Verify", "audit trigger missing: {trigger}")
RECOVERY_SLOT_MISSING = QT_TRANSLATE_NOOP("Verify", "recovery key slot missing")
NO_SLOT = QT_TRANSLATE_NOOP("Verify", "no key slot for active account #{id}")
STRAY_SLOT = QT_TRANSLATE_NOOP("Verify", "key slot without an active account: {slot}")
UNFINISHED_REKEY = QT_TRANSLATE_NOOP("Verify", "key slots from an unfinished re-key")
CLINICAL_EPOCH = QT_TRANSLATE_NOOP("Verify", "clinical key of another epoch in the key slots")
CLINICAL_MISSING = QT_TRANSLATE_NOOP("Verify", "clinical key missing for account #{id}")
CLINICAL_MISSING_RECOVERY = QT_TRANSLATE_NOOP("Verify", "clinical key missing for the recovery key")
CLINICAL_EXTRA = QT_TRANSLATE_NOOP("Verify", "clinical key held by account #{id}, whose role does not hold it")
SEALED_UNCHECKED = QT_TRANSLATE_NOOP("Verify", "sealed fields not checked: this account holds no clinical key")
SEALED_UNREADABLE = QT_TRANSLATE_NOOP("Verify", "sealed field does not open: {field}")
PLAN_UNSIGNED = QT_TRANSLATE_NOOP("Verify", "version {version} of the plan of watch-list entry #{entry} does not carry "
                                            "its author's valid signature: it was changed outside the application")

@dataclass(frozen=True)
class VerifyReport:
    problems: list[str]
    broken_row: int | None
    audit_rows: int
    head_hash: str

    @property
    def ok(self) -> bool:
        return not self.problems and self.broken_row is None


@operation(Permission.VIEW_AUDIT, audit="verify", target="office")
def verify_office(session: Session) -> VerifyReport:
    """Check the whole database and recompute the audit chain; the check itself is audited."""
    problems = integrity_problems(session.conn)
    problems += [Problem(TRIGGER_MISSING, trigger=t) for t in audit.missing_triggers(session.conn)]
    problems += keyslot_problems(session)
    problems += clinical_problems(session)
    problems += plan_problems(session)
    broken = first_broken(list(audit.iter_all(session.conn)))
    trail = trail_problems(session)   # signed roles and entries, the anchors outside the database
    problems += trail.problems
    broken_row = broken.id if broken else trail.first_bad_row
    ok = not problems and broken_row is None
    session.audit("verify", "office", "", outcome="ok" if ok else "failed",
                  detail="" if ok else f"problems={len(problems)} broken={broken_row or ''}")
    count, head = audit.head(session.conn)
    return VerifyReport(problems, broken_row, count, head)


def trail_problems(session: Session, *, incremental: bool = True) -> trail_check.TrailReport:
    """The signed roster and accounts, every entry's signature (from this user's own mark on, when
    ``incremental``), and every anchor of the trail's head (witnesses, backups, roster versions)."""
    from counselor_app.services.backups import backup_dir

    report = trail_check.TrailReport()
    conn = session.conn
    slots = KeySlots.load(session.paths.keyslots)
    mine = slots.find(session.user.slot_id)
    rosters = trail_check.rosters_of(conn, slots.office_id, (mine.pin if mine else "") or None, report)
    report.problems += trail_check.account_problems(conn, rosters)
    keys = trail_check.Keys(rosters)
    after, _prev = trail_check.own_mark(conn, session.signer) if incremental else (0, "")
    last = trail_check.check_entries(audit.iter_all(conn, after_id=after), slots.office_id, keys,
                                     trail_check.legacy_rows(rosters), report)
    folders = {session.paths.default_backups, backup_dir(session)}
    trail_check.check_anchors(conn, trail_check.anchors(conn, slots, rosters, keys, report, folders), report)
    if not report.problems and last is not None:
        trail_check.set_mark(conn, session.signer, last.id, last.hash)
    return report


def keyslot_problems(session: Session) -> list[str]:
    """The key-slot file against the accounts: the recovery slot, one slot per active account, no strays."""
    slots = KeySlots.load(session.paths.keyslots)
    ids = {s.id for s in slots.slots}
    accounts = users.all_users(session.conn)
    problems = []
    if RECOVERY_SLOT_ID not in ids:
        problems.append(Problem(RECOVERY_SLOT_MISSING))
    problems += [Problem(NO_SLOT, id=u.id) for u in accounts if u.active and u.slot_id not in ids]
    active = {u.slot_id for u in accounts if u.active}
    problems += [Problem(STRAY_SLOT, slot=f"{i[:8]}…") for i in ids - active - {RECOVERY_SLOT_ID}]
    if any(len(s.sealed) != 1 or slots.epoch not in s.sealed for s in slots.slots):
        problems.append(Problem(UNFINISHED_REKEY))
    return problems


def clinical_problems(session: Session) -> list[str]:
    """The clinical key held by exactly the heads, counselors and the recovery key; every sealed value opens."""
    from counselor_app.services import clinical

    epoch = clinical.database_epoch(session.conn)
    if not epoch:
        return []
    slots = KeySlots.load(session.paths.keyslots)
    problems = []
    if slots.clinical_epoch != epoch:
        problems.append(Problem(CLINICAL_EPOCH))
    holding = slots.clinical_slots()
    expected = clinical.expected_holders(session.conn)
    by_slot = {u.slot_id: u for u in users.all_users(session.conn)}
    problems += [Problem(CLINICAL_MISSING, id=by_slot[s].id) if s in by_slot else Problem(CLINICAL_MISSING_RECOVERY)
                 for s in sorted(expected - holding) if s in {x.id for x in slots.slots}]
    problems += [Problem(CLINICAL_EXTRA, id=by_slot[s].id) for s in sorted(holding - expected) if s in by_slot]
    unreadable = clinical.unreadable_fields(session)
    if unreadable is None:
        problems.append(Problem(SEALED_UNCHECKED))
    else:
        problems += [Problem(SEALED_UNREADABLE, field=f"{t}.{c} #{i}") for t, c, i in unreadable]
    return problems


def plan_problems(session: Session) -> list[str]:
    """Every version of a watch-list plan signed by its author (services/watch_records.save_plan)."""
    from counselor_app.services import watch_detail

    return [Problem(PLAN_UNSIGNED, entry=e, version=v) for e, v in watch_detail.unsigned_plans(session)]


@operation(Permission.VIEW_AUDIT, target="audit")
def audit_trail(session: Session, f: AuditFilter) -> list[AuditRecord]:
    return audit.query(session.conn, f)
