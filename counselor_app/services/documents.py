"""Printed documents: building them and recording every print and save in the audit trail."""
from __future__ import annotations

from datetime import datetime
from typing import Callable

from counselor_app.services.session import Session
from counselor_app.services.settings import read_settings
from counselor_app.store import office as office_store

OUTPUTS = ("preview", "print", "save")


def recovery_sheet_pdf(session: Session, recovery_key: str, tr: Callable) -> bytes:
    """The recovery-key sheet of this office. Only at set-up, while the key is still known."""
    from counselor_app.reports.recovery_sheet import RecoverySheet, build_recovery_sheet

    profile = office_store.profile(session.conn)
    font = read_settings(session).pdf_font_path or None
    sheet = RecoverySheet(profile.name, profile.unit_name, recovery_key, datetime.now())
    return build_recovery_sheet(sheet, tr=tr, font_path=font)


def record_output(session: Session, document: str, how: str, target_type: str = "", target_id: str | int = "") -> None:
    """Audit that ``document`` was previewed, printed or saved as a file (never the file's name)."""
    if how not in OUTPUTS:
        raise ValueError(how)
    session.audit(f"{how}.{document}", target_type, target_id)


def pdf_font(session: Session) -> str | None:
    """The font file printed documents will use, or None when no usable Chinese font exists."""
    from counselor_app.reports.fonts import find_cjk_font

    choice = find_cjk_font(read_settings(session).pdf_font_path or None)
    return choice.path if choice else None
