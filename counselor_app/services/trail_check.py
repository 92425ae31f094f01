"""The audit trail against a holder of the data key: signed entries and anchors outside the database (issue 10,
finding 2).

Anyone whose password opens the database could delete the last entries, re-chain the whole trail with the
(unkeyed) SHA-256 or drop the table. So:

- **Every entry is signed** by its writer (store/audit.py: the session's Ed25519 key signs the entry's hash, which
  covers every entry before it). An entry naming a user is signed by that user — except the login-guard events
  (failed logins, lockouts, a data-key export on a damaged office, dropped events): they happen while the office is
  locked and are copied from the guard file into the trail by the next user to unlock it, who signs them; they
  prove only that the guard file said so. Entries naming no user (upgrades, the recovery key's uses) are signed
  by whoever wrote them (signer 0: the recovery key). Entries from before the office's first signed roster are
  unsigned; the roster's version 1 records how many there were and the hash of the last, so they stay covered.
- **The trail's head is anchored outside the database**, signed by someone else's key: each user's *witness* in
  the key-slot file (row count and hash when they last logged in or out, signed by them), every backup's manifest
  (signed by the user who made it), and every roster version (signed by a head). A trail shorter than an anchor,
  or whose entry at an anchor's count has another hash, was cut or rewritten; a re-created empty trail starts
  with the entry that says when it was found missing.

``verify`` recomputes every hash and checks every signature (from the verifier's own signed mark on: what they
verified before is pinned by its hash) and every anchor; the start page does the same incrementally.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from counselor_app.domain.audit_chain import GENESIS, AuditRecord
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, Problem
from counselor_app.services.signing import Roster, check_chain
from counselor_app.store import audit, backups as backup_store, office as office_store, roster as roster_store, signing
from counselor_app.store.database import transaction
from counselor_app.store.keyslots import RECOVERY_SLOT_ID, KeySlots, updating
from counselor_app.store.signing import RECOVERY_SIGNER, Signer

UNSIGNED = QT_TRANSLATE_NOOP("Verify", "Audit entry {row} ({at}) is not signed: the trail was changed from this "
                             "entry on.")
BAD_SIGNATURE = QT_TRANSLATE_NOOP("Verify", "Audit entry {row} ({at}): the signature of {who} does not match: the "
                                  "trail was changed from this entry on.")
WRONG_SIGNER = QT_TRANSLATE_NOOP("Verify", "Audit entry {row} ({at}) names account #{user} but was signed by "
                                 "{who}.")
UNKNOWN_SIGNER = QT_TRANSLATE_NOOP("Verify", "Audit entry {row} ({at}) was signed by account #{user}, which no "
                                   "office head has signed.")
TRUNCATED = QT_TRANSLATE_NOOP("Verify", "The audit trail has {rows} entries, but {who} saw {count} on {at}: "
                              "entries {first} to {count} were removed.")
REWRITTEN = QT_TRANSLATE_NOOP("Verify", "Audit entry {count} is not what {who} saw on {at}: the trail was "
                              "rewritten up to there.")
DROPPED = QT_TRANSLATE_NOOP("Verify", "The audit trail was dropped: it was found missing and re-created on {at} "
                            "(entry {row}).")
ROSTER_BROKEN = QT_TRANSLATE_NOOP("Verify", "The signed list of accounts does not check from version {version} on: "
                                  "it was changed or replaced without an office head's key.")
NO_ROSTER = QT_TRANSLATE_NOOP("Verify", "The office has no signed list of accounts yet: an office head's next "
                              "login makes it.")
ACCOUNT_UNSIGNED = QT_TRANSLATE_NOOP("Verify", "Account #{user} ({login}) is in the database but no office head "
                                     "signed it.")
ACCOUNT_CHANGED = QT_TRANSLATE_NOOP("Verify", "Account #{user} ({login}): the database says {field}: {found}, an "
                                    "office head signed {field}: {signed}.")
ACCOUNT_MISSING = QT_TRANSLATE_NOOP("Verify", "Account #{user} ({login}), signed by an office head, is missing from "
                                    "the database.")
BAD_WITNESS = QT_TRANSLATE_NOOP("Verify", "The record of the audit trail kept for {who} is not signed by them.")
RECOVERY_NAME = QT_TRANSLATE_NOOP("Verify", "the recovery key")
ACCOUNT_NAME = QT_TRANSLATE_NOOP("Verify", "account #{user} ({login})")
BACKUP_NAME = QT_TRANSLATE_NOOP("Verify", "the backup {name} (made by {who})")
GUARD_ACTIONS = ("login", "login.lockout", "export.export_data_key", "login.events_dropped")
MARK_SETTING = "audit.verified_by.{user}"   # [row id, its hash, signature]: this user verified the trail up to there


@dataclass(frozen=True)
class Anchor:
    who: str          # English description (also in params for translation)
    who_param: object
    at: str
    count: int
    hash: str


@dataclass
class TrailReport:
    problems: list[Problem] = field(default_factory=list)
    first_bad_row: int | None = None

    def bad(self, row: int | None, problem: Problem) -> None:
        self.problems.append(problem)
        if row is not None and (self.first_bad_row is None or row < self.first_bad_row):
            self.first_bad_row = row


# -- who is who ----------------------------------------------------------------------------------------------------------
class Keys:
    """Every signing key the checked roster versions ever gave each signer, and a name for each signer."""

    def __init__(self, rosters: list[Roster]) -> None:
        self.by_signer: dict[int, set[bytes]] = {}
        self.logins: dict[int, str] = {}
        self.slots: dict[str, int] = {RECOVERY_SLOT_ID: RECOVERY_SIGNER}
        for r in rosters:
            if r.body.get("recovery"):
                self.by_signer.setdefault(RECOVERY_SIGNER, set()).add(bytes.fromhex(r.body["recovery"]))
            for a in r.body["accounts"]:
                if a["sign"]:
                    self.by_signer.setdefault(a["id"], set()).add(bytes.fromhex(a["sign"]))
                self.logins[a["id"]] = a["login"]
                self.slots[a["slot"]] = a["id"]

    def name(self, signer: int | None):
        if signer == RECOVERY_SIGNER:
            return RECOVERY_NAME
        return Problem(ACCOUNT_NAME, user=signer, login=self.logins.get(signer, "?"))

    def verifies(self, signer: int | None, sig: bytes | None, message: bytes) -> bool:
        return any(signing.verify(k, sig, message) for k in self.by_signer.get(signer, ()))


def rosters_of(conn, office_id: str, root: str | None, report: TrailReport) -> list[Roster]:
    good, bad = check_chain(roster_store.all_versions(conn), office_id, root)
    if bad is not None:
        report.bad(None, Problem(ROSTER_BROKEN, version=bad))
    return good


FIELDS = {"login": QT_TRANSLATE_NOOP("Verify", "login"), "slot": QT_TRANSLATE_NOOP("Verify", "key slot"),
          "role": QT_TRANSLATE_NOOP("Verify", "role"), "active": QT_TRANSLATE_NOOP("Verify", "state")}
ACTIVE = {True: QT_TRANSLATE_NOOP("Verify", "active"), False: QT_TRANSLATE_NOOP("Verify", "deactivated")}


def _value(key: str, value):
    from counselor_app.domain.roles import ROLE_LABELS, Role

    if key == "role":
        return ROLE_LABELS.get(Role(value), value) if value in {r.value for r in Role} else value
    if key == "active":
        return ACTIVE[bool(value)]
    return value[:8] + "…" if key == "slot" else value


def account_problems(conn, rosters: list[Roster]) -> list[Problem]:
    """The accounts of the database against the newest signed version."""
    from counselor_app.services.signing import account_entry
    from counselor_app.store import users

    if not rosters:
        return [Problem(NO_ROSTER)]
    signed = {a["id"]: a for a in rosters[-1].body["accounts"]}
    out = []
    for u in users.all_users(conn):
        a = signed.pop(u.id, None)
        if a is None:
            out.append(Problem(ACCOUNT_UNSIGNED, user=u.id, login=u.login))
            continue
        mine = account_entry(u, a["sign"])
        for key in ("login", "slot", "role", "active"):
            if mine[key] != a[key]:
                out.append(Problem(ACCOUNT_CHANGED, user=u.id, login=u.login, field=FIELDS[key],
                                   found=_value(key, mine[key]), signed=_value(key, a[key])))
    out += [Problem(ACCOUNT_MISSING, user=a["id"], login=a["login"]) for a in signed.values()]
    return out


# -- entries ---------------------------------------------------------------------------------------------------------
def legacy_rows(rosters: list[Roster]) -> int:
    """How many entries may be unsigned: those before the office's first roster."""
    return int(rosters[0].body.get("trail", {}).get("count", 0)) if rosters else 0


