"""The areas of the office a change can touch. Operations declare which they change; pages say which they show,
and refresh when one of those changed (Anki's operation → changes)."""
from __future__ import annotations

from enum import Enum


class Area(str, Enum):
    REGISTER = "register"     # students, classes, grades, staff
    CALENDAR = "calendar"     # school years, semesters, office days
    USERS = "users"           # accounts, roles, links to staff
    SETTINGS = "settings"     # office settings, school profile
    BACKUP = "backup"         # backups made or restored
    AUDIT = "audit"           # the audit trail (every audited operation)
    WATCH = "watch"           # the watch list: entries, plans, follow-ups, parent contacts, levels
    DUTY = "duty"             # duty rosters: posts, templates, unavailability, assignments, swaps, the log
    APPOINTMENTS = "appointments"   # rooms, hours, appointments, series, the waiting list, session records

    # Enum hashes members by name: hash by value, so that an Area and its plain string are one set member.
    def __hash__(self) -> int:
        return hash(self.value)
    SCREENING = "screening"   # screening scales, campaigns, dispositions, results
    MEETINGS = "meetings"     # review meetings: agenda, attendance, decisions, minutes, addenda
    REFERRALS = "referrals"   # the hospital directory, referrals and receipts, leave and return to school
    CRISIS = "crisis"         # crisis incidents and their emergency-plan steps
    COMPLIANCE = "compliance"   # the compliance logs and the school year's resources (issue 17)
