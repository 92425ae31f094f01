"""Passwords and keys: change a password, recover with the recovery key, export the data key."""
from __future__ import annotations

from pathlib import Path

from counselor_app.domain.errors import (
    AccountInactive, LoginLocked, QT_TRANSLATE_NOOP, RecoveryLocked, ValidationError, WrongCredentials,
    WrongRecoveryKey,
)
from counselor_app.domain.passwords import check_password
from counselor_app.domain.recovery_key import parse_recovery_key
from counselor_app.domain.roles import Permission, holds_clinical_key
from counselor_app.services import clinical, keys, rekey, signing
from counselor_app.services.office import flush_guard_events, load_keyslots
from counselor_app.services.session import Session
from counselor_app.store import audit, crypto, users
from counselor_app.store.crypto import KdfParams
from counselor_app.store.database import transaction
from counselor_app.store.keyslots import RECOVERY_SLOT_ID, KeySlots, Unlocked
from counselor_app.store.location import OfficePaths
from counselor_app.store.login_guard import LoginGuard
from counselor_app.services.operations import operation
from counselor_app.domain.areas import Area

UNKNOWN_LOGIN = QT_TRANSLATE_NOOP("Errors", "There is no account with this login.")
SAME_PASSWORD = QT_TRANSLATE_NOOP("Errors", "The new password must differ from the old one.")


@operation(None, changes={Area.USERS}, audit="password.change", target="user")
def change_password(session: Session, old_password: str, new_password: str) -> None:
    """A new password for this user. The slot gets a new key pair under it (keys.new_key_pair); the database does
    not change, so a copy of the key-slot file from before still opens with the old password until the office is
    next re-keyed (a deactivation, a revocation, the head's re-key): :func:`revoke_password` re-keys at once.

    The new key-slot file is written and fsynced beside the old one and then renamed over it,
    so at every moment one complete file exists: the old password works until the new one does.
    """
    slot_id = session.user.slot_id
    unlocked = _check_change(session, old_password, new_password)
    try:
        session.keyslots = keys.new_key_pair(session.paths, slot_id, "user", unlocked.private,
                                             new_password.encode("utf-8"), session.data_key, session.kdf,
                                             clinical=session.clinical if holds_clinical_key(session.user.role)
                                             else None)
    finally:
        unlocked.wipe()
    LoginGuard(session.paths.login_guard).record_success(slot_id)
    with transaction(session.conn):
        users.set_must_change_password(session.conn, session.user.id, False)
        audit.append(session.conn, user_id=session.user.id, action="password.change", target_type="user",
                     target_id=session.user.id)
    session.user = users.by_id(session.conn, session.user.id)


@operation(None, changes={Area.USERS}, audit="password.revoke", target="user")
def revoke_password(session: Session, old_password: str, new_password: str) -> None:
    """A new password for this user when the old one may be known to someone (``passwd --revoke``).

    As :func:`change_password`, and the office is re-keyed at once (services/rekey.py): a new data key, and for a
    head or counselor a new clinical key, sealed to every slot in use — so the old password opens nothing of the live
    office even with an old copy of the key-slot file (a backup's). The signing key (signed roles) moves to the new
    key pair unchanged, as with every password change.
    """
    slot_id = session.user.slot_id
    unlocked = _check_change(session, old_password, new_password)
    try:
        seed = KeySlots.load(session.paths.keyslots).open_signing(slot_id, unlocked.private)
    finally:
        unlocked.wipe()

    def record(conn) -> None:
        users.set_must_change_password(conn, session.user.id, False)
        audit.append(conn, user_id=session.user.id, action="password.revoke", target_type="user",
                     target_id=session.user.id)

    try:
        rekey.rekey_office(session, record, renew={slot_id: rekey.Renewal("user", new_password.encode("utf-8"), seed)},
                           rotate_clinical=session.clinical is not None)
    finally:
        crypto.wipe(seed)
    LoginGuard(session.paths.login_guard).record_success(slot_id)
    session.user = users.by_id(session.conn, session.user.id)


def _check_change(session: Session, old_password: str, new_password: str) -> Unlocked:
    """The new password checked, the old one proven (counted like a login): what it opens."""
    if old_password == new_password:
        raise ValidationError(SAME_PASSWORD)
    check_password(new_password, session.user.login, role=session.user.role)
    return keys.unlock(session.paths, load_keyslots(session.paths), session.user.slot_id,
                       old_password.encode("utf-8"))


def _unlock_with_recovery(paths: OfficePaths, recovery_text: str) -> tuple[KeySlots, Unlocked]:
    slots = load_keyslots(paths)
    secret = parse_recovery_key(recovery_text)
    try:
        return slots, keys.unlock(paths, slots, RECOVERY_SLOT_ID, secret)
    except WrongCredentials:
        raise WrongRecoveryKey() from None
    except LoginLocked as exc:
        raise RecoveryLocked(until=exc.params["until"], minutes=exc.params["minutes"]) from None


