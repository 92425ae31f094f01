"""Numbered schema migrations on ``PRAGMA user_version``; each runs in one transaction.

Migration N is the file ``schema/NNNN_*.sql``. The caller takes an encrypted backup before
:func:`migrate` changes anything (services/office.py does).
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from counselor_app.domain.errors import NewerSchema
from counselor_app.store.database import Connection


@lru_cache(maxsize=1)
def migrations() -> tuple[tuple[int, str, str], ...]:
    """(version, name, sql) for every migration, in order, numbered 1, 2, 3 … without gaps."""
    found = []
    for entry in resources.files("counselor_app.store").joinpath("schema").iterdir():
        m = re.fullmatch(r"(\d{4})_(\w+)\.sql", entry.name)
        if m:
            found.append((int(m.group(1)), m.group(2), entry.read_text("utf-8")))
    found.sort()
    if [v for v, _, _ in found] != list(range(1, len(found) + 1)):
        raise RuntimeError("schema migrations must be numbered 1..N without gaps")
    return tuple(found)


def latest_version() -> int:
    return len(migrations())


def current_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def pending(conn: Connection) -> list[int]:
    version = current_version(conn)
    if version > latest_version():
        raise NewerSchema(found=version, known=latest_version())
    return [v for v, _, _ in migrations() if v > version]


def migrate(conn: Connection, upto: int | None = None) -> list[int]:
    """Apply the pending migrations (up to ``upto``), each in its own transaction; returns those applied."""
    applied = []
    for version, _name, sql in migrations():
        if version <= current_version(conn) or (upto is not None and version > upto):
            continue
        # executescript would commit an open transaction first, so the script carries its own.
        try:
            conn.executescript(f"BEGIN IMMEDIATE;\n{sql}\nPRAGMA user_version = {version};\nCOMMIT;")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        applied.append(version)
    return applied
