"""Shared by the key tests: an office with an assistant, a counselor and a sealed note, and what an old copy of a
key slot still opens."""
from __future__ import annotations

from pathlib import Path

from testdata import HEAD_LOGIN, HEAD_PASSWORD
from counselor_app.domain.roles import Role
from counselor_app.services import users
from counselor_app.services.office import login
from counselor_app.store import database
from counselor_app.store.keyslots import RECOVERY_SLOT_ID, KeySlots
from counselor_app.store.sealed import SealedColumn

NOTE = SealedColumn("test_key_note", "body")
SECRET = "初二（3）班的学生说过不想活了"
PASSWORDS = {"zhaoli": "Desk-Helper-2026", "liuyang": "Bright-River-2026", HEAD_LOGIN: HEAD_PASSWORD}


def staff_office(session) -> None:
    """An assistant (zhaoli), a counselor (liuyang) and a sealed note; the session is closed."""
    users.add_user(session, "zhaoli", "赵丽", Role.ASSISTANT, PASSWORDS["zhaoli"])
    users.add_user(session, "liuyang", "刘洋", Role.COUNSELOR, PASSWORDS["liuyang"])
    with database.transaction(session.conn):
        session.conn.execute("CREATE TABLE test_key_note (id INTEGER PRIMARY KEY, body BLOB)")
        session.conn.execute("INSERT INTO test_key_note (id) VALUES (1)")
        NOTE.write(session.conn, session.clinical, 1, SECRET)
    session.close()


def live_keys(data_dir: Path, login_name: str = HEAD_LOGIN, password: str = HEAD_PASSWORD):
    """The data key and clinical keys the office uses now."""
    with login(data_dir, login_name, password) as s:
        return {bytes(s.data_key)}, {bytes(k) for k in s.clinical.keys.values()}


def copy_opens(slots: KeySlots, slot_id: str, secret: bytes, live) -> bool:
    """Whether the slot ``slot_id`` of an old key-slot file, opened with ``secret``, yields a key in use now —
    also through today's key-slot file (its private key unseals what the office seals to that key pair now)."""
    unlocked = slots.unlock(slot_id, secret)
    if unlocked is None:
        return False
    try:
        found = {bytes(k) for _e, k in unlocked.keys} | {bytes(k) for k in unlocked.clinical.values()}
        return bool(found & (live[0] | live[1]))
    finally:
        unlocked.wipe()


def copy_opens_today(data_dir: Path, kept: KeySlots, slot_id: str, secret: bytes, live) -> bool:
    """The old copy's private key against today's key-slot file."""
    unlocked = kept.unlock(slot_id, secret)
    if unlocked is None:
        return False
    today = KeySlots.load(data_dir / "keyslots.json")
    try:
        found = {bytes(k) for _e, k in today.unseal_with(slot_id, unlocked.private)}
        found |= {bytes(k) for k in today.unseal_clinical(slot_id, unlocked.private).values()}
        return bool(found & (live[0] | live[1])) or copy_opens(kept, slot_id, secret, live)
    finally:
        unlocked.wipe()


def slot_of(data_dir: Path, login_name: str) -> str:
    return RECOVERY_SLOT_ID if login_name == "recovery" else KeySlots.load(data_dir / "keyslots.json").slot_id_for(
        login_name)
