"""The audit trail table: append and read. Rows can be neither changed nor deleted (triggers).

Signing (schema 6): a session registers its writer's signing key for its connection (:func:`sign_with`); every row
appended on that connection then names the signer and carries its Ed25519 signature over the row's hash
(:func:`entry_statement`). Rows appended on a connection without a signer stay unsigned (a database of an older
schema, a tool); services/signing.py says which unsigned rows are allowed.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Iterable, Iterator

from counselor_app.domain.audit_chain import GENESIS, AuditRecord, row_hash
from counselor_app.store import signing
from counselor_app.store.database import Connection
from counselor_app.store.signing import Signer

_BASE_COLUMNS = "id, at, user_id, action, target_type, target_id, outcome, detail, prev_hash, hash"
_COLUMNS = _BASE_COLUMNS + ", signer, sig"
_SIGNERS: dict[int, tuple[Connection, Signer]] = {}   # id(conn) -> (conn, its writer's key); conn kept alive


def sign_with(conn: Connection, signer: Signer) -> None:
    """Sign every row appended on ``conn`` from now on with ``signer`` (until :func:`stop_signing`)."""
    _SIGNERS[id(conn)] = (conn, signer)


def stop_signing(conn: Connection) -> None:
    _SIGNERS.pop(id(conn), None)


def forget_signer(signer: Signer) -> None:
    """Stop signing with ``signer`` on every connection (closed ones included)."""
    for key in [k for k, (_c, s) in _SIGNERS.items() if s is signer]:
        del _SIGNERS[key]


def signer_of(conn: Connection) -> Signer | None:
    entry = _SIGNERS.get(id(conn))
    return entry[1] if entry else None


def entry_statement(office_id: str, row_id: int, digest: str) -> bytes:
    """What a row's signature covers: the office, the row id and its hash (which covers everything before)."""
    return signing.statement("audit", office_id, row_id, digest)


def has_signatures(conn: Connection) -> bool:
    """Whether the table has the signer columns (schema 6 and later)."""
    return any(r[1] == "sig" for r in conn.execute("PRAGMA table_info(audit_log)"))


