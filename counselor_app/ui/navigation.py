"""The main window's sections and pages, in navigation order.

A feature adds its page with one line in PAGES: the page class (which declares its key, title and permission) and
the section it belongs to. Sections without a page the user may see are not shown; pages are built the first time
they are shown (MainWindow), so a page nobody opens costs nothing at login.
"""
from __future__ import annotations

from dataclasses import dataclass

from counselor_app.domain.errors import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Section:
    key: str
    title: str   # source text in the "Sections" context; "" for the start page's section (no heading)


SECTIONS: tuple[Section, ...] = (
    Section("desk", ""),
    Section("student_work", QT_TRANSLATE_NOOP("Sections", "Student work")),
    Section("meetings", QT_TRANSLATE_NOOP("Sections", "Meetings and referrals")),
    Section("appointments", QT_TRANSLATE_NOOP("Sections", "Appointments and duty")),
    Section("register", QT_TRANSLATE_NOOP("Sections", "Register and calendar")),
    Section("office", QT_TRANSLATE_NOOP("Sections", "Office")),
)


@dataclass(frozen=True)
class PageEntry:
    section: str
    page: str    # "module:Class" under counselor_app.ui.pages


# (section, page) in navigation order within each section.
PAGES: tuple[PageEntry, ...] = tuple(PageEntry(section, page) for section, page in (
    ("desk", "start_page:StartPage"),
    ("student_work", "watch_page:WatchPage"),
    ("student_work", "screening_page:ScreeningPage"),
    ("student_work", "crisis_page:CrisisPage"),
    ("student_work", "compliance_page:CompliancePage"),
    ("student_work", "compliance_logs_page:ComplianceLogsPage"),
    ("meetings", "meetings_page:MeetingsPage"),
    ("meetings", "referrals_page:ReferralsPage"),
    ("meetings", "leaves_page:LeavesPage"),
    ("appointments", "appointments_page:AppointmentsPage"),
    ("appointments", "duty_page:DutyPage"),
    ("register", "students_page:StudentsPage"),
    ("register", "classes_page:ClassesPage"),
    ("register", "staff_page:StaffPage"),
    ("register", "calendar_page:CalendarPage"),
    ("office", "users_page:UsersPage"),
    ("office", "audit_page:AuditPage"),
    ("office", "backup_page:BackupPage"),
    ("office", "settings_page:SettingsPage"),
))


def page_class(entry: PageEntry):
    import importlib

    module, name = entry.page.split(":")
    return getattr(importlib.import_module(f"counselor_app.ui.pages.{module}"), name)


def section_of(key: str) -> Section:
    return next(s for s in SECTIONS if s.key == key)