def recover_password(data_dir: Path, login: str, recovery_text: str, new_password: str,
                     kdf: KdfParams | None = None) -> None:
    """Set a new password for ``login`` with the office's recovery key (a forgotten password).

    The account gets a new key pair: its old private key (under the forgotten password) is abandoned.
    Every use of the recovery key is audited, also when the login turns out not to exist.
    """
    paths = OfficePaths(Path(data_dir))
    check_password(new_password, login)
    lock = keys.hold_office(paths)
    try:
        _recover(paths, login, recovery_text, new_password, kdf)
    finally:
        lock.release()


def _recover(paths: OfficePaths, login: str, recovery_text: str, new_password: str, kdf: KdfParams | None) -> None:
    _slots, unlocked = _unlock_with_recovery(paths, recovery_text)
    clinical_keys = signer = None
    try:
        conn, key = keys.open_database(paths, unlocked)
        try:  # the recovery slot holds the clinical key too: a head's or counselor's new slot gets it
            _slots, clinical_keys = clinical.open_for(conn, paths, RECOVERY_SLOT_ID, unlocked.private)
            # the recovery key signs its entries and vouches for the account's new key (services/signing.py)
            signer = signing.recovery_signer(conn, _slots, unlocked.private)
            if signer is not None:
                audit.sign_with(conn, signer)
        except BaseException:
            conn.close()
            crypto.wipe(key)
            raise
    finally:
        unlocked.wipe()
    try:
        guard = LoginGuard(paths.login_guard)
        guard.record_success(RECOVERY_SLOT_ID)
        user = users.by_login(conn, login)
        outcome, detail = "ok", ""
        if user is None or not user.active:
            outcome, detail = "failed", ("unknown" if user is None else "inactive")
        flush_guard_events(conn, paths, extra_user=None, extra_action="recovery_key.use")
        with transaction(conn):
            audit.append(conn, user_id=None, action="password.recover", target_type="user",
                         target_id=user.id if user else "", outcome=outcome, detail=detail)
        if user is None:
            raise ValidationError(UNKNOWN_LOGIN)
        if not user.active:
            raise AccountInactive()
        check_password(new_password, user.login, role=user.role)   # a head's or counselor's: the stronger rule
        keys.add_slot(paths, user.slot_id, "user", new_password.encode("utf-8"), key, kdf or crypto.default_kdf(),
                      clinical=clinical_keys if holds_clinical_key(user.role) else None)
        public = signing.new_signing_key(paths, user.slot_id) if signer is not None else None
        with transaction(conn):  # the user chose this password: no change is due
            users.set_must_change_password(conn, user.id, False)
            if signer is not None:
                signing.sign_account(conn, signer, user.id, new_key=public)
        guard.record_success(user.slot_id)  # a recovered login starts with a clean count
    finally:
        audit.stop_signing(conn)
        if signer is not None:
            signer.wipe()
        conn.close()
        crypto.wipe(key)
        if clinical_keys is not None:
            clinical_keys.wipe()


def export_data_key(data_dir: Path, recovery_text: str) -> str:
    """The raw data key as SQLCipher tools take it (x'…'). Needs the recovery key; audited.

    Works on a damaged database too (that is when it is needed most): the export is then recorded in the
    login guard and enters the audit trail at the next successful unlock.
    """
    paths = OfficePaths(Path(data_dir))
    lock = keys.hold_office(paths)
    try:
        return _export(paths, recovery_text)
    finally:
        lock.release()


def _export(paths: OfficePaths, recovery_text: str) -> str:
    slots, unlocked = _unlock_with_recovery(paths, recovery_text)
    guard = LoginGuard(paths.login_guard)
    guard.record_success(RECOVERY_SLOT_ID)
    try:
        try:
            conn, key = keys.open_database(paths, unlocked)
        except Exception:
            guard.record_event(RECOVERY_SLOT_ID, "data_key_export")
            epoch_key = next((k for e, k in unlocked.keys if e == slots.epoch), unlocked.keys[0][1])
            return f"x'{bytes(epoch_key).hex()}'"
        signer = None
        try:
            signer = signing.recovery_signer(conn, slots, unlocked.private)
            if signer is not None:
                audit.sign_with(conn, signer)
            flush_guard_events(conn, paths, extra_user=None, extra_action="recovery_key.use")
            with transaction(conn):
                audit.append(conn, user_id=None, action=f"export.{Permission.EXPORT_DATA_KEY.value}",
                             target_type="office")
            return f"x'{bytes(key).hex()}'"
        finally:
            audit.stop_signing(conn)
            if signer is not None:
                signer.wipe()
            conn.close()
            crypto.wipe(key)
    finally:
        unlocked.wipe()
