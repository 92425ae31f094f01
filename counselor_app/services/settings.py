"""Office settings kept in the encrypted database: idle lock, backup folder, PDF font, policy thresholds."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from counselor_app.domain import policy
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from counselor_app.domain.roles import Permission
from counselor_app.services.backups import BACKUP_DIR_SETTING
from counselor_app.services.session import Session
from counselor_app.store import audit, office as office_store
from counselor_app.store.database import transaction
from counselor_app.services.operations import operation
from counselor_app.domain.areas import Area

IDLE_LOCK_SETTING = "session.idle_lock_minutes"
PDF_FONT_SETTING = "print.font_path"
POLICY_SETTING = "policy.thresholds"
IDLE_DEFAULT, IDLE_MIN, IDLE_MAX = 5, 1, 15

BAD_IDLE = QT_TRANSLATE_NOOP("Errors", "The idle lock time must be between {min} and {max} minutes.")
BAD_THRESHOLD = QT_TRANSLATE_NOOP("Errors", "{name} must be between {min} and {max}.")
UNKNOWN_THRESHOLD = QT_TRANSLATE_NOOP("Errors", "Unknown policy setting.")
BAD_FONT = QT_TRANSLATE_NOOP(
    "Errors", "This file is not a TrueType font holding Chinese characters, Latin letters and digits.")
BAD_FOLDER = QT_TRANSLATE_NOOP("Errors", "The backup folder must be an existing folder that can be written to.")


@dataclass(frozen=True)
class OfficeSettings:
    idle_lock_minutes: int
    backup_dir: str       # "" = the default folder inside the data folder
    pdf_font_path: str    # "" = find one automatically
    thresholds: dict[str, float]


@operation(None)
def read_settings(session: Session) -> OfficeSettings:
    """Everyone may read the settings (the GUI needs the idle time and the font of every user)."""
    conn = session.conn
    stored = office_store.get_setting(conn, POLICY_SETTING, {}) or {}
    thresholds = policy.defaults() | {k: v for k, v in stored.items() if k in policy.BY_KEY}
    return OfficeSettings(
        int(office_store.get_setting(conn, IDLE_LOCK_SETTING, IDLE_DEFAULT)),
        str(office_store.get_setting(conn, BACKUP_DIR_SETTING, "") or ""),
        str(office_store.get_setting(conn, PDF_FONT_SETTING, "") or ""),
        thresholds,
    )


def _write(session: Session, key: str, value, detail: str) -> None:
    """Store a setting, audited (the calling operation checked EDIT_SETTINGS)."""
    with transaction(session.conn):
        office_store.set_setting(session.conn, key, value)
        audit.append(session.conn, user_id=session.user.id, action="setting.change", target_type="setting",
                     target_id=key, detail=detail)


@operation(Permission.EDIT_SETTINGS, changes={Area.SETTINGS}, audit="setting.change", target="setting")
def set_idle_lock_minutes(session: Session, minutes: int) -> None:
    if not IDLE_MIN <= int(minutes) <= IDLE_MAX:
        raise ValidationError(BAD_IDLE, min=IDLE_MIN, max=IDLE_MAX)
    _write(session, IDLE_LOCK_SETTING, int(minutes), str(int(minutes)))


@operation(Permission.EDIT_SETTINGS, changes={Area.SETTINGS}, audit="setting.change", target="setting")
def set_backup_dir(session: Session, folder: str) -> None:
    if folder:
        p = Path(folder)
        if not p.is_dir() or not _writable(p):
            raise ValidationError(BAD_FOLDER)
    _write(session, BACKUP_DIR_SETTING, folder, "custom" if folder else "default")


def _writable(p: Path) -> bool:
    import os

    return os.access(p, os.W_OK | os.X_OK)


@operation(Permission.EDIT_SETTINGS, changes={Area.SETTINGS}, audit="setting.change", target="setting")
def set_pdf_font_path(session: Session, path: str) -> None:
    if path:
        from counselor_app.reports.fonts import find_cjk_font

        choice = find_cjk_font(path)
        if choice is None or choice.path != path:
            raise ValidationError(BAD_FONT)
    _write(session, PDF_FONT_SETTING, path, "custom" if path else "automatic")


@operation(Permission.EDIT_SETTINGS, changes={Area.SETTINGS}, audit="setting.change", target="setting")
def set_thresholds(session: Session, values: dict[str, float]) -> None:
    for key, value in values.items():
        t = policy.BY_KEY.get(key)
        if t is None:
            raise ValidationError(UNKNOWN_THRESHOLD)
        if not t.minimum <= float(value) <= t.maximum:
            raise ValidationError(BAD_THRESHOLD, name=t.label, min=f"{t.minimum:g}", max=f"{t.maximum:g}")
    current = read_settings(session).thresholds
    _write(session, POLICY_SETTING, current | {k: float(v) for k, v in values.items()}, "")
