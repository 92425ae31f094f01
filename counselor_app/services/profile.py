"""The student profile, the hub of a student's file: sections that the features declare, opened with one audited look.

A section is a loader declared with :func:`profile_section` — its key, title and permission::

    @profile_section("watch", QT_TRANSLATE_NOOP("ProfileSection", "Watch list"), Permission.VIEW_WATCHLIST)
    def watch_entry(session, student_id, *, tr): ...   # plain data about the student, for the section's widget

The GUI shows a section (ui/profile_sections.py) only to those whose role allows its permission, and the service
checks again: the decorated loader is an operation, so a call by someone without the permission is refused and
the refusal audited. :func:`open_profile` loads every section asked for in one call and writes one audit row
(``view.student``) for the whole look, not one per section; a loader called on its own (the timeline's next page)
writes its own ``view.student`` row.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any, Callable, NamedTuple, Sequence

from counselor_app.domain.errors import QT_TRANSLATE_NOOP, Text, UserError
from counselor_app.domain.roles import Permission
from counselor_app.domain.school import class_label
from counselor_app.services import students
from counselor_app.services.operations import operation
from counselor_app.services.session import Session
from counselor_app.store import membership
from counselor_app.store import profile as profile_store
from counselor_app.store import users

Translate = Callable[[Text], str]
VIEW_ACTION = "view.student"


def english(text: Text) -> str:
    """The ``tr`` of a caller that wants the English source strings (tests, the command line without Qt)."""
    return str(text)


@dataclass(frozen=True)
class Section:
    key: str
    title: Text
    permission: Permission
    load: Callable[..., Any]   # the loader's body: (session, student_id, *, tr, **options) -> plain data


SECTIONS: dict[str, Section] = {}   # in the order declared; the GUI shows them in its own list's order


def profile_section(key: str, title: Text, permission: Permission) -> Callable:
    """Declare the decorated ``fn(session, student_id, *, tr, **options)`` as the loader of a profile section.

    Returns it as an operation needing ``permission`` (refusals audited with the student's id) that audits its own
    look as ``view.student``; :func:`open_profile` runs the body under the profile's single audit row instead."""
    def decorate(fn: Callable) -> Callable:
        if key in SECTIONS:
            raise ValueError(f"profile section declared twice: {key}")
        section = SECTIONS[key] = Section(key, title, permission, fn)

        @operation(permission, audit=VIEW_ACTION, target="student")
        @functools.wraps(fn)
        def load(session: Session, student_id: int, *, tr: Translate = english, **options):
            _require_student(session, student_id)
            data = fn(session, student_id, tr=tr, **options)
            session.audit(VIEW_ACTION, "student", student_id)
            return data

        load.section = section
        return load

    return decorate


def discover() -> None:
    """Import every module of the services once, so that every section and timeline source a feature declares is
    known wherever the profile is read (the window, the command line, a test), without a list to keep."""
    global _discovered
    if _discovered:
        return
    import importlib
    import pkgutil

    import counselor_app.services as package

    for info in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"{package.__name__}.{info.name}")
    _discovered = True


_discovered = False


def section_of(loader: Callable) -> Section:
    """The section a loader declared with :func:`profile_section` belongs to."""
    return loader.section


# -- opening a profile --------------------------------------------------------------------------------------------

NO_STUDENT = QT_TRANSLATE_NOOP("Errors", "This student is not in the register.")


@dataclass(frozen=True)
class ProfileHeader:
    """What the profile's heading shows whatever the sections: who the student is, where, in which status."""
    id: int
    student_no: str
    name: str
    klass: str      # 七年级(3)班, '' without a class
    status: str     # the status code


@dataclass(frozen=True)
class SectionFailure:
    """A section that could not be loaded (e.g. a damaged confidential record): the others still show."""
    error: UserError


@dataclass(frozen=True)
class Profile:
    header: ProfileHeader
    sections: dict[str, Any]   # key -> the loader's data (or a SectionFailure), in the order asked for


def may_see(session: Session) -> list[str]:
    """The keys of the sections the session's role may see, in the order declared."""
    discover()
    return [s.key for s in SECTIONS.values() if session.can(s.permission)]


