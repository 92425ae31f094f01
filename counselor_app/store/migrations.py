"""Numbered schema migrations on ``PRAGMA user_version``; each runs in one transaction.

Migration N is the file ``schema/NNNN_name.sql`` or ``schema/NNNN_name.py``. A Python migration defines
``upgrade(conn, ctx)``: it runs inside the migration's transaction (``conn.execute`` only — ``executescript``
would commit it), and ``ctx`` (:class:`MigrationContext`) carries what a migration of keys or data may need: the
office's paths, its key slots and the data key. The caller takes an encrypted backup before :func:`migrate`
changes anything (services/office.py does).

A Python migration that writes outside the database (the key-slot file) must do that last and be safe to run
again: when the process dies after the file was written but before the commit, the next login runs it again.
"""
from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Callable

from counselor_app.domain.errors import NewerSchema
from counselor_app.store.database import Connection

SCHEMA_PACKAGE = "counselor_app.store.schema"


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str = ""                              # a .sql migration's script
    upgrade: Callable[[Connection, Any], None] | None = None   # a .py migration's upgrade(conn, ctx)


@dataclass
class MigrationContext:
    """What a Python migration may use besides the connection; the fields are None where the caller has none
    (a database opened by the test suite or a tool without the office around it)."""
    paths: Any = None        # store.location.OfficePaths
    keyslots: Any = None     # store.keyslots.KeySlots, as loaded at login
    data_key: bytearray | None = None


@lru_cache(maxsize=1)
def migrations() -> tuple[Migration, ...]:
    """Every migration, in order, numbered 1, 2, 3 … without gaps (one file per number)."""
    found = []
    for entry in resources.files(SCHEMA_PACKAGE).iterdir():
        m = re.fullmatch(r"(\d{4})_(\w+)\.(sql|py)", entry.name)
        if not m:
            continue
        version, name, kind = int(m.group(1)), m.group(2), m.group(3)
        if kind == "sql":
            found.append(Migration(version, name, sql=entry.read_text("utf-8")))
        else:
            module = importlib.import_module(f"{SCHEMA_PACKAGE}.{entry.name[:-3]}")
            found.append(Migration(version, name, upgrade=module.upgrade))
    found.sort(key=lambda m: m.version)
    if [m.version for m in found] != list(range(1, len(found) + 1)):
        raise RuntimeError("schema migrations must be numbered 1..N without gaps, one file each")
    return tuple(found)


def latest_version() -> int:
    return len(migrations())


def current_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def pending(conn: Connection) -> list[int]:
    version = current_version(conn)
    if version > latest_version():
        raise NewerSchema(found=version, known=latest_version())
    return [m.version for m in migrations() if m.version > version]


def migrate(conn: Connection, upto: int | None = None, ctx: MigrationContext | None = None) -> list[int]:
    """Apply the pending migrations (up to ``upto``), each in its own transaction; returns those applied."""
    ctx = ctx or MigrationContext()
    applied = []
    for migration in migrations():
        version = migration.version
        if version <= current_version(conn) or (upto is not None and version > upto):
            continue
        try:
            if migration.upgrade is None:
                # executescript would commit an open transaction first, so the script carries its own.
                conn.executescript(f"BEGIN IMMEDIATE;\n{migration.sql}\nPRAGMA user_version = {version};\nCOMMIT;")
            else:
                conn.execute("BEGIN IMMEDIATE")
                migration.upgrade(conn, ctx)
                conn.execute(f"PRAGMA user_version = {version}")
                conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        applied.append(version)
    return applied
