"""User management by the office head: add, deactivate, reactivate, change role, list; help a locked-out
colleague (lift the lockout, or give a temporary password that must be changed at the next login)."""
from __future__ import annotations

from datetime import datetime

from counselor_app.domain import access
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from counselor_app.domain.passwords import check_password
from counselor_app.domain.roles import Permission, Role, holds_clinical_key
from counselor_app.services import clinical, keys, signing
from counselor_app.services import rekey
from counselor_app.services.office import validate_login, validate_name
from counselor_app.services.session import Session
from counselor_app.store import audit, crypto, users
from counselor_app.store.database import transaction
from counselor_app.store.keyslots import updating
from counselor_app.store.login_guard import LoginGuard
from counselor_app.store.users import UserRow
from counselor_app.services.operations import operation
from counselor_app.domain.areas import Area

LOGIN_TAKEN = QT_TRANSLATE_NOOP("Errors", "This login is already used by another account.")
NO_SUCH_USER = QT_TRANSLATE_NOOP("Errors", "There is no account with this login.")
LAST_HEAD = QT_TRANSLATE_NOOP("Errors", "The office must keep at least one active office head.")
ALREADY = QT_TRANSLATE_NOOP("Errors", "The account is already in that state.")
NOT_LOCKED = QT_TRANSLATE_NOOP("Errors", "This login is not locked (any more).")
INACTIVE_TEMPORARY = QT_TRANSLATE_NOOP(
    "Errors", "This account is deactivated. Reactivate it to give it a new first password.")


@operation(Permission.MANAGE_USERS)
def list_users(session: Session) -> list[UserRow]:
    return users.all_users(session.conn)


@operation(Permission.MANAGE_USERS, target="user")
def lockouts(session: Session) -> dict[int, datetime]:
    """The accounts whose login is locked now: user id -> lockout end (UTC)."""
    locked = LoginGuard(session.paths.login_guard).locked_logins()
    return {u.id: locked[u.slot_id] for u in users.all_users(session.conn) if u.slot_id in locked}


def _get(session: Session, login: str) -> UserRow:
    user = users.by_login(session.conn, login)
    if user is None:
        raise ValidationError(NO_SUCH_USER)
    return user


@operation(Permission.MANAGE_USERS, changes={Area.USERS}, audit="user.add", target="user")
def add_user(session: Session, login: str, display_name: str, role: Role, password: str) -> UserRow:
    """Create an account with its own key slot. The head tells the new user the first password."""
    login = validate_login(login)
    display_name = validate_name(display_name)
    check_password(password, login, role=role)
    if users.by_login(session.conn, login) is not None:
        raise ValidationError(LOGIN_TAKEN)
    slot_id = session.keyslots.slot_id_for(login)
    # Slot first: a slot without an account opens nothing in the app; an account without a slot could not log in.
    session.keyslots = keys.add_slot(session.paths, slot_id, "user", password.encode("utf-8"), session.data_key,
                                     session.kdf, clinical=clinical.keys_for_role(session, role))
    try:
        public = signing.new_signing_key(session.paths, slot_id)
        with transaction(session.conn):
            user_id = users.insert(session.conn, login, display_name, role, slot_id, audit.now_iso())
            users.set_must_change_password(session.conn, user_id, True)  # the head knows it: the user replaces it
            audit.append(session.conn, user_id=session.user.id, action="user.add", target_type="user",
                         target_id=user_id, detail=role.value)
            signing.sign_account(session.conn, session.signer, user_id, new_key=public)   # the head vouches
    except BaseException:
        with updating(session.paths.keyslots) as slots:
            slots.remove_slot(slot_id)
        session.keyslots = slots
        raise
    return users.by_id(session.conn, user_id)


@operation(Permission.MANAGE_USERS, changes={Area.USERS}, audit="user.deactivate", target="user",
           record=(access.USER_ACCOUNT, access.DEACTIVATE))
def deactivate_user(session: Session, login: str) -> None:
    """Refuse the account's logins from now on.

    Its key slot is destroyed and the database is re-keyed to a new data key sealed only to the remaining
    slots, so the password (or a copy of an old key-slot file) no longer opens the office's records; a head's or
    counselor's clinical key is replaced too. Backups made before keep the old keys: they are as readable to that
    person as they were. Not one's own account (a record rule, domain/access.py: refused and audited).
    """
    user = _get(session, login)
    session.require_record(access.USER_ACCOUNT, access.DEACTIVATE, user)
    if not user.active:
        raise ValidationError(ALREADY)
    if user.role is Role.HEAD and users.count_active_heads(session.conn) <= 1:
        raise ValidationError(LAST_HEAD)
    def record(conn) -> None:
        users.set_active(conn, user.id, False, audit.now_iso())
        audit.append(conn, user_id=session.user.id, action="user.deactivate", target_type="user", target_id=user.id)
        signing.sign_account(conn, session.signer, user.id)

    # One crash-safe re-key (services/rekey.py): the slot goes, the database moves to a key the slot never held,
    # and the deactivation commits only then. A head's or counselor's clinical key is replaced too: a copy of the
    # old slot (with the database key from a colleague) would otherwise still open the sealed values.
    rekey.rekey_office(session, record, remove={user.slot_id}, rotate_clinical=holds_clinical_key(user.role))


