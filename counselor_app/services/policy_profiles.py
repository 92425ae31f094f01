"""Switching the policy thresholds to a profile (domain/policy_profiles.py): a shipped one, or one the office loads
from a JSON file. The whole set is written at once (EDIT_SETTINGS, audited with the profile's code); the profile's
name is kept to show which set the office follows, and single thresholds stay changeable after."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from counselor_app.domain import policy_profiles as profiles
from counselor_app.domain.areas import Area
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from counselor_app.domain.roles import Permission
from counselor_app.files.opening import read_file_bytes
from counselor_app.services.operations import changing, operation
from counselor_app.services.session import Session
from counselor_app.services.settings import POLICY_SETTING
from counselor_app.store import office as office_store

PROFILE_SETTING = "policy.profile"
UNKNOWN = QT_TRANSLATE_NOOP("Errors", "There is no policy profile called {code}.")


@dataclass(frozen=True)
class Current:
    code: str          # "" before any profile was applied (the 2023 Anhui defaults, maybe changed one by one)
    name: str


@operation(None)
def current_profile(session: Session) -> Current:
    stored = office_store.get_setting(session.conn, PROFILE_SETTING, {}) or {}
    return Current(str(stored.get("code", "")), str(stored.get("name", "")))


def _apply(session: Session, profile: profiles.Profile) -> None:
    with changing(session, "policy.profile", "setting", profile.code):
        office_store.set_setting(session.conn, POLICY_SETTING, profile.values())
        office_store.set_setting(session.conn, PROFILE_SETTING, {"code": profile.code, "name": str(profile.name)})


@operation(Permission.EDIT_SETTINGS, changes={Area.SETTINGS}, audit="policy.profile", target="setting")
def apply_profile(session: Session, code: str) -> None:
    """Set every threshold to a shipped profile's (the 2023 Anhui default where it says nothing)."""
    profile = profiles.BY_CODE.get(code)
    if profile is None:
        raise ValidationError(UNKNOWN, code=str(code)[:40])
    _apply(session, profile)


@operation(Permission.EDIT_SETTINGS, changes={Area.SETTINGS}, audit="policy.profile", target="setting")
def apply_profile_file(session: Session, path: str | Path) -> str:
    """Set every threshold from a profile file (JSON); every key and value is checked first. Its name."""
    data = read_file_bytes(path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(profiles.BAD_FILE) from None
    profile = profiles.parse(text)
    _apply(session, profile)
    return str(profile.name)
