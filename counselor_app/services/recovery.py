"""Whether the office head has proven the recovery key was written down, and proving it later.

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
