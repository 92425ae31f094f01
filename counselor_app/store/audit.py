"""The audit trail table: append and read. Rows can be neither changed nor deleted (triggers)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Iterator

from counselor_app.domain.audit_chain import GENESIS, AuditRecord, row_hash
from counselor_app.store.database import Connection

_COLUMNS = "id, at, user_id, action, target_type, target_id, outcome, detail, prev_hash, hash"


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
    digest = row_hash(prev, new_id, at, user_id, action, target_type, target_id, outcome, detail)
    conn.execute(
        f"INSERT INTO audit_log ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (new_id, at, user_id, action, target_type, target_id, outcome, detail, prev, digest),
    )
    return new_id


def iter_all(conn: Connection, batch: int = 5000) -> Iterator[AuditRecord]:
    cur = conn.execute(f"SELECT {_COLUMNS} FROM audit_log ORDER BY id")
    while rows := cur.fetchmany(batch):
        for r in rows:
            yield AuditRecord(*r)


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


def query(conn: Connection, f: AuditFilter) -> list[AuditRecord]:
    where, args = [], []
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
    sql = f"SELECT {_COLUMNS} FROM audit_log"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY id DESC LIMIT ?"
    args.append(f.limit)
    return [AuditRecord(*r) for r in conn.execute(sql, args)]


REQUIRED_TRIGGERS = ("audit_log_no_update", "audit_log_no_delete")


def missing_triggers(conn: Connection) -> list[str]:
    """The append-only triggers that are not (or no longer) in the schema."""
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    return [t for t in REQUIRED_TRIGGERS if t not in present]
