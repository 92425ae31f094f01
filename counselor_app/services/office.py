"""Creating an office and unlocking it: set-up, login with lockout, schema migration."""
from __future__ import annotations

import unicodedata
from datetime import date
from dataclasses import dataclass
from pathlib import Path

from counselor_app.domain.errors import (
    AccountInactive, NoOffice, OfficeDamaged, OfficeExists, QT_TRANSLATE_NOOP, ValidationError,
)
from counselor_app.domain.calendar import school_year_for
from counselor_app.domain.passwords import check_password
from counselor_app.domain.recovery_key import format_recovery_key, new_recovery_key
from counselor_app.domain.roles import Role
from counselor_app.domain.school import SchoolProfile
from counselor_app.store import audit, backups, crypto, migrations, office as office_store, register, users
from counselor_app.store.crypto import KdfParams
from counselor_app.store.database import DAMAGED_DATABASE, connect, transaction
from counselor_app.store.files import make_private_dir
from counselor_app.store.keyslots import DAMAGED_KEYSLOTS, RECOVERY_SLOT_ID, KeySlots
from counselor_app.store.location import OfficePaths
from counselor_app.store.login_guard import LoginGuard
from counselor_app.services import clinical, keys, recovery as recovery_state, signing, trail_check
from counselor_app.services.session import Session
from counselor_app.services.operations import operation
from counselor_app.domain.areas import Area
from counselor_app.domain.roles import Permission

LOGIN_CHARS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")
BAD_LOGIN = QT_TRANSLATE_NOOP(
    "Errors", "A login has 2 to 32 characters: Latin letters, digits, dot, underscore or hyphen.")
EMPTY_NAME = QT_TRANSLATE_NOOP("Errors", "The name must not be empty.")
EMPTY_SCHOOL = QT_TRANSLATE_NOOP("Errors", "The school name must not be empty.")
NAME_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "A name may have at most {max} characters.")
MAX_NAME, MAX_SCHOOL_NAME = 40, 100


def validate_login(login: str) -> str:
    login = login.strip()
    if not (2 <= len(login) <= 32) or not set(login) <= LOGIN_CHARS:
        raise ValidationError(BAD_LOGIN)
    return login


def _clean(text: str) -> str:
    """Collapse white space; drop control and format characters (escape sequences, zero-width marks)."""
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cf") or ch in " \t\n")
    return " ".join(text.split())


def validate_name(name: str) -> str:
    name = _clean(name)
    if not name:
        raise ValidationError(EMPTY_NAME)
    if len(name) > MAX_NAME:
        raise ValidationError(NAME_TOO_LONG, max=MAX_NAME)
    return name


def validate_school_name(name: str) -> str:
    name = _clean(name)
    if not name:
        raise ValidationError(EMPTY_SCHOOL)
    if len(name) > MAX_SCHOOL_NAME:
        raise ValidationError(NAME_TOO_LONG, max=MAX_SCHOOL_NAME)
    return name


@dataclass(frozen=True)
class NewOffice:
    session: Session
    recovery_key: str  # shown once, never stored


