"""Signed roles: the office's accounts as a head vouched for them, checked at every login (issue 10, finding 1).

Any user's password opens the data key, and the data key opens every table: without more, an assistant could
``UPDATE app_user SET role = 'head'``. So the accounts are *signed*:

- Every key slot holds an Ed25519 signing key (store/keyslots.py, "signing keys"), opened only by its secret.
- The database keeps the **account roster** (table ``account_roster``, append-only): versions 1, 2, 3 …, each
  listing every account — id, login, key-slot id, role, active, the public half of its signing key — and the
  recovery key's signing key, the trail's head when it was signed, and the hash of the version before. Version 1
  (the *root*) is signed by the head who made it; every later version by an active head of the version before
  it, or by the recovery key. Someone without a head's key cannot make a version that checks.
- Every key slot is **pinned** to the root's hash (part of the associated data of its wrapped private key): a
  made-up roster with a root of its own is refused at the login of everyone who had logged in before.
- At login the chain is checked from the pinned root, and the account must be in the newest version exactly as
  the database has it (login, slot, role, active) with the signing key its slot opens. Otherwise the login is
  refused (:class:`RoleNotAuthentic`) and the refusal audited.
- Each operation that adds, reactivates, deactivates an account, changes its role or gives it a new key pair
  signs a new version in the same transaction (services/users.py). The version is built from the previous one
  and the one account the operation changed — never copied from the table or the key-slot file, which anyone
  with the data key could have changed.

Upgrading (schema 6): an existing office has no roster; the first head to log in after the upgrade (proven a head
or counselor by holding the clinical key) makes version 1 from the accounts as they are then, gives every slot a
signing key, and the slots are pinned at their owners' next logins. Until then logins go on with the roles the
database has, except that a head or counselor without the clinical key is refused. What the database held before
the upgrade is trusted as it was (trust on first use): the README says so.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from counselor_app.domain.errors import QT_TRANSLATE_NOOP, RoleNotAuthentic
from counselor_app.domain.roles import Role
from counselor_app.store import audit, crypto, roster as roster_store, signing, users
from counselor_app.store.database import transaction
from counselor_app.store.keyslots import RECOVERY_SLOT_ID, KeySlots, normalize_login, updating
from counselor_app.store.location import OfficePaths
from counselor_app.store.roster import RosterRow
from counselor_app.store.signing import RECOVERY_SIGNER, Signer
from counselor_app.store.users import UserRow

NOT_SIGNED = QT_TRANSLATE_NOOP("Errors", "no office head has signed this account")
CHANGED = QT_TRANSLATE_NOOP("Errors", "the account differs from what an office head signed")
REPLACED = QT_TRANSLATE_NOOP("Errors", "the office's signed list of accounts was changed or replaced")
OTHER_KEY = QT_TRANSLATE_NOOP("Errors", "the account's key does not match what an office head signed")
NO_CLINICAL = QT_TRANSLATE_NOOP("Errors", "the role needs the clinical key, which this account does not hold")
REASON_CODES = {NOT_SIGNED: "unsigned", CHANGED: "changed", REPLACED: "replaced", OTHER_KEY: "key",
                NO_CLINICAL: "no_clinical_key"}


# -- the roster ------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Roster:
    """One checked version: its row and its parsed body."""
    row: RosterRow
    body: dict

    @property
    def version(self) -> int:
        return self.row.version

    def account(self, user_id: int) -> dict | None:
        return next((a for a in self.body["accounts"] if a["id"] == user_id), None)

    def authority(self, signer_id: int) -> bytes | None:
        """The public key with which ``signer_id`` may sign the next version (an active head, the recovery key)."""
        if signer_id == RECOVERY_SIGNER:
            return bytes.fromhex(self.body["recovery"]) if self.body.get("recovery") else None
        a = self.account(signer_id)
        if a and a["role"] == Role.HEAD.value and a["active"] and a["sign"]:
            return bytes.fromhex(a["sign"])
        return None


def roster_statement(office_id: str, version: int, digest: str) -> bytes:
    return signing.statement("roster", office_id, version, digest)


def check_chain(rows: list[RosterRow], office_id: str, root: str | None) -> tuple[list[Roster], int | None]:
    """The versions that check, from the first on, and the first version that does not (None: all check).

    ``root``: the hash version 1 must have (a slot's pin); None takes version 1 as it is."""
    good: list[Roster] = []
    prev: Roster | None = None
    for row in rows:
        try:
            body = json.loads(row.body)
            ok = (signing.canonical(body) == row.body and signing.digest(row.body) == row.hash
                  and body["office"] == office_id and body["version"] == row.version == len(good) + 1
                  and body["prev"] == (prev.row.hash if prev else "")
                  and (row.version != 1 or root is None or row.hash == root))
            current = Roster(row, body)
            key = (prev or current).authority(row.signer)
            ok = ok and key is not None and signing.verify(key, row.sig, roster_statement(office_id, row.version,
                                                                                          row.hash))
        except (ValueError, KeyError, TypeError, AttributeError):
            ok = False
        if not ok:
            return good, row.version
        good.append(current)
        prev = current
    return good, None


def account_entry(user: UserRow, sign: bytes | str) -> dict:
    return {"id": user.id, "login": normalize_login(user.login), "slot": user.slot_id, "role": user.role.value,
            "active": bool(user.active), "sign": sign.hex() if isinstance(sign, bytes) else sign}


def _trail(conn) -> dict:
    count, head = audit.head(conn)
    return {"count": count, "hash": head}


def _insert(conn, signer: Signer, body: dict) -> Roster:
    text = signing.canonical(body)
    digest = signing.digest(text)
    row = RosterRow(body["version"], text, signer.signer_id,
                    signer.sign(roster_statement(signer.office_id, body["version"], digest)), digest)
    roster_store.insert(conn, row)
    return Roster(row, body)


def latest(conn, office_id: str, root: str | None = None) -> Roster | None:
    """The newest version that checks from ``root`` on (None when the office has no roster, or it does not check)."""
    good, bad = check_chain(roster_store.all_versions(conn), office_id, root)
    return good[-1] if good and bad is None else None


def sign_account(conn, signer: Signer, user_id: int, *, new_key: bytes | None = None,
                 recovery_key: bytes | None = None) -> Roster:
    """A new version: the previous one with account ``user_id`` as the database has it now (inside the caller's
    transaction, after its change); ``new_key``: the account's new signing key (a new key pair), else it keeps the
    signed one. Raises RoleNotAuthentic when the chain does not check or the signer may not sign."""
    if signer is None:   # a session without a signing key (an upgraded office before its first head's login)
        raise RoleNotAuthentic(reason=NOT_SIGNED)
    prev = latest(conn, signer.office_id)
    if prev is None or prev.authority(signer.signer_id) is None or prev.authority(signer.signer_id) != signer.public:
        raise RoleNotAuthentic(reason=REPLACED)
    user = users.by_id(conn, user_id)
    old = prev.account(user_id)
    sign = new_key if new_key is not None else (old["sign"] if old else "")
    accounts = [a for a in prev.body["accounts"] if a["id"] != user_id] + [account_entry(user, sign)]
    body = {"office": signer.office_id, "version": prev.version + 1, "prev": prev.row.hash, "at": audit.now_iso(),
            "accounts": sorted(accounts, key=lambda a: a["id"]), "trail": _trail(conn),
            "recovery": recovery_key.hex() if recovery_key is not None else prev.body.get("recovery", "")}
    return _insert(conn, signer, body)


# -- signing keys for new slots ----------------------------------------------------------------------------------------
def give_signing_key(slots: KeySlots, slot_id: str) -> bytes:
    """A new signing key sealed to the slot (inside an ``updating`` block); returns its public key."""
    seed = signing.new_seed()
    try:
        return slots.set_signing(slot_id, seed)
    finally:
        crypto.wipe(seed)


def new_signing_key(paths: OfficePaths, slot_id: str) -> bytes:
    with updating(paths.keyslots) as slots:
        return give_signing_key(slots, slot_id)


def signer_for(slots: KeySlots, slot_id: str, signer_id: int, private: bytearray) -> Signer | None:
    seed = slots.open_signing(slot_id, private)
    return Signer(signer_id, slot_id, seed, slots.office_id) if seed is not None else None


def recovery_signer(conn, slots: KeySlots, private: bytearray) -> Signer | None:
    """The recovery key's signer, when its key is the one the roster names (else None: it signs nothing)."""
    signer = signer_for(slots, RECOVERY_SLOT_ID, RECOVERY_SIGNER, private)
    roster = latest(conn, slots.office_id, slots.root or None) if signer else None
    if signer is not None and (roster is None or roster.authority(RECOVERY_SIGNER) != signer.public):
        signer.wipe()
        return None
    return signer


# -- the root: a new office, or the first head's login after the upgrade ---------------------------------------------
def make_root(conn, paths: OfficePaths, head: UserRow, private: bytearray, password: bytes) -> Signer:
    """Version 1 from the accounts as they are: a signing key for every slot (the recovery key's too), the head's
    slot pinned to it. The database part commits first; the key-slot file is written inside that transaction, so a
    failed write leaves neither (a crash between the two leaves a file whose root the database lacks: see
    :func:`authenticate`)."""
    seeds: dict[str, bytearray] = {}
    with transaction(conn):
        with updating(paths.keyslots) as slots:
            accounts = users.all_users(conn)
            present = {s.id for s in slots.slots}
            publics = {}
            for u in accounts:
                if u.active and u.slot_id in present:
                    seeds[u.slot_id] = signing.new_seed()
                    publics[u.id] = slots.set_signing(u.slot_id, seeds[u.slot_id])
            recovery = give_signing_key(slots, RECOVERY_SLOT_ID) if RECOVERY_SLOT_ID in present else b""
            signer = Signer(head.id, head.slot_id, bytearray(seeds[head.slot_id]), slots.office_id)
            body = {"office": slots.office_id, "version": 1, "prev": "", "at": audit.now_iso(),
                    "accounts": [account_entry(u, publics.get(u.id, b"")) for u in accounts],
                    "trail": _trail(conn), "recovery": recovery.hex()}
            root = _insert(conn, signer, body)
            slots.root = root.row.hash
            slots.pin_slot(head.slot_id, private, password, slots.root)
            audit.sign_with(conn, signer)
            audit.append(conn, user_id=head.id, action="roster.root", target_type="office", target_id=1,
                         detail=str(len(accounts)))
    for seed in seeds.values():
        crypto.wipe(seed)
    return signer


def root_for_new_office(slots: KeySlots, conn, head: UserRow) -> Signer:
    """A new office's version 1 (create_office: the head's slot and the recovery slot were just made, unpinned;
    they are pinned when their secrets are next used). Inside the set-up transaction; the slots are saved after."""
    signer = Signer(head.id, head.slot_id, signing.new_seed(), slots.office_id)
    public = slots.set_signing(head.slot_id, signer.seed)
    recovery = give_signing_key(slots, RECOVERY_SLOT_ID)
    body = {"office": slots.office_id, "version": 1, "prev": "", "at": audit.now_iso(),
            "accounts": [account_entry(head, public)], "trail": _trail(conn), "recovery": recovery.hex()}
    slots.root = _insert(conn, signer, body).row.hash
    return signer


def pin_new_slots(slots: KeySlots, secrets: dict[str, bytes | bytearray]) -> None:
    """Pin slots made before the root existed to it (a new office's head and recovery key), with their secrets."""
    for slot_id, secret in secrets.items():
        unlocked = slots.unlock(slot_id, secret)
        try:
            slots.pin_slot(slot_id, unlocked.private, secret, slots.root)
        finally:
            unlocked.wipe()


# -- login ---------------------------------------------------------------------------------------------------------------
def authenticate(conn, paths: OfficePaths, user: UserRow, private: bytearray, password: bytes,
                 holds_clinical: bool) -> Signer | None:
    """Check the account against the signed roster (see the module's text); returns its signer, or None while an
    upgraded office waits for its first head. Raises RoleNotAuthentic, after auditing the refusal."""
    slots = KeySlots.load(paths.keyslots)
    slot = slots.find(user.slot_id)
    rows = roster_store.all_versions(conn)
    if not rows and (not slot.pin or slot.pin == slots.root):   # an interrupted root leaves the file's own root
        if user.role is Role.HEAD and holds_clinical:
            return make_root(conn, paths, user, private, password)
        if user.role is not Role.ASSISTANT and not holds_clinical:
            _refuse(conn, user, NO_CLINICAL, None)
        return None
    good, bad = check_chain(rows, slots.office_id, slot.pin or None)
    signer = signer_for(slots, user.slot_id, user.id, private)
    if bad is not None or not good:
        _refuse(conn, user, REPLACED, signer)
    account = good[-1].account(user.id)
    if account is None:
        _refuse(conn, user, NOT_SIGNED, signer)
    if account != {**account_entry(user, account["sign"])}:
        _refuse(conn, user, CHANGED, signer)
    if signer is None or signer.public.hex() != account["sign"]:
        _refuse(conn, user, OTHER_KEY, signer)
    root = good[0].row.hash
    if not slot.pin or slots.root != root:
        with updating(paths.keyslots) as fresh:
            fresh.root = root
            if not fresh.find(user.slot_id).pin:
                fresh.pin_slot(user.slot_id, private, password, root)
    return signer


def _refuse(conn, user: UserRow, reason, signer: Signer | None) -> None:
    if signer is not None:
        audit.sign_with(conn, signer)
    try:
        with transaction(conn):
            audit.append(conn, user_id=user.id, action="login", target_type="user", target_id=user.id,
                         outcome="denied", detail=f"role_{REASON_CODES[reason]}")
    finally:
        audit.stop_signing(conn)
        if signer is not None:
            signer.wipe()
    raise RoleNotAuthentic(reason=reason)


# -- restoring a backup (services/restore.py) -----------------------------------------------------------------------------
def restorer(slots: KeySlots, slot_id: str, user_id: int, private: bytearray) -> Signer | None:
    """The restoring head's signer (None when their slot holds no signing key: an office from before schema 6)."""
    return signer_for(slots, slot_id, user_id, private)


def signed_connection(conn, signer: Signer | None):
    """``conn``, signing its audit entries with ``signer`` when the database has signed entries (schema 6)."""
    if signer is not None and audit.has_signatures(conn):
        audit.sign_with(conn, signer)
    return conn


def sign_after_restore(paths: OfficePaths, key: bytearray, slots: KeySlots, signer: Signer | None) -> None:
    """After a restore: sign the deactivation of the restored accounts whose key slot is gone (the restore
    deactivated them), as the restoring head; then forget the signer."""
    from counselor_app.store.database import connect

    if signer is None:
        return
    try:
        audit.forget_signer(signer)
        conn = connect(paths.database, key)
        try:
            roster = latest(conn, slots.office_id) if roster_store.exists(conn) else None
            if roster is None or roster.authority(signer.signer_id) != signer.public:
                return
            present = {s.id for s in slots.slots}
            with transaction(conn):
                for u in users.all_users(conn):
                    signed = roster.account(u.id)
                    if signed and signed["active"] and not u.active and u.slot_id not in present:
                        roster = sign_account(conn, signer, u.id)
        finally:
            conn.close()
    finally:
        signer.wipe()