def entry_problem(rec: AuditRecord, office_id: str, keys: Keys, legacy: int) -> Problem | None:
    if rec.sig is None and rec.id <= legacy:
        return None
    at = when(rec.at)
    if rec.signer is None or rec.sig is None:
        return Problem(UNSIGNED, row=rec.id, at=at)
    if rec.signer not in keys.by_signer:
        return Problem(UNKNOWN_SIGNER, row=rec.id, at=at, user=rec.signer)
    if not keys.verifies(rec.signer, rec.sig, audit.entry_statement(office_id, rec.id, rec.hash)):
        return Problem(BAD_SIGNATURE, row=rec.id, at=at, who=keys.name(rec.signer))
    guard = rec.action in GUARD_ACTIONS and rec.target_type == "login"
    if rec.user_id is not None and rec.user_id != rec.signer and not guard:
        return Problem(WRONG_SIGNER, row=rec.id, at=at, user=rec.user_id, who=keys.name(rec.signer))
    return None


def when(at: str) -> str:
    """A stored UTC time as this computer's local date and time, to the minute (as the audit page shows it)."""
    from datetime import datetime

    try:
        return datetime.fromisoformat(at).astimezone().strftime("%Y-%m-%d %H:%M")
    except (TypeError, ValueError):
        return str(at)


