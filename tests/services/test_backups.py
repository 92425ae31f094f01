import json
import shutil
from datetime import datetime, timedelta, timezone

import pytest

from testdata import HEAD_LOGIN, HEAD_PASSWORD
from counselor_app.domain.errors import BackupInvalid, PermissionDenied, StorageError, WrongCredentials
from counselor_app.domain.roles import Role
from counselor_app.services import backups as backup_service, restore as restore_service
from counselor_app.services.credentials import change_password
from counselor_app.services.office import login
from counselor_app.services.users import add_user
from counselor_app.store import audit, backups, files, register
from counselor_app.store.database import transaction


def add_students(session, n, start=0):
    with transaction(session.conn):
        register.insert_students(session.conn, [(f"S{i:05d}", "测试学生", "female", None, None, None, 0, 0)
                                                for i in range(start, start + n)], audit.now_iso())


def count_students(data_dir):
    with login(data_dir, HEAD_LOGIN, HEAD_PASSWORD) as s:
        return s.conn.execute("SELECT count(*) FROM student").fetchone()[0]


def test_backup_has_encrypted_db_keyslots_and_manifest(session, data_dir):
    add_students(session, 10)
    info = backup_service.make_backup(session)
    assert info.path.parent == data_dir / "backups"
    assert sorted(p.name for p in info.path.iterdir()) == ["keyslots.json", "manifest.json", "office.db"]
    assert b"SQLite format 3" not in (info.path / "office.db").read_bytes()[:16]
    assert backups.read_manifest(info.path).office_id == session.keyslots.office_id
    restore_service.check_backup(info.path, session.data_key)
    assert list(audit.iter_all(session.conn))[-1].action == "backup"


def test_restore_replaces_database_and_keeps_the_old_aside(session, data_dir):
    add_students(session, 10)
    info = backup_service.make_backup(session)
    add_students(session, 5, start=100)
    session.close()
    assert count_students(data_dir) == 15
    restore_service.restore_backup(data_dir, info.path, HEAD_LOGIN, HEAD_PASSWORD)
    assert count_students(data_dir) == 10
    aside = [p for p in data_dir.iterdir() if p.name.startswith("replaced-")]
    assert len(aside) == 1 and (aside[0] / "office.db").is_file()
    with login(data_dir, HEAD_LOGIN, HEAD_PASSWORD) as s:
        assert "restore" in [r.action for r in audit.iter_all(s.conn)]


def test_restore_works_with_a_password_changed_after_the_backup(session, data_dir):
    info = backup_service.make_backup(session)
    change_password(session, HEAD_PASSWORD, "Changed-Later-2026")
    session.close()
    restore_service.restore_backup(data_dir, info.path, HEAD_LOGIN, "Changed-Later-2026")
    with login(data_dir, HEAD_LOGIN, "Changed-Later-2026"):
        pass


def test_restore_when_the_database_is_destroyed(session, data_dir):
    add_students(session, 10)
    info = backup_service.make_backup(session)
    session.close()
    (data_dir / "office.db").write_bytes(b"\0" * 8192)
    restore_service.restore_backup(data_dir, info.path, HEAD_LOGIN, HEAD_PASSWORD)
    assert count_students(data_dir) == 10


def _snapshot(data_dir):
    return {p.name: p.read_bytes() for p in data_dir.iterdir()
            if p.is_file() and p.name != "login-guard.json" and not p.name.endswith(".lock")}


@pytest.mark.parametrize("damage", ["db_bytes", "manifest", "missing_db", "keyslots"])
def test_damaged_backup_is_refused_before_anything_is_replaced(session, data_dir, damage):
    info = backup_service.make_backup(session)
    session.close()
    before = _snapshot(data_dir)
    db = info.path / "office.db"
    if damage == "db_bytes":
        data = bytearray(db.read_bytes())
        data[5000:5100] = bytes(100)
        db.write_bytes(bytes(data))
    elif damage == "manifest":
        (info.path / "manifest.json").write_text("{not json")
    elif damage == "missing_db":
        db.unlink()
    else:
        (info.path / "keyslots.json").write_text("[]")
    with pytest.raises(BackupInvalid):
        restore_service.restore_backup(data_dir, info.path, HEAD_LOGIN, HEAD_PASSWORD)
    assert _snapshot(data_dir) == before
    assert not any(p.name.startswith("replaced-") for p in data_dir.iterdir())