def create_office(data_dir: Path, profile: SchoolProfile, admin_login: str, admin_name: str, password: str,
                  kdf: KdfParams | None = None, today: date | None = None) -> NewOffice:
    """Set up a new office: database, key slots (the head's and the recovery key's), the head's account,
    and the current school year with its usual dates (the register corrects them)."""
    kdf = kdf or crypto.default_kdf()
    paths = OfficePaths(Path(data_dir))
    if paths.exists():
        raise OfficeExists()
    profile = SchoolProfile(validate_school_name(profile.name), profile.school_type, _clean(profile.address)[:200],
                            _clean(profile.unit_name)[:MAX_SCHOOL_NAME] or validate_school_name(profile.name))
    admin_login = validate_login(admin_login)
    admin_name = validate_name(admin_name)
    check_password(password, admin_login, role=Role.HEAD)
    make_private_dir(paths.data_dir)
    lock = keys.hold_office(paths)
    if paths.exists():   # another set-up finished here after the check above (two `init`s at once): not ours
        lock.release()
        raise OfficeExists()

    data_key = crypto.new_data_key()
    recovery = new_recovery_key()
    slots = KeySlots.new()
    slot_id = slots.slot_id_for(admin_login)
    slots.add_principal(slot_id, "user", password.encode("utf-8"), data_key, kdf)
    slots.add_principal(RECOVERY_SLOT_ID, "recovery", recovery, data_key, kdf)
    clinical_keys = clinical.new_office_key(slots, {slot_id, RECOVERY_SLOT_ID})
    conn = signer = None
    try:
        conn = connect(paths.database, data_key, create=True)
        migrations.migrate(conn)
        now = audit.now_iso()
        with transaction(conn):
            office_store.insert_office(conn, slots.office_id, profile, now)
            user_id = users.insert(conn, admin_login, admin_name, Role.HEAD, slot_id, now)
            # the signed roster's first version (services/signing.py); every entry from here on is signed
            signer = signing.root_for_new_office(slots, conn, users.by_id(conn, user_id))
            audit.sign_with(conn, signer)
            audit.append(conn, user_id=user_id, action="office.create", target_type="office", at=now)
            recovery_state.mark(conn, False)
            clinical.record_epoch(conn, clinical_keys.current)
            audit.append(conn, user_id=user_id, action="user.add", target_type="user", target_id=user_id,
                         detail="head", at=now)
            name, start, end, semesters = school_year_for(today or date.today())
            register.insert_school_year(conn, name, start.isoformat(), end.isoformat(),
                                        [(n, s.isoformat(), e.isoformat()) for n, s, e in semesters])
        signing.pin_new_slots(slots, {slot_id: password.encode("utf-8"), RECOVERY_SLOT_ID: recovery})
        # The key slots are written last: until they exist the folder holds no usable office,
        # and a failed set-up is cleaned away below.
        slots.save(paths.keyslots)
    except BaseException:
        if signer is not None:
            signer.wipe()
        if conn is not None:
            audit.stop_signing(conn)
            conn.close()
        for p in [paths.database, paths.keyslots, *paths.database_side_files()]:
            p.unlink(missing_ok=True)
        crypto.wipe(data_key)
        clinical_keys.wipe()
        lock.release()
        raise
    user = users.by_id(conn, user_id)
    session = Session(paths, conn, data_key, user, slots, kdf, lock, clinical=clinical_keys, signer=signer)
    return NewOffice(session, format_recovery_key(recovery))


def load_keyslots(paths: OfficePaths) -> KeySlots:
    if not paths.database.is_file() and not paths.keyslots.is_file():
        raise NoOffice()
    if not paths.keyslots.is_file():
        raise OfficeDamaged(what=DAMAGED_KEYSLOTS)
    if not paths.database.is_file():
        raise OfficeDamaged(what=DAMAGED_DATABASE)
    return KeySlots.load(paths.keyslots)


def login(data_dir: Path, login_name: str, password: str, kdf: KdfParams | None = None,
          purpose: str = "login") -> Session:
    """Unlock the office as ``login_name``. Failures are counted; five in a row lock the login for 15 min."""
    paths = OfficePaths(Path(data_dir))
    slots = load_keyslots(paths)
    slot_id = slots.slot_id_for(login_name)
    lock = keys.hold_office(paths)
    try:
        unlocked = keys.unlock(paths, slots, slot_id, password.encode("utf-8"))
        try:
            conn, data_key = keys.open_database(paths, unlocked)
        except BaseException:
            unlocked.wipe()
            raise
    except BaseException:
        lock.release()
        raise
    slots = KeySlots.load(paths.keyslots)  # as the open left it (an interrupted re-key is finished now)
    clinical_keys = signer = None
    try:
        try:
            recreated = trail_check.recreate_if_dropped(conn)
            upgrade_schema(conn, data_key, paths, slots)
            # after the migrations: the one that creates the clinical key seals it to this slot too
            slots, clinical_keys = clinical.open_for(conn, paths, slot_id, unlocked.private)
            user = users.by_slot(conn, slot_id)
            if user is not None and user.active:   # the signed roster: RoleNotAuthentic (audited) when forged
                signer = signing.authenticate(conn, paths, user, unlocked.private, password.encode("utf-8"),
                                              clinical_keys is not None)
        finally:
            unlocked.wipe()
        if user is None or not user.active:
            with transaction(conn):
                audit.append(conn, user_id=user.id if user else None, action="login", target_type="user",
                             target_id=user.id if user else "", outcome="failed", detail="inactive")
            raise AccountInactive()
        if signer is not None:
            audit.sign_with(conn, signer)
        witness_agrees = trail_check.after_unlock(conn, paths, signer, recreated)
        flush_guard_events(conn, paths, extra_user=user.id,
                           extra_action="session.unlock" if purpose == "unlock" else "login")
        LoginGuard(paths.login_guard).record_success(slot_id)
        if witness_agrees:
            trail_check.leave_witness(paths, conn, signer)
        slots = KeySlots.load(paths.keyslots)   # with this slot's pin and witness
    except BaseException:
        audit.stop_signing(conn)
        if signer is not None:
            signer.wipe()
        conn.close()
        crypto.wipe(data_key)
        if clinical_keys is not None:
            clinical_keys.wipe()
        lock.release()
        raise
    return Session(paths, conn, data_key, user, slots, kdf or crypto.default_kdf(), lock, clinical=clinical_keys,
                   signer=signer, leaves_witness=witness_agrees)