def check_entries(records: Iterable[AuditRecord], office_id: str, keys: Keys, legacy: int,
                  report: TrailReport) -> AuditRecord | None:
    """Check each entry's signature; the first bad one goes into ``report``. Returns the last record seen."""
    last = None
    for rec in records:
        last = rec
        problem = entry_problem(rec, office_id, keys, legacy)
        if problem is not None:
            report.bad(rec.id, problem)
            return rec
    return last


# -- anchors -------------------------------------------------------------------------------------------------------------
def witness_statement(office_id: str, slot_id: str, w: dict) -> bytes:
    return signing.statement("witness", office_id, slot_id, w["count"], w["hash"], w.get("roster", 0), w["at"])


def backup_statement(office_id: str, a: dict) -> bytes:
    return signing.statement("backup", office_id, a["signer"], a["count"], a["hash"], a["at"])


def anchors(conn, slots: KeySlots, rosters: list[Roster], keys: Keys, report: TrailReport,
            backup_folders: Iterable = ()) -> list[Anchor]:
    out = [Anchor("roster", keys.name(r.row.signer), r.body["at"], int(r.body["trail"]["count"]),
                  str(r.body["trail"]["hash"])) for r in rosters if "trail" in r.body]
    restored = last_restore(conn)
    for slot_id, w in slots.witnesses.items():
        signer = keys.slots.get(slot_id)
        if signer is None or w["at"] <= restored:   # from before a restore: about another trail (and roster)
            continue
        who = keys.name(signer)
        if not keys.verifies(signer, bytes.fromhex(w["sig"]), witness_statement(slots.office_id, slot_id, w)):
            report.bad(None, Problem(BAD_WITNESS, who=who))
            continue
        out.append(Anchor("witness", who, w["at"], w["count"], w["hash"]))
    seen = set()
    for folder in backup_folders:
        for info in backup_store.list_backups(folder):
            a = info.audit_anchor
            if info.office_id != slots.office_id or not a or info.path in seen:
                continue
            seen.add(info.path)
            try:
                if keys.verifies(int(a["signer"]), bytes.fromhex(a["sig"]), backup_statement(slots.office_id, a)):
                    out.append(Anchor("backup", Problem(BACKUP_NAME, name=info.name, who=keys.name(int(a["signer"]))),
                                      a["at"], int(a["count"]), str(a["hash"])))
            except (KeyError, ValueError, TypeError):
                continue
    return out


def check_anchors(conn, found: list[Anchor], report: TrailReport) -> None:
    rows = audit.head(conn)[0]
    first = audit.record(conn, 1)
    if first is not None and first.action == "audit.missing":
        report.bad(1, Problem(DROPPED, at=when(first.at), row=1))
    restored = last_restore(conn)
    for a in sorted(found, key=lambda a: -a.count):
        if a.count <= 0 or a.at <= restored:   # (a second's resolution: one made with the restore goes too)
            continue
        rec = audit.record(conn, a.count)
        if rec is None and a.count > rows:
            report.bad(rows + 1, Problem(TRUNCATED, rows=rows, who=a.who_param, count=a.count, at=when(a.at),
                                         first=rows + 1))
        elif rec is None or rec.hash != a.hash:
            report.bad(a.count, Problem(REWRITTEN, count=a.count, who=a.who_param, at=when(a.at)))


