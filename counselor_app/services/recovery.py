"""The recovery key: whether the office head has proven it was written down, proving it later, and replacing it.

The set-up wizard asks for two groups of the key before the office is used. A head who leaves the wizard without
(Cancel, or "confirm later") leaves the office with an unconfirmed key: the start page says so until the head types
the whole key back, checked against the recovery key slot itself (so a key noted wrongly can never count as
confirmed). An office without the setting (made before it existed) counts as unconfirmed.
"""
from __future__ import annotations

from counselor_app.domain.roles import Permission
from counselor_app.services.session import Session
from counselor_app.store import audit, office as office_store
from counselor_app.store.database import transaction
from counselor_app.store.login_guard import LoginGuard
from counselor_app.store.keyslots import RECOVERY_SLOT_ID
from counselor_app.services.operations import operation
from counselor_app.domain.areas import Area

CONFIRMED_SETTING = "recovery.confirmed"


@operation(None)
def is_confirmed(session: Session) -> bool:
    return bool(office_store.get_setting(session.conn, CONFIRMED_SETTING, False))


@operation(Permission.MANAGE_USERS, changes={Area.SETTINGS}, audit="recovery_key.confirm", target="office")
def confirm_recovery_key(session: Session, recovery_text: str) -> None:
    """Check ``recovery_text`` against the recovery key slot; when it opens, the key counts as confirmed.

    A wrong key raises WrongRecoveryKey (a mistyped group is named by the parser) and counts towards the recovery
    key's lockout like any other attempt; both outcomes are audited.
    """
    from counselor_app.domain.errors import UserError
    from counselor_app.services.credentials import _unlock_with_recovery

    try:
        _slots, unlocked = _unlock_with_recovery(session.paths, recovery_text)
    except UserError:
        session.audit("recovery_key.confirm", "office", outcome="failed")
        raise
    unlocked.wipe()
    LoginGuard(session.paths.login_guard).record_success(RECOVERY_SLOT_ID)
    with transaction(session.conn):
        office_store.set_setting(session.conn, CONFIRMED_SETTING, True)
        audit.append(session.conn, user_id=session.user.id, action="recovery_key.confirm", target_type="office")


def mark(conn, confirmed: bool) -> None:
    """Part of setting up an office (no audit of its own): a new office's key is unconfirmed until the head types
    it back; a demo office's key is never shown, so there is nothing to confirm."""
    office_store.set_setting(conn, CONFIRMED_SETTING, confirmed)


@operation(Permission.MANAGE_KEYS, changes={Area.SETTINGS}, audit="recovery_key.rotate", target="office")
def rotate_recovery_key(session: Session) -> str:
    """A new recovery key (``counselor-app recovery rotate``), returned formatted to be shown and printed once.

    The recovery slot gets a new key pair under the new key and the office is re-keyed at once (services/rekey.py):
    a new data key and clinical key, the recovery key's signing key renewed in the account roster. So the old key
    opens nothing of the live office, with today's key-slot file or an old copy, nor the backups made from now on.
    A backup made before still opens with it: it holds the key-slot file of its time (README, "What an old backup
    still opens"). The new key counts as unconfirmed until the head types it back.
    """
    from counselor_app.domain.recovery_key import format_recovery_key, new_recovery_key
    from counselor_app.services import rekey

    secret = new_recovery_key()

    def record(conn) -> None:
        mark(conn, False)
        audit.append(conn, user_id=session.user.id, action="recovery_key.rotate", target_type="office")

    rekey.rekey_office(session, record, renew={RECOVERY_SLOT_ID: rekey.Renewal("recovery", secret)},
                       rotate_clinical=True, new_signing={RECOVERY_SLOT_ID})
    LoginGuard(session.paths.login_guard).record_success(RECOVERY_SLOT_ID)   # a fresh count for the new key
    return format_recovery_key(secret)
