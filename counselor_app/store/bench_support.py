"""SQL for the benchmarks' baselines (SQL lives in store/ only)."""
from __future__ import annotations

from typing import Sequence

from counselor_app.store.database import Connection, transaction


def insert_plain_rows(conn: Connection, rows: Sequence[Sequence[str]]) -> None:
    """The least an import must do: the same rows, one executemany, into a scratch table."""
    width = max(len(r) for r in rows)
    columns = ", ".join(f"c{i}" for i in range(width))
    with transaction(conn):
        conn.execute(f"CREATE TEMP TABLE bench_rows ({columns})")
        conn.executemany(f"INSERT INTO bench_rows VALUES ({', '.join('?' * width)})",
                         [list(r) + [None] * (width - len(r)) for r in rows])
        conn.execute("DROP TABLE bench_rows")