# -- the verifier's own mark ---------------------------------------------------------------------------------------------
def _mark_statement(office_id: str, user_id: int, row: int, digest: str) -> bytes:
    return signing.statement("audit-mark", office_id, user_id, row, digest)


def own_mark(conn, signer: Signer | None) -> tuple[int, str]:
    """(row id, hash) up to which this signer verified every signature before, when that row is unchanged."""
    if signer is None:
        return 0, GENESIS
    mark = office_store.get_setting(conn, MARK_SETTING.format(user=signer.signer_id))
    try:
        row, digest, sig = int(mark[0]), str(mark[1]), bytes.fromhex(mark[2])
    except (TypeError, ValueError, IndexError, KeyError):
        return 0, GENESIS
    if (signing.verify(signer.public, sig, _mark_statement(signer.office_id, signer.signer_id, row, digest))
            and audit.hash_of(conn, row) == digest):
        return row, digest
    return 0, GENESIS


def set_mark(conn, signer: Signer | None, row: int, digest: str) -> None:
    if signer is None or row <= 0:
        return
    sig = signer.sign(_mark_statement(signer.office_id, signer.signer_id, row, digest))
    with transaction(conn):
        office_store.set_setting(conn, MARK_SETTING.format(user=signer.signer_id), [row, digest, sig.hex()])


# -- witnesses -----------------------------------------------------------------------------------------------------------
def leave_witness(paths, conn, signer: Signer | None, roster_version: int = 0) -> None:
    """Record, signed, the trail's head as this user sees it now (login, log-out, lock) in the key-slot file."""
    if signer is None or not audit.exists(conn):
        return
    count, digest = audit.head(conn)
    w = {"count": count, "hash": digest, "roster": roster_version, "at": audit.now_iso()}
    w["sig"] = signer.sign(witness_statement(signer.office_id, signer.slot_id, w)).hex()
    with updating(paths.keyslots) as slots:
        slots.set_witness(signer.slot_id, w)


def backup_anchor(conn, signer: Signer | None) -> dict | None:
    """The trail's head for a backup's manifest, signed by the user making the backup."""
    if signer is None:
        return None
    count, digest = audit.head(conn)
    a = {"signer": signer.signer_id, "count": count, "hash": digest, "at": audit.now_iso()}
    a["sig"] = signer.sign(backup_statement(signer.office_id, a)).hex()
    return a


# -- at login --------------------------------------------------------------------------------------------------------------
def recreate_if_dropped(conn) -> bool:
    """A database whose trail table is gone gets an empty one (so that the office can still be opened, verified and
    restored); :func:`after_unlock` then records the loss as the new trail's first entry."""
    from counselor_app.store import migrations

    if audit.exists(conn) or migrations.current_version(conn) == 0:
        return False
    with transaction(conn):
        audit.recreate(conn, signed=migrations.current_version(conn) >= SIGNED_SCHEMA)
    return True


SIGNED_SCHEMA = 6


def after_unlock(conn, paths, signer: Signer | None, recreated: bool) -> bool:
    """Before the login's own entries: record a re-created trail, and compare the trail with this user's own
    witness from their last session. A shorter or different trail is recorded, signed, as audit.witness, and
    False returned: the witness is then kept as it is (the session leaves none), so that it still says what the
    trail was until a head restores a backup."""
    slots = KeySlots.load(paths.keyslots)
    with transaction(conn):
        if recreated:
            audit.append(conn, user_id=signer.signer_id if signer else None, action="audit.missing",
                         target_type="audit", outcome="failed")
        w = slots.witnesses.get(signer.slot_id) if signer else None
        if w is None or not signing.verify(signer.public, bytes.fromhex(w["sig"]),
                                           witness_statement(slots.office_id, signer.slot_id, w)):
            return True
        if w["at"] <= last_restore(conn):
            return True
        rows = audit.head(conn)[0]
        rec = audit.record(conn, w["count"]) if w["count"] > 0 else None
        if w["count"] > rows:
            detail = "truncated"
        elif w["count"] > 0 and (rec is None or rec.hash != w["hash"]):
            detail = "rewritten"
        else:
            return True
        audit.append(conn, user_id=signer.signer_id, action="audit.witness", target_type="audit",
                     target_id=w["count"], outcome="failed", detail=detail)
    return False


def last_restore(conn) -> str:
    """When a backup was last restored ("" if never): anchors from before it describe another trail. (The entry is
    signed by the head who restored; a forged one fails the signature check like any other entry.)"""
    return audit.last_at(conn, "restore")
