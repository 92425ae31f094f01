"""What the audit trail's codes mean, in words (translated in the UI). Codes stay stable in the database."""
from __future__ import annotations

from counselor_app.domain.errors import QT_TRANSLATE_NOOP, Text
from counselor_app.domain.roles import PERMISSION_LABELS, ROLE_LABELS, Permission, Role

ACTIONS: dict[str, Text] = {
    "office.create": QT_TRANSLATE_NOOP("AuditAction", "Office created"),
    "demo.create": QT_TRANSLATE_NOOP("AuditAction", "Demo data created"),
    "user.add": QT_TRANSLATE_NOOP("AuditAction", "User added"),
    "user.deactivate": QT_TRANSLATE_NOOP("AuditAction", "User deactivated"),
    "user.reactivate": QT_TRANSLATE_NOOP("AuditAction", "User reactivated"),
    "user.role": QT_TRANSLATE_NOOP("AuditAction", "Role changed"),
    "user.lockout_clear": QT_TRANSLATE_NOOP("AuditAction", "Login lockout lifted"),
    "user.temp_password": QT_TRANSLATE_NOOP("AuditAction", "Temporary password set"),
    "login": QT_TRANSLATE_NOOP("AuditAction", "Login"),
    "login.lockout": QT_TRANSLATE_NOOP("AuditAction", "Login locked"),
    "login.events_dropped": QT_TRANSLATE_NOOP("AuditAction", "Login events summarized"),
    "password.change": QT_TRANSLATE_NOOP("AuditAction", "Password changed"),
    "password.recover": QT_TRANSLATE_NOOP("AuditAction", "Password reset with the recovery key"),
    "recovery_key.use": QT_TRANSLATE_NOOP("AuditAction", "Recovery key used"),
    "backup": QT_TRANSLATE_NOOP("AuditAction", "Backup"),
    "restore": QT_TRANSLATE_NOOP("AuditAction", "Backup restored"),
    "verify": QT_TRANSLATE_NOOP("AuditAction", "Integrity check"),
    "schema.migrate": QT_TRANSLATE_NOOP("AuditAction", "Database upgraded"),
    "setting.change": QT_TRANSLATE_NOOP("AuditAction", "Setting changed"),
    "export.export_data_key": QT_TRANSLATE_NOOP("AuditAction", "Data key exported"),
    "office.profile": QT_TRANSLATE_NOOP("AuditAction", "School profile changed"),
    "session.lock": QT_TRANSLATE_NOOP("AuditAction", "Locked"),
    "recovery_key.confirm": QT_TRANSLATE_NOOP("AuditAction", "Recovery key confirmed by typing it back"),
    "session.unlock": QT_TRANSLATE_NOOP("AuditAction", "Unlocked"),
    "session.logout": QT_TRANSLATE_NOOP("AuditAction", "Logged out"),
    "student.add": QT_TRANSLATE_NOOP("AuditAction", "Student added"),
    "student.edit": QT_TRANSLATE_NOOP("AuditAction", "Student changed"),
    "student.status": QT_TRANSLATE_NOOP("AuditAction", "Student status changed"),
    "view.student": QT_TRANSLATE_NOOP("AuditAction", "Student viewed"),
    "view.student_list": QT_TRANSLATE_NOOP("AuditAction", "Student list viewed"),
    "view.guardian_phones": QT_TRANSLATE_NOOP("AuditAction", "Guardians' phones viewed (student list)"),
    "import.students": QT_TRANSLATE_NOOP("AuditAction", "Student roster imported"),
    "export.students": QT_TRANSLATE_NOOP("AuditAction", "Student roster exported"),
    "register.rollover": QT_TRANSLATE_NOOP("AuditAction", "Year rollover"),
    "import.staff": QT_TRANSLATE_NOOP("AuditAction", "Staff roster imported"),
    "staff.add": QT_TRANSLATE_NOOP("AuditAction", "Staff member added"),
    "staff.edit": QT_TRANSLATE_NOOP("AuditAction", "Staff member changed"),
    "staff.deactivate": QT_TRANSLATE_NOOP("AuditAction", "Staff member marked as left"),
    "staff.activate": QT_TRANSLATE_NOOP("AuditAction", "Staff member reactivated"),
    "view.staff_list": QT_TRANSLATE_NOOP("AuditAction", "Staff list viewed"),
    "view.staff": QT_TRANSLATE_NOOP("AuditAction", "Staff member viewed"),
    "user.link_staff": QT_TRANSLATE_NOOP("AuditAction", "Account linked to a staff member"),
    "class.add": QT_TRANSLATE_NOOP("AuditAction", "Class added"),
    "class.rename": QT_TRANSLATE_NOOP("AuditAction", "Class renamed"),
    "class.archive": QT_TRANSLATE_NOOP("AuditAction", "Class archived"),
    "class.restore": QT_TRANSLATE_NOOP("AuditAction", "Class restored"),
    "view.class_list": QT_TRANSLATE_NOOP("AuditAction", "Class list viewed"),
    "school_year.add": QT_TRANSLATE_NOOP("AuditAction", "School year added"),
    "school_year.edit": QT_TRANSLATE_NOOP("AuditAction", "School year changed"),
    "calendar_day.add": QT_TRANSLATE_NOOP("AuditAction", "Holiday or make-up workday entered"),
    "calendar_day.remove": QT_TRANSLATE_NOOP("AuditAction", "Holiday or make-up workday removed"),
    "import.calendar_days": QT_TRANSLATE_NOOP("AuditAction", "Holidays and make-up workdays imported"),
}
OUTPUTS: dict[str, Text] = {
    "preview": QT_TRANSLATE_NOOP("AuditAction", "Viewed: {document}"),
    "print": QT_TRANSLATE_NOOP("AuditAction", "Printed: {document}"),
    "save": QT_TRANSLATE_NOOP("AuditAction", "Saved as file: {document}"),
}
DOCUMENTS: dict[str, Text] = {
    "recovery_sheet": QT_TRANSLATE_NOOP("AuditAction", "recovery-key sheet"),
}
DENIED = QT_TRANSLATE_NOOP("AuditAction", "Refused: {permission}")
TARGETS: dict[str, Text] = {
    "user": QT_TRANSLATE_NOOP("AuditTarget", "user"),
    "login": QT_TRANSLATE_NOOP("AuditTarget", "login"),
    "office": QT_TRANSLATE_NOOP("AuditTarget", "office"),
    "backup": QT_TRANSLATE_NOOP("AuditTarget", "backup"),
    "setting": QT_TRANSLATE_NOOP("AuditTarget", "setting"),
    "schema": QT_TRANSLATE_NOOP("AuditTarget", "schema"),
    "audit": QT_TRANSLATE_NOOP("AuditTarget", "audit trail"),
    "student": QT_TRANSLATE_NOOP("AuditTarget", "student"),
    "staff": QT_TRANSLATE_NOOP("AuditTarget", "staff member"),
    "class": QT_TRANSLATE_NOOP("AuditTarget", "class"),
    "school_year": QT_TRANSLATE_NOOP("AuditTarget", "school year"),
    "calendar_day": QT_TRANSLATE_NOOP("AuditTarget", "calendar day"),
    "calendar": QT_TRANSLATE_NOOP("AuditTarget", "school calendar"),
}
SETTINGS: dict[str, Text] = {
    "session.idle_lock_minutes": QT_TRANSLATE_NOOP("AuditTarget", "idle lock"),
    "backup.directory": QT_TRANSLATE_NOOP("AuditTarget", "backup folder"),
    "print.font_path": QT_TRANSLATE_NOOP("AuditTarget", "font for printed documents"),
    "policy.thresholds": QT_TRANSLATE_NOOP("AuditTarget", "policy thresholds"),
}
DETAILS: dict[str, Text] = {
    "failed": QT_TRANSLATE_NOOP("AuditDetail", "wrong password"),
    "blocked": QT_TRANSLATE_NOOP("AuditDetail", "attempt while locked"),
    "locked": QT_TRANSLATE_NOOP("AuditDetail", "locked for 15 minutes"),
    "inactive": QT_TRANSLATE_NOOP("AuditDetail", "account deactivated"),
    "unknown": QT_TRANSLATE_NOOP("AuditDetail", "no such account"),
    "data_key_export": QT_TRANSLATE_NOOP("AuditDetail", "data key exported"),
    "chain_broken": QT_TRANSLATE_NOOP("AuditDetail", "the audit chain was broken"),
    "no_key_slot": QT_TRANSLATE_NOOP("AuditDetail", "no key slot after the restore"),
    "custom": QT_TRANSLATE_NOOP("AuditDetail", "chosen by the user"),
    "default": QT_TRANSLATE_NOOP("AuditDetail", "default"),
    "automatic": QT_TRANSLATE_NOOP("AuditDetail", "automatic"),
    "StorageError": QT_TRANSLATE_NOOP("AuditDetail", "could not write to the disk"),
    "Cancelled": QT_TRANSLATE_NOOP("AuditDetail", "cancelled"),
    "OfficeDamaged": QT_TRANSLATE_NOOP("AuditDetail", "office data damaged"),
    "enrolled": QT_TRANSLATE_NOOP("AuditDetail", "enrolled"),
    "on_leave": QT_TRANSLATE_NOOP("AuditDetail", "on leave"),
    "suspended": QT_TRANSLATE_NOOP("AuditDetail", "suspended"),
    "graduated": QT_TRANSLATE_NOOP("AuditDetail", "graduated"),
    "transferred": QT_TRANSLATE_NOOP("AuditDetail", "transferred"),
    "holiday": QT_TRANSLATE_NOOP("AuditDetail", "holiday"),
    "workday": QT_TRANSLATE_NOOP("AuditDetail", "make-up workday"),
    **{r.value: ROLE_LABELS[r] for r in Role},
}


def action_label(action: str) -> tuple[Text, dict] | None:
    """(label, params) for an action code, or None for a code without words (shown as it is)."""
    if action in ACTIONS:
        return ACTIONS[action], {}
    kind, _, rest = action.partition(".")
    if kind in OUTPUTS and rest in DOCUMENTS:
        return OUTPUTS[kind], {"document": DOCUMENTS[rest]}
    if kind == "denied":
        try:
            return DENIED, {"permission": PERMISSION_LABELS[Permission(rest)]}
        except ValueError:
            return None
    return None