@operation(Permission.MANAGE_USERS, changes={Area.USERS}, audit="user.reactivate", target="user")
def reactivate_user(session: Session, login: str, new_password: str) -> None:
    """Let a deactivated account log in again, with a new first password given by the head."""
    user = _get(session, login)
    if user.active:
        raise ValidationError(ALREADY)
    check_password(new_password, user.login, role=user.role)
    session.keyslots = keys.add_slot(session.paths, user.slot_id, "user", new_password.encode("utf-8"),
                                     session.data_key, session.kdf, clinical=clinical.keys_for_role(session, user.role))
    public = signing.new_signing_key(session.paths, user.slot_id)
    with transaction(session.conn):
        users.set_active(session.conn, user.id, True, None)
        users.set_must_change_password(session.conn, user.id, True)
        audit.append(session.conn, user_id=session.user.id, action="user.reactivate", target_type="user",
                     target_id=user.id)
        signing.sign_account(session.conn, session.signer, user.id, new_key=public)


@operation(Permission.MANAGE_USERS, changes={Area.USERS}, audit="user.role", target="user")
def change_role(session: Session, login: str, role: Role) -> None:
    user = _get(session, login)
    if user.role is role:
        return
    if user.role is Role.HEAD and user.active and users.count_active_heads(session.conn) <= 1:
        raise ValidationError(LAST_HEAD)
    def record(conn) -> None:
        users.set_role(conn, user.id, role)
        if holds_clinical_key(role) and not holds_clinical_key(user.role):
            # the password was chosen under the assistant's rule: the stronger one applies at the next login
            users.set_must_change_password(conn, user.id, True)
        audit.append(conn, user_id=session.user.id, action="user.role", target_type="user",
                     target_id=user.id, detail=f"{user.role.value}->{role.value}")
        signing.sign_account(conn, session.signer, user.id)

    if not user.active or holds_clinical_key(user.role) == holds_clinical_key(role):
        with transaction(session.conn):
            record(session.conn)
    elif holds_clinical_key(role):
        clinical.give_key(session, user.slot_id, record)
    else:
        # The former holder may have kept the key: a new one, every sealed value moved to it.
        clinical.rotate_key(session, without=user.slot_id, with_change=record)


@operation(Permission.MANAGE_USERS, changes={Area.USERS}, audit="user.lockout_clear", target="user")
def clear_lockout(session: Session, login: str) -> None:
    """Lift the lockout of ``login`` before it ends (the office head helps a colleague). Audited."""
    user = _get(session, login)
    guard = LoginGuard(session.paths.login_guard)
    if guard.locked_until(user.slot_id) is None:
        raise ValidationError(NOT_LOCKED)
    with transaction(session.conn):
        audit.append(session.conn, user_id=session.user.id, action="user.lockout_clear", target_type="user",
                     target_id=user.id)
        # Inside the transaction: if the guard file cannot be written, the audit entry is rolled back with it.
        guard.clear_lockout(user.slot_id)


@operation(Permission.MANAGE_USERS, changes={Area.USERS}, audit="user.temp_password", target="user",
           record=(access.USER_ACCOUNT, access.TEMP_PASSWORD))
def set_temporary_password(session: Session, login: str, password: str) -> None:
    """Give an account a temporary password (a forgotten password, a locked-out colleague). Audited.

    The account's key slot is replaced by a new one under the temporary password (the head's session holds
    the data key), so the old password no longer opens anything. The user must choose their own password at
    the next login, as after a first password from the head; a lockout is lifted. Not for one's own account
    (that is the ordinary password change; a record rule, refused and audited) nor for a deactivated one
    (reactivate it).
    """
    user = _get(session, login)
    session.require_record(access.USER_ACCOUNT, access.TEMP_PASSWORD, user)
    if not user.active:
        raise ValidationError(INACTIVE_TEMPORARY)
    check_password(password, user.login, role=user.role)
    with transaction(session.conn):
        users.set_must_change_password(session.conn, user.id, True)
        audit.append(session.conn, user_id=session.user.id, action="user.temp_password", target_type="user",
                     target_id=user.id)
        LoginGuard(session.paths.login_guard).record_success(user.slot_id)  # a clean count and no lockout
        # The slot last, still inside the transaction: a failed write leaves the old password and no audit entry.
        session.keyslots = keys.add_slot(session.paths, user.slot_id, "user", password.encode("utf-8"),
                                         session.data_key, session.kdf,
                                         clinical=clinical.keys_for_role(session, user.role))
        # A new key pair: a new signing key, vouched for by this head (a failure rolls the entries back; the new
        # slot then opens with the temporary password but its login is refused until the head gives it again).
        public = signing.new_signing_key(session.paths, user.slot_id)
        signing.sign_account(session.conn, session.signer, user.id, new_key=public)