@operation(Permission.VIEW_REGISTER, audit=VIEW_ACTION, target="student")
def open_profile(session: Session, student_id: int, keys: Sequence[str], *, tr: Translate = english) -> Profile:
    """The profile's heading and the data of the sections ``keys`` (those the caller will show). A section the
    role may not see is refused (and the refusal audited) before anything is read. One ``view.student`` row
    records the look."""
    discover()
    unknown = [k for k in keys if k not in SECTIONS]
    if unknown:
        raise ValueError(f"unknown profile sections: {unknown}")
    for key in keys:
        session.require(SECTIONS[key].permission, target_type="student", target_id=student_id)
    detail = _require_student(session, student_id)
    header = ProfileHeader(detail.id, detail.student_no, detail.name, class_label(detail.grade, detail.class_name),
                           detail.status)
    loaded: dict[str, Any] = {}
    for key in keys:
        try:
            loaded[key] = SECTIONS[key].load(session, student_id, tr=tr)
        except UserError as error:   # one section's trouble never hides the others
            loaded[key] = SectionFailure(error)
    session.audit(VIEW_ACTION, "student", student_id)
    return Profile(header, loaded)


def _require_student(session: Session, student_id: int) -> students.StudentDetail:
    """The register entry as students.get_student gives it, without an audit row of its own (the caller audits)."""
    return students.read_student(session.conn, student_id)


# -- the register's sections: basic data, guardians, status changes -----------------------------------------------

REASONS: dict[str, Text] = {   # the reasons the app writes itself into the status history; a user's own stays as written
    "created": QT_TRANSLATE_NOOP("Profile", "entered by hand"),
    "import": QT_TRANSLATE_NOOP("Profile", "roster import"),
    "demo": QT_TRANSLATE_NOOP("Profile", "demo office"),
    "rollover": QT_TRANSLATE_NOOP("Profile", "year rollover"),
}
ENTRY_REASONS = ("created", "import", "demo")   # an "enrolled" row with one of these: the student entered the register


def reason_words(reason: str, tr: Translate) -> str:
    return tr(REASONS[reason]) if reason in REASONS else reason


class Guardian(NamedTuple):
    name: str
    relation: str
    phone: str


class StatusEntry(NamedTuple):
    at: str          # ISO time, UTC
    status: str      # the status code
    reason: str      # in words (the caller's language), or as the user wrote it
    by: str          # the user's display name, '' when unknown


@profile_section("basic", QT_TRANSLATE_NOOP("ProfileSection", "Basic data"), Permission.VIEW_REGISTER)
def basic_data(session: Session, student_id: int, *, tr: Translate = english) -> students.StudentDetail:
    """The register entry (also what the edit dialog starts from)."""
    return _require_student(session, student_id)


@profile_section("guardians", QT_TRANSLATE_NOOP("ProfileSection", "Guardians"), Permission.VIEW_REGISTER)
def guardians(session: Session, student_id: int, *, tr: Translate = english) -> list[Guardian]:
    return [Guardian(*g) for g in _require_student(session, student_id).guardians]


class ClassStay(NamedTuple):
    year: str        # the school year, 2026-2027
    klass: str       # the class as it was called that year, 七年级(3)班
    since: str       # YYYY-MM-DD
    until: str | None   # the first day out of it; None: still in it


@dataclass(frozen=True)
class RegisterHistory:
    statuses: list[StatusEntry]   # every change of status, oldest first
    classes: list[ClassStay]      # the class of each school year, oldest first


@profile_section("history", QT_TRANSLATE_NOOP("ProfileSection", "Status changes"), Permission.VIEW_REGISTER)
def status_changes(session: Session, student_id: int, *, tr: Translate = english) -> RegisterHistory:
    """Every change of status with its reason and who made it, and the student's class in each school year."""
    names = user_names(session)
    statuses = [StatusEntry(c.changed_at, c.status, reason_words(c.reason, tr), names.get(c.user_id, ""))
                for c in reversed(profile_store.status_changes(session.conn, student_id))]
    classes = [ClassStay(r.year, class_label(r.grade, r.class_name), r.since, r.until)
               for r in membership.history(session.conn, student_id)]
    return RegisterHistory(statuses, classes)


def user_names(session: Session) -> dict[int, str]:
    return {u.id: u.display_name for u in users.all_users(session.conn)}
