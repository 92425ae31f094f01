"""Schema 4: the clinical key (store/sealed.py), sealed to the slots of active heads and counselors and to the
recovery key.

Runs at the first login after the upgrade, with the office's key slots in ``ctx``. The key-slot file is written
before the transaction commits; should the process die in between, the next login runs this again and finds the
key already there, so it only records its epoch. A database created fresh (no key slots in ``ctx``) is given its
clinical key by the office set-up itself.
"""
from __future__ import annotations

from counselor_app.domain.roles import Role, holds_clinical_key
from counselor_app.store import crypto
from counselor_app.store.keyslots import RECOVERY_SLOT_ID, updating

EPOCH_SETTING = "clinical.epoch"


def upgrade(conn, ctx) -> None:
    import json

    if ctx.paths is None:
        return
    holders = {slot for slot, role in conn.execute("SELECT slot_id, role FROM app_user WHERE active = 1")
               if holds_clinical_key(Role(role))} | {RECOVERY_SLOT_ID}
    with updating(ctx.paths.keyslots) as slots:
        if not slots.clinical_epoch:
            key = crypto.new_data_key()
            try:
                epoch = slots.begin_clinical(key, {s.id for s in slots.slots if s.id in holders})
                slots.finish_clinical(epoch)
            finally:
                crypto.wipe(key)
        epoch = slots.clinical_epoch
    conn.execute("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                 (EPOCH_SETTING, json.dumps(epoch)))
