"""The hospital directory (§10: referrals, the green channel, the school–hospital cooperation indicator) and the
settings of the referral and crisis loops (the days to a referral's receipt, the minutes to a crisis report, the
days to a crisis review meeting).

The directory holds no personal data of students: counselors read and edit it (MANAGE_REFERRALS); every change
is audited. The settings are the office head's (EDIT_SETTINGS), everyone reads them.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from counselor_app.domain import crisis as crisis_rules, referral as rules
from counselor_app.domain.areas import Area
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from counselor_app.domain.roles import Permission
from counselor_app.domain.roster_values import parse_phone
from counselor_app.services.operations import changing, operation
from counselor_app.services.session import Session
from counselor_app.store import audit, office as office_store, referrals as store

NO_NAME = QT_TRANSLATE_NOOP("Errors", "Write the hospital's name.")
NAME_TAKEN = QT_TRANSLATE_NOOP("Errors", "The directory already has a hospital of this name.")
NO_HOSPITAL = QT_TRANSLATE_NOOP("Errors", "This hospital is not in the directory.")
BAD_PHONE = QT_TRANSLATE_NOOP("Errors", "{field}: not a valid phone number (11 digits for a mobile, or a landline "
                                        "with its area code).")
TOO_LONG = QT_TRANSLATE_NOOP("Errors", "{field} is too long (at most {max} characters).")
SINCE_WITHOUT = QT_TRANSLATE_NOOP("Errors", "A date of the cooperation agreement needs the agreement ticked.")
SINCE_FUTURE = QT_TRANSLATE_NOOP("Errors", "The cooperation agreement cannot start in the future ({day}).")
BAD_SETTING = QT_TRANSLATE_NOOP("Errors", "{name} must be between {min} and {max}.")
FIELD_NAME = QT_TRANSLATE_NOOP("HospitalField", "The name")
FIELD_DEPARTMENTS = QT_TRANSLATE_NOOP("HospitalField", "The departments")
FIELD_ADDRESS = QT_TRANSLATE_NOOP("HospitalField", "The address")
FIELD_PHONE = QT_TRANSLATE_NOOP("HospitalField", "The phone")
FIELD_CONTACT = QT_TRANSLATE_NOOP("HospitalField", "The green-channel contact")
FIELD_GREEN_PHONE = QT_TRANSLATE_NOOP("HospitalField", "The green-channel phone")
SETTING_RECEIPT = QT_TRANSLATE_NOOP("HospitalField", "Days until a referral's receipt is due")
SETTING_REPORT = QT_TRANSLATE_NOOP("HospitalField", "Minutes to report a crisis")
SETTING_REVIEW = QT_TRANSLATE_NOOP("HospitalField", "Days to a crisis review meeting")

LOOPS_SETTING = "referral.loops"


@dataclass(frozen=True)
class HospitalEdit:
    name: str
    departments: tuple[str, ...] = ()
    address: str = ""
    phone: str = ""
    green_contact: str = ""
    green_phone: str = ""
    agreement: bool = False
    agreement_since: date | None = None
    active: bool = True


@dataclass(frozen=True)
class LoopSettings:
    receipt_days: int = rules.RECEIPT_DAYS
    report_minutes: int = crisis_rules.REPORT_MINUTES
    review_days: int = crisis_rules.REVIEW_DAYS


LIMITS = {"receipt_days": (SETTING_RECEIPT, rules.MIN_RECEIPT_DAYS, rules.MAX_RECEIPT_DAYS),
          "report_minutes": (SETTING_REPORT, 1, 120), "review_days": (SETTING_REVIEW, 1, 60)}


def _text(value: str, field, limit: int) -> str:
    value = " ".join((value or "").split())
    if len(value) > limit:
        raise ValidationError(TOO_LONG, field=field, max=limit)
    return value


def _phone(value: str, field) -> str:
    if not (value or "").strip():
        return ""
    phone, problem = parse_phone(value)
    if problem is not None:
        raise ValidationError(BAD_PHONE, field=field)
    return phone


@operation(Permission.MANAGE_REFERRALS, target="hospital")
def list_hospitals(session: Session, *, active_only: bool = False) -> list[store.HospitalRow]:
    """The directory, active hospitals first (no personal data: not audited)."""
    return store.hospitals(session.conn, active_only=active_only)


@operation(Permission.MANAGE_REFERRALS, changes={Area.REFERRALS}, audit="hospital.save", target="hospital")
def save_hospital(session: Session, edit: HospitalEdit, hospital_id: int | None = None, *,
                  today: date | None = None) -> int:
    """Add a hospital to the directory, or change one (a hospital referrals name is deactivated, never removed)."""
    today = today or date.today()
    name = _text(edit.name, FIELD_NAME, 80)
    if not name:
        raise ValidationError(NO_NAME)
    departments = [_text(d, FIELD_DEPARTMENTS, 40) for d in edit.departments]
    if edit.agreement_since is not None and not edit.agreement:
        raise ValidationError(SINCE_WITHOUT)
    if edit.agreement_since is not None and edit.agreement_since > today:
        raise ValidationError(SINCE_FUTURE, day=edit.agreement_since.isoformat())
    fields = {"name": name, "departments": "\n".join(d for d in departments if d),
              "address": _text(edit.address, FIELD_ADDRESS, 120), "phone": _phone(edit.phone, FIELD_PHONE),
              "green_contact": _text(edit.green_contact, FIELD_CONTACT, 40),
              "green_phone": _phone(edit.green_phone, FIELD_GREEN_PHONE), "agreement": int(edit.agreement),
              "agreement_since": edit.agreement_since.isoformat() if edit.agreement_since else None,
              "active": int(edit.active)}
    if hospital_id is not None and store.hospital(session.conn, hospital_id) is None:
        raise ValidationError(NO_HOSPITAL)
    at = audit.now_iso()
    with changing(session, "hospital.save", "hospital", hospital_id or "") as note:
        other = store.hospital_named(session.conn, name)
        if other is not None and other != hospital_id:
            raise ValidationError(NAME_TAKEN)
        saved = store.save_hospital(session.conn, fields, at, hospital_id)
        note.target_id = saved
        note.detail = "new" if hospital_id is None else "edit"
    return saved


@operation(None)
def loop_settings(session: Session) -> LoopSettings:
    """The days and minutes of the referral and crisis loops (everyone reads them)."""
    stored = office_store.get_setting(session.conn, LOOPS_SETTING, {}) or {}
    return LoopSettings(**{k: int(v) for k, v in stored.items() if k in LIMITS})


@operation(Permission.EDIT_SETTINGS, changes={Area.SETTINGS}, audit="setting.change", target="setting")
def set_loop_settings(session: Session, wanted: LoopSettings) -> None:
    values = {}
    for key, (name, low, high) in LIMITS.items():
        value = getattr(wanted, key)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise ValidationError(BAD_SETTING, name=name, min=low, max=high)
        values[key] = value
    with changing(session, "setting.change", "setting", LOOPS_SETTING) as note:
        office_store.set_setting(session.conn, LOOPS_SETTING, values)
        note.detail = ",".join(f"{k}={v}" for k, v in values.items())
