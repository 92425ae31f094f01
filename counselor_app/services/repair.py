"""``verify --repair`` (office head): make the key slots match the accounts again, crash-safe.

What a crash of an older version, a stopped program or a hand-edited file can leave, and how it is repaired — as one
re-key (services/rekey.py), so that whatever was removed opens nothing of the live office afterwards:

- a key slot no active account has (a deactivation the older code left half-done — the slot then still opened the
  live database —, an interrupted reactivation, a slot added by hand): removed, the office re-keyed;
- slots from an unfinished re-key of the older code (a key epoch the database never used): the office re-keyed;
- an active account without a key slot (it cannot log in): deactivated, audited — the head reactivates it with a new
  first password;
- the clinical key held by a slot whose account's role does not hold it, missing for a head or counselor, or of
  another epoch: a new clinical key for exactly the heads, counselors and the recovery key.

What it cannot repair stays in the report: a missing recovery-key slot (``counselor-app recovery rotate`` makes a new
recovery key), damaged pages or sealed values (restore a backup), the audit trail's findings (they are evidence).
"""
from __future__ import annotations

from dataclasses import dataclass

from counselor_app.domain.areas import Area
from counselor_app.domain.roles import Permission
from counselor_app.services import clinical, integrity, rekey, signing
from counselor_app.services.operations import operation
from counselor_app.services.session import Session
from counselor_app.store import audit, users
from counselor_app.store.database import transaction
from counselor_app.store.keyslots import RECOVERY_SLOT_ID, KeySlots


@dataclass(frozen=True)
class RepairReport:
    removed_slots: int              # slots no active account had
    deactivated: list[int]          # accounts without a slot, deactivated
    rekeyed: bool                   # the office was re-keyed (and the clinical key given anew)
    after: integrity.VerifyReport   # verify, after the repair

    @property
    def repaired(self) -> bool:
        return self.rekeyed or bool(self.deactivated)


@operation(Permission.MANAGE_KEYS, changes={Area.USERS}, audit="office.repair", target="office")
def repair_office(session: Session) -> RepairReport:
    """Repair what the module's text lists, then verify again. Audited (office.repair, with the counts)."""
    slots = KeySlots.load(session.paths.keyslots)
    accounts = users.all_users(session.conn)
    present = {s.id for s in slots.slots}
    active = {u.slot_id for u in accounts if u.active}
    stray = present - active - {RECOVERY_SLOT_ID}
    slotless = [u for u in accounts if u.active and u.slot_id not in present]
    unfinished = any(len(s.sealed) != 1 or slots.epoch not in s.sealed for s in slots.slots)
    expected = (clinical.expected_holders(session.conn) - {u.slot_id for u in slotless}) & (present - stray)
    db_epoch = clinical.database_epoch(session.conn)
    clinical_off = bool(db_epoch) and (slots.clinical_slots() != expected or slots.clinical_epoch != db_epoch)
    rekeyed = bool(stray or unfinished or clinical_off)

    def record(conn) -> None:
        for u in slotless:
            users.set_active(conn, u.id, False, audit.now_iso())
            audit.append(conn, user_id=session.user.id, action="user.deactivate", target_type="user",
                         target_id=u.id, detail="no_key_slot")
            if session.signer is not None:
                signing.sign_account(conn, session.signer, u.id)
        audit.append(conn, user_id=session.user.id, action="office.repair", target_type="office",
                     detail=f"{len(stray)}/{len(slotless)}")

    if rekeyed:
        rekey.rekey_office(session, record, remove=stray,
                           rotate_clinical=bool(db_epoch) and (clinical_off or bool(stray & slots.clinical_slots())))
    else:
        with transaction(session.conn):
            record(session.conn)
    return RepairReport(len(stray), [u.id for u in slotless], rekeyed, integrity.verify_office(session))