@pytest.mark.parametrize("page_from_end", [1, 2, 3, 5, 8])  # schema pages and data pages alike
def test_backup_with_consistent_hashes_but_bad_pages_is_refused(session, data_dir, page_from_end):
    info = backup_service.make_backup(session)
    session.close()
    db = info.path / "office.db"
    data = bytearray(db.read_bytes())
    at = len(data) - page_from_end * 4096 + 2000
    data[at:at + 100] = bytes(100)
    db.write_bytes(bytes(data))
    manifest = json.loads((info.path / "manifest.json").read_text())
    import hashlib

    manifest["files"]["office.db"] = hashlib.sha256(bytes(data)).hexdigest()
    (info.path / "manifest.json").write_text(json.dumps(manifest))
    before = _snapshot(data_dir)
    with pytest.raises(BackupInvalid):
        restore_service.restore_backup(data_dir, info.path, HEAD_LOGIN, HEAD_PASSWORD)
    assert _snapshot(data_dir) == before


def test_backup_of_another_office_is_refused(session, data_dir, tmp_path):
    from counselor_app.domain.school import SchoolProfile, SchoolType
    from counselor_app.services.office import create_office

    other = create_office(tmp_path / "other", SchoolProfile("别的学校", SchoolType.HIGH), HEAD_LOGIN, "某",
                          HEAD_PASSWORD)
    info = backup_service.make_backup(other.session)
    other.session.close()
    session.close()
    with pytest.raises(BackupInvalid):
        restore_service.restore_backup(data_dir, info.path, HEAD_LOGIN, HEAD_PASSWORD)


def test_only_a_head_may_restore(session, data_dir):
    add_user(session, "li", "李娜", Role.COUNSELOR, "Another-Pass-77")
    info = backup_service.make_backup(session)
    session.close()
    with pytest.raises(PermissionDenied):
        restore_service.restore_backup(data_dir, info.path, "li", "Another-Pass-77")
    with pytest.raises(WrongCredentials):
        restore_service.restore_backup(data_dir, info.path, HEAD_LOGIN, "Wrong-Password-9")


def test_assistant_may_not_back_up(session, data_dir):
    add_user(session, "zhao", "赵助理", Role.ASSISTANT, "Another-Pass-77")
    session.close()
    with login(data_dir, "zhao", "Another-Pass-77") as s:
        with pytest.raises(PermissionDenied):
            backup_service.make_backup(s)


