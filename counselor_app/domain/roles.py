"""Roles of the app's users and what each may do.

The service layer checks these; the GUI only uses them to hide what a role cannot do.
"""
from __future__ import annotations

from enum import Enum

from counselor_app.domain.errors import QT_TRANSLATE_NOOP


class Role(str, Enum):
    HEAD = "head"            # office head: everything, user management, audit
    COUNSELOR = "counselor"  # counseling work, the watch list, screening, meetings
    ASSISTANT = "assistant"  # register, appointments, duty rosters only

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS = {
    Role.HEAD: QT_TRANSLATE_NOOP("Roles", "Office head"),
    Role.COUNSELOR: QT_TRANSLATE_NOOP("Roles", "Counselor"),
    Role.ASSISTANT: QT_TRANSLATE_NOOP("Roles", "Assistant"),
}


class Permission(str, Enum):
    # office administration
    MANAGE_USERS = "manage_users"
    VIEW_AUDIT = "view_audit"
    BACKUP = "backup"
    RESTORE = "restore"
    EDIT_SETTINGS = "edit_settings"
    EXPORT_DATA_KEY = "export_data_key"
    MANAGE_KEYS = "manage_keys"          # re-key the office, a new recovery key, repairs (issue 10)
    # school register (issue: register)
    VIEW_REGISTER = "view_register"
    EDIT_REGISTER = "edit_register"
    # appointments and duty
    MANAGE_APPOINTMENTS = "manage_appointments"
    MANAGE_DUTY = "manage_duty"
    APPROVE_DUTY_CHANGES = "approve_duty_changes"     # the office head approves duty swaps and covers
    # sensitive sections
    VIEW_WATCHLIST = "view_watchlist"
    EDIT_WATCHLIST = "edit_watchlist"
    APPROVE_WATCH_CLOSING = "approve_watch_closing"   # the office head closes a watch-list entry (policy §8 loop)
    VIEW_PLANS = "view_plans"
    VIEW_SESSION_NOTES = "view_session_notes"
    VIEW_SCREENING_ANSWERS = "view_screening_answers"
    MANAGE_SCREENING = "manage_screening"
    VIEW_CRISIS = "view_crisis"
    MANAGE_CRISIS = "manage_crisis"
    MANAGE_MEETINGS = "manage_meetings"
    MANAGE_REFERRALS = "manage_referrals"
    BUREAU_REPORT = "bureau_report"
    MANAGE_COMPLIANCE = "manage_compliance"   # the compliance logs: lessons, family guidance, trainings … (issue 17)

    @property
    def label(self) -> str:
        return PERMISSION_LABELS[self]


PERMISSION_LABELS = {
    Permission.MANAGE_USERS: QT_TRANSLATE_NOOP("Permissions", "manage users"),
    Permission.VIEW_AUDIT: QT_TRANSLATE_NOOP("Permissions", "view the audit trail"),
    Permission.BACKUP: QT_TRANSLATE_NOOP("Permissions", "make backups"),
    Permission.RESTORE: QT_TRANSLATE_NOOP("Permissions", "restore a backup"),
    Permission.EDIT_SETTINGS: QT_TRANSLATE_NOOP("Permissions", "change office settings"),
    Permission.EXPORT_DATA_KEY: QT_TRANSLATE_NOOP("Permissions", "export the data key"),
    Permission.MANAGE_KEYS: QT_TRANSLATE_NOOP("Permissions", "renew the office's keys"),
    Permission.VIEW_REGISTER: QT_TRANSLATE_NOOP("Permissions", "view the school register"),
    Permission.EDIT_REGISTER: QT_TRANSLATE_NOOP("Permissions", "edit the school register"),
    Permission.MANAGE_APPOINTMENTS: QT_TRANSLATE_NOOP("Permissions", "manage appointments"),
    Permission.MANAGE_DUTY: QT_TRANSLATE_NOOP("Permissions", "manage duty rosters"),
    Permission.APPROVE_DUTY_CHANGES: QT_TRANSLATE_NOOP("Permissions", "approve duty swaps and covers"),
    Permission.VIEW_WATCHLIST: QT_TRANSLATE_NOOP("Permissions", "view the watch list"),
    Permission.EDIT_WATCHLIST: QT_TRANSLATE_NOOP("Permissions", "edit the watch list"),
    Permission.APPROVE_WATCH_CLOSING: QT_TRANSLATE_NOOP("Permissions", "approve closing a watch-list entry"),
    Permission.VIEW_PLANS: QT_TRANSLATE_NOOP("Permissions", "view intervention plans"),
    Permission.VIEW_SESSION_NOTES: QT_TRANSLATE_NOOP("Permissions", "view counseling notes"),
    Permission.VIEW_SCREENING_ANSWERS: QT_TRANSLATE_NOOP("Permissions", "view screening answers"),
    Permission.MANAGE_SCREENING: QT_TRANSLATE_NOOP("Permissions", "manage screening"),
    Permission.VIEW_CRISIS: QT_TRANSLATE_NOOP("Permissions", "view crisis incidents"),
    Permission.MANAGE_CRISIS: QT_TRANSLATE_NOOP("Permissions", "manage crisis incidents"),
    Permission.MANAGE_MEETINGS: QT_TRANSLATE_NOOP("Permissions", "manage review meetings"),
    Permission.MANAGE_REFERRALS: QT_TRANSLATE_NOOP("Permissions", "manage referrals"),
    Permission.BUREAU_REPORT: QT_TRANSLATE_NOOP("Permissions", "make bureau reports"),
    Permission.MANAGE_COMPLIANCE: QT_TRANSLATE_NOOP("Permissions", "keep the compliance records"),
}

_ASSISTANT = frozenset(
    {
        Permission.VIEW_REGISTER,
        Permission.EDIT_REGISTER,
        Permission.MANAGE_APPOINTMENTS,
        Permission.MANAGE_DUTY,
    }
)
_COUNSELOR = _ASSISTANT | {
    Permission.BACKUP,
    Permission.VIEW_WATCHLIST,
    Permission.EDIT_WATCHLIST,
    Permission.VIEW_PLANS,
    Permission.VIEW_SESSION_NOTES,
    Permission.VIEW_SCREENING_ANSWERS,
    Permission.MANAGE_SCREENING,
    Permission.VIEW_CRISIS,
    Permission.MANAGE_CRISIS,
    Permission.MANAGE_MEETINGS,
    Permission.MANAGE_REFERRALS,
    Permission.MANAGE_COMPLIANCE,
}
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.HEAD: frozenset(Permission),
    Role.COUNSELOR: frozenset(_COUNSELOR),
    Role.ASSISTANT: _ASSISTANT,
}


def allows(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]


# Whoever may read any clinical text holds the clinical key (store/sealed.py): heads and counselors today.
CLINICAL_PERMISSIONS = frozenset({Permission.VIEW_PLANS, Permission.VIEW_SESSION_NOTES,
                                  Permission.VIEW_SCREENING_ANSWERS, Permission.VIEW_CRISIS})


def holds_clinical_key(role: Role) -> bool:
    return bool(ROLE_PERMISSIONS[role] & CLINICAL_PERMISSIONS)
