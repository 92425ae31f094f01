"""The account_roster table (schema 6): the signed versions of the office's accounts, append-only."""
from __future__ import annotations

from dataclasses import dataclass

from counselor_app.store.database import Connection


@dataclass(frozen=True)
class RosterRow:
    version: int
    body: str
    signer: int
    sig: bytes
    hash: str


def exists(conn: Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'account_roster'"
                        ).fetchone() is not None


def all_versions(conn: Connection) -> list[RosterRow]:
    if not exists(conn):
        return []
    return [RosterRow(int(v), b, int(s), bytes(sig), h) for v, b, s, sig, h in conn.execute(
        "SELECT version, body, signer, sig, hash FROM account_roster ORDER BY version")]


def insert(conn: Connection, row: RosterRow) -> None:
    conn.execute("INSERT INTO account_roster (version, body, signer, sig, hash) VALUES (?, ?, ?, ?, ?)",
                 (row.version, row.body, row.signer, row.sig, row.hash))
