"""A canary written into the office appears in no file the app writes, in any common encoding."""
from __future__ import annotations

from pathlib import Path

import pytest

from counselor_app.domain.roles import Role
from counselor_app.domain.school import SchoolProfile, SchoolType
from counselor_app.services import backups as backup_service, restore as restore_service
from counselor_app.services.credentials import change_password
from counselor_app.services.integrity import verify_office
from counselor_app.services.office import create_office, login
from counselor_app.services.users import add_user, deactivate_user
from counselor_app.store import audit, register
from counselor_app.store.database import transaction

CANARIES = ["金丝雀实验学校", "欧阳金丝雀", "canarylogin", "金丝雀学生", "13912345678"]


def encodings(text: str) -> list[bytes]:
    out = [text.encode("utf-8"), text.encode("utf-16-le")]
    try:
        out.append(text.encode("gbk"))
    except UnicodeEncodeError:
        pass
    return out


def scan(root: Path) -> list[str]:
    found = []
    for path in root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for c in CANARIES:
                if any(e in data for e in encodings(c)):
                    found.append(f"{path.relative_to(root)}: {c}")
    return found


def test_no_canary_in_any_file(tmp_path):
    office = tmp_path / "office"
    usb = tmp_path / "usb"
    created = create_office(office, SchoolProfile(CANARIES[0], SchoolType.HIGH, "金丝雀路", CANARIES[0]),
                            "head", CANARIES[1], "Quiet-Harbor-2026")
    s = created.session
    add_user(s, CANARIES[2], CANARIES[1], Role.COUNSELOR, "Another-Pass-77")
    with transaction(s.conn):
        ids = register.insert_students(s.conn, [("C0001", CANARIES[3], "female", None, None, None, 0, 0)],
                                       audit.now_iso())
        register.insert_guardians(s.conn, [(ids[0], CANARIES[1], "母亲", CANARIES[4], 0)])
    backup_service.make_backup(s)
    info = backup_service.make_backup(s, usb)
    verify_office(s)
    change_password(s, "Quiet-Harbor-2026", "Quiet-Harbor-2027")
    s.close()
    with pytest.raises(Exception):
        login(office, CANARIES[2], "wrong-password-x")
    with login(office, "head", "Quiet-Harbor-2027") as s2:
        deactivate_user(s2, CANARIES[2])
    restore_service.restore_backup(office, info.path, "head", "Quiet-Harbor-2027")
    assert scan(tmp_path) == []


@pytest.mark.skipif(__import__("os").name != "posix", reason="POSIX modes")
def test_every_file_is_private(tmp_path):
    import stat

    created = create_office(tmp_path / "office", SchoolProfile("学校", SchoolType.HIGH), "head", "王",
                            "Quiet-Harbor-2026")
    info = backup_service.make_backup(created.session)
    created.session.close()
    with pytest.raises(Exception):
        login(tmp_path / "office", "head", "wrong-password-x")
    restore_service.restore_backup(tmp_path / "office", info.path, "head", "Quiet-Harbor-2026")
    for path in (tmp_path / "office").rglob("*"):
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == (0o700 if path.is_dir() else 0o600), f"{path.name}: {oct(mode)}"
