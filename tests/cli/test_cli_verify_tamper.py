"""verify against a holder of the data key (issue 10, finding 2): entries deleted at the end of the trail with the
raw key are named, in the user's language, with whose record disagrees; exit 9."""
from __future__ import annotations

from cli_helpers import PW, run


def test_verify_names_entries_deleted_with_the_data_key(office):
    d, recovery_key = office
    assert run("verify", "--data-dir", str(d), "--login", "head", "--password-stdin", stdin=PW + "\n").returncode == 0
    r = run("data-key", "--data-dir", str(d), "--recovery-key-stdin", stdin=recovery_key + "\n")
    key = r.stdout.split("x'")[1].split("'")[0]

    import sqlcipher3

    conn = sqlcipher3.connect(str(d / "office.db"))
    conn.execute(f"PRAGMA key = \"x'{key}'\"")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    last = conn.execute("SELECT max(id) FROM audit_log").fetchone()[0]
    conn.execute("DELETE FROM audit_log WHERE id > ?", (last - 6,))
    conn.commit()
    conn.close()

    r = run("verify", "--data-dir", str(d), "--login", "head", "--password-stdin", stdin=PW + "\n", lang="zh_CN")
    assert r.returncode == 9, r.stderr
    assert "被删除了" in r.stdout and "账户 #1（head）" in r.stdout, r.stdout
    assert "审计日志未通过确认" in r.stdout or "审计日志已断开" in r.stdout or "BROKEN" not in r.stdout
