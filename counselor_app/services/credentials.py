"""Passwords and keys: change a password, recover with the recovery key, export the data key."""
from __future__ import annotations

from pathlib import Path

from counselor_app.domain.errors import (
    AccountInactive, QT_TRANSLATE_NOOP, ValidationError, WrongCredentials, WrongRecoveryKey,
)
from counselor_app.domain.passwords import check_password
from counselor_app.domain.recovery_key import parse_recovery_key
from counselor_app.domain.roles import Permission
from counselor_app.services.office import flush_guard_events, load_keyslots, open_database, unlock_data_key
from counselor_app.services.session import Session
from counselor_app.store import audit, crypto, users
from counselor_app.store.crypto import KdfParams
from counselor_app.store.database import transaction
from counselor_app.store.keyslots import RECOVERY_SLOT_ID
from counselor_app.store.location import OfficePaths
from counselor_app.store.login_guard import LoginGuard

UNKNOWN_LOGIN = QT_TRANSLATE_NOOP("Errors", "There is no account with this login.")
SAME_PASSWORD = QT_TRANSLATE_NOOP("Errors", "The new password must differ from the old one.")


def change_password(session: Session, old_password: str, new_password: str) -> None:
    """Re-wrap the data key under the new password. Only this user's slot changes; the database does not.

    The new key-slot file is written and fsynced beside the old one and then renamed over it,
    so at every moment one complete file exists: the old password works until the new one does.
    """
    slot_id = session.user.slot_id
    if old_password == new_password:
        raise ValidationError(SAME_PASSWORD)
    check_password(new_password, session.user.login)
    key = unlock_data_key(session.paths, session.keyslots, slot_id, old_password.encode("utf-8"))
    crypto.wipe(key)
    session.keyslots.set_slot(slot_id, "user", new_password.encode("utf-8"), session.data_key, session.kdf)
    session.keyslots.save(session.paths.keyslots)
    LoginGuard(session.paths.login_guard).record_success(slot_id)
    session.audit("password.change", "user", session.user.id)


def _unlock_with_recovery(paths: OfficePaths, recovery_text: str):
    slots = load_keyslots(paths)
    secret = parse_recovery_key(recovery_text)
    try:
        key = unlock_data_key(paths, slots, RECOVERY_SLOT_ID, secret)
    except WrongCredentials:
        raise WrongRecoveryKey() from None
    return slots, key


def recover_password(data_dir: Path, login: str, recovery_text: str, new_password: str,
                     kdf: KdfParams | None = None) -> None:
    """Set a new password for ``login`` with the office's recovery key (a forgotten password)."""
    paths = OfficePaths(Path(data_dir))
    check_password(new_password, login)
    slots, key = _unlock_with_recovery(paths, recovery_text)
    try:
        conn = open_database(paths, key)
        try:
            user = users.by_login(conn, login)
            if user is None:
                raise ValidationError(UNKNOWN_LOGIN)
            if not user.active:
                raise AccountInactive()
            slots.set_slot(user.slot_id, "user", new_password.encode("utf-8"), key, kdf or crypto.default_kdf())
            slots.save(paths.keyslots)
            guard = LoginGuard(paths.login_guard)
            guard.record_success(RECOVERY_SLOT_ID)
            guard.record_success(user.slot_id)  # a recovered login starts with a clean count
            flush_guard_events(conn, paths, extra_user=None, extra_action="recovery_key.use")
            with transaction(conn):
                audit.append(conn, user_id=None, action="password.recover", target_type="user", target_id=user.id)
        finally:
            conn.close()
    finally:
        crypto.wipe(key)


def export_data_key(data_dir: Path, recovery_text: str) -> str:
    """The raw data key as SQLCipher tools take it (x'…'). Audited. Needs the recovery key."""
    paths = OfficePaths(Path(data_dir))
    slots, key = _unlock_with_recovery(paths, recovery_text)
    try:
        conn = open_database(paths, key)
        try:
            LoginGuard(paths.login_guard).record_success(RECOVERY_SLOT_ID)
            flush_guard_events(conn, paths, extra_user=None, extra_action="recovery_key.use")
            with transaction(conn):
                audit.append(conn, user_id=None, action=f"export.{Permission.EXPORT_DATA_KEY.value}",
                             target_type="office")
        finally:
            conn.close()
        return f"x'{bytes(key).hex()}'"
    finally:
        crypto.wipe(key)
