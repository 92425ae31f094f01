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


# -- the watch list (bench/bench_watch.py) ----------------------------------------------------------------------

def class_heads_of(conn: Connection, student_ids: Sequence[int]) -> dict[int, int | None]:
    """The head teacher of each student's class now (student id → staff id or None)."""
    heads: dict[int, int | None] = {}
    ids = list(student_ids)
    for start in range(0, len(ids), 900):
        part = ids[start:start + 900]
        heads.update((int(s), h) for s, h in conn.execute(
            "SELECT s.id, c.head_teacher_staff_id FROM student s LEFT JOIN school_class c ON c.id = s.class_id "
            f"WHERE s.id IN ({','.join('?' * len(part))})", part))
    return heads


def next_ids(conn: Connection, tables: Sequence[str]) -> dict[str, int]:
    """The first free id of each table (bulk rows are inserted with their ids: a sealed value names its row)."""
    return {t: int(conn.execute(f"SELECT COALESCE(max(id), 0) + 1 FROM {t}").fetchone()[0]) for t in tables}


def insert_sealed_rows(conn: Connection, keys, table: str, rows: Sequence[dict], sealed: Sequence[str] = ()) -> None:
    """``rows`` (dicts with the same keys, an ``id`` each) into ``table`` in one executemany; the ``sealed``
    columns hold plain text in the dicts and are sealed with the clinical ``keys`` on the way (AES-GCM bound to
    the row id, as SealedColumn.write does). Call inside a transaction."""
    from counselor_app.store.sealed import seal_text

    if not rows:
        return
    columns = list(rows[0])
    data = [[seal_text(keys, table, c, r["id"], r[c]) if c in sealed else r[c] for c in columns] for r in rows]
    conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", data)


def watch_list_bare(conn: Connection, *, open_only: bool = False) -> list[tuple]:
    """The watch page's query (store/watch.py list_rows) as bare SQL: the same statement, fetched as tuples."""
    from counselor_app.store.watch import _LIST

    where = " WHERE e.state <> 'closed'" if open_only else ""
    return conn.execute(_LIST + where + " ORDER BY e.next_review, e.id").fetchall()


def watch_list_plan(conn: Connection, *, open_only: bool = False) -> list[str]:
    """EXPLAIN QUERY PLAN of that query, one line per step."""
    from counselor_app.store.watch import _LIST

    where = " WHERE e.state <> 'closed'" if open_only else ""
    return [r[-1] for r in conn.execute("EXPLAIN QUERY PLAN " + _LIST + where + " ORDER BY e.next_review, e.id")]