def exists(conn: Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'").fetchone() is not None


def _columns(conn: Connection) -> str:
    return _COLUMNS if has_signatures(conn) else _BASE_COLUMNS


def now_iso() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def append(conn: Connection, *, user_id: int | None, action: str, target_type: str = "",
           target_id: str | int = "", outcome: str = "ok", detail: str = "", at: str | None = None) -> int:
    """Append one row. Call inside the transaction of the change it records."""
    last = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    new_id = (last[0] + 1) if last else 1
    prev = last[1] if last else GENESIS
    at = at or now_iso()
    target_id = str(target_id)
    signer = signer_of(conn)
    if signer is None:
        digest = row_hash(prev, new_id, at, user_id, action, target_type, target_id, outcome, detail)
        conn.execute(
            f"INSERT INTO audit_log ({_BASE_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (new_id, at, user_id, action, target_type, target_id, outcome, detail, prev, digest),
        )
        return new_id
    digest = row_hash(prev, new_id, at, user_id, action, target_type, target_id, outcome, detail, signer.signer_id)
    sig = signer.sign(entry_statement(signer.office_id, new_id, digest))
    conn.execute(
        f"INSERT INTO audit_log ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (new_id, at, user_id, action, target_type, target_id, outcome, detail, prev, digest, signer.signer_id, sig),
    )
    return new_id


def iter_all(conn: Connection, batch: int = 5000, after_id: int = 0) -> Iterator[AuditRecord]:
    """Every row in order (only those after ``after_id`` when given)."""
    cur = conn.execute(f"SELECT {_columns(conn)} FROM audit_log WHERE id > ? ORDER BY id", (after_id,))
    while rows := cur.fetchmany(batch):
        for r in rows:
            yield AuditRecord(*r)


def record(conn: Connection, row_id: int) -> AuditRecord | None:
    row = conn.execute(f"SELECT {_columns(conn)} FROM audit_log WHERE id = ?", (row_id,)).fetchone()
    return AuditRecord(*row) if row else None


def last_at(conn: Connection, action: str) -> str:
    """When an entry of ``action`` with outcome ok was last written ("" if never)."""
    row = conn.execute("SELECT max(at) FROM audit_log WHERE action = ? AND outcome = 'ok'", (action,)).fetchone()
    return (row[0] or "") if row else ""


def hash_of(conn: Connection, row_id: int) -> str | None:
    row = conn.execute("SELECT hash FROM audit_log WHERE id = ?", (row_id,)).fetchone()
    return row[0] if row else None


def head(conn: Connection) -> tuple[int, str]:
    """(row count, hash of the last row); (0, GENESIS) for an empty trail."""
    count = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    last = conn.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return count, (last[0] if last else GENESIS)


@dataclass(frozen=True)
class AuditFilter:
    user_id: int | None = None
    action_prefix: str | None = None
    since: str | None = None
    until: str | None = None
    limit: int = 1000
    target_type: str | None = None   # with target_id: the rows about one student ("student", "17")
    target_id: str | None = None


def query(conn: Connection, f: AuditFilter) -> list[AuditRecord]:
    where, args = [], []
    if f.target_type is not None:
        where.append("target_type = ?")
        args.append(f.target_type)
    if f.target_id is not None:
        where.append("target_id = ?")
        args.append(str(f.target_id))
    if f.user_id is not None:
        where.append("user_id = ?")
        args.append(f.user_id)
    if f.action_prefix:
        where.append("action LIKE ? ESCAPE '\\'")
        args.append(f.action_prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
    if f.since:
        where.append("at >= ?")
        args.append(f.since)
    if f.until:
        where.append("at < ?")
        args.append(f.until)
    sql = f"SELECT {_columns(conn)} FROM audit_log"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY id DESC LIMIT ?"
    args.append(f.limit)
    return [AuditRecord(*r) for r in conn.execute(sql, args)]


def summary(conn: Connection, actions: Iterable[str], since: str | None, until: str | None
            ) -> list[tuple[int | None, str, int, str, str]]:
    """(user id, action, count, first at, last at) of the rows with one of ``actions`` in the period."""
    where, args = ["action IN (SELECT value FROM json_each(?))"], [json.dumps(list(actions))]
    if since:
        where.append("at >= ?")
        args.append(since)
    if until:
        where.append("at < ?")
        args.append(until)
    return [(r[0], r[1], int(r[2]), r[3], r[4]) for r in conn.execute(
        "SELECT user_id, action, count(*), min(at), max(at) FROM audit_log WHERE " + " AND ".join(where)
        + " GROUP BY user_id, action ORDER BY min(at)", args)]


# -- names for the ids the trail holds, looked up when it is shown (one query per kind, never per row) ------------

def student_names(conn: Connection, ids: Iterable[int]) -> dict[int, tuple[str, str]]:
    """id -> (student number, name) of the students among ``ids`` that the register holds."""
    return {int(i): (no, name) for i, no, name in conn.execute(
        "SELECT id, student_no, name FROM student WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(set(ids))),))}


def staff_names(conn: Connection, ids: Iterable[int]) -> dict[int, str]:
    return {int(i): name for i, name in conn.execute(
        "SELECT id, name FROM staff WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(sorted(set(ids))),))}


def class_names(conn: Connection, ids: Iterable[int]) -> dict[int, tuple[str, str]]:
    """id -> (grade name, class name)."""
    return {int(i): (grade or "", name) for i, grade, name in conn.execute(
        "SELECT c.id, g.name, c.name FROM school_class c LEFT JOIN grade g ON g.id = c.grade_id "
        "WHERE c.id IN (SELECT value FROM json_each(?))", (json.dumps(sorted(set(ids))),))}


def student_class(conn: Connection, student_id: int) -> tuple[str, str, str] | None:
    """(grade name, class name, status) of one student, for the access report's heading; None when unknown."""
    row = conn.execute(
        "SELECT g.name, c.name, s.status FROM student s LEFT JOIN school_class c ON c.id = s.class_id "
        "LEFT JOIN grade g ON g.id = c.grade_id WHERE s.id = ?", (student_id,)).fetchone()
    return (row[0] or "", row[1] or "", row[2]) if row else None


REQUIRED_TRIGGERS = ("audit_log_no_update", "audit_log_no_delete")


def missing_triggers(conn: Connection) -> list[str]:
    """The append-only triggers that are not (or no longer) in the schema."""
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    return [t for t in REQUIRED_TRIGGERS if t not in present]


# -- a dropped trail -----------------------------------------------------------------------------------------------
_TABLE = """CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY, at TEXT NOT NULL, user_id INTEGER, action TEXT NOT NULL,
    target_type TEXT NOT NULL DEFAULT '', target_id TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'failed', 'denied')), detail TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL, hash TEXT NOT NULL{signed})"""
_RECREATE = (
    "CREATE INDEX audit_log_user ON audit_log(user_id, at)",
    "CREATE INDEX audit_log_action ON audit_log(action, at)",
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
)


def recreate(conn: Connection, signed: bool = True) -> None:
    """Create the trail afresh when the table is gone (``signed``: with the signer columns of schema 6); inside the
    caller's transaction. The caller records that it was found missing as the new trail's first row."""
    conn.execute(_TABLE.format(signed=", signer INTEGER, sig BLOB" if signed else ""))
    for statement in _RECREATE:
        conn.execute(statement)