def test_full_disk_during_backup_leaves_no_partial_and_keeps_previous(session, data_dir, monkeypatch):
    first = backup_service.make_backup(session)
    first_bytes = (first.path / "office.db").read_bytes()

    def full(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", full)
    with pytest.raises(StorageError):
        backup_service.make_backup(session)
    monkeypatch.undo()
    entries = sorted(p.name for p in (data_dir / "backups").iterdir())
    assert entries == [first.path.name]
    assert (first.path / "office.db").read_bytes() == first_bytes
    last = list(audit.iter_all(session.conn))[-1]
    assert (last.action, last.outcome) == ("backup", "failed")


def test_failed_restore_copy_puts_everything_back(session, data_dir, monkeypatch):
    info = backup_service.make_backup(session)
    session.close()
    before = _snapshot(data_dir)

    def broken_copy(*a, **k):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(restore_service.shutil, "copyfile", broken_copy)
    with pytest.raises(StorageError):
        restore_service.restore_backup(data_dir, info.path, HEAD_LOGIN, HEAD_PASSWORD)
    monkeypatch.undo()
    assert _snapshot(data_dir) == before
    with login(data_dir, HEAD_LOGIN, HEAD_PASSWORD):
        pass


def test_rotation_keeps_7_daily_4_weekly_12_monthly(session, data_dir):
    start = datetime(2025, 1, 1, 17, 0, tzinfo=timezone.utc)
    dest = data_dir / "backups"
    for i in range(0, 400, 3):
        backups.write_backup(session.conn, session.data_key, session.keyslots.to_bytes(), dest, kind="backup",
                             office_id=session.keyslots.office_id, schema_version=1,
                             now=start + timedelta(days=i))
    backups.rotate(dest, session.keyslots.office_id)
    kept = backups.list_backups(dest)
    assert 7 <= len(kept) <= 23
    assert kept[0].created_at == start + timedelta(days=399)


def test_backup_if_due(session, data_dir):
    assert backup_service.backup_if_due(session) is not None
    assert backup_service.backup_if_due(session) is None
    later = datetime.now(timezone.utc) + timedelta(days=1, minutes=1)
    assert backup_service.backup_if_due(session, now=later) is not None


def test_backup_to_another_folder(session, tmp_path):
    info = backup_service.make_backup(session, tmp_path / "usb")
    assert info.path.parent == tmp_path / "usb"
    shutil.rmtree(tmp_path / "usb")


def test_backup_reports_progress_and_can_be_cancelled(session, data_dir):
    from counselor_app.domain.errors import Cancelled
    from counselor_app.services.progress import Progress

    add_students(session, 3000)
    seen = []
    backup_service.make_backup(session, progress=Progress(lambda done, total: seen.append((done, total))))
    assert seen and seen[-1][0] == seen[-1][1]
    assert len(seen) > 1  # several steps, so the GUI's bar moves
    progress = Progress()
    progress.cancel()  # the user pressed Cancel
    with pytest.raises(Cancelled):
        backup_service.make_backup(session, progress=progress)
    assert len(list((data_dir / "backups").iterdir())) == 1  # the cancelled one left nothing


def test_a_demoted_head_cannot_restore_an_old_backup(session, data_dir):
    add_user(session, "head2", "副主任", Role.HEAD, "Another-Pass-77")
    info = backup_service.make_backup(session)
    from counselor_app.services.users import change_role

    change_role(session, "head2", Role.COUNSELOR)
    session.close()
    with pytest.raises(PermissionDenied):
        restore_service.restore_backup(data_dir, info.path, "head2", "Another-Pass-77")
    with login(data_dir, HEAD_LOGIN, HEAD_PASSWORD) as s:
        last = [r for r in audit.iter_all(s.conn) if r.outcome == "denied"][-1]
        assert last.action == "denied.restore"


def test_restore_after_deactivation_keeps_the_removed_user_out(session, data_dir):
    add_user(session, "zhang", "张老师", Role.COUNSELOR, "Another-Pass-77")
    info = backup_service.make_backup(session)  # zhang is active in this backup
    from counselor_app.services.users import deactivate_user

    deactivate_user(session, "zhang")  # re-keys the office
    session.close()
    restore_service.restore_backup(data_dir, info.path, HEAD_LOGIN, HEAD_PASSWORD)
    with pytest.raises(WrongCredentials):
        login(data_dir, "zhang", "Another-Pass-77")
    with login(data_dir, HEAD_LOGIN, HEAD_PASSWORD) as s:
        from counselor_app.store import users

        assert not users.by_login(s.conn, "zhang").active
        assert s.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'restore'").fetchone()[0] == 1


def test_rotation_keeps_the_last_two_days_whole(session, data_dir):
    for _ in range(3):
        backup_service.make_backup(session)
    assert len(backups.list_backups(data_dir / "backups")) == 3


def test_broken_chain_is_recorded_and_the_last_good_backup_survives_rotation(session, data_dir):
    good = backup_service.make_backup(session)
    session.conn.execute("DROP TRIGGER audit_log_no_update")
    session.conn.execute("UPDATE audit_log SET detail = 'forged' WHERE id = 1")
    start = datetime.now(timezone.utc) + timedelta(days=3)
    for i in range(30):
        backups.write_backup(session.conn, session.data_key, session.keyslots.to_bytes(), data_dir / "backups",
                             kind="backup", office_id=session.keyslots.office_id, schema_version=1,
                             now=start + timedelta(days=i), chain_ok=False)
    backups.rotate(data_dir / "backups", session.keyslots.office_id, now=start + timedelta(days=30))
    kept = [b.path for b in backups.list_backups(data_dir / "backups")]
    assert good.path in kept
    info = backup_service.make_backup(session)
    assert not info.chain_ok