GUARD_EVENTS = {  # guard outcome -> (audit action, audit outcome)
    "failed": ("login", "failed"),
    "blocked": ("login", "failed"),
    "attempt": ("login", "failed"),   # counted before the password was tried, never finished (a killed process)
    "slot_removed": ("keys.slot_removed", "ok"),   # a key slot no account names, removed at an unlock (services/keys)
    "locked": ("login.lockout", "denied"),
    "data_key_export": ("export.export_data_key", "ok"),
}


def flush_guard_events(conn, paths: OfficePaths, extra_user: int | None, extra_action: str) -> None:
    """Write what happened while the database was locked into the audit trail, then this unlock."""
    guard = LoginGuard(paths.login_guard)
    events, dropped = guard.pending_events(), guard.dropped_events()
    with transaction(conn):
        _audit_migrations(conn)
        for ev in events:
            who = users.by_slot(conn, ev.slot_id)
            action, outcome = GUARD_EVENTS.get(ev.outcome, ("login", "failed"))
            audit.append(conn, user_id=who.id if who else None, action=action, target_type="login",
                         target_id=who.id if who else f"#{ev.slot_id[:12]}", outcome=outcome,
                         detail=ev.outcome, at=ev.at)
        if dropped:
            audit.append(conn, user_id=None, action="login.events_dropped", target_type="login", outcome="failed",
                         detail=str(dropped))
        audit.append(conn, user_id=extra_user, action=extra_action, target_type="user",
                     target_id=extra_user if extra_user is not None else "")
    guard.clear_pending(len(events), dropped)


def upgrade_schema(conn, data_key: bytearray, paths: OfficePaths, slots: KeySlots) -> list[int]:
    """Bring the schema up to date, after an encrypted backup of the database as it was."""
    todo = migrations.pending(conn)
    if not todo:
        return []
    before = migrations.current_version(conn)
    backups.write_backup(conn, data_key, slots.to_bytes(), paths.default_backups, kind="premigration",
                         office_id=slots.office_id, schema_version=before)
    applied = migrations.migrate(conn, ctx=migrations.MigrationContext(paths, slots, data_key))
    # Audited at the end of the login (flush_guard_events), when the user's signing key signs the rows: an unsigned
    # entry in a signed trail reads as tampering. Kept in a setting till then, so a failed login loses none.
    with transaction(conn):
        waiting = office_store.get_setting(conn, UNAUDITED_MIGRATIONS, []) or []
        office_store.set_setting(conn, UNAUDITED_MIGRATIONS, waiting + [[v, before] for v in applied])
    return applied


UNAUDITED_MIGRATIONS = "schema.unaudited_migrations"


def _audit_migrations(conn) -> None:
    """The schema.migrate rows of the migrations made at an unlock (inside the caller's transaction)."""
    waiting = office_store.get_setting(conn, UNAUDITED_MIGRATIONS, None)
    if not waiting:
        return
    for version, before in waiting:
        audit.append(conn, user_id=None, action="schema.migrate", target_type="schema", target_id=version,
                     detail=f"from {before}")
    office_store.delete_setting(conn, UNAUDITED_MIGRATIONS)


@operation(None)
def school_profile(session: Session) -> SchoolProfile:
    return office_store.profile(session.conn)


@operation(None)
def record_session_event(session: Session, event: str) -> None:
    """Audit a lock or a log-out (the unlock is audited by the login that performs it)."""
    if event not in ("lock", "logout"):
        raise ValueError(event)
    session.audit(f"session.{event}", "user", session.user.id)


@operation(Permission.EDIT_SETTINGS, changes={Area.SETTINGS}, audit="office.profile", target="office")
def update_school_profile(session: Session, profile: SchoolProfile) -> SchoolProfile:
    """The office head corrects the school profile (name, type, address, unit name on forms)."""
    clean = SchoolProfile(validate_school_name(profile.name), profile.school_type, _clean(profile.address)[:200],
                          _clean(profile.unit_name)[:MAX_SCHOOL_NAME] or validate_school_name(profile.name))
    with transaction(session.conn):
        office_store.update_profile(session.conn, clean)
        audit.append(session.conn, user_id=session.user.id, action="office.profile", target_type="office")
    return clean
